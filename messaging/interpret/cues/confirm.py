"""Confirm cues: the customer confirms the appointment or agrees.

Joined in this order into one pattern (`CONFIRM`). A bare "yes", "ok" or 👍 is read against the
last outbound text in `core._short_reply` before these cues; `core._settle_intents` drops a
confirmation beside a cancellation, a complaint or a new request.
"""

from __future__ import annotations

import re

from . import NEGATED, Cue, CueSet, Veto, cue

# "not tomorrow, friday is fine", "domani no, venerdì va bene": the visit's day turned down and another
# one found fine asks to move the visit (issue 13, h13constraint11). Another day must follow the one turned
# down: "my husband works from home but not tomorrow, so it'll be me" still agrees.
_DAYS = (
    r"(?:tomorrow|today|tonight|\w+day|mañana|hoy|demain|aujourd'hui|amanhã|hoje|morgen|heute|domani|oggi|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"segunda|ter[cç]a|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
DAY_TURNED_DOWN = Veto(
    "confirm.veto.day_turned_down",
    "another day turned down before the yes: 'not tomorrow, friday is fine' asks to move the visit",
    re.compile(
        rf"(?:\b(?:not|pas|no) {_DAYS}\s*[,.;!-]|\b{_DAYS}\s*,?\s*(?:no|non|nein|n[ãa]o|nope|is no good|doesn't work|won't work)"
        rf"\s*[,.;!-]).*\b{_DAYS}\b"
    ),
    scope="text",
    examples=("not tomorrow, friday is fine", "Domani no, venerdì va bene", "Pas demain, vendredi ça me va"),
    becomes="reschedule",
)
# A confirmation promised for later is no agreement yet: "te confirmo mañana", "al rato le confirmo si puedo
# estar", "I'll confirm tonight once I know my shift", "Je vous confirme demain", "ti confermo domani" (issue
# 13, fifteenth session: read as sure confirmations in texts written blind). Near misses: "le confirmo que
# sí", "confirmed, see you tomorrow", "I confirm, see you then".
PROMISED_LATER = Veto(
    "confirm.veto.promised_later",
    "a confirmation promised for later ('te confirmo mañana', 'I'll confirm tonight'): no agreement yet",
    re.compile(
        r"\b(?:i'll|i will|let me|gonna|going to) (?:\w+ ){0,2}confirm\b"
        r"|\bconfirm (?:it |that |with you |the time )?(?:later|tomorrow|tonight|asap|once|when i|after)\b"
        r"|\b(?:te|le|les|os|vous|ti) (?:re)?(?:confirm(?:o|amos|aré|aremos|e|erai)|conferm(?:o|erò))\b (?:\w+ ){0,3}?"
        r"(?:mañana|tomorrow|luego|más tarde|al rato|en un rato|después|esta noche|tonight|demain|plus tard|"
        r"ce soir|più tardi|stasera|depois|amanhã|mais tarde|si puedo|se puder|si je peux|cuando|quand)\b"
        r"|\bal rato (?:te|le|les) confirmo\b"
    ),
    scope="phrase",
    examples=(
        "te confirmo mañana si puedo",
        "al rato le confirmo si puedo estar",
        "I'll confirm tonight once I know my shift",
        "Je vous confirme demain",
        "ti confermo domani",
    ),
)
VETOES = (NEGATED, DAY_TURNED_DOWN, PROMISED_LATER)
# "aquí lo espero desde las 10 y nada": waiting still, since a time, is a grievance, not agreement.
STILL_WAITING = Veto(
    "confirm.veto.still_waiting",
    "waiting since a time or in vain ('aquí lo espero desde las 10 y nada'): not agreeing to a time",
    re.compile(r"^\s*(?:desde|y nada|todav[ií]a|hace (?:rato|\d|una|dos|tres))"),
    scope="after",
    examples=("aquí lo espero desde las 10 y nada",),
)
# "بوصل الساعة 11 إن شاء الله": God willing hedges the customer's own arrival time, no agreement (issue 13,
# h13langas).
HEDGED_ETA = Veto(
    "confirm.veto.hedged_eta",
    "'in shaa Allah' after the customer's own arrival time: a hedge on the ETA, not a confirmation",
    re.compile(r"(?:بوصل|هوصل|راح أوصل|سأصل|بكون|بتأخر|متأخر)[^.!?]{0,30}$"),
    scope="all_before",
    examples=("بوصل الساعة 11 إن شاء الله",),
)
# "no puedo el miércoles, el jueves sí": a yes to another day after a day ruled out is a new day
# asked for, not agreement to the visit (h13time8).
_DAY_WORDS = (
    r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|ma[nñ]ana|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|demain|segunda|ter[cç]a|quarta|quinta|sexta|amanh[aã]|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2})"
)
OTHER_DAY_YES = Veto(
    "confirm.veto.other_day_yes",
    "a yes to another day after one ruled out ('no puedo el miércoles, el jueves sí'): a new day asked for",
    # the day ruled out may come first ("mañana no, el jueves sí"), and the day said yes to may carry
    # its part of day ("no puedo mañana, el viernes en la tarde sí") (h13inbox9)
    re.compile(
        r"\b(?:no (?:puedo|podemos|me (?:queda|sirve|va)|nos (?:queda|sirve|va))|je ne peux pas|pas (?:le )?"
        + _DAY_WORDS
        + r"|n[aã]o (?:posso|podemos|d[aá])|"
        + _DAY_WORDS
        + r" no)\b[^.!?]*\b"
        + _DAY_WORDS
        + r"(?:\s+(?:en|por|de) la (?:mañana|tarde|noche)|\s+(?:morning|afternoon|evening))?\s*$"
    ),
    scope="all_before",
    examples=(
        "no puedo el miércoles, el jueves sí",
        "não posso na quarta, na quinta sim",
        "no puedo mañana, el viernes en la tarde sí",
        "mañana no, el jueves sí puedo",
    ),
    becomes="reschedule",
)
# An alarm the customer takes back ("ignore my last text about the smoke", "false alarm"): "all good" beside
# it says nothing is wrong, not that the visit suits (issue 13, h14when)
ALARM_TAKEN_BACK = Veto(
    "confirm.veto.alarm_taken_back",
    "an alarm taken back: 'ignore my last text about the smoke, it was the toaster. All good'",
    re.compile(
        r"\b(?:ignore|disregard|forget) (?:my|the|that) (?:last |previous |earlier )?(?:text|message|msg)\b[^.!?]{0,30}"
        r"\b(?:smoke|gas|leak\w*|fire|alarm|water|flood\w*|spark\w*|smell\w*)\b|\bfalse alarm\b"
    ),
    scope="text",
    becomes="other",
    examples=("Ignore my last text about the smoke, it was the toaster. All good",),
)
CUES: tuple[Cue, ...] = (
    cue(
        "confirm.yes_confirmed",
        "confirm",
        r"(?<!already )(?<!kindly )(?<!please )(?<!you )(?<!u )confirm(?:ed|ing)?(?! (?:whether|if|that|the|what|when|how))|i confirm|yes|sounds good|sounds great",
        examples=("Confirmed, thank you", "yes we'll be there", "sounds good, see you"),
        near_misses=(
            "please confirm the time",
            "can you confirm whether he's coming?",
            "I already confirmed twice",
        ),
        vetoes=VETOES,
        why="yes, confirmed, sounds good",
    ),
    cue(
        "confirm.see_you",
        "confirm",
        r"see (?:you|ya) (?:then|tomorrow|at|soon|there|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|too easy|noted",
        examples=("see you then", "see ya tomorrow!", "noted"),
        near_misses=("I can see your van outside",),
        vetoes=VETOES,
        why="see you then",
    ),
    cue(
        "confirm.that_works",
        "confirm",
        r"^still (?:good|on) for\b(?!.*\?)|^(?:correct|that's (?:right|correct))\b|(?<!if )that works|works for me|(?<!if )that's fine|(?<!if )that is fine|(?:we're|we are|i'm|i am) still (?:on|good)(?: for)?",
        examples=("that works", "works for me", "we're still good for tomorrow"),
        near_misses=("still on for today?", "that doesn't work for me", "friday at 4 if that works"),
        vetoes=VETOES,
        why="that works, still on",
    ),
    cue(
        "confirm.all_good",
        "confirm",
        r"all good",
        examples=("all good, see you then", "all good for tomorrow"),
        # "Ignore my last text about the smoke, it was the toaster. All good": nothing is wrong, said of an
        # alarm taken back, agrees to no visit (issue 13, h14when)
        near_misses=("Ignore my last text about the smoke, it was the toaster. All good",),
        vetoes=(*VETOES, ALARM_TAKEN_BACK),
        why="all good",
    ),
    cue(
        "confirm.will_be_there",
        "confirm",
        r"(?:we'll|i'll|will|shall|someone will) be (?:here|there|home|available|around)(?! (?:in|by|at|around|about|before|after|until|between|maybe|probably|like|as soon|asap|shortly|soon|\d+|<\w+>)\b)",
        examples=("we'll be home", "someone will be there to let him in"),
        near_misses=("I'll be home in 20 min", "I'll be there by 3"),
        vetoes=VETOES,
        why="someone will be there",
    ),
    cue(
        "confirm.day_is_fine",
        "confirm",
        r"(?<!if )(?<!hope )(?<!is )(?:\w+day|that|it|this|the (?:new )?(?:time|date|slot|window))(?: is|'s) (?:fine|good|ok|okay|great|perfect)"
        r"(?! (?:but|except|with you|if))",
        examples=("Thursday is fine", "the new time is perfect"),
        near_misses=("that's fine but can he come earlier", "hope it's ok to park on the street"),
        vetoes=VETOES,
        why="the day or time is fine",
    ),
    cue(
        "confirm.perfect",
        "confirm",
        # "monday elevenish would be perfect" asks for a slot as "would be great" does (the request
        # reader confirms it when the last text offered that day); "that would be perfect" accepts (h13time9b)
        r"(?<!would be )(?<!'d be )perfect|(?:that|this|it|which|that time|that day) (?:would|'d) be perfect|"
        r"great see you|ok sure|sure thing|^(?:absolutely|definitely)",
        examples=("perfect!", "sure thing", "absolutely, see him then", "great, that would be perfect"),
        near_misses=("not sure yet", "Monday elevenish would be perfect", "tuesday at 2 would be perfect"),
        vetoes=VETOES,
        why="perfect, sure thing",
    ),
    cue(
        "confirm.ready_and_yes_sir",
        "confirm",
        r"(?:we'll|i'll|we will|i will|we're|i'm|we are|i am) (?:all )?(?:be )?ready(?! (?:in|by|at|around|after|when|for)\b)|"
        r"yes ?sir|yes ma'?am|you bet|for sure|roger that|sounds like a plan|okie dokie|okey dokey|"
        r"(?:(?:we're|we are|i'm|i am) (?:all )?(?:good|set)|^(?:ok(?:ay)?,? )?all set) for "
        r"(?:today|tomorrow|then|that|the (?:visit|appointment|window)|\w+day|\d{1,2}\b)",
        examples=(
            "we'll be ready",
            "yessir",
            "you bet, see him at 11",
            "sounds like a plan",
            "we're good for 11",
            "ok we're all set for tomorrow then",
            "all set for thursday",
        ),
        near_misses=("I'll be ready in 20 min", "not sure yet"),
        vetoes=VETOES,
        why="we'll be ready, yes sir, you bet",
    ),
    cue(
        "confirm.spanish_french",
        "confirm",
        r"est[aá] bien|va que va|de una|^dale\b|ah[ií] (?:estaremos|estar[eé]|estoy)|all[ií] (?:estaremos|estar[eé])|^s[ií][,.!]|"
        r"sí|confirmado|de acuerdo|perfecto|nos vemos|oui|confirmé|c'est bon|opo|sim|confirmo|emo_ok",
        examples=("está bien, nos vemos", "de acuerdo", "oui c'est bon"),
        near_misses=("si no llega a las 3 cancelo",),
        vetoes=(NEGATED, OTHER_DAY_YES, DAY_TURNED_DOWN, PROMISED_LATER),
        why="yes and agreed, in Spanish, French, Tagalog and Portuguese",
    ),
    cue(
        "confirm.spanish_waiting_for_you",
        "confirm",
        r"(?:ah[ií]|aqu[ií]|all[ií]|acá|aca) (?:lo|los|la|las|le|les) (?:espero|esperamos|estaremos esperando)|"
        r"^(?:órale|orale|sale|simón|simon|va)[,.! ]*(?:pues)?[,.! ]*(?:ah[ií]|aqu[ií]|nos vemos|gracias|$)",
        examples=("Órale, ahí lo espero", "aquí los esperamos", "sale, nos vemos", "va, gracias"),
        near_misses=("aquí lo espero desde las 10 y nada", "va a llegar tarde?"),
        vetoes=(*VETOES, STILL_WAITING),
        why="we'll wait for you here, and Mexican 'órale', 'sale', 'va' agreeing",
    ),
    # ---- Vietnamese, Chinese, Portuguese, French, German, Tagalog, Korean (issue 13, h13lang) ----
    cue(
        "confirm.other_languages",
        "confirm",
        r"vâng|dạ (?:được|vâng|ok|rồi)|da (?:vang|duoc)|confirme\b|xác nhận|xac nhan|hẹn gặp|hen gap|mai gặp|mai gap|"
        r"好的|没问题|沒問題|确认|確認|(?:明天|tomorrow) ?(?:见|見)|"
        r"combinado|confirmad[oa]|pode vir|estarei em casa|fechado|"
        r"d'accord|parfait|à tantôt|a tantot|à tout à l'heure|ça me va|ca me va|je serai à la maison(?! (?:à|a|vers|dans|avant|d'ici|pour)\b)|"
        r"passt|bis dann|einverstanden|geht klar|^sige(?: po)?\b|알겠습니다|확인했습니다|^네\b",
        examples=(
            "Dạ được, hẹn gặp anh",
            "Ok anh, mai gặp",
            "Da vang, toi se o nha",
            "Parfait, à tantôt",
            "好的,我在家等",
            "Combinado",
            "D'accord, je serai à la maison",
            "Passt, bis dann",
            "네 알겠습니다",
        ),
        near_misses=("không được", "不行", "Je serai à la maison à 3h moins quart"),
        vetoes=VETOES,
        why="yes, agreed, see you, in Vietnamese, Chinese, Portuguese, French, German, Tagalog and Korean",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "confirm.italian_polish_hindi_russian",
        "confirm",
        r"confermo|confermato|confermata|va benissimo|(?<!non )va bene|d'accordo|daccordo|perfetto|ci sarò|ci saro|(?<!non )sarò a casa|(?<!non )saro a casa|"
        r"a dopo|a tomorrow\s*[!.]*$|^s[iì],? (?:grazie|ok|certo|va bene)|"
        r"potwierdzam|potwierdzone|(?<!nie )pasuje|w porządku|w porzadku|(?<!nie )(?:będę|bede|będziemy|bedziemy) w domu(?! (?:dopiero|at|in|około|okolo|po|przed|before))|do zobaczenia|^tak\b|^dobrze\b|"
        r"(?<!nahi )(?:theek|thik|thek) (?:hai|h)\b|confirm (?:hai|kar\w*)|^(?:haan|ha) ?(?:ji)?\b|ji haan|bilkul|chalega|ghar (?:par|pe) (?:hi )?(?:rahunga|rahungi)|"
        r"подтверждаю|подтверждено|договорились|^да\b|(?<!не )буду дома(?! (?:at|in|к|после|через|около|before))|(?<!не )будем дома(?! (?:at|in|к|после|через|около|before))|(?<!не )подходит|^хорошо\b|до встречи|согласен|согласна|ждём вас|ждем вас|жду вас",
        examples=(
            "Confermo per domani mattina, grazie",
            "Va bene, sarò a casa",
            "Potwierdzam, będę w domu",
            "haan ji theek hai, ghar pe rahunga",
            "Да, подтверждаю. Буду дома",
        ),
        near_misses=("non va bene oggi", "nie będę w domu", "Не подходит"),
        vetoes=VETOES,
        why="yes, confirmed, that works, I'll be home, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "confirm.haitian_creole_arabic",
        "confirm",
        r"^wi\b|(?<!pa )(?:dakò|dako\b)|konfime|(?:m|mwen) ap (?:la|lakay)(?! (?:at|in|apre|vè))|pa gen pwoblèm|"
        r"(?<!شي )(?<!شيء )تمام|أكيد|اكيد|(?<!مش )(?<!مو )(?<!غير )موافق|(?:أ|ا)ؤكد|أأكد|مأكد|^نعم|^(?:أيوه|ايوه|ايوا|اي)(?![\u0600-\u06ff])|(?:إن|ان) شاء الله",
        examples=("Wi, dakò, m ap la", "Konfime pou jodi a", "تمام، أكيد موجود", "نعم، أؤكد الموعد"),
        near_misses=("pa dakò", "مش موافق", "بوصل الساعة 11 إن شاء الله"),
        vetoes=(*VETOES, HEDGED_ETA),
        why="yes, agreed, I'll be there, in Haitian Creole and Arabic",
    ),
    cue(
        "confirm.still_works",
        "confirm",
        # round eight (issue 13): the booked time still suits ("that still works" to a reminder)
        r"^(?:yes |yep |ok |okay )?(?:that|this|tomorrow|today|the time|that time|(?:mon|tues|wednes|thurs|fri|satur|sun)day) still works\b(?!.*\?)",
        examples=("that still works", "tomorrow still works for us"),
        near_misses=("the old heater still works but it's loud", "that still works for him?"),
        vetoes=VETOES,
        why="the booked time still works",
    ),
)

