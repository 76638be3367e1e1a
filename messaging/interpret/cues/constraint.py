"""Constraint cues: a time that bounds the visit, not the customer's arrival nor a new slot.

"I need to be out the door by 2:30", "school pickup at 3:15, I'll be gone 20 min", "we have guests
arriving at 14:00 so he needs to be done by then", "visitor parking is only 2 hours": the visit stands
and the time is a limit around it (the customer leaves, steps out for a while, someone else comes
home, the work must end, a rule of the street). Read as an ETA, such a time became a lateness with an
arrival the customer never gave (issue 13, h13constraint11); read as a slot, a reschedule.

These cues name no intent of their own (they stand for `other`: the visit is unchanged). `core`
reads them beside the time grammar: a wait or an ETA phrase in the same sentence as a standing
constraint is no lateness, a request with a time there is no new slot, and the rules' reading keeps
the lead over a learned guess of lateness or a move (`voices`). A constraint said beside a real
lateness ("running 20 late, and I have to leave by 4") keeps the lateness: its own cue reads it.
"""

from __future__ import annotations

import re

from . import NEGATED, Cue, CueSet, Veto, cue

# "I'll be gone 20 min" said of the technician ("he'll be gone 20 min to get the part") is his errand.
SOMEONE_ELSES_ERRAND = Veto(
    "constraint.veto.someone_elses_errand",
    "the technician's own errand or limit: 'he'll pop out for 20 min to get the part'",
    re.compile(
        r"\b(?:he|she|they|he'll|she'll|they'll|he's|she's|the tech\w*|your (?:guy|tech\w*))\s+(?:\w+\s+)?$"
    ),
    scope="before",
    examples=("he'll pop out for 20 min to get the part",),
)
# "I won't be back until 3 so I'll be gone till then": a lateness said in the same breath.
LATE_SAID = Veto(
    "constraint.veto.late_said",
    "a lateness said in the same sentence: 'running late, I'll pop out after'",
    re.compile(
        r"\b(?:late|behind|won't be (?:home|back|there)|not (?:home|back) (?:till|until)|stuck|held up|on my way|omw)\b|"
        # the absence already under way and drawn out: "I'll be out for another 20 minutes, sorry"
        r"\b(?:another|still|sorry)\b|\b(?:<?\d+|a few|few|some|ten|twenty|thirty) more (?:minutes|mins?)\b"
    ),
    scope="sentence",
    examples=(
        "I'm stuck at work so I'll be gone 20 more minutes",
        "I'll be out for another 20 minutes, sorry",
    ),
)
VETOES = (NEGATED, SOMEONE_ELSES_ERRAND, LATE_SAID)

