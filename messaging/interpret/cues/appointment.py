"""Vetoes shared by the cues that ask something of the appointment (cancel, reschedule).

A cancel or reschedule word is not a request when it is offered as a fallback ("or should we
reschedule?"), when something else was cancelled ("my meeting got cancelled"), when it is said to
happen later ("I'll call to rebook"), or when the business did it to the customer ("you've
rescheduled on me": a grievance) or it is threatened on a condition ("if he's not here by 3 I
cancel": a grievance too).
"""

from __future__ import annotations

import re

from . import NEGATED, Veto

HEDGED = Veto(
    "appointment.veto.hedged",
    "offered as a fallback, not asked for: 'is that ok or should we reschedule'",
    re.compile(
        r"(?:\bor (?:if )?(?:should|can|could|do|we should|i should) (?:we |i )?|\botherwise (?:we can )?|\bif not,? (?:we can )?|"
        r"\b(?:considering|thinking (?:about|of)|might|may|about to|close to) )$"
    ),
    scope="near_before",
    examples=("Is 3 still ok or should we reschedule?", "we might cancel, I'll let you know tonight"),
)
SOMETHING_ELSE = Veto(
    "cancel.veto.something_else",
    "something else was cancelled ('my meeting got cancelled, so I'm home'): not the visit",
    re.compile(
        r"\b(?:meeting|flight|ferry|train|bus|plane|ride|plans|class|practice|game|trip|event|shift|surgery|call|school|lesson)(?:s|'s)? "
        r"(?:got |was |were |has been |have been |is |been )?$"
    ),
    scope="near_before",
    examples=("my meeting got cancelled so I'm home all day", "train's been cancelled, getting a taxi"),
)
# "i just cancelled my meeting for nobody to show": the customer cancelled something of their own for the visit
# (issue 13, h13en6a).
SOMETHING_ELSE_AFTER = Veto(
    "cancel.veto.something_else_after",
    "the customer cancelled something of their own ('I cancelled my meeting for this'): not the visit",
    re.compile(
        r"^ (?:my|our|a|me) (?:\w+ )?(?:meeting|meetings|plans|flight|trip|lunch|class|shift|lesson|holiday|gym|"
        r"doctor\w*|dentist|physio|hair\w*|work call|other plans)\b|"
        # "I'm about to cancel my other appointment so I can be home" (issue 13, h13threat11)
        r"^ (?:my|our) other (?:appointment|booking|thing|plans?|job)s?\b"
    ),
    scope="after",
    examples=(
        "cool so i just cancelled my meeting for nobody to show",
        "I cancelled my plans to be here for this",
        "I'm about to cancel my other appointment so I can be home",
    ),
)
THREATENED = Veto(
    "cancel.veto.threatened",
    "a cancellation threatened on a condition ('if he's not here in half an hour I cancel'): a grievance",
    re.compile(
        r"\b(?:si no|if not|otherwise|in case|if (?:i|we|he|she|they|you|nobody|no one|someone|it)\b|"
        # German and French conditions: "wenn er bis 15 Uhr nicht da ist, storniere ich" (issue 13, h13urgent9)
        r"wenn|falls|s'il|si (?:personne|vous|elle)\b|"
        # Portuguese: "se ele não chegar até as 15h eu cancelo" (issue 13, h13threat11)
        r"\bse (?:ele|ela|eles|ninguém|ninguem|n[aã]o|o t[eé]cnico|voc[eê]s?)\b)[^.!?;]*$"
    ),
    scope="all_before",
    becomes="complaint",
    examples=(
        "if he's not here in half an hour I'm cancelling",
        "wenn er bis 15 Uhr nicht da ist, storniere ich",
        "se ele não chegar até as 15h eu cancelo",
    ),
)

