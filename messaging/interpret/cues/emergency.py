"""Emergency cues: a hazard happening now at this home, not a keyword.

Each cue names a hazard (`KINDS`) and a present, active sign of it ("water POURING THROUGH the
ceiling", "sparks COMING OUT of the outlet", "the CO alarm IS GOING OFF"). The shared vetoes in
`hazard_vetoes` (the safety net in `emergency_net` reads them too) cancel a sign that is in the past
("a flood last spring"), hypothetical ("what do I do if I smell gas?"), maintenance ("swap the
battery in my smoke detector", "it's chirping"), resolved or benign ("the burning smell was just
dust on the burners"), somewhere else ("road's flooded on Hwy 6"), negated ("no sparks") or said
not to be an emergency. Idioms ("fire up the AC", "gas station") are
kept out by the cue patterns themselves, and each cue lists them among its near-misses.

`find_hazard` runs every cue and returns the most dangerous hazard that stands, with the cue ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import Cue, Hit, Veto, alt, nfkc, standing_hits
from .emergency_net import NET_CUES
from .hazard_vetoes import (
    BODY_OR_FOOD_SMELL,
    COMMON,
    COOKING_SMOKE,
    ELDER,
    ELSEWHERE,
    FIGURATIVE_MONEY,
    FIGURATIVE_TEMPER,
    H5_BATTERY,
    H5_FIXED,
    H5_VETOES,
    H7_PAST,
    H8_NEGATED,
    H8_PAST,
    HAITIAN_ARABIC_PAST,
    HEATER_NOISE_OTHER_LANGUAGES,
    HYPOTHETICAL,
    IGNITION_WHIFF,
    IMAGINED,
    JOKING,
    LANGUAGES2_PAST,
    LANGUAGES3_PAST,
    LANGUAGES3_UPKEEP,
    LANGUAGES3_VETOES,
    MAINTENANCE,
    MINOR,
    NEGATED,
    NOT_AN_EMERGENCY,
    OTHER_LANGUAGE_PAST,
    OUTDOOR_DRAINAGE,
    PAST,
    PRAISE_FIGURATIVE,
    RESOLVED,
    SHOCKED_BY_NEWS,
    SMALL_SPARK_UNPLUGGING,
    SMELL_ASKED_ABOUT,
    SPILLED,
)

# Hazard kinds, most dangerous first: when a text shows several, the first is the one reported.
KINDS: tuple[str, ...] = (
    "carbon_monoxide",
    "gas",
    "fire_smoke",
    "electrical",
    "scalding",
    "sewage",
    "water",
    "no_heat",
    "chemical_reaction",
    "person_at_risk",
    "structural",
    "stinging_insects",
)

# The vetoes every hazard cue shares (negated, past, hypothetical, upkeep...) are in `hazard_vetoes`.

# ---- Fragments ---------------------------------------------------------------------------------

# Places in and around a home where water, smoke or sewage do damage.
_ROOM = (
    r"(?:ceilings?|roofs?|walls?|floors?|light(?: fixtures?| fittings?)?|fixtures?|fittings?|kitchen|bathroom|bath|"
    r"basement|cellar|garage|attic|hall(?:way)?|laundry(?: room)?|utility room|living room|lounge|bedroom|nursery|room|"
    r"closet|house|flat|apartment|unit|downstairs|upstairs|crawl ?space|carpet|rug|bed|sink|cabinet|cupboard|counter|"
    r"outlets?|sockets?|power ?points?|panel|electrics?|wiring|stairs|hot press|pump house|furnace|everything|office|"
    r"shop|store|dining room|den|porch|vents?)"
)
_PLACE = r"(?:\w+ ){0,2}" + _ROOM
_FLOWING = (
    r"coming|pouring|gushing|spewing|spraying|running|pooling|dripping|leaking|streaming|flowing|shooting|"
    r"spurting|squirting|seeping|raining|dumping|pissing|cascading|bubbling|p[oa]uring|flooding"
)
# Water moving hard, and the places indoors where that is damage now.
_STRONG_FLOW = (
    r"gushing|gushes|pouring|pours|spraying|sprays|shooting|squirting|spewing|streaming|cascading|spurting|pissing|"
    r"dumping|raining|flooding|all over|coming (?:in|down|through)|running down|dripping fast|pouring in"
)
_STRONG_PLACE = (
    r"(?:the |my |our )?(?:\w+ )?(?:ceilings?|walls?|floors?|kitchen|bathroom|basement|cellar|laundry(?: room)?|hall(?:way)?|"
    r"living room|bedroom|nursery|downstairs|upstairs|stairs|carpet|cabinets?|breaker box|panel|outlets?|light(?: fixtures?)?|"
    r"table|bed|crib|cot|couch|sofa|skylight|chimney|shut ?off|valve|everywhere|house|room)"
)
# Carbon monoxide and an alarm sounding, in English, Spanish, French, Portuguese, Italian, German, Polish.
# "co" alone, not the start of "cooler" or "cover" ("walk-in cooler's gone down, reading 11" is no CO
# alarm; h13urgent9)
_CO_WORD = r"co(?![a-z0-9'])|carbon monoxide|monoxide|mon[oó]xido|monoxyde|monossido|kohlenmonoxid\w*|co-melder|czad\w*|tlenek w[eę]gla|koolmonoxide"
_ALARM_SOUNDING = (
    r"shriek\w*|screech\w*|scream\w*|wail\w*|blar\w*|going off|went off|alarming|apitando|apita|disparou|disparando|"
    r"tocando|soando|suonando|suona|piept|piepst|schlägt alarm|gaat af|piszczy|wyje|sonne|sonnait|sonando|suena|"
    r"bip(?:e|ent|ait)|hurle|numbers? (?:says?|shows?|reads?)|reading (?:is )?(?:\d+|<qty>)|flashing red|"
    r"beeping (?:like crazy|nonstop|non-stop|non stop|constantly|over and over)|won't stop beeping|going (?:crazy|nuts|mental)|"
    r"no deja de (?:pitar|sonar)|pitando|ne (?:s'arr[eê]te|arr[eê]te) pas de sonner"
)
# (issue 13, h13access6) drowsiness is a sign of poisoning too: "the baby won't wake up properly"
_SYMPTOMS = r"won't wake up|can't wake (?:him|her|them|up)|hard to wake|drows\w*|lethargic|passed out|dizzy|headaches?|head (?:hurts|is pounding|is killing me)|duele la cabeza|dolor de cabeza|mal à la tête|nause\w*|throwing up|vomit\w*|light-?headed|faint\w*|feel(?:ing)? sick|mareado|mareos|étourdi\w*"

_NO_HEAT = (
    r"(?:no heat|without heat|furnace (?:is )?(?:\w+ )?out|heat(?:ing)?(?:'s| is| has)? (?:been |still |already )?(?:out|off)|no heating|lost (?:the )?heat|"
    r"(?:furnace|boiler|heater|heating|heat)(?:'?s)? (?:\w+ ){0,2}(?:died|is dead|quit|stopped|broke|went out|packed (?:up|in)|gave out|"
    r"conked out|(?:is |has )?(?:not|stopped) working|(?:is )?(?:completely |totally )?dead)|no (?:tenemos|hay) calefacci[oó]n|"
    r"sin calefacci[oó]n|(?:plus|pas) de chauffage|sans chauffage|chauffage (?:ne marche|est) (?:plus|pas|en panne)|"
    # "furnace won't kick on", "boiler isn't firing up", "heat pump keeps blowing cold"
    r"(?:furnace|boiler|heater|heat pump|heating|heat)(?:'s)? (?:\w+ ){0,2}(?:won't|wont|will not|doesn't|does not|isn't|is not|not|can't)"
    r" (?:kick|turn|com|fir|start|light|switch|click|stay|run)\w*(?: on| up)?|"
    r"(?:furnace|boiler|heater|heat pump|heat)(?:'s)? (?:\w+ ){0,2}(?:blowing|blows|only blows) (?:cold|cool)|"
    r"(?:furnace|boiler|heater|heat pump|heating)(?:'s)? (?:\w+ ){0,1}(?:out|down|off|broken|busted|kaput|gone))"
)
# Who or what makes a home without heat dangerous: babies, the elderly, freezing weather.
_VULNERABLE = (
    r"(?:baby|babies|infant|newborn|elderly|<qty> old|freezing|<cold>|<qty> in the house|minus \d+|below (?:zero|freezing)|"
    r"(?:dad|mom|mum|mother|father|nan|gran\w*|grandpa|grandma) is (?:[7-9]\d|1\d\d)|like a fridge|ice cold|beb[eé]|bébé|"
    r"abuel[oa]|mi (?:mam[aá]|pap[aá]) tiene|personne âgée|congel\w+|\d+ below|below zero|"
    # frailty and cold named in other words: "on oxygen", "can't get warm", "the house is 48"
    r"frail|on oxygen|oxygen tank|bedridden|bed-bound|wheelchair|hospice|chemo|pregnant|toddlers?|infants|newborns|shivering|"
    r"hypotherm\w*|can't get warm|cannot get warm|teeth chattering|single digits|in the teens|"
    r"bab(?:y|ies)'s?|<qty> (?:dad|father|mom|mum|mother|grand\w+|nan|gran|aunt|uncle|neighbou?r)|"
    r"(?:house|inside|in here|bedroom|room|apartment|flat|place)(?:'s| is)? (?:down to |only |at |already )?(?:<qty>|\d\d)(?: degrees| ?f)?|"
    # an age in brackets after the relative: "my dad (84)"; an oven or a grill left on to keep warm, a
    # carbon-monoxide risk of its own (h14 review)
    r"(?:oven|stove|grill|bbq|barbecue|generator|burners?)\b[^.!?]{0,40}(?:to (?:stay|keep(?: \w+)?) warm|for (?:heat|warmth))|"
    r"(?:my|our|his|her) (?:dad|mom|mum|mother|father|nan|gran\w*|grandpa|grandma|aunt|uncle|neighbou?r) <qty>(?! ago)|"
    r"(?:grand)?(?:ma|pa|mom|mum|mother|dad|father|parents?|nan|nana|granny|grandma|grandpa|husband|wife)\b[^.!?]{0,20}"
    r"(?:is|are|'s) (?:freezing|so cold|shivering|sick|ill|frail)|"
    # "ma mère a 88 ans", "minha mãe tem 90 anos", "il fait 8 degrés dedans" (issue 13, h13urgent8)
    r"(?:ma|mon) (?:m[eè]re|p[eè]re|grand-m[eè]re|grand-p[eè]re|mamie|papi) (?:a|qui a) (?:[7-9]\d|1\d\d)|"
    r"(?:minha|meu) (?:m[aã]e|pai|av[óô]) (?:tem|de) (?:[7-9]\d|1\d\d)|"
    r"(?:il fait|seulement|à peine) \d{1,2} (?:degrés|°) (?:dedans|à l'intérieur|dans la maison)|"
    + ELDER
    + r")"
)

# ---- Cues --------------------------------------------------------------------------------------

# Issue 13, h14lang: a leak back or still there after the visit ("수리가 제대로 안 됐어요. 또 물이 새요",
# "修完还是漏水", "修理してもらったのにまた水漏れ") is a grievance about the repair, as English "still leaking
# after you fixed it" is: the bare leak word is no flood. Water everywhere, from the ceiling, or a burst
# pipe still is one.
LEAK_BACK_AFTER_REPAIR = Veto(
    "emergency.veto.leak_back_after_repair_h14lang",
    "a leak back or still there after the repair, with no flood: a complaint about the visit",
    alt(
        r"修完|修好(?:了)?(?:以后|以後|之后|之後)?(?:还|還|又)|修了(?:以后|以後|之后|之後)?(?:还|還|又)|还是漏|還是漏|又漏|仍然漏|依然漏|"
        r"수리(?:가|를)? (?:제대로 )?안 (?:됐|되)|수리했는데|고쳤는데|또 물이 ?새|아직도 물이 ?새|여전히 물이 ?새|다시 물이 ?새|"
        r"修理(?:して(?:もらった|くれた)|した)のに|また水漏れ|まだ水漏れ"
    ),
    scope="text",
    unless=alt(
        r"全是水|满地|滿地|到处|到處|淹|爆|天花板|屋顶|물바다|터져|터졌|천장|많이 새|엄청|홍수|水浸し|天井|噴き出"
    ),
    examples=("수리가 제대로 안 됐어요. 또 물이 새요", "修完还是漏水，太失望了"),
)


CUES: tuple[Cue, ...] = (
    # Carbon monoxide --------------------------------------------------------------------------
    Cue(
        "emergency.co_alarm_sounding",
        "emergency",
        alt(
            # the device by any name and where it hangs: "the carbon monoxide thing in the hallway keeps beeping" (h14 review)
            r"(?:co|carbon monoxide|monoxide) (?:alarms?|detectors?|monitors?|sensors?|things?|thingy|thingies|box|plug-?in|unit)(?:'s)? (?:\w+ ){0,4}"
            r"(?:going off|went off|goes off|gone off|sounding|sounded|beeping|blaring|screaming|alarming|ringing|"
            r"won't stop|is off|reading|reads|shows?|showing|says?|said)",
            r"(?:alarms?|detectors?) (?:\w+ ){0,3}(?:says?|shows?|reads?|reading) (?:co|carbon monoxide)",
            r"(?:co|carbon monoxide) (?:reading|level)s? (?:is |of |at )?(?:\d+|<qty>)",
        ),
        examples=(
            "CO alarm is going off",
            "Carbon monoxide detector going off in the basement by the furnace!! Kids are home",
            "Our carbon monoxide alarm keeps beeping, is that something he can look at?",
            "co detector reading 120 ppm near the boiler",
            "CO detector says 80 ppm",
            "the carbon monoxide alarm just went off twice, we're outside",
            "the carbon monoxide thing in the hallway keeps beeping since the heat came on",
        ),
        near_misses=(
            "Can he put in a CO detector while he's here?",
            "my CO alarm chirps every 30 seconds, battery I think",
            "Do you sell carbon monoxide detectors?",
            "In case the CO alarm goes off again, who do I call?",
            "The CO alarm went off last winter, can he check the furnace flue?",
            "the carbon monoxide thing in the hallway chirps every minute, needs a battery?",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, or a reading, in English",
    ),
    Cue(
        "emergency.co_alarm_sounding_es_fr",
        "emergency",
        alt(
            r"(?:l')?(?:alarmas?|detector(?:es)?|d[ée]tecteurs?|alarmes?|avertisseurs?|sensor) (?:de |del |d')?(?:mon[oó]xido|monoxyde|co)\b"
            r"(?: de carbon[oe])?(?: \w+){0,3} (?:sonne|sonnent|sonnait|sonné|se d[ée]clench\w*|s'est d[ée]clench\w*|"
            r"bip\w*|suena|sonando|son[oó]|pita|pitando|se activ[oó]|se prendi[oó]|hurle|crie)",
            r"(?:mon[oó]xido|monoxyde) de carbon[oe] (?:\w+ ){0,3}(?:sonne|suena|sonando|alarme|alarma)",
        ),
        examples=(
            "le détecteur de monoxyde de carbone sonne",
            "Le détecteur de monoxyde de carbone sonne depuis 5 minutes, on est sortis",
            "la alarma de monóxido de carbono está sonando",
            "el detector de monóxido suena y suena, ¿qué hago?",
            "l'alarme de CO s'est déclenchée dans le sous-sol",
        ),
        near_misses=(
            "Pouvez-vous installer un détecteur de monoxyde de carbone?",
            "¿Venden detectores de monóxido de carbono?",
            "el detector de monóxido pita, creo que es la pila",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Spanish or French",
    ),
    Cue(
        "emergency.co_symptoms",
        "emergency",
        alt(
            rf"(?:co|carbon monoxide|monoxide|mon[oó]xido|monoxyde)\b[^.!?]{{0,80}}(?:{_SYMPTOMS})",
            rf"(?:{_SYMPTOMS})\b[^.!?]{{0,80}}(?:co (?:alarm|detector)|carbon monoxide|mon[oó]xido|monoxyde)",
        ),
        examples=(
            "the carbon monoxide detector keeps chirping and I feel dizzy",
            "we all have headaches and the CO detector is beeping",
            "co alarm goin off n my head hurts",
            "carbon monoxide alarm is chirping like crazy and the baby won't wake up properly",
        ),
        near_misses=(
            "Can he check the CO detector? Also my son has a headache from school lol",
            "carbon monoxide detectors on sale?",
        ),
        vetoes=(NEGATED, PAST, HYPOTHETICAL, NOT_AN_EMERGENCY),
        hazard="carbon_monoxide",
        why="a CO alarm or detector with symptoms of poisoning, whatever the alarm is doing",
    ),
    # Gas --------------------------------------------------------------------------------------
    Cue(
        "emergency.gas_smell",
        "emergency",
        alt(
            r"(?:smell|smells|smelling|smelt|smelled|stink|stinks|stinking|reeks?|reeking)(?: \w+){0,2} (?:of |like )?"
            r"(?:natural )?(?:gas|propane|rotten eggs?)(?! (?:station|stove install|bill|money|prices?|can|mower))",
            r"(?:gas|propane) (?:smell|odou?r|leak|leaking)(?! (?:test|check|detector|inspection|certificate|survey))",
            r"(?:smell|odou?r|stench) (?:of )?(?:gas|propane)|leaking gas|gas is leaking|rotten eggs?|sul(?:f|ph)ur smell",
            r"olor (?:\w+ )?a (?:gas|huevos? podridos?)|huele (?:\w+ ){0,2}a (?:gas|huevos? podridos?)|fuga de gas|odeur de gaz|sent le gaz|fuite de gaz|cheiro de g[aá]s",
        ),
        examples=(
            "I smell gas in the kitchen",
            "There's a strong smell of gas by the boiler",
            "smells like rotten eggs in the basement",
            "Huele mucho a gas en la cocina, ¿qué hago?",
            "ça sent le gaz dans le sous-sol, qu'est-ce que je fais?",
            "huele a huevo podrido cerca de la estufa",
            "Smelling gas near the stove since this morning",
            "propane smell by the tank outside the back door",
            "is it normal the kitchen smells like rotten eggs?",
            "why does my kitchen smell like rotten eggs",
            # typed in a hurry (issue 13, h13urgent13)
            "HELP SMELS LIKE GAS IN TEH BASMENT",
        ),
        near_misses=(
            "Stopping at the gas station, 10 min",
            "Can he do a gas leak test when he's here?",
            "What should I do if I smell gas while he's working?",
            "I smelled gas last week but the gas company said it's fine",
            "I don't smell gas anymore",
            "quote for the gas line to the new stove please",
            "lol my kid's room smells like rotten eggs, teenage boys",
            "we smelled gas this morning, the utility came out and fixed the line, can he still do the tune-up?",
            "la fuga de gas que había en la cocina ya la repararon",
        ),
        vetoes=SMELL_ASKED_ABOUT + (IGNITION_WHIFF, BODY_OR_FOOD_SMELL),
        hazard="gas",
        why="a smell or leak of gas, in any of the customer languages",
    ),
    Cue(
        "emergency.gas_hissing",
        "emergency",
        alt(
            r"hissing (?:\w+ ){0,4}(?:gas|meter|propane)|(?:gas|meter|propane) (?:\w+ ){0,3}hissing",
        ),
        examples=(
            "there's a hissing sound by the gas meter and a weird smell",
            "gas line hissing behind the stove",
        ),
        near_misses=("the radiator is hissing, normal?", "water heater hissing a little when it heats"),
        vetoes=COMMON,
        hazard="gas",
        why="a hissing gas line or meter",
    ),
    # Fire and smoke ---------------------------------------------------------------------------
    Cue(
        "emergency.fire",
        "emergency",
        alt(
            r"on fire|caught fire|catching fire|in flames|"
            r"flames? (?:coming|shooting|out of|from|in)|(?:there's|there is|we have|got) (?:a |an )?(?:small |little |electrical |grease |kitchen )?fire|"
            r"(?:small|electrical|grease|kitchen) fire|fire (?:in|inside|behind|under) (?:the |my |our )|"
            r"incendio|se (?:est[aá] )?quem\w+|fuego en",
        ),
        examples=(
            "the dryer caught fire, we're outside",
            "there's a small fire in the panel!!",
            "flames coming out of the furnace",
            "my kitchen is on fire",
            "hay un incendio en la cocina",
        ),
        near_misses=(
            "Fire up the AC before we get back? lol",
            "you guys are on fire today, thanks!",
            "Thanks, your tech was on fire today, got everything done!",
            "can he look at the gas fireplace too?",
            "the fire alarm test is at 10 so the building will be loud",
            "had a small fire in the kitchen years ago, want the panel checked",
            "Luis was on fire today, got everything done in an hour!",
            "Luis estuvo on fire hoy, excelente trabajo",
        ),
        vetoes=COMMON
        + (
            FIGURATIVE_MONEY,
            Veto(
                "emergency.veto.praise_on_fire",
                "'on fire' said of a person is praise: 'your tech was on fire today'",
                alt(
                    r"(?:you|u|y'all|you guys|tech\w*|guy|he|she|they|team|crew|plumber|electrician|we|i|ur)"
                    r"(?:'s|'re|'m| is| was| were| are| am| r)? (?:so |really |totally |absolutely |just )?$"
                ),
                scope="before",
                examples=(
                    "you guys are on fire today, thanks!",
                    "Thanks, your tech was on fire today, got everything done!",
                ),
            ),
            Veto(
                "emergency.veto.praise_beside_on_fire",
                "'on fire' in a sentence of praise, no burning thing named: '5 stars, Luis was on fire yesterday'",
                alt(
                    r"\d ?stars?|great|amazing|awesome|brilliant|legend|superstar|loved|in no time|so (?:fast|quick)|"
                    r"crushed it|killed it|nailed it|cheers|thank\w*|kudos|well done|good job|great job|impressed"
                ),
                scope="sentence",
                unless=alt(
                    r"dryer|stove|oven|kitchen|house|home|panel|outlet|socket|wall|wir\w+|furnace|heater|boiler|toaster|"
                    r"microwave|fireplace|garage|roof|attic|room|basement|car|yard|tree|help|hurry|911|smoke|flames?|"
                    r"burn\w*|evacuat\w*|outside now|got out|fire (?:department|brigade|truck)"
                ),
                examples=("5! Luis was on fire yesterday, had the heat back on in no time",),
            ),
            PRAISE_FIGURATIVE,
        ),
        hazard="fire_smoke",
        why="a fire or flames now",
    ),
    Cue(
        "emergency.smoke",
        "emergency",
        alt(
            r"smoke (?:is )?(?:coming|pouring|billowing|rising|everywhere|filling|from|out of|in the|under)|"
            r"(?:there's|there is|lots of|full of|so much|thick|black|white) smoke(?! (?:detector|alarm))|smell (?:of )?smoke",
            # the smoke growing: "thought it was just dust burning off but the smoke is getting worse" (issue 13, h13safe7)
            r"smoke(?:'s| is) (?:getting (?:worse|thicker|heavier)|spreading)",
            r"(?<!i'm )(?<!i am )(?<!i was )(?<!we're )(?<!he's )(?<!she's )(?<!guy's )(?<!guy is )(?<!guy was )(?<!tech is )"
            r"(?<!tech was )(?<!he is )(?<!he was )(?<!she is )(?<!they're )(?<!they are )(?<!been )(?<!was )(?<!were )smoking(?! (?:a |the |some )?(?:brisket|meat|ribs|turkey|pork|salmon|cigar|cigarettes?|weed|deal|hot|area|section))|smoky|smokey",
            r"humo|fumée|fumaça|boucane",
        ),
        examples=(
            "Smoke coming out of the dryer vent, I unplugged it",
            "Power point in the lounge is smoking!!",
            "there's smoke in the hallway and it smells like burning plastic",
            "Está saliendo mucho humo del aire acondicionado",
            "il y a de la fumée qui sort de la fournaise",
            "thought it was just dust burning off but the smoke is getting worse",
        ),
        near_misses=(
            "Can the tech also swap the battery in my smoke detector?",
            "the smoke alarm chirp is getting worse, needs a battery",
            "your guy is smoking right outside my front door",
            "I'm smoking a brisket so the side gate is open",
            "is there a no smoking rule for your techs?",
            "Chego em 10 min. Se vir fumaça é do churrasco do vizinho, não se assuste",
            "sorry about the smoke smell, we're doing a BBQ out back. gate's open",
        ),
        vetoes=COMMON + (MAINTENANCE, COOKING_SMOKE),
        hazard="fire_smoke",
        why="smoke coming from something in the home, or a smoking appliance",
    ),
    Cue(
        "emergency.smoke_alarm_sounding",
        "emergency",
        alt(
            r"(?:smoke|fire) (?:alarms?|detectors?)(?:'s)? (?:\w+ ){0,3}(?:going off|went off|goes off|sounding|blaring|screaming|won't stop)"
        ),
        examples=(
            "smoke alarm is going off and I can smell something burning",
            "the fire alarm is going off and won't stop",
        ),
        near_misses=(
            "smoke detector chirping, pretty sure it's the battery",
            "Smoke alarm went off while I was cooking, not an emergency, but can he check it?",
            "smoke alarm went off from burnt toast, all good",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="fire_smoke",
        why="a smoke or fire alarm sounding for no harmless reason given",
    ),
    Cue(
        "emergency.burning_smell",
        "emergency",
        alt(
            r"burning (?:smell|odou?r|plastic|rubber|wires?)|(?:smells?|smelling|smell of) (?:\w+ )?(?:something )?(?:burning|burnt|melting|hot|electrical)",
            r"scorch(?:ed|ing)|huele a quemado|oliendo a quemado|olor a quemado|"
            r"(?:odeur de|sent le) br[uû]l[ée]",
        ),
        examples=(
            "Breaker box is buzzing and smells like something burning",
            "there's a burning plastic smell from the outlet",
            "Sale humo de la caldera y huele a quemado!!",
        ),
        near_misses=(
            "the burning smell was just dust on the burners",
            "the snow is melting off the roof onto the walkway",
            "what would cause a burning smell from a furnace? asking for my tune-up",
            "the furnace smells like burning dust when it first kicks on, is that normal?",
            "New oven smells like burning plastic the first time we used it, no smoke just the smell, normal?",
        ),
        vetoes=COMMON
        + (
            Veto(
                "emergency.veto.first_start_dust",
                "a heater's first run of the season burns off dust: a smell that is expected, not a fire",
                alt(
                    r"burning (?:off )?(?:the )?dust|(?:first|1st) (?:time|start|run|use|heat)|"
                    r"(?:kicks?|kicked|comes?|came|turns?|turned|fires?|fired|switched) (?:\w+ )?(?:on|up) (?:\w+ )?(?:for )?the first|"
                    r"first (?:kicks|comes|turns|fires) on|"
                    # a new oven's or dryer's burn-off, as the manual calls it (h14 review)
                    r"burn-?off|burn(?:ing)? in (?:period|cycle)"
                ),
                scope="text",
                # "no smoke, just the smell" is the expected burn-off, not smoke (h14 review)
                unless=alt(
                    r"(?<!no )(?<!not )(?<!without )(?:smoke|smoking)|sparks?|flames?|won't go away|getting (?:stronger|worse)|still|hours?"
                ),
                examples=(
                    "New oven smells like burning plastic the first time we used it, no smoke, is that normal?",
                    "the new dryer has a burning smell, manual says burn-off is normal for the first few loads?",
                    "Fired up the furnace for the first time this year, burning smell for a bit, normal right?",
                    "the furnace smells like burning dust when it first kicks on, is that normal?",
                ),
            ),
        ),
        hazard="fire_smoke",
        why="a burning, melting or electrical smell",
    ),
    # Electrical -------------------------------------------------------------------------------
    Cue(
        "emergency.sparks",
        "emergency",
        alt(
            r"(?<!spark )sparks?(?! plugs?| joy| (?:an?|the|some) (?:idea|interest|conversation|debate))|sparking|sparked(?! (?:an?|the|some|my|our) (?:idea|interest|debate))|"
            r"arcing|arced|chispas|chispea\w*|étincelles?",
        ),
        examples=(
            "sparks coming out of the outlet he worked on yesterday",
            "the outlet in the kitchen just sparked and now there's a burning smell",
            "The pool pump is sparking and the kids are in the water!!",
            "Salen chispas del enchufe que arreglaron ayer",
            "the panel is arcing when the AC kicks on",
            # after a pop, sparks at any plug (issue 13, h13urgent13)
            "the bedroom socket went bang and now it throws a few small sparks when we plug something in",
        ),
        near_misses=(
            "can he change the spark plugs on the generator?",
            "the outlet sparked once last month, can he check it when he's here",
            "no sparks, just a dead outlet",
            "sparkling clean job, thanks!",
            "I'm in Sparks, running 10 late",
            "Sparks were flying in a good way, you guys make a great team lol",
            "the outlet that was sparking has been fixed by the landlord's electrician, all good",
        ),
        vetoes=COMMON
        + (
            SMALL_SPARK_UNPLUGGING,
            PRAISE_FIGURATIVE,
            Veto(
                "emergency.veto.place_named_sparks",
                "Sparks, Nevada, is a place: 'I'm in Sparks', 'driving from Sparks'",
                alt(r"(?:in|from|to|near|through|past|leaving|outside) $"),
                scope="near_before",
                unless=alt(r"(?:panel|outlet|socket|box|wall|wiring|wires|switch|meter)s? $"),
                examples=("I'm in Sparks, running 10 late",),
            ),
        ),
        hazard="electrical",
        why="sparks or arcing",
    ),
    Cue(
        "emergency.hot_buzzing_panel",
        "emergency",
        alt(
            r"(?:panels?|breakers?(?: box| panel)?|fuse ?box|switchboard|outlets?|sockets?|power ?points?|switch(?:es)?|plugs?|"
            r"wiring|wires?|meter|cover plates?|tablero|enchufes?|prises?)(?:'s)? (?:\w+ ){0,6}"
            r"(?:hot|buzzing|crackling|popp(?:ed|ing)|bang(?:ed)?|black(?:ened)?|sizzl\w*|scorch\w*|smoking|melt(?:ed|ing))"
            r"(?! (?:water|tub|tap|side|glue|dog|chocolate|sauce))",
        ),
        examples=(
            "breaker box is hot to touch and buzzing",
            "the outlet he put in yesterday is buzzing and the cover plate is melted",
            "outlet in the bedroom is black and it popped when I plugged in the lamp",
            "Half the outlets in the kitchen are buzzing and one is hot to the touch",
        ),
        near_misses=(
            "can he add an outlet for the hot tub?",
            "the switch for the hot water heater is in the garage",
            "the panel is in the basement next to the hot water tank",
            "the breaker box buzzed a bit last year, can he look?",
        ),
        vetoes=COMMON,
        hazard="electrical",
        why="a panel, outlet or wiring that is hot, buzzing, popping or blackened",
    ),
    Cue(
        "emergency.shock_or_live_wire",
        "emergency",
        alt(
            r"(?:got|get|getting|gave (?:me|him|her|us)) (?:a |an )?(?:\w+ )?shock(?! absorbers?)|shock(?:ed)? (?:me|him|her|us|my)|"
            r"electrocut\w*|zapped (?:me|him|her)",
            r"(?:power|electric\w*|live) ?(?:line|wire|cable)s? (?:\w+ ){0,2}(?:down|sparking|on the ground|came down|hanging)|"
            r"(?:tree|branch) (?:\w+ )?(?:came down|fell|down) on (?:the |our |my )?(?:power )?lines?|wires? sparking",
        ),
        examples=(
            "the light switch shocked me when I touched it",
            "Tree came down on the line to the house, wire sparking in the yard",
            "power line is down in the backyard",
        ),
        near_misses=(
            "the price was a bit of a shock lol",
            "can he replace the shock absorbers on the garage door?",
            "the power line to the shed needs moving, no rush",
            "the estimate gave me a shock lol",
        ),
        vetoes=COMMON + (SHOCKED_BY_NEWS,),
        hazard="electrical",
        why="an electric shock or a live wire down",
    ),
    # Sewage -----------------------------------------------------------------------------------
    Cue(
        "emergency.sewage_backing_up",
        "emergency",
        alt(
            r"(?:sewage|sewer|septic|waste ?water|black water|poo|poop|toilet water)(?:'s)? (?:is |are )?(?:\w+ ){0,2}"
            r"(?:backing up|backed up|coming up|came up|overflowing|bubbling (?:up|out)|everywhere|pouring|flooding|gurgling up|"
            r"spilling|gushing|coming out|pouring out|welling up|pooling)",
            r"(?:backing up|coming up|bubbling up|came up) (?:\w+ )?(?:into|in|through|out of) (?:the |my |our )?(?:\w+ )?"
            r"(?:tub|bath\w*|shower|floor drain|drains?|toilets?|sinks?|basement)",
            r"(?:raw )?sewage(?! (?:pumps?|lines?|ejectors?|pipes?|systems?|bills?|treatment))(?:'s| is)? (?:in|on|all over|everywhere|coming)|"
            r"aguas? negras?|refoulement|(?:égouts?|eaux usées) (?:qui )?(?:refoul\w+|débord\w+|remont\w+)",
        ),
        examples=(
            "sewage coming up in the tub",
            "Sewage is backing up into the basement shower, it's everywhere",
            "septic backing up into the shower n toilet overflowing",
            "raw sewage in the basement",
            "raw sewage bubbling out of the basement floor drain",
            "¡Está saliendo agua negra del desagüe del sótano!",
        ),
        near_misses=(
            "Can he quote a sewer line camera inspection?",
            "the sewage pump in the basement is noisy, can he look at it?",
            "septic tank is due for pumping next month",
            "the kitchen sink is slow to drain",
            "we had sewage back up into the basement two years ago, want a backflow valve",
        ),
        vetoes=COMMON,
        hazard="sewage",
        why="sewage coming up into the home",
    ),
    # Water ------------------------------------------------------------------------------------
    Cue(
        "emergency.water_flowing_in",
        "emergency",
        alt(
            rf"(?:water|rain|it|agua)(?:'s| is| are)? (?:\w+ ){{0,2}}(?:{_FLOWING}) (?:\w+ ){{0,2}}(?:in |down |up |out |straight )?"
            rf"(?:through|from|out of|into|down|all over|onto|over|under|in|on|across|behind) (?:the |my |our |a |his |her |their )?{_PLACE}",
            # "coming" with no water named only "through" ("coming through the ceiling"); a person
            # comes down the stairs
            rf"(?:coming (?:in )?through|(?:pouring|leaking|dripping|raining|pissing) (?:in )?(?:through|down)) (?:the |my |our )?{_PLACE}",
            r"(?:ceiling|roof|light fixture|light fitting|skylight)(?:'s| is)? (?:\w+ ){0,2}(?:leaking|dripping|pouring|raining|coming down)"
            r"(?: water)? (?:\w+ )?(?:into|onto|on|over|all over|everywhere|on to)",
            r"(?:leak\w*|water|dripping|pouring) (?:\w+ ){0,3}(?:onto|into|on|over) (?:the |my )?(?:power ?points?|outlets?|sockets?|electrics?|wiring|panel|fuse ?box|lights?)",
            r"(?:light|fixture|fitting|ceiling|fan)s? (?:\w+ ){0,4}(?:full of|filling (?:up )?with|filled with) water",
            rf"raining (?:inside|indoors|in (?:the |my |our )?{_ROOM})",
            r"(?:water|it)(?:'s| is)? (?:\w+ ){0,2}(?:pouring|gushing|spewing|spraying|shooting|streaming|spurting|cascading|p[oa]uring) "
            r"(?:out|from|everywhere|all over|under|into|through|down)",
        ),
        examples=(
            "the ceiling light in the kitchen is full of water and dripping",
            "its raining inside the living room, roof leak",
            "there's water coming through the light fitting in the kitchen",
            "water is coming through the kitchen ceiling light fixture",
            "WATER SHOOTING OUT UNDER THE KITCHEN SINK AND THE VALVE WONT TURN",
            "rain is pouring through the roof into my daughter's room",
            "roof is leaking into the baby's room, buckets everywhere",
            "Water is POURING through the ceiling from the upstairs bathroom!!",
            "Roof's leaking straight onto the power points in the lounge",
            "water dripping out of the light in the hallway",
            "theres water pouring out of the dishwasher all over the floor",
            # told by someone who is not there (issue 13, h13urgent13)
            "I'm at work and my neighbour says water is gushing out under our back door",
        ),
        near_misses=(
            "water heater quote please",
            "is it normal for water to drip from the AC line outside?",
            "there's a little water pooling under the fridge, no rush",
            "Road's flooded on Hwy 6 so I'll be 20 min late",
            "the water was coming through the ceiling last spring, they fixed the roof",
            "water pouring from the downspout by the garage, can he check the gutter?",
            "coming down the stairs now",
            "water was coming through the ceiling on sunday but the roofer sealed the leak, just need the drywall looked at",
        ),
        vetoes=COMMON
        + (
            MINOR,
            OUTDOOR_DRAINAGE,
        ),
        hazard="water",
        why="water or rain coming into the home: through a ceiling, roof, light or wall, or out from under something",
    ),
    Cue(
        "emergency.water_everywhere",
        "emergency",
        alt(
            r"water (?:is |'s )?(?:\w+ )?everywhere|(?:leak\w*|water|spilling|spraying|spewing) (?:all over|everywhere)|"
            r"leak\w* like crazy|(?:floor|carpet|rug)(?:'s| is) (?:all |completely )?soaked and (?:it )?(?:keeps|is still|still)|"
            r"agua por todo|agua por todas partes|mucha agua|de l'eau partout|d'eau partout|se est[aá] regando|dégât d'eau",
        ),
        examples=(
            "help! water everywhere",
            "water heater is leaking all over the garage floor",
            "¡hay agua por todo el piso!",
            "the water heater is leaking like crazy, the floor is soaked and it keeps coming",
        ),
        near_misses=(
            "water everywhere last week but the restoration company was here",
            "no water everywhere, just a drip",
            "water everywhere lol the dog knocked over his bowl",
        ),
        vetoes=COMMON + (MINOR, SPILLED),
        hazard="water",
        why="water everywhere",
    ),
    Cue(
        "emergency.pipe_burst",
        "emergency",
        alt(
            r"(?:pipes?|(?<!phone )(?<!fishing )(?<!tow )lines?|hoses?|tanks?|cylinders?|heaters?|fittings?|valves?|joints?|mains?|tubes?)(?:'s)? (?:\w+ ){0,5}(?:just )?"
            r"(?:burst|bursting|blew|blown|split|let go|came off|popped off|exploded|ruptured|broke open)",
            r"burst (?:pipe|water main|hose|line|tank)|(?:water heater|boiler|tank|cylinder)\b.{0,30}(?:spraying|bulging|leaking from the top|hissing and (?:leaking|spraying))",
            r"se rompi[oó] (?:un|el|la) (?:tubo|caño|tuber[ií]a)|se revent\w*|tuyau (?:a )?(?:pété|éclaté|brisé|crevé)",
        ),
        examples=(
            "Pipe burst, water everywhere, how soon can he get here?",
            "The toilet supply line your guy replaced yesterday just let go",
            "pressure tank split, water spraying all over the pump house",
            "water heater is hissing and leaking from the top",
            "Se reventó el tubo debajo del fregadero",
        ),
        near_misses=(
            "how do I keep my pipes from bursting this winter?",
            "We had a burst pipe two winters ago, a few years ago actually, want the lines insulated",
            "my phone line is split between two jacks",
        ),
        vetoes=COMMON,
        hazard="water",
        why="a burst pipe, hose or tank",
    ),
    Cue(
        "emergency.flooding",
        "emergency",
        alt(
            rf"{_ROOM}(?:'s| is| are|'re)? (?:\w+ ){{0,2}}(?:flood(?:ing|ed)|filling (?:up )?with water|under water|underwater)",
            r"flood(?:ing|ed) (?:the |my |our )?(?:\w+ )?(?:basement|kitchen|bathroom|garage|house|floor|laundry|hallway|room)|"
            r"(?:there's|there is|we have|we've got|got) (?:a )?flood(?! ?lights?)|flooding (?:fast|everywhere|bad|badly)|"
            r"filling (?:up )?with water|(?:<qty>|inches|feet|foot) of (?:standing )?water|standing water in (?:the|my|our)|"
            r"inundaci[oó]n|inundando|se inund\w*|inond\w+",
        ),
        examples=(
            "Basement is flooding fast please hurry",
            "HELP basement flooding",
            "HURRY PLEASE THE BASEMENT IS FILLING UP WITH WATER",
            "Sump pump quit and there's 3 inches of water in the basement",
            "Se está inundando el cuarto de lavado",
        ),
        near_misses=(
            "Road's flooded on Hwy 6 so I'll be 20 min late",
            "We had a flood in the basement last spring, can he look at the sump pump?",
            "The basement flooded last spring, can he look at the sump pump?",
            "the flood light over the garage is out",
            "we're flooded with work this week, can we push to Friday?",
        ),
        vetoes=COMMON,
        hazard="water",
        why="a room flooding or filling with water",
    ),
    Cue(
        "emergency.overflowing_wont_stop",
        "emergency",
        alt(
            r"overflowing|overflowed|spewing|won't stop (?:leaking|running|overflowing|filling)|"
            r"(?:sump )?pump(?:'s)? (?:\w+ )?(?:quit|died|failed|stopped)(?:.{0,60}water)|"
            r"(?:water|leak\w*|spraying|pouring|gushing|shooting).{0,60}(?:valve|shut ?off|stop ?cock)(?:'s| is)? (?:(?:won't|wont|doesn't|can't|will not|isn't) (?:turn|close|shut|budge|work)|stuck|seized|jammed|broken)|"
            r"can't (?:shut|turn) (?:the water|it) off(?=.{0,40}(?:water|leak|pouring|spraying))",
        ),
        examples=(
            "The toilet is overflowing and won't stop, it's going into the hallway",
            "water heater is spewing water all over the garage floor",
            "leak under the sink is spraying and the shutoff valve won't turn",
            "water spraying from the pipe under the sink and the shutoff is stuck",
        ),
        near_misses=(
            "the shutoff valve won't turn, can he replace it Thursday?",
            "toilet overflowed once last week, plunged it, fine now",
            "my sump pump died last month, need a new one quoted",
            "the toilet won't stop running, can he look at it Thursday?",
        ),
        vetoes=COMMON
        + (
            MINOR,
            Veto(
                "emergency.veto.running_toilet",
                "a toilet that 'won't stop running' refills in its tank: a repair, not water on the floor",
                alt(
                    r"(?:toilet|cistern|tank)\w* (?:\w+ ){0,2}(?:won't|wont|will not|doesn't) stop running(?! over)"
                ),
                scope="sentence",
                unless=alt(r"overflow\w*|floor|everywhere|flood\w*|running over|spilling"),
                examples=("the toilet won't stop running, can he look at it Thursday?",),
            ),
        ),
        hazard="water",
        why="an overflow or leak that cannot be stopped",
    ),
    Cue(
        "emergency.water_es_fr",
        "emergency",
        alt(
            r"(?:saliendo|sale|brotando|regresando|cayendo|entrando) (?:el |la |mucha )?agua|agua (?:saliendo|sale|entrando|cayendo|chorreando)|"
            r"fuga de agua|(?:eau|ça) qui (?:coule|sort|tombe|gicle|rentre|pisse) (?:du|par le|par la|dans le|des|de la|sous)|"
            r"(?:coule|sort|tombe|gicle) du plafond|l'eau (?:rentre|entre|coule|sort|gicle) (?:dans|par|du|de)|"
            r"(?:gicle|coule|pisse) partout|(?:fuite|fuga) (?:énorme|enorme|grosse|grande)|(?:grosse|énorme) fuite|"
            r"(?:el )?agua (?:sigue subiendo|por todos lados)",
        ),
        examples=(
            "hay agua saliendo por el techo, ayuda!",
            "Il y a de l'eau qui coule du plafond en dessous de la salle de bain",
            "il y a de l'eau qui sort du plafond de la cuisine",
            "il y a une fuite énorme sous l'évier, ça gicle partout",
            "Hay una fuga de agua",
            "se esta saliendo el agua del calentador",
        ),
        near_misses=(
            "¿cuánto cuesta un calentador de agua?",
            "tenemos una pequeña fuga de agua en el baño, ¿pueden venir el jueves?",
            "el agua sale tibia de la regadera, ¿pueden revisar?",
        ),
        vetoes=COMMON
        + (MINOR,)
        + (
            Veto(
                "emergency.veto.lukewarm",
                "water that comes out the wrong temperature or pressure is a repair, not a flood",
                alt(r"tibia|fr[ií]a|caliente|presi[oó]n|poca agua|tiède|froide"),
                scope="sentence",
                examples=("el agua sale tibia de la regadera, ¿pueden revisar?",),
            ),
        ),
        hazard="water",
        why="water coming out or through, in Spanish or French",
    ),
    Cue(
        "emergency.water_strong_flow_indoors",
        "emergency",
        alt(
            # The parts in any order within a sentence: water (or a leak, or "it") moving hard, and a
            # place inside the home or a valve nobody can close. Word order is free because people
            # write it every way: "the pipe under the sink is gushing", "ceiling bulging with water".
            rf"(?:water|rain|rainwater|leak\w*|it|pipe|line|hose|toilet|tank|faucet|tap|shower|tub|dishwasher|washer|heater)(?:'s| is| are)? "
            rf"[^.!?,;]{{0,40}}?(?:{_STRONG_FLOW})\b[^.!?,;]{{0,60}}?(?<![a-z]){_STRONG_PLACE}",
            rf"{_STRONG_PLACE}(?:'s| is| are)? [^.!?,;]{{0,40}}?(?:{_STRONG_FLOW}|(?:bulging|sagging|swelling|soaked) with water)",
            # water as a body: "a river running across my basement floor", "a lake in the kitchen"
            rf"(?:a |like a )?(?:river|lake|pond|stream|waterfall|fountain|geyser)s? (?:\w+ ){{0,2}}(?:in|across|on|through|down|from|out of|under) {_STRONG_PLACE}",
        ),
        examples=(
            "URGENT the pipe under the kitchen sink is gushing and I can't find the shutoff",
            "the ceiling in the laundry is bulging with water and dripping fast",
            "it's pouring in around the chimney onto the living room floor",
            "Toilet tank cracked and water is all over the bathroom, going downstairs",
            "water streaming down the inside of the wall next to the breaker box",
            "the hose to the washer popped and it's spraying across the laundry room",
            "kitchen ceiling is pouring water onto the table",
            "WATER IS COMING THRU THE CEILING IN MY SONS ROOM PLS HURRY",
            "Rain is dumping through the skylight onto the stairs",
            "there is a river running across my basement floor from the water heater",
        ),
        near_misses=(
            "it's pouring outside so I'll be 10 min late",
            "is it normal for water to drip from the AC line outside?",
            "water pouring from the downspout by the garage, can he check the gutter?",
            "the kitchen faucet is dripping, can he swap the cartridge?",
            "the toilet gushed all over the bathroom last year, want a new fill valve",
            "How much to fix a pipe that's gushing under the sink, asking for my neighbour",
            "the river behind the house is up, can he check the sump pump?",
        ),
        vetoes=COMMON
        + (
            MINOR,
            OUTDOOR_DRAINAGE,
            Veto(
                "emergency.veto.fixture_in_use",
                "water coming out of a tap or shower as it is used, the wrong temperature or pressure, is a repair",
                alt(
                    r"cold water|hot water|lukewarm|warm water|(?:water )?pressure|temperature|soap|suds|aerator|sprayer|"
                    r"nozzle|shower ?head|when (?:i|we|you) (?:turn|open|run|use)"
                ),
                scope="sentence",
                unless=alt(r"won't stop|can't stop|everywhere|flooding|ceiling|can't turn it off"),
                examples=(
                    "the shower is pouring cold water onto the bathroom floor when I run it",
                    "the kitchen faucet sprays all over the counter when I turn it on, needs a new aerator?",
                ),
            ),
        ),
        hazard="water",
        why="water moving hard inside the home or past a valve that will not close, in any word order",
    ),
    # Carbon monoxide, in the other languages customers write --------------------------------------
    Cue(
        "emergency.co_alarm_any_language",
        "emergency",
        alt(
            rf"(?:{_CO_WORD})[^.!?]{{0,50}}?(?:{_ALARM_SOUNDING})",
            rf"(?:{_ALARM_SOUNDING})[^.!?]{{0,40}}?(?:{_CO_WORD})",
        ),
        examples=(
            "o detector de monóxido de carbono está apitando",
            "il rilevatore di monossido di carbonio sta suonando",
            "der Kohlenmonoxid-Melder piept",
            "l'avertisseur de CO sonne sans arrêt",
            "the CO thing on the wall keeps shrieking and the numbers say 200",
            "alarme de monóxido disparou na cozinha",
            "czujnik czadu piszczy",
            "the CO alarm is flashing red and beeping like crazy",
            "la alarma de CO no deja de pitar y me duele la cabeza",
        ),
        near_misses=(
            "o detector de monóxido está apitando, acho que é a pilha",
            "can he install a carbon monoxide detector by the furnace?",
            "le détecteur de CO bip, je pense que c'est la pile",
            "the co-op is sounding the alarm about prices lol",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, named in any language the customers write",
    ),
    # No heat ----------------------------------------------------------------------------------
    Cue(
        "emergency.no_heat_vulnerable",
        "emergency",
        alt(rf"{_NO_HEAT}.{{0,80}}{_VULNERABLE}", rf"{_VULNERABLE}.{{0,60}}{_NO_HEAT}"),
        examples=(
            "a 91-year-old without heat at 8 below",
            "My dad is 91 and his furnace died, no heat and it's 8 below",
            "No heat and I have a 3 week old baby. It's 52 in the house",
            "No tenemos calefacción desde anoche y mi mamá tiene 86 años",
            "Plus de chauffage depuis hier soir pis il fait -25 dehors",
            "heat's been out since last night and my 88 year old dad lives with me, 10 below",
            "Furnace won't kick on and my elderly father is freezing, it's -10",
            "my elderly neighbor I care for has no heat, she's 87 and it's 2 degrees out",
            "my nan is 93 n the heatings packed up, its freezing",
            "boiler isn't firing up and grandma is on oxygen, house is down to 50",
            "heat pump only blows cold air and my wife is 7 months pregnant, it's 12 outside",
            "plus de chauffage, il fait 8 degrés dedans et ma mère a 88 ans",
            "heat pump only blows cold air and my 85 yo dad lives with us, single digits tonight",
            "furnace is out again and the baby's room is 55",
            "the heat isnt coming on, my mum (91) is on her own",
            "Dad says the heat's still off and he's put the oven on with the door open to stay warm",
            "My dad (84) says the furnace quit overnight",
            "its -31 with the windchill and the furnace is just blowing cold air. 2 toddlers here",
            "boiler doesnt fire up and we have twin newborns",
        ),
        near_misses=(
            "The heat is off in the garage, not urgent",
            "furnace tune-up before winter please, my mom is 88 so we want it done early",
            "last winter the furnace died when it was 20 below, want a backup heater quoted",
            "furnace won't turn on, can he come Thursday? we have space heaters",
            "my grandma is 90 and loves your company, tune-up please",
            "the furnace is just blowing cold air for a minute at start-up, then warms up, normal?",
            "heat isnt coming on in the garage, not urgent, the toddlers never go out there",
            "it's 68 in the house and the furnace is making a weird noise",
            "the heat's still off in the garage, we keep a space heater out there to stay warm",
        ),
        vetoes=COMMON,
        hazard="no_heat",
        why="no heat with a baby, an elderly person or freezing weather",
    ),
    # People at risk, and other damage happening now ---------------------------------------------
    Cue(
        "emergency.child_trapped",
        "emergency",
        alt(
            r"(?:baby|kid|child|toddler|son|daughter|<qty> old|dog|puppy)(?:'s| is)? (?:\w+ ){0,2}(?:locked|strapped|stuck|trapped) in (?:the |my |a )?(?:back|car|truck|van)",
            r"locked in (?:the|my) (?:car|truck|van) with|(?:keys?|locked) in the (?:car|truck|van) with (?:my|the|a) (?:baby|kid|child|toddler|son|daughter|dog)",
            r"locked out\b.{0,40}(?:baby|<qty> old|kid|child|toddler|son|daughter)\b.{0,30}(?:inside|alone|in (?:her|his) (?:cot|crib))",
        ),
        examples=(
            "Locked my keys in the car with my baby inside and it's 90 out",
            "locked my keys in the car and my 1 yr old is strapped in the back",
            "Locked out and my 1 year old is inside in her cot, she's alone in there",
        ),
        near_misses=(
            "locked my keys in the car, can he wait 10 min",
            "my son is stuck in traffic, he'll let you in at 3",
        ),
        vetoes=COMMON,
        hazard="person_at_risk",
        why="a child or pet shut in a car or a home alone",
    ),
    Cue(
        "emergency.structural",
        "emergency",
        alt(
            r"(?:ceiling|roof)(?:'s| is)? (?:\w+ )?(?:sagging|bulging|caving|collapsing|collapsed|coming down|falling in)",
            r"(?:ceiling|roof)\b[^.!?]{0,40}?\b(?:is|'s|are) (?:\w+ ){0,3}(?:sagging|bulging|caving in|collapsing|coming down|falling in)",
            r"(?:spring|cable)s? (?:\w+ )?(?:snapped|broke|came off)|door (?:\w+ )?(?:dropped|fell|came down|crashed) (?:on|onto)|hanging (?:crooked|off)",
            r"(?:tree|branch) (?:\w+ )?(?:came down|fell|crashed) (?:on|onto|through) (?:the |our |my )?(?:house|roof|garage)|exploded|explosion",
        ),
        examples=(
            "ceiling's sagging and dripping over the bed",
            "The other spring just snapped with a huge bang and the door dropped onto my car",
            "a tree fell on the roof and there's a hole in the bedroom ceiling",
            "come quick, the ceiling above the crib is dripping and sagging",
        ),
        near_misses=(
            "the garage door spring is squeaky, can he oil it?",
            "the shelf is hanging a bit low, no rush",
        ),
        vetoes=(*COMMON, FIGURATIVE_TEMPER),
        hazard="structural",
        why="a ceiling, door or tree coming down, or an explosion",
    ),
    Cue(
        "emergency.stinging_insects_allergy",
        "emergency",
        alt(
            r"(?:allergic|anaphyla\w*|epi-?pen)\b.{0,160}(?:wasps?|bees?|hornets?|yellow ?jackets?|stung)|"
            r"(?:wasps?|bees?|hornets?|yellow ?jackets?)\b.{0,160}(?:allergic|anaphyla\w*|epi-?pen)",
        ),
        examples=("the wasps are coming into my son's room through the light fixture and he's allergic",),
        near_misses=("wasp nest under the eaves, can he quote removal?",),
        vetoes=COMMON,
        hazard="stinging_insects",
        why="stinging insects in the home with someone allergic",
    ),
    # A cooler or freezer down with stock spoiling puts property at risk, not people: urgent, not an
    # emergency, so it is read in `lexicon.PROPERTY_AT_RISK` (issue 13, h13urgent9).
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    Cue(
        "emergency.gas_smell_other_languages",
        "emergency",
        alt(
            r"m[ùu]i (?:khí )?(?:gas|ga)|mui (?:khi )?(?:gas|ga)|ngửi thấy (?:mùi )?(?:gas|ga)|(?:xì|rò rỉ|rò|ro ri|ro|xi) (?:gas|ga)",
            r"(?:煤气|煤氣|瓦斯|燃气|燃氣|天然气|天然氣)(?:味|泄漏|洩漏|外洩|漏了)|漏气|漏氣",
            r"cheiro (?:forte )?(?:de|a) g[aá]s|cheira a g[aá]s|(?:vazamento|fuga) de g[aá]s|(?:vazando|escapando) g[aá]s|g[aá]s (?:vazando|escapando)",
            r"riecht (?:\w+ )?nach gas|gasgeruch|gasleck|amoy (?:ng )?gas|may tagas (?:ng |na )?gas|가스 ?냄새|가스가 ?새",
        ),
        examples=(
            "Nhà tôi có mùi gas rất nặng trong bếp!",
            "家里厨房有很重的煤气味!",
            "Tem um cheiro forte de gás na cozinha!",
            "Está vazando gás no fogão, o cheiro está forte",
            "Es riecht stark nach Gas in der Küche!",
            "May amoy gas po sa kusina",
            "부엌에서 가스 냄새가 심하게 나요!",
            "nha em bi ro ri gas",
        ),
        near_misses=(
            "bep gas nha toi cu roi, co nen thay khong?",
            "燃氣熱水器要換新的嗎?",
            "Preciso trocar o fogão a gás?",
        ),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST,),
        hazard="gas",
        why="a smell of gas or a gas leak, in Vietnamese, Chinese, Portuguese, German, Tagalog and Korean",
    ),
    Cue(
        "emergency.co_alarm_other_languages",
        "emergency",
        alt(
            r"(?:báo động|bao dong|báo khí|bao khi|cảm biến|cam bien)(?: khí| khi)? co\b[^.!?]{0,20}(?:kêu|keu|hú|reo|báo)",
            r"co (?:đang )?(?:kêu|hú|reo)",
            r"一氧化碳[^.!?]{0,8}(?:在响|在響|一直响|一直響|响了|響了|响个不停|響個不停|报警了|在叫)",
            r"(?:alarme|detector|sensor) de (?:co|mon[óo]xido)[^.!?]{0,30}(?:disparou|apitando|apita|tocando|tocou|n[ãa]o para de (?:tocar|apitar))",
            r"co-?melder (?:\w+ )?(?:piept|schlägt|geht)|(?:tumutunog|nag-?aalarm)[^.!?]{0,15}co alarm|co alarm[^.!?]{0,10}tumutunog",
            r"일산화탄소[^.!?]{0,12}(?:울려|울리|울립)",
        ),
        examples=(
            "máy báo khí CO đang kêu liên tục, cả nhà đã ra ngoài",
            "一氧化碳报警器一直在响,我们已经出来了",
            "Alarme de CO disparou e minha mãe está tonta",
            "O alarme de monóxido de carbono não para de tocar",
            "Der CO-Melder piept ununterbrochen, wir sind draußen",
            "Tumutunog po yung CO alarm, lumabas na kami",
            "일산화탄소 경보기가 계속 울려요",
        ),
        near_misses=(
            "Bên anh có lắp máy báo khí CO không?",
            "你们可以安装一氧化碳报警器吗?",
            "일산화탄소 경보기도 설치해 주시나요?",
        ),
        vetoes=COMMON + (MAINTENANCE, OTHER_LANGUAGE_PAST),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Vietnamese, Chinese, Portuguese, German, Tagalog and Korean",
    ),
    Cue(
        "emergency.water_other_languages",
        "emergency",
        alt(
            r"(?:trần nhà|tran nha|trần|tường)[^.!?]{0,15}(?:dột|chảy nước|rỉ nước)|(?:nước|nuoc) (?:từ|tu) (?:trần|tran|tường|tuong)"
            r"[^.!?]{0,20}(?:chảy|chay|xuống|xuong|ra)|"
            r"(?:ống nước|ong nuoc)[^.!?]{0,25}(?:bị )?(?:bể|vỡ|nổ|xì|be|vo|no|xi)\b|(?:nước|nuoc) (?:tùm lum|tum lum|lênh láng|khắp nơi)|nước (?:đang )?(?:tràn|chảy|phun|xối) "
            r"(?:từ|ra|khắp|xuống|đầy)|nuoc (?:dang )?(?:tran|chay|phun) (?:tu|ra|khap|xuong|day)|ngập nước|ngap nuoc|bị ngập|bi ngap",
            r"水管(?:爆|破|裂)|爆管|漏水|淹水|水漫|全是水|(?:地上|满地|滿地|到处|到處)(?:都是)?水|水一直(?:往下)?流|水(?:还|還)在(?:漲|涨)|"
            r"漏得(?:很|好|太)?(?:厉害|厲害|严重|嚴重)",
            r"cano (?:estourou|rebentou|furou)|(?:alagad[oa]|inundad[oa]|alagando|inundando)|água (?:saindo|jorrando|vazando) d[aoe]|(?:pingar|pingando|escorrendo|jorrando) (?:muita )?[áa]gua|"
            r"água (?:não para de subir|subindo)",
            r"tuyau (?:a )?(?:éclaté|eclate|pété|pete|fendu)|inond[ée]e?|de l'eau coule|l'eau (?:monte|coule|gicle)",
            r"rohr (?:ist )?geplatzt|unter wasser|wasserrohrbruch|wasser (?:tropft|läuft|kommt|spritzt) (?:\w+ ){0,2}(?:decke|wand)|"
            r"(?:pumutok|sumabog) (?:po )?(?:yung|ang) tubo|baha (?:na|sa)|tumutulo (?:po )?(?:ang |yung )?tubig sa kisame|"
            # the pipe named first, and water pouring out (h14 review): "yung tubo sa basement pumutok, ang daming tubig"
            r"(?:yung|ang) tubo (?:\S+ ){0,3}(?:pumutok|sumabog)|ang daming tubig(?: na)? (?:lumalabas|tumutulo|bumubulwak)|"
            r"배관이 ?터|물바다|물이 ?새|물이 천장에서|천장에서 (?:물이 )?(?:새|떨어)",
        ),
        examples=(
            "Ống nước bị bể, nước tràn khắp nhà bếp",
            "Kuya yung tubo sa garahe pumutok, ang daming tubig na lumalabas",
            "nước từ trần nhà chảy xuống ướt hết",
            "ống nước dưới bồn rửa chén bị xì mạnh lắm, nước tùm lum",
            "厨房水管漏得很厉害,地上都是水",
            "Sumabog po yung tubo, baha sa banyo",
            "nha toi bi ngap nuoc, ong nuoc bi vo",
            "水管爆了,厨房全是水",
            "O cano estourou e a cozinha está alagada",
            "Esta a pingar agua do teto, muita agua, socorro",
            "Un tuyau a éclaté, la cuisine est inondée",
            "Pumutok po yung tubo, baha na sa kusina",
            "배관이 터져서 물바다가 됐어요",
            "Socorro, tem água saindo da parede e alagando tudo",
            "Wasser tropft aus der Decke, sehr viel",
            "Tumutulo po ang tubig sa kisame, ang dami",
            "물이 천장에서 새요, 많이 새요",
        ),
        near_misses=(
            "上次漏水修得很好,谢谢师傅",
            "Tenho que desligar a água antes dele chegar?",
            "Lần trước ống nước bị bể, lần này chỉ kiểm tra thôi",
            "수리가 제대로 안 됐어요. 또 물이 새요",
            "修完还是漏水，太失望了",
        ),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST, LEAK_BACK_AFTER_REPAIR),
        hazard="water",
        why="a burst pipe, water flooding or pouring in, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    Cue(
        "emergency.electrical_other_languages",
        "emergency",
        alt(
            r"tóe lửa|toe lua|tia lửa|chập điện|chap dien|mùi khét|mui khet|(?:khói|khoi) (?:bay|bốc|boc)|"
            r"(?:cầu dao|cau dao|ổ điện|ổ cắm|dây điện|day dien)[^.!?]{0,20}(?:nổ|khói|khoi|cháy)|cau dao dien no|"
            r"(?:cau dao|o dien|o cam|day dien)[^.!?]{0,20}(?:boc khoi|co khoi|toe lua)",
            r"冒火花|火花|冒烟|冒煙|烧焦|燒焦|焦味|短路",
            r"(?:soltando|saindo|dando) (?:faísca|faisca|fumaça|fumaca)|faíscas?|cheiro de queimado|curto-circuito",
            r"(?:fait des|des) étincelles|etincelles|sent le br[uû]l[ée]|odeur de br[uû]l[ée]",
            r"sprüht funken|funken|riecht verbrannt|brandgeruch|may spark|amoy sunog|불꽃이? ?튀|타는 ?냄새",
        ),
        examples=(
            "Ổ điện đang tóe lửa và có mùi khét",
            "Cầu dao điện nổ lách tách có khói",
            "Cau dao dien no lach tach co khoi",
            "插座冒火花,还有烧焦的味道",
            "A tomada está soltando faísca e tem cheiro de queimado",
            "La prise fait des étincelles et ça sent le brûlé",
            "Die Steckdose sprüht Funken und es riecht verbrannt",
            "콘센트에서 불꽃이 튀고 타는 냄새가 나요",
        ),
        near_misses=("Có cần tắt điện trước khi thợ tới không?", "Dois-je couper l'eau avant son arrivée?"),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST, PRAISE_FIGURATIVE),
        hazard="electrical",
        why="sparks or a burning smell, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    Cue(
        "emergency.fire_other_languages",
        "emergency",
        alt(
            r"(?:đang |bị )?cháy (?:nhà|rồi|lớn)|lửa (?:bốc|cháy)|着火|著火|起火|失火|pegando fogo|pegou fogo|em chamas|"
            r"il y a (?:le |un )?feu|au feu(?! (?:rouge|vert|orange|de circulation))|en feu|prend feu|pris feu|"
            r"le feu (?:a pris|s'est déclaré|se propage|gagne)|es brennt|brennt (?:es|im|in der|in unserem)|"
            r"nasusunog|may sunog|불이 ?났|불났",
        ),
        examples=(
            "O quadro de energia está pegando fogo!",
            "Es brennt im Sicherungskasten!",
            "厨房着火了",
            "Nhà bếp đang cháy rồi",
            "Le panneau électrique a pris feu",
            "Au feu! la cuisine est pleine de fumée",
            "le feu a pris dans le garage",
        ),
        near_misses=(
            "Vou acender o fogo da churrasqueira",
            "火锅很好吃",
            # A fireplace, a traffic light and a light left on are not fires.
            "Le feu de foyer marche bien depuis votre visite",
            "je suis au feu rouge, j'arrive dans 10 minutes",
            "Das Licht im Flur brennt die ganze Nacht",
        ),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST, PRAISE_FIGURATIVE),
        hazard="fire_smoke",
        why="something on fire, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    Cue(
        "emergency.no_heat_vulnerable_other_languages",
        "emergency",
        alt(
            r"(?:máy sưởi|may suoi|lò sưởi|lo suoi|暖气|暖氣|锅炉|鍋爐|aquecimento|aquecedor|heizung|보일러|난방)[^.!?]{0,80}"
            r"(?:em bé|em be|trẻ sơ sinh|người già|lạnh cóng|宝宝|寶寶|婴儿|嬰兒|刚出生|剛出生|老人|beb[êe]|idos[oa]|congelando|"
            r"baby|eiskalt|신생아|아기|어르신)",
        ),
        examples=(
            "Máy sưởi hư, nhà lạnh cóng mà có em bé mới sinh",
            "暖气坏了,家里很冷,有个刚出生的宝宝",
            "O aquecimento parou e está muito frio, tenho um bebê de 2 meses",
            "Die Heizung ist ausgefallen, eiskalt und wir haben ein Baby",
            "보일러가 고장나서 너무 추워요, 신생아가 있어요",
        ),
        near_misses=(
            "Máy sưởi hơi yếu, thợ kiểm tra giùm",
            "O aquecimento faz barulho",
            "Máy sưởi hơi ồn, em bé đang ngủ nên gõ cửa nhẹ nhé",
            "보일러 소리가 커요, 아기가 자고 있어서 노크는 살살 해주세요",
        ),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST, HEATER_NOISE_OTHER_LANGUAGES),
        hazard="no_heat",
        why="no heat with a baby or an elderly person, in Vietnamese, Chinese, Portuguese, German and Korean",
    ),
    Cue(
        "emergency.sewage_other_languages",
        "emergency",
        alt(
            r"nước thải|nuoc thai|trào (?:nước )?(?:thải|phân)|cống (?:bị )?(?:nghẹt|tràn)",
            r"污水|粪水|糞水|下水道(?:堵|返|倒灌)|马桶[^.!?]{0,6}(?:溢|冒|倒灌)",
            r"esgoto (?:voltou|subiu|transbord\w+|vazando|entupiu)",
            r"[ée]gouts? refoul\w*|refoulement d'[ée]gout",
            r"abwasser|umaapaw (?:po )?(?:yung|ang) inidoro|오수|하수[^.!?]{0,5}역류|변기[^.!?]{0,5}넘",
        ),
        examples=(
            "Bồn cầu trào nước thải ra đầy sàn nhà tắm",
            "马桶的污水倒灌,满地都是",
            "O esgoto voltou pelo ralo, o banheiro está cheio",
            "Les égouts refoulent dans la douche, c'est plein partout",
            "Umaapaw po yung inidoro, dumi kung saan saan",
        ),
        near_misses=("Bồn cầu hơi yếu, thợ xem giùm", "马桶有点慢"),
        vetoes=COMMON + (OTHER_LANGUAGE_PAST,),
        hazard="sewage",
        why="sewage backing up, in Vietnamese, Chinese, Portuguese, French, Tagalog and Korean",
    ),
)


@dataclass(frozen=True)
class HazardFinding:
    """The hazard a text reports now, and the cues that found it (most dangerous kind first)."""

    kind: str
    hits: tuple[Hit, ...]

    @property
    def cue_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.cue.id for h in self.hits))


def find_hazard(norm: str) -> HazardFinding | None:
    """The most dangerous hazard a normalised text reports as happening now at this home, if any."""
    hits = standing_hits(CUES, norm)  # each cue's `hits`, the cues the text cannot match skipped at once
    if not hits:
        return None
    kind = min((h.cue.hazard or "other" for h in hits), key=_danger)
    return HazardFinding(kind, tuple(sorted(hits, key=lambda h: (_danger(h.cue.hazard or ""), h.start))))


def _danger(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


# ---- Hazards told by their signs, in English (issue 13, third round) -------------------------
# Kept as their own records, after the main ones: a customer describes what the outlet, the
# panel or the water is doing ("the plug melted", "got shocked touching the faucet", "water won't
# stop coming out") or how the people feel near a burner, without a word that names the danger.

_ELECTRICS = (
    r"(?:electrical |electric |breaker |fuse )?(?:panels?|breakers?(?: box| panel)?|fuse ?box|outlets?|sockets?|plugs?|"
    r"switch(?:es)?|switch plates?|cover plates?|extension cords?|power strips?|surge protectors?|cords?|wiring|wires?|meter)"
)
_ODD_SMELL = r"fishy|burning|burnt|burned|melting|melted|plastic|rubber|electrical|hot|smoky|like fish|like (?:it's|its|something) burning"
_WATER_ONTO = r"(?:onto|on to|into|on|over|all over|near|around|next to|beside|behind|by|under|in)"
_BURNERS = (
    r"furnace|boiler|(?:gas |water )?heater|stove|oven|generator|fireplace|gas (?:log|insert)s?|space heater"
)

_HEAT_LOST = (
    r"(?:furnace|boiler|heat|heater|heating|heat pump)(?:'s| has| is| have)? (?:been |gone )?(?:out|off|down|dead|broken|"
    r"not working|quit|died)(?! (?:for (?:the )?(?:summer|season)|of (?:season|warranty)))"
)
_FRAIL_PERSON = (
    r"grand(?:mother|father|ma|pa|mom|dad)|elderly|newborn|new baby|infant|baby|on oxygen|bedridden|hospice|"
    r"(?:my|our) (?:\w+ )?(?:mom|dad|mother|father|mum) (?:is|who's|who is) (?:[7-9]\d|1\d\d)"
)

_AC_DEAD = (
    r"(?:ac|a/c|air ?con\w*|air conditioner|cooling|heat pump)(?:'s| is| has)? (?:\w+ ){0,2}(?:dead|died|out|down|quit|broke\w*|"
    r"not working|stopped working|isn't working|went out|gave out|not cooling|blowing hot)|"
    # in French and Hinglish (h14 review): "la clim est morte", "AC bilkul band hai"
    r"(?:la )?clim(?:atisation)? (?:est )?(?:morte|en panne|ne marche (?:plus|pas)|marche (?:plus|pas))|"
    r"(?:ac|a/c) (?:\w+ )?band (?:hai|ho gaya|ho gayi|pada hai)"
)
# Heat past 100°F, or a heat wave, and someone who cannot take it.
_EXTREME_HEAT = r"\b1[0-2]\d\b|heat ?wave|extreme heat|heat advisory|burning up|heat ?stroke|so hot"
_AT_RISK_IN_HEAT = (
    r"baby|infant|newborn|elderly|grand(?:mother|father|ma|pa|mom|dad)|on oxygen|sick|chemo|pregnant|heart condition|"
    r"(?:mom|dad|mother|father|mum) is [7-9]\d"
)

# A temperature indoors that is dangerous on either scale (30-49: a Celsius heat or a Fahrenheit
# cold; 95-129 a Fahrenheit heat), with someone at home unwell or frail: a person at risk whatever
# the machine (h14 review). 50-94 indoors is no danger on its own; "outside" is the weather.
_INDOOR_EXTREME = (
    r"(?:3\d|4\d|9[5-9]|1[0-2]\d) ?(?:°[cf]?|º[cf]?|degrees?|degree|degrés|grados|deg)? ?"
    r"(?:in here|inside|indoors|in the (?:house|flat|apartment|bedroom)|dans (?:le logement|la maison|l'appart\w*|la chambre)|"
    r"en la casa|adentro|dentro de casa|hai)|ghar (?:mein|me|main) (?:3\d|4\d) ?(?:degree|°c?)|"
    # degrees said with the number are masked: "34 degrees in here", "ghar mein 44 degree hai"
    r"<qty> (?:in here|inside|indoors|in the house)|ghar (?:mein|me|main) <qty> hai|"
    r"(?:y |il )?fait (?:3\d|4\d) (?:degrés )?(?:dans|à l'intérieur|en dedans)"
)
_UNWELL_OR_FRAIL = (
    r"dizzy|faint\w*|light-?headed|heart condition|heart problems?|confused|passed out|can't breathe|vomit\w*|throwing up|"
    r"heat ?stroke|unwell|not well|se sent (?:pas|plus) (?:ben|bien)|malaise|tabiyat (?:kharab|theek nahi)|chakkar|"
    r"(?:dad|mom|mum|mother|father|grand\w+|nan|gran) is (?:[7-9]\d|1[01]\d)|(?:[7-9]\d|1[01]\d)[- ]?(?:years? old|yo|ans)|"
    r"(?:de|a) (?:[7-9]\d) ans|baby|infant|newborn|on oxygen|pregnant|dadi|nani|dada ji|nana ji"
)
PERSON_AT_RISK_IN_TEMPERATURE = Cue(
    "emergency.person_at_risk_indoor_temperature",
    "emergency",
    alt(
        rf"(?:{_INDOOR_EXTREME}).{{0,100}}(?:{_UNWELL_OR_FRAIL})",
        rf"(?:{_UNWELL_OR_FRAIL}).{{0,100}}(?:{_INDOOR_EXTREME})",
    ),
    examples=(
        "It's 34 in here and my dad is 91 with a heart condition. He's getting dizzy. Can anyone come today??",
        "la clim est morte pis y fait 33 dans le logement. Ma mère de 88 ans se sent pas ben",
        "AC bilkul band hai, ghar mein 44 degree hai aur dadi ji ki tabiyat kharab ho rahi hai",
        "it's 102 inside and grandma is feeling faint",
    ),
    near_misses=(
        "it's 34 outside so bring gloves, my dad is 91 and will let him in",
        "the thermostat says 72 in here, my mom is 90 and comfortable",
        "it's 34 in here and the AC is off, no rush, we're at my sister's",
        "ghar mein 24 degree hai, sab theek hai",
    ),
    vetoes=COMMON,
    hazard="person_at_risk",
    why="a dangerous temperature indoors with someone unwell or frail, whatever has failed",
)

SIGN_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.electrical_sounds",
        "emergency",
        alt(
            # the sound comes before the part: "crackling coming from the panel", "popping in the wall"
            r"(?:crackl\w*|popp(?:ing|ed)|popping sounds?|buzz(?:ing)?|sizzl\w*|arcing|fizz\w*) (?:\w+ ){0,3}(?:from|in|inside|behind|out of) "
            r"(?:the |my |our |a )?(?:\w+ )?(?:panel|breakers?(?: box)?|fuse ?box|walls?|outlets?|sockets?|switch(?:es)?|wiring|meter|light fixture)s?\b",
            # "power went out in half the house and we heard popping"
            r"(?:(?:power|electricity|lights)(?:'s| is| has)? (?:went |gone |going )?(?:out|off|dead) in (?:half|part|some) (?:of )?(?:the |my |our )?(?:house|home|rooms)|"
            r"(?:half|part|some) (?:of )?(?:the |my |our )?(?:house|home|rooms) (?:lost|has no|have no) (?:power|electricity))"
            r"[^.?!]{0,40}(?:popp\w*|bang\w*|crackl\w*|spark\w*|burn\w*|smoke|smell\w*)",
            # a hot breaker that smells, even asked as "is it normal for the breaker to be hot and smell?"
            r"(?:panel|breakers?(?: box)?|fuse ?box|outlets?|sockets?) (?:\w+ ){0,3}(?:hot|warm) (?:\w+ ){0,2}(?:smell\w*|smoking|burning)",
        ),
        examples=(
            "there's crackling coming from the panel",
            "popping sounds inside the wall by the outlet",
            "buzzing and sizzling from the outlet in the bedroom",
            "power went out in half the house and we heard popping",
            "half the house lost power and there was a bang from the panel",
            "is it normal for the breaker to be hot and smell?",
            "the breaker box is hot and smells like burning",
        ),
        near_misses=(
            "is it normal for the breaker box to hum a little?",
            "the outlet popped when I unplugged the vacuum, it's fine now",
            "popping noise from the dishwasher drain, can he look?",
            "the kids were popping balloons in the living room",
        ),
        vetoes=(NEGATED, NOT_AN_EMERGENCY, PAST, RESOLVED, JOKING, SMALL_SPARK_UNPLUGGING),
        hazard="electrical",
        why="crackling, popping, buzzing or sizzling from a panel, wall or outlet, or a hot breaker that smells: a sign happening "
        "now, even when asked whether it is normal (no hypothetical veto)",
    ),
    Cue(
        "emergency.no_cooling_in_extreme_heat",
        "emergency",
        alt(
            # the three in any order, within a couple of sentences
            rf"(?:{_AC_DEAD}).{{0,60}}(?:{_EXTREME_HEAT}).{{0,60}}(?:{_AT_RISK_IN_HEAT})",
            rf"(?:{_AC_DEAD}).{{0,60}}(?:{_AT_RISK_IN_HEAT}).{{0,60}}(?:{_EXTREME_HEAT})",
            rf"(?:{_EXTREME_HEAT}|{_AT_RISK_IN_HEAT}).{{0,80}}(?:{_AC_DEAD}).{{0,60}}(?:{_EXTREME_HEAT}|{_AT_RISK_IN_HEAT})",
            rf"(?:{_EXTREME_HEAT}).{{0,60}}(?:{_AT_RISK_IN_HEAT}).{{0,60}}(?:{_AC_DEAD})",
            rf"(?:{_AT_RISK_IN_HEAT}).{{0,60}}(?:{_EXTREME_HEAT}).{{0,60}}(?:{_AC_DEAD})",
        ),
        examples=(
            "AC is dead and it's 108 out, my mom is 90",
            "the air conditioner quit, 110 degrees today and my baby is burning up",
            "my grandpa is on oxygen and the AC stopped working, it's 106",
            "AC out in this heat wave and my newborn is so hot",
        ),
        near_misses=(
            "AC is out, it's getting warm, no rush",
            "the AC died, can he come Thursday?",
            "my mom is 90 and wants the AC serviced before summer",
        ),
        vetoes=COMMON,
        hazard="person_at_risk",
        why="no cooling in extreme heat with an elderly, sick or infant person",
    ),
    Cue(
        "emergency.no_heat_with_a_baby_spanish",
        "emergency",
        alt(
            r"(?:se (?:fue|apag[oó]|descompuso|muri[oó]|da[nñ][oó]) la calefacci[oó]n|calefacci[oó]n (?:no (?:funciona|prende|sirve|enciende|calienta)|se (?:fue|apag[oó]|descompuso))|"
            r"(?:no hay|sin) calefacci[oó]n)[^.?!]{0,80}(?:beb[eé]s?|bebit[oa]|reci[eé]n nacid\w*|abuel\w*|ancian\w*)",
            r"(?:beb[eé]s?|bebit[oa]|reci[eé]n nacid\w*|abuel\w*|ancian\w*)[^.?!]{0,60}(?:se (?:fue|apag[oó]|descompuso) la calefacci[oó]n|sin calefacci[oó]n)",
        ),
        examples=(
            "se fue la calefacción y tengo a mi bebé",
            "la calefacción no prende y mi abuela vive conmigo",
            "tengo un recién nacido y estamos sin calefacción",
        ),
        near_misses=(
            "se fue la calefacción en el garaje, no es urgente",
            "mi bebé duerme, ¿puede tocar suave?",
        ),
        vetoes=COMMON,
        hazard="no_heat",
        why="no heating with a baby or a grandparent, said in Spanish",
    ),
    Cue(
        "emergency.electrical_smell",
        "emergency",
        alt(
            rf"(?:{_ODD_SMELL}) (?:\w+ )?(?:smell|odou?r|stink)s? (?:\w+ ){{0,2}}(?:from|in|out of|near|around|behind|by|at) (?:the |my |our |a )?(?:\w+ )?{_ELECTRICS}",
            rf"{_ELECTRICS}(?:'s| is| are)? (?:[\w']+ ){{0,6}}(?:smells?|smelling|stinks?|stinking)(?! (?:fine|ok|okay|normal|like new))",
            rf"{_ELECTRICS}(?:'s| is| are)? (?:\w+ ){{0,4}}(?:has|have|gives off|giving off|with) (?:a |an |this |that )?(?:\w+ )?(?:{_ODD_SMELL}) (?:smell|odou?r|stink)",
        ),
        examples=(
            "fishy smell from the outlet in the living room",
            "breaker keeps tripping and the panel smells like it's burning",
            "burning rubber smell coming from the fuse box",
            "the extension cord melted and smells awful",
        ),
        near_misses=(
            "the outlet in the garage doesn't work",
            "the fishy smell was just the trash, all good now",
            "the panel smelled funny last year, can he look while he's here?",
        ),
        vetoes=COMMON,
        hazard="electrical",
        why="an electrical part that smells of fish, burning plastic or rubber: wiring overheating",
    ),
    Cue(
        "emergency.melted_or_scorched_electrics",
        "emergency",
        alt(
            rf"{_ELECTRICS}(?:'s| is| are| has| have)? (?:\w+ ){{0,4}}(?:melted|melting|scorched|charred|burnt|burned|turned black|smoking)"
        ),
        examples=(
            "extension cord melted, smells awful",
            "the plug melted into the wall socket",
            "the power strip behind the tv is scorched and hot",
        ),
        near_misses=(
            "can he replace the outlet cover in the hall",
            "the cord on the old lamp is frayed, no rush",
            "the outlet scorched years ago, can he replace it",
        ),
        vetoes=COMMON,
        hazard="electrical",
        why="a plug, cord or strip that has melted or burned: it is overheating now",
    ),
    Cue(
        "emergency.warm_or_crackling_electrics",
        "emergency",
        alt(
            rf"{_ELECTRICS}(?:'s| is| are)? (?:[\w']+ ){{0,6}}(?:crackl\w*|sizzl\w*|hum(?:s|ming)? (?:loud|loudly|really loud)|"
            rf"(?:is |it's |feels? |getting |gets )(?:really |super |very )?(?:warm|hot))(?! (?:water|tub|side|glue|dog|sauce|tap))",
            rf"{_ELECTRICS}'s (?:really |super |very )?(?:warm|hot)\b(?! (?:water|tub|side|glue|dog|sauce|tap))",
            r"(?:took|pulled|brought|knocked|taken) down (?:the |a |our )?(?:power |electric |electrical |service )?(?:wires?|power ?lines?)|"
            r"(?:a |big |loud )?(?:pop|bang|boom) and (?:a )?(?:flash|sparks?|smoke)|"
            r"(?:power |electric |electrical )?(?:wires?|power ?lines?) (?:is |are )?(?:\w+ ){0,2}(?:lying|laying|down) (?:in|on|across) "
            r"(?:the |our |my )?(?:driveway|yard|road|street|ground|roof|lawn|deck|car|fence)",
        ),
        examples=(
            "the light switch crackles and the plate is warm",
            "panel is humming loud and it's hot, kinda scared to touch it",
            "outlet in the hallway is warm and smells fishy",
            "a tree limb took down the wire to the house, it's lying in the driveway",
            "every outlet in the bedroom stopped working and the breaker's warm",
            "there's a pop and a flash every time I plug anything into the kitchen socket",
        ),
        near_misses=(
            "can he add an outlet for the hot tub?",
            "the switch for the hot water heater is in the garage",
            "the cable guy ran a new wire along the fence",
            "the breaker box buzzed a bit last year, can he look?",
        ),
        vetoes=COMMON,
        hazard="electrical",
        why="a switch, outlet or panel that is warm, crackling or humming loud, or a power line down",
    ),
    Cue(
        "emergency.standing_water_depth",
        "emergency",
        alt(
            r"(?:basement|garage|kitchen|floor|laundry(?: room)?|bathroom|hallway|crawl ?space|living room|house|downstairs)(?:'s| is)? "
            r"(?:now |already |like )?(?:an? |<qty> |\d+ |two |three |few )?(?:inch(?:es)?|feet|foot|ankle|knee|shin)[- ]deep",
            r"(?:(?:an? |\d+ |two |three |few )?(?:inch(?:es)?|feet|foot)(?: or (?:two|so))?|<qty>) of (?:standing )?water (?:in|on|across|covering) "
            r"(?:the |my |our )?(?:basement|garage|kitchen|floor|laundry|bathroom|hallway|crawl ?space|living room|house)",
        ),
        examples=(
            "the basement is an inch deep in water",
            "there's 3 inches of water in the basement",
            "the laundry room is ankle deep",
        ),
        near_misses=(
            "the basement had an inch of water last spring, can he check the sump?",
            "the pool is 8 feet deep at the end",
        ),
        vetoes=COMMON + (MINOR,),
        hazard="water",
        why="water standing inches deep inside the home",
    ),
    Cue(
        "emergency.no_heat_with_an_elder_or_baby",
        "emergency",
        alt(
            rf"(?:{_FRAIL_PERSON})\b.{{0,100}}(?:{_HEAT_LOST})",
            rf"(?:{_HEAT_LOST})\b.{{0,100}}(?:{_FRAIL_PERSON})",
        ),
        examples=(
            "my grandmother lives with us and the furnace has been out since last night, it's 20 outside",
            "the heat has been off all day and we have a newborn",
        ),
        near_misses=(
            "the heat has been off all day, can he come tomorrow instead?",
            "my grandmother's furnace is old, can he quote a new one?",
        ),
        vetoes=COMMON,
        hazard="no_heat",
        why="the heat out in a home with a grandparent, a baby or someone frail",
    ),
    Cue(
        "emergency.shocked_by_touch",
        "emergency",
        alt(
            r"(?:got|get|getting|been|was|were|keep getting|keeps? getting) (?:\w+ )?(?:shocked|zapped|jolted)|"
            r"(?:shocking|zapping) (?:me|us|him|her|people|anyone|the kids)|"
            r"(?:tingl\w*|tingles|a buzz|buzzed|jolt) (?:\w+ ){0,3}(?:when|whenever|if|every time) (?:i|we|you|he|she|they|anyone) touch|"
            r"(?:faucet|tap|sink|shower|tub|appliance|washer|dryer|fridge|stove|oven|dishwasher|pipe|metal|railing)s? (?:\w+ ){0,3}(?:is |are )?(?:live|electrified)|"
            r"(?:gave|giving|gives|give) (?:[\w']+ ){1,2}(?:a |an )?(?:little |small |big |nasty )?shocks?(?! absorbers?)"
        ),
        examples=(
            "I got shocked touching the kitchen faucet",
            "getting tingles when I touch the shower handle",
            "the washing machine keeps shocking me",
            "the metal railing is live, my son felt it",
            "the stove gave my wife a shock when she touched it",
            "the metal railing on the deck is giving people shocks",
        ),
        near_misses=(
            "the price was a bit of a shock lol",
            "I was shocked how fast he finished, thanks!",
            "we were shocked by the bill",
            "the estimate gave me a bit of a shock lol",
        ),
        vetoes=COMMON + (SHOCKED_BY_NEWS,),
        hazard="electrical",
        why="an electric shock from something a person touches: a live fault",
    ),
    Cue(
        "emergency.water_on_electrics",
        "emergency",
        alt(
            rf"(?:water|leak\w*|rain)(?! heater| softener| tank| filter| line| main| bill| pressure| meter)(?:'s| is| are)? "
            rf"(?:\w+ ){{0,2}}(?:pooling|dripping|leaking|running|coming|pouring|getting|seeping|sitting|puddling|collecting|trickling|streaming) "
            rf"(?:\w+ ){{0,3}}{_WATER_ONTO} (?:the |my |our )?(?:\w+ )?(?:electrical panel|breaker box|breaker panel|breakers|panel|fuse ?box|meter|"
            rf"wiring|outlets?|sockets?|(?:light )?switch(?:es)?|light fixtures?)",
            r"(?:leaking|dripping|pouring|spraying|gushing|trickling|running) (?:\w+ ){0,2}(?:into|onto|on to|all over) (?:the |my |our )?"
            r"(?:\w+ )?(?:electrical panel|breaker box|panel|fuse ?box|outlets?|sockets?|wiring|(?:light )?switch(?:es)?)\b",
            r"(?:panel|breaker box|fuse ?box|outlet|socket|wiring)s? (?:\w+ ){0,3}(?:is |are )?(?:wet|soaked|getting wet|in water|under water)",
        ),
        examples=(
            "there's water pooling near the breaker box",
            "water is dripping onto the electrical panel",
            "the outlet by the sink is wet and the leak is getting worse",
            "water is trickling down the wall into the light switch",
            "the dishwasher is leaking right into the outlet under the sink",
        ),
        near_misses=(
            "the panel is in the basement next to the hot water tank",
            "the water heater is right by the breaker box",
            "can he add an outlet near the water softener?",
        ),
        vetoes=COMMON,
        hazard="electrical",
        why="water reaching a panel, outlet or wiring: a shock and fire risk now",
    ),
    Cue(
        "emergency.water_wont_stop",
        "emergency",
        alt(
            r"(?:water|it|leak)(?:'s| is)? (?:\w+ ){0,2}(?:won't|wont|will not|doesn't|does not|isn't|can't|cannot) stop "
            r"(?:coming|pouring|gushing|spilling|flowing|leaking|spraying|running out)",
            r"(?:keeps?|is|are) (?:\w+ )?(?:running|spilling|flowing|pouring) over\b(?=.{0,40}(?:won't stop|can't stop|floor|everywhere|hall|carpet))",
            r"can't (?:get|make) (?:the |it )?(?:water |leak )?(?:to )?stop",
        ),
        examples=(
            "water won't stop coming out from under the dishwasher",
            "the toilet keeps running over and it won't stop",
            "can't get the water to stop, it's all over the floor",
        ),
        near_misses=(
            "the toilet won't stop running, can he look at it Thursday?",
            "the faucet drips and won't stop, no rush",
            "kids can't stop talking about your tech lol",
        ),
        vetoes=COMMON + (MINOR,),
        hazard="water",
        why="water coming out that nobody can stop",
    ),
    Cue(
        "emergency.sewage_filling_fixture",
        "emergency",
        alt(
            r"(?:tub|bathtub|bath|shower|sink|floor|basement|drains?|toilet)s? (?:is |are )?(?:\w+ ){0,2}"
            r"(?:filling (?:up )?with|full of|covered in|backing up with|coming up with) (?:\w+ )?"
            r"(?:sewage|sewer water|sewer|poo|poop|toilet water|waste ?water|black water|brown water|dirty water)",
            r"(?:sewer|sewage|toilet|brown|dirty|black) water (?:\w+ ){0,2}(?:coming|bubbling|backing|welling) up (?:in|into|through|out of) (?:the |my )?(?:\w+ )?(?:tub|bath|shower|sink|floor|drain)",
            r"(?:spitting|spewing|gurgling|bubbling|pushing|burping|coughing|throwing|bringing|bring) (?:up|out|back) (?:\w+ )?(?:sewage|sewer water|poo|poop|toilet water|black water|brown water|raw sewage)",
        ),
        examples=(
            "the tub is filling up with sewer water",
            "basement floor drain is full of sewage",
            "dirty water coming up in the shower drain whenever we flush",
            "shower drain is spitting up sewage",
            "toilet and the shower drain are both bringing up sewage into the bathroom",
        ),
        near_misses=(
            "the tub drains slow",
            "the sink filled with dirty water once last month, fine now",
        ),
        vetoes=COMMON,
        hazard="sewage",
        why="sewage or toilet water coming up into a tub, shower, sink or floor",
    ),
    Cue(
        "emergency.symptoms_near_burner",
        "emergency",
        alt(
            rf"(?:{_SYMPTOMS})\b[^.!?]{{0,60}}(?:since|when|after|whenever|every time|and) (?:the |we |i )?(?:\w+ )?(?:{_BURNERS})",
            rf"(?:{_BURNERS})\b[^.!?]{{0,40}}(?:on|running|came on|kicked on|started)[^.!?]{{0,30}}(?:we|everyone|i|the kids|all)\b[^.!?]{{0,20}}(?:{_SYMPTOMS})",
        ),
        examples=(
            "we all have headaches and feel dizzy since the furnace came on",
            "ever since the boiler kicked on we all feel nauseous",
            "everyone in the house is nauseous and the furnace smells weird",
        ),
        near_misses=(
            "the furnace noise gives me a headache lol, can he look at the fan?",
            "Can he check the furnace? Also my son has a headache from school lol",
        ),
        vetoes=(
            NEGATED,
            PAST,
            HYPOTHETICAL,
            NOT_AN_EMERGENCY,
            Veto(
                "emergency.veto.noise_headache",
                "a headache from a noise or a bill is an annoyance, not poisoning",
                alt(r"noise|noisy|loud|racket|rattl\w*|bang\w*|lol|haha|bill|price|cost"),
                scope="sentence",
                examples=("ever since the boiler kicked on we all have a headache from the banging lol",),
            ),
        ),
        hazard="carbon_monoxide",
        why="people feeling poisoned since a fuel-burning appliance came on: carbon monoxide",
    ),
)
CUES = (*CUES, *SIGN_CUES, PERSON_AT_RISK_IN_TEMPERATURE)


# ---- A reaction to a pest or chemical treatment (issue 13, fourth round) ------------------------
# A person or pet with trouble breathing, a rash, hives or dizziness after a spray or a treatment:
# poisoning or an allergic reaction, happening now. The smell alone asked about ("the spray smell is
# strong, is that normal?") and re-entry questions are questions, kept out by the vetoes and by the
# symptom the pattern needs.
_REACTION = (
    r"(?:trouble|difficulty|hard time|struggling|can't|cannot|can not|having a hard time) breathing|short of breath|"
    r"(?:can't|cannot) (?:catch (?:his|her|my|their|our) breath|breathe)|wheez\w*|chest (?:is )?(?:tight|hurts)|"
    r"(?:throat|lips?|face|tongue|eyes?)(?:'s| is| are)? (?:\w+ )?(?:swelling|swollen|closing|burning|puffy)|"
    r"(?:rash|hives|welts|blisters)|break(?:ing)? out in|(?:skin|arms?|legs?|hands?) (?:is |are )?(?:\w+ )?(?:burning|red and itchy|itchy|blistering)|"
    r"coughing (?:non ?stop|nonstop|constantly|and can't stop)|"
    r"(?:le |me |nos |les )?cuesta respirar|no (?:puede|puedo|pueden) respirar|ronchas|sarpullido|comez[oó]n|"
    r"hinchad[oa]s?|v[oó]mit\w*|" + _SYMPTOMS
)
_TREATMENT = (
    r"(?:pest|bug|insect|roach|ant|termite|flea|weed)s? (?:spray|treatment|control|guy|man|tech)|"
    r"spray(?:ed|ing)?|treatment|treated|exterminator|fumigat\w*|fogger|bug bomb|chemicals?|pesticides?|insecticides?|"
    r"poison|fumes|(?:la )?fumigaci[oó]n|fumigaron|fumigar|(?:el )?veneno|(?:el )?tratamiento|roci[oó]|rociaron"
)
SIGN_CUES_R4 = (
    Cue(
        "emergency.reaction_after_a_treatment",
        "emergency",
        alt(
            rf"(?:{_REACTION})\b[^.!?]{{0,70}}\b(?:after|since|from|when|once|right after|ever since|despu[eé]s de|desde que|por) "
            rf"(?:the |your |you |he |they |we |that |la |el |que )?"
            rf"(?:\w+ ){{0,2}}(?:{_TREATMENT})",
            rf"(?:after|since|ever since) (?:the |your |you |he |they |that )?(?:\w+ ){{0,2}}(?:{_TREATMENT})\b[^.!?]{{0,70}}"
            rf"(?:{_REACTION})",
        ),
        examples=(
            "my son is having trouble breathing after the spray this morning",
            "I broke out in a rash after the treatment yesterday, my arms are burning",
            "since the exterminator sprayed we're all dizzy and nauseous",
            "the dog is wheezing and throwing up after your guy sprayed the yard",
            "after the bug spray my daughter's eyes are swollen and she can't stop coughing",
            "a mi hijo le cuesta respirar después de la fumigación",
        ),
        near_misses=(
            "the spray smell is strong, is that normal?",
            "how long until it's safe to go back in after the spray?",
            "last time the treatment gave me a rash, can he use something milder?",
            "what if the kids get a rash from the spray?",
            "the rash cream worked, thanks",
        ),
        vetoes=COMMON,
        hazard="chemical_reaction",
        why="a person or pet reacting (breathing, rash, dizziness) after a pest or chemical treatment",
    ),
)
CUES = (*CUES, *SIGN_CUES_R4)

# ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----------------
# The r4 sealed corpus wrote hazards in these languages with no rule or training text for them. Each
# hazard is a record of its own; the vetoes read the past and a detector's upkeep in these languages,
# beside the common ones (a question, a negation, a joke).

# LANGUAGES2_PAST (the past in these languages) is shared with later families: in `hazard_vetoes`.
LANGUAGES2_UPKEEP = Veto(
    "emergency.veto.upkeep_languages2",
    "a detector's battery or a question about installing one, in Italian, Polish, Hindi/Hinglish or Russian",
    alt(
        r"batteri[ae]|pila|bateri[ięa]|baterii|baterię|battery|batteries|cell (?:khatam|badalna)|батарейк\w*|"
        r"installa\w*|montowa\w*|zamontowa\w*|lagwa\w*|lagana|установит\w*|поставит\w*"
    ),
    scope="sentence",
    examples=(
        "il rilevatore di monossido suona, credo sia la batteria",
        "czujnik czadu piszczy, chyba bateria",
    ),
)
LANGUAGES2_VETOES = (*COMMON, LANGUAGES2_PAST)

LANGUAGES2_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_languages2",
        "emergency",
        alt(
            r"(?:odore|puzza) di gas|(?:perdita|fuga) di gas|sento (?:l'odore del )?gas|c'è (?:una )?(?:perdita di )?gas",
            r"(?:czuć|czuc|czuję|czuje) gaz|zapach gazu|(?:śmierdzi|smierdzi) gazem|wyciek gazu|ulatnia (?:się|sie) gaz",
            r"gas (?:ki )?(?:smell|badboo|badbu|boo|bu) (?:aa|aa rahi|aa raha|ho)\w*|gas (?:leak|nikal) (?:ho )?(?:raha|rahi)",
            r"пахнет газом|запах газа|утечка газа|газом пахнет|воняет газом|pahnet gazom|zapah gaza",
        ),
        examples=(
            "C'è un forte odore di gas in cucina!",
            "Czuć gaz w kuchni, co robić?",
            "kitchen mein gas ki smell aa rahi hai",
            "На кухне сильно пахнет газом!",
        ),
        near_misses=(
            "Dovete controllare anche la caldaia a gas?",
            "Ile kosztuje przegląd kuchenki gazowej?",
            "В прошлый раз была утечка газа, сейчас всё нормально",
        ),
        vetoes=LANGUAGES2_VETOES,
        hazard="gas",
        why="a smell of gas or a gas leak, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    Cue(
        "emergency.co_alarm_languages2",
        "emergency",
        alt(
            r"(?:allarme|rilevatore|sensore) (?:del |di )?(?:monossido|co)\b[^.!?]{0,30}(?:suona|sta suonando|scattato|continua a suonare)",
            r"czujnik (?:czadu|co)\b[^.!?]{0,30}(?:piszczy|wyje|alarmuje|(?:się|sie) włączył|wlaczyl|dzwoni)",
            r"co alarm[^.!?]{0,20}(?:baj|bol|chil)\w*",
            r"датчик (?:угарного газа|co|со)[^.!?]{0,30}(?:пищит|сработал|звенит|орёт|орет)",
        ),
        examples=(
            "Il rilevatore di monossido sta suonando e mi gira la testa",
            "Czujnik czadu piszczy bez przerwy, wyszliśmy z domu",
            "CO alarm baj raha hai, hum bahar aa gaye",
            "Датчик угарного газа пищит не переставая",
        ),
        near_misses=(
            "Il rilevatore di monossido suona, credo sia la batteria",
            "czujnik czadu piszczy, chyba bateria",
            "Можете установить датчик угарного газа?",
        ),
        vetoes=(*LANGUAGES2_VETOES, LANGUAGES2_UPKEEP),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    Cue(
        "emergency.water_languages2",
        "emergency",
        alt(
            r"(?:tubo|tubatura) (?:è |e )?(?:scoppiat[oa]|rott[oa])|(?:è )?scoppiato (?:un |il )?tubo|allagat[oa]|si sta allagando|"
            r"acqua (?:che )?(?:esce|scende|gocciola|entra|cola|dappertutto|ovunque|dal soffitto)|(?:entra|scende|esce|cola) (?:l')?acqua",
            r"p[ęe]k[łl]a rura|rura (?:p[ęe]k[łl]a)|zalan\w*|zala[łl]\w*|zalewa|woda (?:leci|cieknie|kapie|(?:się|sie) leje|z sufitu|wszędzie|wszedzie)|cieknie z sufitu",
            r"pipe (?:phat|fat|toot|tut) (?:gaya|gayi)|paani (?:bhar|tapak|ris|beh|nikal) (?:raha|rahi|gaya)|chhat se paani|paani hi paani",
            r"прорвало|(?:лопнула|прорвало) труб\w*|труба лопнула|затоп\w+|(?:течёт|течет|льётся|льется|капает) (?:вода|с потолка)|"
            r"(?:вода|кипяток|горячая вода) (?:течёт|течет|льётся|льется|с потолка|везде|хлещет|бьёт|бьет)|потоп|zatopilo|"
            r"(?:батарея|радиатор|бойлер|водонагреватель|стояк|кран) (?:\w+ )?(?:лопнул\w*|прорвал\w*|потёк|потек|течёт|течет)",
        ),
        examples=(
            "È scoppiato un tubo, la cucina è allagata!",
            "Pękła rura, woda leci z sufitu",
            "pipe phat gaya hai, ghar mein paani bhar raha hai",
            "Прорвало трубу, вода течёт с потолка!",
            "Радиатор в спальне лопнул, горячая вода бьёт на пол",
            "Бойлер потёк, кипяток течёт по всей ванной",
        ),
        near_misses=(
            "Батарея в прошлом году лопнула, сейчас просто проверка",
            "Кран немного капает, можно посмотреть завтра?",
            "L'ultima volta il tubo è scoppiato, ora è solo un controllo",
            "Czy mam zakręcić wodę przed wizytą?",
            "pichhli baar pipe phat gaya tha, ab check karna hai",
        ),
        vetoes=LANGUAGES2_VETOES,
        hazard="water",
        why="a burst pipe, water flooding or coming through the ceiling, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    Cue(
        "emergency.electrical_languages2",
        "emergency",
        alt(
            r"scintill\w*|(?:odore|puzza) (?:\w+ ){0,2}di bruciato|fumo (?:dalla|dal|esce)|cortocircuito",
            r"iskrzy|iskry|(?:zapach|swąd|swad) (?:spalenizny|palonego)|(?:śmierdzi|smierdzi) spalenizn\w*|dym (?:z|leci)|gniazdko (?:\w+ )?dymi",
            r"spark (?:ho|aa|nikal) (?:raha|rahe|rahi)|sparking ho|jalne ki (?:smell|badboo|badbu|boo|bu)|dhuan (?:nikal|aa) raha|short circuit ho",
            r"искр\w+|запах гари|пахнет гарью|(?:горелым|гарью) пахнет|пахнет горелым|дым (?:из|идёт|идет)|дымит|коротнуло",
        ),
        examples=(
            "La presa fa scintille e c'è odore di bruciato",
            "La caldaia fa un odore strano di bruciato e la spia è rossa",
            "Gniazdko iskrzy i czuć swąd spalenizny",
            "switch board se spark ho raha hai, jalne ki smell aa rahi hai",
            "Розетка искрит, пахнет горелым",
        ),
        near_misses=("il tecnico può controllare le prese?", "можно заодно поменять розетку?"),
        vetoes=LANGUAGES2_VETOES,
        hazard="electrical",
        why="sparks, smoke from an outlet or a burning smell, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    Cue(
        "emergency.fire_languages2",
        "emergency",
        alt(
            r"incendio|(?:ha )?preso fuoco|prende fuoco|va a fuoco|sta bruciando",
            r"poż[aą]r|pozar|pali (?:się|sie)",
            r"aag lag (?:gayi|gai|gaya|gaye)|aag lagi (?:hai|hui)",
            r"пожар|загорел\w*|горит (?:проводка|щиток|розетка|кухня)",
        ),
        examples=(
            "Il quadro elettrico ha preso fuoco!",
            "Pali się w kuchni!",
            "kitchen mein aag lag gayi!",
            "Пожар на кухне!",
        ),
        near_misses=("il camino funziona benissimo", "светильник горит всю ночь"),
        vetoes=LANGUAGES2_VETOES,
        hazard="fire_smoke",
        why="something on fire, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    Cue(
        "emergency.no_heat_vulnerable_languages2",
        "emergency",
        alt(
            r"(?:riscaldamento|caldaia|termosifon[ei])[^.!?]{0,80}(?:neonat\w*|bambin[oa]|anzian\w*|nonn[ao]|congelando)",
            r"(?:ogrzewani\w*|piec|kaloryfer\w*|grzejnik\w*)[^.!?]{0,80}(?:niemowl\w*|noworod\w*|małe dziecko|male dziecko|babci\w*|dziad\w*|starsz\w*|zamarza\w*)",
            r"(?:heater|heating)[^.!?]{0,60}(?:chhota baby|newborn|bachcha|dadi|dada|nani|nana|buzurg)",
            r"(?:отоплени\w*|батаре[иия]|кот[её]л)[^.!?]{0,80}(?:младен\w*|грудн\w*|малыш\w*|бабушк\w*|дедушк\w*|пожил\w*|замерза\w*)",
        ),
        examples=(
            "La caldaia è rotta, fa freddissimo e ho un neonato",
            "Piec nie działa, w domu jest zimno, a mamy niemowlę",
            "heater kharab hai aur ghar mein chhota baby hai, bahut thand hai",
            "Отопление не работает, дома холодно, у нас грудной ребёнок",
        ),
        near_misses=("La caldaia fa un rumore strano", "Piec nie grzeje, proszę o wizytę"),
        vetoes=LANGUAGES2_VETOES,
        hazard="no_heat",
        why="no heat with a baby or an elderly person, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
)
CUES = (*CUES, *LANGUAGES2_CUES)

# ---- Haitian Creole and Arabic (issue 13, h13lang2) -----------------------------------------------

# HAITIAN_ARABIC_PAST is shared with later families: in `hazard_vetoes`.
HAITIAN_ARABIC_UPKEEP = Veto(
    "emergency.veto.upkeep_haitian_arabic",
    "a detector's battery, in Haitian Creole or Arabic",
    alt(r"batri|بطاري[ةه]|البطاري[ةه]"),
    scope="sentence",
    examples=("Alam monoksid la ap sonnen, m panse se batri a",),
)
HAITIAN_ARABIC_VETOES = (*COMMON, HAITIAN_ARABIC_PAST, HAITIAN_ARABIC_UPKEEP)

HAITIAN_ARABIC_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_haitian_arabic",
        "emergency",
        alt(
            r"(?:sant|santi|od[èe]) gaz|gaz (?:ap|k ap) (?:koule|chape)|fwit gaz",
            r"(?:ري[حر][ةه]|رائح[ةه]) (?:ال)?غاز|تسر(?:ب|يب) (?:ال)?غاز",
        ),
        examples=("Gen yon sant gaz nan kwizin nan!", "في ريحة غاز قوية بالمطبخ"),
        near_misses=("Eske nou ranje recho gaz?", "المرة الماضية كان في تسرب غاز، ممكن تفحصوا الفرن؟"),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="gas",
        why="a smell of gas or a gas leak, in Haitian Creole and Arabic",
    ),
    Cue(
        "emergency.co_alarm_haitian_arabic",
        "emergency",
        alt(
            r"alam (?:monoksid|co)\b[^.!?]{0,20}(?:ap sonnen|sonnen|ap kriye)",
            r"(?:جهاز|كاشف|[إا]نذار|حساس) (?:[أا]ول [أا]كسيد الكربون|co)[^.!?]{0,20}(?:يصفر|بيصفر|يرن|بيرن|شغال)",
        ),
        examples=("Alam monoksid la ap sonnen san rete", "جهاز إنذار أول أكسيد الكربون يصفر وما يوقف"),
        near_misses=("Alam monoksid la ap sonnen, m panse se batri a", "ممكن تركبوا كاشف أول أكسيد الكربون؟"),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Haitian Creole and Arabic",
    ),
    Cue(
        "emergency.water_haitian_arabic",
        "emergency",
        alt(
            r"tiyo (?:a )?(?:pete|kase)|dlo (?:(?:ki|k) ?)?ap (?:koule|tonbe|desann|soti)|dlo toupatou|inonde|"
            r"(?:kay|kizin|kwizin|twalèt|twalet|sousòl|sousol|chanm) (?:la|nan|a) plen dlo",
            r"(?:ماسور[ةه]|البايب|[أا]نبوب)\S* (?:\S+ )?(?:انفجر|انفجرت|اتكسر|انكسر|ضرب)|(?:الماي|المي[ةه]|المياه|الموي[ةه]) (?:\S+ )?(?:نازل|ينزل|بينزل|تنزل|بتنزل|في كل مكان)|"
            r"(?:من|م) السقف|غرق(?:ت|ان)? (?:البيت|المطبخ|الحمام)|فيضان",
        ),
        examples=(
            "Tiyo a pete, dlo toupatou nan kwizin nan",
            "الماسورة انفجرت والمي نازلة من السقف",
            "Gen dlo ki ap koule anba chofe dlo a",
            "Tout twalèt la plen dlo, m pa ka fèmen l",
        ),
        near_misses=(
            "Dènye fwa tiyo a te pete, fwa sa a se yon chèk sèlman",
            "Èske m dwe fèmen dlo a anvan teknisyen an vini?",
            "لازم أسكر المي قبل ما يجي الفني؟",
        ),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="water",
        why="a burst pipe, water pouring or flooding, in Haitian Creole and Arabic",
    ),
    Cue(
        "emergency.electrical_haitian_arabic",
        "emergency",
        alt(
            r"(?:e)?tens[èe]l|(?:sant|od[èe]|santi) boule|priz la ap (?:fè|fe|voye) (?:dife|lafimen)",
            r"شرار[ةه]?|(?:ري[حر][ةه]|رائح[ةه]) (?:حريق|احتراق|شياط|شي محروق)|دخان (?:طالع|يطلع|من)|ماس كهرب",
        ),
        examples=("Priz la ap fè etensèl, gen sant boule", "الفيش يطلع شرار وفي ريحة شياط"),
        near_misses=("Eske li ka chanje priz la tou?", "ممكن تغيروا الفيش؟"),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="electrical",
        why="sparks or a burning smell, in Haitian Creole and Arabic",
    ),
    Cue(
        "emergency.fire_haitian_arabic",
        "emergency",
        alt(
            r"dife (?:pran|nan kay|nan kwizin)|kay la ap boule",
            r"حريق|ولعت (?:النار|الكهربا|المطبخ)|(?:في|فيه) نار",
        ),
        examples=("Dife pran nan kwizin nan!", "في حريق بالمطبخ!"),
        near_misses=("recho a pa limen", "النار الشمعة مطفية"),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="fire_smoke",
        why="something on fire, in Haitian Creole and Arabic",
    ),
    Cue(
        "emergency.no_heat_vulnerable_haitian_arabic",
        "emergency",
        alt(
            r"(?:chofaj|chofè|chofe)[^.!?]{0,60}(?:tibebe|ti bebe|granmoun)",
            r"(?:التدفئ[ةه]|الدفاي[ةه]|الشوفاج|الهيتر)[^.!?]{0,60}(?:بيبي|رضيع|مولود|طفل صغير|جدتي|جدي|كبير[ةه]? (?:في|ب)السن)",
        ),
        examples=(
            "Chofaj la pa mache, fè frèt anpil e m gen yon tibebe",
            "التدفئة خربانة والبيت برد كتير وعندي رضيع",
        ),
        near_misses=("Chofaj la fè bri", "الشوفاج صوته عالي"),
        vetoes=HAITIAN_ARABIC_VETOES,
        hazard="no_heat",
        why="no heat with a baby or an elderly person, in Haitian Creole and Arabic",
    ),
)
CUES = (*CUES, *HAITIAN_ARABIC_CUES)

# ---- burst radiators, boiling water, water under a washer, no heat with a baby (issue 13, h13lang3) ----
# Hazards said plainly in Russian, Polish, Vietnamese, Tagalog, Arabic, Korean, Chinese and French: the
# radiator or heater named before or after the verb that bursts it, and the boiling water on the floor.
# The vetoes read last year / last time and a check-up or bleeding a radiator in these languages.

# LANGUAGES3_PAST, LANGUAGES3_UPKEEP and LANGUAGES3_VETOES are shared with later families and the
# safety net: in `hazard_vetoes`.

LANGUAGES3_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.burst_heater_boiling_water_languages3",
        "emergency",
        alt(
            r"(?:лопнул\w*|прорвал\w*|потекл\w*) (?:батаре\w+|радиатор\w*|бойлер\w*)|кипят(?:ок|ком) (?:на пол\w*|по пол\w*|везде|хлещет|течёт|течет)",
            r"p[ęe]k[łl]?(?:a|o)? (?:kaloryfer|grzejnik|bojler)|(?:kaloryfer|grzejnik|bojler) (?:p[ęe]k[łl]|cieknie|leje)|wrz[ąa]tek (?:na podłodze|na podlodze|leci|wszędzie|wszedzie)",
            r"(?:lò sưởi|máy sưởi|két sưởi|ống nước|bình nóng lạnh)(?: bị)? (?:vỡ|bể|nổ|bục)|nước sôi (?:tràn|chảy|đổ|phun)",
            r"(?:pumutok|sumabog|nabasag|bumigay) ang (?:radiator|tubo|heater|water heater)|kumukulong tubig",
            r"chof(?:e|è) dlo (?:a |la )?(?:fann|pete|kase|ap koule)|dlo cho (?:ap|k ap|kap) (?:koule|tonbe|gaye)",
            r"(?:انفجر|انفجرت|انكسر|انكسرت)\S* (?:ال)?(?:رادياتير|رادياتور|شوفاج|سخان|دفاي[ةه])|(?:ال)?(?:ماء|مياه|مي[ةه]) (?:ال)?(?:مغلي|ساخن|حار)[ةه]? (?:على|ع) (?:ال)?(?:أرض|ارض)|"
            r"يتسرب من تحت (?:ال)?غسال[ةه]|(?:الأرض|الارض) (?:كلها )?مغمور[ةه]",
            r"(?:라디에이터|보일러|배관|수도관|파이프|온수기)[가이]? (?:터져|터졌|터진|파열)|뜨거운 물이 [^.!?]{0,10}(?:쏟아|새|흘러|넘쳐)",
            r"(?:暖气片|暖氣片|暖气|暖氣|水管|热水器|熱水器)(?:爆|裂|破)|开水流|開水流|(?:流|漏)了一地",
            r"(?:radiateur|tuyau|chauffe-eau|ballon d'eau chaude) (?:a )?(?:éclaté|explosé|pété|crevé)|eau bouillante (?:partout|par terre|sur le sol)",
        ),
        examples=(
            "Лопнула батарея, кипяток на полу!",
            "Pękł kaloryfer, wrzątek na podłodze!",
            "Lò sưởi bị vỡ, nước sôi tràn ra sàn!",
            "Pumutok ang radiator, kumukulong tubig sa sahig!",
            "انفجر الرادياتير والماء المغلي على الأرض!",
            "라디에이터가 터져서 뜨거운 물이 바닥에 쏟아지고 있어요!",
            "暖气片爆了，开水流了一地！",
            "Le radiateur a éclaté, il y a de l'eau bouillante partout par terre",
            "Dlo cho ap koule atè a, chofe dlo a fann",
            "الماء يتسرب من تحت الغسالة والأرض كلها مغمورة",
        ),
        near_misses=(
            "작년에 라디에이터가 터진 적이 있어서 점검 받고 싶어요",
            "去年暖气漏过水，这次想检查一下",
            "Czy trzeba odpowietrzyć kaloryfer przed zimą?",
            "Le radiateur a éclaté l'hiver dernier, on veut juste un entretien",
            "Năm ngoái lò sưởi bị vỡ, giờ chỉ cần kiểm tra",
        ),
        vetoes=LANGUAGES3_VETOES,
        hazard="water",
        why="a burst radiator or heater, boiling water on the floor, water from under a washer, in eight languages",
    ),
    Cue(
        "emergency.no_heat_vulnerable_languages3",
        "emergency",
        alt(
            r"(?:không có|mất|hư|không) (?:sưởi|lò sưởi|máy sưởi)[^.!?]{0,60}(?:em bé|con nhỏ|trẻ sơ sinh|người già|bà cụ|ông cụ)",
            r"(?:walang|sira ang|patay ang) (?:heater|init|heating|heat)[^.!?]{0,60}(?:baby|sanggol|matanda|lola|lolo)",
            r"(?:zero|brak|nie ma|ani trochę) (?:ciepła|ciepla|ogrzewania)[^.!?]{0,60}(?:niemowl\w*|noworod\w*|dzieck\w*|babci\w*|dziadk\w*)",
            r"(?:لا (?:توجد|يوجد|في)|ما في|مافي) (?:ال)?(?:تدفئ[ةه]|دفاي[ةه]|شوفاج|هيتر)[^.!?]{0,60}(?:رضيع|طفل|بيبي|مولود|كبير)",
        ),
        examples=(
            "Nhà không có sưởi, có em bé mới sinh, trời lạnh lắm",
            "Walang heater at may baby kami sa bahay, sobrang lamig",
            "لا توجد تدفئة وعندي طفل رضيع والجو بارد جدا",
            "Sira ang heater, may sanggol kami at ang lamig ng bahay",
            "Zero ciepła w domu, mam niemowlę, jest minus 10",
        ),
        near_misses=(
            "Máy sưởi chạy tốt rồi, cảm ơn",
            "Walang problema sa heater, salamat",
            "Sira ang heater noong isang taon, may baby na kami ngayon kaya gusto ng check",
            "التدفئة شغالة تمام، شكرا",
        ),
        vetoes=LANGUAGES3_VETOES,
        hazard="no_heat",
        why="no heat with a baby or an elderly person, in Vietnamese, Tagalog, Polish and Arabic",
    ),
    Cue(
        "emergency.socket_smoke_flame_languages3",
        "emergency",
        alt(
            r"(?:из|от) розетки (?:пош[ёе]л|ид[ёе]т|валит|повалил) дым|дым (?:из|от) розетки|розетка (?:дымит|горит|искрит|плавится)",
            r"nagliliyab|umuusok ang (?:saksakan|outlet|wire|kawad)|(?:may )?apoy (?:sa|galing sa) (?:saksakan|outlet)",
        ),
        examples=("Из розетки пошёл дым", "Nagliliyab ang saksakan!", "Розетка дымит и пахнет гарью"),
        near_misses=("Можно заменить розетку на кухне?", "Pwede bang palitan ang saksakan?"),
        vetoes=LANGUAGES3_VETOES,
        hazard="electrical",
        why="smoke or flames from a socket, in Russian and Tagalog",
    ),
)
CUES = (*CUES, *LANGUAGES3_CUES)

# ---- Hazards said plainly in fifteen languages, by family (issue 13, h13hazard5) -------------------
# Blind corpora missed hazards said plainly in languages other than English: no heat with a small
# child or an elderly person in the cold, no cooling with one in a heat wave, water rising ankle-deep
# in a basement, water through a ceiling or a light fixture, a burst pipe or radiator, water that will
# not stop, sewage coming up, a gas smell, a CO alarm sounding, sparks or a burning smell. One record
# per family, each alternative a language's plain words for it; the family's condition that needs two
# things at once (no heat AND someone at risk) is the cue's sign plus a veto that cancels it when the
# text holds no second thing. The vetoes read the past, a repair already done and the road.

# Anything at all: a veto on it cancels the sign unless its `unless` (the second thing) is in scope.
_ANYTHING = re.compile(r"\S")

# H5_FIXED and H5_VETOES (every veto above plus a repair said in these languages) are shared with later
# families and the safety net: in `hazard_vetoes`.

_H5_CO_WORD = (
    r"一氧化碳|일산화탄소|угарн\w* газ\w*|czad\w*|tlenek węgla|monoxyde(?: de carbone)?|mon[oó]xido(?: de carbono)?|"
    r"monossido(?: di carbonio)?|kohlenmonoxid\w*|co-(?:warn)?melder|khí co|carbon monoxide|أول أكسيد الكربون|"
    r"कार्बन मोनोऑक्साइड|monoksid|co ?(?:alarm\w*|detector|detektor|sensor|报警器|報警器|警报器|경보기|알람|अलार्म|датчик)|"
    r"(?:датчик|czujnik|alarme|alarma|alam|detector|detetor|rilevatore|sensore|détecteur|chuông báo|máy báo|جهاز|كاشف) (?:de |di |del |do |da )?co"
)
_H5_SOUNDING = (
    r"сработал\w*|пищит|орёт|орет|воет|звенит|一直响|在响|响了|響|报警了|報警了|울려|울리|울립|울어|baj (?:raha|rahi)|बज (?:रहा|रही)|"
    r"kêu|hú|tumutunog|tumunog|sonnen|sonne|يرن|بيرن|يصفر|بيصفر|piept|schlägt an|suona|scattato|wyje|piszczy|alarmuje|"
    r"apitando|apita|tocando|disparou|disparando|sonando|suena|pitando|pita|going off|went off"
)
# H5_BATTERY (a detector's battery, in these languages) is shared with the safety net: in `hazard_vetoes`.

_H5_WATER = r"agua|eau|água|wasser|acqua|nước|tubig|水|물이?|पानी|paani|вод[аыу]|wod[ayę]|الماء|المي[ةه]?|المياه|الماي|الموي[ةه]|dlo"
_H5_FLOW = (
    r"gotea\w*|chorrea\w*|escurr\w*|se filtra|coule|goutte\w*|ruisselle|dégouline|s'infiltre|pingando|pinga|escorre\w*|"
    r"vazando|jorra\w*|tropft|rinnt|fließt|fliesst|sickert|gocciol\w*|piove|chảy|nhỏ giọt|rỉ nước|bị dột|dột|tumutulo|"
    r"tumatagas|umaagos|bumubuhos|漏水|滴水|渗水|流水|流下来|滴下来|往下流|往下滴|새고|새서|새요|샌다|쏟아|흘러|"
    r"टपक\S*|रिस रहा|बह रहा|tapak (?:raha|rahi)|течёт|течет|капает|льётся|льется|хлещет|сочится|протека\w*|leje|cieknie|"
    r"kapie|przecieka|ينزل|نازل[ةه]?|تنزل|بتنزل|يقطر|بيقطر|يتسرب|يخر|بيخر|ap koule|k ap koule|degoute|"
    r"(?:"
    + _H5_WATER
    + r") (?:\S+ ){0,3}(?:sale|saliendo|cae|cayendo|entra|passe|tombe|sai|saindo|cai|caindo|entrando|kommt|"
    r"esce|scende|lumalabas|出来|下来|나와|들어와|떨어지|आ रहा|आ रही|निकल रहा|aa raha|idzie|leci|идёт|идет|طالع|تطلع|soti|pase)|"
    r"(?:saindo|sai|caindo|cai|entrando|sale|saliendo|cae|cayendo|entra|tombe|coule|kommt|esce|scende|lumalabas) (?:\S+ ){0,2}"
    r"(?:" + _H5_WATER + r")|떨어져|뚝뚝"
)
_H5_CEILING = (
    r"techo|plaf[oó]n|l[aá]mpara|foco|plafond|luminaire|lustre|lampe|plafonnier|teto|forro|lumin[aá]ria|l[aâ]mpada|"
    r"decke|deckenlampe|leuchte|soffitto|lampadario|lampada|plafoniera|trần nhà|trần|bóng đèn|đèn trần|(?:từ|xuống|vào|chỗ) đèn|"
    r"kisame|ilaw|天花板|屋顶|顶棚|吊顶|吊灯|顶灯|灯(?:里|罩|口|座|上)|从灯|천장|전등|조명|형광등|छत|लाइट|बल्ब|chhat|потол\w*|люстр\w*|светильник\w*|sufit\w*|lamp[ayi]|"
    r"żyrandol\w*|السقف|سقف|اللمب[ةه]|لمب[ةه]|الثريا|النجف[ةه]|plafon|limyè|lanp"
)
_H5_NO_HEAT = (
    r"sin calefacci[oó]n|no (?:hay|tenemos|tengo) calefacci[oó]n|(?:calefacci[oó]n|calentador|heater|caldera|calefactor) "
    r"(?:\w+ ){0,2}(?:no funciona|dej[oó] de funcionar|no sirve|no prende|se apag[oó]|se descompuso|est[aá] descompuest[oa])|"
    r"(?:pas|plus) de chauffage|sans chauffage|(?:chauffage|fournaise|chaudière) (?:\w+ ){0,2}(?:en panne|ne (?:fonctionne|marche) plus|"
    r"ne (?:fonctionne|marche) pas|a lâché|est mort)|sem aquecimento|(?:aquecimento|aquecedor) (?:\w+ ){0,2}(?:parou|quebrou|"
    r"não funciona|não liga|pifou)|(?:heizung|therme|heizkessel) (?:\w+ ){0,3}(?:ausgefallen|kaputt|geht nicht|funktioniert nicht|"
    r"defekt|streikt|ist aus)|keine heizung|ohne heizung|niente riscaldamento|senza riscaldamento|(?:riscaldamento|caldaia|"
    r"termosifoni) (?:\w+ ){0,2}(?:rott[oa]|non funziona|spent[oa]|guast[oa]|in blocco|non parte)|(?:lò sưởi|máy sưởi|hệ thống sưởi) "
    r"(?:\S+ ){0,2}(?:hỏng|hư|không chạy|không hoạt động|bị tắt|chết)|không có sưởi|mất sưởi|walang (?:heater|heating|init)|"
    r"(?:sira|patay) (?:ang |yung )?(?:heater|heating|pampainit)|(?:heater|heating|pampainit) (?:\w+ ){0,2}(?:sira|ayaw gumana|"
    r"hindi gumagana)|暖气(?:坏|停|不热|不工作|没了|断了)|暖氣(?:壞|停|不熱)|没(?:有)?暖气|沒(?:有)?暖氣|供暖(?:停|断|坏)|"
    r"锅炉(?:坏|停)|地暖(?:坏|不热)|난방(?:이)? (?:\S+ )?(?:안 ?돼|안 ?되|고장|꺼졌|끊겼|멈췄)|보일러(?:가)? (?:\S+ )?(?:고장|안 ?돼|"
    r"꺼졌|멈췄|안 켜)|हीटर (?:\S+ ){0,2}(?:खराब|बंद|काम नहीं|टूट)|हीटिंग (?:\S+ ){0,2}(?:खराब|बंद|काम नहीं)|"
    r"heater (?:kharab|band|kaam nahi)|отоплени\w* (?:\w+ ){0,2}(?:отключ\w*|не работа\w*|нет|сломал\w*|пропал\w*)|"
    r"нет отоплени\w*|без отоплени\w*|батаре\w* (?:\w+ ){0,2}(?:холодн\w*|не греют|ледян\w*)|кот[её]л (?:\w+ ){0,2}"
    r"(?:сломал\w*|не работает|погас)|(?:nie mamy|nie ma|brak|bez) ogrzewani\w*|ogrzewani\w* (?:\w+ ){0,2}(?:nie działa|"
    r"padło|wysiadło)|piec (?:\w+ ){0,2}(?:nie działa|padł|wysiadł|zgasł)|kaloryfery (?:\w+ ){0,2}(?:zimne|lodowate)|"
    r"التدفئ[ةه] (?:\S+ ){0,2}(?:مقطوع[ةه]|خربان[ةه]|عطلان[ةه]|واقف[ةه]|ما تشتغل|لا تعمل|معطل[ةه])|(?:لا توجد|ما في|مافي|بدون) "
    r"(?:\S+ )?تدفئ[ةه]|(?:الدفاي[ةه]|الشوفاج|الهيتر) (?:\S+ )?(?:خربان[ةه]?|عطلان[ةه]?|واقف[ةه]?)|pa gen chofaj|"
    r"chofaj (?:la )?(?:pa mache|kraze|an pan|pa limen)"
)
# Someone who cannot take the cold, or cold that is dangerous for anyone.
_H5_AT_RISK_IN_COLD = alt(
    r"beb[eéê]s?|reci[eé]n nacid\w*|abuel\w*|ancian\w*|persona mayor|enferm\w*|temblando|bajo cero|helando|congel\w*|<cold>|"
    r"mi (?:mam[aá]|pap[aá]) tiene|(?:pap[aá]|mam[aá]|padre|madre|abuel\w*|suegr\w*) de <qty>|nevando|en cama|postrad\w*|"
    r"bébé|nourrisson|nouveau-né|personne âgée|(?:mère|père|grand-mère|grand-père|mamie|papi) "
    r"de \d+|âgée?|malade|on gèle|moins \d+|sous zéro|recém-nascid\w*|idos[oa]|vovó|avó|avô|abaixo de zero|baby|säugling|"
    r"neugeboren\w*|oma|opa|großmutter|großvater|minus \d+|eiskalt|unter null|neonat\w*|bambin[oa]|anzian\w*|nonn[ao]|"
    r"(?:madre|padre) ha \d+|sotto zero|meno \d+|em bé|con nhỏ|trẻ sơ sinh|người già|bà cụ|ông cụ|cụ già|âm \d+|"
    r"dưới không độ|lạnh cóng|sanggol|matanda|lola|lolo|nanginginig|nagyeyelo|宝宝|婴儿|新生儿|小孩|孩子|老人|奶奶|爷爷|"
    r"外婆|外公|姥姥|我妈|我爸|八十|九十|七十|零下|冻得|发抖|아기|신생아|갓난|애기|어르신|노인|할머니|할아버지|어머니|"
    r"아버지|[789]0대|영하|बच्चा|बच्ची|शिशु|नवजात|बुज़ुर्ग|बुजुर्ग|दादी|दादा|नानी|नाना|bachcha|dadi|nani|buzurg|"
    r"ребён\w*|ребен\w*|младен\w*|грудн\w*|малыш\w*|новорожд\w*|бабушк\w*|дедушк\w*|пожил\w*|пенсионер\w*|мороз\w*|"
    r"замерза\w*|ниже нуля|niemowl\w*|noworod\w*|dzieck\w*|babci\w*|babcia|dziadek|dziadk\w*|starsz\w*|\d+-letni\w*|"
    r"mróz|mrozi\w*|zamarza\w*|رضيع|طفل|بيبي|مولود|جدتي|جدي|كبير[ةه]? (?:في ال|بال)سن|مسن\w*|تحت الصفر|tibebe|"
    r"ti bebe|bebe|granmoun|granmè|granpè"
)
H5_NOBODY_AT_RISK_IN_COLD = Veto(
    "emergency.veto.no_heat_nobody_at_risk_h5",
    "no heat, but no baby, elderly or sick person and no freezing cold named: a repair, not an emergency",
    _ANYTHING,
    scope="text",
    unless=_H5_AT_RISK_IN_COLD,
    examples=(
        "La calefacción no funciona, ¿pueden venir el lunes?",
        "Heizung ist ausgefallen, wann kommt der Techniker?",
    ),
)

_H5_AC_DEAD = (
    r"(?:ac|a/c|air ?con\w*|air conditioner|cooling)(?:'s| is| has)? (?:\w+ ){0,2}(?:dead|died|out|down|quit|broke\w*|"
    r"not working|stopped working|isn't working|not cooling)|(?:aire|aire acondicionado|clima|minisplit) (?:\w+ ){0,2}"
    r"(?:no funciona|no enfr[ií]a|dej[oó] de funcionar|se descompuso|no prende|se apag[oó])|sin (?:aire|clima)|"
    r"(?:ar|ar-condicionado|ar condicionado) (?:\w+ ){0,2}(?:parou|quebrou|não funciona|não gela|não liga|pifou)|"
    r"(?:se descompuso|se muri[oó]|dej[oó] de funcionar|se apag[oó]|no (?:funciona|enfr[ií]a|prende)) (?:el |la )?(?:aire|clima|minisplit)|"
    r"sem ar(?: condicionado)?|(?:clim|climatisation|climatiseur|thermopompe) (?:\w+ ){0,2}(?:en panne|ne marche|"
    r"ne fonctionne|a lâché)|(?:pas|plus) de clim|klima\w* (?:\w+ ){0,2}(?:kaputt|ausgefallen|geht nicht|funktioniert nicht)|"
    r"(?:condizionatore|aria condizionata|climatizzatore) (?:\w+ ){0,2}(?:rotto|non funziona|guasto|non va)|"
    r"(?:máy lạnh|điều hòa|máy điều hòa) (?:\S+ ){0,2}(?:hỏng|hư|không chạy|không mát)|(?:sira|patay) (?:ang |yung )?aircon|"
    r"aircon (?:\w+ ){0,2}(?:sira|ayaw|hindi gumagana)|空调(?:坏|不制冷|不凉|停)|冷气(?:坏|不冷)|에어컨(?:이)? (?:\S+ )?"
    r"(?:고장|안 ?돼|안 나와|꺼졌|멈췄)|(?:एसी|ac) (?:\S+ ){0,2}(?:खराब|बंद|काम नहीं|kharab|band)|кондиционер\w* (?:\w+ ){0,2}"
    r"(?:сломал\w*|не работа\w*|не холодит)|klimatyzacj\w* (?:\w+ ){0,2}(?:nie działa|padła|zepsuła)|"
    r"(?:المكيف|التكييف) (?:\S+ ){0,2}(?:خربان|عطلان|واقف|ما يشتغل|لا يعمل|معطل)|(?:èkondisyone|ekondisyone) (?:\w+ ){0,2}(?:pa mache|kraze)"
)
_H5_HOT = alt(
    # a temperature said as one ("hace 40 grados", "<qty> here today"), not an age masked as <qty>
    r"(?:hace|fazendo|tá|está|it's|its|is|at|reaching|hit|hitting|ci sono|trời|nhiệt độ|气温|기온|तापमान|temperatura|temperature) "
    r"(?:\S+ )?<qty>|<qty> (?:here|out|outside|today|inside|in the house|dentro|afuera|fuera|dehors|draußen|fuori)|"
    r"(?:it's|its|it is|hitting|hit|reaching) (?:[3-5]\d|1[0-2]\d)|(?:[3-5]\d|1[0-2]\d) (?:out|outside|today|inside|in here)|\d+ (?:grad(?:os|i)?|graus|degrees|degrés|độ|градус\w*|stopni|درج[ةه])|hot|heat ?wave|scorcher|calor|ola de calor|"
    r"chaleur|canicule|hitze\w*|caldo|afa|nóng|mainit|init|热|高温|中暑|더워|더운|폭염|더위|गर्मी|garmi|жар\w*|духот\w*|"
    r"upał\w*|gorąco|حر|حرار[ةه]|الحرار[ةه]|شوب|chalè|fè cho"
)
_H5_AT_RISK_IN_HEAT = alt(
    r"baby|infant|newborn|elderly|grand(?:mother|father|ma|pa|mom|dad)|(?:mum|mom|mother|dad|father)(?:'s| is) [7-9]\d|"
    r"not well|unwell|struggling|asthma\w*|on oxygen|ox[ií]geno|oxyg[eè]ne|oxigênio|pregnant|beb[eéê]|abuel\w*|ancian\w*|mareada?|(?:mam[aá]|pap[aá]) tiene|"
    r"enferm\w*|asma|embarazada|(?:pai|mãe) de|idos[oa]|passando mal|vó|avó|avô|grávida|bébé|âgée?|malaise|se sent mal|"
    r"oma|opa|kreislauf|anzian\w*|nonn[ao]|em bé|người già|lola|lolo|nahihilo|宝宝|老人|奶奶|爷爷|아기|어르신|할머니|할아버지|"
    r"बच्चा|बुजुर्ग|दादी|ребён\w*|пожил\w*|бабушк\w*|niemowl\w*|babci\w*|رضيع|طفل|كبير[ةه]? (?:في ال|بال)سن|أبوي|ابوي|"
    r"tibebe|granmoun|asm|bà nội|ông nội|bà ngoại|ông ngoại|\d+ tuổi|mệt|dadi|nani|dada|nana|buzurg|bachcha|baby|tabiyat|"
    r"плохо|давлени\w*|мам[аеуы]|пап[аеуы]|тяжело|تعبان\w*|والدتي|والدي|أمي|امي|أبي"
)
H5_NOT_HOT = Veto(
    "emergency.veto.no_cooling_not_hot_h5",
    "no cooling, but no heat named: a repair",
    _ANYTHING,
    scope="text",
    unless=_H5_HOT,
    examples=("My mum is 89 and the aircon's dead, can he come Thursday?",),
)
H5_NOBODY_AT_RISK_IN_HEAT = Veto(
    "emergency.veto.no_cooling_nobody_at_risk_h5",
    "no cooling in the heat, but nobody named who cannot take it: a repair",
    _ANYTHING,
    scope="text",
    unless=_H5_AT_RISK_IN_HEAT,
    examples=("O ar-condicionado parou e tá fazendo 39 graus, dá pra vir amanhã?",),
)
_H5_DRIP = alt(
    r"gotea\w*|goteo|goutte\w*|pinga\w*|tropft|gocciol\w*|nhỏ giọt|滴|똑똑|टपक\S*|капает|kapie|يقطر|degoute|drip\w*|"
    r"inodoro|cisterna|toilette|chasse d'eau|descarga|spülung|sciacquone|bồn cầu|inidoro|马桶|변기|टॉयलेट|унитаз|бачок|"
    r"spłuczk\w*|السيفون|twalèt|grifo|llave|robinet|torneira|wasserhahn|rubinetto|vòi|gripo|水龙头|수도꼭지|नल|кран|kran|الحنفي[ةه]|tiyo a"
)
H5_DRIP_OR_TOILET = Veto(
    "emergency.veto.drip_or_running_toilet_h5",
    "a tap that keeps dripping or a toilet that keeps running is a repair, not water pouring",
    _H5_DRIP,
    scope="sentence",
    unless=alt(
        r"desborda\w*|déborde\w*|transborda\w*|überl[äa]uft|trabocca\w*|tràn|umaapaw|溢|넘쳐|उफन\S*|переполн\w*|przelewa\w*|"
        r"يفيض|debòde|por todo|partout|everywhere|überall|dappertutto|khắp|wszędzie|везде|toupatou|全是|一地|다 젖|"
        r"piso|sol|chão|boden|pavimento|sàn|sahig|地上|바닥|फर्श|пол\b|podłog\w*|الأرض"
    ),
    examples=(
        "El grifo del baño no para de gotear, ¿pueden cambiarlo?",
        "Кран на кухне капает и не перекрывается до конца",
    ),
)

H5_TAP = Veto(
    "emergency.veto.tap_dripping_h5",
    "the tap or faucet is what drips, beside a lamp or a ceiling named for another reason",
    alt(
        r"水龙头|grifo|robinet|torneira|wasserhahn|rubinetto|vòi(?: nước)?|gripo|수도꼭지|नल|кран|kran|الحنفي[ةه]|robinè|faucet|tap"
    ),
    scope="sentence",
    examples=("La lámpara del baño no prende y el grifo gotea", "Lampa w łazience nie działa, a kran kapie"),
)
H5_NO_WATER = Veto(
    "emergency.veto.no_water_named_h5",
    "something will not stop, but no water or pipe is named in the sentence: 'mi hijo no para de preguntar'",
    _ANYTHING,
    scope="sentence",
    unless=alt(
        _H5_WATER,
        r"tuber[ií]a|tubo|ca[ñn]er[ií]a|tuyau|cano|rohr\w*|haupthahn|ống nước|水管|수도|배관|पाइप|pipe|труб\w*|rur\w*|"
        r"ماسور[ةه]|tiyo|хлещет",
    ),
    examples=("Mi hijo no para de preguntar cuándo llega el técnico",),
)

# A room filling with water, and an outlet that burns or melts, in the languages the customers write.
_H5_ROOM = (
    r"sótano|cocina|casa|baño|sous-sol|cave|cuisine|maison|porão|cozinha|keller|küche|wohnung|cantina|tầng hầm|nhà|"
    r"basement|kusina|bahay|地下室|厨房|家里|지하실|부엌|집|बेसमेंट|रसोई|घर|подвал\w*|кухн\w*|квартир\w*|piwnic\w*|"
    r"kuchni\w*|mieszkani\w*|القبو|البيت|المطبخ|sousòl|kay la|kwizin"
)
_H5_FILLING = (
    r"llen(?:ando|o|a) de agua|plein(?:e)? d'eau|se remplit d'eau|enchendo de água|chei[oa] de água|läuft voll|"
    r"voll(?:er)? wasser|unter wasser|pien[oa] d'acqua|si riempie d'acqua|ngập nước|đầy nước|puno ng tubig|全是水|淹了|"
    r"淹水|물바다|물이 가득|पानी भर (?:गया|रहा)|затаплива\w*|затопило|полно воды|pełno wody|zalewa\w*|zalało|"
    r"(?:عم )?(?:يغرق|تغرق)|غرقان[ةه]?|plen dlo"
)
_H5_OUTLET = r"enchufe|tomacorriente|prise|tomada|steckdose|presa|ổ điện|saksakan|插座|콘센트|सॉकेट|розетк\w*|gniazdk\w*|الفيش|priz"
_H5_BURNING = (
    r"se est[aá] quemando|derriti[eé]ndo\w*|brûle|fond|queimando|derretendo|schmilzt|brennt|brucia|si scioglie|cháy|"
    r"nasusunog|natutunaw|着火|熔化|烧起来|타고|탔어|녹고|녹았|जल रह[ाी]|плавится|горит|topi się|pali się|يحترق|ذاب|"
    r"ap boule|ap fonn"
)

H5_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_languages_h5",
        "emergency",
        alt(
            r"cheir(?:o|ando|a) (?:\w+ ){0,2}(?:de |a )?g[aá]s|vazamento de g[aá]s|vazando g[aá]s|g[aá]s vazando",
            r"(?:huele|oliendo|olor) (?:\w+ ){0,2}a gas|fuga de gas|se (?:está )?(?:saliendo|escapando) el gas",
            r"sent (?:\w+ ){0,2}le gaz|odeur de gaz|fuite de gaz",
            # the subject after the verb puts the place between: "Übrigens riecht es im Keller stark nach Gas" (h14urgent)
            r"riecht (?:\w+ ){0,5}nach gas|gasgeruch|gasleck|gas tritt aus",
            r"mùi (?:ga|gas|khí ga)|(?:rò rỉ|rò|xì) (?:ga|gas|khí ga)",
            r"amoy (?:\w+ ){0,1}gas|(?:tumatagas|may tagas) (?:na |ang |ng )?gas",
            r"煤气味|燃气味|天然气味|(?:闻到|有)(?:一股)?(?:煤气|燃气|天然气)味|(?:煤气|燃气|天然气)(?:泄漏|泄露|漏了|漏气)",
            r"가스 ?냄새|가스가 ?(?:새|샌다|새요|새는)",
            r"गैस (?:की )?(?:\S+ ){0,2}(?:गंध|बदबू|स्मेल)|गैस लीक",
            r"أشم (?:\S+ )?(?:ري[حر][ةه] )?(?:ال)?غاز|ري[حر][ةه] (?:ال)?غاز",
        ),
        examples=(
            "Tá cheirando muito gás aqui em casa, o que eu faço?",
            "Es riecht stark nach Gas im Treppenhaus",
            "Danke für die Bestätigung. Übrigens riecht es im Keller stark nach Gas",
            "厨房里煤气味很重",
            "집에서 가스 냄새가 심하게 나요",
            "रसोई में गैस की बहुत तेज़ गंध आ रही है",
            "Amoy gas dito sa bahay, ang lakas ng amoy",
            "Nhà tôi có mùi gas rất nặng",
        ),
        near_misses=(
            "Ma facture de gaz a doublé, c'est inacceptable",
            "¿El técnico también revisa estufas de gas?",
            "这个月燃气费贵得离谱",
            "가스레인지도 수리하시나요?",
            "Ano passado teve cheiro de gás na cozinha, dá pra ele checar o fogão?",
        ),
        vetoes=(*H5_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of gas or a gas leak, in Portuguese, Spanish, French, German, Vietnamese, Tagalog, Chinese, Korean, Hindi and Arabic",
    ),
    Cue(
        "emergency.co_alarm_languages_h5",
        "emergency",
        alt(
            rf"(?:{_H5_CO_WORD})[^.!?]{{0,40}}(?:{_H5_SOUNDING})",
            rf"(?:{_H5_SOUNDING})[^.!?]{{0,30}}(?:{_H5_CO_WORD})",
        ),
        examples=(
            "Сработал датчик угарного газа, у всех болит голова",
            "Der CO-Melder piept laut und hört nicht auf",
            "一氧化碳报警器一直在响，我头晕",
            "일산화탄소 경보기가 계속 울려요",
            "Chuông báo CO kêu liên tục",
            "Tumutunog ang CO alarm at nahihilo kami",
        ),
        near_misses=(
            "Czujnik czadu piszczy co minutę, pewnie bateria. Czy technik może przywieźć nową?",
            "Можете установить датчик угарного газа?",
            "작년에 일산화탄소 경보기가 울린 적이 있어요",
        ),
        vetoes=(*H5_VETOES, H5_BATTERY),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, the alarm named before or after the sound, in many languages",
    ),
    Cue(
        "emergency.water_through_ceiling_or_light_languages_h5",
        "emergency",
        alt(
            rf"(?:{_H5_CEILING})[^.!?]{{0,40}}(?:{_H5_FLOW})",
            rf"(?:{_H5_FLOW})[^.!?]{{0,40}}(?:{_H5_CEILING})",
        ),
        examples=(
            "Le plafond gonfle et l'eau passe par le luminaire du salon",
            "A água tá pingando do lustre da sala, pingando forte",
            "Wasser tropft durch die Lampe an der Decke im Flur",
            "छत से पानी टपक रहा है, लाइट के अंदर से पानी आ रहा है",
            "Woda leje się z lampy w łazience",
            "С люстры течёт вода",
            "May tumatagas na tubig mula sa kisame, tumutulo sa ilaw!",
            "Está saindo água pela luminária da cozinha",
            "거실 전등에서 물이 뚝뚝 떨어지고 있어요",
        ),
        near_misses=(
            "Hay una mancha de agua en el techo, ¿la pueden revisar?",
            "L'an dernier l'eau coulait du plafond, pouvez-vous vérifier le toit?",
            "Можно заодно поменять люстру?",
            "灯坏了，水龙头也在滴水",
            "Đèn hư rồi, vòi nước cũng nhỏ giọt",
        ),
        vetoes=(*H5_VETOES, H5_TAP),
        hazard="water",
        why="water dripping, pouring or coming through a ceiling or a light fixture",
    ),
    Cue(
        "emergency.water_rising_languages_h5",
        "emergency",
        alt(
            r"(?:over|up to) (?:my|our|the) (?:ankles|knees)|ankle[- ]deep|knöcheltief|kniehoch|knietief|(?:keller|wohnung|bad|küche) (?:\w+ ){0,2}(?:steht|ist) (?:\w+ ){0,2}unter wasser|"
            r"wasser (?:\w+ ){0,3}(?:steigt|wird (?:immer )?mehr)",
            r"(?:el )?agua (?:\w+ ){0,2}(?:est[aá] )?subiendo|hasta los tobillos|se (?:est[aá] )?inundando",
            r"l'eau (?:\w+ ){0,2}monte|jusqu'aux chevilles|(?:est|sont) (?:en train d'être |complètement )?inond(?:é|ée|és|ées)|s'inonde",
            r"(?:a )?água (?:\w+ ){0,2}(?:tá |está )?subindo|alagando|até o tornozelo",
            r"l'acqua (?:\w+ ){0,2}(?:sale|sta salendo)|alla caviglia|fino alle caviglie",
            r"nước (?:\S+ ){0,2}(?:dâng|lên) (?:\S+ )?(?:cao|tới|đến|nhanh)|ngập (?:tới|đến) mắt cá|đang ngập",
            r"tumataas ang tubig|hanggang bukung-?bukong|binabaha",
            r"水(?:位)?(?:在)?(?:涨|上涨|往上涨|漫)|淹到脚踝|没过脚踝|进水了",
            r"물이 (?:\S+ )?차오르|발목까지|침수되고",
            r"पानी (?:\S+ ){0,2}(?:भर रहा|भर रही|बढ़ रहा|चढ़ रहा)|टखने तक|paani (?:bhar|badh|chadh) raha",
            r"по щиколотку|по колено|вода (?:\w+ ){0,2}(?:прибывает|поднимается)|прибывает",
            r"woda (?:\w+ ){0,2}(?:się podnosi|podnosi się|przybywa)|po kostki|po kolana",
            r"dlo (?:k |ki )?ap monte|rive nan cheviy",
            r"(?:الماء|المي[ةه]?|المياه) (?:\S+ )?(?:يرتفع|ترتفع|عم تطلع)|للكعب|للركب[ةه]",
            rf"(?:{_H5_ROOM})[^.!?]{{0,30}}(?:{_H5_FILLING})|(?:{_H5_FILLING})[^.!?]{{0,30}}(?:{_H5_ROOM})",
        ),
        examples=(
            "Im Keller steht das Wasser schon knöcheltief und es wird mehr",
            "В подвале вода по щиколотку и прибывает",
            "Gen dlo k ap monte nan sousòl la, li rive nan cheviy mwen",
            "El agua está subiendo en el sótano",
            "地下室进水了，水在涨",
            "basement is filling up, it's over my ankles",
            "La cocina se está llenando de agua",
            "Die Waschküche ist voller Wasser, der Keller läuft voll",
            "O porão tá cheio de água",
            "القبو عم يغرق بالمي",
        ),
        near_misses=(
            "Letztes Jahr hatten wir Wasser im Keller, können Sie die Pumpe mit anschauen?",
            "Droga zalana, spóźnię się około 20 minut",
            "La calle se está inundando, voy a llegar tarde",
            "Vou atrasar, a rua tá cheia de água",
            "El año pasado el sótano se llenó de agua, ¿pueden revisar la bomba?",
        ),
        vetoes=H5_VETOES,
        hazard="water",
        why="water rising in a basement or a room, ankle-deep, flooding now",
    ),
    Cue(
        "emergency.water_wont_stop_languages_h5",
        "emergency",
        alt(
            r"(?:no para|no deja de (?:salir|caer|correr)|no (?:la |lo )?puedo cerrar|ne s'arr[eê]te pas|n'arr[eê]te pas|"
            r"arrive pas à (?:la |le )?(?:couper|fermer)|não para|não consigo fechar|hört nicht auf|läuft und läuft|"
            r"(?:kriege?|bekomme?) (?:\w+ ){0,3}nicht zu|lässt sich nicht (?:ab|zu)\w*|non si ferma|non smette|"
            r"non riesco a chiudere|không (?:dừng|ngừng|ngưng|tắt được|khóa được)|hindi (?:tumitigil|mapatay|maisara)|"
            r"ayaw tumigil|止不住|关不上|关不掉|停不下来|一直在流|不停地流|멈추지 않|안 멈춰|안 잠겨|잠기지 않|계속 (?:나와|새|쏟아)|"
            r"रुक नहीं (?:रहा|रही)|बंद नहीं हो (?:रहा|रही)|(?:ruk|band) nahi ho raha|ruk nahi raha|не останавлива\w*|"
            r"не могу перекрыть|перекрыть не (?:могу|получается)|не перекрыва\w*|не прекраща\w*|хлещет|nie przestaje|"
            r"nie (?:mogę|da się) zakręcić|ما (?:بيوقف|يوقف|وقف|عم يوقف)|مش راضي يوقف|ما (?:قدرت|قادر) (?:أسكر|اسكر|أوقف)|"
            r"pa vle (?:sispann|kanpe)|pa kanpe|m pa ka fèmen)",
        ),
        examples=(
            "Das Wasser läuft und läuft, ich kriege den Haupthahn nicht zu",
            "Из-под ванны хлещет вода, перекрыть не могу",
            "Ống nước bị vỡ, nước chảy khắp nhà không dừng được",
            "Estourou um cano na parede da cozinha e a água não para",
            "Si è rotto il tubo del bagno e l'acqua non si ferma",
        ),
        near_misses=(
            "El grifo del baño no para de gotear, ¿pueden cambiarlo?",
            "Mi hijo no para de preguntar cuándo llega el técnico",
            "Il telefono non smette di suonare",
        ),
        vetoes=(*H5_VETOES, H5_DRIP_OR_TOILET, H5_NO_WATER),
        hazard="water",
        why="water that will not stop or cannot be shut off",
    ),
)
H5_CUES += (
    Cue(
        "emergency.burst_pipe_languages_h5",
        "emergency",
        alt(
            r"(?:se )?(?:revent[oó]|rompi[oó]|explot[oó]|estall[oó]) (?:\w+ ){0,2}(?:tuber[ií]a|tubo|ca[ñn]er[ií]a|caño|radiador|calentador)",
            r"(?:tuber[ií]a|ca[ñn]er[ií]a|radiador) (?:\w+ ){0,2}(?:reventad[oa]|explot\w*|se revent\w*)",
            r"tuyau (?:\w+ ){0,2}(?:a )?(?:éclaté|pété|percé|explosé|crevé)",
            r"(?:estourou|rompeu|arrebentou) (?:\w+ ){0,2}(?:cano|tubo|radiador|aquecedor|encanamento)|(?:cano|tubo|encanamento) (?:\w+ ){0,2}(?:estourou|estourado|rompeu|arrebentou)",
            r"rohrbruch|rohr (?:\w+ ){0,2}(?:geplatzt|gebrochen|geborsten)|heizkörper (?:\w+ ){0,2}(?:geplatzt|leckt|spritzt)",
            r"水管(?:爆|裂|破|断)|爆管|(?:暖气|暖氣)(?:片|管)?(?:漏水|爆|裂)",
            r"पाइप (?:\S+ )?फट (?:गया|गई)",
        ),
        examples=(
            "Estourou um cano na parede da cozinha",
            "Se reventó una tubería en el baño",
            "Rohrbruch im Bad, alles nass!",
            "水管爆了，厨房全是水",
            "बाथरूम का पाइप फट गया है",
        ),
        near_misses=(
            "Der Rohrbruch von gestern ist repariert, Sie brauchen nicht mehr zu kommen",
            "El año pasado se reventó una tubería, ¿pueden revisar las demás?",
            "去年水管爆过，这次想检查一下",
        ),
        vetoes=H5_VETOES,
        hazard="water",
        why="a pipe or radiator burst, in Spanish, French, Portuguese, German, Chinese and Hindi",
    ),
    Cue(
        "emergency.sewage_languages_h5",
        "emergency",
        alt(
            r"aguas negras|agua negra (?:\w+ ){0,3}(?:saliendo|sale|subiendo|regresando)|drenaje (?:\w+ ){0,2}(?:regresando|se regresa|rebosando|desbordando)",
            r"esgoto (?:\w+ ){0,3}(?:voltando|volta|subindo|transbordando|vazando|saindo)",
            r"égouts? (?:\w+ ){0,2}(?:refoul\w*|remont\w*|débord\w*)|eaux usées (?:\w+ ){0,2}(?:remontent|refoulent|partout)",
            r"abwasser (?:\w+ ){0,3}(?:kommt|drückt|steigt|läuft)|kanalisation (?:\w+ ){0,2}(?:staut|läuft über)|rückstau|fäkalien",
            r"fogna|acque nere|liquame|rigurgit\w*",
            r"nước thải (?:\S+ ){0,2}(?:trào|tràn|dâng|chảy)|cống (?:\S+ ){0,2}(?:trào|tràn)|"
            r"(?:tràn|trào) (?:lên |ra )?từ (?:bồn cầu|cống|toilet)|bồn cầu (?:\S+ ){0,2}(?:tràn|trào)",
            r"poso negro|umaapaw ang (?:inidoro|kubeta|banyo)|dumi (?:\w+ ){0,2}(?:lumalabas|umaakyat)",
            r"下水道(?:反水|返水|倒灌|冒水)|污水(?:倒灌|冒|漫|返|反)|粪水|化粪池(?:满|溢)|马桶(?:反水|返水|冒污水)",
            r"오수가? (?:\S+ )?(?:역류|넘쳐|올라와)|하수(?:구|도)?(?:가|에서)? (?:\S+ )?역류|(?:변기|배수구)(?:가|에서|랑)? (?:\S+ ){0,2}역류",
            r"गटर|सीवर|नाली का (?:गंदा )?पानी|gutter ka (?:ganda )?paani|sewer (?:ka )?paani|ganda paani (?:upar|wapas|bahar)",
            r"канализаци\w* (?:\w+ ){0,2}(?:пошла обратно|вылезает|лезет|течёт|течет|хлещет|выливается)|нечистот\w*|фекали\w*|"
            r"из унитаза (?:лезет|льётся|льется|выливается|течёт|течет|хлещет)",
            r"kanalizacja (?:\w+ ){0,2}(?:się cofa|cofa się|wybija|wylewa)|szambo (?:\w+ ){0,2}(?:wylewa|wybija|się cofa)|"
            r"ścieki (?:\w+ ){0,2}(?:wylewają|cofają|wybijają)|wylewa się szambo",
            r"المجاري (?:\S+ )?(?:طافح[ةه]|طفحت|طالع[ةه]|راجع[ةه]|فايض[ةه])|مي المجاري|مياه الصرف (?:\S+ )?(?:طافح[ةه]|ترجع|تطلع)",
            r"(?:egou|twalèt|watè) (?:\w+ ){0,3}(?:ap remonte|ap debòde)|dlo sal (?:\w+ ){0,2}(?:ap monte|ap soti)",
        ),
        examples=(
            "O esgoto tá voltando pelo ralo do banheiro",
            "Les égouts refoulent dans le sous-sol",
            "Il tombino del bagno sta rigurgitando acqua di fogna",
            "Nước thải trào lên từ cống trong nhà tắm",
            "Umaapaw ang poso negro, lumalabas ang dumi sa banyo",
            "下水道反水了，卫生间地上全是污水",
            "변기랑 배수구에서 오수가 역류하고 있어요",
            "bathroom mein gutter ka ganda paani upar aa raha hai",
            "Канализация пошла обратно, из унитаза лезет",
            "Kanalizacja się cofa, z brodzika wylewa się szambo",
            "المجاري طافحة في الحمام",
            "Egou a ap remonte nan twalèt la",
            "Nước bẩn tràn ra từ bồn cầu",
        ),
        near_misses=(
            "¿Ustedes también limpian el drenaje?",
            "Vocês fazem limpeza de esgoto?",
            "Можно прочистить канализацию в четверг?",
        ),
        vetoes=H5_VETOES,
        hazard="sewage",
        why="sewage coming up through a drain or a toilet, in thirteen languages",
    ),
    Cue(
        "emergency.sparks_burning_languages_h5",
        "emergency",
        alt(
            r"fa[ií]scas?|cheiro de queimado|cheirando a queimado|(?:tomada|disjuntor|quadro) (?:\w+ ){0,3}(?:derretendo|derreteu|pegando fogo|soltando fumaça|fumaçando)",
            r"funken|funkt|riecht (?:\w+ ){0,2}verbrannt|verbrannt riecht|brandgeruch|schmorgeruch|schmort|kokelt|"
            r"(?:sicherungskasten|steckdose|verteiler\w*) (?:\w+ ){0,2}(?:raucht|qualmt|brennt|glüht)|qualmt|verschmort\w*|"
            r"riecht nach (?:\w+ ){0,2}(?:verbrannt\w*|verschmort\w*|geschmolzen\w*)",
            r"tia lửa|bốc khói|tóe lửa|chập điện|mùi khét",
            r"nag-?spark\w*|may spark|umuusok|amoy sunog|amoy nasusunog",
            r"火花|冒烟|冒煙|烧焦|燒焦|焦味|冒火",
            r"불꽃|스파크|타는 냄새|연기가 나|합선",
            r"चिंगारी|जलने की (?:बदबू|गंध|स्मेल)|धुआं (?:\S+ )?(?:निकल|आ)|शॉर्ट सर्किट|chingari",
            r"iskr\w*|spalenizn\w*",
            r"شرار|ري[حر][ةه] (?:حريق|شياط)",
            r"etensèl|sant boule",
            rf"(?:{_H5_OUTLET})[^.!?]{{0,30}}(?:{_H5_BURNING})",
        ),
        examples=(
            "Saiu faísca da tomada e agora tem cheiro de queimado no quarto",
            "Aus dem Sicherungskasten kommen Funken und es riecht verbrannt",
            "Ổ điện bốc khói và có tia lửa",
            "May spark sa breaker panel tapos amoy sunog",
            "配电箱冒火花，还有烧焦的味道",
            "두꺼비집에서 불꽃이 튀고 타는 냄새가 나요",
            "बिजली के बोर्ड से चिंगारी निकल रही है",
            "Z gniazdka sypią się iskry i czuć spaleniznę",
            "Panèl elektrik la ap voye etensèl",
            "Der Sicherungskasten qualmt",
            "Im Flur riecht es nach verschmortem Kabel",
            "콘센트가 타고 있어요",
            "Розетка плавится",
            "El enchufe se está quemando",
        ),
        near_misses=(
            "Vocês trocam tomada também?",
            "Können Sie auch die Steckdose im Bad tauschen?",
            "上次配电箱冒烟，这次想检查一下",
        ),
        vetoes=(*H5_VETOES, SMALL_SPARK_UNPLUGGING),
        hazard="electrical",
        why="sparks, smoke from a panel or an outlet, or a burning smell, in many languages",
    ),
    Cue(
        "emergency.no_heat_at_risk_languages_h5",
        "emergency",
        alt(_H5_NO_HEAT),
        examples=(
            "Plus de chauffage depuis hier soir, il fait -15 dehors et ma mère de 90 ans vit avec nous",
            "Heizung ist komplett ausgefallen, draußen minus 12 Grad, und meine Oma (87) wohnt bei uns",
            "Niente riscaldamento, fuori ci sono -8 gradi e mia madre ha 91 anni",
            "Lò sưởi hỏng từ tối qua, ngoài trời âm 10 độ, nhà có con nhỏ 2 tuổi",
            "家里没暖气了，我妈八十多岁，冻得直发抖",
            "난방이 안 돼요. 밖은 영하 12도인데 집에 80대 어머니가 계세요",
            "हीटर खराब है, बहुत ठंड है और घर में दो महीने का बच्चा है",
            "Отопление отключилось, на улице минус 25, дома маленький ребёнок",
            "Nie mamy ogrzewania, na dworze -18, a w domu jest 80-letnia babcia",
            "التدفئة مقطوعة والجو تحت الصفر وعندي طفل عمره شهرين",
            "Pa gen chofaj, li fè frèt anpil e gen yon granmoun 85 an nan kay la",
            "Mi abuelita de 90 años está temblando de frío, la calefacción dejó de funcionar",
            "Estamos sin calefacción, está nevando y mi suegra de 85 años está en cama",
        ),
        near_misses=(
            "La calefacción no funciona, ¿pueden venir el lunes?",
            "Heizung ist ausgefallen, wann kommt der Techniker?",
            "Отопление не работает, когда придёт мастер?",
            "暖气坏了，师傅什么时候来？",
        ),
        vetoes=(*H5_VETOES, H5_NOBODY_AT_RISK_IN_COLD),
        hazard="no_heat",
        why="no heat, with a baby, a small child, an elderly or sick person, or freezing cold named in the text",
    ),
    Cue(
        "emergency.no_cooling_at_risk_languages_h5",
        "emergency",
        alt(_H5_AC_DEAD),
        examples=(
            "42 degrees here today and the aircon's dead. Mum's 89 and she's really not well with it",
            "the AC quit, it's 43 out and the baby is struggling",
            "Hace 40 grados y el aire no funciona, mi mamá tiene 85 años y se siente mareada",
            "se descompuso el aire, hace 45 grados afuera y mi papá usa oxígeno",
            "O ar-condicionado parou e tá fazendo 39 graus, meu pai de 82 anos tá passando mal",
            "Meu filho tem asma e o ar parou, tá 41 graus dentro de casa",
            "Điều hòa hư rồi, trời 39 độ, ông nội 90 tuổi mệt lắm",
            "AC band hai, bahut garmi hai, nani ki tabiyat kharab ho rahi hai",
            "Кондиционер не работает, жара 38 градусов, маме плохо",
            "التكييف عطلان والحرارة 47 وأمي كبيرة في السن",
        ),
        near_misses=(
            "My mum is 89 and the aircon's dead, can he come Thursday?",
            "O ar-condicionado parou e tá fazendo 39 graus, dá pra vir amanhã?",
            "El aire no funciona, ¿pueden venir mañana?",
            "El aire no funciona, mi mamá tiene 85 años, ¿pueden venir mañana?",
        ),
        vetoes=(*H5_VETOES, H5_NOT_HOT, H5_NOBODY_AT_RISK_IN_HEAT),
        hazard="person_at_risk",
        why="no cooling in the heat with an elderly, sick or infant person",
    ),
)
CUES = (*CUES, *H5_CUES)


# ---- What the text says of the danger, for the learned voice (issue 13, h13hazard5) --------------
# The learned voice learned hazard words more than hazard-now: held out, "the CO alarm is sounding
# because the battery is low", "the breaker tripped last week, fine since" and "czujnik czadu piszczy,
# chyba bateria" read as emergencies at 0.8 and more. When the rules read no hazard and the text
# itself says the thing is upkeep, history, repaired, not urgent, small or on the road, the voice's
# lone emergency is set aside (`voices.combine`); a hazard the rules read is never set aside.
# Two things the learned voice confuses with a hazard and no hazard cue reads: no hot water, and a
# light that flickers. Named only for setting its lone emergency aside (a dangerous sign beside them,
# "flickering and a burning smell", is read by the rules' cues, which these never cancel).
# A sign of danger beside the tap or the flickering light: then nothing is set aside.
_DANGER_BESIDE = alt(
    r"burn\w*|smell\w*|smok\w*|spark\w*|popp\w*|buzz\w*|hot|shock\w*|fire|quema\w*|chispa\w*|brûl\w*|étincel\w*|"
    r"queima\w*|faísca\w*|brenn\w*|verbrannt|funk\w*|brucia\w*|scintill\w*|khét|lửa|khói|sunog|usok|烧|焦|火|冒烟|"
    r"타는|불꽃|연기|जल\S*|चिंगारी|धुआं|гар\w*|искр\w*|дым\w*|iskr\w*|dym\w*|spalen\w*|شرار|حريق|دخان|boule|etensèl|"
    r"gushing|pouring|everywhere|won't stop|can't stop|flood\w*|ceiling|techo|plafond|teto|decke|soffitto|trần|kisame|"
    r"天花板|천장|छत|потол\w*|sufit\w*|سقف|السقف|plafon|no para|não para|hört nicht auf|non si ferma|toupatou|везде|wszędzie"
)
TAP_ALONE = Veto(
    "emergency.benign.tap_alone",
    "a tap or faucet that drips, with no sign of danger beside it: a repair",
    H5_TAP.pattern,
    scope="text",
    unless=_DANGER_BESIDE,
    examples=("Tumutulo ang gripo sa kusina",),
)
NO_HOT_WATER = Veto(
    "emergency.benign.no_hot_water",
    "no hot water: a repair, not a hazard",
    alt(
        r"no (?:sale|hay|tengo|tenemos) agua caliente|sin agua caliente|no hot water|pas d'eau chaude|sem água quente|"
        r"kein(?:e)? (?:warm ?wasser|warmes wasser|heißes wasser)|niente acqua calda|non c'è acqua calda|không có nước nóng|"
        r"walang mainit na tubig|没有热水|没热水|온수가 안|गरम पानी नहीं|нет горячей воды|nie ma ciepłej wody|"
        r"ما في مي سخن[ةه]|pa gen dlo cho"
    ),
    scope="text",
    examples=("No sale agua caliente de la regadera",),
)
FLICKERING = Veto(
    "emergency.benign.flickering_light",
    "a light that flickers, alone: a repair",
    alt(
        r"flicker\w*|parpade\w*|clignot\w*|pisca\w*|flacker\w*|sfarfall\w*|nhấp nháy|kumukurap|闪烁|一闪一闪|깜빡\w*|"
        r"टिमटिमा\S*|мига\w*|miga\w*|يرمش|ap flache"
    ),
    scope="text",
    unless=_DANGER_BESIDE,
    examples=("The hallway light flickers sometimes",),
)
BENIGN: tuple[Veto, ...] = (
    TAP_ALONE,
    NO_HOT_WATER,
    FLICKERING,
    NOT_AN_EMERGENCY,
    H5_BATTERY,
    MAINTENANCE,
    LANGUAGES2_UPKEEP,
    LANGUAGES3_UPKEEP,
    HAITIAN_ARABIC_UPKEEP,
    H5_FIXED,
    RESOLVED,
    PAST,
    OTHER_LANGUAGE_PAST,
    LANGUAGES2_PAST,
    HAITIAN_ARABIC_PAST,
    LANGUAGES3_PAST,
    ELSEWHERE,
    MINOR,
)


def said_benign(norm: str) -> str | None:
    """The id of the first `BENIGN` veto the whole normalised text bears out, if any."""
    for veto in BENIGN:
        if veto.pattern.search(norm) and not (veto.unless and veto.unless.search(norm)):
            return veto.id
    return None


# ---- A water heater venting steam or scalding water (issue 13, h13access6) ------------------------
# "Steam is shooting out of the pipe on the side of the water heater", "the relief valve keeps
# spitting boiling water", "T&P valve dripping really hot water", "shower is scalding even on cold":
# a tank overheating, told by its signs. No word names the danger, and no cue read it. Its look-alikes
# stay out: a relief valve that dripped when tested, steam from a dryer vent or a kettle, a shower
# that gets hot when cranked and a request to turn the heater down.
_HW_HEATER = (
    r"(?:hot )?water heater|heater|boiler|(?:hot water )?(?:tank|cylinder)|geyser|calentador|chauffe-eau|aquecedor|"
    r"warmwasser\w*|bình nóng lạnh|máy nước nóng|bình nước nóng|热水器|熱水器|锅炉|鍋爐|온수기|보일러|pampainit"
)
_HW_VALVE = (
    r"(?:pressure[- ]relief|relief|pressure|t ?& ?p|t and p|tpr|temperature (?:and|&) pressure|pop-?off|safety|discharge|overflow) "
    r"(?:valve|pipe|line)|v[áa]lvula(?: de (?:alivio|alívio|seguridad|segurança|presi[óo]n|press[ãa]o))?|soupape|"
    r"(?:überdruck|sicherheits)ventil|van (?:xả|an toàn)|安全阀|安全閥|泄压阀|안전 ?밸브"
)
# Steam, but not a steam boiler or radiator (a heating system), a steam room, cleaner or iron.
_HW_STEAM = (
    r"steam(?! (?:boiler|radiators?|heat\w*|system|traps?|clean\w*|room|mop|iron|shower|bath))|steaming|boiling(?: hot)?(?: water)?|"
    r"scalding(?: hot)?(?: water)?"
)
_HW_STEAM_LANGUAGES = (
    r"vapor|vapeur|dampf|hơi nước|xì hơi|phun hơi|nước sôi|蒸汽|蒸氣|滚烫|滾燙|开水|開水|증기|김이|끓는 물|"
    r"água fervendo|agua hirviendo|bouillante|kochend\w*|singaw"
)
_HW_GUSH = (
    r"shooting|blowing|spewing|spitting|venting|spraying|gushing|pouring|hissing|blasting|billowing|dumping|discharging|"
    r"coming (?:out|off|from)|everywhere"
)
_HW_FIXTURE = r"water|taps?|faucets?|shower|sink|bath|tub|spigot"
_HW_SCALD = (
    r"scald\w*|boiling hot|steaming hot|so hot (?:it(?:'s| is)|that it's) steaming|"
    r"burn(?:ed|t|s|ing) (?:my|his|her|their|our|the) (?:[\w']+ ){0,2}(?:hands?|arms?|skin|legs?|foot|feet|fingers?|face)"
)
_HW_FIXTURE_LANGUAGES = (
    r"llave|grifo|regadera|ducha|robinet|douche|torneira|chuveiro|wasserhahn|dusche|vòi(?: nước)?|水龙头|水龍頭|花洒|"
    r"수도꼭지|샤워기|gripo"
)
_HW_SCALD_LANGUAGES = (
    r"hirviendo|quem(?:ó|a|ando|ado)|bouillante|brûlante|fervendo|queim(?:ou|a|ando)|kochend\w*|verbrüh\w*|nước sôi|bỏng|"
    r"滚烫|滾燙|烫伤|燙傷|끓는|화상|napaso"
)
# Steam explains a smoke alarm ("shower steam set it off"), so `RESOLVED` counts it benign; here the
# steam is the danger, and the same veto reads without it.
_HW_RESOLVED = Veto(
    "emergency.veto.resolved_or_benign_heater",
    RESOLVED.why + " (steam itself is no harmless cause here)",
    re.compile(RESOLVED.pattern.pattern.replace("|(?:shower )?steam|", "|")),
    scope=RESOLVED.scope,
    unless=RESOLVED.unless,
    examples=("the pipe on the water heater was blowing steam, turned out the tank was just set too high",),
)
_HW_VETOES = tuple(_HW_RESOLVED if veto is RESOLVED else veto for veto in H5_VETOES)
# Asking for the heater to be set lower is a request, not a runaway tank: "can he turn the water heater down?"
HW_ADJUST_ASKED = Veto(
    "emergency.veto.heater_adjust_asked",
    "a tap or shower that gets too hot, with the heater asked to be set lower: 'can he turn the heater down?'",
    alt(
        r"turn (?:it |the (?:\w+ ){0,3})?down|set (?:it |the (?:\w+ ){0,3})?(?:lower|down)|dial (?:it |the (?:\w+ ){0,3})?(?:back|down)|"
        r"adjust|lower (?:the )?temp\w*|mixing valve|anti-?scald|tempering valve|if you (?:crank|turn)"
    ),
    scope="text",
    unless=alt(
        r"burn(?:ed|t|s)|blister\w*|hurt|even (?:on|with|at|turned|set|when)|won't (?:stop|go down|cool)|can't (?:stop|turn)|"
        r"steam\w* everywhere|shooting|spewing|blowing|hissing"
    ),
    examples=(
        "the shower gets scalding if you crank it, can he turn the water heater down while he's here?",
        "the tap water is scalding hot, can he adjust the temp on the heater?",
    ),
)
HOT_WATER_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.heater_venting_steam",
        "emergency",
        alt(
            rf"(?:{_HW_STEAM}) (?:is |keeps |keep |was )?(?:\w+ ){{0,2}}(?:{_HW_GUSH})[^.!?]{{0,60}}(?:{_HW_HEATER}|{_HW_VALVE}|pipe|valve)",
            rf"(?:{_HW_HEATER}|{_HW_VALVE})[^.!?]{{0,60}}(?:{_HW_GUSH})(?: out)?(?: \w+){{0,3}} (?:{_HW_STEAM})",
            rf"(?:{_HW_VALVE})[^.!?]{{0,40}}(?:drip\w*|leak\w*|running|spitting|pouring)[^.!?]{{0,25}}"
            r"(?:(?:very|really|super|so|extremely|burning) hot|boiling|scalding|steam\w*)",
            # a relief valve blowing or spraying water that is hot: "the TPR valve is blowing off hot water"
            rf"(?:{_HW_VALVE})[^.!?]{{0,40}}(?:blowing|spraying|gushing|venting|dumping|discharging|shooting|spewing|spitting)"
            r"[^.!?]{0,25}(?:hot|boiling|scalding|steam\w*)",
            rf"(?:{_HW_HEATER}|{_HW_VALVE})[^.!?。]{{0,40}}(?:{_HW_STEAM_LANGUAGES})",
            rf"(?:{_HW_STEAM_LANGUAGES})[^.!?。]{{0,40}}(?:{_HW_HEATER}|{_HW_VALVE})",
        ),
        examples=(
            "Steam is shooting out of the pipe on the side of the water heater and it's hissing really loud",
            "the relief valve on the water heater keeps spitting boiling water onto the floor",
            "T&P valve is dripping really hot water and the tank is rumbling like crazy",
            "the pipe off the top of the water heater is blowing steam into the garage",
            "pressure valve on the boiler is venting hot water and steam everywhere",
            "Sale vapor de la válvula del calentador y el agua sale hirviendo",
            "De l'eau bouillante coule de la soupape du chauffe-eau",
            "Aus dem Überdruckventil am Boiler kommt Dampf und heißes Wasser",
            "Bình nóng lạnh xì hơi nước nóng ra ở van xả",
            "热水器的安全阀在喷蒸汽，还在漏滚烫的水",
            "O aquecedor tá soltando vapor pela válvula",
            "the TPR valve is blowing off hot water every few minutes",
        ),
        near_misses=(
            "the relief valve dripped a little when he tested it, is that normal?",
            "steam coming from the dryer vent outside, is that normal in winter?",
            "water heater makes a rumbling noise, no leaks, just noisy. Can he check it?",
            "¿Es normal que la válvula de alivio gotee un poco? Vi unas gotas",
            "Mein Boiler rauscht ein bisschen, ist das normal?",
            "our steam boiler needs its yearly service, can he do that too?",
            "the steam room at my gym is broken lol, anyway see you at 11",
            "kettle was steaming so I missed your call, yes 1pm works",
            "the hot water heater is in the garage, side door is open",
            "the relief valve drips once in a while into the bucket, is that ok?",
            "can he check the relief valve while he's here? it's never been tested",
        ),
        vetoes=(*_HW_VETOES, HW_ADJUST_ASKED),
        hazard="scalding",
        why="a water heater or its relief valve venting steam or boiling water",
    ),
    Cue(
        "emergency.scalding_water",
        "emergency",
        alt(
            rf"(?:{_HW_SCALD})[^.!?]{{0,50}}(?<![a-z])(?:{_HW_FIXTURE})",
            rf"(?<![a-z])(?:{_HW_FIXTURE})[^.!?]{{0,50}}(?:{_HW_SCALD})",
            rf"(?:{_HW_FIXTURE_LANGUAGES})[^.!?。]{{0,40}}(?:{_HW_SCALD_LANGUAGES})",
            rf"(?:{_HW_SCALD_LANGUAGES})[^.!?。]{{0,40}}(?:{_HW_FIXTURE_LANGUAGES})",
        ),
        examples=(
            "shower water is scalding even turned all the way to cold, steam everywhere",
            "Hot water from the kitchen tap came out scalding and burned my son's hand",
            "the water out of the bathroom sink is so hot it's steaming and my daughter burned her hand",
            "El agua de la regadera sale hirviendo aunque la ponga en fría",
            "L'eau du robinet est bouillante même sur froid",
            "水龙头出来的水滚烫，孩子被烫伤了",
        ),
        near_misses=(
            "shower gets really hot if you crank it, can he turn down the water heater while he's here?",
            "the shower gets scalding if you crank it, can he turn the water heater down while he's here?",
            "I scalded my tongue on my coffee lol, see you at 11",
            "the new water heater is great, hot water is super hot now, thanks!",
            "Hot water is back, nice and hot, thank you!!",
        ),
        vetoes=(*_HW_VETOES, HW_ADJUST_ASKED),
        hazard="scalding",
        why="water from a tap or shower hot enough to scald, or someone burned by it",
    ),
)
CUES = (*CUES, *HOT_WATER_CUES)


# ---- An outlet or panel humming hot, or a pop and a hot smell (issue 13, h13access6) ------------------
# "Die Steckdose brummt und ist ganz heiß", "插座嗡嗡响，摸起来很烫", "breaker panel made a loud pop and now
# there's a hot smell": the heat is the sign; an outlet that only does not work is a repair.
_OUTLET_LANGUAGES = (
    r"steckdose\w*|sicherungskasten|sicherung|schalter|ổ cắm|ổ điện|cầu dao|插座|电箱|配电箱|電箱|开关|開關|"
    r"콘센트|차단기|두꺼비집|saksakan|enchufe|contacto|tablero|prise|disjoncteur|tableau [ée]lectrique|tomada|disjuntor|"
    r"quadro de (?:luz|energia)"
)
_HOT_LANGUAGES = (
    r"heiß|glühend heiß|nóng ran|nóng rực|rất nóng|很烫|很燙|发烫|發燙|烫手|燙手|发热|發熱|뜨거워|뜨겁|mainit|umiinit|"
    r"caliente|calentando|chaud|br[uû]lante?|quente|esquentando|pelando"
)
_POP = r"(?:made|makes|making|gave|let out) (?:a )?(?:loud |big |huge )?(?:pop|bang|crack|boom)"
HOT_ELECTRICS_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.hot_electrics_languages",
        "emergency",
        alt(
            # hot water is no hot outlet: "el enchufe del calentador de agua caliente"
            rf"(?:{_OUTLET_LANGUAGES})[^.!?。]{{0,40}}(?<!agua )(?<!água )(?<!eau )(?<!wasser )(?<!tubig )(?:{_HOT_LANGUAGES})",
            rf"(?:{_ELECTRICS})[^.!?]{{0,40}}{_POP}[^.!?]{{0,40}}(?:hot|burning|burnt|electrical) smell",
            rf"(?:{_ELECTRICS})[^.!?]{{0,30}}{_POP}[^.!?]{{0,20}}(?:smok\w*|sparks?|flash|burn\w*|scorch\w*|black)",
        ),
        examples=(
            "Die Steckdose brummt und ist ganz heiß",
            "Ổ cắm kêu rè rè và nóng ran",
            "插座嗡嗡响，摸起来很烫",
            "콘센트에서 윙 소리가 나고 뜨거워요",
            "Ang saksakan ay umuugong at mainit",
            "El enchufe de la cocina está muy caliente y zumba",
            "La prise du salon est brûlante",
            "A tomada tá esquentando muito",
            "breaker panel made a loud pop and now there's a hot smell in the garage",
        ),
        near_misses=(
            "Die Steckdose im Bad geht nicht, können Sie die auch anschauen?",
            "插座不通电了，能修吗？",
            "El enchufe no funciona",
            "La prise ne marche plus",
            "the breaker made a pop when it tripped yesterday, fine since",
            "the outlet doesn't work, can he check it?",
            "El enchufe del calentador de agua caliente está en el garaje",
            "A tomada do chuveiro não deixa a água quente",
        ),
        vetoes=(*H5_VETOES,),
        hazard="electrical",
        why="an outlet or panel hot to the touch, in the languages, or a pop with a hot smell",
    ),
)
CUES = (*CUES, *HOT_ELECTRICS_CUES)


# ---- Hazards in Japanese, Turkish, Dutch, Greek and Ukrainian (issue 13, h13lang7) -----------------
# Blind corpora wrote hazards in these five languages ("ガスの臭いがします、どうすればいいですか？", "Evde
# gaz kokusu var, ne yapmalıyım?") and no rule read them: a gas smell asked as "what should I do?" was a
# sure question. One record per hazard family, each alternative one language's plain words for it; the
# vetoes read the past, a detector's battery and a negation in these languages beside the common ones.
H7_NEGATED = Veto(
    "emergency.veto.negated_languages_h7",
    "a negator just before the sign, in Dutch, Greek or Ukrainian: 'geen gaslucht', 'δεν μυρίζει γκάζι'",
    alt(r"(?:geen|niet|nooit|δεν|δε|καθόλου|χωρίς|не|немає|нема|жодного)\s+(?:\S+\s+){0,1}$"),
    scope="before",
    examples=("Ik ruik geen gaslucht meer", "Δεν μυρίζει γκάζι πια"),
)
H7_NEGATED_AFTER = Veto(
    "emergency.veto.negated_after_languages_h7",
    "a negation said after the sign, in Turkish or Japanese: 'kıvılcım yok', '火花は出ていません'",
    re.compile(
        r"^\s*(?:yok|değil|görmedim|çıkmadı|çıkmıyor)\b|^(?:は|が|も)?(?:出て|く)?(?:いない|ない|ありません|いません|しません)"
    ),
    scope="after",
    examples=("Prizde kıvılcım yok, sadece çalışmıyor", "火花は出ていません、コンセントが使えないだけです"),
)
H7_NOT_URGENT = Veto(
    "emergency.veto.not_urgent_languages_h7",
    "the customer says it is not urgent, in Japanese, Turkish, Dutch, Greek or Ukrainian",
    alt(
        r"急ぎません|急ぎではない|緊急ではない|acil değil|acelesi yok|geen haast|niet dringend|geen spoed|"
        r"δεν (?:είναι )?(?:επείγον|βιάζομαι)|не терміново|не горить"
    ),
    scope="text",
    examples=("Karbonmonoksit alarmı bazen çalıyor, acil değil",),
)
H7_BATTERY = Veto(
    "emergency.veto.detector_battery_languages_h7",
    "a detector's battery or fitting one, in Japanese, Turkish, Dutch, Greek or Ukrainian",
    alt(
        r"電池|バッテリー|pil(?:i|ini|leri)?\b|batterij\w*|μπαταρί\w*|батарейк\w*|"
        r"取り付け|設置|takıl\w*|taktır\w*|ophangen|installeren|τοποθετ\w*|εγκατάστασ\w*|встанов\w*"
    ),
    scope="text",
    examples=("Koolmonoxide melder piept, ik denk de batterij",),
)
H7_VETOES = (*H5_VETOES, H7_PAST, H7_NEGATED, H7_NEGATED_AFTER, H7_NOT_URGENT)

_H7_AT_RISK_IN_COLD = alt(
    r"赤ちゃん|乳児|新生児|赤ん坊|高齢|お年寄り|祖母|祖父|おばあ|おじい|凍え|氷点下|マイナス|"
    r"bebe\w*|bebek\w*|yaşlı\w*|nine\w*|dede\w*|anneanne\w*|babaanne\w*|eksi (?:\d+|<qty>)|sıfırın altında|donuyor\w*|"
    r"baby|pasgeboren|oma|opa|bejaard\w*|(?:moeder|vader) van (?:\d+|<qty>)|vriest|vorst|min (?:\d+|<qty>)|onder nul|"
    r"μωρ[όού]|βρέφος|νεογέννητο|γιαγιά|παππού\w*|ηλικιωμέν\w*|παγωνιά|παγών\w*|παγωμέν\w*|μηδέν|μείον|"
    r"немовл\w*|дитин\w*|малюк\w*|бабус\w*|дідус\w*|літн\w*|мороз\w*|нижче нуля|замерза\w*|мерзне\w*"
)
H7_NOBODY_AT_RISK_IN_COLD = Veto(
    "emergency.veto.no_heat_nobody_at_risk_h7",
    "no heat, but no baby, elderly person and no frost named, in the five languages: a repair",
    _ANYTHING,
    scope="text",
    unless=_H7_AT_RISK_IN_COLD,
    examples=(
        "Kalorifer çalışmıyor, yarın gelebilir mi?",
        "De verwarming doet het niet, kan hij morgen komen?",
    ),
)

H7_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_languages_h7",
        "emergency",
        alt(
            r"ガス(?:の)?(?:臭|匂|にお)い|ガス臭|ガス漏れ|ガスが漏れ",
            r"gaz kok(?:usu|uyor)|gaz kaça(?:ğı|gı)|gaz sızıntısı|gaz kaçıyor",
            r"ruik (?:\w+ ){0,2}gas|gaslucht|gaslek|ruikt (?:\w+ ){0,3}naar gas",
            r"μυρίζει (?:\S+ ){0,2}(?:γκάζι|αέριο|υγραέριο)|μυρωδιά (?:\S+ ){0,2}(?:γκαζιού|αερίου|υγραερίου)|διαρροή (?:αερίου|γκαζιού)",
            r"пахне газом|запах газу|витік газу|тхне газом|смердить газом",
        ),
        examples=(
            "ガスの臭いがします、どうすればいいですか？",
            "台所がガス臭いです",
            "Evde gaz kokusu var, ne yapmalıyım?",
            "Mutfakta gaz kokuyor",
            "Ik ruik gas in de keuken, wat moet ik doen?",
            "Het ruikt hier sterk naar gas",
            "Μυρίζει γκάζι στο σπίτι, τι να κάνω;",
            "Пахне газом у квартирі, що робити?",
        ),
        near_misses=(
            "ガスの点検は何時ごろになりますか？",
            "Gaz faturası neden bu kadar yüksek?",
            "Kan hij ook naar het gasfornuis kijken?",
            "Πόσο κοστίζει ο έλεγχος του λέβητα αερίου;",
            "Чи перевіряєте ви газові котли?",
            "Vorige keer was er een gaslek, nu alleen een controle",
            "Geçen yıl gaz kokusu vardı, şimdi sadece kontrol",
            "Ik ruik geen gaslucht meer",
        ),
        vetoes=(*H7_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of gas or a gas leak, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
    Cue(
        "emergency.co_alarm_languages_h7",
        "emergency",
        alt(
            r"一酸化炭素[^。！？!?]{0,15}(?:鳴|ピー|作動)",
            r"karbon ?monoksit[^.!?]{0,25}(?:çalıyor|çaldı|ötüyor|öttü|alarm veriyor|bip)",
            r"(?:koolmonoxide|co-?melder|co-?alarm)[^.!?]{0,25}(?:gaat af|ging af|piept|afgegaan|loeit|alarm)",
            r"(?:χτυπάει|χτύπησε|κτυπάει|ηχεί|σφυρίζει|ουρλιάζει|βαράει)[^.!?;]{0,30}μονοξειδίου",
            r"μονοξειδίου[^.!?;]{0,30}(?:χτυπάει|χτύπησε|κτυπάει|ηχεί|σφυρίζει|ουρλιάζει|βαράει)",
            r"(?:спрацював|спрацювала|пищить|верещить|звенить)[^.!?]{0,30}чадного газу",
            r"чадного газу[^.!?]{0,30}(?:спрацював|спрацювала|пищить|верещить|звенить)",
        ),
        examples=(
            "一酸化炭素の警報器が鳴っています",
            "Karbonmonoksit alarmı çalıyor",
            "Het koolmonoxide alarm gaat af",
            "Χτυπάει ο ανιχνευτής μονοξειδίου του άνθρακα",
            "Спрацював датчик чадного газу",
        ),
        near_misses=(
            "Koolmonoxide melder piept, ik denk de batterij",
            "Karbonmonoksit alarmı bazen çalıyor, acil değil",
            "一酸化炭素の警報器を設置してもらえますか？",
            "Можете встановити датчик чадного газу?",
        ),
        vetoes=(*H7_VETOES, H7_BATTERY),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
    Cue(
        "emergency.water_pouring_languages_h7",
        "emergency",
        alt(
            r"天井から水|水漏れが(?:止まらない|ひどい)|水が(?:噴き出|吹き出|溢れ)|水浸し|配管が破裂",
            r"tavandan su|su (?:fışkırıyor|fışkırdı)|boru patla\w*|evi su bastı|her yer su",
            r"water (?:\w+ ){0,3}(?:door|uit) (?:het )?plafond|plafond (?:\w+ ){0,2}lekt|leiding is gesprongen|gesprongen leiding|"
            r"staat (?:\w+ ){0,2}onder water|water gutst",
            r"νερό (?:\S+ ){0,2}(?:από )?(?:το )?ταβάνι|ταβάνι (?:\S+ ){0,2}(?:στάζει|τρέχει)|έσπασε (?:ο |η )?σωλήν\w*|πλημμύρισε|πλημμυρίζει",
            r"(?:зі|з|із) стел\w* (?:\S+ ){0,2}(?:ллється|тече|капає|хлище|біжить)|(?:ллється|тече|хлище|біжить) (?:\S+ ){0,2}(?:зі|з|із) стел\w*|"
            r"прорвало труб\w*|затоплює|затопило",
        ),
        examples=(
            "天井から水が漏れてきて止まりません",
            "Tavandan su akıyor, durmuyor",
            "Er stroomt water door het plafond",
            "Τρέχει νερό από το ταβάνι",
            "Зі стелі ллється вода",
            "Boru patladı, mutfak su içinde",
        ),
        near_misses=(
            "Kombi biraz su damlatıyor, bakabilir mi?",
            "De kraan lekt een beetje, kan hij daar ook naar kijken?",
            "Στάζει λίγο η βρύση, μπορεί να τη δει;",
            "Трохи капає кран, може глянути?",
            "Geçen kış tavandan su akmıştı, şimdi kontrol istiyorum",
        ),
        vetoes=H7_VETOES,
        hazard="water",
        why="water through a ceiling, a burst pipe or a flooded room, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
    Cue(
        "emergency.sparks_burning_languages_h7",
        "emergency",
        alt(
            r"火花|焦げ(?:臭|くさ)い|(?:コンセント|ブレーカー|配線|分電盤)から煙",
            r"kıvılcım|yanık kokusu|(?:priz|sigorta|kablo)\w* (?:\S+ )?duman",
            r"vonk(?:en|t|te)\b|ruikt (?:\w+ ){0,2}(?:verbrand|geschroeid|schroeierig)|brandlucht|schroeilucht|"
            r"rook (?:\w+ ){0,1}uit (?:het |de )?(?:stopcontact|meterkast|groepenkast)",
            r"σπίθες|σπινθήρ\w*|μυρίζει (?:\S+ ){0,2}καμένο|μυρωδιά (?:\S+ )?καμένου|(?:πρίζα|πίνακας) (?:\S+ ){0,2}καπν\w*",
            r"іскрить|іскри\b|пахне (?:\S+ ){0,2}горілим|запах гару|(?:розетк\w*|щиток|проводк\w*) (?:\S+ ){0,2}(?:димить|диміє)",
        ),
        examples=(
            "コンセントから火花が出て焦げ臭いです",
            "Prizden kıvılcım çıktı ve yanık kokusu var",
            "Vonken uit het stopcontact en het ruikt verbrand",
            "Βγάζει σπίθες η πρίζα και μυρίζει καμένο",
            "З розетки іскрить і пахне горілим",
        ),
        near_misses=(
            "Het stopcontact in de badkamer doet het niet, kan hij kijken?",
            "Priz çalışmıyor, bakabilir mi?",
            "Η πρίζα δεν δουλεύει",
            "Geçen hafta prizden kıvılcım çıkmıştı, şimdi sorun yok",
            "Розетка не працює, гляньте будь ласка",
            "Prizde kıvılcım yok, sadece çalışmıyor",
            "火花は出ていません、コンセントが使えないだけです",
        ),
        vetoes=H7_VETOES,
        hazard="electrical",
        why="sparks, smoke from an outlet or a burning smell, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
    Cue(
        "emergency.no_heat_at_risk_languages_h7",
        "emergency",
        alt(
            r"暖房(?:が)?(?:壊れ|つかない|効かない|止ま|動かない)|ヒーター(?:が)?(?:壊れ|つかない|動かない)",
            r"(?:kalorifer|kombi|ısıtma|petek)\w* (?:\S+ ){0,2}(?:çalışmıyor|bozuldu|arızalı|yanmıyor|ısıtmıyor)|ısıtma yok",
            r"(?:verwarming|cv-ketel|cv|ketel|kachel) (?:\w+ ){0,3}(?:doet het niet|is kapot|werkt niet|uitgevallen|staat uit)|geen verwarming",
            r"(?:δεν έχουμε|δεν έχει|χωρίς) θέρμανση|(?:καλοριφέρ|λέβητας|θέρμανση) (?:\S+ ){0,2}(?:χάλασε|δεν δουλεύει|δε δουλεύει|σταμάτησε|έσβησε)",
            r"(?:не працює|зламал\w*|відключил\w*|немає|нема) (?:\S+ )?опалення|опалення (?:\S+ ){0,2}(?:не працює|немає|нема|відключил\w*|зламал\w*)|"
            r"котел (?:\S+ ){0,2}(?:не працює|зламав\w*|згас)",
        ),
        examples=(
            "暖房が壊れて、赤ちゃんがいるのに家が凍えるほど寒いです",
            "Kalorifer çalışmıyor, evde bebek var ve dışarısı eksi 10 derece",
            "Verwarming doet het niet, het vriest en mijn moeder van 90 is hier",
            "Δεν έχουμε θέρμανση, έχει παγωνιά έξω και έχω μωρό",
            "Не працює опалення, вдома немовля, а надворі мороз",
        ),
        near_misses=(
            "Kalorifer çalışmıyor, yarın gelebilir mi?",
            "De verwarming doet het niet, kan hij morgen komen?",
            "暖房が少し弱いのですが、見てもらえますか？",
            "Η θέρμανση δεν δουλεύει καλά, πότε μπορείτε να έρθετε;",
        ),
        vetoes=(*H7_VETOES, H7_NOBODY_AT_RISK_IN_COLD),
        hazard="no_heat",
        why="no heat with a baby or an elderly person, or in frost, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)
CUES = (*CUES, *H7_CUES)
# Issue 13, h13deep8: a gas smell in Swiss German ("es schmöckt nach Gas in dr Chuchi") and Arabizi ("fi
# ri7et gaz 2awiye bl matba5"), with the same vetoes as the other languages' gas smells.
H13DEEP8_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_texted_h13deep8",
        "emergency",
        alt(
            r"(?:schmöckt|schmeckt|stinkt|stinkts|schmöckts) (?:\w+ ){0,3}nach gas",
            r"(?:ri7(?:et|a|it|t)|ri(?:h|7)a|re7(?:et|a)|ra2(?:i|e)7(?:et|a)) (?:el |l)?(?:gaz|ghaz|gas)|(?:el |l)?(?:gaz|ghaz|gas) (?:3am )?(?:yesareb|bi(?:sar|tsar)reb|msareb)",
        ),
        examples=("es schmöckt nach Gas in dr Chuchi", "fi ri7et gaz 2awiye bl matba5", "el gaz 3am yesareb"),
        near_misses=(
            "chan de Techniker au de Gasherd aluege?",
            "fatoret el gaz ktir 8alye",
            "el gaz mesh sha3el",
        ),
        vetoes=(*H5_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of gas or a gas leak, in Swiss German and Arabizi",
    ),
)
CUES = (*CUES, *H13DEEP8_CUES)
# A sign negated after it in Turkish or Japanese ("kıvılcım yok", "火花は出ていません") cancels every hazard
# cue that read the sign, the Chinese ones too (火花 is the same word).
CUES = tuple(
    c if H7_NEGATED_AFTER in c.vetoes else replace(c, vetoes=(*c.vetoes, H7_NEGATED_AFTER)) for c in CUES
)


# ---- Hazards in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian/Malay ----------
# (issue 13, h13lang8). The same five families as h13lang7's, each alternative one language's plain
# words, with and without its diacritics ("scantei din priza", "jiskri"); the vetoes read the past, a
# negation just before the sign, "not urgent" and a detector's battery in these languages.
H8_NOT_URGENT = Veto(
    "emergency.veto.not_urgent_languages_h8",
    "the customer says it is not urgent, in the seven languages",
    alt(
        r"inte brådskande|ingen brådska|ikke (?:akut|haster)|haster ikke|nu e urgent|nu este urgent|nu-i urgent|"
        r"nesp[eě]ch[aá]|nen[ií] (?:to )?(?:nal[eé]hav[eé]|urgentn[ií])|nem s[uü]rg[oő]s|tidak (?:mendesak|darurat)|tak (?:mendesak|urgent)"
    ),
    scope="text",
    examples=("Kolmonoxidlarmet piper ibland, inte brådskande",),
)
H8_BATTERY = Veto(
    "emergency.veto.detector_battery_languages_h8",
    "a detector's battery or fitting one, in the seven languages",
    alt(
        r"batteri\w*|bateri[ae]\w*|bateri[ei]\b|bater[ki]\w*|elem\w*|akkumul\w*|baterai|"
        r"installera|montera|installere|montere|s[aă] (?:monteze|instaleze)|namontovat|nainstalovat|felszerel\w*|pasang\w*"
    ),
    scope="text",
    examples=("Kolmonoxidlarmet piper, kan han byta batteriet?",),
)
H8_VETOES = (*H5_VETOES, H8_PAST, H8_NEGATED, H8_NOT_URGENT)

_H8_AT_RISK_IN_COLD = alt(
    r"bebis|baby|bebe\w*|bebeluș\w*|bebelus\w*|miminko|miminka|novorozen\w*|kisbab\w*|csecsem\w*|bayi|"
    r"farmor|mormor|farfar|morfar|gammel\w*|äldre|aldre|bunic\w*|b[aă]tr[aâ]n\w*|babičk\w*|babick\w*|d[eě]de\w*|nagymam\w*|nagyap\w*|"
    r"id[oő]s|nenek|kakek|lansia|"
    r"minus (?:\d+|<qty>)|fryser|kuldegrader|minusgrader|înghe\w*|inghe\w*|mrzne|mráz|mraz|fagy\w*|m[ií]nusz|dingin sekali|sangat dingin|beku"
)
H8_NOBODY_AT_RISK_IN_COLD = Veto(
    "emergency.veto.no_heat_nobody_at_risk_h8",
    "no heat, but no baby, elderly person and no frost named, in the seven languages: a repair",
    _ANYTHING,
    scope="text",
    unless=_H8_AT_RISK_IN_COLD,
    examples=("Värmen fungerar inte, kan han komma imorgon?", "Nu merge centrala, puteți veni mâine?"),
)

H8_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_languages_h8",
        "emergency",
        alt(
            r"(?:lukt(?:ar|er|ade|et)|lugter|lugtede) (?:(?!inte |ikke |ikkje |ej )\S+ ){0,2}gass?|gass?lukt|gasläcka|gaslacka|gaslækage|gaslekkasje|gaslugt",
            r"(?:miroase|mirosea|a mirosit) (?:\S+ ){0,2}gaz|miros (?:\S+ ){0,2}gaz|scurgere de gaz|pierdere de gaz",
            r"(?:c[ií]tit|c[ií]t[ií]m|smrd[ií]) (?:\S+ ){0,2}plyn|zápach plynu|zapach plynu|uniká plyn|unika plyn",
            r"g[aá]zszag|g[aá]zsziv[aá]rg[aá]s|sziv[aá]rog a g[aá]z|g[aá]z szag",
            r"bau gas|gas bocor|kebocoran gas",
        ),
        examples=(
            "Det luktar gas i köket, vad ska jag göra?",
            "Det lugter af gas i køkkenet, hvad skal jeg gøre?",
            "Det lukter gass på kjøkkenet, hva skal jeg gjøre?",
            "Miroase a gaz în bucătărie, ce să fac?",
            "V kuchyni je cítit plyn, co mám dělat?",
            "Gázszag van a konyhában, mit csináljak?",
            "Ada bau gas di dapur, saya harus bagaimana?",
        ),
        near_misses=(
            "Varför är gasräkningen så hög?",
            "Hvorfor er gasregningen så høj?",
            "De ce e factura la gaz așa mare?",
            "Proč je faktura za plyn tak vysoká?",
            "Miért ilyen magas a gázszámla?",
            "Kenapa tagihan gas mahal sekali?",
            "Förra året luktade det gas, nu bara en kontroll",
            "Nu mai miroase a gaz",
            "Det luktar inte gas längre",
        ),
        vetoes=(*H8_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of gas or a gas leak, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
    Cue(
        "emergency.co_alarm_languages_h8",
        "emergency",
        alt(
            r"(?:kolmonoxid|kulilte|kullos|co)[- ]?(?:larm|alarm|varsler|detektor)\w*[^.!?]{0,25}(?:tjuter|piper|går|gar|hyler|bipper|ljuder|l[aå]ter)",
            r"(?:sun[aă]|suna|țiuie|tiuie|piuie|a pornit)[^.!?]{0,25}monoxid de carbon|monoxid de carbon[^.!?]{0,25}(?:sun[aă]|suna|țiuie|tiuie|piuie|a pornit)",
            r"(?:houk[aá]|pišt[ií]|pist[ií]|zvon[ií]|spustil)[^.!?]{0,30}(?:oxidu uhelnat|co detektor|hlásič co)\w*|oxidu uhelnat\w*[^.!?]{0,30}(?:houk[aá]|pišt[ií]|pist[ií]|spustil)",
            r"(?:jelez|s[ií]pol|riaszt)[^.!?]{0,25}sz[eé]n-?monoxid|sz[eé]n-?monoxid[^.!?]{0,25}(?:jelez|s[ií]pol|riaszt|bekapcsolt)",
            r"alarm (?:\S+ )?karbon ?monoksida[^.!?]{0,20}(?:berbunyi|bunyi|menyala)|alarm co[^.!?]{0,15}berbunyi",
        ),
        examples=(
            "Kolmonoxidlarmet tjuter och vi har huvudvärk",
            "Kulilte-alarmen hyler og vi har ondt i hovedet",
            "CO-alarmen går og vi er svimle",
            "Sună alarma de monoxid de carbon și ne doare capul",
            "Houká detektor oxidu uhelnatého a bolí nás hlava",
            "Jelez a szén-monoxid riasztó és fáj a fejünk",
            "Alarm karbon monoksida berbunyi terus",
        ),
        near_misses=(
            "Kolmonoxidlarmet piper, kan han byta batteriet?",
            "Poate să monteze un detector de monoxid de carbon?",
            "Kolmonoxidlarmet piper ibland, inte brådskande",
        ),
        vetoes=(*H8_VETOES, H8_BATTERY),
        hazard="carbon_monoxide",
        why="a carbon-monoxide alarm sounding, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
    Cue(
        "emergency.water_pouring_languages_h8",
        "emergency",
        alt(
            r"(?:rinner|forsar|løber|lober|renner|drypper|fosser) (?:\S+ ){0,2}(?:vatten|vand|vann) (?:\S+ ){0,2}(?:genom|igennem|gennem|gjennom|fr[aå]n|fra) (?:\S+ )?(?:taket|loftet)|"
            r"(?:vatten|vand|vann) (?:\S+ ){0,2}(?:genom|igennem|gennem|gjennom) (?:\S+ )?(?:taket|loftet)|(?:rörbrott|rorbrott|sprunget rør|rørbrudd|rør(?:et)? (?:er )?sprukket)",
            r"curge ap[aă] (?:prin|din) tavan|ap[aă] (?:\S+ ){0,2}(?:prin|din) tavan|(?:s-a spart|a plesnit|a crăpat) (?:o |țeava|teava)\w*|inundat",
            r"(?:stropem|ze stropu) (?:\S+ )?te[cč]e|te[cč]e (?:\S+ )?(?:stropem|ze stropu)|praskl[aá] trubka|prasklo potrub[ií]|vytopen\w*",
            r"(?:folyik|[oö]mlik|csorog) (?:a )?v[ií]z (?:a )?plafonr[oó]l|plafonr[oó]l (?:\S+ )?(?:folyik|[oö]mlik|csorog)|cs[oő]t(?:t[oö]r[eé]s| eltört| kilyukadt)|el[aá]rasztott",
            r"(?:air|bocor) (?:\S+ ){0,2}(?:dari )?(?:plafon|langit-langit)\w*(?! sedikit)|pipa pecah|banjir",
        ),
        examples=(
            "Det rinner vatten genom taket!",
            "Der løber vand gennem loftet!",
            "Det renner vann gjennom taket!",
            "Curge apa prin tavan!",
            "Stropem teče voda!",
            "Folyik a víz a plafonról!",
            "Air bocor dari plafon, deras sekali!",
        ),
        near_misses=(
            "Kranen droppar lite, kan han titta på den också?",
            "Vandhanen drypper lidt, kan han også kigge på den?",
            "Picură puțin robinetul, se poate uita și la el?",
            "Kohoutek trochu kape, může se na to podívat?",
            "Csöpög egy kicsit a csap, megnézné azt is?",
            "Kerannya menetes sedikit, bisa dicek juga?",
        ),
        vetoes=H8_VETOES,
        hazard="water",
        why="water through a ceiling or a burst pipe, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
    Cue(
        "emergency.sparks_burning_languages_h8",
        "emergency",
        alt(
            r"gnistr(?:ar|er)|gnister (?:fr[aå]n|fra|ud|ut)|kommer gnister|lukt(?:ar|er) br[äæae]nt|lugter br[æa]ndt|brandlukt|svedd lukt|r[öø]k (?:fr[aå]n|fra) (?:\S+ )?(?:uttag|stikkontakt|eluttag)",
            r"sc[aâ]ntei|scantei|miroase a (?:ars|fum|plastic ars)|iese fum din priz[aă]",
            r"jisk[rř][ií]|jiskry|c[ií]tit spálen\w*|citit spalen\w*|zápach spáleniny|kou[rř] ze zásuvky|smrd[ií] spálen\w*",
            r"szikr[aá]\w*|[eé]gett szag|f[uü]st(?:[oö]l)? (?:a )?konnektor",
            r"percikan api|bau hangus|bau terbakar|korslet|konslet|berasap",
        ),
        examples=(
            "Det gnistrar från eluttaget och luktar bränt",
            "Det gnister fra stikkontakten og lugter brændt",
            "Det kommer gnister fra stikkontakten og lukter brent",
            "Ies scantei din priza si miroase a ars",
            "Ze zásuvky jiskří a je cítit spálenina",
            "Szikrázik a konnektor és égett szag van",
            "Stopkontak mengeluarkan percikan api dan bau hangus",
        ),
        near_misses=(
            "Eluttaget i badrummet fungerar inte",
            "Priza nu merge, se poate uita?",
            "Zásuvka nefunguje",
            "Nem működik a konnektor",
            "Stopkontak tidak berfungsi",
        ),
        vetoes=H8_VETOES,
        hazard="electrical",
        why="sparks, smoke from an outlet or a burning smell, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
    Cue(
        "emergency.no_heat_at_risk_languages_h8",
        "emergency",
        alt(
            r"(?:värmen|varmen|elementen|pannan|fyret|fyren|radiatorerne) (?:\S+ ){0,3}(?:fungerar inte|har slutat|virker ikke|har sluttet|er gået i stykker|funkar inte|er død)|ingen värme|ingen varme",
            r"nu (?:merge|func[tț]ioneaz[aă]|porne[sș]te) (?:\S+ )?(?:centrala|c[aă]ldura|încălzirea|incalzirea|caloriferele)|(?:centrala|încălzirea|incalzirea) (?:\S+ )?(?:nu merge|s-a stricat|nu func)|nu avem (?:c[aă]ldur[aă]|încălzire|incalzire)",
            r"(?:nejde|nefunguje|netop[ií]) (?:\S+ )?(?:topen[ií]|kotel)|(?:topen[ií]|kotel) (?:\S+ )?(?:nejde|nefunguje|netop[ií]|se rozbil)|nem[aá]me topen[ií]",
            r"nem m[uű]k[oö]dik (?:a )?(?:f[uű]t[eé]s|kaz[aá]n)|(?:f[uű]t[eé]s|kaz[aá]n) (?:\S+ )?(?:nem m[uű]k[oö]dik|elromlott|le[aá]llt)|nincs f[uű]t[eé]s",
            r"(?:pemanas|heater) (?:\S+ )?(?:mati|rusak|tidak (?:menyala|berfungsi))|tidak ada pemanas",
        ),
        examples=(
            "Värmen har slutat fungera, vi har en bebis och det är minus 15 ute",
            "Varmen virker ikke, vi har en baby og det fryser udenfor",
            "Varmen har sluttet å virke, vi har en baby og det er kuldegrader ute",
            "Nu merge centrala, avem un bebeluș și afară sunt minus 10 grade",
            "Nejde topení, máme miminko a venku mrzne",
            "Nem működik a fűtés, van egy kisbabánk és mínusz 10 fok van kint",
            "Pemanas mati, ada bayi dan di luar dingin sekali",
        ),
        near_misses=(
            "Värmen fungerar inte, kan han komma imorgon?",
            "Nu merge centrala, puteți veni mâine?",
            "Topení nefunguje, může přijít zítra?",
        ),
        vetoes=(*H8_VETOES, H8_NOBODY_AT_RISK_IN_COLD),
        hazard="no_heat",
        why="no heat with a baby or an elderly person, or in frost, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)
CUES = (*CUES, *H8_CUES)

# ---- Hazards said without the obvious words (issue 13, h13urgent8) ---------------------------------
# Blind corpora still missed about one urgent text in ten: the hazard named by what it does, not by
# its name. "basement is filling up", "pilot's out and it smells weird", "the detector is screaming and
# won't stop", "la prise a pété et il y a des traces noires", "ça sent l'œuf pourri". Each record pairs
# the plain-words sign with its look-alikes (a tub filling, a pilot to relight, a chirping detector, a
# breaker that only tripped); the common vetoes (past, asked about, not urgent, battery) stand beside them.
_FILLING_ROOM = r"basement|cellar|crawl ?space|crawlspace|garage|laundry room|utility room|furnace room|boiler room|downstairs"
_PILOT = r"pilot(?: light)?(?:'s| is| has| went| blew| keeps going)? (?:\w+ ){0,2}(?:out|off)"
_ODD_SMELL_PLAIN = (
    r"(?<!no )(?<!not )(?<!don't )(?<!doesn't )(?<!didn't )"
    r"(?:smells?|smelling|smelly|odou?r|stinks?|stinking|whiff)(?! (?:fine|normal|ok|okay|good))"
)
_OUTLET_POPPED_LANGUAGES = (
    r"tron[oó]|explot[oó]|revent[oó]|estall[oó]|hizo (?:un )?(?:corto|chispazo|pum)|a pété|a explosé|a éclaté|"
    r"a fait (?:un )?(?:gros )?(?:bang|boum|pop|flash)|a grillé|estourou|explodiu|deu (?:um )?(?:curto|estalo|estouro)"
)
_BURN_MARKS_LANGUAGES = (
    r"negr[oa]s?|quemad\w*|humo|chispas|olor a quemado|noires?|noirci\w*|brûl\w*|fumée|étincelles|pretas?|pretos?|"
    r"queimad\w*|fumaça|faíscas|cheiro de queimado"
)
_ROTTEN_EGGS_LANGUAGES = (
    r"(?:sent|odeur|pue|ça pue) (?!plus |pas |rien )(?:\w+ ){0,2}(?:l'|les |d')?(?:œufs?|oeufs?) pourris?|"
    r"cheiro (?:\w+ ){0,2}(?:de )?ovos? podres?|fedor de ovos? podres?|"
    r"(?:puzza|odore|sa|fetore) (?:\w+ ){0,2}(?:di )?uova marce|uova marce|"
    r"(?:riecht|stinkt|geruch) (?:\w+ ){0,3}(?:faule[nm]? eier\w*)|faule eier"
)
H13_URGENT8_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.room_filling_with_water",
        "emergency",
        alt(
            rf"(?:{_FILLING_ROOM})(?:'s| is| keeps| are)? (?:\w+ )?fill(?:ing|s)(?: up)?"
            r"(?![a-z]| up| with (?!(?:\w+ ){0,2}(?:water|sewage|rain\w*|mud)))"
        ),
        examples=(
            "basement is filling up",
            "basement is filling up with water fast, sump isn't running",
            "the crawlspace keeps filling up and the pump won't kick on",
            "garage is filling with water from the storm drain",
        ),
        near_misses=(
            "the tub is filling up slowly, can he check the pressure?",
            "the basement is filling up with boxes from the move, sorry for the mess",
            "our basement filled up two years ago, want to talk about a sump pump",
            "what do I do if the basement starts filling up while we're away?",
            "the sump pit fills up when it rains, is that normal?",
        ),
        vetoes=COMMON,
        hazard="water",
        why="a basement, garage or crawlspace filling up with water, said without the word flood",
    ),
    Cue(
        "emergency.pilot_out_odd_smell",
        "emergency",
        alt(
            rf"{_PILOT}[^.!?]{{0,60}}{_ODD_SMELL_PLAIN}",
            rf"{_ODD_SMELL_PLAIN}[^.!?]{{0,60}}{_PILOT}",
        ),
        examples=(
            "pilot's out and it smells weird",
            "pilot light went out on the water heater and there's a funny smell in the garage",
            "weird smell in the laundry room and the water heater pilot went out",
        ),
        near_misses=(
            "pilot's out on the fireplace, can he relight it tomorrow?",
            "the pilot light went out again, no smell, can he look at the thermocouple?",
            "pilot light is out, smells fine, no rush",
            "the pilot went out last winter and it smelled funny, can he check the valve?",
        ),
        vetoes=COMMON,
        hazard="gas",
        why="a gas pilot gone out with an odd smell: unburnt gas, whatever word the customer has for it",
    ),
    Cue(
        "emergency.detector_wont_stop",
        "emergency",
        alt(
            # a detector, not any alarm: "car alarm next door is going off and won't stop" is no hazard here
            r"detectors?(?:'s| is| are| keeps)? (?:\w+ ){0,2}(?:screaming|blaring|shrieking|wailing|going off|sounding)"
            r"[^.!?]{0,40}(?:won't|will not|doesn't|does not|can't|cannot) (?:stop|shut off|turn off|quit|reset)",
            r"(?:detectors?|alarms?)(?:'s| is| are| keeps)? (?:\w+ ){0,3}(?:screaming|blaring|shrieking|wailing|going off|sounding)"
            r"[^.!?]{0,40}even (?:with|after) (?:\w+ ){0,2}(?:new|fresh) batter(?:y|ies)",
        ),
        examples=(
            "the detector is screaming and won't stop even with new batteries",
            "the hallway detector is blaring and won't shut off, we opened the windows",
            "the alarm keeps going off even after new batteries",
        ),
        near_misses=(
            "the detector chirps and won't stop, I think it wants a battery",
            "car alarm next door is going off and won't stop lol, see you at 10",
            "the burglar alarm keeps going off and won't reset, can he look at the panel?",
            "what do I do if the detector goes off and won't stop?",
            "the detector went off when I was searing steak, all good now",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="fire_smoke",
        why="a smoke or CO detector sounding on that no reset or new battery stops",
    ),
    Cue(
        "emergency.outlet_popped_languages",
        "emergency",
        alt(
            rf"(?:{_OUTLET_LANGUAGES})[^.!?]{{0,25}}(?:{_OUTLET_POPPED_LANGUAGES})[^.!?]{{0,40}}(?:{_BURN_MARKS_LANGUAGES})",
        ),
        examples=(
            "el enchufe tronó y quedaron marcas negras",
            "la prise a pété et il y a des traces noires",
            "a tomada estourou e ficou com marcas pretas",
            "el contacto de la cocina hizo un corto y salió humo",
        ),
        near_misses=(
            "el enchufe no funciona, ¿puede revisarlo?",
            "le disjoncteur a sauté, pouvez-vous vérifier?",
            "a tomada estourou o ano passado, ele pode trocar amanhã?",
            "la prise a pété le mois dernier, on l'a changée",
        ),
        vetoes=H5_VETOES,
        hazard="electrical",
        why="an outlet or panel that popped or blew with black marks, smoke or a burnt smell, in Spanish, French or Portuguese",
    ),
    Cue(
        "emergency.rotten_eggs_languages",
        "emergency",
        alt(_ROTTEN_EGGS_LANGUAGES),
        examples=(
            "ça sent l'œuf pourri près de la cuisinière",
            "está com cheiro de ovo podre perto do fogão",
            "puzza di uova marce vicino ai fornelli",
            "es riecht nach faulen Eiern in der Küche",
        ),
        near_misses=(
            "l'an dernier ça sentait l'œuf pourri, vous pouvez vérifier la conduite?",
            "ça ne sent plus l'œuf pourri, merci",
            "o cheiro de ovo podre já foi consertado, era o registro",
        ),
        vetoes=(*H5_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of rotten eggs (the gas odorant), in French, Portuguese, Italian or German",
    ),
)
CUES = (*CUES, *H13_URGENT8_CUES)

# ---- Hazards said in plain words or slang, in Hinglish, Spanish and Korean (issue 13, h13urgent9) ----
H13_URGENT9_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.shock_hinglish_spanish",
        "emergency",
        alt(
            # "switch chhune pe current lag raha hai": a shock felt from something touched
            r"current (?:lag|laga|lagta|lagti|maar|mara|maarta|marta|maar raha|de raha|aa raha|aa rha|aata)\w*(?: raha| rha| rahi| hai| gaya)?",
            r"(?:झटका|करंट) (?:लग|मार|आ)\w*",
            # "me dio toque el apagador", "la regadera da toques", "me pasó corriente"
            r"me (?:dio|da|dieron|est[aá] dando) (?:un )?(?:toque|choque|calambre|corriente)s?|da (?:toques|calambres)|"
            r"me pas[oó] (?:la )?corriente|(?:est[aá] )?pasando corriente",
        ),
        examples=(
            "switch chhune pe current lag raha hai",
            "bathroom ka switch touch karte hi current maar raha hai",
            "geyser ke switch mein current aa raha hai, jaldi bhejo",
            "me dio toque el apagador del baño",
            "la regadera da toques cuando la abro",
        ),
        near_misses=(
            "switch kharab hai, on nahi hota, kal aa jaana",
            "pichhle saal switch se current laga tha, ab theek hai, bas check kar lena",
            "current nahi hai subah se, kab aaoge?",
            "el año pasado me dio toque el apagador, ya lo arreglaron",
        ),
        vetoes=COMMON + (SHOCKED_BY_NEWS,),
        hazard="electrical",
        why="an electric shock from a switch, tap or appliance, said in Hinglish or Spanish",
    ),
    Cue(
        "emergency.rotten_eggs_korean",
        "emergency",
        alt(r"썩은 ?(?:계란|달걀) ?냄새|(?:계란|달걀) ?썩은 ?냄새"),
        examples=("부엌에서 썩은 계란 냄새가 나요", "집에서 썩은 계란 냄새가 심하게 나요"),
        near_misses=(
            "계란 요리하다가 태웠어요 ㅋㅋ 환기 중이에요",
            "작년에 썩은 계란 냄새가 났었는데 지금은 괜찮아요",
        ),
        vetoes=(*COMMON, OTHER_LANGUAGE_PAST),
        hazard="gas",
        why="a smell of rotten eggs (the gas odorant), in Korean",
    ),
)
CUES = (*CUES, *H13_URGENT9_CUES)
# ---- Hazards in Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai and Punjabi -------------
# (issue 13, h13lang9). A gas smell, water through a ceiling or a burst pipe, sparks or a burning smell,
# each alternative one language's plain words; a gas bill, a dripping tap and an outlet that only stopped
# working are the look-alikes. The vetoes read the past, a negation before or after the sign, and the
# common ones (asked about, not urgent).
H9_PAST = Veto(
    "emergency.veto.past_languages_h9",
    "the hazard is history: 'پارسال', 'בשנה שעברה', 'sanadkii hore', 'ባለፈው', 'গত বছর', 'ปีที่แล้ว', 'ਪਿਛਲੇ ਸਾਲ'",
    re.compile(
        "|".join(
            nfkc(
                r"پارسال|دفعه قبل|سال گذشته|בשנה שעברה|בפעם הקודמת|sanadkii hore|markii hore|ባለፈው|গত (?:বছর|মাসে|বার)|ปีที่แล้ว|ครั้งก่อน|ਪਿਛਲੇ (?:ਸਾਲ|ਹਫ਼ਤੇ|ਵਾਰ)"
            )
        )
    ),
    scope="sentence",
    examples=("پارسال بوی گاز میومد، الان فقط بازدید", "בשנה שעברה היה ריח של גז, עכשיו רק בדיקה"),
)
H9_NEGATED = Veto(
    "emergency.veto.negated_languages_h9",
    "a negator just before the sign: 'هیچ بوی گازی', 'אין ריח של גז', 'ไม่ได้กลิ่นแก๊ส'",
    re.compile("(?:" + "|".join(nfkc(r"هیچ|بدون|אין|לא|בלי|ไม่(?:มี|ได้)?")) + r")\s*(?:\S+\s+)?$"),
    scope="before",
    examples=("אין ריח של גז יותר", "ไม่ได้กลิ่นแก๊สแล้ว"),
)
H9_NEGATED_AFTER = Veto(
    "emergency.veto.negated_after_languages_h9",
    "a negation said after the sign: 'بوی گاز نمیاد', 'urta gaaska ma jirto', 'የጋዝ ሽታ የለም', 'গ্যাসের গন্ধ নেই', 'ਗੈਸ ਦੀ ਬਦਬੂ ਨਹੀਂ'",
    re.compile(
        "^(?:"
        + "|".join(
            nfkc(
                r"\s*نمی ?(?:اد|آید|یاد)|\s*نیست|\s*نداره|\s*ma (?:jiro|jirto)|\s*የለም|\s*নেই|\s*পাচ্ছি না|\s*ਨਹੀਂ"
            )
        )
        + ")"
    ),
    scope="after",
    examples=("بوی گاز نمیاد، فقط اجاق روشن نمیشه", "የጋዝ ሽታ የለም"),
)
H9_VETOES = (*H5_VETOES, H9_PAST, H9_NEGATED, H9_NEGATED_AFTER)

H9_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_smell_languages_h9",
        "emergency",
        alt(
            *nfkc(
                r"بوی (?:\S+ )?گاز|نشت (?:\S+ )?گاز|گاز (?:\S+ )?نشت (?:می ?کنه|میکنه|کرده)|(?:bo+ye|buye) gaz|gaz nasht",
                r"ריח (?:\S+ )?(?:של )?גז|דליפת גז|גז (?:\S+ )?דולף|מריח(?:ה|ים)? (?:\S+ )?גז",
                r"(?:urta|ur|you're) (?:\S+ )?gaas\w*|gaas\w* (?:\w+ )?(?:ur|urayo|uraya|daadanaya|dilaacay)\b",
                r"(?:የ)?ጋዝ ሽታ|ጋዝ (?:\S+ )?(?:ይሸታል|እየሸተተ|እያፈሰሰ|ያፈሳል)",
                r"গ্যাসের গন্ধ|গ্যাস (?:\S+ )?(?:লিক|গন্ধ)",
                r"กลิ่น(?:แก๊ส|ก๊าซ)|(?:แก๊ส|ก๊าซ)รั่ว",
                r"ਗੈਸ (?:ਦੀ )?(?:ਬਦਬੂ|ਬੋ|ਮੁਸ਼ਕ|ਸਮੈਲ|ਲੀਕ)|gas (?:di|ki|da) (?:smell|badbu|badboo|boo)\b",
            )
        ),
        examples=(
            "بوی گاز میاد توی آشپزخونه، چیکار کنم؟",
            "boye gaz miad, chikar konam?",
            "יש ריח של גז במטבח, מה לעשות?",
            "Urta gaaska ayaa jikada ka imanaysa, maxaan sameeyaa?",
            "Ur gaas ah ayaa ka imanaya jikada",  # "ur" is spelled "you're" by the SMS words (h13multi13)
            "ኩሽና ውስጥ የጋዝ ሽታ አለ፣ ምን ላድርግ?",
            "রান্নাঘরে গ্যাসের গন্ধ পাচ্ছি, কী করব?",
            "ได้กลิ่นแก๊สในครัว ทำยังไงดีคะ",
            "ਰਸੋਈ ਵਿੱਚ ਗੈਸ ਦੀ ਬਦਬੂ ਆ ਰਹੀ ਹੈ, ਕੀ ਕਰਾਂ?",
            "gas di smell aa rahi aa, ki karan?",
        ),
        near_misses=(
            "چرا قبض گاز انقدر زیاده؟",
            "למה חשבון הגז כל כך גבוה?",
            "Maxay biilka gaaska u badan yahay?",
            "የጋዝ ሂሳቡ ለምን ይህን ያህል ከፍ አለ?",
            "গ্যাসের বিল এত বেশি কেন?",
            "ทำไมค่าแก๊สแพงจัง",
            "ਗੈਸ ਦਾ ਬਿੱਲ ਇੰਨਾ ਜ਼ਿਆਦਾ ਕਿਉਂ ਹੈ?",
            "بوی گاز نمیاد، فقط اجاق روشن نمیشه",
            "אין ריח של גז יותר",
            "ไม่ได้กลิ่นแก๊สแล้ว",
            "পারসাল",
        ),
        vetoes=(*H9_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="a smell of gas or a gas leak, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
    Cue(
        "emergency.water_pouring_languages_h9",
        "emergency",
        alt(
            *nfkc(
                r"آب (?:\S+ ){0,2}از سقف|لوله (?:\S+ )?(?:ترکید|ترکیده)\S*",
                r"מים (?:\S+ ){0,2}(?:מה)?תקרה|(?:נוזלים|זורמים|יורדים|נשפכים) (?:\S+ )?מה?תקרה|צינור (?:\S+ )?(?:התפוצץ|פרץ|התפקע)|הצפה",
                r"biyo (?:\w+ ){0,3}saqaf\w*|saqaf\w* (?:\w+ ){0,3}biyo|tuubo\w* (?:\w+ )?(?:qarax|jabt)\w*",
                r"ጣሪያ\S* (?:\S+ ){0,2}ውሃ|ውሃ (?:\S+ ){0,2}ጣሪያ|ቧንቧ\S* (?:\S+ )?(?:ፈነዳ|ተሰበረ)",
                r"ছাদ (?:\S+ ){0,2}(?:পানি|জল)|(?:পানি|জল) (?:\S+ ){0,2}ছাদ|পাইপ (?:\S+ )?(?:ফেটে|ফাটা)",
                r"น้ำ\S{0,8}?(?:ฝ้า|เพดาน)|(?:ฝ้า|เพดาน)\S{0,6}?น้ำ|ท่อ(?:น้ำ)?แตก|น้ำท่วมบ้าน",
                r"ਛੱਤ (?:\S+ ){0,2}ਪਾਣੀ|ਪਾਣੀ (?:\S+ ){0,2}ਛੱਤ|ਪਾਈਪ (?:\S+ )?ਫਟ\S*",
            )
        ),
        examples=(
            "آب از سقف داره میریزه!",
            "יורדים מים מהתקרה!",
            "Biyo ayaa saqafka ka soo daadanaya!",
            "ከጣሪያው ውሃ እየፈሰሰ ነው!",
            "ছাদ দিয়ে পানি পড়ছে!",
            "น้ำรั่วจากฝ้าเพดาน",
            "ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਡਿੱਗ ਰਿਹਾ ਹੈ!",
        ),
        near_misses=(
            "شیر آب یه کم چکه میکنه، می‌تونه نگاه کنه؟",
            "הברז מטפטף קצת, אפשר שיבדוק?",
            "ก๊อกน้ำหยดนิดหน่อย ช่างดูให้ได้ไหม",
            "কলটা একটু একটু ফোঁটা পড়ছে, দেখতে পারবেন?",
            "ਟੂਟੀ ਥੋੜ੍ਹੀ ਚੋਂਦੀ ਹੈ, ਦੇਖ ਸਕਦੇ ਹੋ?",
        ),
        vetoes=H9_VETOES,
        hazard="water",
        why="water through a ceiling or a burst pipe, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
    Cue(
        "emergency.sparks_burning_languages_h9",
        "emergency",
        alt(
            *nfkc(
                r"جرقه|بوی (?:\S+ )?(?:سوختگی|سوخته|سوختن)|دود (?:\S+ )?(?:از )?پریز",
                r"ניצוצות|ניצוץ|ריח (?:\S+ )?(?:של )?(?:שרוף|שריפה|פלסטיק שרוף)|עשן (?:\S+ )?(?:מה)?שקע",
                r"dhimbi+l\w*|(?:ur|you're) (?:\w+ )?gub\w*|urta gubasho",
                r"ብልጭታ|(?:የሚቃጠል|የተቃጠለ) ሽታ",
                r"স্পার্ক|ফুলকি|পোড়া (?:\S+ )?গন্ধ",
                r"ประกายไฟ|ไฟ(?:ช็อต|ชอร์ต|ลัดวงจร)|กลิ่นไหม้|ควัน\S{0,6}?ปลั๊ก",
                r"ਚੰਗਿਆੜ\S*|ਸੜਨ ਦੀ (?:ਬਦਬੂ|ਬੋ|ਮੁਸ਼ਕ)|ਸੜੀ ਹੋਈ (?:ਬਦਬੂ|ਬੋ)",
            )
        ),
        examples=(
            "از پریز جرقه میزنه و بوی سوختگی میاد",
            "יוצאים ניצוצות מהשקע ויש ריח של שרוף",
            "Dhimbiil ayaa ka soo baxaysa fiilada",
            "ከሶኬቱ ብልጭታ እየወጣ ነው፣ የሚቃጠል ሽታ አለ",
            "সকেট থেকে স্পার্ক হচ্ছে, পোড়া গন্ধ",
            "มีประกายไฟออกจากปลั๊ก มีกลิ่นไหม้",
            "ਸਾਕਟ ਵਿੱਚੋਂ ਚੰਗਿਆੜੇ ਨਿਕਲ ਰਹੇ ਨੇ",
        ),
        near_misses=(
            "پریز اتاق خواب کار نمیکنه",
            "השקע בסלון לא עובד",
            "ปลั๊กในห้องนอนใช้ไม่ได้",
            "শোবার ঘরের সকেট কাজ করছে না",
            "ਬੈੱਡਰੂਮ ਦਾ ਸਾਕਟ ਕੰਮ ਨਹੀਂ ਕਰਦਾ",
        ),
        vetoes=H9_VETOES,
        hazard="electrical",
        why="sparks, smoke from an outlet or a burning smell, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)
CUES = (*CUES, *H9_CUES)

# ---- Hazards told by their signs, one record per kind (issue 13, h13hazard11) -----------------------
# Blind corpora still missed dangers the customer describes by what they see, hear or smell rather
# than by the hazard's name: "the gas meter outside is hissing", "burnt plastic smell from the furnace",
# "the ceiling has a big bubble of water in it", "backing up sewage into the laundry", "la presa è
# annerita e scoppietta", "Keine Heizung, 5 Grad ... meine Mutter ist 88". Each record holds one kind's
# signs in every language the probe met, beside its look-alikes (a gas bill, a meter swap, an outlet
# that only stopped working, outlets in a colour, a ceiling stain long dry, a slow drain); the shared
# vetoes (past, asked about, fixed, not urgent, negated) stand beside them.
_H11_HISS = r"hiss\w*|silband\w*|silba|chifland\w*|chifla|siffle\w*|sifflement|chiand\w*|zisch\w*|fischi\w*|sibil\w*|шипит|syczy"
_H11_GAS_PART = (
    r"gas (?:meter|line|pipe|valve|regulator|tank|bottle)s?|propane (?:tank|line|regulator)|"
    r"(?:medidor|contador|regulador|tanque|tubo|v[aá]lvula|cilindro) (?:de|del) gas|"
    r"compteur (?:de|à) gaz|conduite de gaz|(?:medidor|relógio|registro|botij[aã]o) de g[aá]s|gaszähler|gasleitung|"
    r"contatore del gas|tubo del gas|газов\w* (?:счётчик|счетчик|труб\w*|кран)|licznik gazu|rura gazow\w*"
)
_H11_ROTTEN_EGGS = (
    # a smell word beside the eggs: "кот съел тухлое яйцо" is no gas
    r"mùi (?:\S+ ){0,2}trứng (?:gà |vịt )?thối|amoy (?:ng )?(?:\w+ )?bulok na itlog|"
    r"(?:пахнет|запах|воняет|вонь|несёт|несет) (?:\w+ ){0,2}тухл\w* яй\w*|"
    r"(?:zapach|śmierdzi|smród|czuć) (?:\w+ ){0,2}zgnił\w* jaj\w*|臭(?:鸡|雞)蛋(?:的)?(?:味|气味|氣味)"
)
_H11_OUTLET = (
    r"outlets?|sockets?|plugs?|power ?points?|(?:breaker|fuse|electrical|electric) (?:box|panel)|breaker panel|panel|"
    r"enchufes?|contactos?|tomacorrientes?|(?:caja|centro) de (?:breakers|fusibles|carga|brakers)|tablero(?: eléctrico)?|"
    r"prises?(?: électriques?)?|tableau électrique|disjoncteurs?|tomadas?|quadro de (?:luz|energia|força)|disjuntor(?:es)?|"
    r"steckdosen?|sicherungskasten|verteilerkasten|prese? (?:elettric[ahe]|della|del|dietro|in|nel|nella|vicino)|"
    r"(?:la|una) presa|quadro elettrico|salvavita|розетк\w*|щит\w*|щиток|gniazdk\w*|gniazd\w*|skrzynk\w* z bezpiecznikami|"
    r"ổ điện|ổ cắm|cầu dao|插座|电箱|配电箱|電箱|콘센트|두꺼비집|차단기|saksakan|outlet"
)
_H11_ELECTRIC_SIGN = (
    # blackened or burnt (the verb, not a colour: "quero tomadas pretas" is a wish)
    r"black(?:ened)? and|scorch\w*|noirci\w*|brûlée?s?|queimad[oa]s?|quemad[oa]s?|verschmort\w*|angekokelt|annerit[oa]|bruciat[oa]|"
    r"почернел\w*|обгорел\w*|оплавил\w*|okopcon\w*|nadpalon\w*|stopion\w*|cháy đen|bị cháy|发黑|烧焦|燒焦|까맣게|탔어|타고|sunog|nasunog|"
    # crackling, popping, sparking, buzzing heard from it
    r"crackl\w*|popping|crépit\w*|grésill\w*|estaland\w*|estal[ao]s?|estalid\w*|tronand\w*|truen\w*|chisporrote\w*|zumband\w*|zumba|"
    r"knister\w*|knackt|brutzel\w*|brummt|summt|scoppiett\w*|sfrigol\w*|ronz\w*|crepit\w*|трещит|искрит|гудит|"
    r"trzeszcz\w*|iskrz\w*|strzela\w*|buczy|kêu lách tách|lách tách|tóe lửa|噼啪|冒火花|滋滋|탁탁|지지직|불꽃|umuugong|pumuputok|kumikislap|"
    # hot to the touch
    r"caldissim[oa]|bollente|scotta|горяч\w*|раскал\w*|gorąc\w*|parzy|ardiendo|hirviendo"
)
_H11_CEILING = r"ceilings?|techos?|cielo ?rasos?|plafonds?|tetos?|forros?|decke|zimmerdecke|soffitt[oi]|потол\w*|sufit\w*|trần nhà|kisame|天花板|천장"
_H11_BULGE = (
    r"bulg\w*|bubbl\w*|bubbles?|sagg\w*|bowing|ballooning|swell\w*|bellying|"
    r"inflad[oa]|abombad[oa]|hinchad[oa]|hace panza|pandead[oa]|"
    r"gonfl\w*|bomb[ée]e?|s'affaisse|estufad[oa]|inchad[oa]|cedendo|wölbt|beult|hängt (?:\w+ )?durch|"
    r"gonfi\w*|imbarcat[oa]|провис\w*|вздул\w*|пузыр\w*|ugina\w*|wybrzusz\w*|phồng|võng|鼓起|鼓包|부풀|볼록"
)
_H11_WATER_WORD = (
    r"water|wet|drip\w*|leak\w*|agua|gote\w*|mojad[oa]|eau|fuite|mouill\w*|água|goteir\w*|molhad[oa]|wasser|tropft|nass|"
    r"acqua|gocciol\w*|bagnat[oa]|вод\w*|капа\w*|течёт|течет|wod\w*|kapie|cieknie|nước|tubig|tumutulo|水|漏|물"
)
_H11_HEATER = r"water heater|hot water (?:tank|heater|cylinder)|calentador|boiler|scaldabagno|caldaia|chauffe-eau|ballon|aquecedor|warmwasserspeicher|therme|boiler"
_H11_LEAKING = (
    r"leak\w*|pour\w*|spray\w*|perde acqua|sta perdendo|perde|tropft|leckt|läuft (?:\w+ )?aus|fuit|coule|vazand\w*|vaza|"
    r"sale agua|saliendo agua|cieknie|протека\w*|теч[её]т"
)
_H11_PLASTIC_SMELL = (
    r"(?:burnt|burned|burning|melted|melting|hot) (?:plastic|rubber|wires?|wiring|insulation|electrical)"
    r"(?: \w+)? (?:smell|odou?r|stink|stench)|"
    r"(?:smell|odou?r|stink|stench) of (?:burnt|burned|burning|melted|melting|hot) (?:plastic|rubber|wires?|wiring|insulation)|"
    r"(?:olor|huele|oliendo|peste) a (?:pl[aá]stico|cable|hule|goma) quemad[oa]|"
    r"(?:odeur|sent|ça sent) (?:de |le )?(?:plastique|caoutchouc|fil) (?:brûlé|fondu)|"
    r"cheiro de (?:pl[aá]stico|borracha|fio) queimad[oa]|"
    r"(?:riecht|geruch|gestank) (?:\w+ ){0,3}(?:verbrannte[mns]? |verschmorte[mns]? )?(?:plastik|kunststoff|gummi|kabel)|"
    r"verschmort\w* (?:plastik|kabel)|(?:puzza|odore) di (?:plastica|gomma|cavi) bruciat[ae]|"
    r"запах (?:горел\w*|паленого|палёного) (?:пластик\w*|провод\w*)|пахнет (?:горел\w*|палён\w*|пален\w*)|"
    r"zapach (?:spalonego|palonego|topionego) (?:plastiku|kabla)|mùi nhựa cháy|amoy (?:ng )?sunog na plastik|"
    r"烧塑料(?:的)?味|塑料(?:烧焦|燒焦)(?:的)?味|(?:플라스틱|전선) 타는 냄새"
)
_H11_AT_RISK_IN_COLD_GERMAN = (
    r"(?:mutter|vater|mama|papa|oma|opa|großmutter|großvater|schwiegermutter|schwiegervater|mann|frau) "
    r"(?:ist|wird) (?:schon )?[7-9]\d|[7-9]\d jahre alt|\b(?:[0-9]|1[0-2]) grad (?:in der|im|drinnen|innen|in unserer|bei uns)"
)
H11_NOBODY_AT_RISK_IN_COLD = replace(
    H5_NOBODY_AT_RISK_IN_COLD,
    id="emergency.veto.no_heat_nobody_at_risk_h11",
    unless=re.compile(f"{_H5_AT_RISK_IN_COLD.pattern}|{alt(_H11_AT_RISK_IN_COLD_GERMAN).pattern}"),
    examples=(
        "Heizung ist ausgefallen, wann kommt der Techniker?",
        "Keine Heizung, 19 Grad drinnen, bitte Montag",
    ),
)
_H11_VETOES = (*H8_VETOES, H7_NEGATED, H7_NEGATED_AFTER, H9_NEGATED_AFTER)

H11_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.gas_signs_h11",
        "emergency",
        alt(
            rf"(?:{_H11_GAS_PART})[^.!?]{{0,45}}(?<![a-z])(?:{_H11_HISS})",
            rf"(?:{_H11_HISS})[^.!?]{{0,30}}(?:{_H11_GAS_PART})",
            _H11_ROTTEN_EGGS,
        ),
        examples=(
            "the gas meter outside by the side door is hissing, you can hear it from the driveway",
            "el medidor de gas de afuera está silbando",
            "le compteur de gaz siffle fort dehors",
            "có mùi trứng thối gần bếp ga",
            "amoy bulok na itlog malapit sa kalan",
            "пахнет тухлыми яйцами возле плиты",
            "厨房有臭鸡蛋味",
        ),
        near_misses=(
            "why is my gas bill so high this month?",
            "the gas company is coming friday to swap the meter, does that clash?",
            "the radiator is hissing a bit when it warms up",
            "el medidor de gas está afuera junto a la puerta",
            "the gas meter hissed last winter, the utility fixed it, can he look at the stove?",
            "hóa đơn tiền ga tháng này cao quá",
            "кот съел тухлое яйцо, шучу, жду мастера в 10",
        ),
        vetoes=(*_H11_VETOES, IGNITION_WHIFF),
        hazard="gas",
        why="gas heard hissing from a meter, line or valve, or a smell of rotten eggs (the odorant), in the languages",
    ),
    Cue(
        "emergency.electrical_signs_h11",
        "emergency",
        alt(rf"(?:{_H11_OUTLET})(?:'s)?[^.!?。]{{0,45}}(?<![a-z])(?:{_H11_ELECTRIC_SIGN})"),
        examples=(
            "la prise derrière le frigo est noircie et crépite",
            "a tomada atrás da geladeira está preta e estalando",
            "Die Steckdose hinter dem Kühlschrank ist schwarz und knistert",
            "la presa dietro il frigo è annerita e scoppietta",
            "il quadro elettrico ronza ed è caldissimo",
            "la caja de breakers está zumbando y está caliente",
            "冰箱后面的插座发黑还噼啪响",
            "розетка за холодильником почернела и трещит",
            "냉장고 뒤 콘센트가 까맣게 타고 탁탁 소리가 나요",
            "gniazdko w kuchni trzeszczy i jest gorące",
            "el contacto de la sala está quemado y truena",
        ),
        near_misses=(
            "la prise du salon ne marche plus",
            "el enchufe no funciona, ¿puede revisarlo?",
            "quero tomadas pretas na cozinha nova",
            "vorrei le prese nere in cucina",
            "Die Steckdose im Bad geht nicht",
            "mi hanno preso in giro, la presa non funziona da mesi",
            "розетка не работает в спальне",
            "the outlet in the garage stopped working, no sparks or smell, just dead",
            "la prise a grésillé l'an dernier, on l'a changée",
        ),
        vetoes=_H11_VETOES,
        hazard="electrical",
        why="an outlet or panel blackened, crackling, popping, buzzing or hot, told in the customer's language",
    ),
    Cue(
        "emergency.ceiling_swelling_with_water_h11",
        "emergency",
        alt(
            # a ceiling swelling with water is about to come down: the water is named nearby
            rf"(?:{_H11_CEILING})[^.!?。]{{0,50}}(?<![a-z])(?:{_H11_BULGE})(?=[^.!?。]{{0,60}}(?<![a-z])(?:{_H11_WATER_WORD}))",
            rf"(?:{_H11_WATER_WORD})[^.!?。]{{0,40}}(?:{_H11_CEILING})[^.!?。]{{0,30}}(?<![a-z])(?:{_H11_BULGE})",
            rf"(?:{_H11_CEILING})(?:[^.!?。]{{0,40}})(?:big |huge )?(?:bubble|bulge|blister) (?:of|with|full of) water",
        ),
        examples=(
            "bathroom ceiling is bulging with water and starting to drip",
            "the ceiling in the kids room has a big bubble of water in it, it's getting bigger",
            "el techo del baño está inflado de agua y ya empezó a gotear",
            "le plafond de la salle de bain est bombé et de l'eau goutte",
            "o teto da sala está estufado e pingando água",
            "потолок в ванной провис и капает вода",
        ),
        near_misses=(
            "there's a water stain on the ceiling from an old leak, it's dry now, can he take a look?",
            "the ceiling paint is bubbling in the bathroom, no water though, just the steam",
            "the ceiling fan is wobbling, can he look at it",
            "the ceiling in the garage sagged years ago, want a quote to fix it",
        ),
        vetoes=(*_H11_VETOES, MINOR),
        # what to tell the customer first is to keep clear of it (as `emergency.structural` says of a sagging ceiling)
        hazard="structural",
        why="a ceiling bulging or sagging with water: it may come down",
    ),
    Cue(
        "emergency.heater_hissing_leaking_h11",
        "emergency",
        alt(
            # a water heater hissing and leaking: the relief valve is letting go
            rf"(?:{_H11_HEATER})[^.!?]{{0,40}}(?<![a-z])(?:{_H11_HISS})[^.!?]{{0,40}}(?<![a-z])(?<!no )(?<!not )(?<!without )(?<!non )"
            rf"(?:{_H11_LEAKING})",
        ),
        examples=(
            "lo scaldabagno fischia e perde acqua dalla valvola in alto",
            "water heater is hissing and leaking from the top valve",
            "der Warmwasserspeicher zischt und tropft oben am Ventil",
        ),
        near_misses=(
            "lo scaldabagno fischia un po' quando si accende, è normale?",
            "the water heater hisses a bit when it heats up, no leak, just curious",
            "the water heater hissed and leaked last year, the valve was replaced",
        ),
        vetoes=(*_H11_VETOES, MINOR),
        hazard="water",
        why="a water heater hissing and leaking: its relief valve letting go, in the languages",
    ),
    Cue(
        "emergency.sewage_signs_h11",
        "emergency",
        alt(
            r"(?:backing up|backed up|coming up|bubbling up|pushing up|spewing|overflowing with|throwing up) "
            r"(?:raw |brown |black )?(?:sewage|sewer water|waste ?water|poo|poop|toilet water|black water)",
            r"(?:raw sewage|sewage water|sewer water|waste ?water)(?:'s| is)? (?:\w+ ){0,3}(?:in|into|on|across) (?:the |my |our )?"
            r"(?:laundry|utility room|basement|floor|hall\w*|kitchen|bathroom|carpet)",
        ),
        examples=(
            "the basement drain is backing up sewage into the laundry",
            "floor drain is pushing up raw sewage",
            "there's sewage water all across the laundry floor",
        ),
        near_misses=(
            "the laundry drain is slow and gurgles a bit when the washer empties",
            "can he quote a sewage ejector pump for the basement?",
            "the drain backed up sewage into the basement two years ago, want a backflow valve",
            "is the sewer line covered under the warranty?",
        ),
        vetoes=_H11_VETOES,
        hazard="sewage",
        why="sewage pushed up into the home, said with the verb first or with where it lies",
    ),
    Cue(
        "emergency.fire_signs_h11",
        "emergency",
        alt(_H11_PLASTIC_SMELL),
        examples=(
            "burnt plastic smell coming out of the furnace vents",
            "sale olor a plástico quemado del calefactor",
            "cheiro de plástico queimado saindo do aquecedor",
            "odeur de plastique brûlé qui sort de la fournaise",
            "puzza di plastica bruciata dalla caldaia",
            "es riecht nach verbranntem Plastik aus der Heizung",
        ),
        near_misses=(
            "the burnt plastic smell was just the kids' toy on the stove, all fine now",
            "burnt plastic smell last week when the dryer ran, hasn't come back, can he check it?",
            "what causes a burning rubber smell from a furnace?",
        ),
        vetoes=(
            *_H11_VETOES,
            Veto(
                "emergency.veto.electrics_named_h11",
                "an outlet or panel in the same sentence: the electrical records read it, and their safety text fits",
                alt(_H11_OUTLET),
                scope="sentence",
                examples=("Steckdose in der Küche ist angeschmort, es riecht nach verbranntem Plastik",),
            ),
        ),
        hazard="fire_smoke",
        why="a smell of burnt plastic, rubber or wiring: something melting or burning now",
    ),
    Cue(
        "emergency.no_heat_at_risk_german_h11",
        "emergency",
        alt(
            r"keine heizung|(?:die )?heizung (?:\w+ ){0,2}(?:ist )?(?:aus(?:gefallen)?|kaputt|geht nicht|funktioniert nicht)|"
            r"(?:heizung|therme|kessel) (?:\w+ ){0,2}(?:ausgefallen|kaputt)"
        ),
        examples=(
            "Keine Heizung, 5 Grad in der Wohnung und meine Mutter ist 88",
            "Heizung ist ausgefallen, 8 Grad drinnen, mein Vater ist 91",
        ),
        near_misses=(
            "Heizung ist ausgefallen, wann kommt der Techniker?",
            "Keine Heizung, 19 Grad drinnen, bitte Montag",
            "letzten Winter war die Heizung kaputt und meine Mutter ist 88, bitte die Therme prüfen",
        ),
        vetoes=(*_H11_VETOES, H11_NOBODY_AT_RISK_IN_COLD),
        hazard="no_heat",
        why="no heat in German with an elderly person named by age or a room near freezing",
    ),
)
CUES = (*CUES, *H11_CUES)

# ---- A smell of burnt wiring, and the hazard kinds' look-alikes (issue 13, h13urgent13) ------------
# "it smells like a burnt electrical cord in the laundry room", "olor a cable quemado que sale del
# tablero de luz": wiring overheating told by its smell, with an article or a room between the words
# the older records read. Its look-alikes: the smell gone with the thing that made it, a smell last
# week that has not come back, a question what would cause it.
_BURNT = (
    r"burnt|burned|burning|melted|melting|fried|overheat(?:ed|ing)|scorched|quemad[oa]s?|queimad[oa]s?|"
    r"brûlée?s?|verbrannte[mn]?|verschmorte[mn]?|bruciat[oaie]"
)
_WIRING = (
    r"(?:electrical |electric )?(?:cords?|wires?|wiring|cables?|plugs?|outlets?|sockets?|electronics|insulation)|"
    r"cables?|alambres?|enchufes?|contactos?|fios?|cabos?|tomadas?|fils?|câbles?|prises?|kabel\w*|steckdose\w*|cavi|fili|prese?"
)
H13_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.burnt_wiring_smell",
        "emergency",
        alt(
            rf"(?:smells?|smelling|smelt|stinks?|stinking|odou?r|reeks?) (?:\w+ )?(?:like|of) (?:an? |some |the )?(?:{_BURNT}) "
            rf"(?:\w+ )?(?:{_WIRING})",
            rf"(?:huele|oliendo|olor|cheiro|cheira|odeur|sent|riecht|geruch|puzza|odore) (?:\w+ )?(?:(?:a|de|di|nach) )?"
            rf"(?:(?:{_WIRING}) (?:\w+ )?(?:{_BURNT})|(?:{_BURNT}) (?:{_WIRING}))",
        ),
        examples=(
            "it smells like a burnt electrical cord in the laundry room and the dryer is off",
            "the hallway stinks of burning wires, can't tell where from",
            "smell of overheated electronics near the breaker box",
            "olor a cable quemado que sale del tablero de luz",
            "huele a cables quemados en el cuarto de la niña",
            "cheiro de fio queimado na cozinha",
            "ça sent les fils brûlés dans le garage",
            "es riecht nach verschmortem Kabel im Flur",
        ),
        near_misses=(
            "it smelled like burnt wires last week when the dryer ran, hasn't come back, can he check it?",
            "the burnt wire smell was the old toaster, we threw it out",
            "I burnt the toast, the whole kitchen smells",
            "no smell of burnt wires now, just the outlet is dead",
        ),
        vetoes=(*_H11_VETOES, IMAGINED),
        hazard="electrical",
        why="a smell of burnt or overheating wiring, cords or outlets: wiring overheating now",
    ),
)
CUES = (*CUES, *H13_CUES)
# ---- Hazards in Somali, Amharic and Tagalog said as the customer texts them (issue 13, h13multi13) ----
MULTI13_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.socket_smoke_tagalog_somali",
        "emergency",
        alt(
            r"(?:may )?usok (?:na )?(?:lumalabas|galing|nanggagaling|mula) (?:sa )?(?:saksakan|outlet|panel|breaker|kawad|wire)",
            r"(?:lumalabas|may) (?:na )?usok (?:sa|mula sa|galing sa) (?:saksakan|outlet|panel|breaker)",
            r"qiiq (?:\w+ ){0,5}(?:fiilada|korontada|socket|sookeetka)|(?:fiilada|korontada|sookeetka) (?:\w+ ){0,3}qiiq",
        ),
        examples=(
            "May usok na lumalabas sa saksakan!",
            "May usok sa saksakan sa kusina",
            "Qiiq ayaa ka soo baxaya sookeetka",
        ),
        near_misses=(
            "Pwede bang tingnan din ang saksakan sa sala?",
            "bawal manigarilyo, walang usok sa loob ng bahay",
        ),
        vetoes=H5_VETOES,
        hazard="electrical",
        why="smoke coming out of a socket or a panel, in Tagalog and Somali",
    ),
)
CUES = (*CUES, *MULTI13_CUES)

# ---- The safety net: hazards composed from parts (issue 13, h13net13; see emergency_net.py) --------
# The net reads the shared vetoes from `hazard_vetoes`, not from here: it comes after every record.
CUES = (*CUES, *NET_CUES)

# ---- A ceiling that has just started to drip, told beside thanks or a late arrival (issue 13, h14urgent) ----
# "Appreciate you fitting us in!! fyi the downstairs ceiling just started dripping": the start of a leak is
# the leak now; the shared vetoes keep out the past ("started leaking last spring, they fixed the roof").
H14_CUES: tuple[Cue, ...] = (
    Cue(
        "emergency.ceiling_started_dripping",
        "emergency",
        alt(
            r"(?:ceilings?|roof|skylight|light fixture|light fitting)(?:'s| is| has)? (?:\w+ ){0,2}(?:started|starting|begun|began|starts) "
            r"(?:to )?(?:drip|leak|pour|rain)\w*",
            r"(?:water|it)(?:'s| has| is)? (?:\w+ )?(?:started|starting|begun|began) (?:to )?(?:drip|leak|pour|come|coming)\w* "
            r"(?:\w+ ){0,2}(?:through|from|out of|down) (?:the |my |our )?(?:\w+ )?(?:ceiling|roof|light)",
        ),
        examples=(
            "Appreciate you fitting us in!! fyi the downstairs ceiling just started dripping where the bathroom is",
            "running 10 late, the kitchen ceiling has started to leak",
            "water just started coming through the bedroom ceiling",
        ),
        near_misses=(
            "the ceiling started leaking last spring and the roofer fixed it",
            "if the ceiling starts dripping again what should I do?",
        ),
        vetoes=COMMON + (MAINTENANCE,),
        hazard="water",
        why="a ceiling or a light fitting that has just started to drip or leak",
    ),
)
CUES = (*CUES, *H14_CUES)
