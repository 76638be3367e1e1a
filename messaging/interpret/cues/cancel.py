"""Cancel cues: the customer wants the appointment cancelled, or no longer needs anyone to come.

Joined in this order into one pattern (`CANCEL`); the vetoes in `appointment.py` qualify them all.
"""

from __future__ import annotations

import re

from . import Cue, CueSet, Veto, cue, nfkc
from .appointment import CANCEL_VETOES

# "it started working again for an hour then died": the fault is back, the visit still wanted.
STILL_WANTED = Veto(
    "cancel.veto.still_wanted",
    "the fault came back or the visit is still asked for in the same sentence",
    re.compile(r"\b(?:then|but|until|still come|still want|still need|died|quit|stopped|check it)\b|\?"),
    scope="sentence",
    examples=("it started working again for an hour then died, can he still come?",),
)

# "never mind, tomorrow still works", "Actually never mind, Tuesday is fine": a day or time found fine
# after a take-back keeps the visit (issue 13, h13takeback12); "nevermind its fine now" is the fault.
A_TIME_STILL_FINE = Veto(
    "cancel.veto.a_time_still_fine",
    "a day or time said to work after 'never mind': the visit kept, not the fault gone",
    re.compile(
        r"\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the original time|"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)?) (?:still )?(?:works|is fine|is good|is ok|is okay)\b"
    ),
    scope="sentence",
    examples=("never mind, tomorrow still works", "Actually never mind, Tuesday is fine"),
)

