"""The emergency safety net: a hazard composed from parts, not listed phrase by phrase (issue 13, h13net13).

The phrase records in `emergency` keep missing hazards said in words nobody listed ("the furnace
isn't making any noise and mom is 91", "water already standing in the basement", "the outlet
popped and flashed blue"). Each record here is one hazard kind read as two parts:

- a hazard object in a hazard state (`_NO_HEAT_STATE`, `_WATER_STATE`, `_SPARK_STATE`,
  `_CO_SOUNDING`), in English, Spanish, French, German, Portuguese, Farsi, Arabic, Russian, Chinese,
  Vietnamese and Tagalog;
- a second signal anywhere in the text: "now and here" (`_NOW`) for water and electrics; for no
  heat a vulnerability or severity (`_AT_RISK`: a baby or an N-month-old, someone old or "he is 91",
  freezing, below zero, tonight). A `Veto` on anything at all cancels the state unless its second
  part is there (`NEEDS_NOW`, `NEEDS_RISK`).

The state may stand beside anything else in the text (a late arrival, a reschedule, a relative
writing for a grandparent): the reading becomes an emergency, and `core` marks a hazard found by
this net alone (`HAZARD_COMPOSED`) so `voices` leaves it to a person (urgent, not sure).

Near-misses stay out through the vetoes the phrase records in `emergency` share, read from
`hazard_vetoes` (past, fixed, hypothetical, a question about a service, "no rush", upkeep, a
detector's battery), and the idioms the patterns never take. This module imports `hazard_vetoes`,
never `emergency`: `emergency` imports the net and adds its records after its own.
"""

from __future__ import annotations

import re

from . import Cue, Veto, alt
from .hazard_vetoes import ELDER, H5_BATTERY, H5_VETOES, H7_PAST, H8_NEGATED, H8_PAST, MAINTENANCE

# Every id here starts with this: `core` tells a hazard found by the net alone by it.
NET_PREFIX = "emergency.net."

_ANYTHING = re.compile(r"\S")

# ---- The second parts ------------------------------------------------------------------------

# "Now and here": happening at the moment, in each language.
_NOW = alt(
    r"now|right now|rn|just|already|still|currently|as we speak|at the moment|tonight|this morning|today|"
    r"everywhere|spreading|rising|keeps|again|asap|help|emergency|"
    r"ahora|ahorita|ahora mismo|ya|todav[ií]a|en este momento|esta noche|hoy|"
    r"maintenant|en ce moment|déjà|encore|ce soir|aujourd'hui|partout|actuellement|"
    r"gerade|jetzt|schon|immer noch|heute nacht|heute|überall|sofort|"
    r"agora|agorinha|já|ainda|neste momento|hoje|"
    r"الان|همین الان|هنوز|امشب|امروز|"
    r"الحين|الآن|هلق|هسه|لسه|لا يزال|الليلة|اليوم|توه|"
    r"прямо сейчас|сейчас|уже|всё ещё|все еще|до сих пор|сегодня|только что|"
    r"现在|正在|刚才|刚刚|还在|今晚|今天|一直|"
    r"bây giờ|đang|vừa|vẫn|tối nay|hôm nay|"
    r"ngayon|ngayong gabi|kanina|pa rin|na naman"
)
# "Now and here" in the other languages the customers write (issue 13, h14urgent): a hazard stated beside a
# late arrival ("Kommer om 20 min, men vattnet står redan i källaren", "ve sklepě už stojí voda"). A rising
# or filling verb in its progressive form says "now" by itself ("su birikiyor ve yükseliyor", "sta allagando").
_NOW_MORE = alt(
    r"già|gia|adesso|in questo momento|ancora|sempre di più|sta (?:allagando|salendo|entrando)|stanno salendo|"
    r"nu|nog steeds|steeds (?:meer|hoger)|op dit moment|staat al|al water|stijgt|loopt vol|"
    r"redan|just nu|fortfarande|stiger|allerede|lige nu|stadig|akkurat nå|nå|fortsatt|"
    r"şu an|şimdi|hala|hâlâ|zaten|birikiyor|yükseliyor|basıyor|doluyor|akıyor|sızıyor|damlıyor|"
    r"už|již|teď|právě|pořád|stále|stoupá|"
    r"już|teraz|wciąż|ciągle|właśnie|podnosi się|"
    r"deja|acum|încă|chiar acum|crește|creste|"
    r"már|még mindig|éppen|emelkedik|"
    r"jo|nyt|edelleen|juuri nyt|nousee|"
    r"sudah|sekarang|masih|sedang|naik|"
    r"ήδη|τώρα|ακόμα|ανεβαίνει|"
    r"вже|зараз|досі|"
    r"subiendo|montant|monte|steigt|subindo|aumentando"
)
_NOW_MORE_CJK = r"今|もう|まだ|どんどん|止まらない|増えて|지금|벌써|이미|계속|차오르"
_NOW_TEXT = re.compile(
    _NOW.pattern + r"|现在|正在|刚才|刚刚|还在|今晚|今天|一直|" + _NOW_MORE.pattern + "|" + _NOW_MORE_CJK
)

