"""Word lists and patterns the interpreter reads besides the cue records (English and Spanish, some
French and Portuguese), as data. Each intent's cues are records in `cues/<intent>.py`; `CUES` maps
every intent to its joined pattern (the access note's cues, in `cues/access_info.py`, are read piece by
piece by `access.access_note` rather than as an intent of their own).

Patterns run on the normalised text (`normalize.normalise`): lowercase, SMS spellings expanded
("omw" -> "on my way", "dont" -> "don't", "min" -> "minutes"), emoji as `emo_*` words and
non-time numbers masked as `<code>`, `<unit>`, `<phone>`, `<money>`, `<qty>`.
"""

from __future__ import annotations

import re

from .cues import NEGATORS as NEGATORS  # noqa: F401  (the negation words, kept with the cue records)
from .cues import alt as _alt
from .cues.access_info import ACCESS_INFO
from .cues.appointment import ASKED_COST_OR_RULE
from .cues.cancel import CANCEL
from .cues.complaint import (
    COMPLAINT,
    LEAVING_AS_THE_PRICE,
    LEAVING_BLIND15,
    LEAVING_FOR_GOOD,
    LEAVING_LANGUAGES,
    LEAVING_MORE_LANGUAGES,
)
from .cues.confirm import CONFIRM
from .cues.customer_arrived import CUSTOMER_ARRIVED
from .cues.reschedule import RESCHEDULE
from .cues.running_late import NOT_LATE_YET, RUNNING_LATE
from .cues.thanks import THANKS
from .cues.where_is_tech import WHERE_IS_TECH
from .cues.wrong_number import WRONG_NUMBER
from .vocab import MONTHS, WEEKDAYS

# The English apology words, in the customer's apology for their delay (APOLOGY) and beside a time
# said alone (BARE_TIME_WITH_APOLOGY).
_APOLOGY_WORDS = r"sorry|my bad|apologies"

# Intents whose cues are records (`cues/<intent>.py`: examples, near-misses and vetoes beside each);
# their joined patterns stand in CUES below, in the same place, so the matching is the same.
CUE_SETS = {
    s.intent: s
    for s in (
        CANCEL,
        RESCHEDULE,
        RUNNING_LATE,
        CUSTOMER_ARRIVED,
        WHERE_IS_TECH,
        COMPLAINT,
        CONFIRM,
        THANKS,
        WRONG_NUMBER,
    )
}

# Cues per intent. Keys are intent labels; order inside does not matter. Emergencies are hazards,
# found by the cue records in `cues/emergency.py`.
CUES: dict[str, re.Pattern[str]] = {
    "cancel": CANCEL.pattern,
    "reschedule": RESCHEDULE.pattern,
    "running_late": RUNNING_LATE.pattern,
    "customer_arrived": CUSTOMER_ARRIVED.pattern,
    "where_is_tech": WHERE_IS_TECH.pattern,
    "complaint": COMPLAINT.pattern,
    "access_info": ACCESS_INFO.pattern,
    "confirm": CONFIRM.pattern,
    "thanks": THANKS.pattern,
    "wrong_number": WRONG_NUMBER.pattern,
}

# Phrases that say when the customer gets there; they mean running late only next to a time.
ETA_PHRASES = _alt(
    r"(?:be|get|getting|i'm|i am|we'll be|i'll be) (?:there|home|back|here)|(?:there|home|back) (?:in|by|at|around|about|\d)",
    # "back for half eleven", "home for quarter past": a clock the customer will be back for (h13time9b)
    r"(?:there|home|back) for(?= half | quarter )",
    r"(?:might|may|should|will|i'll|gonna) be (?:a bit |about |around )?(?:after|around|closer to|more like)",
    r"should be (?:there|home|back)|could be|until i'm|before i'm|till i'm|i can be|latest|at the latest|at the earliest|earliest",
    r"late|behind|probably|prob|hopefully|eta|realistically|pulling (?:in|up)|pull (?:in|up)|rolling in|"
    r"done (?:at|by|around)|straight (?:home|there|back|over)|give me (?:until|till|til)|(?:wait|hang on|hold on) (?:until|till|til)|"
    r"(?:be |cutting it )?tight|more like|closer to|(?<!can we )(?<!could we )(?<!how about )maybe (?=\d|about|around|<)|llego|llegar[eé]|estar[eé] (?:en casa|ah[ií]|all[ií])|estoy a|j'arrive|chego",
    r"voy a (?:estar|llegar)|estoy ah[ií]|regreso|vuelvo|je (?:devrais|vais|serai|serais)(?: être)? (?:là|à la maison|chez (?:moi|nous)|arrivée?)|je serai",
)

# A clause is a question when it ends in "?" or opens like one.
# A choice left open at the end, the Australian and British tag for a question: "can he park on the drive
# or" (issue 13, h13en9). It makes a question of "can he ...", which alone is a polite request.
OPEN_CHOICE = re.compile(r"\s(?:or|or what)\s*[.…]*\s*$")
QUESTION = re.compile(
    r"\?\s*$|؟\s*$|[吗嗎呢]\s*$|question mark|quick (?:q|que)\b|¿|"
    # issue 13, h13lang9: Thai asks with a closing particle and no "?" ("ช่างดูให้ได้ไหม"), Amharic with "፧"
    r"(?:ไหม|มั้ย|หรือเปล่า|หรือยัง)(?:ครับ|ค่ะ|คะ|คับ)?\s*$|፧\s*$|"
    # "when you get here the lockbox is ...": an instruction for his arrival, no question
    r"^\s*when\b(?! (?:you|u|he|she|they|the tech|your tech|the guy)\s+(?:get|gets|arrive|arrives|come|comes|pull|pulls|show|shows)\b)|"
    # issue 13, h13en6a: "just curious what brand of filter he used", "out of interest how old is it"
    r"^\s*(?:(?:just|i'm|i am|i was|was) )?(?:curious|wondering)\b|^\s*out of (?:interest|curiosity)\b|^\s*i wonder\b|"
    r"^\s*any (?:warranty|guarantee|discount|rebates?|reason|deals?)\b|"
    # an indirect question with no "?" (issue 13, h13q9): "not sure if I need to be home", "I'd like to know
    # if he does gas fittings", "let me know if I need to be there", "no sé si tengo que estar", "quería saber
    # si", "me pregunto si", "je me demande s'il"; "not sure if I'll make it" is a lateness, read by its cue
    r"^\s*(?:(?:i'm|im|i am) )?not sure (?:if|whether) (?:i|we) (?:need|have|should|must|ought)\b|"
    r"^\s*(?:i'd|i would|we'd) (?:like|love) to know\b|^\s*(?:please |pls )?(?:let me know|can you tell me|could you tell me) "
    r"(?:if|whether) (?:i|we) (?:need|have|should|must)\b|^\s*(?:can|could) you tell me (?:if|whether|how|what)\b|"
    r"^\s*(?:no s[eé] si (?:tengo|tenemos|debo|hace falta|necesito)|quer[ií]a saber|me pregunto si|je me demande)\b|"
    r"^\s*(?:how|what|what's|where|who|why|which|any idea|wondering|"
    # "qué pena, hoy no se va a poder": an exclamation, not a question (issue 13, h13es9)
    r"qu[eé](?! (?:pena|l[aá]stima|bueno|bien|mal|padre|chido|rico|falta|verg[üu]enza|horror|barbaridad|lata|rollo|fastidio|vaina|chimba|bac[aá]n|cagada|desastre)\b)|c[oó]mo|cu[aá]ndo|d[oó]nde|quanto|quando|dove|perch[eé]|czy|kiedy|ile|gdzie|dlaczego|kya|kab|kaise|kitna|kitne|kyun|kyon)\b(?!')|"
    r"^\s*(?:когда|сколько|где|почему|можно|можете|а можно|как)(?![а-яё])|"
    # a Nigerian or Indian "please" before the asking verb: "pls will he come with the wire" (issue 13, h13en9);
    # "please can you ...", "please will you use the side gate", "please do the needful" stay requests
    r"^\s*(?:please|pls|plz|kindly) (?=(?:will|does|did|is|are|should|shall) (?:he|she|they|it|i|we|there|the)\b)|"
    r"^\s*(?:do|does|did|can|could|will|would|is|are|should|shall|may) "
    r"(?:i|you|he|she|it|we|they|u|the|your|someone|anyone|there|this|that|y'all|yall|ya'll|anybody)\b"
)

_WORK_DAYS = (
    r"(?:saturdays?|sundays?|weekends?|the weekend|weekdays|evenings?|nights?|holidays?|(?:the )?day after christmas|"
    r"boxing day|new year'?s(?: day| eve)?|christmas(?: eve| day)?|thanksgiving|after hours|early mornings?|late)"
)
AVAILABILITY_ASKED = (
    r"\b(?:is|are) (?:anyone|anybody|someone|somebody|you|u|you guys|y'all|yall|your (?:guys|techs?|team|office)) "
    r"(?:\w+ )?(?:working|open|available|around|on call) (?:on |over |during |in the )?" + _WORK_DAYS + r"\b|"
    r"\b(?:do|does) (?:anyone|anybody|someone|you|u|you guys|y'all|yall|ya'll|your (?:guys|techs?|team|company)) "
    r"(?:\w+ )?(?:do|work|open|come out|take (?:calls|jobs|appointments|bookings)|book|schedule|service) "
    r"(?:on |over |during |in the )?" + _WORK_DAYS + r"\b|"
    r"\bwhat (?:days|hours)(?: of the week)? (?:do|are|does) (?:you|u|you guys|y'all|yall|your (?:guys|techs?|team|company))\b"
)

# Who the technician is, not where he is (issue 13, h13left14): "which tech is coming?", "who are you
# sending?", "who's the technician coming out today?", "what's the name of the guy you're sending?",
# "¿quién viene?". Near-misses, where he is or whether he still comes: "where is the tech?", "is the tech
# still coming?", "who do I call if he's late?" (no technician named after "who").
WHICH_TECH = (
    r"\b(?:which|what) (?:tech\w*|engineer|plumber|electrician|guy|person|one|installer|worker)\b(?: \w+){0,2} "
    r"(?:is |are |will be |'s )?(?:coming|sent|sending|assigned|booked|doing|com(?:e|ing) out)\b|"
    r"\bwho(?: is|'s| are| will)? (?:you |u |y'all |yall |they |the office )?(?:sending|send(?:ing)? out|assigning)\b|"
    r"\bwho(?:'s| is| will be)? (?:the |my |our )?(?:tech\w*|engineer|plumber|electrician|installer)\b(?: \w+){0,1} "
    r"(?:coming|doing|assigned|for)\b|\bwho(?:'s| is) coming\b(?! (?:or|at all|today or)\b)|"
    r"\b(?:name|names) of (?:the |your )?(?:tech\w*|guy|person|plumber|electrician|engineer)\b|"
    r"\bqui[eé]n (?:viene|vendr[aá]|me (?:mandan|env[ií]an)|(?:es|ser[aá]) el t[eé]cnico)\b"
)

# An opening asked for, said as a question beside the booked day turned down: the question is the
# reschedule itself, not a second request (issue 13, h13left14): "do you have anyone on saturday?
# tomorrow's not gonna work", "Any openings friday morning? Wednesday won't work", "is there anybody free
# thursday afternoon?", "got anything next monday?", "¿tienen a alguien el sábado?". Near-misses, still a
# question: "do you have anyone who works on tankless heaters?" (no day), "do you guys work on saturdays?".
SLOT_ASKED = re.compile(
    r"\b(?:do|does|d'?you|would|will|have) (?:you|u|you guys|y'all|yall|ya) (?:have|got|had) "
    r"(?:any(?:one|body|thing| openings?| slots?| availability| spots?| room| time)|some(?:one|body|thing)|an? (?:slot|spot|opening|tech))\b|"
    r"\b(?:any|got any|got) (?:openings?|slots?|availability|spots?|room)\b|\bgot anything\b|\bany(?:one|body) (?:free|available|open)\b|"
    r"\b(?:is|are) (?:there )?(?:any(?:one|body|thing)|some(?:one|body)|any (?:slots?|openings?|spots?|times?)) (?:free|available|open)\b|"
    r"\bsome(?:one|body) (?:free|available)\b|"
    r"\b(?:tienen|tiene|hay) (?:a )?(?:alguien|algo|lugar|espacio|disponibilidad|cupo)\b"
)

# A question of a kind the project knows (issue 13, h13q9): what to prepare or whether to be home, the
# technician himself, the price, payment, parts or warranty, the rules for cancelling. A question mark
# alone is the rules' fallback, and a learned guess may lead over it; one of these is a reading of its
# own, so the rules keep the lead ("should I tie the dog up?" asked while he drives over is not a
# where-is). A request ("can you come earlier?") or a where-is ("is he close?") is read by its cue first.
KNOWN_QUESTION = re.compile(
    # what to prepare, whether to be there
    r"\b(?:should|shall|must|do|can) (?:i|we) (?:\w+ ){0,2}?(?:tie|put|lock|keep|leave|move|clear|empty|turn|switch|"
    r"shut|unlock|open|bring|take|be (?:home|there|here|in|around))\b|\b(?:do|will) (?:i|we) (?:need|have) to\b|"
    r"\bwhere (?:should|can|do|does|will) (?:he|she|they|the tech\w*|your (?:guy|tech\w*)|i|we)\b[^?]{0,20}\bpark|"
    r"\b(?:does|will|would) (?:he|she|they|the tech\w*|your (?:guy|tech\w*)) need\b|"
    r"\b(?:amarro|encierro|guardo|muevo|vac[ií]o|tengo que|necesita|hace falta|d[oó]nde (?:se )?(?:puede )?(?:estaciona|parque))\w*\b|"
    r"\bsoll (?:ich|er)\b|"
    # the technician himself
    r"\bsame (?:guy|tech\w*|person|one|man|lady|se[ñn]or|t[eé]cnico)\b|\b(?:does|can|will) (?:he|she|they|the tech\w*) speak\b|"
    r"\bhabla (?:espa[ñn]ol|ingl[eé]s)\b|\bcom(?:ing|e) (?:alone|by himself|by herself|on (?:his|her) own|with (?:a|an) (?:helper|apprentice|mate|partner|second))\b|"
    r"\bhow many (?:guys|people|techs|technicians|men|workers)\b|"
    + WHICH_TECH
    + r"|\b(?:will|can|could|would) (?:he|she|they|the tech\w*) (?:call|text|ring|message|phone)\b|"
    # price, payment, parts, warranty
    r"\bhow much\b(?! (?:longer|more time|further))|\b(?:do|can) (?:you|i) (?:take|accept|pay)\b|\bpay (?:by |with |in )?(?:cash|card)|"
    r"\bwarrant(?:y|ee)\b|\bguarantee\b|\bgarant[ií]a\b|\bthe part\b|\b(?:aceptan|cu[aá]nto (?:cuesta|cobra|sale|me))\b|"
    r"\b(?:price|quote|cost)\b|" + AVAILABILITY_ASKED + r"|" + ASKED_COST_OR_RULE
    # the days and hours the business works, asked in general (issue 13, h13left13): "Is anyone working on
    # Saturday?", "Do you guys do Sundays?", "are you open weekends?", "do yall do saturdays at all", "what
    # days do you work?". No day is asked for: "can you do Saturday instead?" is a reschedule, read first.
    # the rules for cancelling or moving: a fee, a deposit, the notice, the weather
)

# "can she come after that?" after a lateness asks the visit to follow it: part of the lateness.
COME_AFTER = re.compile(
    r"\b(?:come|arrive|be here|show up|swing by|stop by|venir|passer)\b.{0,12}"
    r"\b(?:after that|after then|then|later|sooner|earlier|plus tôt|m[aá]s temprano|asap)\b"
)

# Said beside a wrong number, it denies the visit outright: such a text holds no way in for this job
# ("I don't have a garage door, you've got the wrong house"), issue 13, h13en6a.
NOT_OUR_CUSTOMER = re.compile(
    r"\bwrong (?:house|address|place|person|number|customer)\b|\bnever (?:booked|ordered|requested|scheduled)\b|"
    r"\b(?:didn't|did not|haven't|have not) (?:book|order|request|schedule)\w*\b"
)
# A question after a comma with no "?" ("yep that works, how long does it usually take", "furnace beeped once
# when it started, is that normal"): the telling before the comma leads to the asking (issue 13, h13en6a).
QUESTION_AFTER_COMMA = re.compile(
    # "ballpark, what does a new compressor run" (issue 13, h13q9)
    r"^\s*(?:how (?:long|much|many|often|old|big)|what (?:does|do|would|will|is|are|'s) |(?:do|does|did|will|would|should|is|are) "
    r"(?:i|you|he|she|it|we|they|u|that|this|there)\b)"
)

# An instruction worded as a question ("could you use the back door"), a request when it has no "?".
POLITE_REQUEST = re.compile(r"^\s*(?:please )?(?:could|can|would|will) (?:you|he|she|they|u)\b")
# A request after a comma that makes the clause a question ("we had a flood last spring, can he check the
# sump pump", "tuvimos una inundación, puede revisar la bomba"), issue 13 round 7.
REQUEST_AFTER_COMMA = re.compile(
    POLITE_REQUEST.pattern + r"|^\s*(?:por favor )?(?:puede|pueden|podr[ií]a|podr[ií]an) (?:usted(?:es)? )?"
    r"(?:revisar|cambiar|ver|checar|mirar|traer|hacer|arreglar|limpiar)\b"
)

# The same request run on without a comma, as voice-to-text writes it ("we had a gas leak last winter so
# can he check the line", "smoke detector keeps chirping can he swap the battery"), issue 13 round 8.
REQUEST_RUN_ON = re.compile(
    r"\b(?:so|and|also|anyway)\s+(?:please\s+)?(?:could|can|would) (?:you|he|she|they|u|someone)\b|"
    r"(?<=[a-z]) (?:can|could) (?:he|she|you|they|someone) (?:also )?(?:check|look|swap|change|replace|take a look|inspect|test)\b"
)