CUES: tuple[Cue, ...] = (
    cue(
        "cancel.word",
        "cancel",
        r"cancel(?:led|ed|ling|ing)?",
        examples=("please cancel", "Cancelling, sorry", "we need to cancel the appointment"),
        near_misses=("please don't cancel, we'll be home", "my meeting got cancelled so I'm home all day"),
        vetoes=CANCEL_VETOES,
        why="the word itself",
    ),
    cue(
        "cancel.no_need_to_come",
        "cancel",
        # "no need to come in, the fridge is in the garage": not inside the house, the visit stands (lead11)
        r"don't (?:bother|need to) (?:coming|come)(?! in(?:side)?\b| to the door)|no need (?:to come(?! in(?:side)?\b| to the door)|for the visit)|"
        r"(?:we|i) (?:got|have) it (?:fixed|sorted|working)",
        examples=("no need to come out, it's working again", "we got it fixed, thanks"),
        near_misses=(
            "do I need to be home when he comes?",
            "there's no need to come in, the fridge is in the garage, door's open",
            "you don't need to come inside, the unit is out back",
        ),
        vetoes=CANCEL_VETOES,
        why="no need to come: the problem is gone",
    ),
    cue(
        "cancel.no_longer_needed",
        "cancel",
        r"^(?:don't|do not|no need to) come\b(?! in(?:side)?\b| to the door)|won't be needing (?:you|the|a|anyone)|no longer need(?:ed)?|don't need (?:you|it|the (?:appointment|visit|service)|a tech|anyone)(?: anymore| any more)?",
        examples=("don't come today", "we won't be needing the service", "no longer needed, thank you"),
        near_misses=("you don't need to ring the bell", "don't come to the door, the dog gets out"),
        vetoes=CANCEL_VETOES,
        why="the visit is no longer needed",
    ),
    cue(
        "cancel.no_repair_needed",
        "cancel",
        r"(?:don't|do not|won't) need (?:the |a |your )?(?:repair|fix|service ?call|technician|tech|plumber|electrician)s? "
        r"(?:anymore|any more|after all)",
        examples=("we don't need the plumber after all", "won't need a technician anymore"),
        near_misses=("we need the plumber after lunch",),
        vetoes=CANCEL_VETOES,
        why="the repair or the tradesperson is not needed any more",
    ),
    cue(
        "cancel.someone_else_fixed_it",
        "cancel",
        r"(?:landlord|plumber|neighbou?r|husband|wife|son|daughter|dad|brother|friend|someone else|another company) "
        r"(?:already )?(?:fixed|sorted|repaired|took care of) (?:it|the problem|the issue)",
        examples=("my husband fixed it last night", "the landlord already took care of the problem"),
        near_misses=("my husband will let him in",),
        vetoes=CANCEL_VETOES,
        why="someone else fixed it",
    ),
    cue(
        "cancel.pass",
        "cancel",
        r"don't need (?:you|anyone|someone) to come|won't need (?:the|you|a|anyone)|(?:we'll|i'll) pass(?! (?:your|it|this|that|the|on|along|it on))",
        examples=("I'll pass, thanks", "we won't need you tomorrow"),
        near_misses=("I'll pass it on to my wife", "I'll pass the code along"),
        vetoes=CANCEL_VETOES,
        why="declining the visit",
    ),
    cue(
        "cancel.fixed_it_cancel",
        "cancel",
        r"(?:fixed|sorted|solved) it(?: ourselves| myself)?,? (?:you can |please |pls )?cancel|you can cancel",
        examples=("fixed it myself, you can cancel", "sorted it, pls cancel"),
        near_misses=("can you fix it today?",),
        vetoes=CANCEL_VETOES,
        why="fixed it, so cancel",
    ),
    cue(
        "cancel.call_it_off",
        "cancel",
        # "we're all set for tomorrow" confirms the visit: set for a time is no cancel
        r"call(?:ing)? it off|scrap (?:it|the appointment)|not needed anymore|"
        # "call off today's visit", "pls call off tomorrow" (issue 13, h13en6b)
        r"call(?:ing|ed)? off (?:the|our|my|this|that|today's|tomorrow's|\w+day's) (?:visit|appointment|appt|booking|job|service call|call ?out)|"
        r"call(?:ing)? off (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
        r"we're all set(?! (?:for|on|with|to go)\b)|fixed it (?:himself|herself|myself|ourselves)",
        examples=(
            "we're calling it off",
            "scrap the appointment please",
            "we're all set, he fixed it himself",
            "call off today's visit please",
            "can you call off tomorrow, it's working",
        ),
        near_misses=(
            "we're all here, come on in",
            "ok we're all set for tomorrow then",
            "we're all set for the 14th, see you then",
            "we're all set to go, gate's open",
            "the game got called off so I'm home",
            "he can call off the dog, it's friendly",
        ),
        vetoes=CANCEL_VETOES,
        why="call it off, all set",
    ),
    cue(
        "cancel.spanish",
        "cancel",
        r"no (?:vengan|venga)\b|ya se arregl[oó]|cancel(?:ar|en|e|o|a|amos)(?:la|lo|las|los)?|canc[eé]l(?:ame|enme|eme)(?:la|lo)?|anul(?:ar|en|e|ad)|ya no (?:la |lo |el |los )?(?:necesit|ocup)\w+|ya no es necesario",
        examples=(
            "no vengan hoy por favor",
            "ya se arregló, gracias",
            "cancelen la cita",
            "ya no lo necesitamos",
        ),
        near_misses=("vengan mañana por favor",),
        vetoes=CANCEL_VETOES,
        why="cancel in Spanish",
    ),
    cue(
        "cancel.french_portuguese",
        "cancel",
        r"d'annuler|annuler|annulez|cancelar|não preciso mais",
        examples=(
            "je dois annuler le rendez-vous",
            "annulez svp",
            "não preciso mais",
            "merci d'annuler le rendez-vous",
        ),
        near_misses=("je serai en retard",),
        vetoes=CANCEL_VETOES,
        why="cancel in French or Portuguese",
    ),
    # ---- Vietnamese, Chinese, German, Tagalog, Korean (issue 13, h13lang) ----
    cue(
        "cancel.other_languages",
        "cancel",
        r"hủy|huỷ|huy (?:lich|hen|giup|gium|di|cai)|khoi toi nha|không cần (?:tới|đến) nữa|khong can (?:toi|den) nua|"
        r"取消|不用来了|不用來了|cancele|cancela\b|n[ãa]o precisa(?:mos)? mais vir|on annule|j\'annule|stornieren|storniere (?:ich|den|es)|absagen|pakicancel|i-?cancel|취소",
        examples=(
            "Tôi muốn hủy lịch hẹn",
            "huy giup em cai hen hom nay nha",
            "我想取消预约",
            "Ich möchte den Termin stornieren",
            "Não precisa mais vir, o problema se resolveu",
            "Finalement on annule, désolé",
            "Thoi khoi toi nha, huy gium em",
            "예약 취소하고 싶어요",
        ),
        near_misses=("Tôi sẽ tới trễ", "不用谢"),
        vetoes=CANCEL_VETOES,
        why="cancel the visit, in Vietnamese, Chinese, Portuguese, German, Tagalog and Korean",
    ),
    cue(
        "cancel.stop_the_visit",
        "cancel",
        # "stop" with the visit named is a cancellation; a bare STOP is the opt-out keyword
        r"stop (?:the|my|our|this|that|today's|tomorrow's) (?:appointment|appt|service call|visit|booking|job|call-?out|repair)",
        examples=(
            "stop the appointment",
            "please stop the service call, it's fixed",
            "stop tomorrow's visit",
        ),
        near_misses=("STOP", "stop texting me", "can he stop the leak?"),
        vetoes=CANCEL_VETOES,
        why="stop with the appointment named: a cancellation, not an opt-out",
    ),
    # ---- Italian, Polish, Hindi/Hinglish in Latin script, Russian (issue 13, h13lang2) ----
    cue(
        "cancel.italian_polish_hindi_russian",
        "cancel",
        r"annull\w*|disdi\w+|disdic\w*|cancellare|cancellate|cancellatelo|non (?:serve|c'è bisogno|ce bisogno) (?:più |piu )?(?:che (?:venga|veniate)|venire|l'intervento)|non venite più|non venite piu|"
        r"odwoł\w*|odwol\w*|anulow\w*|anuluj\w*|rezygnuj\w*|nie (?:trzeba|musi|potrzebuj\w*) (?:już |juz )?(?:przyjeżdżać|przyjezdzac|przychodzić|przychodzic|przyjść|przyjsc)|"
        r"cancel kar (?:do|dijiye|dena|de|dein)|cancel karna|(?:aane|aana) ki (?:zarurat|zaroorat|jarurat) nahi|mat aaiye|mat aana|mat aao|"
        r"отмен\w+|не (?:нужно|надо) (?:больше )?(?:приезжать|приходить)|не приезжайте|otmenit\w*",
        examples=(
            "Vorrei annullare l'appuntamento",
            "Chcę odwołać wizytę",
            "bhaiya aane ki zarurat nahi hai, AC theek ho gaya",
            "Отмените, пожалуйста, визит",
        ),
        near_misses=("non annullate, saremo a casa", "possiamo spostare a venerdì?"),
        vetoes=CANCEL_VETOES,
        why="cancel the visit, no need to come, in Italian, Polish, Hindi/Hinglish and Russian",
    ),
    # ---- Haitian Creole and Arabic (issue 13, h13lang2) ----
    cue(
        "cancel.haitian_creole_arabic",
        "cancel",
        r"(?<!pa )(?:anile|anule)|pa bezwen vini? ank[òo]|"
        r"(?<!لا )(?<!ما )(?:(?:إ|ا)لغاء|(?:أ|ا)لغي|(?:أ|ا)لغوا|الغو)|ما (?:في|فيه) داعي|مافي داعي|لا داعي|مش محتاج(?:ين)? (?:الفني|حد|تيجو)",
        examples=(
            "Tanpri anile randevou a",
            "Pa bezwen vini ankò, li mache",
            "أريد إلغاء الموعد",
            "ما في داعي تيجو، اشتغل",
        ),
        near_misses=("pa anile, m ap la", "لا تلغي الموعد"),
        vetoes=CANCEL_VETOES,
        why="cancel the visit, no need to come, in Haitian Creole and Arabic",
    ),
    # ---- the visit no longer wanted, said without "cancel" (issue 13, round 7) ----
    cue(
        "cancel.went_elsewhere",
        "cancel",
        r"(?:went|gone|decided to go|chose to go) with (?:someone else|somebody else|another (?:\w+ )?\w+|a different \w+)|"
        r"(?:found|hired|booked|got|called) (?:someone else|somebody else|(?:another|a different) (?:company|plumber|electrician|contractor|guy|tech|"
        r"technician|business|service|outfit|handyman|firm|person|hvac (?:company|guy)))|"
        # round 8: "we found someone who could come today"
        r"(?:found|got|booked|hired) (?:someone|somebody|a guy|a bloke|a fella|a mate|a friend|an? (?:plumber|electrician|sparky|tradie|handyman|tech\w*)) "
        r"(?:who|that) (?:could|can|will|was able to) (?:come|do it|fix|get here)|"
        # h13en6b: "nvm my brother in law can come saturday and take a look", "my dad's gonna come fix it"
        r"(?:my|our) (?:husband|hubby|wife|partner|dad|father|brother|brother in law|son|son in law|uncle|cousin|neighbou?r|mate|friend|landlord|father in law)(?:'s)? "
        r"(?:can|will|is going to|is gonna|gonna|going to|'ll) (?:come (?:[a-z]+ ){0,2}?(?:and |to )?)?(?:take a look|look at it|fix it|sort it|have a look)\b(?! (?:with|for|before|while|when|until|till) )|"
        r"(?:contratamos|contrat[ée]|conseguimos|consegu[íi]|encontramos|encontr[ée]|llamamos|llam[ée]) (?:a )?(?:otra|otro) "
        r"(?:compa[ñn][íi]a|empresa|t[ée]cnico|plomero|electricista|persona|señor)",
        examples=(
            "we went with someone else",
            "found another company that could come today, sorry",
            "we hired a different plumber",
            "ya contratamos a otra compañía",
            "we found someone who could come today, sorry",
            "we're good, found a guy who could come tonight",
            "nvm my brother in law can come saturday and take a look",
            "my dad's gonna come over and fix it",
        ),
        near_misses=(
            "I found another leak under the sink",
            "one more delay and I'm going with someone else",
            "found someone who can let him in, I'll be at work",
            "my husband can show him the leak when he comes",
            "could my brother have a look with him?",
            "my son can come round to look at it with the tech",
        ),
        vetoes=CANCEL_VETOES,
        why="someone else is doing the job",
    ),
    cue(
        "cancel.working_again",
        "cancel",
        r"(?:never ?mind|nvm|nevermind|forget it)\W+(?:[\w']+ ){0,6}(?:working|works|worked|fixed|sorted|fine|reset|figured|came back on)|"
        r"came (?:by|over|out) and (?:fixed|sorted|repaired) (?:it|the (?:problem|issue|leak))|"
        r"(?:it's|its|it is|it) (?:started |is )?working (?:again|fine now)|started working again|(?:just|only) needed (?:a |to be )?reset|"
        r"(?:decided to|going to|gonna|we'll|i'll|will) (?:just )?(?:replace|fix|do|handle|sort) (?:it|this) (?:ourselves|myself)|"
        r"sold the (?:house|home|place|property)",
        examples=(
            "never mind, it started working again",
            "nvm the breaker just needed reset lol",
            "nevermind its fine now, the reset button worked",
            "we're good, my brother in law came by and fixed it",
            "we decided to just replace it ourselves",
            "we sold the house, please take us off the schedule",
        ),
        near_misses=(
            "it started working again for an hour then died, can he still come?",
            "can I fix it myself before he comes?",
        ),
        vetoes=(*CANCEL_VETOES, STILL_WANTED, A_TIME_STILL_FINE),
        why="the fault is gone or handled another way",
    ),
    cue(
        "cancel.remove_the_visit",
        "cancel",
        r"(?:remove|delete|drop) (?:my|our|the|this) (?:appointment|booking|visit|service call)|"
        r"take (?:me|us|it|that|this) off (?:the|your) (?:schedule|calendar|books|list for (?:today|tomorrow))",
        examples=("please remove my appointment", "take us off the schedule for tomorrow"),
        near_misses=("can he remove the old water heater at the appointment?",),
        vetoes=CANCEL_VETOES,
        why="the visit taken off the schedule",
    ),
    cue(
        "cancel.spanish_fixed_no_need",
        "cancel",
        r"ya (?:lo |la )?(?:arregl(?:[óo]|amos|[ée]|aron)|reparamos|repar[óo])(?! \?)|no hace falta que (?:vengan?|venga el t[ée]cnico)|"
        r"ya no (?:hace falta|es necesario|se necesita)",
        examples=("mi esposo ya lo arregló, no hace falta que vengan", "ya no hace falta, gracias"),
        near_misses=("¿cuándo lo arreglan?", "hace falta que esté en casa?"),
        vetoes=CANCEL_VETOES,
        why="someone fixed it, no need to come, in Spanish",
    ),
    cue(
        "cancel.hold_off_or_scratch",
        "cancel",
        # round eight (issue 13): the visit called off without the word
        r"(?:let's|lets|we'll|we will|gonna|going to|want to|wanna|need to|have to|we'd like to|i'd like to) hold off(?! (?:till|until|to|on (?:the )?second))|"
        r"scratch (?:today|tomorrow|(?:the|our|my) (?:appointment|visit|booking))|"
        r"(?:we|i)(?:'re|'ve|'m| are| have| am)?(?: (?:gonna|going to|decided to))? (?:go|going|gone|went|goin) (?:in )?a different direction",
        examples=(
            "let's hold off for now, I'll reach back out",
            "scratch tomorrow, I'll be out of town",
            "we're gonna go a different direction, thanks anyway",
        ),
        near_misses=(
            "scratch that, 3 works better",
            "can we hold off till next week?",
            "he went a different direction to avoid traffic",
        ),
        vetoes=CANCEL_VETOES,
        why="hold off, scratch the visit, another direction",
    ),
)

