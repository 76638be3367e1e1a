"""Questions told from requests, access notes and where-is asks, by family (issue 13, h13q9).

On blind corpora "question" was the weakest large label: questions were read as cancel, access_info,
other or where_is_tech. The families: (a) a question about what cancelling or moving costs, or the
rule for it ("if I cancel do I lose the deposit?", "do you guys cancel if it snows?"), beside real
cancels and reschedules; (b) questions of a kind the project knows (what to prepare, the technician
himself, the price, payment, parts, the rules) keep the rules' lead over a learned guess, even while
the technician drives over ("should I tie the dog up?" is not a where-is); (c) indirect questions
with no question mark ("not sure if I need to be home", "quería saber si"); (d) a where-is or lateness
word inside a question about something else ("is he coming alone?", "how long will he be here for?",
"when he's leaving the last job"); (e) a question beside a confirm or a thanks leads (the contract's
priority), and yes/no requests ("can you come earlier?") stay requests.
"""

from __future__ import annotations

import itertools

import pytest

from messaging.interpret.core import KNOWN_QUESTION_EVIDENCE

from .helpers import read, read_rules_only

ON_THE_WAY = "Sam is on the way, ETA about 20 minutes."
REMIND = "Reminder: Sam arrives today between 9 and 11. Reply C to confirm or R to reschedule."

# (a) the cost or the rule of cancelling or moving, asked --------------------------------------------
ASKED_COSTS = [
    f"{opener} {ending}"
    for opener, ending in itertools.product(
        ("if I cancel", "if we cancel", "if I reschedule", "if I need to move it"),
        ("do I lose the deposit?", "is there a fee?", "will I be charged?", "is there a penalty?"),
    )
] + [
    "is there a fee to reschedule?",
    "is there a charge to cancel?",
    "how late can I cancel without being charged",
    "how much notice do you need to reschedule",
    "can I reschedule if it rains or is that a charge",
    "do you guys cancel if it snows?",
    "will you reschedule if the weather's bad?",
    "is the deposit refundable if we cancel",
    "if something comes up can I move it later or is there a penalty?",
    "whats the policy on rescheduling, is it free",
    "si cancelo pierdo el depósito?",
    "¿cobran algo por reprogramar?",
    "y si tengo que cambiar la fecha, hay algún cargo?",
]
REAL_REQUESTS = {
    "I need to cancel, is there a fee?": "cancel",
    "please cancel, will I be charged?": "cancel",
    "can we reschedule to friday? any fee?": "reschedule",
    "can you cancel tomorrow's visit? will I get charged?": "cancel",
    "its going to rain, can we move it to next week": "reschedule",
    "if he's not here in half an hour I'm cancelling": "complaint",
    "waited all day. he shows up by 3 or im cancelling and disputing the deposit": "complaint",
}


@pytest.mark.parametrize("text", ASKED_COSTS)
def test_asking_what_cancelling_costs_is_a_question(text: str) -> None:
    reading = read_rules_only(text, status="scheduled", last=REMIND)
    assert reading.intent == "question", reading.evidence
    assert not {"cancel", "reschedule"} & set(reading.intents), reading.evidence


@pytest.mark.parametrize(("text", "intent"), REAL_REQUESTS.items())
def test_a_request_beside_a_cost_question_stays_a_request(text: str, intent: str) -> None:
    assert read_rules_only(text, status="scheduled", last=REMIND).intent == intent


# (b) questions of a known kind keep the rules' lead --------------------------------------------------
KNOWN_KINDS = [
    "should I tie the dogs up?",
    "should we put the cat in the bedroom?",
    "where should your guy park?",
    "does the tech need the alarm code?",
    "do I need to empty the cupboard under the sink?",
    "is it the same tech as in March?",
    "does the tech speak Spanish?",
    "will he ring before he comes in?",
    "can she text me when she's 5 min away?",
    "how much roughly for a new thermostat",
    "do you take Apple Pay?",
    "is the new valve under warranty?",
    "will he bring the part or do I order it?",
    "is he coming with a helper?",
    "¿amarro a los perros?",
    "¿dónde se puede estacionar el técnico?",
    "soll ich die Katze einsperren?",
]


