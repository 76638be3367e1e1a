"""Customer-arrived cues: the customer is now home, on site or available.

Joined in this order into one pattern (`CUSTOMER_ARRIVED`); a cue after "before", "until", "when"
or "once" is a future condition, not an arrival.
"""

from __future__ import annotations

import re

from . import Cue, CueSet, Veto, cue, nfkc

NOT_YET = Veto(
    "customer_arrived.veto.not_yet",
    "a future condition, not an arrival: 'before I'm back', 'will text when I'm home'",
    re.compile(r"(?:\bbefore|\buntil|\bwhen|\bonce|\bafter|\bif|\bby the time|\bwill text when)\s+$"),
    scope="near_before",
    examples=("I'll text you when I'm home", "can he wait until I'm back"),
)
# "home depot had the filter", "got pulled into a meeting": the word names a shop or a meeting, not an arrival.
NOT_AN_ARRIVAL_PLACE = Veto(
    "customer_arrived.veto.not_an_arrival_place",
    "the arrival word leads into a shop, a service or a meeting: 'home depot had it', 'pulled into a meeting'",
    re.compile(
        r"^\s*(?:depot|improvement|goods|warranty|inspection|inspector|owners?|screen|page|"
        r"(?:a |an |another )?(?:\w+ )?(?:meeting|call|shift|overtime|conversation))\b"
    ),
    scope="after",
    examples=("home depot had the filter, want me to grab one?", "got pulled into a meeting, 20 mins"),
)
# "I'm home tomorrow all day", "we're home later this week": home on another day, no arrival now (h13en6b)
ANOTHER_DAY = Veto(
    "customer_arrived.veto.another_day",
    "home or here on a day to come: 'I'm home tomorrow all day', 'we're home later this week'",
    re.compile(
        r"^\s*(?:all day )?(?:tomorrow|tmrw|tonight|later (?:this|next|in the) week|this weekend|next (?:week|\w+day)|"
        r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    ),
    scope="after",
    examples=(
        "I'm home tomorrow all day",
        "we're home later this week if that helps",
        "home all day tomorrow",
    ),
)
VETOES = (NOT_YET, NOT_AN_ARRIVAL_PLACE, ANOTHER_DAY)
# issue 13 (h13left13): one of the household home *to let him in*, or home while the customer says they
# are late, is the way in (`access_info`), not the customer arrived: "Running late but my son is home to
# let you in", "running 20 late, my wife is home, she can let him in", "My son is home to let you in".
# "Mi esposo is home ahorita, he can let him in" reports who is there now: still an arrival.
HOME_FOR_THE_LATE_CUSTOMER = Veto(
    "customer_arrived.veto.home_for_the_late_customer",
    "someone else home to let him in, or while the customer is late: the way in, not an arrival",
    re.compile(
        r"\b(?:is|'s) (?:home|there|here|in) (?:to|so (?:he|she|they) can) let (?:you|u|him|her|them|the tech\w*|your \w+) in\b|"
        r"\b(?:running|gonna be|going to be|will be|i'll be|ill be|i'm|im|i am) (?:\w+ ){0,3}(?:late|behind)\b"
    ),
    scope="text",
    examples=("Running late but my son is home to let you in", "My son is home to let you in"),
)
# "I see the van driving around the block", "van just pulled up next door I think": the technician's van
# seen on its way, or pulling up; the customer said nothing of their own coming (issue 13, h13constraint11).
THE_VAN_MOVING = Veto(
    "customer_arrived.veto.the_van_moving",
    "the technician's van seen moving, or pulling up itself: 'I see the van driving around the block'",
    re.compile(
        r"^\s*(?:driving|going|go|drive|drove|circling|passing|pass|went|doing laps|turning|coming down)\b"
        r"|^\s*(?:just )?(?:go |drive |drove |went )?(?:past|by|around the block|round the block|down the (?:street|road))\b"
    ),
    scope="after",
    examples=("I see the van driving around the block", "I can see the truck going past, is he lost?"),
)
THE_VAN_PULLED_UP = Veto(
    "customer_arrived.veto.the_van_pulled_up",
    "a van or the technician pulling up, not the customer: 'van just pulled up next door'",
    re.compile(r"\b(?:van|truck|ute|he|she|they|tech\w*|plumber|electrician|guy|someone)\s+$"),
    scope="near_before",
    examples=("van just pulled up next door I think",),
)
# "ya estoy por llegar", "ya estoy cerca", "ya estoy a 5 min": "ya estoy" with a way still to go (issue 13,
# h13es9).
STILL_ARRIVING_ES = Veto(
    "customer_arrived.veto.still_arriving_es",
    "'ya estoy' with a way still to go: 'ya estoy por llegar', 'ya estoy cerca', 'ya estoy a 5 min'",
    re.compile(
        r"^\s*(?:por llegar|llegando|cerca|a (?:\d|<|unos|unas|como|media|una|dos|tres|cinco|diez)|en camino|de camino|saliendo)"
    ),
    scope="after",
    examples=("ya estoy por llegar, como 10 minutillos", "ya estoy cerca"),
)
# "ya estoy a punto de cancelar", "ya estoy harta de esperar": 'ya estoy' says how the customer feels
# or what they are about to do, not where they are (issue 13, h13threat11).
A_STATE_NOT_A_PLACE_ES = Veto(
    "customer_arrived.veto.a_state_not_a_place_es",
    "'ya estoy' before a feeling or a step about to be taken: 'ya estoy a punto de cancelar', 'ya estoy harta'",
    re.compile(
        r"^\s*(?:a punto de|por (?:cancelar|irme|llamar)|hart[oa]s?|cansad[oa]s?|desesperad[oa]s?|molest[oa]s?|"
        r"enojad[oa]s?|enfadad[oa]s?|hasta la madre|aburrid[oa]s?|muy (?:molest|enojad|hart|cansad)\w*)"
    ),
    scope="after",
    examples=("ya estoy a punto de cancelar, dos horas esperando", "ya estoy harta de esperar"),
)
# "parking now, give me 5 to walk over": parked somewhere on the way, with a wait still to come.
WAIT_STILL_TO_COME = Veto(
    "customer_arrived.veto.wait_still_to_come",
    "a wait or a walk still to come after it: 'parking now, give me 5 to walk over'",
    re.compile(r"\b(?:give me|gimme|need|another|walk(?:ing)? over|be there|be (?:right )?in|be home)\b"),
    scope="all_after",
    examples=("parking now, give me 5 to walk over",),
)
# "driving back now, 40 mins", "headed home now": still on the way, so "back now" is no arrival.
STILL_ON_THE_WAY = Veto(
    "customer_arrived.veto.still_on_the_way",
    "a way still to go before it: 'driving back now, 40 mins', 'headed home now'",
    re.compile(
        r"\b(?:driv\w*|head\w*|on (?:my|our|the) way|omw|walk\w*|com\w*|making my way|leav\w*|rushing|"
        # "nearly home now, 2 min", "almost back now" (h13en6b)
        r"nearly|almost|not quite|practically|pretty much|close to)\s+$"
    ),
    scope="near_before",
    examples=(
        "driving back now, 40 mins",
        "heading back now, be there soon",
        "walking back now, 5 min",
        "nearly home now, 2 min",
    ),
)