# "if I'm late", "in case I'm not back": a lateness that may not happen (the running-late veto).
IF_BEFORE = NOT_LATE_YET.pattern
# "I won't be late, see you at 1", "I was late last time, won't happen again": a lateness denied or
# long past (issue 13, h13en6b). A time beside it is the customer keeping the slot, not an ETA.
LATENESS_DENIED = re.compile(
    r"\b(?:won't|will not|not going to|shouldn't|should not|don't think i'll|don't think we'll|never) be (?:late|behind)\b|"
    r"(?<!i'm )(?<!i am )(?<!we're )\bnot late\b(?! yet)|"
    r"\blate (?:last (?:time|week|visit)|the other day|yesterday)\b"
)
# "found a guy who could come tonight", "my brother in law can come saturday": someone of the customer's own
# comes, no slot asked of the business (issue 13, h13en6b).
THEIR_OWN_COMES_BEFORE = re.compile(
    r"\b(?:who|that) (?:can|could|will|'ll|is able to|was able to|is going to|is gonna) (?:just )?$|"
    r"\b(?:my|our) (?:[a-z'-]+ ){1,3}(?:can|could|will|is going to|is gonna|'s gonna|'s going to|is) (?:just )?$"
)
# "do I need to be home?": asking whether to be there, not saying when.
MUST_I_BE_BEFORE = re.compile(r"\b(?:i|we) (?:need|have|got) to $|\b(?:do|should|must) (?:i|we) $")
# Words that confirm in earnest, unlike "perfect" or "great" said through gritted teeth.
PLAIN_YES = re.compile(
    r"\b(?:confirm\w*|yes|yep|yeah|see you|works|ok|okay|sure|will be (?:here|there|home))\b"
)
# The business's last text said the technician is late.
TECH_LATE = re.compile(r"\b(?:late|behind|delay\w*|retras\w*|en retard)\b", re.I)
# First-person words: a lateness with none of them ("traffic on the bridge is chocka") is not the customer's.
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'll|i am|i've|we|we're|we'll|we've|me|my|us|our)\b")
# "leaving work now, be home in 20": the customer's own way here, said without "I" (h13en6b)
# "running late, home at 1:30, is he still coming between 1 and 3?" says the customer's own lateness
# beside the question (issue 13, h13assist9).
# "running 5 behind, where is he now?", "Be there in 20, where's the tech at?", "voy 10 minutos tarde,
# ¿dónde está el técnico?": the customer's own lateness sized before a where-is (h13takeback12).
OWN_TRAVEL = re.compile(
    r"^(?:sorry,? |so sorry,? |ugh,? |hey,? )?(?:just )?(?:leaving|heading|headed|driving|on the way|omw|left|walking|pulling out|"
    r"running (?:[\w<>.~-]+ ){0,3}?(?:late|behind)|be there (?:in|by|at)|stuck in traffic)\b"
    r"|\bbe (?:home|back) (?:in|by|at)\b"
    r"|^(?:voy|llego|vou|chego|j'ai|je suis|j'arrive|estoy|estou)\b"
)

# A wait said of someone else ("when he's 10 min out") is not the customer's own ETA.
SOMEONE_ELSE_BEFORE = re.compile(
    r"(?:\bhe|\bshe|\bthey|\bhe's|\bshe's|\bthey're|\bhe'll|\bshe'll|\bthey'll|\bhe'd|\bshe'd|\bthey'd|\btech|\btechnician|\bguy)"
    r"\s+(?:is\s+|are\s+)?(?:\w+\s+)?$"
)

# "let me know when he's 10 min out", "avísame cuando esté a 10 minutos", "sagen Sie mir Bescheid, wenn er 10
# Minuten entfernt ist": a heads-up asked for, the minutes the technician's, not the customer's own wait
# (issue 13, h14lang). "I'll text you when I'm 10 out" tells, and keeps its lateness.
HEADS_UP_ASKED_BEFORE = re.compile(
    r"(?:\blet me know|\blmk|\b(?:text|call|ring|message|msg|tell|notify|buzz|ping) (?:me|us)|\bgive me a (?:heads up|shout|call|text)|"
    # the technician asked to send it: "she can text when she's 10 out", "have him call when he's close" (h14 review)
    r"\b(?:he|she|they|tech|technician)(?:'ll| can| could| should| will| may)? (?:just )?(?:text|call|ring|message|ping|buzz)\b|"
    r"\bhave (?:him|her|them) (?:text|call|ring|message|ping)\b|"
    r"av[ií]s(?:a|e|en|ame|eme|enme)(?:me|nos)?|\bme avis(?:a|e|en|an|em)|\bsagen? (?:sie )?(?:mir |uns )?bescheid|\bgeben sie (?:mir |uns )?bescheid|"
    r"\bpr[ée]ven(?:ez|ir)[- ]moi|\bpr[ée]viens[- ]moi|\bfatemi sapere|\bavvisatemi|\bavvisami|\bdaj(?:cie)? (?:mi )?zna[cć])"
    r"[^.!?]{0,30}?\b(?:when|once|cuando|wenn|sobald|quand|lorsqu'il|quando|appena|kiedy)\b[^.!?]*$"
)

# "ok 10 mins is fine, thanks" after "about 10 minutes out": the wait accepted is the technician's,
# not the customer's own (h13time8).
WAIT_ACCEPTED_AFTER = re.compile(
    r"\s*(?:is|are|'s|sounds|would be|will be|should be)\s+(?:totally |perfectly |absolutely |all |just )?"
    r"(?:fine|ok|okay|good|great|perfect|no problem|no worries|alright|all right)\b"
    r"|\s*works? for (?:me|us)\b"
)


# Asking for something: with a day or time after it in the same clause it asks for a new slot.
REQUEST = _alt(
    r"(?:can|could|would|will) (?:we|you|he|she|they|u|someone|i)|(?:we|you|he|she|they) could|any chance|how about",
    # "how's monday looking", "hows thursday 2pm" (h13en6b)
    r"how(?:'s| is|s)(?= (?:next |this )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|tomorrow\b|the \d)",
    r"(?:please|kindly|pls) (?:\w+ ){0,4}send|just do|(?:let's|lets) do|(?:is there|do you have|got) anything|(?:can|could) it be|what about|is it possible|possible to|(?<!supposed to )(?<!meant to )(?<!kids )(?<!they )(?<!not )(?<!didn't )(?<!did not )(?<!never )(?:just |please )?come|would (?:prefer|rather)|prefer",
    r"(?:stop|swing|come|drop|pop) (?:by|round|over)|(?:do|does) (?:your guy|he|she|you) do",
    # "just make it thursday", "let's make it the 14th" (issue 13, h13left13); "can't make it thursday" is no ask
    r"(?:just|let's|lets|please|pls|then|so) make it",
    # "pode vir às 4?", "può venire alle 4?", "kunnen we het om half drie doen?" (h15part)
    r"kunnen (?:we|jullie|u)\b|"
    r"pode(?:m|ria)? (?:vir|passar)|pu[òo] (?:venire|passare)|possono venire|potrebbe (?:venire|passare)|"
    r"se puede|pueden|podr[ií]an|puede venir|podr[ií]a (?:venir|pasar|ser)|puede ser|pode ser|poderia|podemos|podr[ií]amos|mejor|prefiero|(?:os|le|les|te) (?:viene|queda) bien|tienen (?:algo|espacio|lugar)",
    r"qu[eé] tal (?:el|la|si|ma[ñn]ana|el lunes)|(?:puede|pueden) (?:regresar|volver)|vengan|venga (?:el|la|ma[ñn]ana)|"
    r"hay chance|habr[aá] chance|chance de|(?:me|nos) (?:puede|pueden) (?:venir|atender)|"
    r"est-ce possible|possible de|pouvez-vous|pourriez-vous|pourrait|peut-on|on peut(?:-tu| tu)?|on pourrait|plutôt|à la place",
    r"(?:can|could|would|will) \w+ (?:come|do|make it|swing|pop|drop)|anything (?:earlier|sooner|later)|(?:i'd|we'd) (?:rather|prefer)",
    r"(?:any ?(?:day|time)|anytime) (?:but|except|other than)",
    # issue 13, h13lang9: Farsi "میشه ... بذاریم", "می‌تونیم بندازیمش", Thai "ขอเลื่อนเป็น", "เลื่อนเป็น"
    r"میشه|می ?شه|می ?تونیم|می ?تونید|بذاریم|بندازیم\S*|(?:ขอ)?เลื่อน(?:นัด)?(?:เป็น|ไป)?",
    # issue 13, h13langeu: a preference or a polite ask in French, Portuguese, German, Italian, Polish, Russian
    r"(?:je |j')?pr[ée]f[ée]r(?:erais|erait|e|ons)|preferir[ií]a|habr[ií]a (?:forma|manera|chance)|hay (?:forma|manera)|ça m'arrangerait|prefiro|preferia|preferiria|d[áa] pra|daria pra|"
    r"ginge(?: es)? auch|geht (?:es )?auch|lieber|meglio|preferirei|preferisco|sarebbe possibile|"
    r"wola(?:łbym|łabym|lbym|labym|łabyś)|wolę|wole|lepiej|czy (?:możemy|mozemy|można|mozna)|(?:czy )?da(?:łoby|loby)? się|"
    r"лучше|давайте|можно(?: ли)?(?= (?:перенести|на|в|во|после|попозже|пораньше))|а можно|удобнее",
    # issue 13, h13lang8: "går det att ta fredag...", "passer det", "kan vi flytta", "se poate vineri",
    # "puteți veni luni", "šlo by to v pátek", "můžeme to přesunout", "jó lenne pénteken", "át tudjuk tenni", "bisa hari"
    r"g[aå]r det(?: att)?|passer det|kan (?:vi|han|ni|dere|i|du) (?:flytta|flytte|komma|komme|ta|tage|byta|bytte)|"
    r"se poate|pute[tț]i veni|puteti veni|putem muta|pute[tț]i muta|"
    r"(?:šlo|slo) by (?:to )?|m[uů][zž]eme (?:to )?p[rř]esunout|m[uů][zž]e (?:p[rř]ij[ií]t|prijit)|"
    r"j[oó] lenne|[aá]t tudj(?:uk|[aá]k) tenni|j[oö]het|bisa (?:hari|besok|diganti|pindah|diundur)|boleh (?:hari|esok|tukar)",
    r"stattdessen|(?:kann|könnte|können|könnten) (?:er|sie|jemand|ihr|man|wir)\b|passt (?:es |das )?(?:ihnen|dir|euch)\b",
    # issue 15, h15days: the ask said before the day, where writers name the day after tomorrow in their
    # own word: Swahili "fundi aje keshokutwa", "mnaweza kuja", Dutch "kunnen we (het) naar vrijdag"
    r"\b(?:aje|mje|njoo|njooni|(?:mnaweza|unaweza|anaweza|mtaweza) kuja)\b|kunnen (?:we|jullie) (?:het |'t )?(?:naar|op|verzetten)\b",
    r"any ?time(?= (?:after|from|before|between|on)\b)",
    r"(?:^|(?<=[\s,]))(?:ok|okay|alright|all right|fine) if (?:we|i|he|she|you|u) (?:do|make it|move|switch|go with|book|say)\b",
    r"(?:it'll|it will|it would|it'd|will|would|it) (?:have to|need to|has to) be|^rather|rather (?:do|have|go with)",
    # An offer of the customer's own: "I can do tomorrow between 2 and 4", "we could do the 15th".
    r"(?:^|(?<=[\s,]))(?:i|we) (?:can|could) (?:do|make|manage)(?! it (?:in|at|by|there|home|back)\b)",
)
# The same, said after the day or time ("tomorrow works better", "friday if possible").
REQUEST_AFTER = _alt(
    r"works? (?:better|best)|if possible|if poss|would be (?:better|great|ideal|best|grand|good|lovely|perfect|fine|easiest|easier)|"
    r"if (?:that's|that is|it's|it is|that'd be|that would be) (?:doable|possible)|is better|ideally|instead|"
    r"(?:would )?suits? (?:me |us )?(?:better|best)|geht besser|passt besser|wäre besser|seria melhor|é melhor|me conviene más",
    r"(?:work|works|suit|suits|ok|okay|possible|any good|free|available|est[aá] bien|le parece)\s*\?",
    r"(?:be|is|it) possible|(?:is|are) (?:best|better|easier|ideal)|(?<!that )works\b"
    # "works crazy today, I won't be home till 2": work, the customer's job (h13en6b)
    r"(?! (?:crazy|mad|nuts|busy|insane|hectic|manic|flat out|a nightmare|been|got|is|has|was|kept|keeping|running|slammed)\b)",
    r"me (?:va|queda) mejor|si es posible",
    # issue 13, h13langeu: "ce serait mieux pour moi", "wäre mir lieber", "andrebbe bene?", "будет удобнее"
    r"(?:ce )?serait (?:mieux|parfait|id[ée]al)|w[üu]rde (?:mir |uns )?(?:besser )?passen|passt (?:mir |uns )?besser|m'arrangerait|me conviendrait|(?:wäre|ware|ist) (?:mir |uns )?lieber|"
    r"(?:dava|d[áa]|daria)-me (?:mais )?jeito|andrebbe (?:bene|meglio)|(?:sarebbe|è) meglio|(?:будет )?удобнее|лучше",
    r"me (?:va|queda) mejor|si es posible|(?:me|nos) (?:viene|va|queda) bien|nos (?:va|queda|viene) mejor",
    # issue 13 (h13time5): "New Year's Day is fine", "the Monday after New Year would suit us", "first
    # thing tomorrow if you can", "sat or sun, whichever suits", "am 7. ginge auch", "c'est possible ?"
    r"(?<!that )(?<!this )(?<!it )(?:is|'s) fine\b(?! (?:thanks|thank|by me))|would suit\b|if (?:that|it) (?:suits|works)\b|"
    r"(?:whichever|whatever) (?:suits|works|is easier|is best)|"
    r"if (?:he|she|you|they|your guy|the tech) (?:does|do|works?) (?:evenings|weekends|mornings|saturdays|sundays|late)\b|\bwork for (?:you|u|him|y'all|ya|the tech)\s*\?|if you can\s*[.!]*$|(?<!that )(?<!it )would work\b|"
    r"ginge? (?:auch|das)|geht (?:auch|das)|c'est possible|ça irait|ça marche|ça vous (?:va|irait)",
    # issue 13, h13lang7: "木曜日の朝に変えてもらえますか", "cuma sabah olabilir mi", "donderdagmiddag in plaats
    # daarvan", "την Παρασκευή σας βολεύει", "в четвер підійде"
    r"(?:に|へ)?(?:変えて|変更|ずらして|移して)(?:もらえ|いただけ|でき|ください|お願い)|でも(?:いい|大丈夫)です|はどうですか|"
    r"olabilir mi|(?:alabilir|yapabilir|gelebilir) mi(?:yiz|siniz)?|uygun mu|in plaats daarvan|schikt (?:dat|het)|past (?:dat|het)|"
    r"(?:σας |μας )?βολεύει|підійде|буде зручно",
    # issue 15, h15days: said after the day: Japanese "あさっての午後にしてもらえますか", "金曜日に変更をお願いします",
    # Mandarin "大后天上午方便吗" (not "可以吗": "您先等等可以吗" asks the technician to wait), Farsi "پس فردا صبح بیاید", Tamil "நாளை மறுநாள் வர முடியுமா" (can you come)
    r"に(?:して|変更して)(?:もらえ|いただけ|ください)|変更を(?:お願い|してもらえ|していただけ)|方便[吗嗎]|"
    r"(?<![\u0600-\u06ff])(?:بیاید|بیایید|بیاین)(?![\u0600-\u06ff])|வர(?: ?முடியுமா| இயலுமா)|vara ?mudiyuma",
    # issue 13, h13lang8: "fredag halv tre istället", "i stedet", "în schimb", "místo toho", "helyette"
    r"i ?stället|i ?stallet|i stedet|i staden|în schimb|in schimb|m[ií]sto toho|helyette|sebagai gantinya",
    # Asked about the slot without a question mark: "would 9ish tomorrow work", "does friday suit you".
    r"^\s*(?:would|does|will|could|can|is|how about|what about) .{1,40}\b(?:work|suit)s?"
    r"(?: (?:for )?(?:you|u|him|her|them|y'all|your guy|the tech))?\s*[.!]*\s*$",
)
# Periods a request can name without a day ("sometime next week", "a weekend").
VAGUE_PERIODS = _alt(
    r"next week|first week|week of|weekend|next month|sometime|another week|the week after|la semana que viene|semaine prochaine|"
    r"pr[oó]xima semana|semana que vem",
    r"(?:a (?:bit|little) |little )?(?:later|earlier|sooner)(?! than| on\b)|m[aá]s (?:tarde|temprano)|plus (?:tard|tôt)",
    # issue 13, h13langeu: after the holidays or the new year, in the languages
    r"after (?:the )?(?:holidays|new year'?s?)|apr[eè]s les f[êe]tes|apr[eè]s le nouvel an|despu[eé]s de (?:las fiestas|año nuevo|a[ñn]o nuevo)|"
    r"depois (?:das festas|do ano novo)|nach (?:neujahr|den feiertagen|silvester)|dopo (?:le feste|capodanno)|"
    r"po (?:nowym roku|świętach|swietach)|после (?:нового года|праздников)",
)

