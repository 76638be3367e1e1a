"""Access cues: how to get in or what to know on arrival (a code, a key, a door, a pet, parking,
directions to the house, a gatehouse or a front desk).

Joined in this order into one pattern (`ACCESS_INFO`). Unlike the other intents' cues these do
not add the intent by themselves: `access.access_note` cuts a text into pieces and keeps the pieces
a cue stands in, so the note holds only the access detail. A veto here cancels a piece's cue, so a
piece that only looks like a way in ("unlocking the side gate now" as the customer arrives, "the
dog is throwing up after the spray") gives no note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import Cue, CueSet, Veto, cue, nfkc

# The customer doing it themselves as they arrive: nothing for the technician to remember.
DONE_ON_ARRIVAL = Veto(
    "access.veto.done_on_arrival",
    "a way in the customer is opening as they arrive ('unlocking the side gate now'): no note",
    re.compile(
        r"\b(?:unlocking|opening|unlatching|propping|lifting|raising)\b[^.!?;,]{0,30}"
        r"\b(?:now|right now|rn|as we speak|for you now|as i pull in|as we pull in)\b"
    ),
    scope="phrase",
    unless=re.compile(r"\b(?:leave|leaving|will be|code|key|lockbox)\b"),
    examples=("unlocking the side gate now", "I'm here, opening the side door now"),
)
# A pet named because it is ill, not because the technician has to mind it.
# "do I have to be there to let him in?": the customer asks whether someone must be home, and gives no
# way in (issue 13, h13q9); "my son will be there to let him in" tells one.
ASKS_WHETHER_TO_BE_THERE = Veto(
    "access.veto.asks_whether_to_be_there",
    "asks whether someone must be home to let him in: a question, no way in given",
    re.compile(
        r"\b(?:do|does|should|must|will|would) (?:i|we|someone|somebody|anyone|anybody) (?:\w+ )?(?:need to |have to )?"
        r"(?:be (?:home|there|here|in|around) )?(?:to )?$"
    ),
    scope="before",
    examples=("do I have to be there to let him in", "does someone need to be home to let him in?"),
)
PET_UNWELL = Veto(
    "access.veto.pet_unwell",
    "a pet named because it is ill ('the dog is throwing up after the spray'): no note",
    re.compile(
        r"\b(?:vomit\w*|throwing up|sick|wheez\w*|rash|limping|poison\w*|dizzy|not breathing|seizure)\b"
    ),
    scope="sentence",
    examples=("the dog is vomiting after the pest spray",),
)

# A code that opens nothing: "my zip code is 60614", "promo code 4411".
NOT_A_DOOR_CODE = Veto(
    "access.veto.not_a_door_code",
    "a zip, promo, area or confirmation code opens no door: 'my zip code is 60614'",
    re.compile(
        r"\b(?:zip|postal|post|promo|promotional|discount|coupon|area|confirmation|verification|reference|booking|"
        r"tracking|referral|invoice|qr|bar|dress|error|fault) (?:code )?$"
    ),
    scope="near_before",
    examples=("my zip code is 60614, is that in your area?", "the error code is 3 3 1 on the furnace"),
)

# A code a device shows, not one that opens a door: "code 3 on my alarm panel app", "the
# thermostat is flashing code 33".
DEVICE_CODE = Veto(
    "access.veto.device_code",
    "a code shown on an app, thermostat or screen opens no door: 'code 3 on my alarm panel app'",
    re.compile(
        r"^\W*(?:on|from|in) (?:my|the|our|his|her) (?:\w+ ){0,2}(?:app|thermostat|display|screen|furnace|boiler|"
        r"dashboard|tv|phone|monitor)\b"
    ),
    scope="after",
    unless=re.compile(r"\b(?:door|gate|keypad|garage|lock ?box)\b"),
    examples=("code 3 on my alarm panel app, is that normal?", "code 88 on the thermostat screen"),
)
SHOWN_ON_A_DEVICE = Veto(
    "access.veto.shown_on_a_device",
    "a code a device shows: 'the thermostat is flashing code 33', 'the app says code 12'",
    re.compile(
        r"\b(?:flashing|blinking|showing|displaying|shows|displays|throwing|threw|says|reads|reading|got|getting) "
        r"(?:an? |the |a new )?(?:error |fault )?$"
    ),
    scope="near_before",
    examples=("the thermostat is flashing code 33", "the app says code 12"),
)

# A code promised for later is not the code: "I'll text the gate code when he's on his way".
CODE_PROMISED = Veto(
    "access.veto.code_promised",
    "a code promised for later gives none: 'I'll text the gate code when he's on his way'",
    re.compile(
        r"\b(?:i'll|i will|we'll|we will|will|i can|we can|gonna|going to|i'll just|let me) (?:text|send|give|get|email|message|"
        r"forward|call with|find) (?:you |him |u |them |the tech )?(?:the |a |our |my )?(?:\w+ )?(?:code|combo|combination|pin)\b"
    ),
    scope="phrase",
    unless=re.compile(r"<code>|\d{3}"),
    examples=("I'll text the gate code when he's on his way", "will send you the lockbox code later"),
)

# A code printed on paperwork or an account opens nothing: "the code on the invoice says 4411".
PAPERWORK_CODE = Veto(
    "access.veto.paperwork_code",
    "a code on an invoice, bill, order or account opens no door: 'the code on the invoice says 4411'",
    re.compile(
        r"\b(?:invoice|bill|receipt|statement|estimate|quote|account|order|ticket|email|letter|website|coupon)\b"
    ),
    scope="phrase",
    unless=re.compile(r"\b(?:door|gate|keypad|garage|lock ?box|entry|building|front|back|side)\b"),
    examples=("the code on the invoice says 4411, what is that for?", "what's the code 5521 on my bill?"),
)
# A gate or door named as damage done, not as a way in: "my gate was broken by the last tech".
DAMAGE_STORY = Veto(
    "access.veto.damage_story",
    "a gate or door named because it was damaged ('my gate was broken by the last tech'): no note",
    re.compile(
        r"\b(?:broke|broken|damaged|dented|scratched|cracked|ruined|bent|nobody fixed|never fixed|didn't fix|still not fixed)\b"
    ),
    scope="phrase",
    unless=re.compile(r"\b(?:code|key|use|push|pull|lift|jiggle|sticks|so|just|instead|around|through|go)\b"),
    examples=("my gate was broken by the last tech and nobody fixed it", "he dented our gate last time"),
)

# A gate on the road is a place in traffic, not the way in: "there's a crash on the Lions Gate".
ON_THE_ROAD = Veto(
    "access.veto.on_the_road",
    "a gate or door named in a traffic story ('there's a crash on the Lions Gate'): no note",
    re.compile(
        r"\b(?:crash|accident|traffic|bridge|highway|freeway|hwy|interstate|backed up|detour|road ?works?|wreck)\b"
    ),
    scope="phrase",
    unless=re.compile(r"<code>|\b(?:code|key|lock ?box|unlocked|open|use|side|back|front|garage)\b"),
    examples=("So sorry, I'm 15-20 min away, there's a crash on the Lions Gate",),
)

# The customer standing at the gate now, in Tagalog and Hinglish (issue 13, h13langas): an arrival, no note.
AT_THE_GATE_NOW = Veto(
    "access.veto.customer_at_the_gate_now",
    "the customer says they are at the gate now ('nasa gate na ako', 'main gate pe khada hoon'): an arrival",
    re.compile(
        r"\bnasa (?:gate|labas|pinto) na (?:po )?(?:ako|kami)\b|\bgate (?:pe|par) (?:khada|khadi|khade|hoon|hun|hu)\b|"
        r"\bbubuksan ko (?:na )?(?:po )?(?:yung|ang) (?:gate|pinto)\b|\bdarwaza khol (?:raha|rahi|rahe)\b|"
        r"\b(?:nandito|andito) na (?:po )?(?:ako|kami) sa labas\b|\bbahar khad[aie]\b|(?:برا|برة|بره) عند (?:ال)?(?:بوابة|باب)|"
        r"\b(?:m|mwen|nou) (?:deyò|deyo) a\b|^(?:devan|bò) (?:baryè|barye|pòt|pot)"
    ),
    scope="text",
    unless=re.compile(r"<code>|\bcode\b|\bsusi\b|\bkòd\b|كود|رمز"),
    examples=("Nasa gate na ako", "main gate pe khada hoon", "Palabas na ako, bubuksan ko yung gate"),
)
# A code named because it failed is a grievance, not the way in (issue 13, h13access13): "the gate code
# didn't work last time and your guy left", "the lockbox combo was wrong". A new code given with it stays.
CODE_FAILED = Veto(
    "access.veto.code_failed",
    "a code that failed ('the gate code didn't work last time'): a grievance, no note unless a new code is given",
    re.compile(
        r"\b(?:code|combo|combination|pin|passcode|keypad|clave|c[oó]digo)s?\b(?: [\w']+){0,6}? (?:didn'?t|did not|doesn'?t|does not|"
        r"isn'?t|wasn'?t|won'?t|wouldn'?t|never|no longer|stopped|no) (?:work|worked|working|open|opened|go through|funcion[oó]|funciona|sirve|sirvi[oó])\b"
        r"|\b(?:code|combo|combination|pin|passcode|clave|c[oó]digo)s? (?:was|is|you gave|they gave)(?: \w+)? (?:wrong|incorrect|invalid|not working)\b"
    ),
    scope="phrase",
    unless=re.compile(r"<code>|\b(?:new|now|changed|instead|updated|reset|try|use)\b"),
    examples=(
        "the gate code didn't work last time and your guy left after 5 minutes",
        "the lockbox code was wrong and he couldn't get in",
        "the keypad code you guys had on file didn't work for the last tech",
    ),
)
# A gate or garage remote to bring or return is an errand, not the way in (issue 13, h13access12):
# "can the tech bring the gate opener remote he took last time".
THING_TO_BRING = Veto(
    "access.veto.thing_to_bring",
    "a gate or garage remote, fob or key to bring or return is an errand: 'can he bring the gate opener back'",
    re.compile(
        r"\b(?:bring|bring back|return|give back|drop off|drop back|took|take back|pick up|grab)"
        r" (?:back )?(?:the|my|our|his|her|that|a) (?:spare |extra |new |old )?$"
    ),
    scope="near_before",
    unless=re.compile(r"<code>|\b(?:under|in the lock ?box|lock ?box|is|are)\b"),
    examples=("can the tech bring the gate opener remote he took last time",),
)
CUES: tuple[Cue, ...] = (
    cue(
        "access.codes_keys_doors",
        "access_info",
        r"<code>|gate(?:'s)?|lock ?box|key ?safe|keypad|(?:key|keys) (?:is|are|'s|will be) (?:\w+ )?(?:with|in|on|under|behind|at|by|inside|hidden|left|by)|key's|(?<!locked my )(?<!locked the )keys? (?:under|in|on|with|behind)|spare key|has a key",
        r"door(?:'s| is)? (?:is )?(?:open|unlocked)|(?:garage|door|gate|side door) (?:is|will be|'s) (?:open|unlocked)",
        r"unlocked|come (?:round|around|to) the (?:back|side|front)|use the (?:side|back|front)|(?:back|side) door(?:'s)?",
        examples=("gate code is 4411", "key's under the mat", "the side door is unlocked"),
        near_misses=("I locked my keys in the car lol", "running 10 late sorry", "my zip code is 60614"),
        vetoes=(
            DONE_ON_ARRIVAL,
            NOT_A_DOOR_CODE,
            DEVICE_CODE,
            SHOWN_ON_A_DEVICE,
            CODE_PROMISED,
            PAPERWORK_CODE,
            DAMAGE_STORY,
            ON_THE_ROAD,
            AT_THE_GATE_NOW,
            THING_TO_BRING,
            CODE_FAILED,
        ),
        why="codes, keys, lockboxes, doors and gates left open (h13b)",
    ),
    cue(
        "access.parking_and_pets",
        "access_info",
        r"park (?:in|on|at|behind|out)|parking(?:'s)?|visitor (?:spot|parking)|on the street",
        r"(?:german )?shepherds?|(?:dogs?|pets?) in the (?:back ?yard|yard|garden|house)|put the dogs? (?:away|inside|up)|"
        r"(?:dog|dogs|cat|cats)(?:'s)? (?:isn't|is not|doesn't|does not|hates|bites|barks|won't)|wrong (?:house|address)|"
        r"(?:i'm|we're|we are|i am)(?: at)? (?:\d{2,5}|<addr>)\b(?!(?: ?(?:-|–|to|or) ?\d{1,3})? ?(?:out|min\w*|away|more|late|behind|mi\w*|k\b|km|ish)|[-–]\d)|meet me (?:in|at|by|out front|outside)|"
        r"beware (?:of|the)|(?:dog|dogs|cat|cats|puppy|pup|pets?) (?:is|are|will|might|may|'s|can|gets|loose|locked|shut|inside|outside|friendly|bites|barks|jumps)",
        r"let the (?:dog|dogs|cat|cats) (?:in|out)|new puppy|have a dog|have dogs|watch out for",
        examples=("park on the street please", "the dog is friendly", "we have a new puppy, watch the door"),
        near_misses=("the dog is vomiting after the pest spray", "can he come Tuesday?"),
        vetoes=(PET_UNWELL, DONE_ON_ARRIVAL),
        why="parking and pets (h13b)",
    ),
    cue(
        "access.buildings_and_people",
        "access_info",
        r"buzz|buzzer|intercom|ring the (?:door)?bell|doorbell|don't ring|knock|<buzz>",
        r"(?:i'm|we're|we are|i am|we live|i live|it's|its|for|es el|es la|estoy en(?: el)?) (?:in |at )?<unit>|(?:door|gate) (?:sticks|is stiff|is sticky|jams)|push (?:it )?hard|"
        r"<unit>,? (?:\w+ )?floor|la entrada|entrada (?:es )?por|callej[oó]n|portero|conserje|telefonillo|interf[oó]n|"
        r"<unit>(?:,| is)? (?:around|round|at the|in the|enter|use|take|go|upstairs|downstairs|on the|out back|behind)",
        r"let (?:you|him|her|them) in|(?:mother|father|mom|dad|son|daughter|wife|husband|neighbou?r|tenant|roommate|nanny|housekeeper|mother in law|"
        r"cleaning lady|cleaner|babysitter|sitter|dog walker|brother|sister|grandma|grandpa|grandmother|grandfather|landlord|super|"
        r"superintendent|property manager|building manager|maintenance (?:guy|man|person)|handyman|contractor|caretaker|aunt|uncle)\b.{0,30}"
        r"(?:home|there|let (?:you|him|her|them|the \w+) in|has a key|will be (?:home|there|here|around|in))",
        r"elevator|stairs|under the (?:door)?mat|under the (?:\w+ )?(?:pot|planter|rock|plant|brick|step|maceta)",
        r"behind the (?:locked )?(?:gate|fence|house|garage|shed)",
        r"(?:furnace|heater|boiler|panel|tank|meter|valve|equipment|breaker|unit|ac|filter|hatch|shut ?off|fuse box|breaker box|"
        r"sump pump|crawl ?space (?:door|entrance|access)|attic (?:access|door|entrance|stairs|ladder)|access panel|water main) "
        r"(?:is|are|'s) (?:in|under|behind|on the|out|straight|up|down|through|inside|by|next to)",
        r"(?:rear|back|side|front|alley|garage|basement|service|main|side) (?:entrance|entry|path|steps|stairs)|entrance|alley",
        r"(?:i'm|we're|i am|we are|address is|it's) (?:at )?<addr>|concierge|reception|front desk|security desk|doorman|check in (?:at|with)|sign in at|on the latch|latch",
        r"(?:bell|doorbell)(?:'s| is)?|ring (?:twice|once|loud\w*)|let yourself in|come (?:straight|right) in|walk (?:straight |right )?in",
        r"(?:door|gate|garage)(?:'s| is)? (?:\w+ ){0,2}open|you can get in|access (?:is|via|from|through)|easiest (?:from|via|through)",
        r"(?:back|front) (?:patio|porch|yard|garden|deck)|meter box|padlock|combo",
        examples=(
            "buzz 204 when you get here",
            "my neighbour Doris will let him in",
            "the furnace is in the crawlspace",
            "the hatch is in the master closet",
            "the water shutoff is under the stairs",
        ),
        near_misses=("what time is he coming?", "thanks for the reminder"),
        vetoes=(
            DONE_ON_ARRIVAL,
            ASKS_WHETHER_TO_BE_THERE,
            Veto(
                "access.veto.let_in_myself_on_arrival",
                "the customer coming to open up themselves once they arrive: 'I'll be there in 20 to let you in' (h14access)",
                re.compile(
                    r"\b(?:i'll|i will|we'll|we will|i'm|we're|i am|we are|i can|i should) (?:\w+ )?(?:be (?:there|home|here|back)|"
                    r"get (?:there|home|back)) (?:in|by|at|around|within) [^,.;!?]{1,25} to $"
                ),
                scope="before",
                examples=("code is 4411 and I'll be there in 20 to let you in",),
            ),
            Veto(
                "access.veto.room_elsewhere",
                "a room in a hospital or hotel is where the customer is, not the home: 'room 214 at the hospital'",
                re.compile(r"\b(?:hospital|hotel|motel|clinic|icu|emergency room)\b"),
                scope="phrase",
                unless=re.compile(r"\b(?:buzz|elevator|entrance|gate|code|door|use|park)\b"),
                examples=("room 214 at the hospital with my mom, need to reschedule",),
            ),
        ),
        why="buzzers, units and floors, someone home to let him in, where the equipment is (h13b)",
    ),
    cue(
        "access.directions_h13b",
        "access_info",
        r"(?:go|head|drive|turn|come) (?:down|up|past|along|left|right|through) the|past the (?:\w+ )?(?:barn|church|school|store|gas station|farm|mailbox|sign)|gravel road|dirt road",
        r"lift(?:'s| is)? (?:out of order|broken|not working)|"
        r"(?:kitchen|garage|patio|laundry|basement|rear|cellar|mudroom|sliding) door(?:'s)?|(?:come|go) (?:round|around) (?:to )?the",
        r"(?:blue|red|white|green|yellow|grey|gray|brown|black|tan|beige) (?:house|door|gate|building|garage|fence)|"
        r"(?:house|home|place|one) (?:with the|next to|across from|opposite|on the corner)",
        r"(?:have|got|we've got) (?:a |an |two |<qty> )?(?:\w+ ){0,2}(?:dogs?|shepherds?|labs?|labradors?|retrievers?|pit ?bulls?|husk(?:y|ies)|terriers?|"
        r"rottweilers?|doodles?|poodles?|cats?)\b|crated|in (?:his|her|the|a) crate",
        examples=(
            "go down the gravel road past the barn",
            "we're the blue house on the corner",
            "we've got a lab and two cats",
        ),
        near_misses=("I'm at the store, 10 min", "see you Tuesday"),
        vetoes=(PET_UNWELL,),
        why="directions, the house by its colour, pets by breed (h13b)",
    ),
    cue(
        "access.other_languages",
        "access_info",
        r"(?:la |una )?llave (?:est[aá]|debajo|bajo|en el|en la|de repuesto|la tiene)|port[oó]n|la puerta|timbre|estacion\w+|abiert[oa]|vecin[oa]|le code|la porte|a chave|o portão",
        r"(?:el |los |un )?perros?|(?:le |les |un )?chiens?|(?<!wrong )(?<!group )(?<!family )chat|stationne\w*|dans l'entrée|la cour|débarrée|sonnez|sonner (?:à|a|au|chez|deux)|interphone|l'interphone|d'interphone|portail|code d'(?:entrée|accès)|composez|bo[iî]te (?:aux lettres|à clés?|a cl[ée]s?)",
        # Vietnamese, Chinese, Portuguese, French, German, Korean (issue 13, h13lang)
        r"mã (?:cổng|khóa|khoá|cửa|cong|khoa|cua)|ma (?:cong|khoa|cua)|chó dữ|có chó|nhà có chó|"
        r"密码\d*|密碼\d*|钥匙|鑰匙|有狗|senha|cachorro|(?:debaixo|embaixo) do tapete|paillasson|la cl[ée] est|"
        r"(?:tor|tür|haustür)code|schlüssel|비밀번호|현관",
        examples=(
            "la llave está debajo de la maceta",
            "le code de la porte est 1234",
            "有狗,小心",
            # the French article elided onto the word (issue 13, h14access): "L'interphone est au nom de Martin"
            "l'interphone est au nom de Martin",
        ),
        near_misses=("llego en 10 minutos", "je serai en retard"),
        vetoes=(PET_UNWELL,),
        why="keys, gates, doors, pets and parking in Spanish, French and the h13lang languages",
    ),
    cue(
        "access.languages2",
        "access_info",
        r"codice (?:del |dell')?(?:cancello|portone|citofono|porta|ingresso)|il codice è|citofon\w*|(?:la |le )?chiav[ei] (?:è|e|(?:sono )?(?:sotto|nella|nel|dal|dalla|dai|dalle|al|alla))|"
        r"(?:il )?cane|parcheggi\w*|cancello|portone|"
        r"kod (?:do )?(?:bramy|furtki|domofonu|drzwi|klatki)|kod to|klucz (?:jest|pod|w|u)|domofon\w*|(?:mamy )?psa|pies|brama|furtk\w*|zaparkowa\w*|(?:tyln|boczn)\w* drzwi\w*|"
        r"gate (?:ka )?code|code (?:hai|h)\b|peeche (?:wala|ka|se|waala)|darwaz\w*|chaa?bi|kutt[ae]|guard (?:ke paas|ko|se)|"
        r"код (?:от )?(?:ворот|калитки|домофона|подъезда|двери)|код\b|домофон\w*|ключи? (?:под|у|в|лежат|оставлю|оставил\w*)|собак\w*|калитк\w*|подъезд\w*|парковк\w*|kod domofona",
        r"k[òo]d (?:bary[èe]|bari|p[òo]t|pot)|kle a (?:anba|nan|kay|lakay)|(?:gen (?:yon )?|yon |nou gen )chen|chen an|bary[èe] a|p[òo]t (?:la|a) (?:louvri|ouv[èe]|ouvri)|p[òo]t d[èe]y[èe]|"
        r"(?:كود|رمز) (?:ال)?(?:بواب[ةه]|باب|عمار[ةه])|الكود|المفتاح (?:تحت|عند|في|مع)|كلب|الجرس|البواب|الحارس|الباب الخلفي",
        examples=(
            "il codice del cancello è 4411",
            "kod do bramy 2468",
            "peeche wala darwaza khula hai",
            "код от ворот 1234",
            "ключи у соседки",
            "le chiavi sono dal vicino",
            "kle a anba tapi a",
        ),
        near_misses=("arrivo tra 10 minuti", "spóźnię się 15 minut"),
        vetoes=(PET_UNWELL, AT_THE_GATE_NOW),
        why="codes, keys, gates, doors, pets and parking in Italian, Polish, Hindi/Hinglish, Russian, "
        "Haitian Creole and Arabic (h13lang2)",
    ),
    cue(
        "access.directions_languages3",
        "access_info",
        r"(?:bei|bitte bei) [\w-]+ (?:klingeln|läuten)|klingeln bei|hinterhaus|vorderhaus|seitenflügel|hinterhof|\d\. ?(?:og|stock|etage)\b|"
        r"eingang (?:ist )?(?:im|hinten|links|rechts|an der|über|neben|auf der)|\bhunde?\b|klingel(?:n|knopf|schild)?|klopfen|parkpl[äa]tze?|(?:im|in der|auf dem|vor dem|hinter dem|hinterm) \w+ parken|einfahrt|parken (?:sie )?(?:bitte )?(?:in|auf|vor|hinter)",
        r"campainha|(?:o )?porteiro (?:libera|abre|tem a chave|deixa)|interfone \d+|port[ãa]o (?:cinza|azul|branco|verde|preto|marrom|de ferro)|t[üu]r (?:ist )?(?:offen|auf)|einfach reinkommen|apartamento \d+|(?:nos |dos )?fundos|b[âa]timent [a-z0-9]\b|\d+e? [ée]tage|"
        r"cửa (?:bên hông|bên hong|sau|hông|hong|trước)|(?:không|ko) khóa|chó hiền|chìa khóa|thảm chùi chân|"
        r"뒷문|정문|옆문|개가 (?:있|순)|순해요",
        examples=(
            "Bitte bei Müller klingeln, Hinterhaus, 3. OG",
            "Eingang ist im Hinterhof, die Tür links",
            "Wir haben einen Hund, der ist aber lieb",
            "Parken bitte in der Einfahrt",
            "Wir wohnen im 3. Stock, bitte zweimal klingeln",
            "Parkplatz ist hinterm Haus",
            "Toque a campainha do apartamento 12, fundos",
            "Interfone 302, portão cinza",
            "Tür ist offen, einfach reinkommen",
            "Cửa bên hông không khóa, chó hiền",
            "Chìa khóa để dưới thảm chùi chân",
            "뒷문으로 들어오세요. 개가 있는데 순해요",
        ),
        near_misses=(
            "Ich komme 10 Minuten später",
            "Vou chegar às 3",
            "Tôi sẽ đến trễ 10 phút",
            "10분 늦어요",
            "Hundert Euro für eine Stunde ist zu teuer",
        ),
        vetoes=(PET_UNWELL,),
        why="bell names, back buildings, floors, side doors left unlocked, a friendly dog, in German, Portuguese, "
        "French, Vietnamese and Korean (h13lang3)",
    ),
    # ---- Round four (issue 13): directions, checkpoints, front desks, codes and Spanish ----------
    cue(
        "access.directions_to_the_house",
        "access_info",
        r"(?:first|second|third|fourth|fifth|last|<qty>(?:st|nd|rd|th)?|\d(?:st|nd|rd|th)) (?:house|home|driveway|door|building|place|trailer|unit|gate|turn(?:off)?|left|right)\b"
        r"(?: on the (?:left|right)| (?:past|after|before) the)?",
        r"take the (?:service|back|access|frontage|side|gravel|dirt|private|farm|fire) (?:road|lane|drive|entrance|track)|"
        r"(?:service|access|frontage|private) road|laneway",
        r"turn (?:left|right|in) (?:at|after|onto|on|past|by|before)|(?:left|right) (?:at|after) the (?:\w+ )?(?:light|lights|stop sign|sign|church|school|barn)",
        r"(?:past|after|across from|opposite|next to|behind) the (?:\w+ )?(?:church|school|water tower|mailboxes|post office|fire station|"
        r"gas station|park|playground|pond|silo|red barn|barn|grain elevator|dumpsters?|clubhouse|pool)",
        r"(?:end|bottom|top) of the (?:road|lane|street|cul-de-sac|culdesac|driveway|hill|court)|follow the (?:driveway|road|lane|signs|path)|"
        # the GPS named alone is a grievance or a lateness ("is he lost? GPS sends people to the wrong
        # street", "waze says 35 min"); only an instruction not to follow it is a direction
        r"don't (?:trust|follow|use) (?:the )?(?:gps|google|waze|maps?)|(?:long|shared|gravel|dirt) driveway",
        r"(?:with|has) (?:the|a) (?:\w+ ){0,2}(?:shutters|awning|porch|fence|flag|trim|carport|mailbox|roof|hedge|shed)\b|"
        r"(?:on|at) the corner of|corner (?:house|lot|unit)|house number (?:isn't|is not|isn't) (?:up|there|on)",
        examples=(
            "third house on the left past the church",
            "take the service road around the back",
            "don't trust the GPS, turn left at the water tower",
            "we're at the end of the cul-de-sac",
            "follow the driveway all the way up",
            "the white two storey with the blue shutters on the corner of Elm and 3rd",
        ),
        near_misses=(
            "the third time this month he's late",
            "I'm on the service road, 10 min away",
            "left a review, thanks",
            "is he lost? GPS sends people to the wrong street",
            "waze says 35 min with traffic, sorry",
        ),
        vetoes=(
            Veto(
                "access.veto.customer_on_the_road",
                "the customer's own place on the road ('I'm on the service road, 10 min away'): lateness, no note",
                re.compile(
                    r"\b(?:i'm|i am|stuck|just|currently|driving|heading) (?:\w+ )?(?:on|passing|past|down|up)\b[^.!?,;]{0,20}$"
                ),
                scope="before",
                examples=("I'm on the service road, 10 min away",),
            ),
        ),
        why="directions to the house: which house, which road, turn at, past a landmark, the GPS is wrong",
    ),
    cue(
        "access.gatehouse_and_checkpoint",
        "access_info",
        r"gate ?house|guard ?house|guard (?:shack|booth|station)|security (?:gate|booth|office|guard)|check ?point|call ?box|front gate",
        r"tell (?:them|the guard|the guards|security|the front desk|the doorman|the concierge) (?:you're|you are|ur|he's|you'?re here) "
        r"(?:with|for|here for|going to|visiting|from)",
        r"show (?:your |an? |some |a photo |photo )?(?:id|i\.d\.|badge|license|licence|work id)|(?:photo )?id at the|"
        r"(?:visitor|guest|parking|contractor) pass|on the (?:guest |visitor )?list|(?:dial|punch in|enter|press) (?:<code>|<unit>|[\d #*]{2,}|the code)",
        examples=(
            "at the gatehouse tell them you're with unit 4",
            "stop at the guard booth and show ID",
            "you'll need a visitor pass from the security office",
            "I put your company on the guest list",
            "dial 0412 at the call box",
        ),
        near_misses=("I'm at the airport, landing at 3", "can you send me an ID of the tech?"),
        why="a gatehouse, guard or call box, what to tell them, ID and passes",
    ),
    cue(
        "access.front_desk_and_buzzing",
        "access_info",
        r"concierge|front desk|doorman|door ?man|lobby|mail ?room|leasing office|management office|loading dock|"
        r"freight (?:elevator|lift)|service (?:elevator|lift)",
        r"<buzz>|buzz (?:me|us|up|<unit>|\d+|apartment|apt|unit|number|the)|(?:hit|press|ring) (?:the )?(?:buzzer|<buzz>|<unit>)",
        examples=(
            "the concierge will send you up",
            "Show ID at the front desk",
            "buzz 204",
            "use the freight elevator",
        ),
        near_misses=("I'm in the lobby of my office, running late", "I'll be down in a minute"),
        vetoes=(
            Veto(
                "access.veto.customer_somewhere_else",
                "the customer in a lobby or office elsewhere ('in the lobby of my office'): no note",
                re.compile(r"\b(?:my|our) (?:office|work|job|hotel|gym|doctor|dentist)\b"),
                scope="phrase",
                examples=("I'm in the lobby of my office, running late",),
            ),
        ),
        why="a front desk, concierge, doorman or lobby; a buzzer number",
    ),
    cue(
        "access.codes_in_other_forms",
        "access_info",
        r"(?:code|pin|passcode|combo|combination|password)(?:'s| is|:)? (?:\w+ )?(?:\d ){2,}\d|"
        r"(?:code|pin|passcode|combo|combination)\b[^.!?\d<]{0,30}(?:\d ?){3,6}(?![\d:])|"
        r"(?:\d ){3,}\d(?= (?:on|at|for|then|and press|and hit|#|pound))|(?:then|and) (?:press|hit) (?:enter|#|pound|the pound|star|\*)",
        r"(?:code|pin|combo)(?:'s| is|:)? <unit>|hide-?a-?key|(?:key|keys) (?:are |is )?in the (?:\w+ )?(?:box|lock|mailbox|grill|planter|shed)",
        examples=(
            "type 4 4 1 1 at the side door",
            "it's 2 4 6 8 on the keypad then press enter",
            "keys are in the lock box",
            "hide-a-key by the hose",
            "the code for the garage is 0 4 1 2",
        ),
        near_misses=("my number is 5 5 5", "press 1 to confirm", "the error code is 3 3 1 on the furnace"),
        vetoes=(NOT_A_DOOR_CODE, PAPERWORK_CODE),
        why="codes written with spaces or letters, and how to enter them",
    ),
    cue(
        "access.spanish_round4",
        "access_info",
        r"c[oó]digo(?! postal| de (?:descuento|promoci[oó]n|confirmaci[oó]n|error|reserva))|caseta|vigilancia|(?:el |al )?guardia|(?:el |al )?vigilante|identificaci[oó]n|"
        r"(?:tercera|segunda|primera|[uú]ltima) casa|(?:es |la |una )casa (?:azul|blanca|verde|amarilla|roja|de la esquina)|al fondo|"
        r"(?:a la )?(?:izquierda|derecha) (?:de|del|despu[eé]s)|pasando (?:la|el)|d[ií]gales? que|estacione|no estacione|cochera",
        examples=(
            "en la caseta dígale al guardia que va a la casa 12",
            "es la tercera casa a la izquierda pasando la iglesia",
            "en la caseta enséñele su identificación al vigilante",
            "estacione en la calle por favor",
        ),
        near_misses=("llego en 20 minutos", "gracias por avisar"),
        why="Spanish: the gatehouse and guard, which house, codes and parking",
    ),
)
CUES = (
    *CUES,
    cue(
        "access.pets_by_name_and_nature",
        "access_info",
        r"(?:dog|dogs|cat|cats|puppy|pup|kitty|golden|goldens|lab|labs|doodle|husky|shepherd|retriever|boxer|beagle|pit ?bull|corgi|chihuahua)"
        r"(?:'s)? (?:named|called)\b|"
        r"(?:friendly|big|small|little|old|nervous|shy|skittish|excitable|jumpy|barky|loud|sweet|grumpy|protective) "
        r"(?:\w+ )?(?:dog|dogs|cat|cats|puppy|pup|golden|lab|doodle|husky|shepherd|retriever|boxer|beagle|pit ?bull|kitty)\b|"
        r"(?:don't|do not|dont|please don't) let (?:the |our |my )?(?:dog|dogs|cat|cats|puppy|kitty|pets?) (?:out|in|escape|get out)|"
        r"(?:keep|close|shut) the (?:\w+ )?(?:gate|door) (?:closed|shut)\b",
        examples=(
            "there's a big friendly golden named Frog who will want to say hi",
            "please don't let the cat out, she's an indoor cat",
            "keep the side gate closed, the dogs are out back",
        ),
        near_misses=("my dog's name is on the account lol", "the dog is vomiting, is the spray safe?"),
        vetoes=(PET_UNWELL,),
        why="pets by name or nature, keeping them in: what to know on arrival",
    ),
)
CUES = (
    *CUES,
    cue(
        "access.code_unchanged",
        "access_info",
        r"(?:code|combo|combination|pin|passcode|lock ?box|key ?safe|keypad|password)(?:'s| is| are)? (?:still )?(?:the )?"
        r"same(?! (?:day|time|window|tech|guy|problem|issue|thing as (?:the )?(?:tech|guy)))|"
        r"(?:the )?same (?:\w+ )?(?:code|combo|combination|pin|passcode|lock ?box|key ?safe|door code|gate code)\b|"
        r"(?:code|combo|combination|pin|passcode)(?:'s| has| have)? (?:hasn't|has not|hasnt|haven't|not|never|didn't|did not|won't) "
        r"(?:been )?chang\w*|(?:code|combo|pin)(?:'s| is) still\b|"
        r"(?:el )?mismo c[oó]digo|c[oó]digo (?:es )?(?:el )?mismo|m[eê]me code|code (?:est )?(?:toujours )?le m[eê]me",
        examples=(
            "the code's the same as last time",
            "same gate code as before",
            "code hasn't changed",
            "es el mismo código de siempre",
            "le code est toujours le même",
        ),
        near_misses=("same time works for me", "same time next week?", "same problem as last time"),
        why="a code said to be unchanged ('same as last time'): the site's note already holds it, and the "
        "technician needs to know to use it",
    ),
)
# round nine (issue 13): a house rule asked politely: shoes off, wipe feet, the van left on the road.
# "took his boots off at the door", "didn't wipe his boots": a past visit told, praise or grievance, no rule.
A_PAST_VISIT = Veto(
    "access_info.veto.a_past_visit",
    "a past visit told, not a rule for this one: 'took his boots off at the door', 'didn't wipe his boots'",
    re.compile(r"\b(?:took|didn't|didnt|did not|never|wore|was|were|tracked|last)\b"),
    scope="all_before",
    examples=("He was courteous, took his boots off at the door", "he was late and didnt wipe his boots"),
)
CUES = (
    *CUES,
    cue(
        "access_info.house_rule",
        "access_info",
        r"(?:shoes|boots) off\b|take (?:his|your|their|the|ur) (?:shoes|boots|work boots) off|"
        r"wipe (?:your|his|their|ur) (?:feet|boots|shoes)|"
        r"leave (?:the|his|your|ur) (?:van|ute|truck|car) (?:on|in) the (?:road|street|lane)",
        examples=(
            "shoes off inside please",
            "could he take his boots off at the door",
            "pls wipe your feet, new carpets lol",
            "can he leave the van on the road, the drive is narrow",
        ),
        near_misses=("he left his boots at the door last time", "can I leave my car on the drive?"),
        vetoes=(A_PAST_VISIT,),
        why="a house rule for the visit: shoes off, feet wiped, the van on the road",
    ),
)
# Issue 13, h13langas: where the key is, in Tagalog and Devanagari Hindi.
CUES = (
    *CUES,
    cue(
        "access_info.key_left_langas",
        "access_info",
        r"(?:yung |ang )?susi (?:ay )?(?:nasa|nandito|nandyan|iniwan|iiwan)|चाबी [^.!?,]{0,20}(?:नीचे|में|पास|पर) (?:है|रखी)",
        examples=("Late ako ng 10 mins, yung susi nasa ilalim ng paso", "10 मिनट लेट हूँ, चाबी गमले के नीचे है"),
        near_misses=("nawala yung susi ko, pasensya", "चाबी खो गई है"),
        why="where the key is left",
    ),
)
CUES = (
    *CUES,
    cue(
        "access_info.floor_bell_pet_shoes_langas",
        "access_info",
        r"(?:bấm|bam) (?:chuông|chuong)|(?:con )?chó (?:nhà (?:tôi|mình|em) )?tên|chó [^.!?]{0,25}(?:không cắn|hiền)|"
        r"may susi sa|susi sa (?:ilalim|loob|tabi|ibabaw)|"
        r"狗(?:很凶|很兇|会咬|會咬|不咬人|很乖)|(?:把它|把狗)(?:关|關|拴)起来|"
        r"신발(?:을|은)? 벗어",
        examples=(
            "Nhà ở lầu 3, bấm chuông phòng 302",
            "Con chó nhà tôi tên Lu, nó không cắn đâu",
            "Yung bahay namin yung kulay asul, may susi sa ilalim ng banig",
            "我家的狗很凶，来之前打个电话我把它关起来",
            "들어오실 때 문 앞에서 신발 벗어 주세요",
        ),
        near_misses=(
            "chuông cửa nhà tôi bị hư, sửa được không?",
            "nawala ang susi ko",
            "狗狗今天生病了",
            "신발장도 고쳐 주시나요?",
        ),
        vetoes=(PET_UNWELL,),
        why="the bell to ring, a dog by name or nature, where the key is, shoes off",
    ),
)
CUES = (
    *CUES,
    cue(
        "access_info.parking_side_door_hidden_key_langas",
        "access_info",
        r"nakatali (?:po )?(?:yung|ang) (?:aso|mga aso)|(?:停车|停車)(?:可以)?(?:停在|在)|주차(?:는|하실 때)|"
        r"(?:ادخل|ادخلوا|تعال|تعالوا) من (?:ال)?باب|(?:ال)?(?:رقم|كود|رمز) (?:ال)?سري|"
        r"\bkle a (?:kache|anba|nan|sou)\b|(?:cổng|cong|cửa|cua) (?:sau|hông|hong) (?:không khóa|khong khoa|mở|mo)",
        examples=(
            "Nakatali po yung aso sa likod, wag po kayong matakot",
            "停车可以停在车库前面",
            "주차는 건물 뒤편에 하시면 됩니다",
            "ادخل من الباب الجانبي، الرقم السري 5566",
            "Kle a kache anba pot flè a",
        ),
        near_misses=(
            "nawala ang aso namin kahapon",
            "停车费多少钱？",
            "주차 공간이 없어서 늦었어요",
            "الباب خربان، ممكن تصلحوه؟",
            "kle a pèdi",
        ),
        vetoes=(PET_UNWELL,),
        why="where to park, which door, a PIN, a hidden key, a dog tied up",
    ),
)
CUES = (
    *CUES,
    cue(
        "access_info.password_guard_tied_dog_langas",
        "access_info",
        r"(?:mật khẩu|mat khau) (?:cửa|cua|cổng|cong)|(?:跟|和)保安说|(?:进|進)小区|要(?:登记|登記)|"
        r"\b(?:chen|pitbull|pit bull) (?:la|an) (?:mare|nan lakou)",
        examples=(
            "Mật khẩu cửa là 2244, lên lầu 2",
            "进小区要登记，跟保安说找3栋502",
            "Pitbull la mare nan lakou a",
        ),
        near_misses=("quên mật khẩu wifi rồi", "保安很好", "chen an malad"),
        vetoes=(PET_UNWELL,),
        why="a door password, the guard or the compound's register, a dog tied in the yard",
    ),
)
# Issue 13, h13access6: the detail after a thanks or a yes, in the languages: a dog tied up or a key
# under a pot said in Tagalog word order, the intercom in Portuguese, parking in French, German and
# Tagalog, a doorbell, an unlocked door and parking in Chinese, the guard's office in Korean.
CUES = (
    *CUES,
    cue(
        "access_info.courtesy_then_detail_languages",
        "access_info",
        r"(?:yung|ang) (?:mga )?aso (?:ay )?(?:nakatali|nakakulong|nasa (?:loob|likod|labas|kulungan))|"
        r"(?:nasa|nandun|nandito|iniwan ko) (?:ilalim|loob|tabi|ibabaw) ng [^.!?,]{1,20} (?:ang|yung) susi|"
        r"\bpumarada|\biparada|\bmag-?park (?:po )?(?:kayo|ka)",
        r"\binterfone (?:é |e )?(?:o )?\d+|\binterfono (?:es |é )?(?:el |o )?\d+|\bvous (?:pouvez )?(?:vous )?garer|\bgarez-vous|\bse garer (?:dans|devant|sur|derri[èe]re|en face)|"
        r"\b(?:hinten|vorne|vorn|dort|drüben|gegenüber|davor|dahinter) parken|\bparken (?:sie )?(?:bitte )?(?:hinten|vorne|vorn|dort|drüben|gegenüber)",
        r"(?:车|車)?可以停在|停在[^。,，.!?]{0,8}(?:前面|后面|後面|旁边|旁邊|门口|門口|路边|路邊)|门没锁|門沒鎖|门开着|門開著|按[^。,，.!?]{0,8}(?:门铃|門鈴)|"
        r"(?:경비실|관리실|관리사무소)에 (?:말씀|얘기|이야기|연락)|초인종(?:을)? (?:눌러|누르)|벨(?:을)? (?:눌러|누르)",
        examples=(
            "Ok sige, yung aso nakatali sa likod",
            "Salamat po! Nasa ilalim ng paso ang susi",
            "Salamat! Sa likod na lang po kayo pumarada",
            "Combinado. O interfone é o 302",
            "Vous pouvez vous garer dans l'allée",
            "Okay thanks, ich bin da. Bitte hinten parken, vorne ist Halteverbot",
            "谢谢！车可以停在车库前面，门没锁",
            "谢谢师傅，到了按802的门铃",
            "네 감사합니다~ 도착하시면 경비실에 말씀하세요",
        ),
        near_misses=(
            "nawala yung aso namin kahapon",
            "O interfone quebrou, vocês consertam?",
            "Je vais me garer et j'arrive",
            "Ich finde keinen Parkplatz, komme 10 Minuten später",
            "门铃坏了，能修吗？",
            "경비실에서 전화 왔어요?",
        ),
        vetoes=(PET_UNWELL,),
        why="a dog tied up, a key under a pot, the intercom, where to park, a doorbell, an unlocked door, the guard's office",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "access_info.languages_h7",
        "access_info",
        r"暗証番号|(?:門|玄関|ゲート|オートロック)の?(?:番号|コード)|駐車場は|(?:に|で)(?:駐車|停めて)|\d階です|インターホン|鍵は|犬がいます",
        r"(?:kapı|bahçe kapısı|site|apartman|dış kapı)\w* (?:şifresi|kodu)|park (?:edebilir|edin|edebilirsiniz)|"
        r"\d+\. kat\b|(?:birinci|ikinci|üçüncü|dördüncü|beşinci)\w* kat\b|daire \d+|zil(?:e)? bas\w*|köpeğimiz var",
        r"(?:poort|deur|toegangs|hek)code|de code is|parkeren (?:kan|mag|is) (?:\w+ )?(?:achter|voor|naast|op|bij|in)|bel (?:aan )?bij|aanbellen|"
        r"sleutel (?:ligt|hangt|is bij)|we hebben een hond|achterom|^(?:we wonen |ik woon )?(?:op )?(?:de )?(?:eerste|tweede|derde|vierde|vijfde|\d+e) verdieping",
        r"κωδικός (?:της |του )?(?:πόρτας|εισόδου|εξώπορτας|πολυκατοικίας)|(?:πρώτος|δεύτερος|τρίτος|τέταρτος|πέμπτος|\d+ος) όροφος|"
        r"κουδούνι γράφει|χτυπήστε (?:το )?κουδούνι|παρκάρετε|πάρκινγκ (?:είναι|στο|πίσω|μπροστά)|το κλειδί (?:είναι|το αφήνω)|έχουμε σκύλο",
        r"код (?:від )?(?:воріт|хвіртки|домофону|під'їзду|дверей)|(?:перший|другий|третій|четвертий|п'ятий|шостий|\d+-?(?:й|ий)) поверх|"
        r"паркуйте?с[ья]|ключ\w* (?:під|у сусід\w*|в поштов\w*)|квартира \d+",
        examples=(
            "門の暗証番号は4821です",
            "駐車場は建物の裏にあります",
            "3階です、エレベーターで上がってください",
            "Kapı şifresi 7390",
            "4. kat, daire 12",
            "De poortcode is 5512",
            "Parkeren kan achter het gebouw",
            "Derde verdieping, bel bij nummer 14",
            "Ο κωδικός της πόρτας είναι 2468",
            "Τρίτος όροφος, το κουδούνι γράφει Παπαδόπουλος",
            "Паркуйтесь біля другого під'їзду",
            "П'ятий поверх, квартира 21",
        ),
        near_misses=(
            "駐車場代は含まれていますか？",
            "Kapının kilidi bozuk, tamir eder misiniz?",
            "Het stopcontact op de tweede verdieping werkt niet",
            "Το κουδούνι χάλασε, μπορείτε να το φτιάξετε;",
            "Домофон не працює, можете полагодити?",
        ),
        vetoes=(PET_UNWELL,),
        why="codes, floors, doorbells, parking and keys in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)

# ---- issue 13, h13lang8: Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay ----
CUES = (
    *CUES,
    cue(
        "access_info.languages_h8",
        "access_info",
        r"(?:port|grind|d[oö]rr|dør|dor|ytterd[oö]rr|ytterdør|d[oö]rr|trappuppgångs|opgangs|tr[aä]dg[aå]rds)-?kod(?:en|e)?\b|koden (?:til|till|until) (?:porten|døren|doren|d[oö]rren|grinden|porttelefonen)|"
        r"nyckeln (?:ligger|finns|hänger|hanger)|nøglen (?:ligger|hænger|er)|nøkkelen (?:ligger|henger|er)|parker(?:a|e)? (?:\S+ )?(?:på|i|pa) (?:gatan|gaden|gata|gaten|uppfarten|indkørslen|innkjørselen)|"
        r"hunden (?:är|er|ar) (?:i|på|ute|inne)|(?:ring|ringe) p[aå] (?:hos|ved)",
        r"codul (?:de la |de acces |de la )?(?:poart[aă]|u[sș][aă]|interfon|intrare|scar[aă])|cheia (?:e|este|o las) (?:\S+ )?(?:sub|la|[iî]n)|"
        r"c[aâ]inele (?:e|este) (?:[iî]n|la|legat)|parca[tț]i|parcati|etajul \d+|apartamentul \d+|interfon \d+",
        r"k[oó]d (?:od |k |ke )?(?:br[aá]ny|dve[rř][ií]|vchodu|branky|domu)|kl[ií][cč] (?:je |najdete |nech[aá]m )?(?:pod|u|v)|pes (?:je )?(?:na zahrad[eě]|zav[rř]en|uv[aá]zan)|"
        r"parkujte|zaparkujte|(?:\d+\.|prvn[ií]|druh[eé]|t[rř]et[ií]|[cč]tvrt[eé]) patro|zvonek",
        r"kapuk[oó]d|a k[oó]d (?:a )?(?:kapu|ajt[oó])\w*|kaputelefon|a kulcs (?:a |az )?\S+ (?:alatt|mellett|n[aá]l|ban|ben)|a kutya (?:a |az )?\S+(?:ban|ben|n[aá]l)|parkol(?:jon|jatok|hat)|(?:\d+\.|els[oő]|m[aá]sodik|harmadik) emelet",
        r"kode (?:pagar|pintu|gerbang|rumah|akses)|(?:pin|sandi) (?:pagar|pintu|gerbang)|kunci(?:nya)? (?:ada )?(?:di )?(?:bawah|dalam|atas|sebelah)|anjing(?:nya)? (?:ada )?(?:di )?(?:halaman|belakang|dalam|diikat)|parkir (?:di|aja|saja)|lantai \d+",
        examples=(
            "Portkoden är 4821",
            "Nyckeln ligger under dörrmattan och hunden är i trädgården",
            "Koden til porten er 2468",
            "Nøglen ligger under måtten, hunden er i haven",
            "Nøkkelen ligger under matta, hunden er i hagen",
            "Parker i gata, ikke i innkjørselen",
            "Codul de la poartă este 7390",
            "Cheia e sub preș, câinele e în curte",
            "Kód od brány je 5512",
            "Klíč je pod rohožkou, pes je na zahradě",
            "A kapukód 3344",
            "A kulcs a lábtörlő alatt van, a kutya a kertben",
            "Kode pagar 8812",
            "Kuncinya di bawah keset, anjingnya di halaman belakang",
        ),
        near_misses=(
            "Dörren till badrummet kärvar, kan han titta på den?",
            "Interfonul nu merge, îl poate repara?",
            "Zvonek nefunguje, můžete ho opravit?",
            "Nem működik a kaputelefon, meg tudják javítani?",
            "Pintu pagar rusak, bisa diperbaiki?",
        ),
        vetoes=(
            PET_UNWELL,
            Veto(
                "access_info.veto.broken_languages_h8",
                "the door, gate or intercom itself is the fault to mend, not a way in",
                re.compile(
                    r"k[aä]rvar|fungerar inte|virker ikke|nu merge|nefunguje|nem m[uű]k[oö]dik|rusak|repara|oprav|jav[ií]t|diperbaiki"
                ),
                scope="sentence",
                examples=("Codul de la poartă nu merge, îl puteți repara?",),
            ),
        ),
        why="codes, keys, a dog, parking and floors in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)

# A pet that gets out if the door is left open: "please mind the cat, she bolts" (issue 13, h13access6).
CUES = (
    *CUES,
    cue(
        "access_info.pet_that_gets_out",
        "access_info",
        r"\b(?:mind|watch) (?:the|our|my) (?:cat|cats|dog|dogs|puppy|pup|kitten)\b|"
        r"\b(?:cat|cats|dog|dogs|puppy|kitten)(?:'s)? (?:bolts|will bolt|escapes|will escape|runs out|will run out|gets out|"
        r"will get out|might get out|may get out|tries to (?:escape|get out|run out)|sneaks out)\b",
        examples=(
            "Thank you so much!! Also please mind the cat, she bolts",
            "keep the door shut, the dog gets out",
            "watch the puppy at the door",
        ),
        near_misses=("the dog got out yesterday and we found him", "can he watch the game later lol"),
        vetoes=(PET_UNWELL,),
        why="a pet that gets out if a door is left open",
    ),
)
# A door found open on coming home is a story about the visit, not a way in (issue 13, h13access6).
FOUND_ON_COMING_HOME = Veto(
    "access_info.veto.found_on_coming_home",
    "a door or gate found open when the customer came home: 'Door was open when I got home, did he forget to close it?'",
    re.compile(
        r"\bwhen (?:i|we) (?:got|came|get back|returned) (?:home|back|in)\b|\b(?:found|he left|they left|tech left|you left|was left) "
        r"(?:the |my |our )?(?:\w+ )?(?:door|gate|garage)(?: door)? (?:wide )?(?:open|unlocked)\b"
    ),
    scope="sentence",
    unless=re.compile(r"<code>|\b(?:please|pls|leave|will be|use|come)\b"),
    examples=(
        "Door was open when I got home, did he forget to close it?",
        "he left the side gate open, the dog got out",
    ),
)
# Parking named for somewhere else or as a bad time had: "Parking at the office was a nightmare today".
PARKING_ELSEWHERE = Veto(
    "access_info.veto.parking_elsewhere",
    "parking at work or another place, or told as a bad time: 'Parking at the office was a nightmare today lol'",
    re.compile(
        r"\bat (?:the |my |our )?(?:office|work|mall|hospital|school|airport|gym|store|doctor'?s?|dentist)\b|"
        r"\b(?:was|is always|has been) (?:a |an absolute |such a )?(?:nightmare|terrible|awful|hell|horrible|impossible|crazy)\b"
    ),
    scope="phrase",
    unless=re.compile(
        r"<code>|\b(?:please|pls|park in|park on|park at the (?:back|front|side)|driveway|our street|my street)\b"
    ),
    examples=("Parking at the office was a nightmare today lol",),
)
# The customer parking their own car as they get there (issue 13, h13left13): "be there in a tick, just
# parking up", "parking up now, see you in a sec", "one sec, parking the car", "still finding parking":
# an arrival or a short wait, no way in. "park on the street please", "parking's at the back, I'm
# parking up now too" still tell him where.
PARKING_MYSELF_NOW = Veto(
    "access_info.veto.parking_myself_now",
    "the customer parking their own car as they arrive: 'be there in a tick, just parking up'",
    re.compile(
        r"(?:^|[\s,.!])(?:(?:i'm|im|i am|we're|were|we are|am|just|currently|still|now|nearly|almost) )*"
        r"(?:parking(?: up)?(?: the (?:car|truck|van))?(?: (?:now|rn|right now|as we speak))?|finding (?:a )?parking|"
        r"looking for (?:a )?parking)(?:\s*[.!]*\s*$|\s+(?=(?:be (?:there|right|in|with)|see (?:you|ya|u)|coming|almost|nearly|\d)\b))"
        r"|(?:^|[\s,.!])(?:just |now |i'm |im )*parking up\b"
    ),
    scope="phrase",
    unless=re.compile(
        r"<code>|\b(?:please|pls|park (?:in|on|at|behind|out)|you can|he can|they can|for (?:him|the tech|your)|visitor|spot|"
        r"driveway|garage|street|lot)\b"
    ),
    examples=(
        "be there in a tick, just parking up",
        "parking up now, see you in a sec",
        "one sec, parking the car",
        "parking now be there in 1",
    ),
)
CUES = tuple(
    c
    if c.id not in ("access.parking_and_pets", "access.buildings_and_people")
    else replace(
        c,
        vetoes=(
            *c.vetoes,
            *(
                (PARKING_ELSEWHERE, PARKING_MYSELF_NOW)
                if c.id == "access.parking_and_pets"
                else (FOUND_ON_COMING_HOME,)
            ),
        ),
    )
    for c in CUES
)
# The customer standing at the gate now is no note, whichever cue names the gate (issue 13, h13langas).
CUES = tuple(
    c if AT_THE_GATE_NOW in c.vetoes else replace(c, vetoes=(*c.vetoes, AT_THE_GATE_NOW)) for c in CUES
)
# A promo, coupon, postal or tracking code said in the languages opens no door: "le code promo 2024
# marche pas", "código do cupom 1234 não funcionou" (issue 13, h13access6).
PROMO_CODE_LANGUAGES = Veto(
    "access_info.veto.promo_code_languages",
    "a promo, coupon, postal or tracking code in the languages: 'le code promo 2024 marche pas'",
    re.compile(
        r"^\W*(?:promo\w*|postal|de (?:descuento|desconto|promo\w*|cup[oó]n|cupom|r[ée]duction|suivi|rastreio|confirma\w*)|"
        r"do cupom|du coupon|da promo\w*)\b"
    ),
    scope="after",
    examples=("Le code promo 2024 marche pas", "Código do cupom 1234 não funcionou"),
)
CUES = tuple(replace(c, vetoes=(*c.vetoes, PROMO_CODE_LANGUAGES)) for c in CUES)

# ---- issue 13, h13access8: details beside other thoughts, and their look-alikes ----
# A pet named in a story of what it did ("my dog ate my phone", "mi perro se comió el cargador",
# "Mein Hund hat das Handy gefressen"): a joke or an excuse, nothing to mind on arrival.
PET_STORY = Veto(
    "access_info.veto.pet_story",
    "a pet named for what it did ('my dog ate my phone', 'mon chien a mangé la télécommande'): no note",
    re.compile(
        r"\b(?:ate|eaten|chewed|swallowed|(?:se )?comi[óo]|mordi[óo]|mang[ée]|bouff[ée]|comeu|roeu|gefressen|zerbissen|"
        r"zerkaut|fra[ßs]|kinain|nginatngat)\b"
    ),
    scope="phrase",
    unless=re.compile(
        r"<code>|\b(?:code|key|gate|door|lock ?box|inside|crate|out back|backyard|yard|friendly|bites)\b"
    ),
    examples=(
        "Meu cachorro comeu o controle kkk",
        "mi perro se comió el cargador jaja",
        "Mein Hund hat das Handy gefressen haha",
    ),
)
# A visit by someone who came before ("the gate guy came yesterday to fix the motor"): a story, no way in.
EARLIER_VISIT = Veto(
    "access_info.veto.earlier_visit",
    "someone's earlier visit told ('the gate guy came yesterday to fix the motor'): no note",
    re.compile(
        r"\b(?:came|was here|were here|stopped by|showed up|fixed|repaired|installed|replaced)\b[^.!?;]{0,40}"
        r"\b(?:yesterday|last (?:week|night|month|time)|the other day|this morning|earlier)\b|"
        r"\b(?:yesterday|last (?:week|night|month)|the other day)\b[^.!?;]{0,30}\b(?:came|fixed|repaired|installed|replaced)\b"
    ),
    scope="sentence",
    unless=re.compile(r"<code>|\b(?:code|use|please|pls|park|now|still|open|unlocked|key)\b"),
    examples=("the gate guy came yesterday to fix the motor, unrelated lol",),
)
# A request to be told when the technician sets off ("can you buzz me when he leaves the previous job?").
NOTIFY_ME = Veto(
    "access_info.veto.notify_me",
    "a request to be told when the technician sets off ('buzz me when he leaves the previous job'): no way in",
    re.compile(
        r"\b(?:buzz|call|text|ring|ping) (?:me|us) (?:when|once|before|as soon as) (?:he|she|they|you|u|the tech\w*) "
        r"(?:leave|leaves|left|is leaving|are leaving|head\w*|start\w*|set\w* off|finish\w*|is on|are on|get\w* going|wrap\w* up)"
    ),
    scope="sentence",
    examples=("can you buzz me when he leaves the previous job?",),
)
CUES = tuple(replace(c, vetoes=(*c.vetoes, PET_STORY, EARLIER_VISIT, NOTIFY_ME)) for c in CUES)
# A pet taken somewhere by the customer ("I took the dogs out back earlier"): done, nothing to mind.
PET_TAKEN = Veto(
    "access_info.veto.pet_taken",
    "a pet the customer took or walked somewhere ('I took the dogs out back earlier'): no note",
    re.compile(r"\b(?:took|taking|walked|walking|brought|bringing)(?: (?:the|our|my|both|his|her))? $"),
    scope="near_before",
    examples=("I took the dogs out back earlier, they're fine",),
)
CUES = (
    *CUES,
    cue(
        "access_info.beside_other_thoughts_h13access8",
        "access_info",
        # a pet to mind, a way to enter, where in a building
        r"there(?:'s| is| are) (?:a |an |two |three |<qty> )?(?:\w+ )?(?:dogs?|cats?|puppy|puppies|kitten)\b(?! (?:barking|next door|outside my|down the street))|"
        r"(?:don't|do not|dont|pls don't|please don't) let (?:her|him|them|it) (?:out|in|escape)\b|"
        r"\benter (?:from|through|via|by|at) (?:the )?\w+|(?<!who )(?<!who's )\b(?:has|holds) (?:the|a spare|the spare|our) keys?\b|"
        r"(?:i'm|we're|we are|i am|we live|i live) (?:in|at|on) (?:the )?(?:[\w']+ ){1,3}<unit>",
        # a broken intercom or doorbell and a call on arrival, a door code, a dog in the languages
        r"\b(?:call|text|ring) (?:me |us )?(?:when|once) (?:you'?re |he'?s |you are |he is )?(?:outside|out front|at the (?:gate|door|front)|"
        r"(?:you|he) (?:get|gets) here|(?:you|he) (?:arrive|arrives|pull up|pulls up))\b|"
        r"\b(?:me )?(?:liga|ligue|chama|me chame) (?:quando (?:chegar|estiver (?:aqui|na porta|no port[ãa]o))|ao chegar)\b|"
        r"\b(?:appelez|t[ée]l[ée]phonez)(?:-moi)? (?:en arrivant|quand vous (?:arrivez|[êe]tes (?:l[àa]|devant))|[àa] votre arriv[ée]e)\b|"
        r"\b(?:ll[áa]meme|llame|m[áa]rqueme|me marca|me llama) (?:al llegar|cuando (?:llegue|est[ée] afuera|est[ée] en la puerta))\b|"
        r"\b(?:rufen sie (?:mich )?an|anrufen),? (?:wenn sie (?:da sind|ankommen|vor der t[üu]r stehen))\b|"
        r"门铃坏了|門鈴壞了|到了(?:请|請)?(?:打电话|打電話|给我打|敲门|敲門)|\bdigicode\b|"
        r"\b(?:dogs?|cats?|pets?|puppy|pup)(?:'s| are| is| will be)? (?:out back|in back|out the back|in the back|round back|around back)\b|"
        r"\b(?:a porta|o port[ãa]o|a garagem)(?: da frente| dos fundos| lateral| da cozinha)? (?:est[áa] |vai estar |fica )?"
        r"(?:aberta|aberto|destrancad[ao]|sem tranca)\b|\bdestrancad[ao]\b|"
        # ("bukas", open, is read as "tomorrow" by `normalise`: an open gate in Tagalog is found by "gate")
        r"\b(?:ang|yung) (?:gate|pinto|garahe) (?:ay )?hindi naka-?lock\b|"
        r"\bmay (?:mga )?aso\b|\b(?:yung |ang )?(?:mga )?aso (?:ay |po )?(?:mabait|friendly|hindi nangangagat|nangangagat)",
        examples=(
            "yes that works. oh and there's a cat, don't let her out",
            "thanks! PS we're in building B unit 214, enter from Elm St",
            "Podemos remarcar para sexta? Ah e o interfone está quebrado, liga quando chegar",
            "call me when you're outside, the bell is broken",
            "Llámeme al llegar por favor",
            "能改到明天上午吗？另外门铃坏了，到了请打电话",
            "Merci pour le rappel. Le digicode est 47A12",
            "Sige po, confirmed. May aso po pero mabait",
            "Building super has the key, his name is Ray",
            "Running late 🙏 15 min 🙏 side door open 🚪 dogs out back 🐕🐕",
            "Obrigado! Vou atrasar 15 min, mas a porta está destrancada, pode entrar",
            "Salamat po, late ako ng 10 mins. Yung pinto ay hindi naka-lock",
        ),
        near_misses=(
            "there's a dog barking outside my window all night",
            "O interfone quebrou, vocês consertam?",
            "nawala yung aso namin kahapon",
            "I'm in a meeting till 3",
            "text me when he's on his way",
            "ligo quando chegar em casa",
            "who has the key to the shed?",
            "a porta do armário está quebrada",
            "hindi naka-lock yung phone ko",
        ),
        vetoes=(PET_UNWELL, PET_STORY, PET_TAKEN),
        why="a pet to mind, the way to enter, a unit in a named building, a broken intercom with a call on "
        "arrival, a digicode, a dog in Tagalog: said beside a thanks, a yes or a reschedule",
    ),
)

# Codes named the way people text them (issue 13, h13deep8): Haitian Creole "kòd pòtay la se 4411",
# Cantonese "閘門密碼係4411".
CUES = (
    *CUES,
    cue(
        "access.codes_texted_h13deep8",
        "access_info",
        r"k[òo]d (?:p[òo]tay|pòt|pot|bary[èe]|antre|kay|lakou)(?: (?:la|a|an))?(?: se| = |:)? ?(?:<code>|\d+)",
        r"(?:閘門|大門|大闸|閘|门口|門口)(?:嘅)?(?:密碼|密码|code)(?:係|系|是)?",
        examples=("kòd pòtay la se 4411", "kod baryè a se 2580", "閘門密碼係4411"),
        near_misses=("kòd pwomo a pa mache", "m bliye kòd la", "密碼唔記得咗"),
        vetoes=(AT_THE_GATE_NOW, PROMO_CODE_LANGUAGES),
        why="a gate or door code, in Haitian Creole and Cantonese",
    ),
)
# Someone at home lets the technician in, said in Spanish (issue 13, h13es9): "mi mamá le abre", "mi esposo
# lo recibe".
CUES = (
    *CUES,
    cue(
        "access.someone_opens_es_h13es9",
        "access_info",
        r"(?:mi |la |el )?(?:mam[aá]|pap[aá]|espos[oa]|hij[oa]|suegr[oa]|herman[oa]|vecin[oa]|abuel[oa]|señora|muchacha|"
        r"portero|conserje|marido|mujer) (?:le|les|lo|la|los|te) (?:abre|abrir[aá]|va a abrir|recibe|recibir[aá]|va a recibir)",
        examples=("mi mama le abre, ella esta en la casa", "mi esposo lo recibe", "el portero le abre"),
        near_misses=("mi mamá le abrió la puerta al otro técnico y no hizo nada?",),
        why="someone at home opens for the technician, in Spanish",
    ),
)
# ---- issue 13, h13lang9: Farsi, Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
CUES = (
    *CUES,
    cue(
        "access_info.languages_h9",
        "access_info",
        *nfkc(
            r"(?:کد|رمز) (?:\S+ ){0,2}(?:در|درب|حیاط|ورودی|آیفون|ساختمان|پارکینگ)|کلید (?:\S+ )?زیر",
            r"(?:ה)?קוד (?:\S+ )?(?:ל|של )?(?:שער|דלת|בניין|כניסה|אינטרקום)\S*|(?:ה)?מפתח (?:\S+ )?מתחת",
            r"koodh\w* (?:\w+ )?(?:irrid|albaab|gidaar)\w*|furaha (?:\w+ )?hoos\w*",
            r"(?:በሩ|በር|ግቢ|ግቢው)\S* ኮድ|ቁልፉ (?:\S+ )?ስር",
            r"(?:গেট|দরজা|গেইট)\S* (?:কোড|পাসওয়ার্ড)|চাবি (?:\S+ )?নিচে",
            r"รหัส(?:ประตู|รั้ว|เข้า|หน้าบ้าน)|กุญแจ(?:อยู่)?ใต้",
            r"(?:ਗੇਟ|ਦਰਵਾਜ਼ੇ|ਦਰਵਾਜੇ)\S* (?:ਦਾ |ਦੀ )?(?:ਕੋਡ|ਪਾਸਵਰਡ)|ਚਾਬੀ (?:\S+ )?ਹੇਠ",
        ),
        examples=(
            "کد در حیاط 4411 است",
            "הקוד לשער הוא 4411",
            "Koodhka irridda waa 4411",
            "የበሩ ኮድ 4411 ነው",
            "গেটের কোড 4411",
            "รหัสประตูรั้ว 4411 ค่ะ",
            "ਗੇਟ ਦਾ ਕੋਡ 4411 ਹੈ",
        ),
        near_misses=(
            "در حیاط خراب شده، می‌تونه درستش کنه؟",
            "השער לא נסגר, אפשר לתקן?",
            "প্রধান দরজা কাজ করছে না",
            "ประตูรั้วเสีย ซ่อมได้ไหม",
        ),
        vetoes=(PET_UNWELL,),
        why="a gate or door code, or where the key is, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)
# Ways in said without a digit or a door word the cues above know (issue 13, h13access9): a code given
# in words, a street or lane to use, the van left on the verge, which house it is, the back way in
# Spanish, a pet kept in in Spanish, the bell rung in Italian.
CUES = (
    *CUES,
    cue(
        "access_info.ways_in_without_digits_h13access9",
        "access_info",
        r"\b(?:code|combo|combination|pin)(?:'s| is) (?:the|my|our|his|her|same as|still the)|"
        r"\buse the (?:street|road|lane|laneway|verge|kerb|curb|alley|carport|driveway|drive|visitor bays?)\b|"
        r"\bleave (?:the |your )?(?:van|truck|ute|car|vehicle) (?:on|in|at|by|across|out)\b|"
        r"\bvia the (?:lane|laneway|alley|side|back|rear|garage|carport|path|driveway)\b|"
        r"\b(?:house|place|home)(?:'s| is) the (?:\w+ ){1,2}one\b|\bno (?:house )?number on (?:it|the)\b",
        r"\b(?:pase|pasa|pasen|entre|entra|entren|venga|vengan|d[ée] la vuelta|rodee) por (?:atr[áa]s|detr[áa]s|el costado|"
        r"el lado|la parte de atr[áa]s|el garaje|el port[óo]n|el callej[óo]n)\b|\bno (?:lo|la|los|las) dej[ea]n? (?:salir|escapar)\b|"
        r"\bsuon(?:a|ate|i|ino|are) (?:(?:il )?campanello|due volte|tre volte|forte)\b",
        # a pet, a locked door, a remote, a step to mind, shoes, the way to the attic
        r"\b(?:dog|dogs|cat|cats|puppy|pup)'s (?:a|an|friendly|harmless|old|shy|nervous|loose|inside|gentle|sweet|big|in (?:the )?(?:kitchen|yard|back ?yard|garden|garage|house|bedroom|crate|laundry|basement|office))\b|"
        r"\b(?:door|gate)(?:'s| is) (?:deadlocked|double locked|bolted|locked|on a bolt|chained)\b|"
        r"\b(?:remote|opener|fob|clicker|key ?card|swipe card)(?:'s| is| are) (?:on|in|under|by|behind|at|with|hidden|left)\b|"
        r"\bmind the (?:step|steps|stairs|ice|gap|low beam|ceiling)\b|\b(?:step|steps|stairs|path|driveway|drive)(?:'s| is| are) "
        r"(?:icy|slippery|steep|loose|uneven)\b|\b(?:remove|take off|take your) (?:your )?shoes\b|\bshoes off\b|"
        r"\baccess to the (?:attic|crawl ?space|loft|roof|basement|panel|meter|boiler|furnace)\b",
        examples=(
            "There's a lockbox by the garage. The code is the last four of my phone, 7731.",
            "Parking is tight. Use the street, not the drive.",
            "Leave the van on the verge, the driveway is shared with next door",
            "Reckon you'll need to come via the lane, the front is fenced off",
            "The house is the blue one at the end of the cul de sac, no number on it",
            "Ya estoy en casa, pase por atrás",
            "Tenemos un perro. Es bueno pero no lo deje salir.",
            "Suonate due volte, mia madre non sente bene",
            "Dog's a barker but harmless",
            "Front door's deadlocked, use the garage",
            "The garage remote is on the hook by the door",
            "Mind the steps they're icy",
            "Please remove shoes, new carpet",
            "Access to the attic is in the hallway closet",
        ),
        near_misses=(
            "the error code is the one on the furnace",
            "my zip code is the same as my old one",
            "I'll text the code is that ok",
            "use the app to pay?",
            "the house is a mess sorry",
            "pase lo que pase llego a las 3",
            "no lo dejé abierto",
            "il telefono suona sempre",
            "the dog's been sick all night",
            "We're all outside now. Dog's in the car with us.",
            "the remote is broken, can he look at it?",
            "I locked the door by mistake and I'm stuck outside lol",
        ),
        vetoes=(
            NOT_A_DOOR_CODE,
            DEVICE_CODE,
            SHOWN_ON_A_DEVICE,
            CODE_PROMISED,
            PAPERWORK_CODE,
            ON_THE_ROAD,
            PET_UNWELL,
        ),
        why="a way in with no digit: a code in words, the street or lane to use, where to leave the van, "
        "which house, the back way and a pet kept in in Spanish, the bell in Italian, a pet, a locked door, a "
        "remote, a step to mind, shoes off, the way to the attic",
    ),
    # A code said as number words ("the code is four four one one", "la clave es cuatro cuatro uno
    # uno"): the normaliser turns number words to digits only beside time words, so the mask never
    # sees these (issue 13, h13access9b). Three number words in a row after the code's name.
    cue(
        "access_info.code_said_in_words_h13access9b",
        "access_info",
        r"\b(?:code|combo|combination|pin|passcode|c[oó]digo|clave)\b[^.!?,\d]{0,32}?"
        r"(?:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|"
        r"ocho|nueve)\b[ -]*){3,}",
        examples=(
            "the code is four four one one",
            "running late, the lockbox code is one nine nine eight",
            "la clave del candado es cuatro cuatro uno uno",
            # the door named between the code and its words (issue 13, h13access13)
            "key code on the front door is for six six two then the check mark",
        ),
        near_misses=(
            "my zip code is six oh six one four",
            "the code is one of two things, I'll check",
            "the error code is four one one on the furnace",
        ),
        vetoes=(NOT_A_DOOR_CODE, DEVICE_CODE, SHOWN_ON_A_DEVICE, CODE_PROMISED, PAPERWORK_CODE),
        why="a code said in number words, English and Spanish",
    ),
)
# Busy Spanish texts name who opens or where to check in beside their lateness (issue 13, h13access11):
# "Voy retrasada 20 minutos. La inquilina les abre, se llama Rosa", "Llego en 15. En recepción ya saben
# que vienen". The people `access.someone_opens_es_h13es9` knows left out tenants, sitters and cleaners.
CUES = (
    *CUES,
    cue(
        "access_info.others_open_es_h13access11",
        "access_info",
        r"(?:inquilin[oa]s?|niñera|nana|señora de la limpieza|chica de la limpieza|compañer[oa] de (?:cuarto|casa|piso)|"
        r"roomie|cuñad[oa]|ti[oa]|sobrin[oa]|niet[oa]|novi[oa]|alguien|encargad[oa]|administrador[a]?|casero|casera) "
        r"(?:\w+ )?(?:le|les|lo|la|los|te) (?:abre|abrir[aá]|va a abrir|recibe|recibir[aá]|va a recibir|deja (?:pasar|entrar))",
        r"(?:en|a|con|pregunten en|pasen a|pase a|avisen en|reportarse en) (?:la )?recepci[oó]n\b",
        # ... or says it after naming them: "mi mamá está en casa y les abre", "ella les abre"
        r"\b(?:y|ella|[eé]l|ellos|ellas|quien) (?:les?|los?|las?|te) (?:abre|abrir[aá]|va a abrir|puede abrir|deja (?:pasar|entrar))\b",
        examples=(
            "La inquilina les abre, se llama Rosa",
            "llego en 20 la señora de la limpieza les abre",
            "En recepción ya saben que vienen, suban al piso 9",
            "pregunten en la recepción por el 5C",
            "mi mamá está en casa y les abre, ella no habla inglés",
        ),
        near_misses=(
            "la inquilina no le abrió al otro técnico?",
            "la recepción de la señal es mala en la casa",
            "¿y quién les abrió la otra vez?",
        ),
        vetoes=(PET_UNWELL,),
        why="a tenant, sitter or cleaner who opens, or the front desk, in Spanish",
    ),
)
# Voice-to-text run-ons name who holds the key or where the flat is with no comma before or after
# (issue 13, h13access12): "landlord here the tenant knows you are coming her name is Ana", "running 10
# late apt 12 is up the outside stairs", "nasa kapitbahay yung susi, bahay number 7".
CUES = (
    *CUES,
    cue(
        "access_info.run_on_holder_and_flat_h13access12",
        "access_info",
        # someone at the home expects the technician: "the tenant knows you're coming", "my mom is expecting him"
        r"\b(?:tenants?|renters?|roommates?|mom|mum|mother|dad|father|son|daughter|wife|husband|nanny|housekeeper|sitter|"
        r"neighbou?r|grandma|grandpa|caretaker|super|doorman|concierge|front desk) (?:[\w']+ ){0,2}"
        r"(?:(?:already )?knows (?:you(?:'re| are)|he(?:'s| is)|the tech(?:nician)? is|someone is) coming|(?:is|are) expecting (?:you|him|the tech\w*|someone))",
        # a flat and the way up to it: "apt 12 is up the outside stairs", "unit 3 is past the pool"
        r"<unit>(?:,| is)? (?:up|down|past|through|above|over|off|next to|across from|behind)\b",
        # a code named by what it opens, in Spanish: "la clave de la caja es 3238", "la clave del candado es 4 4 1 7"
        r"\b(?:clave|c[oó]digo|combinaci[oó]n|contraseña) (?:de |del |para )(?:la |el |los |las )?(?:caja|cajita|candado|"
        r"puerta|port[oó]n|garaje|garage|cochera|reja|entrada|edificio|casillero|llaves?|cerradura|teclado)\b",
        # the flat to ring, said with no comma: "running 10 behind ring 22 on the intercom"
        r"\bring (?:<unit>|<buzz>)|\bring \d{1,4} (?:on|at) the (?:intercom|buzzer|panel|bell|call ?box|door ?bell|keypad)\b",
        # a code keyed in, said as digits or words: "punch in 4 1 8 9 at the gate", "dial star 45 hash"
        r"\b(?:punch|key|type|tap) in (?:the )?(?:code )?(?:<code>|[#*]|star|pound|hash|\d|(?:zero|oh|one|two|three|four|five|six|"
        r"seven|eight|nine)\b)",
        # Tagalog: the key is with the neighbour: "nasa kapitbahay yung susi", "susi ay nasa kapatid ko"
        r"\bnasa (?:kapitbahay|kapatid|nanay|tatay|lola|lolo|tita|tito|guard|landlady|landlord|katabi)\b[^.!?,]{0,20}\bsusi\b",
        examples=(
            "landlord here the tenant knows you are coming her name is Ana",
            "my mom is expecting you she'll be in the kitchen",
            "running 10 late apt 12 is up the outside stairs door on the left",
            "unit 3 is past the pool on the right",
            "Male-late ako ng konti, nasa kapitbahay yung susi",
            "voy un poco tarde la clave de la caja es 4618",
            "llego en 15 minutos la clave del candado es 7 9 1 7",
            "sorry stuck in traffic punch in four one eight nine at the gate",
            "running about 10 behind ring 22 on the intercom third floor",
        ),
        near_misses=(
            "does the tenant know you are coming?",
            "my husband knows the tech, he's been before",
            "unit 4 is broken again, the AC unit I mean",
            "nasa trabaho ako, late ako ng 10",
            "la clave del wifi es mi apellido",
            "punch in at 9 tomorrow, I'll be at work",
            "ring 22 times and nobody answered",
        ),
        vetoes=(PET_UNWELL,),
        why="who at the home expects the technician, the way up to a flat, a Spanish code by what it opens, a code keyed in, "
        "the key with a neighbour in Tagalog",
    ),
)
# The door to use named by what it is beside, not by a side of the house (issue 13, h13access13): "use the
# door by the garage not the front one", "the entrance next to the mailboxes", "go in the door facing the pool".
CUES = (
    *CUES,
    cue(
        "access_info.door_by_a_landmark_h13access13",
        "access_info",
        r"\b(?:use|take|try|(?:go|come) (?:in |inside )?(?:through|by|via|in)|enter(?: through| by| at| via)?) (?:the|our|my) (?:[\w']+ ){0,2}"
        r"(?:door|doors|entrance|entry|gate|stairs|stairway|elevator|lift)\b",
        r"\bthe (?:door|entrance|entry|gate) (?:by|next to|beside|near|nearest|closest to|facing|behind|under|past|off) the\b",
        r"\bnot the (?:front|back|side|main|garage|other) (?:one|door|gate|entrance)\b",
        examples=(
            "running late sorry!! use the door by the garage not the front one",
            "the entrance next to the mailboxes is the one to use",
            "go in through the basement door on the left",
            "please take the stairs by the laundry room, the lift is slow",
        ),
        near_misses=(
            "which door should he use?",
            "the door by the garage was scratched last time",
            "not the front of the house, the leak is out back",
            "I'll use the money from the rebate for the repair",
        ),
        vetoes=(DONE_ON_ARRIVAL, CODE_PROMISED, DAMAGE_STORY),
        why="the door, entrance or stairs to use named by a landmark, and the one not to use",
    ),
)
# Issue 13, h13multi13: the dog and where it is, in Devanagari Hindi and Hinglish, said beside lateness
# ("मैं 30 मिनट लेट हूँ, कुत्ता पीछे के आँगन में है").
CUES = (
    *CUES,
    cue(
        "access_info.dog_hindi_multi13",
        "access_info",
        r"कुत्ता [^.!?,]{0,25}(?:में|पर|बंधा|बाँध|बांध|काटता नहीं|शांत|अंदर|बाहर) ?(?:है|रहेगा|होगा)?|"
        r"(?:hamara |humara |mera )?kutta [^.!?,]{0,25}(?:mein|me|par|pe|bandha|kaatta nahi|kat\w* nahi|shant|andar|bahar) (?:hai|h|rahega)",
        examples=(
            "मैं 30 मिनट लेट हूँ, कुत्ता पीछे के आँगन में है",
            "कुत्ता बंधा हुआ है, डरिए मत",
            "20 min late hoon, kutta peeche aangan mein hai",
        ),
        near_misses=("कुत्ता बीमार है आज", "kutta bhaunk raha tha kal raat"),
        why="where the dog is, or that it is tied up or harmless, in Hindi",
    ),
)
# The puppy or the cat, in Korean, said beside lateness ("강아지가 있는데 안 물어요"); issue 13, h13multi13.
CUES = (
    *CUES,
    cue(
        "access_info.pet_korean_multi13",
        "access_info",
        r"(?:강아지|고양이|개)(?:가|는|도)? (?:있(?:어요|는데|습니다|으니)|순해요|안 물어요|묶어|마당에|뒷마당에)",
        examples=(
            "지금 회사라서요, 1시쯤 집에 도착해요. 강아지가 있는데 안 물어요",
            "고양이가 있으니 문 닫아 주세요",
        ),
        near_misses=("강아지가 아파서 오늘 취소해야 할 것 같아요", "고양이 털 때문에 필터 교체 필요해요"),
        why="a dog or cat at home, in Korean",
    ),
)
# The way in for this visit, said as an instruction or a state (issue 13, h14note): "Side passage is open if he
# wants to look at the flue", "mi faccia uno squillo quando arriva", "toca o interfone no 202", "sa likod po
# dumaan".
CUES = (
    *CUES,
    cue(
        "access_info.way_in_for_this_visit_h14note",
        "access_info",
        r"\b(?:side |back |rear |garden )?(?:passage|passageway|alley|alleyway|walkway|ginnel|snicket|side return)"
        r"(?:'s| is| will be| should be| has been left)? (?:open|unlocked|unlatched)\b",
        r"\b(?:call|text|ring|phone|buzz) (?:me|us) (?:on|upon) (?:arrival|arriving)\b",
        # in through a named entrance: "pode entrar pelo portão lateral", "può entrare dal cancello sul retro"
        r"\b(?:pode|podem|pode ir|entre|entra|entrar|puede|pueden|pu[òo]|potete|entri|entrare|entrate)(?: (?:entrar|entrare))? "
        r"(?:pel[oa]s?|por (?:el|la|los|las)|dal|dalla|dai|dallo) (?:(?:port[ãa]o|porta|garagem|garaje|garage|cancello|portone|"
        r"puerta|port[óo]n|cancela|retro|cortile|quintal|patio|lateral)\b)",
        r"\b(?:mi )?(?:faccia|fai|fate|fa) (?:uno )?squillo\b|\b(?:mi )?(?:chiami|telefoni) quando (?:arriva|arrivate|[èe] (?:qui|sotto|davanti))\b|"
        r"\b(?:suoni|suonate) (?:il campanello|al citofono)\b|\bcitofon(?:i|ate) (?:a|al)\b",
        r"\b(?:toca|toque|tocar|aperte|aperta) (?:o |a |no )?(?:interfone|campainha)\b",
        r"\b(?:sa )?(?:likod|likuran|gilid) (?:po )?(?:kayo |ka )?(?:dumaan|pumasok|dadaan|kayo dumaan)\b|"
        r"\b(?:dumaan|pumasok|dumaan na lang|pumasok na lang) (?:po )?(?:kayo |ka )?sa (?:likod|likuran|gilid|garahe)\b",
        examples=(
            "Side passage is open if he wants to look at the flue",
            "the back alley is unlocked, he can come through there",
            "Va bene. Mi faccia uno squillo quando arriva",
            "Toca o interfone no 202",
            "Sim. Pode entrar pelo portão lateral, está aberto",
            "può entrare dal cancello sul retro",
            "ok. Call me on arrival and I'll come let you in, the gate remote is broken",
            "Sige po. Sa likod po dumaan",
        ),
        near_misses=(
            "the side passage flooded last week",
            "mi ha fatto uno squillo il tecnico?",
            "o interfone não toca, vocês consertam?",
            "dumaan na ba siya?",
            "I'll call you on arrival at the airport",
            "a porta do quintal não fecha, vocês consertam?",
        ),
        why="a passage left open, a ring or a call on arrival in Italian and Portuguese, the back way in Tagalog",
    ),
)
# ---- h14 review: the way into a block of flats, after a yes word, in five languages ----------------
# "好的，确认。小区东门进，3号楼2单元，门禁按0302" (in by the east gate, building 3 entrance 2, buzz 0302),
# "オートロックなので、部屋番号502を押してください", "güvenliğe 7B dairesi deyin", "o porteiro já está avisado",
# "सामने पार्क के पास पार्किंग है": the entrance, the unit, the concierge, where to park.
CUES = (
    *CUES,
    cue(
        "access_info.block_of_flats_h14",
        "access_info",
        r"小区[东西南北正]?门进|[东西南北正]门进来?|\d+号楼|\d+單元|\d+单元|门禁(?:按|密码|码|卡在)|門禁(?:按|密碼)|"
        r"部屋番号|エントランスで|オートロックなので",
        r"güvenliğe (?:\S+ ){0,3}(?:deyin|söyleyin|söyleyebilirsiniz)|site girişi\w*|\d+[a-z]? dairesi",
        r"porteiro (?:já )?(?:está|esta|tá|ta|foi|fica) avisad[oa]|(?:falar|diga|dizer|avise) (?:na portaria|pro porteiro|ao porteiro)|"
        r"pela portaria",
        r"पार्किंग (?:है|में|के|कर)|गाड़ी (?:\S+ ){0,3}(?:लगाइए|लगाएं|पार्क कीजिए)|गेट (?:कोड|खुला|पर)|घंटी बजा",
        examples=(
            "好的，确认。小区东门进，3号楼2单元，门禁按0302",
            "オートロックなので、着いたらエントランスで部屋番号502を押してください",
            "Onaylıyorum, teşekkürler. Site girişinde güvenliğe 7B dairesi deyin yeter",
            "Confirmado! O porteiro já está avisado, é só falar que é pro 82",
            "जी हाँ, कन्फर्म है। गली में गाड़ी मत लगाइए, सामने पार्क के पास पार्किंग है",
        ),
        near_misses=(
            "门禁坏了，能修吗？",
            "オートロックの修理もできますか？",
            "güvenlik kamerası da bakabilir mi?",
            "o porteiro disse que ninguém veio",
            "पार्किंग वाली लाइट भी ठीक कर देंगे?",
        ),
        why="the way into a block of flats (entrance, unit, concierge, parking) in Chinese, Japanese, Turkish, Portuguese, Hindi",
    ),
)
ACCESS_INFO = CueSet("access_info", CUES)