CUES: tuple[Cue, ...] = (
    cue(
        "customer_arrived.im_home",
        "customer_arrived",
        r"i'm (?:home|back)(?! (?:by|at|from|after|around|until|most|on|every)\b)|"
        r"i'm (?:here|outside|at the (?:front |back )?(?:door|house|property|gate|site|unit|building|lobby|office|apartment|store|shop))",
        examples=(
            "I'm home now",
            "I'M HOME",
            "I'm here",
        ),
        near_misses=(
            "I'm home by 5",
            "I'm back at work until 3",
        ),
        vetoes=VETOES,
        why="I'm home, here, outside",
    ),
    cue(
        "customer_arrived.we_are_here",
        "customer_arrived",
        r"i am (?:here|home|back|outside)|we're (?:both |all )?(?:here|home|back|in now)|we are (?:both |all )?(?:here|home|back)|"
        r"i'm in now|(?:i'm|we're) out front|"
        # "we're in, door's open", "we're both here, the side gate is open" (h13access9)
        r"\bwe're in(?=\s*(?:$|[,.!]))|(?<!no )\bestoy aqu[ií]\b|(?<!no )\bestamos (?:aqu[ií]|en casa)\b",
        examples=(
            "we're in, door's open",
            "we're both here, the side gate is open",
            "Estoy aquí, código del portón 4411",
            "I'm in now, sorry for the wait",
            "I'm out front in the silver RAV4",
            "I AM HOME NOW BACK DOOR IS OPEN COME IN",
        ),
        near_misses=(
            "we are hoping he comes early",
            "we're in Denver this week",
            "we're in no rush",
            "El Día de Reyes no estamos en casa, ¿puede ser el viernes?",
        ),
        vetoes=VETOES,
        why="I am here, we're home",
    ),
    cue(
        "customer_arrived.he_can_come_now",
        "customer_arrived",
        r"(?:he|she|they|you) can come (?:round |over |by |\w+ )?(?:whenever|anytime|any time|now)|^(?:back|home) (?:home|now)\b",
        examples=(
            "home now",
            "Home now!",
            "home now 🏠✅",
        ),
        near_misses=("he can come tomorrow instead?",),
        vetoes=VETOES,
        why="he can come now or whenever",
    ),
    cue(
        "customer_arrived.just_got_home",
        "customer_arrived",
        r"(?:just )?got (?:here|home|back)|(?<!way )(?<!omw )home now|(?<!get )(?<!come )(?<!it's )(?<!its )(?<!it is )(?<!is )(?<!are )(?<!'s )back now|(?<!back )(?<!he's )(?<!she's )(?<!they're )(?<!he is )(?<!she is )(?<!they are )here now|i'm in now|(?<!get )(?<!gets )(?<!you're )(?<!arrive )here!|just pulled (?:in|up)",
        examples=(
            "Here now",
            "Just pulled in",
            "just pulled in 🚗",
        ),
        near_misses=(
            "get back now or later?",
            "buzz 204 when you get here!",
            "driving back now, 40 mins",
            # the fault is back, not the customer
            "it's back now",
            "the noise is back now, same as before",
            # the technician is here, not the customer (issue 13, h13en6a)
            "bit annoyed nobody called to say he'd be late but he's here now",
        ),
        vetoes=(*VETOES, STILL_ON_THE_WAY, THE_VAN_PULLED_UP),
        why="just got home, here now",
    ),
    cue(
        "customer_arrived.back_alone",
        "customer_arrived",
        r"^(?:back|home|here)(?:!| now| again)",
        examples=(
            "Home! Come on in",
            "Home! Ready whenever",
            "Back! Door's unlocked",
        ),
        near_misses=("backed up drain",),
        vetoes=VETOES,
        why="back, home or here, at the start",
    ),
    cue(
        "customer_arrived.pulling_in",
        "customer_arrived",
        r"pulling (?:in|into|up)(?! in \d)|pulled (?:in|into|up)|(?:i'm|we're|i am|we are|someone's|someone is) at the (?:front )?door|i'm at the property|i'm at the house",
        examples=(
            "pulling up rn",
            "pulling in now",
            "So sorry!! Pulling in now",
        ),
        near_misses=("pulling up in 5",),
        vetoes=VETOES,
        why="pulling in, at the door",
    ),
    cue(
        "customer_arrived.parked_or_in_sight",
        "customer_arrived",
        r"^(?:ok |okay |ok, )?(?:just )?parked\b|(?:i'm|we're|i am|we are|just|now) (?:in|on) the driveway|^in the driveway\s*[.!]*$|"
        r"^(?:i'm |we're |i am |we are )?(?:at|by) the (?:front )?gate(?: now)?\s*[.!]*$|(?:i'm|we're|i am|we are) at the (?:front )?gate\b|"
        r"\bi (?:can )?see (?:his|her|the|your) (?:van|truck)",
        examples=(
            "just parked",
            "we're in the driveway",
            "in the driveway",
            "at the gate now",
            "I see his van!",
        ),
        near_misses=("park in the driveway", "meet him at the gate", "the van is blocking my driveway"),
        vetoes=(*VETOES, THE_VAN_MOVING),
        why="parked, in the driveway or at the gate, or the technician's van in sight",
    ),
    cue(
        "customer_arrived.available_now",
        "customer_arrived",
        r"available now|free now|he can come (?:anytime|now|early|whenever)|come (?:on )?in now|got home early",
        examples=(
            "Available now if he wants to swing back by",
            "I'm available now if he wants to come early",
        ),
        near_misses=("is he available tomorrow?",),
        vetoes=VETOES,
        why="available or free now",
    ),
    cue(
        "customer_arrived.come_anytime",
        "customer_arrived",
        r"(?:can|could|to|wants to) come (?:anytime|early|whenever|any time)(?![^.!?]*\binstead\b)|(?:anytime|any time) (?:today )?is (?:fine|good|ok|okay|great)(?! (?:next|tomorrow|on|after|before)\b)|whenever suits",
        examples=(
            "anytime is fine",
            "tell him to come whenever",
        ),
        near_misses=("he can't come anytime soon", "Is there any chance to come early morning instead"),
        vetoes=VETOES,
        why="can come anytime",
    ),
    cue(
        "customer_arrived.home_all_day",
        "customer_arrived",
        r"(?<!be )(?<!waited )(?<!was )(?<!were )(?<!sat )(?<!sitting )(?<!waiting )(?:home|here|in|around|working from home|wfh) all (?:day|morning|afternoon)|work(?:ing)? from home today",
        examples=(
            "Working from home today so anytime is fine",
            "home all day today if he wants to come early, it's gonna be 112 later lol",
        ),
        near_misses=("I waited here all day yesterday",),
        vetoes=(
            *VETOES,
            # someone else who is home, named after the key they hold (issue 13, h13access13): "I'll be at work but
            # my neighbor Carol has a key, she's home all day" says nothing of the customer
            Veto(
                "customer_arrived.veto.someone_else_home_all_day",
                "someone else home all day ('my neighbor has a key, she's home all day'): not the customer",
                re.compile(r"\b(?:she|he|they)(?:'s| is| are|'re|'ll be| will be) $"),
                scope="near_before",
                examples=("I'll be at work but my neighbor Carol has a key, she's home all day",),
            ),
        ),
        why="home all day",
    ),
    cue(
        "customer_arrived.walking_in",
        "customer_arrived",
        r"walk(?:ed|ing) (?:up|in(?: the door)?|through the door) (?:now|just now)|i'm at the front|finally (?:home|back|here)",
        examples=(
            "Ok I'm at the front now",
            "walked in the door just now",
            "I'm at the front now, white SUV",
        ),
        near_misses=("walk in closet light is out",),
        vetoes=VETOES,
        why="walking in the door now",
    ),
    cue(
        "customer_arrived.walking_up",
        "customer_arrived",
        r"walking up (?:the )?(?:driveway|drive|path|stairs|street|road) now|"
        r"i'm (?:up |down |over |back )?(?:at|in) the (?:cottage|cabin|farm|camp|building|lobby)|back at the (?:house|property|place|flat)|"
        r"(?:have|'ve) (?:returned|arrived|got|gotten|come) (?:home|back)|returned home|back home now|^made it|(?:i|we) made it(?! clear)",
        examples=(
            "Back at the house now 🙂",
            "Walking up the driveway now",
            "Made it! Which truck is yours?",
        ),
        near_misses=("the walk up to the house is icy",),
        vetoes=VETOES,
        why="walking up the drive, back at the house",
    ),
    # "come on up" invites the technician in: the customer is there only when nothing says they are still
    # on the way ("running about 15 behind, gate code is 2084 just come on up the driveway" is a lateness
    # with a way in; "gate code 7719, come on up to the house" is the way in alone) (issue 13, h13left14).
    cue(
        "customer_arrived.come_on_up",
        "customer_arrived",
        r"come (?:on|right) up\b",
        examples=("upstairs, come on up", "come right up, door is on the left"),
        near_misses=("the cat won't come up from the basement", "come on, up to 3 hours late?"),
        vetoes=(
            *VETOES,
            Veto(
                "customer_arrived.veto.invitation_only",
                "an invitation beside a lateness or a way in, not the customer there: 'running 15 behind, gate "
                "code is 2084 just come on up', 'gate code 7719, come on up to the house'",
                re.compile(
                    r"\b(?:behind|late|running|traffic|on (?:my|our) way|omw|be there|be home|out\b|away\b|eta|"
                    r"in \d+|\d+ ?min\w*|code|gate'?s? (?:is )?open|door'?s? (?:is )?open|unlocked|key)\b"
                ),
                scope="text",
                unless=re.compile(
                    r"\b(?:i'?m|we'?re|i am|we are) (?:home|here|back|in)\b|\bhome now\b|\b(?:just )?got (?:home|back)\b"
                ),
                examples=(
                    "running about 15 behind, gate code is 2084 just come on up the driveway",
                    "be there in 10, gate's open so come on up",
                    "gate code 7719, come on up to the house",
                ),
            ),
        ),
        why="come on up, said by a customer who is there",
    ),
    cue(
        "customer_arrived.someone_else_home",
        "customer_arrived",
        r"(?:husband|wife|esposo|esposa|partner|son|daughter|roommate|mari|femme)(?:'s)? (?:is|está|est) "
        r"(?:home|here|en casa|aqu[ií]|à la maison|là)(?! (?:at|by|after|in|until|dans)\b)",
        examples=("Mi esposo is home ahorita, he can let him in",),
        near_misses=(
            "my husband is home at 5",
            "Running late but my son is home to let you in",
            "gonna be 20 late, my wife's there though, she'll let him in",
            "My son is home to let you in",
        ),
        vetoes=(*VETOES, HOME_FOR_THE_LATE_CUSTOMER),
        why="my husband or wife is home",
    ),
    cue(
        "customer_arrived.just_in_or_parking",
        "customer_arrived",
        # the last step of getting home, said on its own: in the door, parking, inside
        r"(?<!he )(?<!she )(?<!they )just (?:walked|got|came) in(?:side)?(?=\s*(?:$|[,.!]|now\b|the door\b|the house\b))|"
        r"^(?:ok |okay |ok, )?(?:just )?parking (?:up )?(?:now|rn|right now)\b|(?:i'm|we're|i am|we are) parking (?:up )?(?:now|rn|right now)\b|"
        r"(?:i'm|we're|i am|we are) (?:inside|in the house|indoors)(?: now)?(?! (?:the|a|my|his|her|of|by|at|until|till|in|from)\b)|"
        r"(?:i'm|we're|i am|we are) (?:in the (?:kitchen|back ?yard|garage|basement|living room|yard|garden|bedroom|office)|"
        r"upstairs|downstairs|out back)[, ]+(?:just )?(?:come (?:on )?in|door'?s open|it's open|let yourself in|"
        # issue 13, h13en9: "I'm in the backyard, just come round the side", "in the garage, door's up"
        r"come (?:a)?round|come through|door'?s up)\b|"
        # "I'm in, knock loud", "we're in, come on up": in, then how to reach them (issue 13, h13en9)
        r"^(?:ok |okay |yep |yeah )?(?:i'm|we're|i am|we are) in[, ]+(?:just )?(?:knock|ring|buzz|come|the door|door'?s)\b",
        examples=(
            "just walked in",
            "just got in, tell him to knock again",
            "parking now",
            "parking up now, see you in a sec",
            "door's unlocked, I'm inside",
            "I'm in the kitchen, come in",
            "im in the backyard, just come round the side",
            "I'm in the garage, door's up",
            "I'm in, knock loud the bell's broken",
            "ok I'm in, come on up",
        ),
        near_misses=(
            "just got in the car, 20 min",
            "I'm parking on the street tomorrow so he can use the driveway",
            "we're inside by 5 most days",
            "door's unlocked, just come in. Dog is friendly",
            "I'm in! book me for the earlier slot",
            "I'm in a meeting, come round the side and the gate's open",
            "we're in the shed all day, come round the back",
        ),
        vetoes=(
            *VETOES,
            WAIT_STILL_TO_COME,
            # "your bloke didn't even say hello to my wife, just walked in": the technician walked in (h13en6a)
            Veto(
                "customer_arrived.veto.the_tech_walked_in",
                "the sentence is about the technician: 'your bloke didn't say hello, just walked in'",
                re.compile(
                    r"^\s*(?:your|the|that|ur) (?:bloke|guy|tech\w*|plumber|electrician|engineer|fella|man|worker|installer)\b|"
                    r"^\s*(?:he|she)\b"
                ),
                scope="sentence",
                examples=("your bloke didn't even say hello to my wife, just walked in",),
            ),
        ),
        why="just in the door, parking now, inside",
    ),
    cue(
        "customer_arrived.spanish_french",
        "customer_arrived",
        r"aqu[ií] estoy|ya estoy aqu[ií]|je suis rentrée?|chu (?:arrivée?|là|rentrée?)|on est (?:là|arrivés)|"
        # "back for half eleven", "home about 3", "back soon": an arrival still to come (h13time9b)
        r"^(?:ok |okay )?(?:home|here|back)\b(?! (?:by|at|in|around|after|before|for|about|until|till|til|soon|shortly|\d|"
        r"door|gate|yard|entrance|entry|way|porch|deck|patio|garden|lane|alley|steps|stairs|fence|path))|come on in|"
        r"ya llegu[eé]|ya estoy (?:en casa|aqu[ií])|estoy en casa|ya estoy|je suis (?:là|arrivée?)(?! dans)|cheguei",
        examples=(
            "Home",
            "Ya llegué",
            "Home. Come on up",
        ),
        near_misses=(
            "ya voy para allá",
            "ya estoy por llegar, como 10 minutillos",
            "ya estoy cerca",
            "ya estoy harta de esperar",
            "Back door sticks, you have to pull it towards you",
            "back for half eleven",
            "home about 3, sorry",
        ),
        vetoes=(*VETOES, STILL_ARRIVING_ES, A_STATE_NOT_A_PLACE_ES),
        why="here, home, in Spanish, French and Portuguese",
    ),
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    cue(
        "customer_arrived.other_languages",
        "customer_arrived",
        r"(?:về tới|ve toi|đã về|da ve|tới) nhà rồi|(?:ve toi|da ve) nha roi|(?:ở|o) nhà rồi|o nha roi|我到家了|我已经在家|我已經在家|我在家了|我回来了|我回來了|"
        r"(?:já|ja) (?:estou|to|tô) em casa|(?:já )?cheguei|je suis (?:à|a) la maison|je suis arriv[ée]e?|je suis rentr[ée]e?|"
        r"bin (?:jetzt )?zu hause|nandito na (?:po )?ako|nakauwi na|집에 도착|집에 왔어요|"
        # "ich bin da" now, not "ich bin da um 3" (issue 13, h13access6)
        r"ich bin (?:jetzt |schon |jetzt schon )?(?:da|hier|daheim|zuhause)(?! (?:at|um|ab|bis|am|in|gegen|morgen|nicht|erst|wenn|by|around|after|before|until|till|\d))",
        examples=(
            "Okay thanks, ich bin da. Bitte hinten parken",
            "Tôi về tới nhà rồi",
            "我到家了",
            "我回来了,门开着",
            "Toi ve toi nha roi",
            "Já estou em casa",
            "Je suis à la maison maintenant",
            "Bin jetzt zu Hause",
        ),
        near_misses=("Tôi chưa về", "我还没到家", "ich bin da um 3", "ich bin erst um 5 zu Hause"),
        vetoes=VETOES,
        why="home now, arrived, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    cue(
        "customer_arrived.reached",
        "customer_arrived",
        # Indian English (h13en6b): "I reached, where are you", "reached home, send him up"
        r"^(?:(?:ok|okay|sir|hi|hello),? )?(?:i |we )?(?:have |'ve )?(?:just |now )?reached(?: (?:home|here|back|the (?:house|flat|gate|building|society|apartment)))?"
        r"(?= *(?:$|[,.!?]|now|sir|bhaiya|ji|where|send|pls|please|you can|he can))",
        r"\b(?:i|we) (?:have |'ve )?(?:just )?reached (?:home|here|back)\b(?! (?:by|at|around|after|before|in)\b)",
        examples=(
            "I reached, where are you",
            "reached home, send him up",
            "ok I have reached sir",
            "we just reached home",
        ),
        near_misses=(
            "I reached out to the office yesterday",
            "have you reached?",
            "will call once I reached home",
            "reached home by 6 yesterday, nobody came",
        ),
        vetoes=VETOES,
        why="reached: home now, in Indian English",
    ),
    cue(
        "customer_arrived.coming_to_the_door",
        "customer_arrived",
        # the customer is on the way to the door now, not later: "coming down now!", "be right out"
        r"(?:^|(?<=, )|i'm |i am |we're |ok,? |okay,? |k,? |sec,? |yes,? |yep,? )coming (?:down|out|up|to the door|round the (?:front|side|back))(?: now| rn| right now)?(?! (?:from|with|of|on|at|later|tomorrow|next|in \d))|"
        r"be right (?:out|down|up|with you)(?! of)|"
        # "be right there, 2 mins" is still on the way: a drive, running late (h13en6b)
        r"be right (?:there|over)(?![,.!]? (?:in |like |about |maybe )?(?:\d+|a few|few|a couple|couple|two|three|five|ten)(?: of)? (?:minutes|minute|mins|min)\b)|opening (?:the |up the )?(?:door|gate|garage)(?: now)?|"
        r"(?:heading|walking|coming|running) (?:up|down) the (?:driveway|drive|stairs|path)|"
        r"the (?:gate|door|garage)(?:'s| is) (?:open|unlocked) now|"
        r"(?:in the shower|in the back(?: yard)?|upstairs|in the garden|on the phone)[^.?!]{0,10}[,.!]? coming!?$|"
        # "Coming!! 2 sec", "coming, one sec": a moment's wait at the door, not a drive (h14 review)
        r"^coming[!.,]*(?: just)? (?:one|1|2|two|a|half a) (?:sec|secs|second|seconds|moment|mo)\b|"
        r"^(?:one|1|2|two|just a|half a) (?:sec|secs|second|seconds|moment|mo)[!.,]* coming\b",
        examples=(
            "coming down now!",
            "opening the door now",
            "heading up the driveway",
            "be right out",
            "the gate's open now, I'm in the back yard",
            "sorry was in the shower, coming",
            "one sec, coming to the door",
            "Coming!! 2 sec",
            "coming, one sec",
        ),
        near_misses=(
            "heading home now, 20 min",
            "I'll be coming down from the cabin tomorrow",
            "be right out of town next week, can we move it?",
            "I'll be coming out of a meeting at 3",
            "is the tech still coming out today?",
            "be right there, 2 mins",
            "be right there in 5 minutes",
            "coming in 2 minutes, stuck at the light",
        ),
        vetoes=VETOES,
        why="the customer is coming to the door or opening it now",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "customer_arrived.italian_polish_hindi_russian",
        "customer_arrived",
        r"(?<!non )(?:sono|siamo) (?:a casa|arrivat[oia]|qui|rientrat[oia]|tornat[oia]|in casa)|"
        r"(?<!nie )(?:już |juz )?(?:jestem|jesteśmy|jestesmy) (?:już |juz )?(?:w domu|na miejscu)|wróciłe[mś]|wrocilem|wróciłam|wrocilam|dotarłe[mś]|dotarlem|dotarłam|dotarlam|"
        r"ghar (?:pe |par )?(?:aa|pahunch) (?:gaya|gayi|gaye)|(?:main|mai|hum) (?:aa|pahunch) (?:gaya|gayi|gaye)|ghar (?:par|pe) (?:hoon|hun|hu)\b|"
        # a Cyrillic word must start there: "мы дома" is not inside "у мамы дома" (at mum's home)
        r"(?<![а-яё])я (?:уже )?(?:дома|на месте|приехал\w*|пришла|пришёл|пришел|вернул\w*)|(?<![а-яё])мы (?:уже )?(?:дома|на месте|приехали|вернулись)|"
        r"(?<![а-яё])уже дома|ya doma",
        examples=(
            "Sono a casa adesso",
            "Już jestem w domu",
            "main ghar pahunch gaya",
            "Я уже дома",
        ),
        # "non sono a casa" / "nie jestem w domu" say the customer is away (issue 13, h13multi13)
        near_misses=(
            "mastro è arrivato?",
            "technician aa gaya",
            "Sono ancora in ufficio, non sono a casa",
            "nie jestem w domu, jestem w pracy",
            "у мамы дома нужно проверить розетку",
        ),
        vetoes=VETOES,
        why="home now, arrived, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "customer_arrived.haitian_creole_arabic",
        "customer_arrived",
        r"(?:m|mwen|nou) (?:rive lakay|lakay (?:kounye a|kounya|koulye a|atò)|fèk rive|fek rive|rive(?=[ ,.!]|$))|"
        r"(?:أنا |انا )?(?:وصلت البيت|صرت بالبيت|صرت في البيت|(?:أنا |انا )(?:في |ب)(?:ال)?بيت|رجعت البيت)|وصلنا",
        examples=("M rive lakay", "Mwen lakay kounye a", "أنا في البيت الحين", "وصلت البيت"),
        near_misses=("m pa lakay", "m ap rive nan 15 minit", "الفني وصل؟"),
        vetoes=VETOES,
        why="home now, arrived, in Haitian Creole and Arabic",
    ),
)
CUES = (
    *CUES,
    cue(
        "customer_arrived.opening_up_now",
        "customer_arrived",
        # round four (issue 13): the customer opening a way in as they get there, no note for later
        r"(?:unlocking|unlatching|opening|lifting|raising) (?:up )?(?:the |my |our )?(?:\w+ )?(?:door|gate|garage(?: door)?)(?: for (?:you|him|her|them))? "
        r"(?:now|rn|right now|as we speak)",
        examples=(
            "unlocking the side gate now",
            "ok unlatching the back gate for you now",
            "ok unlocking the back door now",
        ),
        near_misses=("I'll leave the side gate unlocked", "can he look at the garage door opener now?"),
        vetoes=VETOES,
        why="the customer unlocking or opening a door or gate now, as they arrive",
    ),
    cue(
        "customer_arrived.at_the_house_now",
        "customer_arrived",
        # round eight (issue 13): "at the house now", the place named with no "I'm"
        r"^(?:ok |okay )?(?:at|back at) (?:the|my|our) (?:house|place|property|home) (?:now|rn|right now)\b(?!.*\?)",
        examples=("at the house now", "ok back at the house now"),
        near_misses=("at the house now? he said 10", "at the house next door there's a dog"),
        vetoes=VETOES,
        why="at the house now: the customer is there",
    ),
)
# round nine (issue 13): short arrivals with no "I'm": "walking in the front door now", "see his van, coming in"
CUES = (
    *CUES,
    cue(
        "customer_arrived.short_arrival",
        "customer_arrived",
        r"^(?:just )?walking in (?:the |through the )?(?:front |back |side )?door (?:now|rn)\b",
        r"^(?:just )?turning into (?:the |our )?(?:estate|street|road|drive|driveway|close|cul de sac|lane) (?:now|rn)\b",
        r"^(?:i )?(?:see|spotted|can see) (?:his|her|the|your) (?:van|truck|ute|car)[,.!]+ (?:coming|two secs|one sec|be right)",
        r"^(?:just )?(?:in the door|outside|rocking up|rolling up)(?: now| rn)?\s*[.!]*$",
        examples=(
            "walking in the front door now",
            "see his van, coming in",
            "turning into the estate now",
            "outside now",
            "in the door",
        ),
        near_misses=(
            "see his van outside but no one's knocked?",
            "rocking up around 3",
            "outside tap is leaking",
        ),
        vetoes=VETOES,
        why="the customer there now, said in a few words",
    ),
)