@pytest.mark.parametrize("text", KNOWN_KINDS)
@pytest.mark.parametrize("status", ["scheduled", "en_route"])
def test_a_known_kind_of_question_is_read_as_a_question(text: str, status: str) -> None:
    reading = read(text, status=status, last=ON_THE_WAY if status == "en_route" else REMIND)
    assert reading.intent == "question", reading.evidence
    assert any(e.startswith(KNOWN_QUESTION_EVIDENCE) for e in reading.evidence), reading.evidence


WHERE_IS = [
    "is he still coming?",
    "is he close?",
    "how far out is he",
    "any sign of him?",
    "¿ya viene en camino?",
]


@pytest.mark.parametrize("text", WHERE_IS)
def test_where_is_asks_stay_where_is(text: str) -> None:
    assert read(text, status="en_route", last=ON_THE_WAY).intent == "where_is_tech"


# (c) indirect questions with no question mark --------------------------------------------------------
INDIRECT = [
    "not sure if I need to be home",
    "not sure whether we should leave the heating on",
    "I'd like to know if he does gas fittings too",
    "let me know if I need to be there",
    "can you tell me if the quote includes disposal",
    "wondering if he can look at the dryer too",
    "ballpark, what does a new compressor run",
    "no sé si tengo que estar en casa",
    "quería saber si también puede revisar la secadora",
    "me pregunto si el precio incluye la instalación",
    "je me demande s'il peut aussi regarder le sèche-linge",
]
NOT_QUESTIONS = {
    "not sure if I'll make it by 3, traffic is bad": "running_late",
    "let me know if you need anything else": "other",
}


@pytest.mark.parametrize("text", INDIRECT)
def test_an_indirect_question_is_a_question(text: str) -> None:
    assert read_rules_only(text, status="scheduled", last=REMIND).intent == "question"


@pytest.mark.parametrize(("text", "intent"), NOT_QUESTIONS.items())
def test_an_indirect_opener_that_asks_nothing_is_not_a_question(text: str, intent: str) -> None:
    assert read_rules_only(text, status="scheduled", last=REMIND).intent == intent


# (d) a where-is or lateness word inside a question about something else ------------------------------
ABOUT_SOMETHING_ELSE = [
    "is he coming alone or with a helper?",
    "is she coming by herself?",
    "how long will he be here for roughly?",
    "how long will the tech be there for?",
    "can he text when he's leaving the last job?",
    "do I have to be there to let him in",
    "does someone need to be home to let him in?",
]


@pytest.mark.parametrize("text", ABOUT_SOMETHING_ELSE)
def test_a_question_about_something_else_is_a_question(text: str) -> None:
    reading = read_rules_only(text, status="scheduled", last=REMIND)
    assert reading.intent == "question", reading.evidence


def test_the_lookalikes_keep_their_reading() -> None:
    assert (
        read_rules_only("is he still coming?", status="en_route", last=ON_THE_WAY).intent == "where_is_tech"
    )
    assert (
        read_rules_only("how long will he be?", status="en_route", last=ON_THE_WAY).intent == "where_is_tech"
    )
    assert read_rules_only("my son will be there to let him in", status="scheduled").intent == "access_info"
    assert read_rules_only("leaving work now, 20 min", status="en_route").intent == "running_late"


# (e) a question beside a confirm or thanks; yes/no requests -------------------------------------------
RUN_ONS = {
    "C. what's your cancellation policy?": "confirm",
    "confirmed, does he need the gate code?": "confirm",
    "thanks! is it the same guy as last time?": "thanks",
    "great thanks, will he bring the part?": "thanks",
    "sí confirmo. ¿aceptan tarjeta?": "confirm",
}


@pytest.mark.parametrize(("text", "beside"), RUN_ONS.items())
def test_a_question_leads_over_a_confirm_or_thanks(text: str, beside: str) -> None:
    reading = read_rules_only(text, status="scheduled", last=REMIND)
    assert reading.intent == "question", reading.evidence


YES_NO_REQUESTS = {
    "can you come earlier?": "reschedule",
    "could he come in the afternoon instead?": "reschedule",
    "can you cancel it?": "cancel",
    "¿puede venir más temprano?": "reschedule",
}


@pytest.mark.parametrize(("text", "intent"), YES_NO_REQUESTS.items())
def test_a_yes_no_request_is_the_request(text: str, intent: str) -> None:
    assert read_rules_only(text, status="scheduled", last=REMIND).intent == intent