# Stop requests in words: revocation of consent by any reasonable means.
STOP_REQUESTS = _alt(
    r"stop (?:texting|messaging|sending|contacting|txting|the texts|the messages|these|all)",
    r"(?:take|remove|delete) (?:me|my number|this number|my (?:cell|phone)(?: number)?) (?:off|from)(?! (?:the|your) (?:schedule|calendar|books))",
    # round 7 (issue 13): "I never signed up for these", a bare "stop" ending a sentence, Spanish "sáquenme de la lista"
    r"never (?:signed up|opted in|subscribed|agreed) (?:for |to )?(?:these|this|your|any)? ?(?:texts|messages|sms|alerts|notifications|list)|"
    r"[,.!] ?stop[.! ]*$|s[aá](?:ca|came|quenme|quen|cenme) de (?:la|esta|su|sus) lista",
    # "already got it fixed by another guy, remove my number": the number removed, said last (h13urgent9)
    r"(?<=[,.!] )(?:please |pls |plz )?(?:remove|delete) (?:my|this) number[.! ]*$",
    # The keyword first, ended by a full stop or a bang, then the reason: "STOP. I've asked twice",
    # "Unsubscribe!! too many texts". Near misses: "stop by after 3", "Stop, wait, use the side gate".
    r"^(?:stop|unsubscribe)[.!]+(?=\s+\S)",
    r"^(?:please |pls |plz )?(?:remove|delete) (?:me|my number|this number)(?: please| pls| plz)?\s*[.!]*$",
    r"unsubscribe me|opt (?:me )?out|don't (?:text|message|contact) me|do not (?:text|message|contact) me",
    r"(?:don't|do not) send (?:me )?(?:any )?(?:more )?(?:texts|messages|reminders)|(?:any|no) (?:more|further) (?:texts|messages|reminders|sms)",
    r"no more (?:texts|messages|sms)|stop (?:it )?please|leave me alone",
    r"(?:don't|do not|never) (?:text|message|contact|sms|txt) (?:me|this number|this phone|us|my (?:number|phone|cell))",
    r"(?:don't|do not) want (?:these|your|any|the|more|any more) (?:\w+ )?(?:texts|messages|sms|notifications|reminders)",
    # issue 13, h13en9: "dont need the reminder texts, I know when it is", "don't need these messages anymore"
    r"(?:don't|do not|no longer) need (?:these|your|any|the|more|any more|all these|all the) (?:\w+ )?(?:texts|messages|sms|notifications|reminders)\b(?! (?:for|about|to|with)\b)",
    r"(?:quit|stop) (?:texting|messaging|sending)|^(?:stop\W*){2,}$|enough with the (?:\w+ )?(?:texts|messages)",
    r"dej(?:a|en|e|ar|aran|asen|ara|ase)n? de (?:enviar|mandar|escribir)\w*|no me (?:env[ií]en|manden|escriban)|dar(?:me)? de baja|b[oó]rr(?:en|ame|enme)",
    r"arr[eê]te[zr]? (?:de|les)|ne plus recevoir",
    # issue 13, h13langeu: asked politely ("merci de ne plus m'envoyer de SMS", "cessez de m'écrire")
    r"(?:de )?ne plus (?:m'envoyer|me (?:contacter|texter|relancer)|m'[ée]crire)(?! (?:le|la|les) (?:devis|facture|code))|cess(?:ez|er) de m'(?:envoyer|[ée]crire)|ne souhaite plus recevoir|(?:usunięcie|usuniecie|usuńcie|usuncie) (?:mojego |mój |moj )?numer\w*|(?:уберите|удалите) (?:мой номер|меня)|из рассылки|di non (?:scrivermi|mandarmi|inviarmi) (?:più|piu)|niewysyłanie mi|niewysylanie mi|(?:больше )?не (?:отправлять|присылать|слать) мне|"
    r"(?:pare|parem|deixem|deixe) de (?:me )?(?:mandar|enviar) (?:mensage\w*|sms)|n[ãa]o (?:me )?(?:mandem|enviem) mais (?:mensage\w*|sms)",
    r"qu[ií]t(?:en|e|a)(?:me|nme)? de (?:su|la|sus|esta) lista|no (?:quiero|deseo) (?:recibir )?m[aá]s (?:mensajes|textos)|désabonne\w*|"
    r"ne (?:m'envoyez|me textez|m'écrivez) plus|retirez[- ]moi",
    # Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang)
    r"(?:đừng|dung|ngừng|ngung) (?:nhắn|nhan|gửi|gui) tin|không (?:muốn )?nhận tin nữa|"
    r"(?:不要|别|別)再(?:给我|給我)?(?:发|發|传|傳)|退订|退訂|"
    r"parem de (?:me )?(?:mandar|enviar)|n[ãa]o quero mais receber|^sair$|ne veux plus recevoir|"
    # "Hören Sie auf, mir SMS zu schicken" (issue 13, h14lang)
    r"h[öo]r(?:en sie|t) (?:bitte )?auf,? (?:mir |uns )?(?:\S+ )?(?:sms|nachrichten|textnachrichten|texte)\w* zu (?:schicken|senden)|"
    r"keine (?:sms|nachrichten) mehr|(?:wag|huwag) na (?:po )?(?:kayong )?mag-?text|문자 ?그만|수신 ?거부",
    # Italian, Polish, Hindi/Hinglish, Russian (issue 13, h13lang2)
    r"non (?:mandatemi|inviatemi|scrivetemi|voglio (?:più |piu )?ricevere)|smettete(?:la)? di (?:scrivermi|mandarmi|inviarmi)|cancellatemi dalla lista|basta (?:messaggi|sms)|"
    r"nie (?:wysyłajcie|wysylajcie|wysyłać|wysylac|piszcie|przysyłajcie|przysylajcie) (?:mi |więcej |wiecej )*(?:sms|wiadomości|wiadomosci)|przesta(?:ńcie|ncie) (?:pisać|pisac|wysyłać|wysylac)|wypisz(?:cie)? mnie|"
    r"(?:sms|message|messages|msg) (?:mat|na) (?:bhejo|bhejiye|bhejna|bheje)|(?:sms|message|messages|msg) (?:band|bandh) kar\w*|mujhe (?:sms|message|msg) (?:mat|na) \w+|"
    r"не (?:пишите|присылайте) (?:мне )?(?:больше|сообщени\w*|смс)|отпишите|хватит (?:писать|присылать)|отписаться|"
    # issue 13, h14lang: "more" first ("Больше не пишите мне"), and Ukrainian ("Більше не пишіть мені")
    r"stop (?:met|alsjeblieft met|aub met) (?:het )?(?:sms'?en|smsen|appen|berichten sturen|sturen van berichten)|(?:geen|niet meer) (?:sms'?jes|sms'?en|berichten) meer(?: sturen| ontvangen)?|"
    r"больше не (?:пишите|присылайте|отправляйте|шлите)(?: мне)?|(?:більше )?не (?:пишіть|надсилайте|присилайте) (?:мені )?(?:більше|повідомлен\w*|смс)|більше не (?:пишіть|надсилайте)",
    r"pa voye (?:m |mwen )?(?:mesaj|t[èe]ks|tex) ank[òo]|sispann voye|"
    r"لا (?:ترسل|ترسلوا|تبعت|تبعتوا|تبعتولي)(?:لي)? (?:\S+ )?(?:رسائل|مسجات|رسايل)|(?:وقفوا|[أا]وقفوا|بطلوا) (?:ال)?(?:رسائل|مسجات|رسايل)",
    # Korean, Arabic, Russian, Polish, Tagalog, Chinese said as a sentence (issue 13, h13lang3)
    r"(?:더 ?이상|다시는) (?:연락|문자)(?:하지|를? 보내지|를? 하지) ?마|문자(?:를|는)? (?:보내지|하지) ?마(?:세요|시고|요)|"
    r"wala(?:ng| nang| na) (?:pong )?(?:text|mensahe)|ayoko na (?:ng |po ng )?(?:text|mensahe)|chega de (?:mensagens|sms|textos)|h[ủu]y nh[ậa]n tin|"
    r"(?:توقفوا|توقف|[أا]وقفوا) عن (?:[إا]رسال|بعت) (?:ال)?(?:رسائل|مسجات|رسايل)|(?:احذفوا|احذف|امسحوا|شيلوا) رقمي|"
    r"перестаньте (?:мне )?(?:писать|присылать|слать)|przesta(?:ńcie|ncie|[ćcńn]) (?:mi )?(?:pisać|pisac|wysyłać|wysylac)|"
    r"(?:paki)?tigil(?:an|in)? (?:na )?(?:po )?(?:ang |nyo |niyo )?(?:pag-?text|pagte-?text|mag-?text)|"
    r"(?:把我)?(?:从|從)(?:名单|名單|列表)(?:里|裡|中)?(?:删|刪|移除)",
    # Tagalog with the doer first, Devanagari Hindi (issue 13, h13langas): "tigilan nyo na ang pag-text",
    # "मुझे मैसेज भेजना बंद करें"
    r"tigil(?:an|in)? (?:nyo|niyo|mo) (?:na )?(?:po )?(?:ang )?(?:pag-?text|pagte-?text|mag-?text|pagmemensahe)|"
    r"(?:मैसेज|मेसेज|एसएमएस|संदेश) (?:भेजना )?(?:बंद|बन्द) (?:करें|करो|कीजिए|कर दें|कर दो|कर दीजिए)|"
    r"(?:मैसेज|मेसेज|संदेश) (?:मत|ना) (?:भेजें|भेजो|भेजिए)|"
    r"(?:ngưng|ngung|ngừng) (?:gửi|gui|nhắn|nhan)(?: tin)?|ayoko na (?:ng |po ng )?mga (?:text|mensahe)|paki-?stop|"
    r"(?:문자|메시지)(?:를|는)? (?:더 이상 )?(?:받고 싶지 않|안 받고 싶|그만 받)|"
    r"لا (?:تكلموني|تتصلوا (?:فيني|بي)) (?:مرة ثانية|مرة تانية|ثاني|بعد الآن)|(?:ولا|لا) ترسلوا (?:لي )?(?:شي|شيء|أي شي)",
    # issue 13, h13safe7: said politely or at length ("I would prefer not to receive these text messages any
    # longer", "Kindly discontinue sending me SMS notifications", "No longer interested in receiving your
    # messages", "ya no quiero recibir mensajes", "tirem meu número da lista", "messages bhejna band karo").
    # Near misses: "no quiero recibir más visitas de ese técnico", "I no longer need the second unit looked at".
    r"(?:prefer|rather) not (?:to )?(?:receive|get|be sent) (?:these |your |any |the )?(?:\w+ )?(?:texts|messages|sms|reminders|notifications|alerts)|"
    r"(?:no longer|don't|do not) (?:wish|want|care) to (?:receive|get|be sent) (?:these |your |any |the )?(?:\w+ )?(?:texts|messages|sms|reminders|notifications|alerts)|"
    r"no longer interested in (?:receiving|getting) (?:these |your |any |the )?(?:\w+ )?(?:texts|messages|sms|reminders|notifications|alerts)|"
    r"(?:discontinue|cease|halt)\w* (?:\w+ ){0,3}(?:texts?|sms|messages|notifications|reminders|communications?)\b|"
    r"(?:don't|do not) send (?:me )?(?:these|them|those) (?:any ?more|any longer)|"
    r"stop (?:the |these |your |all )?(?:text |sms |appointment )?(?:reminders|texts|messages|notifications|alerts)\b(?! (?:so|this|that|at|before|after|on) )|"
    r"unsubscribe (?:me )?from|(?:like|want|wish) to unsubscribe|"
    r"(?:don't|do not|no longer) need (?:the |these |your )?(?:text|sms) (?:updates|reminders|messages|alerts|notifications)",
    r"(?:ya )?no (?:quiero|deseo) (?:seguir )?recibir (?:m[aá]s )?(?:sus |los |estos |m[aá]s )?(?:mensajes|textos|recordatorios|sms|notificaciones)|"
    r"(?:eliminar|eliminen|elimine|borrar|quitar|quiten|saquen|sacar) (?:mi n[uú]mero|me) de (?:su|la|sus|esta) lista|"
    r"(?:enlevez|enlever|retirez|retirer|supprimez|supprimer|effacez) (?:mon num[ée]ro|monday num[ée]ro|moi) de (?:votre|la|vos) liste|"
    r"(?:tirem|tirar|tire|removam|remover|remova|apaguem|excluam|excluir) (?:o )?meu n[uú]mero d[ao]s? (?:sua |vossa )?lista|"
    r"n[ãa]o quero (?:continuar|mais) (?:a )?receb\w* (?:as |mais )?(?:mensage\w*|sms)|"
    r"(?:sms|messages?|msgs?|texts?) (?:bhejna|bhejne|bhejana) (?:band|bandh) (?:kar\w*|kijiye|kijie|kijiyega|kar do)|(?:sms|messages?|msgs?) (?:mat|na) bhej\w*",
    # Japanese, Turkish, Dutch, Greek, Ukrainian (issue 13, h13lang7): "もうメッセージを送らないでください", "bana artık
    # mesaj göndermeyin", "stuur me geen berichten meer", "μη μου στέλνετε άλλα μηνύματα", "більше не надсилайте
    # мені повідомлень"; not "ik heb geen sms meer gekregen" (a reminder missed)
    r"(?:メッセージ|メール|sms|ショートメール|通知)(?:を|は)?(?:もう)?(?:送らないで|送信しないで|停止して|止めて|やめて)|配信(?:を)?停止|もう送らないで|"
    r"(?:mesaj|sms|bildirim)\w* (?:göndermeyin|atmayın|yollamayın|gönderme|atma)|(?:mesaj|sms)\w* almak istemiyorum|listeden (?:çıkarın|çıkar|silin)|"
    r"(?:stuur|sms|app) (?:me|mij|ons) (?:\w+ ){0,2}geen (?:berichten|sms\w*|sms'jes|appjes)|geen (?:berichten|sms'jes|smsjes|sms) meer(?! (?:ontvangen|gekregen|gehad))|"
    r"(?:haal|verwijder) (?:me|mij|mijn nummer) (?:\w+ )?(?:uit|van) (?:de|jullie|uw) (?:lijst|bestand)|^afmelden\W*$|"
    r"(?:μη|μην) (?:μου )?(?:στέλνετε|στείλετε) (?:\S+ ){0,2}μηνύματα|σταματήστε (?:να )?(?:μου )?(?:στέλνετε|τα μηνύματα)|διαγράψτε (?:τον αριθμό μου|με)|"
    r"(?:не|більше не) (?:надсилайте|присилайте|пишіть) (?:мені )?(?:\S+ )?(?:повідомлен\w*|смс|sms)|відпишіть мене|припиніть (?:надсилати|писати)",
    # Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian (issue 13, h13lang8): "sluta skicka sms
    # till mig", "stop med at sende mig sms'er", "nu-mi mai trimiteți mesaje", "už mi neposílejte zprávy", "ne
    # küldjenek több üzenetet", "jangan kirim sms lagi"; not "jag har inte fått något sms" (a reminder missed)
    r"(?:sluta|sluta att|slutt å|slutt a|stop med at|hold op med at|stopp) (?:\S+ )?(?:skicka|sende|sms)\w*(?: (?:sms|meldinger|beskeder|meddelanden)\w*)?|"
    r"(?:skicka|send) (?:inte|ikke|ikkje) (?:fler |flere |mer |mere )?(?:sms|meldinger|beskeder|meddelanden)|(?:inga|ingen) (?:fler |flere |mer |mere )?(?:sms|meldinger|beskeder|meddelanden)\w*(?: tack| takk| tak)?\W*$|"
    r"nu(?:-mi| îmi| imi| mai) (?:mai )?(?:trimite[tț]i|trimiteti|scrie[tț]i|trimite) (?:\S+ )?(?:mesaje|sms)|(?:opri[tț]i|opriti) (?:mesajele|sms)|"
    r"(?:už |uz )?(?:mi |nám |nam )?(?:neposílejte|neposilejte|nepište|nepiste) (?:mi |už |uz )?(?:\S+ )?(?:zpr[aá]vy|sms)|p[rř]esta[nň]te (?:mi )?(?:posílat|posilat|psát|psat)|"
    r"ne (?:k[uü]ldjenek|k[uü]ldj[eö]n|k[uü]ldjetek|k[uü]ldjön) (?:\S+ )?(?:t[oö]bb )?(?:[uü]zenet\w*|sms\w*)|(?:ne|ne is) (?:\S+ )?(?:[uü]zenjenek|sms-ezzenek)|"
    r"(?:jangan|tak usah|tidak usah|berhenti|stop) (?:\S+ )?(?:kirim|mengirim|hantar|menghantar)\w* (?:\S+ )?(?:sms|pesan|mesej)",
    # Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi (issue 13, h13lang9): "دیگه به من
    # پیام ندید", "תפסיקו לשלוח לי הודעות", "fariimo ha ii soo dirin", "መልእክት መላክ አቁሙ", "আর মেসেজ
    # পাঠাবেন না", "หยุดส่งข้อความ", "ਹੋਰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ"; not "پیامتون رسید" or "קיבלתי את ההודעה" (a text received)
    r"(?:پیام|پیامک|اس ?ام ?اس)\S* (?:\S+ )?(?:ندید|ندین|نفرستید|نفرستین|نزنید)|(?:payam|payamak|sms) (?:\w+ )?(?:nadid|nadin|nafrestid|nafrestin)\b|"
    r"(?:תפסיקו|תפסיק|הפסיקו) (?:\S+ ){0,2}(?:לשלוח|לכתוב)|(?:אל|לא) (?:תשלחו|לשלוח) (?:לי )?(?:\S+ )?(?:הודעות|סמסים)|הסירו אותי|"
    r"(?:farii[mn]|farrii[mn]|sms|qoraal)\w*(?: \w+){0,2} ha (?:\w+ ){0,2}(?:dirin|dirina)\b|(?:jooji|joojiya)\w* (?:\w+ ){0,2}(?:farii[mn]|farrii[mn]|sms)\w*|"
    r"(?:መልእክት|መልዕክት|ኤስኤምኤስ)\S* (?:\S+ ){0,2}(?:አቁሙ|አትላኩ|አትላኩልኝ|አቁሙልኝ)|"
    r"(?:মেসেজ|এসএমএস|বার্তা)\S* (?:\S+ )?(?:পাঠাবেন না|পাঠানো বন্ধ|বন্ধ করুন)|"
    r"(?:หยุด|ไม่ต้อง|เลิก)ส่ง(?:ข้อความ|sms|เอสเอ็มเอส)|ยกเลิก(?:การ)?(?:รับ)?(?:ข้อความ|sms)|"
    r"(?:ਮੈਸੇਜ|ਸੁਨੇਹੇ|ਸੁਨੇਹਾ)\S* (?:\S+ )?(?:ਨਾ ਭੇਜੋ|ਨਾ ਭੇਜਿਓ|ਭੇਜਣੇ ਬੰਦ|ਬੰਦ ਕਰੋ)",
    # said the way people text (issue 13, h13deep8): Tagalog "wag nyo na po ako i-text", Polish with
    # the plural ending "nie wysyłać mi więcej smsów", Cantonese with an English verb "唔好再send訊息俾我";
    # not "wag nyo na po ako i-text pag nasa labas na" (a condition), "dostałem smsa" (a text received)
    r"(?:wag|huwag) (?:nyo|niyo|mo) na (?:po )?(?:ako|kami) (?:i-?text|itext|i-?message|padalhan)(?! (?:pag|kapag|kung))|"
    r"nie (?:wysyłajcie|wysylajcie|wysyłać|wysylac|piszcie|przysyłajcie|przysylajcie) (?:mi |więcej |wiecej )*(?:smsów|smsow|sms-ów|esemesów|wiadomości|wiadomosci)|"
    r"唔好再(?:send|發|发|傳|传|俾)|唔(?:使|駛)再(?:send|發|发|傳|传)(?:訊息|信息|短訊|短讯|sms)",
)