# Who or what makes a cold home dangerous, beyond the phrase records' `_VULNERABLE`.
_AT_RISK = re.compile(
    alt(
        # the people: a baby or an N-month-old, someone old; the cold outside: below zero, minus, tonight.
        # A cold house alone ("it's freezing in here, the heat isn't working") is a grievance, not a danger.
        ELDER,
        r"bab(?:y|ies)|infant|newborn|toddler|<qty> old|month[- ]old|elderly|old (?:man|woman|lady)|frail|oxygen|"
        r"(?:he|she|they)(?:'s| is| are) (?:[7-9]\d|1[01]\d)|"
        r"(?:mom|mum|mother|dad|father|gran\w*|grandpa|grandma|nan|nana|granny|grandmother|grandfather)(?:'s| is) (?:[7-9]\d|1[01]\d)|"
        r"grandpa|grandma|granny|grandmother|grandfather|nana|"
        r"below (?:zero|freezing)|\d+ below|minus \d+|<cold>|freezing (?:out|outside)|single digits|hypotherm\w*|tonight|"
        r"beb[eéê]|ni[ñn]o pequeño|meses|ancian[oa]|abuel[oa]|tiene (?:[7-9]\d|1[01]\d)|bajo cero|esta noche|"
        r"bébé|nourrisson|mois|âgée?|a (?:[7-9]\d|1[01]\d) ans|moins \d+|ce soir|"
        r"säugling|monate|oma|opa|minus|heute nacht|"
        r"idos[oa]|av[óô]|abaixo de zero|esta noite|"
        r"ماهه|نوزاد|شیرخوار|سالمند|زیر صفر|امشب|"
        r"رضيع|بيبي|أشهر|شهور|مسن|كبير في السن|جدتي|جدي|تحت الصفر|الليلة|"
        r"младен\w*|грудн\w*|месяц\w*|пожил\w*|бабушк\w*|дедушк\w*|мороз\w*|ниже нуля|минус|сегодня ночью|"
        r"em bé|tháng|người già|dưới không độ|tối nay|"
        r"sanggol|buwan|matanda|lola|lolo|ngayong gabi",
    ).pattern
    + r"|بچه|طفل|宝宝|婴儿|个月|老人|岁|零下|今晚"
)

NEEDS_NOW = Veto(
    "emergency.net.veto.needs_now",
    "the hazard state needs a 'now and here' signal somewhere in the text: 'water standing in the basement' "
    "alone may be old news, 'water already standing in the basement' is not",
    _ANYTHING,
    scope="text",
    unless=_NOW_TEXT,
    examples=("there was standing water in the basement",),
)
NEEDS_RISK = Veto(
    "emergency.net.veto.needs_risk",
    "a heater that is off is an emergency only with someone at risk or in severe cold: a baby, someone old, "
    "freezing, below zero, tonight",
    _ANYTHING,
    scope="text",
    unless=_AT_RISK,
    examples=("the furnace isn't making any noise",),
)
# A detector that chirps for its battery, said without the long alarm ("not just chirping").
CHIRP = Veto(
    "emergency.net.veto.chirp",
    "a detector chirping is its battery, unless the customer says it is more than chirping",
    alt(r"chirp\w*|beeps? (?:once|every)|low battery"),
    scope="text",
    unless=alt(r"not (?:just )?chirp\w*|more than (?:a )?chirp\w*|dizzy|headaches?|sick"),
    examples=("the CO detector keeps sounding a chirp every minute",),
)
# "do you service boilers that aren't running?", "what do I do if it sparks?": a question about a service.
ASKED = Veto(
    "emergency.net.veto.asked",
    "a question about a service or a hypothetical, not a report",
    alt(
        r"do you (?:also )?(?:service|fix|repair|handle|do)|can you (?:also )?(?:service|fix|repair|look at)|"
        r"what (?:should|do) (?:i|we) do if|if (?:it|the \w+) ever|in case|supposed to|¿?qu[eé] hago si|que faire si|"
        r"was tun wenn|o que fazer se|is (?:\w+ ){0,6}normal\b"
    ),
    scope="sentence",
    examples=("do you also service a boiler that isn't running? my mom is 90",),
)
# "the guest room", "we don't use it": a room nobody needs.
UNUSED = Veto(
    "emergency.net.veto.unused",
    "a room nobody uses, a heater that is not needed, or a floor wet from cleaning (mopped, shampooed)",
    alt(
        r"guest room|spare room|don't use it|dont use it|never use it|not using it|rental unit|vacant|empty house|"
        r"mopp\w*|shampoo\w*|steam[- ]clean\w*|cleaned"
    ),
    scope="text",
    examples=("heat is out in the guest room, we don't use it",),
)

_VETOES = (ASKED, UNUSED, *H5_VETOES, H5_BATTERY, MAINTENANCE)