# round h13en5 (issue 13): the visit declined without "cancel": "we're gonna pass", "scratch us off",
# "you can stand down", "we won't need Monday after all", "no visit needed"
CUES = (
    *CUES,
    cue(
        "cancel.declined_sideways",
        "cancel",
        r"(?:we're|were|we are|i'm|im|i am) (?:gonna|going to|gunna) pass(?! on\b| it\b| this\b| that\b| along\b| the\b| by\b| through\b)",
        r"scratch (?:us|me|the booking|our booking|the appointment) off|(?:cross|strike) (?:us|me) off (?:the |your )?(?:schedule|calendar|books|roster|diary|run sheet)",
        r"(?:bin|scrap|ditch|pull|kill) (?:the|our|my|this) (?:booking|appointment|visit|job|call ?out)",
        r"(?:you|he|they|u|y'?all) can stand (?:down|him down)|stand (?:him|them|you|y'?all|you guys) down",
        r"(?:we'll|we will|i'll|i will|gonna|going to|think we'll|we're gonna) give (?:it|this|that|tomorrow|the visit|him) a miss\b(?! on\b)",
        r"(?:not|won't be|aren't|are not|we're not) going ahead with (?:the|it|this|our)\b",
        r"(?:leave|let) the (?:booking|appointment|visit|job) go\b",
        r"(?:we|i|you) (?:can|could) skip (?:the|tomorrow's|our|this|today's) (?:appointment|visit|booking|call ?out)",
        r"put a pin in it|(?:we'll|we will|i'll|i will|let's|lets|think we'll|gonna) (?:leave|park|shelve) (?:it|this|that|the (?:job|visit|repair)) (?:for now|for the moment|for a bit|for the time being)",
        r"(?:we'll|we will|gonna|going to) go with (?:them|someone else|another (?:company|crew|mob|plumber|electrician|mob))|found (?:someone|somebody|a \w+) cheaper",
        examples=(
            "we're gonna pass",
            "you can scratch us off",
            "Bin the booking mate, sorted it myself",
            "it's roaring away, you can stand down",
            "Let's put a pin in it, money's tight",
            "Think we'll leave it for now thanks",
            "Found someone cheaper so we'll go with them",
            "we'll give it a miss thanks",
            "change of plans, not going ahead with the install",
            "the boiler's come back on by itself so I'll stand you down",
            "I'll leave the booking go, can't afford it right now",
            "Pretty sure we can skip the appointment, the noise stopped",
        ),
        near_misses=(
            "we're gonna pass on the extended warranty",
            "take me off your mailing list",
            "can he stand on the roof?",
            "leave it for now and come back to the filter later",
            "give it a miss on the gutters, just do the hot water",
            "is he going ahead with the install today?",
        ),
        vetoes=CANCEL_VETOES,
        why="the visit declined in other words",
    ),
    cue(
        "cancel.visit_not_needed",
        "cancel",
        r"(?:don't|dont|do not) think (?:we|i)(?:'ll| will) need (?:the |a |you|him|anyone|anybody)(?:visit|appointment|call ?out|tech\w*|plumber|electrician|sparky)?",
        r"(?:won't|wont|will not) need (?:you |him |anyone )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today) (?:after all|anymore|any more)",
        r"no (?:visit|call ?out|appointment|one|tech\w*|plumber|electrician) (?:needed|required|necessary)",
        r"(?:visit|job|appointment|booking|call ?out)(?:'s| is) (?:not|no longer) (?:needed|required|necessary)",
        r"(?:don't|dont|do not|no need to) send (?:anyone|anybody|someone|him|her|a tech\w*|the \w+)(?! (?:before|until|till|after|round|around|to the|over till|yet)\b)",
        examples=(
            "turns out it was just the breaker, don't think we'll need the visit",
            "we won't need Monday after all",
            "my son-in-law sorted it over the weekend so no visit needed",
            "Mum's gone into care so the job's not needed anymore",
            "Don't send anyone, we've moved out",
        ),
        near_misses=(
            "don't send anyone before 10 please",
            "we won't need Monday's slot but can you do Tuesday?",
            "is a visit needed for a quote?",
        ),
        vetoes=(*CANCEL_VETOES, STILL_WANTED),
        why="the visit not needed any more, said without cancel",
    ),
)
CUES = (
    *CUES,
    # ---- the visit no longer needed, said politely (issue 13, h13langeu) ----
    cue(
        "cancel.no_longer_needed_languages",
        "cancel",
        r"ya no (?:vamos|voy) a (?:necesitar|ocupar)|ya no (?:necesitamos|necesito) (?:la visita|el servicio|que vengan?)|"
        r"(?:já )?n[ãa]o (?:vou|vamos) (?:mais )?precisar (?:da|de|do) (?:visita|t[ée]cnico|servi[çc]o|atendimento)|j[áa] n[ãa]o (?:vou|vamos) precisar|"
        r"(?:brauchen|benötigen|benotigen) (?:wir|ich) (?:leider )?(?:nicht mehr|doch nicht)|(?:den |diesen )?termin brauchen (?:wir|ich) (?:leider )?(?:nicht mehr|doch nicht)|"
        r"n'(?:avons|ai) plus besoin (?:de (?:l'intervention|la visite|votre passage|vous|du technicien))|"
        r"(?:vou|vamos) (?:ter de|ter que|precisar) desmarcar|desmarcar a (?:visita|marca[çc][ãa]o)|non abbiamo (?:più|piu) bisogno (?:dell'intervento|del tecnico|della visita)|(?:musimy |muszę |musze )?zrezygnowa[ćc] z (?:wizyty|usługi|uslugi)|"
        r"(?:вынуждены |хотим |хочу )?отказаться от (?:визита|услуги|мастера|заявки)|"
        r"(?:визит|мастер|приезд|выезд)\w* (?:нам |мне )?(?:больше |уже )?не нуж\w+|(?:нам|мне) (?:больше |уже )?не нужен (?:визит|мастер)",
        examples=(
            "Al final ya no vamos a necesitar la visita, muchas gracias",
            "Já não vou precisar da visita, obrigado",
            "Den Termin brauchen wir leider nicht mehr",
            "Finalement nous n'avons plus besoin de l'intervention",
            "Спасибо, но визит больше не нужен",
            "Purtroppo non abbiamo più bisogno dell'intervento",
            "Niestety musimy zrezygnować z wizyty",
            "Infelizmente vou ter de desmarcar",
            "К сожалению, вынуждены отказаться от визита",
        ),
        near_misses=(
            "¿voy a necesitar estar en casa?",
            "vou precisar estar em casa?",
            "Brauchen wir einen Termin?",
            "Мастер нужен завтра",
        ),
        vetoes=CANCEL_VETOES,
        why="the visit no longer needed, said politely, in the languages",
    ),
)
CUES = (
    *CUES,
    cue(
        "cancel.no_need_for_him",
        "cancel",
        # round h13en5 (issue 13): "so we're all good, no need for him", "not gonna need y'all after all"
        r"no need for (?:him|her|them|anyone|anybody|a visit|the tech\w*|a tech\w*|the plumber|the electrician|y'?all)\b(?! (?:to|until|till|before|if)\b)",
        r"(?:not gonna|not going to|won't|wont) need (?:y'?all|you guys|ya|you lot|him|her|them)(?: after all| anymore| any more)",
        examples=(
            "Hubby jiggled the float and it stopped running, so we're all good, no need for him",
            "not gonna need y'all after all, thanks anyway",
        ),
        near_misses=("no need for him to ring first", "no need for them to take their shoes off"),
        vetoes=CANCEL_VETOES,
        why="the technician not needed any more",
    ),
)
# round h13en5, third batch: "nah all sorted now", "scrap tomorrow",
# "we no longer require the service", "hold off on sending anyone"
CUES = (
    *CUES,
    cue(
        "cancel.rain_check_scrap",
        "cancel",
        r"^(?:nah|no|nope)[,.!]? (?:all |it's all |it's |its )?(?:sorted|fixed)(?: now)?\b(?![^.!?]*\?)",
        r"(?:scrap|ditch) (?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?: (?:visit|appointment|booking))?\b",
        r"no longer (?:require|want)(?:d)? (?:the|your|a|any) (?:service|visit|appointment|repair|tech\w*|plumber|electrician)",
        r"hold off (?:on )?send(?:ing)? (?:anyone|anybody|someone|him|the \w+)\b(?! (?:until|till|before|for)\b)",
        examples=(
            "nah all sorted now, ta",
            "scrap tomorrow please, we're away unexpectedly",
            "appreciate it but we no longer require the service",
            "hold off on sending anyone, still fine",
        ),
        near_misses=(
            "no, all sorted for access, gate code is 1234?",
            "hold off on sending anyone until I call",
            "we'll take a rain check on tomorrow",
        ),
        vetoes=CANCEL_VETOES,
        why="the visit called off in other words",
    ),
)
# Issue 13, h13langas: cancel said without diacritics in Vietnamese, and in Devanagari Hindi.
CUES = (
    *CUES,
    cue(
        "cancel.langas",
        "cancel",
        r"\bhuy (?:luon|lich|hen|di|nhe|cuoc hen|lich hen)\b|\bannile (?:randevou|li\b|l\b)|"
        r"(?:अपॉइंटमेंट|बुकिंग|appointment)?\s*(?:कैंसल|कैन्सल|रद्द) (?:कर|करें|करो|कीजिए|करवा)",
        examples=("Huy luon nhe, khong can sua nua", "अपॉइंटमेंट कैंसल कर दीजिए", "Annile randevou a souple"),
        near_misses=("huy hieu cua cong ty", "कैंसल नहीं करना है, बस समय बदलना है"),
        vetoes=CANCEL_VETOES,
        why="cancel the visit, in Vietnamese without diacritics and in Devanagari",
    ),
)
# "see you then", "confirmed": the visit kept in the same text, so "we're good now" is no cancellation.
VISIT_KEPT = Veto(
    "cancel.veto.visit_kept",
    "the visit kept in the same text: 'we're good now, see you at 10'",
    re.compile(r"\bsee (?:you|ya|u)\b|\bconfirm\w*|\bstill on\b|\bstill coming\b|\blet him in\b"),
    scope="text",
    examples=("ok we're good now, see you at 10",),
)
# Issue 13, h13en6b: the fault gone, said the way people text it: "got it fixed already, thanks anyway",
# "we ended up getting it sorted", "neighbour had a look and fixed it", "I think we're ok now, the heat came
# back on", "we're all sorted now, thanks".
CUES = (
    *CUES,
    cue(
        "cancel.sorted_without_us",
        "cancel",
        r"(?:^|(?<=, )|(?<=\. )|\b(?:ended up|managed to|finally|already|we|i) )(?:got|getting|gotten) it (?:fixed|sorted|working|going)\b",
        r"(?:had|took) a (?:look|quick look|gander|squiz) and (?:fixed|sorted|repaired) it\b",
        r"(?:we're|we are|i'm|i am|we should be|i think we're|think we're) (?:all )?(?:ok|okay|good|fine|all good|sorted) now\b",
        r"(?:heat|heating|power|hot water|water|ac|air|air con|aircon|boiler|furnace|electricity|lights|it)(?:'s| has| is)? came back on\b",
        examples=(
            "got it fixed already, thanks anyway",
            "we ended up getting it sorted, thanks though",
            "neighbour had a look and fixed it, all good",
            "I think we're ok now, the heat came back on",
            "we're all sorted now, thanks",
        ),
        near_misses=(
            "can he get it fixed today?",
            "the heat came back on but it's banging, can he still come?",
            "we're good now, see you at 10",
            "he had a look and fixed it last year, same problem again?",
            "once we got it working? no luck",
        ),
        vetoes=(*CANCEL_VETOES, STILL_WANTED, VISIT_KEPT),
        why="the fault gone or handled without the visit, said without cancel",
    ),
)
# ---- issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, one record per family ----
CUES = (
    *CUES,
    cue(
        "cancel.languages_h7",
        "cancel",
        r"(?:予約|訪問|修理|点検|工事)(?:を|は)?(?:キャンセル|取り消)|キャンセル(?:したい|します|でお願い|してください|させてください)",
        r"(?:randevu\w*|ziyaret\w*) (?:\S+ )?iptal|iptal (?:etmek istiyorum|edin|ediyorum|edelim|etmem lazım)",
        r"(?:afspraak|bezoek) (?:\w+ ){0,2}(?:annuleren|afzeggen|cancelen)|annuleer (?:de |mijn |onze )?afspraak",
        r"ακυρώσ\w* (?:\S+ )?(?:το )?ραντεβού|ακύρωση (?:του )?ραντεβού|ακυρώστε",
        r"скасувати (?:\S+ )?(?:запис|візит|виклик|замовлення)|скасуйте|відмінити (?:\S+ )?(?:запис|візит|виклик)|відміняю (?:запис|візит|виклик)",
        examples=(
            "予約をキャンセルしたいです",
            "Randevuyu iptal etmek istiyorum",
            "Ik wil de afspraak annuleren",
            "Θέλω να ακυρώσω το ραντεβού",
            "Хочу скасувати запис",
        ),
        near_misses=(
            "キャンセル料はかかりますか？",
            "Randevuyu iptal edersem ücret var mı?",
            "Wat kost het om de afspraak te annuleren?",
            "Αν ακυρώσω το ραντεβού, υπάρχει χρέωση;",
            "Якщо скасувати запис, буде штраф?",
        ),
        vetoes=(
            *CANCEL_VETOES,
            Veto(
                "cancel.veto.fee_or_if_languages_h7",
                "a cancellation asked about, for its fee or as an if: 'iptal edersem', 'wat kost het om te annuleren'",
                re.compile(r"料|edersem|ücret|wat kost|kosten|als ik|αν |χρέωση|якщо|штраф"),
                scope="sentence",
                examples=("Randevuyu iptal edersem ücret var mı?",),
            ),
        ),
        why="cancel the appointment, in Japanese, Turkish, Dutch, Greek and Ukrainian",
    ),
)