# Urgency beyond emergencies: an angry customer at the edge of leaving, or people at risk.
# A clear request to be texted again: an opt-in said in words (issue 13, round 7). The keywords
# (START, UNSTOP, YES after an opt-out) are in `consent.py`.
OPT_IN_REQUESTS = _alt(
    r"(?:you |u )?can (?:text|message|contact|sms) (?:me|us) again|(?:start|resume|keep) (?:texting|messaging|sending)(?: me)? (?:again|the (?:texts|reminders))|"
    r"(?:want|like|need) (?:the |my |your )?(?:texts|messages|reminders|notifications|alerts) back|put me back on (?:the |your )?(?:list|texts|reminders|messages)|"
    r"re-?subscribe me|opt me (?:back )?in|"
    # round 8: "please turn the text reminders back on", "I want to get the appointment texts again"
    r"turn (?:the |my |your )?(?:text |sms )?(?:reminders|texts|messages|alerts|notifications) back on|"
    r"(?:want|like|need) to (?:get|receive|start getting) (?:the |your |my )?(?:\w+ )?(?:texts|messages|reminders|alerts) again|"
    r"(?:pueden|puede|podr[ií]an) volver a (?:mandarme|enviarme|escribirme)|quiero volver a recibir (?:los )?(?:mensajes|textos|recordatorios)",
    # issue 13, h13safe7: after an accidental STOP ("Start. sorry hit stop by mistake", "I texted STOP by
    # accident", "didn't mean to unsubscribe", "puse STOP por error, sí quiero seguir recibiendo los mensajes").
    # Near misses: "Start time still 10?", "the reminders are helpful, keep them coming!"
    r"^(?:start|unstop)[.!]+(?=\s+\S)|"
    r"(?:hit|pressed|press|sent|texted|typed|replied|clicked|puse|mand[eé]|mandei|envi[eé]|enviei|envoy[ée]|appuy[ée] sur)(?: \w+){0,2} "
    r"(?:stop|unsubscribe|arr[eê]t|pare|baja|parar)\w*(?: \w+){0,2} (?:by (?:mistake|accident)|accidentally|por error|sin querer|"
    r"par erreur|sans faire expr[eè]s|sem querer|por engano)|"
    r"(?:didn't|did not|never) mean(?:t)? to (?:hit |press |send |text |reply )?(?:stop|unsubscribe|opt out)|"
    r"(?:keep|continue|start) (?:sending|texting) me (?:the |my |your )?(?:\w+ )?(?:texts|reminders|messages|updates)|"
    r"(?:start|restart|turn on) (?:the |my |your )?(?:texts|reminders|messages) again|"
    r"(?:do|still) want (?:the|your|my) (?:text )?(?:texts|messages|reminders)|"
    r"(?<!no )(?:quiero )?seguir recibiendo (?:los |sus )?(?:mensajes|textos|recordatorios)|"
    r"(?<!pas )continuer (?:à|a) recevoir (?:les |vos )?(?:textos|messages|sms|rappels)|"
    r"(?<!não quero )continuar (?:a )?receb\w* (?:as |os )?(?:mensagens|sms|lembretes)",
    # Japanese, Turkish, Dutch, Greek, Ukrainian (issue 13, h13lang7)
    r"(?:また|再び|もう一度)(?:メッセージ|通知|sms|連絡)(?:を)?(?:受け取り|受信し|送って)|配信(?:を)?再開|"
    r"(?:tekrar|yeniden) (?:mesaj|sms|bildirim)\w* (?:almak|gönderin|alabilir)|"
    r"(?:weer|opnieuw) (?:berichten|sms'jes|smsjes|sms|herinneringen) (?:ontvangen|krijgen)|stuur (?:me|mij) (?:weer|opnieuw) (?:berichten|sms)|"
    r"να λαμβάνω (?:ξανά|πάλι) μηνύματα|στείλτε μου (?:ξανά|πάλι) μηνύματα|"
    r"(?:хочу )?знову отримувати (?:повідомлен\w*|смс)|(?:поновіть|відновіть) (?:розсилку|повідомлення)",
    # Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian (issue 13, h13lang8): "jag vill få sms
    # igen", "vreau să primesc din nou mesaje", "chci zase dostávat zprávy", "szeretnék újra üzeneteket kapni"
    r"(?:få|fa|modtage|motta|ta emot) (?:\S+ )?(?:sms|sms'er|meldinger|meddelanden|beskeder|påminnelser)\w* (?:igen|igjen)|(?:skicka|send) (?:mig|meg) (?:sms|meldinger)\w* (?:igen|igjen)|"
    r"(?:s[aă] )?primesc (?:din nou|iar) (?:mesaje|sms)|(?:primesc|primi) mesaje din nou|"
    r"(?:zase|znovu|opět|opet) dost[aá]vat (?:zpr[aá]vy|sms)|(?:pošlete|poslete) mi (?:zase|znovu) zpr[aá]vy|"
    r"(?:újra|ujra|ism[eé]t) (?:\S+ )?(?:[uü]zenet\w*|sms\w*) (?:kapni|kapjak|k[uü]ldjenek)|"
    r"(?:menerima|terima|dapat) (?:\S+ )?(?:pesan|sms|mesej)\w* lagi|kirim (?:\S+ )?(?:pesan|sms) lagi",
)