# ---- The hazard states -------------------------------------------------------------------------

_HEATER = (
    r"furnace|boiler|heater|heat pump|heating|heat|radiators?|"
    r"calentador|calefacci[oó]n|caldera|calent[oó]n|estufa|"
    r"chaudière|chauffage|radiateurs?|fournaise|"
    r"heizung|heizkessel|therme|ofen|"
    r"caldeira|aquecedor|aquecimento|"
    r"بخاری|شوفاژ|پکیج|"
    r"السخان|الدفاي[ةه]|التدفئ[ةه]|الشوفاج|الصوب[ةه]|"
    r"отоплени\w*|кот[её]л|обогревател\w*|батареи|"
    r"lò sưởi|máy sưởi|"
    r"pampainit"
)
_HEATER_DEAD = (
    r"(?:isn't|is not|isnt|not|no longer|won't|wont|doesn't|does not) (?:\w+ )?(?:running|making (?:any|a) (?:noise|sound)|"
    r"kicking on|turning on|coming on|firing|working|blowing (?:warm|hot|heat)|heating)|stopped (?:running|working)|"
    r"quit on us|went off|went (?:quiet|silent)|stopped making (?:any |a )?(?:noise|sound)|(?:is |'s |went )out|shut off|is off|is silent|dead quiet|"
    r"no (?:prende|enciende|funciona|arranca|sirve|calienta)|se apag[oó]|dej[oó] de funcionar|"
    r"ne (?:marche|fonctionne|démarre|chauffe|tourne) (?:plus|pas)|est en panne|s'est arrêtée?|"
    r"(?:läuft|geht|funktioniert|springt|heizt) (?:\w+ )?nicht(?: mehr| an)?|ist (?:ausgefallen|kaputt|aus)|"
    r"parou|não (?:liga|funciona|acende|esquenta|aquece)|pifou|quebrou|"
    r"خاموش|کار نمی ?کن\w*|روشن نمیشه|خراب|"
    r"ما (?:ي|بي)شتغل|لا يعمل|مش شغال|خربان|خربت|طف[تى]|واقف|"
    r"не (?:работает|греет|включается|гудит)|сломал\w*|отключил\w*|заглох\w*|холодные|"
    r"không (?:chạy|hoạt động|lên|nóng|sưởi)|bị hỏng|bị hư|"
    r"sira|ayaw gumana|hindi gumagana|hindi umaandar|walang init|namatay"
)
_NO_HEAT_STATE = (
    rf"(?:{_HEATER})(?:'s)? (?:\w+ ){{0,3}}(?:{_HEATER_DEAD})|"
    r"(?:sira|namatay|ayaw gumana|hindi gumagana|walang init) (?:na )?(?:ang |yung )?(?:heater|pampainit|furnace)|"
    r"(?:house|place|apartment|home)(?:'s| is) (?:\w+ )?(?:freezing|ice cold|so cold|very cold|at <qty>)|"
    r"(?:暖气|锅炉|取暖器|暖炉|地暖)\S{0,4}?(?:不工作|坏了|不热|停了|不转|没反应|没声音|不响|不开)|没有暖气|没暖气"
)
_WATER_ROOM = (
    r"basement|cellar|crawl ?space|closet|laundry room|utility room|"
    r"s[oó]tano|cl[oó]set|armario|"
    r"cave|sous-sol|placard|"
    r"keller|waschküche|schrank|"
    r"porão|armário|"
    r"زیرزمین|انباری|کمد|"
    r"القبو|البدروم|السرداب|الخزان[ةه]|"
    r"подвал\w*|погреб\w*|шкаф\w*|"
    r"tầng hầm|tủ|"
    r"silong"
)
_WATER_STATE = (
    r"standing water|water (?:is |'s )?(?:already |still )?(?:standing|pooling|pooled|sitting|collecting)|"
    rf"(?:inches|inch|ankle[- ]deep|puddles?) (?:of )?(?:water )?(?:\w+ ){{0,3}}(?:in|on|all over|across) (?:the |our |my )?(?:{_WATER_ROOM})|"
    rf"water (?:\w+ ){{0,3}}(?:in|all over|on the floor of|covering) (?:the |our |my )?(?:{_WATER_ROOM})|"
    rf"(?:{_WATER_ROOM}) (?:has|is full of|got|is taking on) (?:\w+ ){{0,4}}water|"
    r"(?:carpet|rug|floor|closet|drywall|wall|floorboards?)s? (?:\w+ ){0,3}?(?:is |are |'s )?(?:all |completely |totally )?"
    r"(?:soaked|sopping|drenched|soaking wet|squishing|squishy|squelching|wet through)(?: through)?|"
    r"agua (?:estancada|acumulada|encharcada)|(?:s[oó]tano|alfombra|cl[oó]set|piso)(?: está)? (?:todo )?(?:empapad[oa]|mojad[oa]|inundad[oa]|lleno de agua)|"
    r"eau (?:stagnante|partout)|de l'eau (?:\w+ ){0,2}dans (?:la cave|le sous-sol|le placard)|(?:moquette|tapis) (?:est )?(?:tremp[ée]e?|mouill[ée]e?)|"
    r"(?:cave|sous-sol) (?:est )?inond[ée]e?|"
    r"(?:im keller|in der waschküche) steht (?:\w+ ){0,2}wasser|wasser (?:steht|im keller)|(?:teppich|keller|boden) (?:ist )?(?:ganz )?"
    r"(?:nass|durchnässt|klatschnass|überflutet|voll wasser)|"
    r"água (?:parada|empoçada|acumulada|no porão)|(?:carpete|tapete|porão|armário) (?:está )?(?:todo )?(?:encharcad[oa]|molhad[oa]|alagad[oa]|cheio de água)|"
    r"آب (?:تو|توی|در) (?:زیرزمین|انباری|کمد)|فرش خیس|زیرزمین آب گرفته|آب جمع شده|آب ایستاده|"
    r"(?:مي[ةه]|ماء|الماء|المي[ةه]|الماي) (?:\S+ ){0,2}(?:في|بال)\s?(?:القبو|البدروم|السرداب)|السجاد[ةه] (?:مبلول[ةه]|مبتل[ةه])|"
    r"(?:мокрый|промок\w*) ковёр|ковёр (?:весь )?(?:мокрый|промок)|(?:в подвале|в погребе) (?:\S+ ){0,2}(?:стоит |полно )?вод\w*|"
    r"вода стоит|подвал (?:затопило|затоплен)|"
    r"nước (?:đọng|ngập)|tầng hầm (?:\S+ ){0,2}(?:ngập|có nước)|thảm (?:bị )?ướt|"
    r"may tubig sa (?:basement|silong)|basang-basa ang (?:carpet|sahig)|baha sa (?:basement|silong)|"
    r"地下室\S{0,2}(?:进水|有水|积水|全是水)|积水|地毯\S{0,2}湿透|衣柜\S{0,2}(?:湿了|进水)"
)
_OUTLET = (
    r"outlets?|sockets?|plugs?|panel|breakers?(?: box)?|fuse ?box|switch|light switch|"
    r"enchufe|contacto|tomacorriente|tablero|pastilla|"
    r"prise|tableau|disjoncteur|interrupteur|"
    r"steckdose|sicherungskasten|sicherung|schalter|stecker|"
    r"tomada|quadro|disjuntor|interruptor|"
    r"پریز|فیوز|کنتور|تابلو برق|"
    r"الفيش|البريز[ةه]|المقبس|الطبلون|القاطع|لوح[ةه] الكهرباء|"
    r"розетк\w*|щит\w*|автомат\w*|выключател\w*|"
    r"ổ cắm|cầu dao|aptomat|bảng điện|công tắc|"
    r"saksakan"
)
_SPARKED = (
    r"popped|pops|popping|sparked|sparking|sparks|flashed|flashes|flashing|arced|arcs|arcing|buzzing|buzzes|sizzling|sizzles|crackling|crackles|"
    r"(?:is |'s )?(?:hot|warm) to the touch|(?:is |'s )(?:really |very |super |too )hot|"
    r"chispe\w*|tron[óo]|truena|hizo (?:un )?(?:chispazo|corto|pop)|ech[óo] chispas|zumba|est[áa] caliente|"
    r"a (?:claqué|pété)|claque|pète|fait des étincelles|a fait un flash|grésille|bourdonne|chauffe|est brûlante?|"
    r"(?:hat )?(?:geknallt|geblitzt)|knallt|blitzt|funkt|sprüht funken|brummt|summt|ist (?:sehr )?heiß|knistert|"
    r"estalou|estala|deu (?:um )?(?:estalo|estouro|curto|faísca|clarão)|soltou faísca|zumbindo|está quente|pipocou|"
    r"جرقه|صدا داد|ترکید|داغ|وزوز|"
    r"(?:\S+ )?شرار\S*|طق|فرقع|يطن|سخن|حار|"
    r"искрит|заискрил\w*|щ[её]лкнул\w*|хлопнул\w*|бахнул\w*|вспыхнул\w*|гудит|трещит|горяч\w*|"
    r"(?:bị )?chập|tóe lửa|xẹt lửa|nổ|lóe sáng|kêu rè|kêu vo vo|nóng ran|"
    r"pumutok|nag-?spark|kumislap|umuugong|mainit"
)
_SPARK_STATE = (
    rf"(?:{_OUTLET}) (?:\S+ ){{0,3}}(?:{_SPARKED})|"
    r"blue flash|flashed blue|destello azul|flamazo|chispazo|flash bleu|arc électrique|blauer blitz|lichtbogen|"
    r"(?:pumutok|nag-?spark|kumislap|umuugong) (?:ang |yung )?(?:saksakan|outlet|breaker|panel)|clarão azul|faísca azul|جرقه آبی|شرار[ةه] زرقاء|синяя вспышка|tia lửa xanh|asul na kislap|"
    r"(?:插座|电闸|配电箱|开关|电箱|空开)\S{0,4}?(?:冒火花|打火|冒蓝光|蓝光|啪|爆了|嗡嗡|发烫|很烫|闪)"
)
_CO_SOUNDING = (
    r"(?:co|carbon monoxide|gas) (?:detector|alarm|sensor)s? (?:is |'s |keeps )?(?:\w+ )?"
    r"(?:screaming|blaring|shrieking|wailing|going crazy|sounding|in full alarm)|"
    r"(?:the )?long alarm|(?:full|real) alarm"
)