CUES: tuple[Cue, ...] = (
    cue(
        "constraint.must_leave_by",
        "other",
        # the customer's own departure: "I need to be out the door by 2:30", "I'm out of here by 4:15"
        r"(?:i|we) (?:need|have|got|gotta|must)(?: to)? (?:be )?(?:out (?:the door|of (?:here|the house))|gone|off|leaving)(?: by| at| before)?",
        r"(?:i'm|i am|we're|we are|im) (?:out (?:the door|of here|of the house)|off) (?:by|at|before|around)",
        r"(?:i|we) (?:have|need|got|gotta) to (?:leave|head out|go|be off)(?: for \w+)? (?:by|at|before|around)",
        r"(?:i|we) (?:leave|head out) for (?:work|school|the airport|my shift) (?:at|by|around)",
        r"hard stop (?:at|by)",
        # somewhere the customer must be: "I have to be at the school at 1:30", "need to be at work by 9"
        r"(?:i|we) (?:have|need|got|gotta|must)(?: to)? be (?:at|in) (?:the |my |a |our )?(?:school|work|office|doctor'?s?|dentist'?s?|hospital|"
        r"airport|station|gym|church|clinic|daycare|nursery|meeting|appointment|class) (?:at|by|for|before)",
        r"tengo que (?:salir|irme)|je dois partir|tenho que sair|ich muss um|devo uscire",
        examples=(
            "heads up I need to be out the door by 2:30",
            "My shift starts at 5 so I'm out of here by 4:15",
            "I have to leave by 4",
            "I leave for work at 9:45 so please be on time",
            "could we push to 3? I have to be at the school at 1:30",
            "I've got a hard stop at 2:30, will he be done by then?",
            "Tengo que salir a las 12",
        ),
        near_misses=(
            "I have to leave work early, be there by 1:30",
            "leaving now, be there by 4",
            "he has to leave by 4?",
            "I have to be home at 3",
        ),
        vetoes=VETOES,
        why="the customer leaves at a time: the visit must fit before it, no arrival said",
    ),
    cue(
        "constraint.step_out_for_a_while",
        "other",
        # the customer steps out during the visit and comes back: "I'll be gone 20 min", "pop out at 1:30"
        r"(?:i'll|i will|i'm going to|i'm gonna|i need to|i'll need to|i have to|i might) (?:be gone|be out|pop out|nip out|step out|duck out|run out)"
        r"(?: at [^,.!?]{1,12})? for\b",
        r"(?:i'll|i will) be gone <?\d+",
        r"(?:i'll|i will) be gone (?:twenty|thirty|fifteen|ten|half an hour|an hour)",
        r"(?:pop|nip|step|duck) out (?:at|around|for)\b",
        r"voy a salir (?:por|a)\b[^.!?]{0,40}regreso en",
        examples=(
            "school pickup at 3:15, I'll be gone 20 min",
            "I'll need to pop out at 1:30 for about half an hour",
            "C. I do the school run at 3.15 so I'll nip out for 20 min",
            "Voy a salir por los niños a las 11, regreso en 20 minutos",
        ),
        near_misses=(
            "I'm out for 20 more minutes, sorry",
            "he'll pop out for 20 min to get the part",
            "regreso en 20 minutos",
        ),
        vetoes=VETOES,
        why="the customer steps out for a while during the visit: an absence, not a late arrival",
    ),
    cue(
        "constraint.someone_else_comes",
        "other",
        # someone else's hour: guests, tenants, the kids coming home; the work must end by then. A spouse
        # coming home is left out: "my husband will be home by 12:30 to let you in" is the one who lets
        # him in arriving late (dev_like_2).
        r"(?:guests|visitors|company|tenants|clients|patients|the kids|my kids|the cleaners?|the movers|people) "
        r"(?:are )?(?:arriving|coming|come|comes|get (?:home|back|here)|arrive|due)(?: over| round)? (?:at|around|by|from)",
        r"(?:needs?|has|have) to be (?:done|finished|out|wrapped up|gone) (?:by|before)",
        r"llegan visitas|tenemos visitas",
        examples=(
            "we have guests arriving at 14:00 so he needs to be done by then",
            "My kids get home at 3, will you be done by then?",
            "the tenants get back at 5 so it has to be finished by then",
            "the cleaner comes at 2 so the kitchen will be busy after that",
        ),
        near_misses=(
            "I'll be home at 5",
            "My husband will be home by 12:30 to let you in",
            "guests are here so please use the back door",
        ),
        vetoes=VETOES,
        why="someone else's hour, or a time the work must end by: a limit on the visit",
    ),
    cue(
        "constraint.street_rule",
        "other",
        # a rule of the street or building with its hours: "visitor parking is only 2 hours", "no parking after 4"
        r"(?:parking|park) is (?:only |limited to )?(?:<?\d|one|two|three|an?) ?(?:hours?|hrs?|minutes|mins?)\b",
        r"no (?:parking|stopping)\b[^.!?]{0,25}(?:after|before|from|until|till|between)",
        r"(?:no se puede|prohibido|no puede|no pueden) estacionar",
        r"parkverbot",
        examples=(
            "visitor parking is only 2 hours, so park on Oak st instead",
            "No parking on the street after 4",
            "No se puede estacionar en la calle después de las 4",
        ),
        near_misses=("parking is fine out front", "can he park on the street after 4?"),
        vetoes=(NEGATED,),
        why="a rule of the street or building with its hours: something to know on arrival",
    ),
)
CUES = (
    *CUES,
    cue(
        "constraint.work_done_by",
        "other",
        # the work asked to end by a time, the visit unchanged: "will he be done by 3?", "¿puede terminar
        # antes de las 2?", "il aura fini avant ?", "ist er bis dahin fertig?", "riuscite a finire prima?"
        r"(?:can|could|will|would) (?:he|she|they|it|you|the (?:job|work|tech\w*)) (?:be )?(?:done|finished|finish|wrap(?:ped)? up)\b[^?.!]{0,15}(?:by|before)",
        r"(?:puede|pueden|podr[aá]|podr[aá]n|alcanza a|alcanzan a) (?:terminar|acabar)(?: todo)? (?:antes|para las|a las)",
        r"(?:il|elle|ils) aura(?:ont)? fini avant|bis dahin fertig|(?:riesce|riuscite|riesci) a finire prima",
        examples=(
            "¿Puede terminar antes de las 2? Llegan visitas",
            "Je dois partir à 16h, il aura fini avant ?",
            "can he be finished before 5? the tenants get back then",
        ),
        near_misses=("can he come before 5?", "¿puede venir antes de las 2?"),
        vetoes=(NEGATED,),
        why="the work asked to end by a time: a question about the visit as booked, no new slot",
    ),
    cue(
        "constraint.notice_before",
        "other",
        # an instruction to warn first, with a time: "pls text before 1 so I can put the dogs away"
        r"(?:text|call|ring|message|buzz) (?:me |us )?(?:first |ahead )?before <?\d+",
        r"(?:pick up|grab|collect|get) the (?:keys?|fob|pass|swipe card|remote)\b[^.!?]{0,30}\b(?:before|by)",
        r"(?:recoja|recoger|pase por) (?:las|la) llaves?\b[^.!?]{0,30}\bantes",
        examples=(
            "pls text before 1 so I can put the dogs away",
            "pick up the keys from the office before 8:30",
            "The leasing office closes at 5 so grab the fob before then",
            "Recoja las llaves en la oficina antes de las 8:30",
        ),
        near_misses=("text me when you're 10 out", "can he come before 1?"),
        vetoes=(NEGATED,),
        why="an instruction to act before a time (warn first, fetch the key): something to know on arrival",
    ),
)
CONSTRAINT = CueSet("other", CUES)