CHURN_THREATS = _alt(
    r"(?:calling|call|finding|find|hiring|hire|going with|using|go with|get) (?:someone|somebody|another|a different) ?\w*",
    r"never (?:using|use|hiring|calling|again)|take my business|going elsewhere|leav(?:e|ing) (?:a )?(?:bad )?review",
    r"(?:one|1)[- ]star|bbb|better business|report(?:ing)? (?:you|this|it)\b|lawyer|small claims|chargeback|disput\w*",
    r"(?:call|speak|talk) (?:from|to|with) (?:the|a|your) (?:manager|owner|supervisor)|manager",
    r"cancel the whole|not sure i(?:'ll)? ever|last chance|done with you|never again|worst",
    r"(?:not sure|don't know if|wondering if) i (?:even )?want to (?:keep|continue|go ahead|use|deal)",
    r"(?:booking|book|hiring|hire) (?:someone|somebody) else|(?:llamar a|llamo a|buscar|busco) otra compa[ñn][ií]a|otra compa[ñn][ií]a|nunca m[aá]s|une autre compagnie|plus jamais",
    # issue 13, h13es9: "si no llega en media hora llamo a otro", "me voy con otros"
    r"(?:llamo|llamar[eé]?|llamamos|busco|buscar[eé]?|contrato|contratar[eé]?) a otr[oa]s?\b(?! (?:n[uú]mero|tel[eé]fono|cel))|me voy con otr[oa]s\b",
    # issue 13, h13en6a: "booking with your competitor", "ringing another plumber", "getting another sparky in",
    # "go for other service provider", "taking my business elsewhere", "before I go to fair trading"
    r"(?:your|a) competitor|(?:ring|ringing|getting|gettin|booking|trying|go for|going for|finding) (?:in )?(?:another|a different|some other|other|a new|new) \w+",
    r"(?:getting|booking|ringing|trying) (?:someone|somebody) else|(?:go|going) somewhere else",
    r"tak(?:e|ing) (?:my|our) (?:business|money|custom)|fair trading|trading standards|consumer (?:affairs|court|forum)|ombudsman|final warning",
    r"(?:'d|had) better (?:be here|show|turn up|get here)|(?:someone|somebody) better (?:be here|show|turn up|get here)",
    # a deadline with leaving as its price: "if he isn't here by 2 we're done", "be here by 4 or we're done"
    # (issue 13, h13urgent9)
    r"\bif\b[^.!?]{3,60}\b(?:we're|we are|i'm|i am) (?:so )?(?:done|out|finished)\b|\bor (?:else )?(?:we're|i'm) (?:done|out)\b",
    LEAVING_LANGUAGES,  # "busco otra empresa", "je vais ailleurs", "vou chamar outra empresa" (issue 13, h13safe7)
    LEAVING_AS_THE_PRICE,  # "or the job goes to someone else", "one more delay and we're done" (issue 13, h13threat11)
    LEAVING_FOR_GOOD,  # "the last straw", "my lawyer will hear about this", "c'est la goutte d'eau" (issue 13, h13urgent8)
    *LEAVING_MORE_LANGUAGES,  # "suche ich mir eine andere Firma", "chiamo un'altra ditta" (issue 13, h13hazard11)
    *LEAVING_BLIND15,  # "bir daha asla", "یکی دیگه رو خبر میکنم", "θα γράψω κριτική" (issue 13, fifteenth session)
    # the deposit or the money demanded back, said by an angry customer, is the edge of leaving: "third time you
    # didn't show, refund my deposit", "devuélvanme el anticipo", "Anzahlung zurück", "верните предоплату"
    # (issue 13, h13net13); only counted when the text is a grievance (`core._urgent`)
    r"refund (?:me |my |our |the )?(?:deposit|money|payment)|(?:want|need|demand|give me|return) (?:my|our|the) (?:deposit|money) back|"
    r"devu[eé]lv[ae]nme (?:mi |el )?(?:dinero|dep[oó]sito|anticipo)|(?:dinero|dep[oó]sito|anticipo) de vuelta|"
    r"rembours\w* (?:\w+ )?(?:l')?(?:acompte|argent)|(?:anzahlung|geld) (?:\w+ )?zur[uü]ck|"
    r"devolv\w* (?:o |meu )?(?:sinal|dinheiro|dep[oó]sito)|dinheiro de volta|"
    r"верните (?:мне |нам )?(?:деньги|предоплату|залог|аванс)",
)
# Churn words that, in a reply to a rating request, only pass the verdict on a visit already over:
# "1. never again", "1 star" is a complaint; a threat to leave a review or to sue still counts (h13urgent9).
VERDICT_ONLY = re.compile(r"never again|(?:one|1)[- ]stars?|worst(?: \w+)?")
AT_RISK = _alt(
    r"(?:outside|waiting) in the (?:cold|rain|heat|snow)|locked out with (?:my )?(?:kids|baby)",
    r"(?:standing|waiting|stuck|locked out) (?:[\w']+ ){0,6}(?:minus \d+|below (?:zero|freezing)|freezing)",
    r"(?:baby|infant|newborn|elderly|<qty> mom|<qty> dad|old mom|old dad|grandma|grandpa|oxygen)\b.{0,40}(?:cold|freezing|no heat|heat)",
    r"(?:no heat|furnace is (?:completely )?out|heat(?:ing)? (?:is )?out).{0,60}(?:baby|infant|newborn|elderly|mom|dad|<qty>)",
)
# A business whose stock, heat or hot water is failing with customers, children or stock waiting: it needs
# a person now, though nobody is in danger, so it is urgent and not an emergency (issue 13, h13urgent9):
# "walk-in is at 48 and climbing, 4k of meat in there", "daycare heat is out and kids get dropped off at
# 7:30", "no hot water at the salon, I have 6 color appointments", "se descompuso el cuarto frío".
_COLD_STORE = (
    r"walk-?ins?|walk in (?:cooler|freezer)|reach-?in|cooler|freezer|fridge|cold room|cuarto fr[ií]o|c[aá]mara fr[ií]a|"
    r"refrigerador|congelador|kj[øo]lerom\w*|fryserom\w*|kylrum\w*|frysrum\w*|k[üu]hlraum|k[üu]hlzelle|chambre froide"
)
_FAILED = (
    r"gone down|went down|is down|(?:'s|is) warm|died|quit|stopped|(?:is |stopped )?not (?:cooling|working|freezing)|"
    r"climbing|at (?:\d{2}|<qty>)\b|se (?:descompuso|apag[oó]|par[oó])|dej[oó] de (?:enfriar|funcionar)|"
    r"(?:har )?stoppet|(?:har )?slutat|ist ausgefallen|tombée? en panne"
)
_STOCK_LOST = (
    r"spoil\w*|thaw\w*|melt\w*|losing (?:\w+ )?(?:product|stock|food|inventory)|go(?:ing)? bad|"
    r"(?:\S+ (?:worth )?of |our |the )(?:meat|stock|product|food|fish|seafood|inventory)\b|"
    r"echar a perder|se (?:va|van) a (?:echar|perder)|(?:la |el )?(?:carne|producto|mercanc[ií]a) se|"
    r"(?:varene|maten) (?:blir|er) \w*|ødelagt|förstörs|verdirbt|stock at risk"
)
_BUSINESS = (
    r"daycare|day care|preschool|nursery|salon|barber\w*|restaurant|kitchen|bakery|caf[eé]|shop|store|office|"
    r"clinic|school|classrooms?|server room|guarder[ií]a|sal[oó]n|peluquer[ií]a|restaurante|tienda|oficina|escuela"
)
_BUSINESS_OUT = (
    r"no heat|heat(?:ing)? (?:is |went |'s )?(?:out|off|down)|furnace (?:\w+ )?(?:stopped|died|quit|is out|went out)|"
    r"heater (?:\w+ )?(?:died|quit|stopped)|no hot water|(?:ac|a/c|air) (?:is |went )?(?:down|out|died)|"
    r"no (?:tiene|tenemos|hay) (?:calefacci[oó]n|agua caliente)|sin (?:calefacci[oó]n|agua caliente)"
)
_CUSTOMERS_WAITING = (
    r"clients?|customers?|kids|children|babies|toddlers|appointments?|booked|open(?:s|ing)? at|we open|"
    r"dropped off|drop-?off|service|offline|orders?|loaves|ni[ñn]os|beb[ée]s|clientas?|citas|abrimos"
)
PROPERTY_AT_RISK = _alt(
    r"(?:walk-?in|cooler|freezer)(?:'s| is) (?:still )?(?:at \d+|at <qty>|warm\w*|down|not cooling)",
    rf"\b(?:{_COLD_STORE})\b.{{0,60}}\b(?:{_FAILED}).{{0,90}}(?:{_STOCK_LOST})",
    rf"(?:{_STOCK_LOST}).{{0,60}}\b(?:{_COLD_STORE})\b.{{0,40}}\b(?:{_FAILED})",
    rf"\b(?:{_FAILED}) (?:\w+ ){{0,2}}(?:{_COLD_STORE})\b.{{0,90}}(?:{_STOCK_LOST})",
    rf"\b(?:{_BUSINESS})\b.{{0,50}}\b(?:{_BUSINESS_OUT})\b.{{0,90}}\b(?:{_CUSTOMERS_WAITING})\b",
    rf"\b(?:{_BUSINESS_OUT})\b.{{0,50}}\b(?:{_BUSINESS})\b.{{0,90}}\b(?:{_CUSTOMERS_WAITING})\b",
    rf"\b(?:{_BUSINESS})\b.{{0,50}}\b(?:{_BUSINESS_OUT})\b.{{0,60}}\b(?:asap|now|right now|urge|ya|today|tonight|hurry)\b",
    rf"\b(?:{_BUSINESS_OUT})\b.{{0,30}}\b(?:{_BUSINESS})\b.{{0,60}}\b(?:asap|now|right now|urge|ya|today|tonight|hurry)\b",
)
# A stop request that only asks for another hour: "stop texting me so early, 7am is fine", "please don't
# text me before 8am, I work nights" (issue 13, h13safe7). Read just after the request; it keeps the texts.
TIMED_STOP = re.compile(
    r"^[ ,]*(?:(?:me|us|this number) )?(?:(?:so|this|too) (?:early|late)|(?:before|after|until|till) (?:\d|<|noon|midnight|[a-z]+ ?(?:am|pm))|"
    r"(?:at|during) (?:night|work|dinner|the weekend)|on (?:weekends|sundays|saturdays))"
)
# The last outbound named its own opt-out word ("Responda BAJA para no recibir más SMS").
OFFERED_STOP = re.compile(
    r"\b([A-ZÁÉÍÓÚÊ]{2,12})\b[^.]{0,12}?(?:para (?:no recibir|darse de baja|dejar de recibir)|"
    r"pour (?:vous désabonner|ne plus recevoir|arrêter)|to (?:stop|unsubscribe|opt out))"
)
# A rating request in the last outbound text ("Reply 1-5").
RATING_REQUEST = re.compile(
    r"(?:reply|rate|text|respond|rating|score|responda|califique|calificar|calificar[ií]a|val[oó]re|valora|r[ée]pondez|[ée]valuez|[ée]chelle|"
    # issue 13, h13langeu: "évalueriez-vous", "come valuta", "como avalia", "bewerten", "w skali", "оцените"
    r"[ée]valuer\w*|valut\w*|avali\w*|bewerten|skali|oce[ńn]\w*|оцени\w*)"
    r"\s.{0,30}\b1\b(?:\s?\([^)]{0,20}\))?\s?(?:-|to|a|al|à|bis|до)\s?5\b|\b1-5\b",
    re.I,
)
# A grievance beside a middling rating ("3 - took forever and the invoice was higher than quoted",
# "3 stars, ok but pricey"): the contract's "3 with a grievance" is a complaint. Only read after a 3,
# where no stronger cue is needed: the time the job took, the price against the quote, lateness.
# Not: "3, fine I guess", "3 - nice guy, job done" (a bare middling rating is other).
RATING_GRIEVANCE = re.compile(
    r"\btook (?:forever|ages|way too long|too long|so long|all day|hours)\b|\b(?:way |too |so )?(?:slow|pricey|expensive|overpriced)\b|"
    r"\b(?:higher|more|double) than (?:quoted|the quote|the estimate|estimated|expected|we were told)\b|\bovercharg\w*|"
    r"\b(?:was|were|came|showed up) (?:\w+ )?(?:late|hours late)\b|"
    # issue 13, h13en6a: "3 - nice enough bloke but the tap still drips", "3 stars, left the box in the driveway"
    r"\bstill (?:drips|dripping|leaks|leaking|broken|not (?:working|fixed|right)|doesn't work|makes|making|noisy|rattl\w+|beep\w*)\b|"
    r"\bleft (?:a |the |his |their )?(?:mess|box|boxes|rubbish|packaging|gate|door|old)\b|\bdidn't (?:clean|fix|finish|call|ring|tidy)\b|\brude\b|\btard[oó] (?:mucho|demasiado)|\bmuy caro\b|\btrop cher\b|\bmuito caro\b"
)
# "Reply C to confirm or R to reschedule" -> {"c": "confirm", "r": "reschedule"}.
REPLY_OFFER = re.compile(
    r"\b(\w{1,4}),?\s+(?:to|para|per|aby|для|pou)\s+"
    r"(confirm|reschedule|cancel|resubscribe|receive|opt|resume|confirmar|reprogramar|cancelar|cambiar|reagendar|"
    r"confirmer|changer|annuler|confermare|potwierdzić|potwierdzic|подтверждения|подтвердить|konfime)",
    re.I,
)
# Reply codes offered in the languages that put the verb first or wrap the code in other words (issue 13,
# fifteenth session, from texts written blind): "Antworten Sie J zum Bestätigen oder V zum Verschieben", "Bitte
# mit J bestätigen", "Antwoord J om te bevestigen", "Confirm ke liye 1, time change ke liye 2 reply karein",
# "확인은 1, 변경은 2를 회신해주세요", "ご確認の方は1、日程変更は2をご返信ください". Group 1 the code and group 2
# the verb in `REPLY_OFFER_CODE_FIRST`; the other way round in `REPLY_OFFER_VERB_FIRST`.
REPLY_OFFER_CODE_FIRST = re.compile(
    # the code in capitals or digits: "um zu bestätigen" offers no code "um"
    r"\b(?:mit\s+)?([A-Z0-9]{1,2}),?\s+(?:zum|zu|om te|om)?\s*"
    r"(?i:(bestätigen|bestaetigen|bevestigen|verschieben|verzetten|absagen|annuleren))\b",
)
REPLY_OFFER_VERB_FIRST = re.compile(
    r"(confirm|time change|reschedule|確認|日程変更|変更|확인|변경|确认|改期|xác nhận|đổi lịch)"
    r"(?:\s*ke liye|\s*के लिए|은|는|の方は|は|请回复|请回|:)\s*([0-9A-Za-z])(?![0-9A-Za-z])",
    re.I,
)
OFFER_INTENTS: dict[str, str] = {
    "confirm": "confirm",
    "confirmar": "confirm",
    "reschedule": "reschedule",
    "reprogramar": "reschedule",
    "cancel": "cancel",
    "cancelar": "cancel",
    "cambiar": "reschedule",
    "reagendar": "reschedule",
    "confirmer": "confirm",
    "changer": "reschedule",
    "annuler": "cancel",
    "confermare": "confirm",
    "potwierdzić": "confirm",
    "potwierdzic": "confirm",
    "подтверждения": "confirm",
    "подтвердить": "confirm",
    "konfime": "confirm",
    "resubscribe": "opt_in",
    "receive": "opt_in",
    "opt": "opt_in",
    "resume": "opt_in",
    "bestätigen": "confirm",
    "bestaetigen": "confirm",
    "bevestigen": "confirm",
    "verschieben": "reschedule",
    "verzetten": "reschedule",
    "absagen": "cancel",
    "annuleren": "cancel",
    "time change": "reschedule",
    "確認": "confirm",
    "日程変更": "reschedule",
    "変更": "reschedule",
    "확인": "confirm",
    "변경": "reschedule",
    "确认": "confirm",
    "改期": "reschedule",
    "xác nhận": "confirm",
    "đổi lịch": "reschedule",
}
# The last outbound asked a yes/no question about the visit, so "yes" confirms.
OUTBOUND_ASKS = re.compile(
    r"\?|confirm|conferm|potwierdz|подтвер|konfime|تأكيد|would that work|does that work|is that ok", re.I
)
# The business asked the customer to agree to a time: a like or a love of that text agrees to it
# ("Liked “Reminder: ... Reply C to confirm”"); a like of news or of a rating request is thanks.
OUTBOUND_ASKS_TO_AGREE = re.compile(
    r"confirm|conferm|potwierdz|подтвер|konfime|تأكيد|would that work|does that (?:still )?work|works? for you|is that ok|"
    r"\breply (?:yes|y)\b",
    re.I,
)
# The business asked when the customer will be there: a bare time or number answers it.
OUTBOUND_ASKS_ETA = re.compile(
    r"how (?:far|long|soon)|when (?:will|do|can) you (?:be|get)|what time (?:will|do|can) you|are you (?:close|nearby|on your way)|"
    r"let us know when you",
    re.I,
)
# A text that is only the customer's own arrival time beside an apology ("by 3:40 sorry!", "sorry, b4
# noon", "my bad, 4:15", "no later than 5:30"): the time's words are replaced by "<t>" before matching.
# Near-misses keep some other word ("sorry, 3:40 doesn't work", "can he come at 3:40?") or ask ("by 3:40?").
_APOLOGY = rf"(?:(?:so+|very|really|super) )?(?:{_APOLOGY_WORDS}|my apologies|sry|srry|oops|ugh)"
_APOLOGIES = rf"(?:{_APOLOGY}[\s,.!-]*)+"
_BEFORE_TIME = r"(?:by|before|around|about|abt|bout|~|at|til|till|until|more like|closer to)"
BARE_TIME_WITH_APOLOGY = re.compile(
    rf"(?=.*(?:{_APOLOGY}|no later than))[\s,.!-]*(?:{_APOLOGIES})?(?:{_BEFORE_TIME} |no later than )?<t>(?: ish)?"
    rf"[\s,.!-]*(?:{_APOLOGIES})?"
)
# Right before a wait: the customer speaking of themself ("I'm 10 out").
SELF_BEFORE = re.compile(r"\b(?:i'm|i am|we're|we are|i'll be|we'll be)\s+(?:\w+\s+)?$")
# "where's he at? I'm gonna be 10 min": the customer's own wait said beside a where-is-he (h13en6b).
OWN_WAIT_BEFORE = re.compile(
    r"\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will)\s+(?:gonna |going to |probably |prob |still |only )?"
    r"(?:be\s+)?(?:about |like |another |around |maybe |roughly )?$"
)
# "I'll be home at 3 instead of 2": the customer's own arrival, not a new slot.
SELF_ETA = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i can|we can|i'm going to|i'm gonna) be (?:home|there|back|here)\b"
)
# ... and in a late customer's txt-speak, without the "I'll be": "running late, there at 7 instead of 6:30".
ARRIVAL_SAID = re.compile(r"\b(?:there|home|back) (?:at|by|around|for)\b")
# The last outbound was a status update, so "ok" or a thumbs-up is a friendly acknowledgement.
OUTBOUND_STATUS = re.compile(
    r"on (?:the|his|her|their) way|has arrived|is here|arriv|finished|all done|complete|running behind|en camino|minutes? away|"
    # a delay notice: "Sam is running about 30 minutes behind", "your technician is delayed"
    r"running (?:\w+ ){1,3}(?:behind|late)|(?:is|are|been) delayed|behind schedule|"
    r"ha llegado|termin[oó]|ha terminado|terminad[oa]|invoice|thanks|"
    # issue 13, h13ack12: "Pete is heading your way now, should be there around 2:15", "here's your receipt"
    r"head(?:ing|ed) (?:your way|over|to you|out to you)|should be (?:there|with you) (?:around|by|in|shortly|soon)|"
    r"receipt|payment (?:received|processed)|"
    # a Spanish delay notice: "Luis viene con unos 30 min de retraso", "va retrasado" (issue 13, h13es9)
    r"retraso|retrasad[oa]|demorad[oa]|con (?:\w+ ){0,3}de demora|"
    # the work done, or the technician on the way or there, in the other languages the shops write
    # (h14 review): "Lukas hat die Reparatur abgeschlossen", "Aapka kaam poora ho gaya", "Karim est en route"
    r"abgeschlossen|erledigt|ist unterwegs|auf dem weg|ist angekommen|"
    r"kaam (?:poora|pura|khatam) ho gaya|raste mein hai|(?:nikal|pahunch) (?:gaye|gaya|gayi|chuke)|"
    r"en route|est arrivé|est en chemin|terminée?s?\b|"
    r"a caminho|chegou|conclu[íi]d[oa]|finalizad[oa]|"
    r"in arrivo|sta arrivando|è arrivato|(?:è stat[oa] )?completat[oa]|"
    r"onderweg|is gearriveerd|afgerond|"
    r"w drodze|jest na miejscu|zakończ\w*|"
    r"выехал\w*|в пути|приехал\w*|(?:работа|ремонт) (?:выполнен|законч)\w*|закончил\w*|"
    r"yolda|tamamland\w*|"
    r"đang trên đường|đã đến|đã hoàn thành|"
    r"向かっています|到着しました|完了しました|出发了|在路上|已到达|已完成|출발했|도착했|완료되었",
    re.I,
)
# A reminder of the visit to come ("reminder, Tane arrives today between 9am-11am"): a bare "kk" or "chur"
# to it agrees to the time, as to a request to confirm, though it names the arrival; a reminder that also
# tells of the technician's progress ("reminder: Sam is on the way") is a status update (issue 13, h13en9).
OUTBOUND_REMINDS = re.compile(
    r"\breminder\b(?!.*\b(?:on (?:the|his|her|their) way|has arrived|is here|running|delayed|behind)\b)", re.I
)
# The technician is at the door now and nobody answers, or the business asks whether the customer is
# home right now: a bare "yep" to it says the customer is there (customer_arrived), not that they agree
# to a time (issue 13, lead11). "Tom is at the door but nobody is answering", "we're outside, are you
# home?"; near-misses ask of another day ("will you be home on Tuesday?") or remind of the visit.
OUTBOUND_AT_THE_DOOR = re.compile(
    r"(?:\bis|'s|\bam|\bare|'re|'m) (?:now |here |standing )?(?:at|outside) (?:the |your )?(?:front )?(?:door|gate|house|home|property)\b|"
    r"(?:\bis|'s|\bare|'re|'m) (?:here |now )?outside\b|\bnobody (?:is )?(?:answer|home|there|in)|"
    r"\bno one (?:is )?(?:answer|home|there|in)|\bno answer at\b|\bknock(?:ed|ing)\b|"
    r"\bare you (?:home|there|around|in|inside)(?: now| right now)?\s*\?|\best(?:á|a)s? en casa\s*\?|nadie (?:abre|contesta)",
    re.I,
)
# A word of change beside a day: "move it to tmrw", "earlier", "instead", "end of the day", "cambiar",
# "plus tard". Without one, a day that is the visit's own day agrees to it (issue 13, lead11b).
A_CHANGE_ASKED = re.compile(
    r"\b(?:move|moved|moving|instead|rather|earlier|later|sooner|push|pushed|bump|back|reschedul\w*|change|switch|swap|"
    r"another|different|other|end of|after|before|until|till|til|not|can't|cannot|won't|don't|"
    r"cambi\w*|mover|move[rn]?|pasa[rn]?|otr[oa]|tarde|temprano|antes|despu[eé]s|en vez|en lugar|mejor|no\b|"
    r"plut[oô]t|d[eé]placer|changer|reporter|plus tard|plus t[oô]t|pas\b|mudar|remarcar|em vez|mais tarde|mais cedo|n[aã]o\b|"
    r"badal\w*|baad|pehle|nahi|nahin|rain check|postpone\w*|skip|off)\b|改|换|換|没空|沒空|不行|不方便|不了",
    re.I,
)
# Tapback reactions forwarded as text by some phones.
TAPBACK = re.compile(r"^(liked|loved|laughed at|emphasized|disliked|questioned)\s+[\"“]")

# The last text asked the customer for a code (the gate, the lockbox, the alarm): a bare "yep" or "ok"
# to it answers nothing the project can act on (other), neither agreeing to a time nor saying the
# customer is home, and the code itself is still to come (issue 13, h13ack12). "Do you have a gate code
# for us?", "what's the lockbox code?"; near misses ask of the visit ("does 2pm work?", "Reply C to
# confirm") or tell of it ("Sam is on the way, ETA 10:40"). A yes to "is there parking?" or "any pets?"
# tells something to know on arrival: this pattern leaves those alone.
OUTBOUND_ASKS_DETAIL = re.compile(
    r"\b(?:gate|door|access|entry|lockbox|lock box|key ?safe|key ?box|alarm|building|buzzer|garage) "
    r"(?:code|number|pin)\b[^.?!]*\?",
    re.I,
)

# "n", "nope", "can't" to a text asking to keep a time or pick another: the customer needs another.
NEGATIVE_REPLIES: frozenset[str] = frozenset("n no nope nah can't cannot not really".split())
OUTBOUND_KEEP_OR_MOVE = re.compile(
    r"\bno?\b.{0,40}(?:pick|find|choose|new|another|other|reschedul)|still (?:available|work|good|ok|on)|"
    r"(?:keep|confirm) (?:your|the|tomorrow|today)",
    re.I,
)

# Short replies whose meaning comes from the last outbound text.
AFFIRMATIVE_REPLIES: frozenset[str] = frozenset(
    "y ya yah yass yes ok okay sure si sí oui c confirm confirmed emo_ok affirmative aye yea".split()
    # Vietnamese, Chinese, Portuguese, German, Tagalog, Korean (issue 13, h13lang)
    + "vâng vang dạ da ừ 好 好的 好啊 行 可以 嗯 sim claro certo ja jawohl opo oo sige 네 예 넵".split()
    # Italian, Polish, Hindi/Hinglish, Russian (issue 13, h13lang2)
    + "sì certo tak dobrze haan ha ji да ага хорошо".split()
    + "wi dakò نعم تمام أيوه ايوه".split()  # Haitian Creole, Arabic
    + "是的 是 对 對 对的 對的 没问题 沒問題 हाँ हां जी ठीक".split()  # Chinese, Hindi (issue 13, h13langas)
    # Japanese, Turkish, Dutch, Greek, Ukrainian (issue 13, h13lang7)
    + "はい ええ うん 了解 了解です 大丈夫です evet tamam olur jawel prima oké ναι εντάξει так добре гаразд".split()
    # Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay (issue 13, h13lang8)
    + "japp jepp okej absolut visst selvfølgelig selvfolgelig bine sigur ano jo jasně jasne dobře dobre igen rendben persze iya baik oke boleh".split()
    # said the way people text (issue 13, h13deep8): Cyrillic "ок", Austrian and Swiss "jo", "gerne",
    # Cantonese "好呀", "得", Vietnamese "được" with or without marks, Arabizi "aywa", "akeed", "na3am"
    + "ок окей ладно конечно gerne jo jaa gärn 好呀 好喇 得 冇問題 được duoc aywa aiwa akeed na3am".split()
    # Farsi, Hebrew, Somali, Amharic, Bengali, Thai (one word, no spaces), Punjabi (issue 13, h13lang9)
    + "بله آره باشه حتما حتماً כן בסדר מאשר מאשרת haa አዎ እሺ হ্যাঁ হুম ได้ ได้ค่ะ ได้ครับ ค่ะ ครับ โอเค ตกลง ตกลงค่ะ ตกลงครับ ਹਾਂ".split()
)
# A whole reply that only acknowledges, with no word that confirms or thanks on its own: like
# "ok" it means what the last text asked for ("will do" to a reminder confirms, "got it" to "Sam
# is running 30 minutes behind" acknowledges). Near misses: "no" (declines), "great job" (praise),
# "will do it myself" (more than an acknowledgement).
BARE_ACKNOWLEDGEMENT = re.compile(
    # an Irish or a British sigh before it: "ah no bother", "oh alright then" (issue 13, h13en9)
    r"^(?:(?:ah|aah|oh|och) )?(?:(?:great|cool|good|nice|alright|all right|gotcha|got it|noted|understood|will do|roger(?: that)?|"
    r"no problem|no prob|no probs|np|no worries|fine|ok|okay|sure|yes|emo_ok|okie dokie|okey dokey|sounds like a plan|copy(?: that)?|10-4|"
    # issue 13, h13en6a: "righto", "that'll do" (to an offered slot it agrees)
    r"righto|right-?o|rightio|righty-?o|that'll do|that will do|that'll work|kk|"
    # issue 13, h13en8: one regional word that agrees or acknowledges (IE "sound", "grand so"; ZA "shot",
    # "sharp sharp"; NG "no wahala"; KE "sawa"; NZ "chur"; US "done deal", "ayt"; SG "can lah")
    r"sound|grand(?: so)?|shot|sharp(?: sharp)?|no wahala|done deal|deal|ayt|aight|ight|sawa(?: sawa)?|can do|"
    r"can|chur|safe|sweet|100 ?%|"
    # issue 13, h13en9: IE "no bother", ZA "shap" (sharp), UK "lovely jubbly"
    r"no bother|shap|lovely jubbly|"
    # issue 13, h13es9: the Spanish of each country, said alone ("va", "sale", "órale" MX; "dale", "joya"
    # AR/UY; "listo", "de una" CO; "bacán", "ya po" CL/PE; "vale" ES; "ta bien" PR/DO; US "okis")
    r"va|sale|dale|[óo]rale|listo|de una|bac[aá]n|vale|t[aá] bien|est[aá] bien|okis|oki|okas|okey|"
    r"perfecto|perfect[oa]|excelente|genial|joya|sim[oó]n|ya po|de acuerdo|ch[eé]vere|bueno|entendido|"
    r"sale y vale|va que va|todo bien|pura vida|enterad[oa]|anotado|ya|oki ?doki|t[aá] to|"
    # issue 13, h13ack12: US "bet", "say less", "fasho"; Brazilian "tá bom", "beleza", "fechado", "pode
    # ser"; Arabic "حاضر" (at your service), "ماشي", "طيب". Near misses: "bet he's late" (more words),
    # "tá bom?" to nothing (no last text: read by the cues)
    r"bet|say less|fasho|fosho|for sure|t[aá] bom|ta bem|beleza|fechado|pode ser|tudo bem|"
    # ... and as fresh texts wrote them (probe_ack12b): "okey dokey" (normalised "ok dokey"), "alrighty",
    # "right on", "all good", "sounds great"
    r"ok(?:ey|ie|y)? ?dok(?:ey|ie|e|i)|alrighty|right on|all good|sounds (?:good|great|perfect|fine|grand)|"
    r"حاضر|ماشي|طيب|اوكي)[\s,.!]*)+"
    # a particle or a name for the reader after it: "ok lah", "shot bro", "sound mate", "no wahala sir";
    # "then" closing it: "alright then", "ok then" (issue 13, h13en9)
    r"(?:(?:lah|la|leh|bro|bru|bra|mate|boss|sir|ma'am|madam|o|oo|hey|dear|then|"
    # ... "va pues", "dale che", "ta bien mi amor gracias" (issue 13, h13es9)
    r"pues|pue|po|che|mi amor|joven|jefe|amig[oa]|mij[oa]|compa|oiga|nom[aá]s|(?:muchas |mil )?gracias|"
    # ... "listo parce", "dale loco", "sale carnal", "tuanis mae": the word for a friend in each country
    r"parce|parcero|mano|manito|carnal|pana|mae|loco|hermano)[\s,.!]*)*$"
)