NET_CUES: tuple[Cue, ...] = (
    Cue(
        NET_PREFIX + "no_heat_at_risk",
        "emergency",
        alt(_NO_HEAT_STATE),
        examples=(
            "the furnace isn't making any noise at all and the house is at 48 degrees, my mom is 91",
            "boiler stopped running, grandpa is 88 and it's freezing in here tonight",
            "furnace went quiet about an hour ago, it's 9 below and my dad is 87",
            "texting for my grandmother, her heat quit and she's 94, house is ice cold",
            "el calentador no prende y tengo un bebé de 3 meses, hace un frío terrible",
            "la chaudière ne marche plus, il fait glacial et ma mère a 89 ans",
            "die Heizung läuft nicht, wir haben ein Baby und es sind minus 10 Grad",
            "a caldeira parou e temos um bebê de 2 meses, está congelando",
            "بخاری خاموش شده و بچه شیرخوار داریم، خیلی سرده",
            "السخان ما يشتغل والبيت بارد جدا وعندنا طفل رضيع",
            "отопление не работает, у нас грудной ребёнок, минус 20",
            "暖气不工作了，家里有个三个月的宝宝，外面零下",
            "lò sưởi không chạy, nhà có em bé 5 tháng, trời lạnh cóng",
            "sira ang pampainit, may sanggol kami, sobrang lamig ngayong gabi",
        ),
        near_misses=(
            "the furnace is fixed and running fine, thanks!",
            "do you also service boilers that aren't running?",
            "heat is out in the guest room, no rush, we don't use it",
            "the furnace isn't making any noise, is that normal?",
            "la calefacción ya funciona, gracias",
            "the heater isn't making any noise, but it's warm in here",
            "it's freezing in here, the heat isn't working",
        ),
        vetoes=(*_VETOES, NEEDS_RISK),
        hazard="no_heat",
        why="a heater, furnace or boiler not running (or a very cold house) with someone at risk or severe cold",
    ),
    Cue(
        NET_PREFIX + "water_standing_now",
        "emergency",
        alt(_WATER_STATE),
        examples=(
            "there's standing water all over the basement floor right now",
            "carpet in the hallway is soaked through and it's still spreading",
            "running about 20 late, but fyi water already standing in the basement",
            "be there in 20, the cellar has a couple inches of water in it now",
            "hay agua estancada en el sótano ahora mismo",
            "il y a de l'eau partout dans la cave en ce moment",
            "Im Keller steht gerade Wasser, alles nass",
            "água parada no porão agora",
            "آب توی زیرزمین جمع شده همین الان",
            "في مية في القبو الحين",
            "в подвале стоит вода прямо сейчас",
            "地下室现在进水了",
            "tầng hầm đang ngập nước",
            "may tubig sa basement ngayon",
        ),
        near_misses=(
            "we had water in the basement last spring, that's why I'm scheduling",
            "our basement flooded years ago, just fyi",
            "the carpet got wet last week but it's dry now",
            "the floor is still wet where he mopped, should I leave the fan on?",
            "the carpet is still soaked from the shampooing, how long to dry?",
            "is it normal that the closet carpet is still wet after you cleaned it?",
        ),
        vetoes=(*_VETOES, NEEDS_NOW),
        hazard="water",
        why="water standing, pooling or soaking a room or a carpet, now",
    ),
    Cue(
        NET_PREFIX + "outlet_flash_now",
        "emergency",
        alt(_SPARK_STATE),
        examples=(
            "the outlet by the fridge just popped and flashed blue",
            "breaker panel is buzzing and the breaker is hot to the touch right now",
            "the plug arced when I touched it just now, there was a blue flash",
            "can we move to thursday? also the panel sparked this morning and smells like burning",
            "el enchufe hizo un chispazo ahora mismo",
            "la prise a claqué avec un flash bleu à l'instant, maintenant elle grésille",
            "die Steckdose hat gerade geknallt",
            "a tomada deu um estalo e soltou faísca azul agora",
            "پریز همین الان جرقه زد",
            "الفيش طلع شرارة زرقاء الحين",
            "розетка заискрила и щёлкнула только что",
            "插座刚才冒蓝光还啪的一声",
            "ổ cắm vừa chập và tóe lửa",
            "pumutok ang saksakan kanina lang ngayon",
        ),
        near_misses=(
            "what should I do if the outlet ever sparks?",
            "le disjoncteur a sauté hier mais ça va maintenant",
            "the outlet popped last week, it's been fine since",
            "the new panel you put in just now looks great",
        ),
        vetoes=(*_VETOES, NEEDS_NOW),
        hazard="electrical",
        why="an outlet, plug, panel or breaker popping, flashing, arcing, buzzing or hot, now",
    ),
    Cue(
        NET_PREFIX + "co_alarm_sounding",
        "emergency",
        alt(_CO_SOUNDING),
        examples=(
            "the CO detector is screaming, not just chirping, the long alarm",
            "carbon monoxide alarm is blaring and won't stop",
        ),
        near_misses=(
            "my smoke detector keeps chirping, probably the battery",
            "the CO detector keeps chirping, can the tech bring a battery?",
        ),
        vetoes=(CHIRP, *(v for v in _VETOES if v is not MAINTENANCE)),
        hazard="carbon_monoxide",
        why="a carbon-monoxide or gas alarm sounding its full alarm, not a battery chirp",
    ),
)