# round h13en5 (issue 13): agreeing without yes: "that should be fine", "sweet as, see him then",
# "I'll make sure someone's here", "right you are", "no problem at all"
CUES = (
    *CUES,
    cue(
        "confirm.should_be_fine",
        "confirm",
        r"^(?:yes |yeah |yep |ok |okay )?(?:that|this|it|tomorrow|that time|the time) (?:should|would|will) be (?:fine|ok|okay|good|perfect|no problem)(?! (?:if|once|after|as long)\b)",
        r"^sweet as\b|^right you are\b|see (?:him|her|them|you|ya) then\b",
        r"(?:i'll|i will|we'll|we will) make sure (?:someone|somebody|someone's|somebody's|i'm|we're|i am|we are) (?:is )?(?:here|home|in|there|around)",
        r"(?:i am|i'm|im) confirm\b",
        r"(?:i|we)(?:'ve| have) (?:got )?it (?:in|on) (?:my|our|the) (?:diary|calendar|planner)\b(?![^.!?]*\?)",
        r"^count (?:us|me) in\b",
        r"(?:tomorrow|today|that|the time|the window|\d+ to \d+(?: tomorrow| today)?) (?:is|'s|works) (?:no problem|fine|perfect)(?: at all)?",
        examples=(
            "that should be fine, I work from home Tuesdays",
            "Sweet as, see him then",
            "I'll make sure someone's here",
            "Right you are",
            "OK I am confirm for tomorrow",
            "I have it in my diary",
            "Count us in",
            "10 to 12 tomorrow is no problem at all dear",
        ),
        near_misses=(
            "that should be fine if he comes after 1",
            "will it be fine to leave it overnight?",
            "right, you are coming at 10?",
            "I'll make sure the dog is in",
            "I have it in my diary as Wednesday, is that wrong?",
        ),
        vetoes=VETOES,
        why="agreeing to the appointment without a yes",
    ),
)
CUES = (
    *CUES,
    cue(
        "confirm.see_you_langas",
        "confirm",
        r"kita (?:tayo|na lang tayo) (?:mamaya|tomorrow|later|today)",
        examples=("Salamat po sa paalala, kita tayo mamaya", "ok po, kita tayo mamaya"),
        near_misses=("kita ko na yung sira", "hindi kita maintindihan"),
        why="see you later or tomorrow, agreeing to the visit, in Tagalog",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "confirm.languages_h7",
        "confirm",
        r"大丈夫です(?!か)|問題ありません|了解(?:です|しました)|承知しました|確認しました",
        r"uygun(?:dur)?(?! mu)|onaylıyorum|görüşürüz",
        r"akkoord|bevestig(?:d|en)?\b(?! (?:of|wanneer|hoe))|klopt(?! dat\?)|tot (?:dan|straks|tomorrow)|(?:dat )?is goed(?! \?)",
        r"ισχύει(?! \?)|επιβεβαιών\w*|τα λέμε|σύμφωνοι",
        r"підтверджую|домовились|до зустрічі",
        examples=(
            "はい、大丈夫です",
            "Tamam, uygun",
            "Prima, tot morgen",
            "Εντάξει, ισχύει",
            "Добре, підтверджую",
        ),
        near_misses=("明日で大丈夫ですか？", "Perşembe uygun mu?", "Kunt u bevestigen wanneer hij komt?"),
        vetoes=VETOES,
        why="confirmed, that suits, see you then, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)

# Agreeing first, then telling more, in the Spanish of the Caribbean and Mexico (issue 13, h13es9): "si ta
# bien, la llave la tiene la vecina", "ok sale, el código del portón es 2580".
CUES = (
    *CUES,
    cue(
        "confirm.spanish_agree_then_more_h13es9",
        "confirm",
        r"^(?:s[ií],? )?t[aá] bien\b|^ok,? sale(?=\s*[,.!]|\s*$)",
        examples=(
            "ta bien",
            "si ta bien, la llave la tiene la vecina del 2",
            "ok sale, el codigo del porton es 2580",
        ),
        near_misses=("no ta bien eso", "ok, sale agua del techo?"),
        vetoes=VETOES,
        why="'ta bien', 'ok sale' opening a text, in Spanish",
    ),
)

# issue 13 (h13takeback12): the visit kept, said after a take-back ("never mind the cancel, we'll keep
# it", "ignore my last message, we still need him to come", "annulez ça, on garde le rendez-vous"):
# read by `voices` from the clause after the take-back (`cues.takeback`), it agrees to the visit.
CUES = (
    *CUES,
    cue(
        "confirm.visit_kept",
        "confirm",
        r"(?:we|i)(?:'ll| will|'d| would)? (?:still )?keep (?:it|the (?:appointment|visit|booking|slot)|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:for|until|till|open|closed|locked|on|off)\b)",
        r"(?<!do )(?<!did )(?<!would )(?:we|i) still (?:want|need) (?:the (?:appointment|visit|booking|slot)|him to come|(?:him|the tech\w*|[a-z]+) (?:to come )?(?:tomorrow|today))\b(?! (?:to|moved|changed|cancel)\b)",
        r"keep (?:the|my|our) (?:appointment|visit|booking|slot|time)\b(?! (?:for|until|till))",
        r"(?:is|are|'s) still (?:good|fine|ok|okay)\b(?!\?)|still (?:works|work) (?:for (?:me|us))?(?!\?)|"
        r"(?<!from )(?<!\d )the original time (?:still )?works\b(?! better)(?: for (?:me|us))?(?!\?)",
        r"(?:we're|we are|i'm|i am) (?:fine|good|ok|okay|all set) (?:for|with) (?:tomorrow|today|the (?:original|same) time|the appointment)",
        r"as (?:planned|scheduled|booked)\b(?!\?)",
        r"^(?:please )?(?:don't|do not|dont) cancel\W*$",
        r"todo bien para (?:mañana|hoy|tomorrow|today|la cita)|s[íi] puedo (?:mañana|hoy|tomorrow|today)|tudo certo para (?:amanhã|hoje|tomorrow|today)|"
        r"pode vir (?:amanhã|hoje|tomorrow|today)",
        r"on garde le rendez-vous|(?:demain|aujourd'hui|tomorrow|today) ça (?:marche|va)|wir behalten den termin|(?:morgen|heute|tomorrow|today) passt(?: doch| es)?|"
        r"(?:domani|oggi|tomorrow|today) va bene",
        examples=(
            "we'll keep it",
            "we still need him to come",
            "we still want the appointment",
            "keep the appointment please",
            "1pm is still good",
            "the original time works for us",
            "we're fine for tomorrow",
            "I'll be there at 1 as planned",
            "don't cancel!!",
            "don't cancel!!",
            "todo bien para mañana",
            "está tudo certo para amanhã",
            "on garde le rendez-vous",
            "wir behalten den Termin",
            "domani va bene",
            "We still need the visit tomorrow",
            "we'll keep Tuesday",
            "we still want Luis tomorrow",
        ),
        near_misses=(
            "we still need to reschedule",
            "is 1pm still good?",
            "does tomorrow still work?",
            "keep the gate open for him",
            "we need him to come earlier",
            "don't cancel yet, I'll know by noon",
            "Don't cancel, I'm just running 10 late",
            "I need it for my taxes",
            "friday at 4 if that works",
            "not paying a cent until it works",
            "just checking Tom is still on for this morning?",
            "a week from today works better",
            "from 2 tomorrow works",
            "everything's fine now, do we still need the appointment?",
        ),
        vetoes=VETOES,
        why="the visit kept as it is: keep it, still want it, still good, as planned",
    ),
)

# Issue 13, h13multi13: yes, confirmed, see you tomorrow, in Somali, Farsi and Amharic, as a reply to the
# reminder ("Haa, waan xaqiijinayaa ballanta", "باشه، فردا میبینمتون", "እሺ፣ አረጋግጣለሁ").
CUES = (
    *CUES,
    cue(
        "confirm.somali_farsi_amharic",
        "confirm",
        r"(?<!ma )(?:waan )?xaqiijin(?:ayaa|ayaa|ayay|nay|ay)?\w*|ballanta (?:waa|way) (?:ok|hagaag|sax)|^haa\b(?! ma\b)|waan (?:joogi|joogaa|sugi) doonaa",
        r"(?:^|، ?|, ?)(?:باشه|حتما|حتماً|اوکیه|قبول)(?= *[،,.!]|$| (?:tomorrow|today|می ?‌?بینم))|(?<!ن)(?:تایید|تأیید) (?:می ?‌?کنم|میکنم)|(?<!ن)می ?‌?بینمتون",
        r"^እሺ|(?<!አላ)አረጋግጣለሁ|ተስማምቻለሁ|ነገ እንገናኝ|ችግር የለም",
        examples=(
            "Haa, waan xaqiijinayaa ballanta",
            "باشه، فردا میبینمتون",
            "تایید میکنم، ساعت ۱۰ خونه ام",
            "እሺ፣ አረጋግጣለሁ",
        ),
        near_misses=(
            "ma xaqiijin karo, berri ma imaan karo",
            "تایید نمیکنم، فردا نمیتونم",
            "አላረጋግጥም",
        ),
        vetoes=VETOES,
        why="yes, confirmed, see you, in Somali, Farsi and Amharic",
    ),
)
CONFIRM = CueSet("confirm", CUES)