# Clock times that are not when the customer arrives: history, the appointment, what someone said.
CLOCK_NOT_ARRIVAL: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        r"(?:\bsince|\bdesde(?: las)?|\bsupposed to (?:be|come)(?: here)?(?: at)?|\bsaid|\btold|\bwaited(?: until)?|"
        r"\bwindow (?:was|is)|\bwas|\bwere|\bnot|\bscheduled (?:for|at)|\bappointment (?:is|was) at|\bfor the|"
        r"\bfor (?:my|our|your)|\bto the|\bits|\bit's(?: almost| now| already)?|\bpick up (?:my |the )?(?:\w+ )?at|"
        r"(?<!after )\bwork|\bleave (?:for (?:the )?\w+ )?(?:by|at)|\bmeeting at|\bcall at|\btracker says|\bmeet(?:ing)? (?:[\w']+ ){0,6}(?:at|by)|\b(?:have|got) (?:a|an|my) (?:[\w']+ ){0,2}(?:at|by)|\b(?:school )?run at|\bcita (?:de|es a|a)(?: las)?|\b(?:home|free|available|around|in) from|\b(?:be )?(?:done|finished|finish|wrapped up)(?: by| before)?|\bif (?:he|she|they|he's|she's|they're|someone|somebody|nobody|no one)\b[\w' ]{0,25}(?:by|at|before)|\bsalgo(?: del trabajo)?|\bget off(?: work)?|\bopens?|\bclose[sd]?|\bcalls|\bmeetings?|\bends|\bbooking ends|"
        r"\bfinish(?: work)?|\boff work|"
        # issue 13, h13en9: "any ETA? I need to pop out at 12", "have to head out by 1"
        r"\b(?:pop|nip|head|step|duck|dash|run|go) (?:out|off)(?: again)?|"
        # issue 13, h14when: the customer's own commitment beside the slot asked for ("can you come earlier,
        # like 10? I start work at 1", "school pickup is at 3 so 1 would be better", "entro a trabajar a la 1",
        # "je commence à 14h", "começo a trabalhar às 13h", "ich fange um 14 Uhr an"): when they are busy,
        # not the time asked for. Near-misses, still asked for: "after school at 3:30", "before school at 7".
        r"(?<!after )(?<!before )\b(?:shift|class|classes|school|practice|lesson|flight|pick ?-?up|pickup's|drop ?-?off)"
        r"(?: (?:is|starts|begins|gets out|lets out|finishes))?|\bstarts?|\bbegins?|"
        r"\b(?:entro|empiezo|comienzo|entramos) (?:a trabajar|al trabajo|a la escuela)|\bje commence|\bje travaille|"
        r"\b(?:começo|comeco|entro) (?:a trabalhar|no trabalho|no serviço)|\bich fange|"
        # "tengo que recoger a los niños a la 1", "je dois chercher les enfants à 16h", "buscar as crianças às 15h"
        r"\brecoger(?: a)? (?:los|las|mis?|a) \w+|\bchercher (?:les|mes|mon|ma) \w+|\bbuscar (?:os|as|o|a|meus?|minhas?) \w+)"
        r"\s*(?:at|about|around|a las|a la|à|às|um|vers)?\s*$"
    ),
    re.compile(r"\s*(?:appointment|appt|slot|window|and now|\?\?)"),
)
# Words after a duration that make it a lateness ("20 min late") or count it from an ETA.
LATENESS = re.compile(
    r"\s*(?:late|behind|tarde|de retraso|en retard|de retard|atrasad)"
    # Portuguese, German, Korean, Vietnamese (issue 13, h13lang): "15 minutos de atraso", "20 Minuten später", "20분 늦을"
    r"|\s*(?:de atraso|später|spaeter|zu spät|늦|(?:정도|쯤) 늦|trễ|muộn)"
    # Swiss German (issue 13, h13deep8): "bin 10 min spöter"
    r"|\s*(?:spöter|spoter|z spät|z'spät)"
    # Polish, Hindi, Russian (issue 13, h13lang2): "15 minut spóźnienia", "10 minut później", "20 minute der",
    # "20 минут опоздаю", "на 10 минут позже"
    r"|\s*(?:spó[źz]nieni|spó[źz]nion|spozni|p[óo][źz]niej\b|der\b|deri\b|опозда|опаздыва|задерж|позже|تأخير|متأخر)"
)
# Before a duration: the lateness is named first ("late by 20 min", "en retard de 15 minutes").
LATE_BY_BEFORE = re.compile(
    r"(?:\blate|\bbehind|\btarde|\ben retard|\bretrasad[oa]s?|\bretrasándome|\bretras(?:o|ar[eé]?)),? (?:by |de |d'|por )?(?:como |unos |like |about |around |maybe |probably )?$"
    # Vietnamese, Chinese, Portuguese, French, Tagalog (issue 13, h13lang): "trễ khoảng 20 phút", "晚到20分钟",
    # "vou atrasar uns 20 minutos", "en retard d'environ 15 min", "male-late ako ng 20 minutes"
    r"|(?:\btrễ|\btre|\bmuộn|\bmuon|晚到|迟到|遲到|晚|遲|迟|\batras\w*|\ben retard|\blate(?: po)? ako|\blate|\bversp[äa]te\w*(?: mich)?),? "
    r"(?:de |d'|ng |por |um )?"
    r"(?:khoảng |khoang |chừng |chung |uns |umas |cerca de |environ |mga |大概 |大约 )?$"
    # Polish, Russian (issue 13, h13lang2): "spóźnię się 15 minut", "spóźnię się o 15 minut", "опаздываю минут"
    r"|(?:spó[źz]ni\w*|spozni\w*)(?: (?:się|sie))?(?: o)?,? (?:jakieś |jakies |około |okolo |ok\.? |z )?$"
    r"|(?:опаздыва\w*|опозда\w*|задерж\w*)(?: на| где-то на| примерно на)? $"
    # Haitian Creole: "an reta anviwon 10 minit"
    r"|\blate,? (?:anviwon|apeprè|apepre) $"
    # Hinglish with the size after a pause (issue 13, h13langas): "late ho jaunga, bees minute"
    r"|\blate ho (?:jaunga|jaungi|jayenge|jaenge),? (?:lagbhag |about |around )?$"
    # issue 13, h13deep8: "thoda late hoga bees minute", "late ho jayega 15 min"
    r"|\blate (?:hoga|hogi|honge|ho jayega|ho jaega|ho jayegi|ho jaegi|ho jayenge),? (?:lagbhag |about |around |kam se kam )?$"
    # Arabic: "متأخر 20 دقيقة", "راح أتأخر حوالي 15 دقيقة"
    r"|(?:متأخر|متاخر|متأخرة|متاخرة|[أا]تأخر|هتأخر|بتأخر)(?: (?:حوالي|تقريبا|شي))? $"
)
DURATION_AFTER_ETA = re.compile(
    r"\s*(?:(?:after|behind) (?:that|him|her|them|he|she|they|(?:your|you're|the) (?:guy|tech\w*|man|engineer|plumber|electrician))"
    r"|later than that|despu[eé]s de (?:esa hora|eso|[eé]l))"
)
# Before a duration: the technician waits it out once there ("can he wait like 20 min"), so it counts from the ETA.
WAIT_BEFORE = re.compile(
    r"\b(?:wait|hold off|esperar|attendre) (?:for |like |about |around |another |unos |como |un )?$"
    # "should dock around 11:40 then 10 min drive": a leg of the trip after a time already given
    r"|\d(?::\d\d)?(?: ?[ap]m)? (?:then|and then|plus|\+) (?:a |another |about |like )?$"
)
# Before a duration: it adds to the appointment ("an extra half hour"), a lateness.
EXTRA_BEFORE = re.compile(r"\b(?:an? )?(?:extra|additional) $")
# Before or after a day or part of day: the customer is ruling it out, not asking for it.
DAY_REJECTED_BEFORE = re.compile(
    # "pas demain, vendredi ça me va": the day turned down in French (issue 13, h13constraint11)
    r"(?:(?:can't|cannot|can not) (?:do|make|get (?:there|home|back)|be (?:there|home|here|around))(?: it)?(?: back)?|not|\bpas\b|instead of|rather than|"
    r"en vez de|en lugar de|au lieu de|plutôt que|(?:came|was here|were here|visited|installed|fixed|serviced|came out) (?:on|last)|"
    r"no (?:voy a estar|puedo)(?: el| la)?|from(?!\s+\d)|won't be (?:home|here|around)|something came up|busy|"
    # "any day next week except tuesday", "anything other than friday": the day ruled out (h13date12)
    r"except(?: for| on)?|other than|apart from|but not|"
    # "not gonna work on the 3rd, what's open the week after?": the day turned down, not asked for
    r"(?:not gonna|not going to|won't|doesn't|does not|isn't going to|can't) (?:work|do)(?: for (?:me|us))?(?: on)?)\s*(?:(?!then\b|but\b|so\b)\w+\s+){0,1}$"
)
DAY_REJECTED_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night)(?=\s*,?\s*(?:n[ãa]o|no|je|geht|kann|passt|ça|c'est|pas)\b))?(?:"
    r"(?:'s)?\s*(?:until|till|til)\b|"
    # "mañana no, el viernes", "domani no, venerdì", "tomorrow no, friday": a bare no after the day, then a
    # stop (issue 13, h13constraint11); "tomorrow no problem" goes on, no day turned down
    r"\s*,?\s*(?:no|non|nein|n[ãa]o|nope)\s*(?=[,.;!]|$)|"
    # "sunday if that's full", "friday if not": the fallback after the day asked for first (h13date12);
    # "friday if possible", "friday if that works" ask for it
    r"\s*,?\s*if (?:not|no|that's (?:full|taken|booked|gone|no good|not possible)|that doesn't work|that's a no)\b|"
    # "mornings are chaos", "tuesday's hectic": the time said to be crowded (h13time9b)
    r"\s*(?:are|is|'s) (?:always )?(?:chaos|chaotic|hectic|crazy|mad|manic|murder|a nightmare|a mess|impossible|rammed|packed|"
    # "mornings are bad", "afternoons are tough for us": likewise, the part ruled out (issue 13, h14when)
    r"bad|tough|rough|hard|difficult|awful|terrible|a struggle)\b|"
    r"(?:'s)?\s*(?:no puedo|is bad|doesn't work|won't work|is no good|isn't good|"
    r"(?:is |'s )?(?:not|isn't|no) (?:great|ideal|good|going to work|gonna work)|(?:is |'s )(?:a bust|out|a no go)\b|"
    r"appointment to|to (?:next |this |the |el )?(?:\w+day\b|tomorrow|today|\d|mañana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|"
    r"no (?:me )?(?:va|sirve)|"
    # the day turned down in Italian, Polish, Hindi/Hinglish, Russian (issue 13, h13lang2): "oggi non posso",
    # "dzisiaj nie dam rady", "aaj busy hoon", "сегодня не могу" (the time words are English by now)
    r"(?:,\s*)?(?:non (?:posso|ci sono|riesco|va bene)|(?:è|e) impossibile|nie (?:mogę|moge|dam rady|pasuje|będzie mnie|bedzie mnie)|"
    r"(?:mai |main )?busy|nahi ho (?:payega|paega|payegi|sakta)|possible nahi|не (?:могу|получается|получится|смогу)|занят\w*|"
    # ... and in Portuguese, French and German: "hoje à tarde não dá", "demain je ne peux pas", "morgen geht nicht"
    r"n[ãa]o (?:d[áa]|posso|consigo|vai dar)|je ne peux pas|(?:c'est )?pas possible|ça ne va pas|"
    r"geht (?:es )?nicht|kann (?:ich )?nicht|passt (?:mir )?nicht|"
    # ... or taken by something else (issue 13, h13langeu): "en la mañana tengo junta", "le matin j'ai une réunion"
    r"(?:tengo|tenemos) (?:una )?(?:junta|reuni[óo]n|cita|clase|trabajo)|j'ai (?:une )?(?:r[ée]union|rdv|rendez-vous|cours)|"
    r"tenho (?:uma )?(?:reuni[ãa]o|consulta|aula)|habe ich (?:einen )?(?:termin|besprechung)|bin ich (?:arbeiten|auf der arbeit|bei der arbeit|nicht (?:da|zu hause)|weg)|mam (?:spotkanie|wizyt[ęe])|у меня (?:встреча|работа)|"
    # ... and in Vietnamese, Tagalog, Chinese, Korean, Arabic, Haitian Creole (issue 13, h13langas): "hôm nay không
    # tiện", "今天不方便", "اليوم ما أقدر", "jodi a m pa disponib"
    r"không tiện|khong tien|không được|khong duoc|bận|ban roi|hindi (?:po )?(?:ako )?pwede|不方便|不行|안 ?(?:돼요|되요|됩니다)|"
    r"ما (?:أقدر|اقدر|بقدر|ينفع)|(?:m|mwen) pa (?:disponib|kapab|ka)\b|"
    # ... and where the day after tomorrow is asked for in its own word (issue 15, h15days): "明日は無理なので",
    # "فردا نیستم", "zítra to nestihnu", "holnap nem jó", "yarın olmaz", "besok nggak bisa", "mâine nu pot"
    r"(?:は|も)(?:無理|ダメ|だめ|都合が悪)|じゃなくて|ではなく|نیستم|نمی ?(?:تونم|شه)|(?:to )?nestihn(?:u|eme)|nem(?:ůžu|uzu|ůžeme)|"
    r"nem (?:j[oó]|megy|leszek otthon)|olmaz|olmuyor|evde yokum|(?:nggak|gak|ga|tidak|tak) bisa|nu pot|ne mogu|"
    r"не (?:можу|зможу)|мене не буде|емес|болмаймын|hinner (?:vi |jag )?inte|g[aå]r inte|kan (?:jeg |vi )?ikke))"
    r")"
)

# Slots and times in a request.
# A short text that asks by its form: a question mark, "pls", "anything on", "how's Mon arvo".
SHORT_ASK = re.compile(
    r"\?|\bplease\b|^(?:anything|something|how's|how is|how about|what about|any chance|first thing|any ?day|any ?time)\b"
)
# A text made of nothing but a day and its time ("next Monday at 8:30 am", "any time after 4:30 on the
# 22nd", "sometime tomorrow before 10", "fri 2ish"): before the visit, offering that slot asks for it.
# A single word more ("next monday my sister visits") is no longer only a slot.
_SLOT_WORD = (
    r"any ?time|some ?time|maybe|or|or else|failing that|and|either|first thing|how about|what about|next|this|the|on|at|around|about|after|before|by|"
    r"between|from|till?|until|to|ish|or so|early|late|mid|morning|afternoon|evening|night|am|pm|noon|midday|"
    r"lunch(?:time)?|tomorrow|today|tonight|day after tomorrow|week|weekend|instead|of|end of the month|"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}(?:[:.h]\d\d|h)?(?:st|nd|rd|th|er|º|\.)?|{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}|"
    # The same slot in Spanish, French, Portuguese and German ("el martes a las 16:30", "demain à 9h",
    # "sexta-feira depois das 3", "am Samstag um 11"): their small words, and a preference ("mejor",
    # "plutôt", "wäre besser") that offers the slot as a change.
    r"el|la|las|los|al|del|de|a|à|au|aux|le|les|en|por|para|entre|y|et|e|o|ou|eso de|como|vers|sobre|"
    r"despu[eé]s(?: de)?|antes(?: de)?|apr[eè]s|avant|depois (?:de|das?)|antes das?|às|ao|no|na|dia|d[ií]a|"
    r"um|nach|vor|zwischen|und|bis|ab|gegen|"
    r"mañana|manana|pasado mañana|hoy|demain|après-demain|temprano|cedo|früh|primera hora|première heure|"
    r"mediod[ií]a|midi|meio-dia|mittag|almuerzo|d[eé]jeuner|tarde|noche|soir|soirée|matin|matinée|après-midi|"
    r"semana|semaine|woche|pr[oó]xim[ao]|prochaine?|que viene|que vem|nächste[nr]?|fin de (?:mes|mois)|fim do mês|"
    r"mejor|plutôt|melhor|seria melhor|lieber|wäre besser|geht besser|passt besser|besser|si possible|si es posible|se possível|"
    r"por favor|pls|please|no earlier than|not before|no later than|anywhere|whenever|oder|onwards|or later|at the earliest|"
    r"fin|d[ée]but|finales|principios|du|d'|d'ici|mes|mois|month|m[êe]s|last day|day|dans|jours|d[ií]as|en huit|fortnight|"
    r"half|quarter|past|in|dentro de|depois do|do|almoço|dem|mittagessen|"
    # clock words of the other languages ("a un cuarto para las 3", "a las 10 y media", "14 heures")
    r"un|cuarto|media|menos|quart|moins|demie|heures?|uhr|"
    r"same (?:time|day)|(?:el )?mismo d[ií]a|(?:à )?la même heure|m[êe]me heure|(?:a )?la misma hora|(?:na )?mesma hora|(?:no )?mesmo hor[áa]rio|daqui a|"
    r"(?:in|en|dentro de|dans) (?:a|one|two|three|un|una|dos|tres|deux|trois) (?:weeks?|semanas?|semaines?)"
)
ONLY_A_SLOT = re.compile(rf"[\s,.!?¿¡@~-]*(?:(?:{_SLOT_WORD})(?:-?ish|[ap]m)?(?![\w'])[\s,.!?¿¡@~-]*)+")
# A yes/no question about the business ("do you work past 6pm?") names a time without asking for it.
ASKS_ABOUT_US = re.compile(r"\s*(?:do|does|did|are|is|was|how|what|why|who|when|where)\b")
# A duration inside a real question ("45 min or more?") is asked about, not announced.
ASKS_ABOUT_TIME = re.compile(r"\?\s*$|^\s*(?:how|what|when|is|are|does|do)\b")
# "can he wait till quarter to 11?": the customer is late; the visit stays where it is.
WAIT_UNTIL = re.compile(
    r"\b(?:wait|hold on|hang on|hang tight|stick around) (?:till|until|til|for me (?:till|until)|up to)\b"
)
# "push it back an hour", "move it 30 minutes earlier": the window's start, moved.
# "could he come 30 minutes earlier", "can you start an hour later": the same move said of the visit.
SHIFT = re.compile(
    r"\b(?:(?:push|move|bump|shift) (?:it|this|us|me|the appointment)|(?:come|arrive|start|get here|be here|show up|"
    r"make it|do it)(?= (?:by )?(?:an?|one|half an|\d{1,3}) (?:hours?|minutes) (?:later|earlier|sooner)\b)) "
    r"(back|later|forward|earlier)? ?(?:by )?(an?|one|half an|\d{1,3}) (hours?|minutes)(?: (back|later|forward|earlier|sooner))?"
)
# A time after these is the reason or the slot being replaced, not the one asked for.
# A bare hour asked for in the morning by what the customer does then, with no morning word: "before we open
# tomorrow, like 6:30", "first thing, 7ish", "early, like 6:45, before I leave for work", "bem cedo, tipo
# 6:30", "très tôt, vers 6h30", "ganz früh, so gegen 6:30" (issue 13, h14when). A visit is otherwise in
# working hours ("can we make it after 2 instead?" is 14:00). Near-misses, still the afternoon: "earlier,
# like 3" (earlier than the visit), "más temprano", "plus tôt", "mais cedo", "früher", "early afternoon",
# "not too early, like 4", "after work, like 6".
MORNING_SAID = re.compile(
    r"\bfirst thing\b|\bbright and early\b|\bcrack of dawn\b|"
    r"(?<!too )(?<!not )(?<!so )\bearly\b(?! (?:afternoon|evening|night|arvo|dinner|lunch|next|last|finish))|"
    r"\bbefore (?:we|i|they|you|the (?:shop|store|office|restaurant|salon|cafe)) (?:open|opens|leave|head (?:out|off|to work)|go (?:in|out|to work))\b|"
    r"\bbefore (?:work|school|my shift|opening|the school run)\b|"
    r"(?<!más )(?<!mas )\btemprano\b|\bprimera hora\b|\bantes de (?:abrir|trabajar|ir a trabajar|entrar a trabajar|ir al trabajo|que abr\w+)\b|"
    r"(?<!plus )\btôt\b|\bpremière heure\b|\bavant (?:l'ouverture|d'ouvrir|le travail|d'aller au travail)\b|"
    r"\bfrüh\b|\bbevor (?:wir|ich) (?:öffnen|aufmachen|zur arbeit)\b|\bvor der arbeit\b|"
    r"(?<!mais )\bcedo\b|\bantes de (?:abrir|ir trabalhar|ir pro trabalho)\b|\bantes do trabalho\b"
)
# The bare hours a morning said beside them makes am: a visit at 1-4 am is never asked for ("I finish early,
# like 3" keeps 15:00).
MORNING_HOURS = range(5, 12)
NOT_ASKED_BEFORE = re.compile(
    r"\b(?:until|till|til|instead of|rather than|en vez de|en lugar de|au lieu de)\s+(?:las?\s+)?$|"
    # "je suis coincée au bureau jusqu'à midi", "trabajo hasta la 1", "trabalho até 1h", "bis 12 im Büro",
    # "fino alle 13", "invece che alle 9": the hour held until, or replaced (h15part)
    # "w pracy jestem do wpół do piątej": Polish "until", after the customer's being at work or busy
    r"\b(?:jestem|jeste[sś]my|pracuj[eę]|pracy|zaj[eę]t[yaeo]?) do\s+(?:at\s+)?$|"
    r"(?:\bjusqu'(?:à|a)|\bhasta|\baté|\bbis|\bfino|\btot|\binvece (?:che|di)|\bstatt|\bem vez de)\s+(?:(?:las?|à|às|as|alle|um|at|zu)\s+)?$|"
    r"\b(?:i'm|i am|we're|we are) (?:home|back|free|off) (?:by|at|from|after)\s+$"
)