# "you have 30 minutes or I'm cancelling", "1 more hour of this and I cancel", "tienen 30 minutos o
# cancelo": a cancellation set as the price of a deadline. Nothing is cancelled yet; the customer is at
# the edge of leaving, so it is a grievance and urgent (issue 13, h13urgent9).
_DEADLINE = (
    r"(?:\b\d+|\ban?|\bhalf an?) (?:more )?(?:minutes?|mins?|hours?|hrs?|minutos?|horas?|stunden?)\b|"
    r"\b(?:until|till|by|before|hasta|antes de(?: las?)?|jusqu'à|bis)\s+(?:at )?\d"
)
ULTIMATUM = Veto(
    "cancel.veto.ultimatum",
    "a cancellation set as the price of a deadline ('you have 30 minutes or I'm cancelling'): a grievance",
    re.compile(
        rf"(?:{_DEADLINE})[^.!?;]*\b(?:or(?: else)?|otherwise|then|o|sinon|sino|oder|dann)\s+"
        r"(?:(?:i'm|im|i am|i'll|i will|i|we're|we'll|we will|we|je|j')\s*)?(?:just |gonna |going to )?$|"
        # "30 more minutes and I'm cancelling": more time granted, then the cancel
        r"\bmore (?:minutes?|mins?|hours?|hrs?)\b[^.!?;]{0,20}\band (?:i'm|im|i|we're|we) (?:just )?$|"
        # a demand, then "or I cancel": "get someone here today or we cancel the contract", "he better be on
        # his way this time or I'm cancelling" (issue 13, h13threat11). The clause before "or" asks nothing
        # ("should I move it or cancel?" is a fallback offered, `HEDGED`), and "or I could cancel" offers.
        r"(?:^|[.!?;]\s*)(?![^.!?;]*\b(?:should|shall|want me to|do you want|would you (?:like|prefer)|rather)\b)[^.!?;]*"
        r"\b(?:or(?: else)?|otherwise),?\s+(?:i'm|im|i am|i'll|i will|i|we're|we'll|we will|we)\s+(?:just |gonna |going to |will )?$|"
        # the deadline in one sentence, the cancel as its price in the next: "I'll give him 15 more minutes.
        # then I cancel", "not waiting past 3. after that consider it cancelled"
        rf"(?:{_DEADLINE}|\bpast (?:\d|noon)|\bmore (?:minutes?|mins?|hours?|hrs?)\b)[^!?;]{{0,40}}[.,]\s*"
        r"(?:then|after that|otherwise|if not|past that)\b[^.!?;]{0,30}$"
    ),
    scope="all_before",
    becomes="complaint",
    examples=(
        "you have 30 minutes or I'm cancelling",
        "he's got till 3:30 or I cancel and go with someone else",
        "30 more minutes and I'm cancelling the whole thing",
        "I'm giving you until 3 then I'm canceling",
        "tienen 30 minutos o cancelo",
        "vous avez 30 minutes sinon j'annule",
        "Final warning, get someone here today or we cancel the contract",
        "he better actually be on his way this time or I'm cancelling",
        "I'll give him 15 more minutes. then I cancel",
        "not waiting past 3. after that consider it cancelled",
    ),
)
# "I'm this close to cancelling", "honestly about to cancel", "don't make me cancel", "ya estoy a punto
# de cancelar": the customer at the edge of cancelling, nothing cancelled yet. A grievance and urgent, as
# `THREATENED` is (issue 13, h13threat11). "thinking about / might cancel" stays `HEDGED` (a plan
# weighed, often calmly: "we might cancel, I'll let you know tonight").
AT_THE_EDGE = Veto(
    "cancel.veto.at_the_edge",
    "the customer about to cancel, not cancelling: 'I'm this close to cancelling', 'don't make me cancel'",
    re.compile(
        r"\b(?:(?:about|close|ready|this close|so close|very close|seconds away from|minutes away from) (?:to|from)|"
        r"seriously (?:thinking|considering)(?: (?:about|of))?|don'?t make (?:me|us)|"
        r"a punto de|(?:estoy|estamos) por|(?:ya )?casi|sur le point d'?|pr[eê]te? à|prestes a|quase|kurz davor,? (?:zu )?)\s*$"
    ),
    scope="before",
    becomes="complaint",
    examples=(
        "I'm this close to cancelling",
        "Honestly about to cancel. 2 hours past the window and not a word",
        "don't make me cancel. where's the tech",
        "ya estoy a punto de cancelar, dos horas esperando",
        "I'm seriously thinking about cancelling, this is the second time",
    ),
)
REBOOK_LATER = Veto(
    "reschedule.veto.later",
    "a reschedule some day, none asked for now: 'I'll call to rebook once we have a date'",
    re.compile(
        r"(?:call|ring|text|phone|contact you|get back to you|be in touch|reach out)(?: \w+){0,2} (?:to|and) $|"
        r"\b(?:i'll|we'll|i will|we will) $"
    ),
    scope="near_before",
    examples=("I'll call to rebook once we have a date",),
)
BUSINESS_DID_IT = Veto(
    "appointment.veto.business_did_it",
    "the business cancelled or moved it ('you've rescheduled me again', 'third time'): a grievance",
    re.compile(
        r"(?:(?:<qty>|second|third|fourth) time |\bagain |(?:\b\d+(?:st|nd|rd|th)|\bsecond|\bthird|\bfourth|\banother) )$|"
        r"(?<!can )(?<!could )(?<!would )(?<!will )(?<!do )(?<!need )(?<!want )(?:\byou|\byou've|\byou have|\bu|\bthey|\byou guys)\s+"
        # "so you can take me off the schedule" lets the business do it (issue 13, round 8)
        r"(?!(?:guys |all )?(?:can|may|could|should|are welcome to) )(?:\w+\s+){0,2}$"
    ),
    scope="near_before",
    becomes="complaint",
    examples=("you guys cancelled on me yesterday and now this", "this is the third time rescheduled"),
    # "don't need you anymore, it started working again" is the customer's own cancel (h13urgent9)
)
DONE_ON_ME = Veto(
    "appointment.veto.done_on_me",
    "'cancelled on me', 'rescheduled on me': done to the customer, a grievance",
    re.compile(r"^ on me"),
    scope="after",
    becomes="complaint",
    examples=("the office rescheduled on me without asking",),
)
# "is there a charge if we cancel?", "what's your policy if I cancel?": a question about cancelling,
# neither a cancellation nor a threat.
ASKS_ABOUT_CANCELLING = Veto(
    "cancel.veto.asks_about_cancelling",
    "a fee, a policy or a way to cancel asked about: 'is there a charge if we cancel?', 'how do I cancel if...'",
    re.compile(
        r"\b(?:charge|fee|penalty|cost|policy|deposit|refund|how (?:do|can|would) (?:i|we)|can (?:i|we) still|"
        r"is it (?:ok|okay|possible) to|what happens)\b[^.!?;]*$"
    ),
    scope="all_before",
    examples=("is there a charge if we cancel?", "what's your policy if I need to cancel last minute?"),
)
# "if I cancel do I lose the deposit?", "is there a fee to reschedule?", "do you guys cancel if it
# snows?": a question about what cancelling or moving costs or when the business does it, asked in the
# same sentence as the word. Nothing is cancelled or moved; the customer asks the rule (issue 13,
# h13q9). `ASKS_ABOUT_CANCELLING` reads the fee before the word; this one reads the whole asking
# sentence, after the word too, and stands back when the sentence also asks for it outright ("I need
# to cancel, is there a fee?") or names the new day ("can I move it to friday, any charge?").
ASKED_COST_OR_RULE = (
    r"\b(?:charge[sd]?|charging|fee|fees|penalty|penalt(?:ies)?|policy|deposit|refund(?:able|ed)?|notice|for free|"
    r"is it free|lose (?:the|my|our) (?:deposit|money)|cargo|cobr[ao]n?|cobrar|pol[ií]tica|dep[oó]sito|multa|"
    r"reembols\w*|frais|politique|gratis)\b|"
    # what it costs or when it is too late, asked some other way: "do I get my money back if I cancel",
    # "how late can I cancel without paying anything", "can I cancel online or do I have to call?", "tem
    # taxa se eu cancelar?", "kostet es etwas, wenn ich storniere?" (issue 13, h13threat11)
    r"\b(?:money back|(?:my|our|the) (?:money|deposit) back|without (?:paying|being charged|a charge|any charge)|pay anything|"
    r"how (?:late|much notice|far (?:ahead|in advance)|soon|long before)|by when|cancell?ation window|online|on the app|"
    r"by text|over text|do (?:i|we) (?:have|need) to call|taxa|cobram|cobran[çc]a|reembolso|kostet|kosten|geb[üu]hr\w*)\b|"
    r"\bif (?:it|the weather|there'?s|there is)\b[^.!?;]{0,20}\b(?:rains?|snows?|storms?|pours?|bad|weather|ice|icy)\b|"
    r"\bsi (?:llueve|nieva|hace mal tiempo)\b"
)
ASKS_WHAT_IT_COSTS = Veto(
    "appointment.veto.asks_what_it_costs",
    "a question about the fee, deposit, notice or weather rule for cancelling or moving, not a request",
    re.compile(
        rf"^(?=.*(?:{ASKED_COST_OR_RULE}))(?=.*\?|\s*(?:¿|how|what|what's|whats|is|are|do|does|can|could|will|would|"
        r"hypothetically|mate|y si|si|qu[eé])\b)"
    ),
    scope="sentence",
    unless=re.compile(
        r"(?<!\bif )(?<!\bin case )\b(?:i|we) (?:really |just )?(?:need|needs|have|want|gotta|got|'d like) to "
        r"(?:cancel|reschedule|move|push|rebook|change)\b|\b(?:please|pls|plz)\b|"
        # "cancelen la cita por favor, ¿hay algún cargo?": asked outright in Spanish, French, German too
        r"\b(?:por favor|porfa|s'il vous pla[iî]t|svp|bitte)\b|"
        r"\b(?:can|could|would) (?:you|u|you guys) (?:please )?(?:cancel|reschedule|move|push)\b|"
        r"\b(?:to|for|on|until|till|until) (?:next |this )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
        r"\b(?:to|for|until|till) (?:next week|the week after|the weekend|tomorrow|the \d{1,2}(?:st|nd|rd|th))\b"
    ),
    examples=(
        "if I cancel do I lose the deposit?",
        "is there a fee to reschedule?",
        "can I reschedule if it rains or is that a charge",
        "do you guys cancel if it snows?",
        "how late can I cancel without being charged",
        "si cancelo pierdo el depósito?",
        "¿cobran algo por reprogramar?",
        "do I get my money back if I cancel",
        "how late can I cancel without paying anything",
        "can I cancel online or do I have to call?",
        "tem taxa se eu cancelar?",
    ),
)