# ---- issue 13, h13lang8: Swedish, Danish, Norwegian, Romanian, Czech, Hungarian, Indonesian/Malay ----
CUES = (
    *CUES,
    cue(
        "cancel.languages_h8",
        "cancel",
        r"(?:avboka|avbeställa|avbestalla|avbestille|aflyse|afbestille|annullere|annulere|ställa in|stalla in) (?:\S+ ){0,2}(?:besöket|besoket|besøget|besøket|tiden|timen|bokningen|bestillingen|aftalen|avtalen|bes[oø]g)|"
        r"(?:vill|vil|ønsker|önskar) (?:gerne |gjerne )?(?:avboka|avbestille|aflyse|afbestille)\b",
        r"(?:anulez|anula[tț]i|anulati|anulăm|anulam|s[aă] anul[aă]m|s[aă] anulez|vreau s[aă] anulez|anuleaz[aă]) (?:\S+ ){0,2}(?:programarea|vizita|interven[tț]ia|comanda)|vreau s[aă] anulez\b",
        r"(?:zru[sš]it|zru[sš]te|zru[sš][ií]m|ru[sš][ií]m) (?:\S+ ){0,2}(?:n[aá]v[sš]t[eě]vu|term[ií]n|objedn[aá]vku|v[yý]jezd|opravu)|chci zru[sš]it\b",
        r"(?:lemond\w*) (?:\S+ ){0,2}(?:az )?(?:id[oő]pont\w*|l[aá]togat[aá]s\w*|kisz[aá]ll[aá]s\w*|jav[ií]t[aá]s\w*)|(?:id[oő]pont\w*|l[aá]togat[aá]s\w*) (?:\S+ )?lemond\w*",
        r"(?:membatalkan|batalkan|batal|membatalkan) (?:\S+ ){0,2}(?:janji|kunjungan|jadual|jadwal|temu ?janji|servis|booking|tempahan)|(?:mau|ingin|nak) (?:membatalkan|batalkan|batal)\b",
        examples=(
            "Jag vill avboka besöket",
            "Jeg vil gerne aflyse besøget",
            "Jeg vil avbestille timen",
            "Vreau să anulez programarea",
            "Chci zrušit návštěvu",
            "Szeretném lemondani az időpontot",
            "Saya mau membatalkan janji",
        ),
        near_misses=(
            "Kostar det något att avboka besöket?",
            "Koster det noget at aflyse besøget?",
            "Dacă anulez programarea, trebuie să plătesc?",
            "Kolik stojí zrušit návštěvu?",
            "Mennyibe kerül lemondani az időpontot?",
            "Kalau saya membatalkan janji, ada biaya?",
        ),
        vetoes=(
            *CANCEL_VETOES,
            Veto(
                "cancel.veto.fee_or_if_languages_h8",
                "a cancellation asked about, for its fee or as an if: 'kostar det att avboka', 'dacă anulez'",
                re.compile(
                    r"kost(?:ar|er)|avgift|gebyr|dac[aă]|daca|c[aâ]t cost|kolik|poplat|pokud|kdyby|mennyi|d[ií]j|ha lemond|kalau|jika|biaya|bayaran"
                ),
                scope="sentence",
                examples=("Kostar det något att avboka besöket?",),
            ),
        ),
        why="cancel the appointment, in Swedish, Danish, Norwegian, Romanian, Czech, Hungarian and Indonesian",
    ),
)