# Sentiment words beyond what the intents imply.
POSITIVE_WORDS = _alt(
    r"great|awesome|amazing|excellent|fantastic|brilliant|lovely|wonderful|perfect|loved|liked",
    r"sounds good|see you then|finally|yay|emo_pos|emo_laugh|emo_ok|emo_thanks|(?<!are )(?<!is )(?<!works )best|good job|legend",
    r"lifesavers?|excelente|muy bien|genial|grand|too easy",
    # issue 13, h13en8: regional thanks and praise (ZA "shot bro", NZ "chur", KE "asante"); a bare "shot" is
    # also "ruined" ("today's shot") and "sweet as" often only agrees, so neither counts alone
    r"shot (?:bro|bru|bra)|chur|asante|top job",
    r"kudos|much obliged|grateful|(?:so|very|super|really|extremely) (?:professional|thorough|helpful|knowledgeable|polite|friendly|nice)",
    # praise with no thank-you word (issue 13, round 8; `cues/thanks.py` thanks.praise_said_loosely)
    r"you (?:guys |all |folks )?(?:rock|rule)|(?:is|was|he's|she's|you're) the (?:man|goat)(?=\s*(?:[.!,]|emo_|$))|(?:5|five)[- ]?stars?|"
    r"(?:will|would|highly) recommend|glad (?:we|i) (?:called|went with|chose|picked|hired)",
    # Italian, Polish, Hindi/Hinglish, Russian (issue 13, h13lang2)
    r"perfett[oa]|perfettamente|ottim[oa]|gentilissim[ie]|grazie mille|świetn\w*|swietn\w*|dziękuj\w*|dziekuj\w*|dzięki|dzieki|"
    r"shukriya|shukria|dhanyawad|dhanyavaad|badhiya|спасибо|благодар\w*|отличн\w*|spasibo",
    r"m[èe]si|b[èe]l|شكر[اًا]?|يعطيك العافي[ةه]|ممتاز",
    # praise in the languages (issue 13, h13langeu)
    r"super arbeit|sehr freundlich\w*|bestens|bravissim[oa]|tutto a posto|молод(?:ец|цы)|nota (?:10|dez)|muito educad[oa]|valeu|"
    r"impeccable|prenez votre temps",
    # praise in Vietnamese, Chinese, Korean, Hindi (issue 13, h13langas); their thank-you words are THANKS_WORDS
    r"(?:làm|lam) (?:rất |rat )?(?:kỹ|ky|tốt|tot)|很好|非常好|太好了|친절|꼼꼼|बढ\u093c?िया|非常满意|非常滿意|很专业|很專業|"
    r"شغل نظيف|يعطيكم العافي[ةه]",
)
# Thanks words: feeling in a thank-you or a confirmation, mere courtesy closing a request or a cancellation.
THANKS_WORDS = _alt(
    r"gracias|merci|thank you|thanks|cheers|appreciate\w*|ta|emo_thanks|obrigad[oa]|salamat|asante|god bless (?:you|u)",
    # Vietnamese, Chinese, Korean, Hindi (issue 13, h13langas): felt in a thank-you, courtesy closing a request
    r"cảm ơn|cam on|谢谢|謝謝|감사합니다|감사해요|고맙습니다|고마워요|धन्यवाद|शुक्रिया",
    # Cantonese and Arabizi (issue 13, h13deep8): "多謝晒", "shukran kteer"
    r"多謝|多谢|shukran|shokran|choukran",
    # Greek, Ukrainian, Turkish, Farsi, Hebrew, Somali, Amharic, Bengali, Thai, Punjabi (issue 13, h13lang9):
    # "Ευχαριστώ πολύ!" to "How did Luis do?" was read neutral
    r"ευχαριστ\w*|дякую|teşekkür\w*|tesekkur\w*|sağ ?ol\w*|ممنون\S*|مرسی|(?<!לא )תודה|mahadsan\w*|አመሰግና\S*|ধন্যবাদ|ขอบคุณ|ਧੰਨਵਾਦ|dhanvaad|mamnoon",
)
THANKS_MEAN_FEELING: frozenset[str] = frozenset({"thanks", "confirm"})
# Intents that ask something of the business; a "thanks" that closes one is courtesy, not an intent.
REQUEST_INTENTS: frozenset[str] = frozenset(
    {"cancel", "reschedule", "where_is_tech", "question", "access_info", "opt_out", "complaint", "emergency"}
)
# A customer's apology for their own delay: their annoyance is at themselves, not the business.
APOLOGY = _alt(rf"{_APOLOGY_WORDS}|so sorry|perdón|disculp\w*|désolée?")
# "nobody" / "no one" inside a condition is a plan, not a grievance (issue 13, h13left14): "if nobody can
# come by 11, thursday afternoon works", "in case nobody's free tomorrow, monday works"; near-misses, still
# negative: "nobody showed up and nobody called", "no one has told me anything all morning".
NEGATIVE_WORDS = _alt(
    r"emo_neg|insane|terrible|awful|horrible|worst|hate|angry|furious|annoyed|frustrat\w*|upset",
    r"unfortunately|(?<!\w )(?:hello|anyone)\?+|what's the hold ?up|forget it|(?<!\bif )(?<!\bin case )(?<!\bunless )(?<!\bwhen )(?<!\bcase )(?:nobody|no one)|useless|ridiculous|unacceptable|rubbish|disappointed",
    r"not happy|mal|molesto|enojad[oa]|llevo esperando|in the cold|wrong number.{0,40}remove|remove me",
    r"ugh|argh|ffs|smh|not (?:cool|ok|okay)|enough",
    r"piss(?:ing|es|ed) (?:me|us) off|pissed off",  # issue 13, h13urgent9
    # a no-show said as a grievance, sarcasm or resignation (issue 13, h13en8)
    r"and counting|stood up|ghosted|twiddling|like an? (?:idiot|eejit|lemon|muppet|fool)|oh wait|crickets|not coming then|"
    r"give up and|face of the earth|waited tire|still no (?:show|sign)|no show|"
    r"(?:not|n't|never) (?:yet )?(?:come|reached|arrived|turned up|rocked up|showed up)(?: \w+)? (?:yet|till now|until now)|"
    r"would(?:'ve| have) been nice|after waiting|(?:until|till) now (?:still )?(?:no|nobody)\b|said\W+(?:that was )?(?:an?|\d+|over an) (?:\w+ )?(?:hours?|minutes?) ago",
    # "it's 3:55...?", "it's almost noon...", "??": the time said back, or bare question marks, impatient
    # (issue 13, round four)
    r"^\?{2,}$|or what\?*$|^\d{1,2}:\d{2}(?: ?[ap]m)?\s*(?:\.{2,}|…)\s*\?*$|^(?:(?:um+|uh+|so+|hello+|hi|hey|ok+) )?(?:it's|its|it is)(?: now| already| almost| nearly| past| after| like)? (?:\d{1,2}(?::\d{2})?(?: ?[ap]m)?|noon)"
    r"(?: already| now)?\s*(?:\.{2,}|…)?\s*\?+|^(?:it's|its|it is)(?: now| already| almost| nearly)? (?:\d{1,2}(?::\d{2})?(?: ?[ap]m)?|noon)\s*(?:\.{2,}|…)\s*$",
    # impatience and grievance in Italian, Polish, Hindi/Hinglish, Russian (issue 13, h13lang2)
    r"doveva arrivare|ancora niente|ya nahi|abhi tak|czekam od|до сих пор|жду (?:уже|с утра|morning)|безобрази\w*",
    # impatience in the languages (issue 13, h13langeu): nobody says anything, an hour already, coming or not
    r"nadie me (?:avisa|dice|llama)\w*|ningu[ée]m me (?:diz|avisa|fala|liga)|personne ne (?:me )?(?:dit|pr[ée]vient|rappelle)|"
    r"nikt (?:nic )?nie (?:mówi|mowi|dzwoni|informuje)|никто (?:ничего )?не (?:говорит|сообщает|звонит)|"
    r"ça fait une heure|ça fait (?:deux|trois|\d) heures|faz tempo|czekam (?:już|juz)|no i gdzie|"
    r"(?:viene|vem|arriva|приедет)[^.!?]{0,25}(?:o no|ou n[ãa]o(?: vem)?|или нет)(?: questo \w+| il \w+)?\s*\?|(?:technicien|t[ée]cnico|tecnico|techniker|fachowiec|мастер)\s*\?{2,}",
    # impatience in Vietnamese and Chinese (issue 13, h13langas): "sao giờ này chưa thấy thợ", "怎么还没到"
    r"sao (?:giờ này|gio nay) (?:chưa|chua)|(?:怎么|怎麼)(?:还|還)(?:没|沒)|अभी तक|لين الحين|아직 안 (?:오셨|오시|왔)|어떻게 된 거",
)

# Sad news: a negative feeling, but no anger at the business.
SAD_WORDS = _alt(
    r"passed away|died|funeral|in (?:the )?hospital|lost (?:my|our) (?:job|mom|dad|husband|wife)|bereave\w*"
)

# Work the business did, named in a report of trouble: the trouble is a grievance about that work.
WORK_BY_US = _alt(
    r"(?:your guy|your tech\w*|he|she|they|the tech\w*|you guys|you|your (?:plumber|electrician|engineer|man|crew))"
    r"(?:'ve| have)? (?:just |only )?'?(?:fixed|replaced|installed|repaired|worked on|serviced|put in|looked at|came|pulled|removed|ripped|cut|drilled)'?",
    r"(?:donde|que) (?:trabaj[oó]|arregl[oó]|instal[oó]|repar[oó]) (?:el|ayer)|que (?:arreglaron|repararon|instalaron|cambiaron|revisaron)|que vous avez (?:réparée?s?|installée?s?|changée?s?)",
)