# ---- A hazard beside another intent, in the other languages (issue 13, h14urgent) ----------------
# A blind round missed "Bin in 20 Minuten da, Wasser steht schon im Keller": water standing or rising in a
# low room, said beside a late arrival, access or thanks, in the languages the phrase records name only
# for a ceiling ("Kommer om 20 min, men vattnet står redan i källaren", "ve sklepě už stojí voda",
# "bodrumda su birikiyor ve yükseliyor", "l'acqua sta già allagando la cantina"). And a power cut or a
# breaker that keeps tripping is a danger when someone at home lives on a machine (dialysis, oxygen,
# a ventilator), in any language. Both are composed (a person confirms them, never a sure reading).

_ROOM_MORE = (
    r"cantina|seminterrato|scantinato|taverna|garage|kelder|kruipruimte|souterrain|"
    r"källaren|källare|kallaren|tvättstugan|kælderen|kælder|kaelderen|kjelleren|kjeller|"
    r"bodrum\w*|sklep\w*|suterén\w*|piwnic\w*|subsol\w*|pivni\w*|pinc[eé]\w*|kellari\w*|ruang bawah tanah|"
    r"υπόγειο|подвал\w*|підвал\w*|s[oó]tano|sous-sol|cave|porão|keller|basement|cellar|crawl ?space"
)
_WATER_MORE = (
    r"acqua|l'acqua|water|vatten|vattnet|vand|vandet|vann|vannet|su|suyu|sular|voda|vody|vodu|woda|wody|wodę|"
    r"apa|apă|víz|vizet|a víz|vesi|vettä|air|νερό|νερά|вода|воду|agua|eau|água|wasser"
)
_STANDING_MORE = (
    r"står|stiger|staat|stijgt|stojí|stoji|stoupá|stoi|podnosi się|rośnie|zbiera się|stă|crește|creste|se adună|"
    r"áll|emelkedik|seisoo|nousee|tergenang|naik|stagnante|ristagna|che sale|sale sempre|birikiyor|birikti|"
    r"yükseliyor|steht|steigt|стоит|стоїть|поднимается|прибывает|sube|subiendo|monte|subindo|acumul\w*"
)
_FLOODED_MORE = (
    r"allagat[aoie]|allagando|allaga|sott'acqua|ondergelopen|onder water|loopt vol|översvämm\w*|oversvømm\w*|"
    r"oversvømt|zaplaven\w*|zaplavuje|vytopen\w*|zatopen\w*|zalan\w*|zalewa|zalało|zalewając|inundat\w*|inundă|"
    r"elárasztott|elöntötte|eláraszt\w*|tulvi\w*|tulvii|kebanjiran|banjir|su bastı|su basmış|su basıyor|"
    r"πλημμύρ\w*|затоплен\w*|затопило|затапливает|підтоплен\w*|inondée?|s'inonde|alagad[oa]|alagando|"
    r"inundad[oa]|inundando|se inunda|überflutet|überschwemmt|unter wasser|läuft voll"
)
_WATER_STATE_MORE = (
    rf"(?:{_WATER_MORE}) (?:\S+ ){{0,2}}(?:{_STANDING_MORE})|(?:{_STANDING_MORE}) (?:\S+ ){{0,2}}(?:{_WATER_MORE})|"
    rf"(?:{_ROOM_MORE}) (?:\S+ ){{0,2}}(?:{_FLOODED_MORE})|(?:{_FLOODED_MORE}) (?:\S+ ){{0,3}}(?:{_ROOM_MORE})"
)
_WATER_STATE_CJK = (
    r"地下室?に?水が(?:溜ま|たま|入って|増え)|地下室?が?(?:浸水|水浸し)|床下浸水|床上浸水|"
    r"지하실?에? ?물이 ?(?:차|고여|고이|들어와|새어)|지하실?이? ?(?:침수|물에 잠)"
)
NEEDS_ROOM = Veto(
    "emergency.net.veto.needs_room",
    "water standing or rising counts in a room of the home (a cellar, a basement, a garage): 'vattnet står' "
    "alone may be a tap or a pot",
    _ANYTHING,
    scope="sentence",
    unless=alt(_ROOM_MORE),
    examples=("vattnet står redan på spisen",),
)
DRIED_OR_FIXED = Veto(
    "emergency.net.veto.dried_or_fixed_languages",
    "the water is dried up, pumped out or the leak mended, in the other languages",
    alt(
        r"lagad\w*|reparerad\w*|fixad\w*|repareret|reparert|fikset|opravil\w*|opraven\w*|naprawi\w*|riparat\w*|"
        r"aggiustat\w*|gerepareerd|gemaakt|tamir edil\w*|tamir ettik|reparat\w*|megjavít\w*|korjattu|diperbaiki|"
        r"drenat\w*|prosciugat\w*|opgedroogd|droog|torr|tørr|tørt|suchy|sucho|wysch\w*|uscat\w*|száraz|kuiva|"
        r"kering|asciutt[ao]|kuru|wyschło|vysušen\w*|pumped out|odpompowan\w*|leegegepompt|trocken|getrocknet|"
        r"seco|sèche|secou"
    ),
    scope="sentence",
    examples=("In de kelder staat water, maar het is nu leeggepompt en droog",),
)
_POWER_LOST = (
    r"breakers? (?:\w+ ){0,2}(?:keeps? |kept )?trip\w*|trips? the breaker|"
    r"power(?: is|'s| has| just)? (?:out|off|gone|went out|cut out|keeps (?:going|cutting) (?:out|off))|"
    r"no power|lost power|without power|power outage|fuses? (?:keeps? )?blow\w*|electricity (?:is |'s )?(?:out|off|gone)|"
    r"sin luz|se (?:fue|va) la luz|no hay luz|se (?:bota|botó|boto|baja|bajó|dispara|disparó) (?:la |el )?(?:pastilla|breaker|brequer|interruptor)|apagón|"
    r"plus de (?:courant|électricité)|pas de courant|coupure de courant|panne de courant|disjoncteur (?:\S+ ){0,3}saut\w*|"
    r"kein strom|stromausfall|strom (?:ist )?weg|sicherung (?:\S+ ){0,2}(?:fliegt|rausgeflogen|springt)|"
    r"sem luz|sem energia|caiu a (?:luz|energia)|faltou (?:luz|energia)|disjuntor (?:\S+ ){0,2}(?:cai|caiu|desarma\w*)|"
    r"senza corrente|manca (?:la )?corrente|(?:è )?saltata la corrente|salta (?:la corrente|il salvavita)|salvavita (?:\S+ ){0,2}scatta|"
    r"geen stroom|stroomstoring|stroom (?:is )?uitgevallen|stoppen slaan door|"
    r"brak prądu|nie ma prądu|(?:wywala|wybija|wywaliło|wybiło) korki|"
    r"нет света|нет электричества|выбивает (?:автомат|пробки)|вырубило свет|"
    # the breaker already gone, in Russian and Ukrainian: "выбило автомат и не включается", "вибило пробки"
    r"(?:выбило|вышибло|вырубило|вибило|вибиває) (?:\S+ ){0,2}(?:автомат\w*|пробки|свет|світло)|"
    r"(?:пропал|отключили|отключился|погас) свет|свет (?:пропал|отключили|отключился|погас)|немає світла|(?:зникло|вимкнули) світло|"
    r"mất điện|cúp điện|nhảy cầu dao|cầu dao (?:bị )?nhảy|walang kuryente|brownout|"
    r"strömavbrott|ingen ström|strømafbrydelse|ingen strøm|strømbrudd|elektrik(?:ler)? kesildi|sigorta atıyor|výpadek proudu|"
    r"停电|跳闸|没电了|정전|차단기가? ?(?:계속 )?(?:내려|떨어)|停電|ブレーカーが(?:\S{0,4})?落ち"
)
_LIFE_DEVICE = re.compile(
    alt(
        r"dialysis|oxygen(?! sensor)|o2|concentrator|ventilator|respirator|life support|feeding pump|suction machine|c-?pap|bi-?pap|nebuli[sz]er|"
        r"medical (?:equipment|device|machine)|apnea monitor|diálisis|dialisis|oxígeno|respirador|concentrador|dialyse|oxygène|"
        r"respirateur|concentrateur|sauerstoff\w*|beatmung\w*|diálise|oxigênio|oxigenio|dialisi|ossigeno|respiratore|"
        r"concentratore|zuurstof\w*|beademing\w*|dializ\w*|tlen\w*|koncentrator\w*|диализ\w*|кислород\w*|ивл|діаліз\w*|кисн\w*|концентратор\w*|"
        r"chạy thận|máy thở|máy tạo oxy|oxy|syrgas\w*|oksijen\w*|diyaliz\w*|kyslík\w*|dialýz\w*|oxigén\w*"
    ).pattern
    + r"|透析|氧气|呼吸机|制氧机|산소|투석|인공호흡기|酸素|人工呼吸器"
)
NEEDS_DEVICE = Veto(
    "emergency.net.veto.needs_device",
    "a power cut or a tripping breaker is a danger only with someone at home on a machine that keeps them alive",
    _ANYTHING,
    scope="text",
    unless=_LIFE_DEVICE,
    examples=("the breaker keeps tripping when I run the microwave",),
)
PLANNED_SHUTOFF = Veto(
    "emergency.net.veto.planned_shutoff",
    "a shutoff the visit will make, announced ahead or covered by a backup: 'text before you cut the power, "
    "mom is on oxygen'",
    alt(
        r"before (?:you|he|she|they|the tech) (?:\w+ )?(?:turn|shut|cut|switch|kill)|if (?:you|he|she|they) (?:\w+ ){0,2}(?:turn|shut|cut|switch|kill)|"
        r"when (?:you|he|she|they) (?:\w+ )?(?:turn|shut|cut|switch|kill)|battery back ?up|back ?up (?:battery|generator|power)|generator|"
        r"scheduled outage|planned outage|antes de (?:cortar|apagar|quitar)|si (?:necesita|tiene) que (?:cortar|apagar|quitar)|"
        r"avant de couper|bevor sie|vor dem abschalten|antes de desligar|prima di staccare"
    ),
    scope="text",
    examples=(
        "the power is off in the garage while you swap the panel, dad's oxygen runs on its battery backup",
    ),
)