def asks_what_it_costs(sentence: str) -> bool:
    """Whether a sentence asks what cancelling or moving costs, or the rule for it
    (`ASKS_WHAT_IT_COSTS`): the slot-request reading uses it too ("can I move it later or is there a
    penalty?" names a time, yet asks for none)."""
    veto = ASKS_WHAT_IT_COSTS
    return bool(veto.pattern.search(sentence)) and not (veto.unless and veto.unless.search(sentence))


# "cancel tomorrow and put me down for friday": a new day booked beside the cancel. Both apply: the
# visit is cancelled and another asked for, so the text is a cancel (the contract's priority) with a
# reschedule beside it, and the two requests together make the reading unsure (a person books it).
MOVED_TO_A_NEW_DAY = Veto(
    "cancel.veto.moved_to_a_new_day",
    "a cancel with a new day booked beside it asks for that day too: 'cancel tomorrow and put me down for friday'",
    re.compile(
        # "scratch tomorrow, pencil us in for the 14th": a comma joins them as well (issue 13, h13en6b)
        r"^[^.!?;]{0,25}?(?:\b(?:and|&|then)\s+|,\s*(?:(?:and|then|pls|please)\s+)?)(?:put|book|pencil|move|switch|rebook|make it|sign)\b"
        r"(?:\s+(?:me|us|it|him))?(?:\s+(?:down|in|up))?\s+(?:for|to|on)\b"
        # "cancelar la cita de mañana y pasarla al lunes", "annuler jeudi et la mettre à lundi"
        r"|^[^.!?;]{0,30}\b(?:y|e|et|und)\s+(?:pasarla|moverla|cambiarla|ponerla|dejarla|pass[áa]-la|mud[áa]-la|"
        r"la (?:mettre|d[ée]caler|reporter)|ihn (?:auf|zu)|verschieben)\s+(?:para|al|a|pour|à|au|auf)?\b"
    ),
    scope="all_after",
    # round h13en5: "cancel for now and put me down for the week of Jan 4" cancels now, a later week asked
    # as well (cancel leads, reschedule beside it)
    unless=re.compile(r"^\s*for now\b"),
    examples=(
        "cancel tomorrow and put me down for friday",
        "cancel monday and book us in for the 14th",
        "scratch tomorrow, pencil us in for the 14th",
        "quiero cancelar la cita de mañana y pasarla al lunes",
    ),
    becomes="reschedule",
    keeps_match=True,
)
# "Need to cancel tomorrow, can we do next Tuesday instead?": a new day asked for right after the
# cancel, beside it (cancel first, a reschedule too); "call it off, I'll ring to rebook" names none
# and stays a cancellation alone.
_A_DAY = (
    r"(?:next |this |the following )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|tomorrow|"
    r"next week|the week after|the weekend|the \d{1,2}(?:st|nd|rd|th)\b|(?:later|earlier) (?:that|this|next) week|"
    r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|la (?:pr[oó]xima )?semana (?:que viene|pr[oó]xima)"
)
NEW_DAY_ASKED = Veto(
    "cancel.veto.new_day_asked",
    "a cancel followed by a new day asked for ('need to cancel tomorrow, can we do next Tuesday instead?'): a reschedule too",
    re.compile(
        r"^[^!;]{0,50}?(?:"
        r"\b(?:can|could|would|will|may) (?:we|you|u|he|she|they|someone|i) (?:do|make it|come|book|try|go for|switch to|get|have|"
        r"move (?:it|us|me) to|push (?:it|us|me) to|rebook(?: for)?|reschedule(?: for)?)\b[^.!?;]{0,25}\b(?:"
        + _A_DAY
        + r")|\b(?:does|would|is|will|could) (?:"
        + _A_DAY
        + r")[^.!?;]{0,25}\b(?:work|ok|okay|free|open|available|possible|be possible)\b"
        r"|\b(?:how|what) about (?:"
        + _A_DAY
        + r")|\b(?:"
        + _A_DAY
        + r")[^.!?;]{0,25}\binstead\b|\b(?:podemos|pueden|puede ser|se puede)\b[^.!?;]{0,15}\b(?:"
        + _A_DAY
        # "cancela lo de mañana, mejor el lunes", "cancel friday, better the 8th": the day preferred
        + r")|\b(?:mejor|better|rather|preferably|plutôt|melhor|lieber)\b[^.!?;]{0,15}\b(?:"
        + _A_DAY
        + r"))"
    ),
    scope="all_after",
    becomes="reschedule",
    keeps_match=True,
    examples=(
        "Need to cancel tomorrow, can we do next Tuesday instead?",
        "have to cancel friday, could you come monday morning?",
        "gotta cancel today. does thursday work?",
        "cancela lo de mañana, mejor el lunes",
    ),
)
# round h13en5: "my other appointment got cancelled so tomorrow works now": another booking, not this visit
OTHER_BOOKING = Veto(
    "cancel.veto.other_booking",
    "another appointment of the customer's was cancelled, not the visit",
    re.compile(r"\bother (?:appointment|booking|job|thing|plans?)s? (?:got |was |has been |been |is )?$"),
    scope="before",
    examples=("my other appointment got cancelled so tomorrow works now",),
)
# A cancellation only threatened: the customer is at the edge of leaving (urgent), nothing is cancelled.
CANCEL_THREATENED: tuple[str, ...] = (THREATENED.id, ULTIMATUM.id, AT_THE_EDGE.id)
CANCEL_VETOES: tuple[Veto, ...] = (
    NEGATED,
    OTHER_BOOKING,
    MOVED_TO_A_NEW_DAY,
    NEW_DAY_ASKED,
    # something else cancelled is read before the edge of cancelling: "I'm about to cancel my meeting
    # for this" cancels the customer's own plans
    SOMETHING_ELSE,
    SOMETHING_ELSE_AFTER,
    AT_THE_EDGE,
    HEDGED,
    ASKS_ABOUT_CANCELLING,
    ASKS_WHAT_IT_COSTS,
    THREATENED,
    ULTIMATUM,
    BUSINESS_DID_IT,
    DONE_ON_ME,
)
# "we rescheduled last week, is it still Friday at 2?": a move already made, told as history.
ALREADY_MOVED = Veto(
    "reschedule.veto.already_moved",
    "a reschedule the customer already made, told in the past: 'we rescheduled last week', 'I already rebooked'",
    re.compile(
        r"^[^.!?,;]{0,20}\b(?:last (?:week|time|month)|yesterday|already|before|earlier|the other day|on the phone)\b"
    ),
    scope="after",
    unless=re.compile(r"\b(?:again|another|can we|could we|need to|want to|have to|instead)\b"),
    examples=(
        "hey, we rescheduled last week, is it still Friday at 2?",
        "I rescheduled on the phone, just checking the time",
    ),
)
# "this is the third time I've rescheduled my day around you people", "I already rescheduled twice for
# you guys", "ya reprogramé dos veces y nadie viene": the customer's own past moves, counted up as a
# grievance (h13inbox9). The past form with what it cost them (twice, N times, my whole day or week,
# around you, for you) asks for nothing; a request beside it still reads on its own ("I've rescheduled
# 3 times already, can we do thursday please").
RESCHEDULED_BEFORE_AS_GRIEVANCE = Veto(
    "reschedule.veto.rescheduled_before_as_grievance",
    "the customer's own past reschedules counted up as a grievance: 'I already rescheduled twice for you guys'",
    re.compile(
        r"\b(?:re-?scheduled|rebooked|postponed|had to (?:re-?schedule|rebook|postpone)|reprogram(?:é|e|amos)|"
        r"he reprogramado|hemos reprogramado)\b(?! on me)[^.!?]{0,40}?"
        r"(?:\b(?:twice|times|(?:my|our) (?:whole |entire )?(?:day|week|morning|afternoon|schedule|plans|life)s?|"
        r"around (?:you|this|your|y'all|u)|for (?:you|y'all|u)|veces)\b|<qty>)"
    ),
    scope="phrase",
    unless=re.compile(r"\b(?:can|could|would|need to|want to|have to|please|instead)\b"),
    becomes="complaint",
    examples=(
        "This is the third time I've rescheduled my day around you people. Ridiculous.",
        "I already rescheduled twice for you guys, this is unacceptable",
        "I've had to reschedule my whole week for this and nobody showed",
        "Ya reprogramé dos veces y nadie viene, qué mal servicio",
    ),
)
# "did he move the test to Tuesday the 17th?", "did you move my appointment to Wednesday?", "has someone
# rescheduled me?": whether a move was made, asked, no move asked for (issue 13, h14when). Near-misses:
# "can you move it to Tuesday?" asks for one; "you moved me again" is `business_did_it`'s grievance.
ASKED_IF_MOVED = Veto(
    "reschedule.veto.asked_if_moved",
    "whether the business already moved the visit, asked: 'did he move the test to Tuesday the 17th?'",
    re.compile(
        r"\b(?:did|has|have|had) (?:you|u|he|she|they|someone|somebody|anyone|the office|your office|y'all)"
        r"(?: guys| already| just)?\s+$"
    ),
    scope="near_before",
    becomes="question",
    examples=(
        "did he move the test to Tuesday the 17th?",
        "did you move my appointment to Wednesday the 11th?",
    ),
)
RESCHEDULE_VETOES: tuple[Veto, ...] = (
    NEGATED,
    ASKS_WHAT_IT_COSTS,
    HEDGED,
    REBOOK_LATER,
    ASKED_IF_MOVED,
    BUSINESS_DID_IT,
    DONE_ON_ME,
    ALREADY_MOVED,
    RESCHEDULED_BEFORE_AS_GRIEVANCE,
)