# round h13en5 (issue 13): there now, said sideways: "walking in the front now", "I'm in the white ute
# out front", "at the side gate waving at your van"
CUES = (
    *CUES,
    cue(
        "customer_arrived.sideways",
        "customer_arrived",
        r"^(?:just )?walking in (?:the )?(?:front|back|side)(?: door| gate)? (?:now|rn)\b",
        r"(?:i'?m|i am|we'?re|we are) (?:in|sat in|sitting in) the (?:\w+ )?(?:ute|car|truck|van|suv|jeep)\b[^.!?]{0,12}(?:out front|outside|in the drive(?:way)?|out the front)",
        r"waving (?:at|to) (?:your|his|the|ya|ur) (?:van|truck|ute|car|guy|bloke|fella)",
        r"(?:^|[,.!] ?)(?:ok |okay )?(?:i'?m|we'?re|i am|we are) (?:in the (?:kitchen|house|lounge|living room|garden|backyard|back yard|yard|garage)|inside) now\b",
        r"^(?:just |i've just |i just |ok )?(?:opened|unlocked|unlatched) (?:the |my |our )?(?:\w+ )?(?:door|gate|garage(?: door)?) for (?:you|him|her|them|ya)\b",
        r"^(?:just )?got in the door\b|(?:sorry[, ]*)+just got in the door",
        examples=(
            "walking in the front now",
            "I'm in the white ute out front, come grab me",
            "at the side gate waving at your van lol",
            "Sorry sorry, just got in the door",
            "ok I'm in the kitchen now, door's on the latch",
            "just opened the garage door for you",
        ),
        near_misses=(
            "I'll be home all day Tuesday if that suits better",
            "I'm in the car, 10 min away",
            "walking in the front door is tricky, use the side",
            "he's in the kitchen now",
            "I'll leave the garage door open for you",
        ),
        vetoes=VETOES,
        why="the customer there now, said sideways",
    ),
)
CUES = (
    *CUES,
    # ---- at the door or in front of the house, in the languages (issue 13, h13langeu) ----
    cue(
        "customer_arrived.at_the_door_languages",
        "customer_arrived",
        r"(?:je suis|on est|suis) (?:là[, ]+)?(?:devant|en bas de) (?:la maison|chez (?:moi|nous)|la porte|l'immeuble|le portail|la grille|le bâtiment)|j'arrive (?:à|a) la porte|"
        r"(?<!no )(?<!todav[ií]a no )(?:ya )?estoy (?:en|afuera de|frente a|enfrente de|fuera de) (?:la puerta|el port[óo]n|la casa|la entrada|mi casa)|"
        r"(?<!n[ãa]o )(?:j[áa] )?(?:estou|tô|to) (?:aqui )?(?:no|na|em frente (?:ao|à|a)) (?:port[ãa]o|porta|portaria|entrada|frente)|"
        r"(?:bin|sind|stehe|stehen) (?:jetzt |schon )?(?:vor der (?:tür|haustür|tur)|vor dem (?:haus|tor))|"
        r"je (?:viens d'arriver|suis dans l'entr[ée]e)|bin (?:schon|jetzt) da(?![\w])|warte (?:schon )?vor (?:dem haus|der t[üu]r)|"
        r"(?<!nie )(?:już |juz )(?:jestem|jesteśmy|jestesmy)(?![\w])|czekam na dole|(?:я |мы )?подъехал\w*|стою у (?:дома|подъезда|ворот|двери)|"
        r"(?:sono|siamo) (?:già )?(?:sotto casa|davanti (?:a casa|al portone|al cancello)|qui fuori)|eccomi|"
        r"(?<!nie )(?:jestem|jesteśmy|jestesmy) (?:już |juz )?(?:pod|przed) (?:drzwiami|domem|bramą|brama|klatką|klatka|blokiem)|"
        r"(?:я |мы )?уже (?:у|возле|около) (?:подъезда|двери|дома|ворот|калитки)|(?:я|мы) (?:у|возле|около) (?:подъезда|двери|ворот)",
        examples=(
            "ok j'arrive à la porte",
            "C'est bon je suis devant la maison",
            "Estoy afuera de la casa",
            "Já tô aqui no portão",
            "Stehe jetzt vor der Tür",
            "Jestem już pod drzwiami",
            "Я уже у подъезда",
        ),
        near_misses=(
            "laissez le colis devant la porte",
            "la llave está en la puerta",
            "a chave está no portão",
            "Schlüssel liegt vor der Tür",
            "klucz jest pod drzwiami",
            "ключи у соседки",
            "Ahorita no estoy en la casa, regreso al mediodía",
            "não estou em casa agora",
            "nie jestem pod domem, będę za godzinę",
        ),
        vetoes=VETOES,
        why="the customer at the door or in front of the house now, in the languages",
    ),
)
# Issue 13, h13langas: at the door or home now, in Vietnamese (with and without diacritics), Tagalog,
# Chinese, Korean, Hindi (Devanagari and Latin), Arabic and Haitian Creole.
CUES = (
    *CUES,
    cue(
        "customer_arrived.at_the_door_langas",
        "customer_arrived",
        r"(?:tôi|toi|em|anh|chị|chi|mình|minh) (?:đang |dang )?(?:đứng |dung |ở |o )(?:ở |o |trước |truoc )?(?:cửa|cua|cổng|cong)(?: (?:nhà|nha))?(?: (?:rồi|roi))?|"
        r"(?:về|ve) (?:tới |toi |đến |den )?(?:nhà|nha) (?:rồi|roi)|"
        r"(?:andito|nandito|narito|nandyan|andyan|nandiyan) na (?:po )?(?:ako|kami)(?! (?:in|around|at|sa loob ng))|"
        r"nasa (?:gate|labas|pinto|pintuan|bahay) na (?:po )?(?:ako|kami)|nakauwi na (?:po )?(?:ako|kami)|"
        r"(?:已经|已經)?(?:在|到)(?:家)?(?:门口|門口|楼下|樓下)了|(?:我|我们|我們)(?:已经|已經)?(?:到家|回来|回來|回家)了|"
        r"(?:지금 )?(?:문|현관|집|대문) ?앞(?:이에요|입니다|이요|에 있어요|에 왔어요|이에여)|집에 (?:왔어요|있어요 지금|도착했)|"
        r"(?:मैं|हम) (?:घर )?(?:पहुँच|पहुंच) (?:गया|गई|गये|गए)|(?:मैं|हम) (?:घर|गेट) (?:पर|पे) (?:हूँ|हूं|हैं)|"
        r"(?:gate|darwaze|ghar) (?:pe|par) (?:khada|khadi|khade|hoon|hun|hu)\b|ghar (?:pahunch|pohonch|aa) (?:gaya|gayi|gaye)\b|"
        r"(?:أنا|انا|احنا|إحنا) (?:عند|قدام|جنب) (?:ال)?(?:باب|بوابة|بيت)|وصلت (?:ال)?(?:بيت|منزل)|"
        r"\b(?:m|mwen|nou) (?:devan|bò|bo) (?:pòt|pot|baryè|barye|kay) (?:la|an)\b",
        examples=(
            "Toi dang dung o cua roi",
            "Andito na ako sa bahay, pasok na kayo",
            "Nasa gate na ako",
            "我已經在門口了",
            "我们回来了",
            "지금 문 앞이에요",
            "मैं घर पहुँच गया हूँ, आ जाइए",
            "main gate pe khada hoon",
            "أنا عند الباب الحين",
            "M devan pòt la kounye a",
        ),
        near_misses=(
            "cửa sau không khóa",
            "andito na ako in 20 minutes",
            "门口有个鞋架",
            "문 앞에 택배 두세요",
            "gate code 7742 hai",
            "المفتاح عند الباب",
            "Pòt la louvri",
        ),
        vetoes=VETOES,
        why="the customer at the door or home now",
    ),
)
CUES = (
    *CUES,
    cue(
        "customer_arrived.coming_out_now_langas",
        "customer_arrived",
        r"(?:ra|xuống|xuong) (?:mở|mo) (?:cửa|cua|cổng|cong)|"
        r"(?:palabas|bababa|pababa) na (?:po )?(?:ako|kami)|bubuksan ko (?:na )?(?:po )?(?:yung|ang) (?:gate|pinto)|"
        r"(?:我|我们|我們)(?:马上|馬上)?下楼了|(?:马上|馬上)(?:下来|下來|开门|開門)|"
        r"(?:지금 )?(?:내려가요|내려갈게요|내려가고 있어요)|문 열어 ?드릴게요|"
        r"(?:neeche|niche|bahar|baahar) aa (?:raha|rahi|rahe) (?:hoon|hun|hu|hain)|darwaza khol (?:raha|rahi|rahe) (?:hoon|hun|hu|hain)|"
        r"(?:नीचे|बाहर) आ (?:रहा|रही) (?:हूँ|हूं)|दरवाज\u093c?ा खोल (?:रहा|रही) (?:हूँ|हूं)|"
        r"نازل (?:الحين|الآن|هلأ|دلوقتي)|(?:بفتح|أفتح|افتح|راح أفتح) (?:لكم |لك )?(?:ال)?باب|"
        r"\b(?:m|mwen) (?:ap|pral) (?:desann|soti|vin) (?:louvri|ouvri)\b",
        examples=(
            "Tôi ra mở cửa liền đây",
            "Palabas na ako, bubuksan ko yung gate",
            "我下楼了，马上开门",
            "지금 내려가요",
            "neeche aa raha hoon, darwaza khol raha hoon",
            "नीचे आ रहा हूँ",
            "نازل الحين أفتح لكم الباب",
            "M ap desann louvri pòt la kounye a",
        ),
        near_misses=(
            "cửa không mở được, kẹt rồi",
            "bukas ang gate, pasok na lang",
            "下楼的时候注意台阶",
            "문 앞에 놓아 주세요",
            "darwaza khula hai",
            "الباب مفتوح",
            "pòt la louvri",
        ),
        vetoes=VETOES,
        why="the customer coming down or out now to open up",
    ),
)
CUES = (
    *CUES,
    cue(
        "customer_arrived.outside_at_the_gate_langas",
        "customer_arrived",
        r"(?:tới|toi|đến|den) (?:đầu hẻm|dau hem|đầu ngõ|dau ngo|trước nhà|truoc nha|trước cổng|truoc cong) (?:rồi|roi)|"
        r"(?:在|到)(?:楼下|樓下)?(?:大门口|大門口|门口|門口)(?:等|了)|"
        r"(?:bahar|baahar|neeche) (?:khada|khadi|khade) (?:hoon|hun|hu|hain)|"
        r"(?:أنا|انا|احنا|إحنا) (?:برا|برة|بره|تحت)(?: عند (?:ال)?(?:بوابة|باب))?|"
        r"\b(?:m|mwen|nou) (?:deyò|deyo) a\b",
        examples=(
            "Em tới đầu hẻm rồi nè",
            "我在楼下大门口等你们",
            "main bahar khada hoon, gate khol do",
            "أنا برا عند البوابة",
            "Mwen deyò a, devan baryè a",
        ),
        near_misses=(
            "đầu hẻm có quán cà phê, rẽ trái",
            "大门口有密码锁",
            "bahar kutta hai",
            "السيارة برا",
            "chen an deyò a",
        ),
        vetoes=VETOES,
        why="the customer outside, at the gate or the lane's end, now",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "customer_arrived.languages_h7",
        "customer_arrived",
        r"(?:家|自宅|うち|現地)に(?:着きました|戻りました|帰りました|着いた(?!ら)|帰った(?!ら))|今(?:家|自宅)にいます",
        r"eve (?:geldim|vardım|döndüm)|evdeyim|kapıdayım",
        r"(?:ik ben|we zijn|ben) (?:nu |er nu |net )?thuis\b(?! (?:at|in|om|over|tomorrow))|(?:ben|zijn) net thuis(?:gekomen)?|sta (?:nu )?voor de deur",
        r"(?:έφτασα|γύρισα) (?:στο )?σπίτι|(?:είμαι|είμαστε) (?:πλέον |τώρα |ήδη )?(?:στο )?σπίτι(?! (?:at|in|tomorrow))",
        r"(?:я |ми )?(?:вже |уже )(?:вдома|на місці|біля дверей)|(?:вже )?(?:приїхала|приїхав|прийшла|прийшов) додому",
        examples=(
            "今家に着きました",
            "Eve geldim, kapıdayım",
            "Ik ben nu thuis",
            "Έφτασα σπίτι",
            "Я вже вдома",
        ),
        near_misses=(
            "家に着いたら連絡します",
            "Yarın evdeyim",
            "Ik ben om 3 uur thuis",
            "Θα είμαι στο σπίτι στις 5",
            "Буду вдома о третій",
        ),
        vetoes=(
            *VETOES,
            Veto(
                "customer_arrived.veto.later_languages_h7",
                "home later or another day, in the five languages: 'yarın evdeyim', 'θα είμαι στο σπίτι στις 5'",
                re.compile(r"tomorrow|\bat \d|in \d+ minutes|θα |буду|yarın"),
                scope="sentence",
                examples=("Yarın evdeyim",),
            ),
        ),
        why="home now, at the door, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)
# Issue 13, h13deep8: home now in Cantonese ("我返到屋企喇") and Austrian or Swiss German ("bin jetzt dahoam").
CUES = (
    *CUES,
    cue(
        "customer_arrived.texted_h13deep8",
        "customer_arrived",
        r"(?:我)?(?:返到|返咗|已經喺|而家喺|到咗)屋企(?:喇|啦|了)?",
        r"bin (?:jetzt |jetz |etz |grad |scho |schon )*(?:dahoam|dahuam|dehei|deheim|dihei)\b",
        examples=("我返到屋企喇", "bin jetzt dahoam", "bin etz dehei"),
        near_misses=("聽日我喺屋企", "morgen bin i dahoam"),
        vetoes=VETOES,
        why="home now, in Cantonese and Austrian or Swiss German",
    ),
)

# ---- issue 13, h13lang8: Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay ----
CUES = (
    *CUES,
    cue(
        "customer_arrived.languages_h8",
        "customer_arrived",
        r"(?:nu är jag|nu ar jag|jag är|jag ar|vi är|jeg er|vi er|er) (?:nu |nå |na |nu )?(?:hemma|hjemme)(?: nu| nå| na)?(?= ?[!.,]|$)|(?:jag är|jeg er|er) (?:kommet |kommen )?hjem(?:me)? nu|(?:kom|kommet) hem(?: nu)?(?= ?[!.,]|$)",
        r"(?:am ajuns|acum sunt|sunt) (?:acum )?(?:acas[aă]|la u[sș][aă])(?! (?:la|in|în|at|mâine|maine))",
        r"(?:už |uz |ted |teď )(?:jsem|jsme) doma|(?:u[zž] |te[dď] )?(?:jsem|jsme) (?:u[zž] |te[dď] )?(?:doma|u dve[rř][ií])(?= ?[!.,]|$)|(?:dorazil|dorazila|p[rř]i[sš]el|p[rř]i[sš]la) (?:jsem )?dom[uů]",
        r"(?:most )?(?:[eé]rtem|[eé]rt[uü]nk|[eé]rkeztem) haza|(?:most )?itthon vagyok(?= ?[!.,]|$)",
        r"(?:saya |aku )?(?:sudah|udah|dah) (?:sampai |tiba |ada )?(?:di )?rumah|(?:saya |aku )?sudah sampai",
        examples=(
            "Nu är jag hemma",
            "Jeg er hjemme nu",
            "Jeg er hjemme nå",
            "Am ajuns acasă",
            "Už jsem doma",
            "Most értem haza",
            "Saya sudah di rumah",
        ),
        near_misses=(
            "Är hemma in 10 minutes",
            "Jeg er hjemme tomorrow",
            "Sunt acasă mâine",
            "Budu doma in 10 minutes",
            "Holnap otthon vagyok",
            "Saya di rumah besok",
        ),
        vetoes=(
            *VETOES,
            Veto(
                "customer_arrived.veto.later_languages_h8",
                "home later or another day: 'är hemma om 10 minuter', 'budu doma za 10 minut'",
                re.compile(
                    r"tomorrow|\bat \d|in \d+ minutes|\bbudu\b|\bvoi fi\b|\bleszek\b|\bnanti\b|\bakan\b|\bblir\b|\bkommer\b(?! hjem)"
                ),
                scope="sentence",
                examples=("10 menit lagi saya sudah sampai rumah",),
            ),
        ),
        why="home now, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)

# Here now, said the way Spanish speakers text it (issue 13, h13es9): "ya llegamos", "ya vine" (PR, DO),
# "acá estoy ya" (AR). "ya estoy por llegar" is still on the way: `spanish_french` vetoes it.
CUES = (
    *CUES,
    cue(
        "customer_arrived.spanish_here_h13es9",
        "customer_arrived",
        r"ya llegamos(?! tarde)|ya (?:vine|volv[ií]|regres[eé])(?! (?:a|al|en|por|de|para)\b)|ac[aá] estoy|ya estamos (?:aqu[ií]|ac[aá]|en (?:la )?casa)",
        examples=("ya llegamos, toque no mas", "ya vine, estoy en la casa", "aca estoy ya, en el depto"),
        near_misses=("ya vine a las 10 y no había nadie", "ya llegamos tarde la otra vez"),
        vetoes=VETOES,
        why="we're here, I came back, in Spanish",
    ),
)
# ---- issue 13, h13lang9: Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
CUES = (
    *CUES,
    cue(
        "customer_arrived.languages_h9",
        "customer_arrived",
        *nfkc(
            r"(?:رسیدم|اومدم|برگشتم) (?:به )?(?:خونه|خانه)|(?:الان|الآن) (?:\S+ )?(?:خونه|خانه) ?(?:ام|هستم|م)(?!\S)|(?:residam|oomadam) (?:be )?khoone\b",
            r"הגעתי (?:ה)?(?:ביתה|הביתה)|(?:אני )?כבר בבית|בבית עכשיו",
            r"guriga (?:ayaan|waan) (?:joogaa|imid|soo gaadhay|soo gaaray)",
            r"ቤት (?:ደርሻለሁ|ገብቻለሁ|ነኝ|ደርሰናል)",
            r"(?:বাসায়|বাড়িতে|বাড়ি) (?:পৌঁছে গেছি|পৌঁছেছি|এসে গেছি|ফিরেছি)",
            r"(?:กลับ)?ถึงบ้านแล้ว|อยู่บ้านแล้ว",
            r"ਘਰ (?:ਪਹੁੰਚ ਗਿਆ|ਪਹੁੰਚ ਗਈ|ਆ ਗਿਆ|ਆ ਗਈ)",
        ),
        examples=(
            "رسیدم خونه",
            "הגעתי הביתה",
            "Hadda guriga ayaan joogaa",
            "ቤት ደርሻለሁ",
            "আমি বাসায় পৌঁছে গেছি",
            "ถึงบ้านแล้วค่ะ",
            "ਮੈਂ ਘਰ ਪਹੁੰਚ ਗਿਆ ਹਾਂ",
        ),
        near_misses=(
            "تا ۱۵ دقیقه دیگه خونه‌ام",
            "אני בבית עוד רבע שעה",
            "Guriga ayaan imanayaa 15 daqiiqo kadib",
            "১৫ মিনিটের মধ্যে বাসায় পৌঁছাব",
            "อีก 15 นาทีถึงบ้านครับ",
            "15 ਮਿੰਟ ਵਿੱਚ ਘਰ ਪਹੁੰਚ ਜਾਵਾਂਗਾ",
        ),
        vetoes=VETOES,
        why="home now, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)

CUSTOMER_ARRIVED = CueSet("customer_arrived", CUES)