NET_CUES += (
    Cue(
        NET_PREFIX + "water_rising_languages",
        "emergency",
        alt(_WATER_STATE_MORE),
        examples=(
            "Kommer om 20 min, men vattnet står redan i källaren",
            "Ben 10 minuten later, er staat al water in de kelder en het stijgt",
            "Přijdu o 20 minut později, ve sklepě už stojí voda",
            "20 dakika gecikeceğim, bodrumda su birikiyor ve yükseliyor",
            "Arrivo tra 20 minuti, ma l'acqua sta già allagando la cantina",
            "Spóźnię się, w piwnicy już stoi woda",
            "Bin in 20 Minuten da, Wasser steht schon im Keller",
            "Kommer om en kvart, kjelleren er allerede oversvømt",
        ),
        near_misses=(
            "Vorig jaar stond er water in de kelder, nu is het droog",
            "In de kelder staat water, maar het is nu leeggepompt en droog",
            "Kommer 15 min sent. Läckan i källaren lagades förra veckan",
            "il contatore dell'acqua è in cantina, la porta è aperta",
            "Arrivo con 10 minuti di ritardo, la strada è allagata",
            "vattnet står redan på spisen",
        ),
        vetoes=(*_VETOES, H7_PAST, H8_PAST, H8_NEGATED, DRIED_OR_FIXED, NEEDS_ROOM, NEEDS_NOW),
        hazard="water",
        why="water standing, rising or flooding a cellar or basement now, in the other languages",
    ),
    Cue(
        NET_PREFIX + "water_rising_cjk",
        "emergency",
        re.compile(_WATER_STATE_CJK),
        examples=("20分遅れます。地下に水が溜まってきています", "20분 늦어요, 지하실에 물이 차고 있어요"),
        near_misses=("去年地下室进水了，现在没事",),
        vetoes=(*_VETOES, H7_PAST),
        hazard="water",
        why="water filling a basement, in Japanese and Korean",
    ),
    Cue(
        NET_PREFIX + "power_lost_life_device",
        "emergency",
        alt(_POWER_LOST),
        examples=(
            "breaker keeps tripping and my dad's on a home dialysis machine, how long till you get here?",
            "Power's gone in half the house again and Dad's CPAP is on that side, he's asleep in the chair without it",
            "power's out on half the house and mom's oxygen concentrator is on that side",
            "se bota la pastilla y mi papá usa oxígeno en casa",
            "plus de courant depuis ce matin, ma mère est sous oxygène",
            "Stromausfall im Haus, mein Vater hängt am Beatmungsgerät",
            "停电了，我爸在用制氧机",
            "У нас выбило автомат и не включается, а у папы аппарат для диализа",
            "Вибило автомат, а мама на кисневому концентраторі",
        ),
        near_misses=(
            "the breaker keeps tripping when I run the microwave",
            "dad is on oxygen, so please text before you cut the power",
            "the power is off in the garage while you swap the panel, dad's oxygen runs on its battery backup",
            "breaker tripped once last week, reset fine. mom's oxygen has a battery backup anyway",
            "вчера выбило автомат, но сейчас всё работает",
        ),
        vetoes=(NEEDS_DEVICE, PLANNED_SHUTOFF, *_VETOES),
        hazard="person_at_risk",
        why="a power cut or a breaker that keeps tripping while someone at home lives on a machine",
    ),
)