# Issue 13, h13deep8: cancel in Arabizi ("bade alghi el maw3ed") and Swiss German ("mir mönd de Termin absäge").
CUES = (
    *CUES,
    cue(
        "cancel.texted_h13deep8",
        "cancel",
        r"(?:alghi|elghi|ilghi|el8i|2elghi|nelghi|tilghi|talghi)(?:lna|li)? (?:el |l)?(?:maw3ed|maw3id|mo3ad|7ajz|appointment)",
        r"(?:termin )?(?:absäge|absäga|abblase|abbsäge)\b",
        examples=("bade alghi el maw3ed", "mir mönd de Termin absäge"),
        near_misses=("bade 2ajel el maw3ed", "de Termin passt, merci"),
        vetoes=CANCEL_VETOES,
        why="cancel the visit, in Arabizi and Swiss German",
    ),
)

# ---- issue 13, h13lang9: Farsi (and Finglish), Hebrew, Somali, Amharic, Bengali, Thai, Punjabi ----
CUES = (
    *CUES,
    cue(
        "cancel.languages_h9",
        "cancel",
        *nfkc(
            r"(?:وقت|نوبت|قرار)\S* (?:\S+ )?(?:رو |را )?(?:کنسل|لغو) (?:کنید|کنین|کن|بشه)|(?:کنسل|لغو)ش (?:کنید|کنین)|"
            r"(?:vaght|nobat)\w* (?:ro )?(?:cancel|kansel|laghv) (?:konid|konin|kon)\b",
            r"(?:לבטל|מבטל|מבטלת|תבטלו|בטלו) (?:\S+ ){0,2}(?:התור|הביקור|הפגישה|ההזמנה)",
            r"(?:baaji|tirtir|kansal)\w* (?:\w+ )?ballan\w*|ballan\w* (?:\w+ ){0,2}(?:baaji|tirtir|kansal)\w*|inaan baajiyo",
            r"ቀጠሮ\S* (?:\S+ )?(?:መሰረዝ|ሰርዙ|ይሰረዝ|ሰርዝ)",
            r"(?:অ্যাপয়েন্টমেন্ট|অ্যাপোয়েন্টমেন্ট|বুকিং|ভিজিট)\S* (?:\S+ )?বাতিল",
            r"ยกเลิก(?:นัด|การนัด|คิว|การจอง)",
            r"(?:ਅਪੌਇੰਟਮੈਂਟ|ਅਪਾਇੰਟਮੈਂਟ|ਬੁਕਿੰਗ)\S* (?:\S+ )?(?:ਰੱਦ|ਕੈਂਸਲ)",
        ),
        examples=(
            "لطفاً وقتم رو کنسل کنید",
            "אני רוצה לבטל את התור",
            "Waxaan rabaa inaan baajiyo ballanta",
            "ቀጠሮውን መሰረዝ እፈልጋለሁ",
            "অ্যাপয়েন্টমেন্টটা বাতিল করতে চাই",
            "ขอยกเลิกนัดครับ",
            "ਮੈਂ ਅਪੌਇੰਟਮੈਂਟ ਰੱਦ ਕਰਨੀ ਹੈ",
        ),
        near_misses=(
            "اگه وقتم رو کنسل کنم هزینه داره؟",
            "כמה עולה לבטל את התור?",
            "ถ้ายกเลิกนัดต้องเสียเงินไหม",
            "অ্যাপয়েন্টমেন্ট বাতিল করলে কি চার্জ লাগবে?",
        ),
        vetoes=(
            *CANCEL_VETOES,
            Veto(
                "cancel.veto.fee_or_if_languages_h9",
                "a cancellation asked about, for its fee or as an if: 'اگه کنسل کنم', 'כמה עולה לבטל', 'ถ้ายกเลิก'",
                re.compile(
                    "|".join(
                        nfkc(
                            r"اگه|اگر|هزینه|כמה עולה|אם אבטל|דמי ביטול|haddii|lacag|ከሆነ|ክፍያ|যদি|চার্জ|খরচ|ถ้า|ค่าธรรมเนียม|เสียเงิน|ਜੇ |ਫੀਸ|ਕਿੰਨੇ"
                        )
                    )
                ),
                scope="sentence",
                examples=("اگه وقتم رو کنسل کنم هزینه داره؟",),
            ),
        ),
        why="cancel the appointment, in Farsi, Hebrew, Somali, Amharic, Bengali, Thai and Punjabi",
    ),
)

CANCEL = CueSet("cancel", CUES)