# Language markers: function words frequent in short texts of each language.
SPANISH_WORDS: frozenset[str] = frozenset(
    "el la los las de del que y en por para con no sí si estoy voy llego tarde mañana hoy gracias hola buenas "
    "puede pueden podemos cita minutos está esta es mi me se lo usted señor señora ya cuando cuándo dónde "
    "porque pero muy bien favor necesito quiero tengo técnico puerta llave código número equivocado "
    "cancelar cancelen aquí casa viene llegó hora horas noche noches tardes días sábado lunes martes "
    "miércoles jueves viernes domingo perdón disculpe disculpa un una poco "
    "llamar llame llamen llámame llamame llamas llama dime mándame mandame manda mande texto mensaje mensajes".split()
)
FRENCH_WORDS: frozenset[str] = frozenset(
    "le la les un une des du de et est je suis vous il elle on nous pas ne plus avec pour dans sur "
    "mais ou oui non merci bonjour bonsoir svp chu pis ben ça ce cette mon ma mes votre vos technicien "
    "retard arrive arriver demain aujourd'hui matin soir après-midi avant-midi heure heures "
    "rendez-vous annuler remettre porte chien maison travail trafic désolé désolée".split()
)
# Function words of the other Latin-script languages the interpreter reads, counted on the raw text
# (issue 13, h13lang2). Only words the other languages here do not share ("non" is Italian, "no" is not).
OTHER_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "pt": frozenset(
        "não nao você voce vocês obrigado obrigada estou tô amanhã amanha hoje técnico tecnico chego atrasar "
        "remarcar cheguei casa favor pra aqui já então muito desculpa vou uns atrasar trânsito minha mãe água ele "
        "consertou ficou ótimo podia pode estarei resolvemos precisa garagem péssimo atendimento grosso obrigada "
        "serviço pelo vem cadê trabalho atrasada atraso voltou banheiro cheio peço chegar com "
        # hazards and the visit, as reported (issue 13, h13assist: "Tem cheiro de gás na cozinha!" read as English)
        "tem cheiro cozinha gás fumaça vazando vazamento cancelar visita "
        # Portuguese's own function words, which Spanish spells otherwise ("vai", "ao", "às", "uma", "isso"):
        # "O técnico vai precisar de acesso ao quadro elétrico?" was answered in Spanish (read aloud, issue 13)
        "vai vão vamos ao aos às uma isso essa esse também tudo bem precisar preciso chega "
        "elétrico eletricista "
        # issue 13, h13phrase11: "meu", which Spanish spells "mi" ("tirem meu número da lista de vocês por
        # favor" tied Spanish once "vocês" counted for Portuguese)
        "meu "
        # issue 13, h13phrase12: "I have to go out" as Portuguese says it ("Tenho que sair às 4" was read
        # as English: its "que" is Spanish's too and "às" was rewritten to "at")
        "tenho tenha sair saio".split()
    ),
    "it": frozenset(
        "sono non il che per della alle grazie domani oggi tecnico ritardo arrivo adesso ancora possiamo "
        "potete spostare annullare confermo bene perfetto buongiorno ciao scusate scusi mezz'ora minuti "
        "di casa cancello chiave sarò siamo è può puo tardi faccio aspettare arrivato arrivata scusa stamattina "
        "stasera dopo appuntamento codice acqua odore bruciato allagato "
        # "Vorrei annullare l'appuntamento, grazie" tied with French's "l'" (issue 13, h13assist)
        "vorrei l'appuntamento puzza cucina fumo "
        # words of praise and of the job that only Italian spells so: "Grazie Marco, lavoro perfetto!
        # Finalmente l'asciugatrice scalda" tied with French's "l'" and was answered in English (read
        # aloud, issue 13); not "finalmente" (Spanish and Portuguese too)
        "lavoro tutto molto fatto funziona ottimo bravissimo bravo caldaia lavatrice asciugatrice".split()
    ),
    "pl": frozenset(
        "jestem się sie nie czy jutro dzisiaj dziś dzis będę bede dziękuję dziekuje dzięki dzieki proszę prosze "
        "przepraszam minut godziny rano technik wizytę wizyte termin domu kod już juz tak dobrze bramy drzwi furtki "
        "pan pani może moze".split()
    ),
    "de": frozenset(
        "ich nicht und der die das ist bitte danke heute morgen komme bin techniker termin wir sie "
        # "Es riecht nach Gas im Keller" read as English (issue 13, h13assist)
        "nach mit riecht keller küche möchte absagen später spät zu verschieben vielen".split()
    ),
    "tl": frozenset("po ako na ng sa salamat yung opo ba kayo namin dito bukas".split()),
    "hi": frozenset(
        "hai hoon hun main nahi nahin kya kal aaj bhai bhaiya ji ko se mein ka ki ke karo kar theek thik raha "
        "rahi jaunga jaungi pahunch aayega kab ghar baje ghante shaam subah haan abhi bhi parso aa jaiye aaiye "
        "hoga hogi wala gaya gayi "
        # issue 13, h13phrase12: Hindi and Urdu typed in Latin letters, the polite requests and pronouns
        # ("maaf kijiye, main 20 minute late hoon" was read as English by "minutes late")
        "kijiye kijie dijiye dijie chahiye hain mujhe humein aapka aapki aapke kahan kahaan kitna kitni "
        "shukriya badboo rasoi".split()
    ),
    "vi": frozenset(
        "toi em anh khong nha duoc roi phut gio tho minh chi nhe dang co mui dien nuoc may ve qua mot chut tinh tien sua".split()
    ),
    # Russian in Latin letters
    "ru": frozenset(
        "spasibo bolshoe gde kogda budu cherez minut opazdyvayu zavtra segodnya pozhaluysta".split()
    ),
    "ht": frozenset(
        "mwen m ap pral nan yo wi mèsi mesi demen jodi teknisyen lakay kounye anpil tanpri gen sou reta minit "
        "kote kilè eske dakò pa bezwen ankò anile randevou nimewo kòd baryè fè ka nou kwizin chanje pou ann tiyo "
        "dlo toupatou sant gaz kontan ditou mache voye mesaj rive".split()
    ),
    # Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay (issue 13, h13lang8): each
    # language's own function and visit words, none a neighbour's ("jeg", "er", "ikke" are Danish and
    # Norwegian both, so neither counts them).
    "sv": frozenset(
        "jag är inte och för också tack hemma imorgon idag vill teknikern minuter sen sluta skicka luktar "
        "köket varför nyckeln ligger hunden portkoden besöket avboka ursäkta förlåt".split()
    ),
    "da": frozenset(
        "mange hvad hvorfor efter hjemme minutter forsinket teknikeren aflyse besøget "
        "lugter køkkenet nøglen måtten haven virker udenfor undskyld mandag tage".split()
    ),
    "no": frozenset(
        "takk nå meg deg hva hvorfor etter gjerne igjen hjemme minutter forsinket montøren avbestille timen "
        "lukter kjøkkenet nøkkelen matta hagen virke beklager klokka blir slutt kuldegrader".split()
    ),
    "ro": frozenset(
        "să și mâine maine acasă acasa vreau sunt mulțumesc multumesc scuze "
        "întârzii intarzii minute programarea tehnicianul unde miroase poartă codul cheia câinele putem".split()
    ),
    "cs": frozenset(
        "jsem jsme mám mam nemám už uz moc děkuji dekuji prosím prosim omlouvám zítra zitra dnes "
        "zpoždění zpozdeni kde chci zrušit doma neposílejte zprávy klíč můžeme muze".split()
    ),
    "hu": frozenset(
        "vagyok van nem igen köszönöm koszonom szépen holnap perc percet késem kesem hol szerelő "
        "szeretném lemondani időpontot most haza ne küldjenek üzenetet kulcs kutya alatt és".split()
    ),
    "id": frozenset(
        "saya aku tidak sudah terima kasih maaf terlambat telat menit minit besok bisa jam hari teknisi "
        "mana sampai rumah membatalkan janji tolong jangan kirim lagi bau kode kunci anjing juruteknik "
        # issue 13, h13phrase12: words of a hazard at home and Malay's own visit words ("Ada bau gas di
        # dapur!" and "Boleh tukar temujanji ke esok?" were read as English)
        "ada dapur luar sekali dingin bayi boleh tukar temujanji esok lambat".split()
    ),
    # Somali, Farsi in Latin letters (Finglish), Punjabi in Latin letters, Turkish typed without its
    # letters (issue 13, h13lang9): each one's own function and visit words, none English or a
    # neighbour's ("ma", "ka", "soo" are Somali, "di", "ji", "aa", "na" Punjabi, "eve" Turkish, "dir",
    # "bu", "hast" Finglish, but also others', so not counted)
    "so": frozenset(
        "waan ayaan waxaan daqiiqo fadlan mahadsanid hadda guriga xaggee joogaa berri ballanta iga "
        "dirin dambe koodhka irridda urta gaaska jikada biyo saqafka maxay biilka saddex saacadood qofna "
        "iman imaan tani haa waa buu yahay karaa kartaan galabta subaxda khamiista toban daahi doonaa daahayaa aad "
        "baad mahadsantihiin "
        # issue 13, h13phrase11: Somali's focus word and the words of a smoke report ("Qiiq ayaa ka soo
        # baxaya kuleyliyaha!" was read as English)
        "ayaa qiiq baxaya kuleyliyaha".split()
    ),
    "fa": frozenset(
        "bebakhshid bebakhshin daghighe daqiqe miresam miam koja kojast mounde moonde kheili kheyli mamnoon "
        "mamnun boye miad chikar konam lotfan dige payam nadid nadin farda sobh khoone khune residam".split()
    ),
    "pa": frozenset(
        "kithe kitthe mainu tuhanu tusi tussi javanga javangi jawanga hovanga dhanvaad dhanwad karan kado kadon "
        "hor".split()
    ),
    # Greek in Latin letters (Greeklish): "sygnomi, argo 10 lepta"
    "el": frozenset("sygnomi signomi sygnwmh argo argw lepta efxaristo eyxaristw efharisto".split()),
    "tr": frozenset(
        "dakika dakikaya dk evet randevu randevuyu iptal etmek istiyorum bekliyorum geldim evdeyim teknisyen olabilir olur cuma "
        "nerede yarin yarın sabah lutfen lütfen tesekkurler teşekkürler kusura bakmayin bakmayın gec geç "
        "kalicam kalacağım saattir kimse gelmedi rezalet "
        # issue 13, h13phrase11: a gas smell in the kitchen ("Mutfakta gaz kokusu var!" was read as Haitian
        # Creole by its one word "gaz")
        "mutfak mutfakta koku kokusu duman".split()
    ),
    # Dutch had no words here, so "Sorry, ben er over een kwartiertje" was read as French by the one
    # word "ben" and answered in French (read aloud, issue 13). A Dutch text is now told as Dutch and,
    # with no Dutch phrasebook, answered in English. Only words English, German and French do not
    # share: not "de", "en", "morgen", "kan", "is".
    "nl": frozenset(
        "ik ben een het niet maar ook naar vandaag bedankt dankjewel graag jullie minuten "
        "kwartier kwartiertje uurtje thuis waar wanneer nog deur sleutel hond afspraak annuleren alvast "
        "zijn wij komt komen bent wel laat straks zometeen even verzetten".split()
    ),
}
ENGLISH_WORDS: frozenset[str] = frozenset(
    "the a an i i'm you he she it we they is are was be to of and in on at for with my your this that "
    "not no yes can will would just there here home be late running thanks thank please ok come coming "
    "today tomorrow minutes hour when what where how stop help "
    # words short English texts are made of, so "call me", "let me know" or "me too" is not read as
    # Spanish for its "me"
    "me call text let know tell more too send give get need him her us our "
    # a short acknowledgement: "sounds good 👍 see ya" was read as Spanish for its "ya" (h13assist)
    "sounds good see great awesome perfect".split()
)

# Part of speech glue that a bare keyword may carry ("Stop. Thank you", "HELP please").
POLITE_TAIL: frozenset[str] = frozenset(
    "thanks thank you please pls plz ty thx now asap ok okay sorry ! . , now!".split()
    # the pronouns and particles a Vietnamese or Tagalog "ok" carries ("ok em", "dạ vâng ạ", "sige po")
    + "em anh chị chi ạ nha nhé po".split()
    + ["है", "जी"]  # "ठीक है", "हाँ जी" (issue 13, h13langas)
    + "na tanpri souple".split()  # "STOP na po please", "STOP tanpri" (issue 13, h13langas)
    + ["ਜੀ", "জি"]  # "ਹਾਂ ਜੀ", "হ্যাঁ জি" (issue 13, h13lang9)
    + "tack takk".split()  # "Ja tack", "Ja takk": a yes said with thanks (issue 13, h14lang)
)

# The last text offers a new slot to take, or a choice of slots (issue 15, h15offer): "we had a
# cancellation, we can move you up to Thu 3/12 at 9am, want it?", "an earlier slot opened up: Wed 12/16
# at 8am", "we can do Thu 9am or Fri 3pm, which works?", "openings: (1) Thu 8-10am (2) Fri 1-3pm",
# "nos ha quedado un hueco mañana a las 9:00", "un créneau s'est libéré demain à 14h", "abriu uma vaga
# amanhã às 8h", "morgen um 8 Uhr ist ein Termin frei geworden". A yes or a pick takes the slot: a
# reschedule to it (`core._offered_slots`). Read on the normalised text ("morgen" is "tomorrow" there).
# Near misses: a reminder, "booking confirmed for ...", "does 2pm still work?", "reply C to confirm or
# R to reschedule", "reply 1 to keep your 10am slot" (no slot offered), and a move the business must
# make (`OUTBOUND_MOVE_FORCED`).
OUTBOUND_OFFERS_SLOT = re.compile(
    r"\bcancell?ation\b|\bsomeone cancell?ed\b|\bopened up\b|\bopenings?\b|\bfree (?:slot|spot)\b|"
    r"\b(?:slot|spot|time|appointment)s? (?:has |have )?(?:opened|come up|freed up|is free|open)\b|"
    r"\bearlier (?:slot|spot|time|appointment|opening)\b|\bmove you (?:up )?to\b|\bfit you in\b|"
    r"\bwe (?:can|could) do\b.{1,50}\bor\b|\bwhich (?:works|one|suits|do you prefer|is better)\b|"
    r"\breply 1 or 2\b|<qty>.{1,40}<qty>|"
    r"\bhueco\b|\bse ha (?:liberado|quedado libre)\b|\bpodemos\b.{1,50}\bo\b|\bcu[aá]l (?:le|te) (?:va|viene|conviene)\b|"
    r"\bcr[ée]neau (?:s'est lib[ée]r[ée]|libre|disponible)\b|\bs'est lib[ée]r[ée]\b|"
    r"\b(?:on peut|nous pouvons) vous (?:avancer|proposer)\b|\blequel vous convient\b|"
    r"\babriu (?:uma )?vaga\b|\bvaga (?:livre|dispon[ií]vel)\b|\bhor[aá]rio (?:livre|vago)\b|\badiantar\b|"
    r"\btemos\b.{1,50}\bou\b|\bqual (?:prefere|fica melhor)\b|"
    r"\bfrei geworden\b|\bfreier termin\b|\btermin frei\b|\bvorziehen\b|\bwelcher (?:termin )?passt\b|"
    r"\bwir k[öo]nnen\b.{1,50}\boder\b"
)
# The words one of `OUTBOUND_OFFERS_SLOT`'s alternatives holds (lower case): the regex runs only on a
# text with one of them, as most last texts (reminders, status updates) hold none.
OFFERS_SLOT_ANCHORS: tuple[str, ...] = (
    "cancel",
    "open",
    "free",
    "slot",
    "spot",
    "earlier",
    "move you",
    "fit you",
    "we can do",
    "we could do",
    "which",
    "reply 1 or 2",
    "<qty>",
    "hueco",
    "liber",
    "libér",
    "podemos",
    "cuál",
    "cual",
    "créneau",
    "creneau",
    "proposer",
    "lequel",
    "vaga",
    "horário",
    "horario",
    "adiantar",
    "temos",
    "qual",
    "frei",
    "vorziehen",
    "welcher",
    "können",
    "konnen",
)


def offers_slot(text: str) -> bool:
    """Whether the lower-cased last text offers a new slot (`OUTBOUND_OFFERS_SLOT`), cheaply gated."""
    return any(a in text for a in OFFERS_SLOT_ANCHORS) and bool(OUTBOUND_OFFERS_SLOT.search(text))


# A move the business must make ("sorry, we need to move your visit, we can do Thursday 1-3pm instead,
# does that work?"): a yes agrees to the business's change, confirm (the development corpus, d299).
OUTBOUND_MOVE_FORCED = re.compile(
    r"\b(?:need|needs|have|had|must) to (?:move|change|reschedule|push)\b|\bwe must move\b|"
    r"\btenemos que (?:mover|cambiar)\b|\bdevons (?:d[ée]placer|changer)\b|\bprecisamos (?:mudar|remarcar)\b|"
    r"\bm[üu]ssen\b.{0,30}\bverschieben\b"
)
# A pick among offered slots, said alone: "1", "#2", "option 1", "the first one", "la segunda", "le
# premier", "o primeiro", "der zweite", "the later one". Group 1 a number, 2 an ordinal, 3 earlier or later.
SLOT_PICK = re.compile(
    r"^(?:(?:the|el|la|le|o|a|der|die|den|das|option|opci[oó]n|op[cç][aã]o|#|no\.?|nr\.?)\s*)*"
    r"(?:([1-4])|(first|1st|second|2nd|third|3rd|primer[oa]?|segund[oa]|tercer[oa]?|premi[eè]re?|"
    r"deuxi[eè]me|seconde?|troisi[eè]me|primeir[oa]|terceir[oa]|erste[nr]?|zweite[nr]?|dritte[nr]?)|"
    r"(earlier|earliest|sooner|later|latest|m[aá]s temprano|m[aá]s tarde|plus t[oô]t|plus tard|"
    r"mais cedo|mais tarde|fr[üu]here[nr]?|sp[äa]tere[nr]?))"
    r"(?:\s+(?:one|option|slot|time|opci[oó]n|hora|option|termin))?$"
)
SLOT_ORDINALS: dict[str, int] = {
    **dict.fromkeys(
        "first 1st primer primero primera premier premiere première primeiro primeira erste ersten erster".split(),
        1,
    ),
    **dict.fromkeys(
        "second 2nd segundo segunda deuxieme deuxième second seconde zweite zweiten zweiter".split(), 2
    ),
    **dict.fromkeys(
        "third 3rd tercer tercero tercera troisieme troisième terceiro terceira dritte dritten dritter".split(),
        3,
    ),
}
# Words a weekday pick may carry ("Thursday works", "friday is fine 👍").
SLOT_PICK_TAIL: frozenset[str] = frozenset(
    "works work is fine good great perfect that one on the please".split()
)
# Words a yes to an offered slot may carry beside the yes words ("quero sim", "ja gerne", "oui
# volontiers", "sí, porfa", "yep I'll take it", "sounds good"): with them alone the slot is taken.
OFFER_TAKEN_WORDS: frozenset[str] = frozenset(
    "yep yup yeah sounds good great perfect works take it i'll ill that do deal gladly please yes, "
    "quero gerne bitte volontiers porfa favor por perfecto vale parfait d'accord".split()
)
# "either", "neither work" to a choice of slots: a reschedule with no slot named (th-155, th-156).
SLOT_EITHER: frozenset[str] = frozenset(
    [
        "either",
        "either one",
        "either is fine",
        "any",
        "neither",
        "neither work",
        "neither works",
        "none work",
        "cualquiera",
        "ninguno",
        "ninguna",
        "n'importe lequel",
        "aucun",
        "qualquer um",
        "nenhum",
        "egal",
        "keiner",
    ]
)
# Thanks a yes to an offered slot may carry ("sí, gracias", "oui merci", "sim obrigado", "ja danke"):
# beside a yes word only, as "thanks" alone to an offer takes nothing.
OFFER_THANKS_WORDS: frozenset[str] = frozenset("gracias merci obrigado obrigada danke cheers".split())
