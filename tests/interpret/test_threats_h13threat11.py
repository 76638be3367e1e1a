"""Threats, cancellation-rule questions, return visits and figurative hazard words (issue 13, h13threat11).

On unseen texts these families were read wrong and sure, so a wrong automatic action reached the
customer: (1) a cancellation only threatened ("get someone here today or we cancel", "I'm this close
to cancelling", "one more delay and we're done") is a grievance at the edge of leaving, urgent, never
a cancel; (2) a question about the cancellation fee, notice or refund is a question; (3) a fault that
came back with "when can someone come fix it" asks a return visit, not where today's technician is;
(4) fire or an explosion said of money or a temper is no hazard, while a real hazard said with "lol"
stays an emergency. The rules are read alone here, so each family stands without the learned voice.
"""

from __future__ import annotations

import pytest

from .helpers import read_rules_on_day

DAY = "2026-12-09"
BEHIND = "Your technician is running behind and will arrive as soon as possible."


def _rules(
    text: str, *, status: str = "scheduled", at: str = "14:40", window: tuple[str, str] = ("12:00", "14:00")
):
    """The rules' reading of `text` after the delay notice, past a 12-2 window on `DAY`."""
    return read_rules_on_day(text, last=BEHIND, status=status, day=DAY, at=at, window=window)


# (1) a cancellation threatened, or leaving set as the price ------------------------------------------
THREATS = (
    "Final warning, get someone here today or we cancel the contract",
    "he better be on his way this time or I'm cancelling",
    "send someone this afternoon or else we cancel",
    "I'll give him 10 more minutes. then I cancel",
    "not waiting past 4. after that consider it cancelled",
    "I'm this close to cancelling",
    "we're about to cancel, nobody has called all day",
    "seriously considering cancelling, this is the 2nd reschedule",
    "don't make me cancel",
    "ya estoy a punto de cancelar",
    "se ele não chegar até as 16h eu cancelo",
    "she has until 4 or the job goes to another company",
    "keep us waiting any longer and you can forget the contract",
    "sort it tomorrow or we're switching providers",
    "one more no show and I'm done",
    "after today we're done",
    "this is the last time we wait for you",
    "you're about to lose a customer",
    "4pm or we call someone else",
    "es la última vez que espero",
)


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_is_an_urgent_grievance_and_nothing_is_cancelled(text):
    reading = _rules(text)
    assert "cancel" not in reading.intents, reading.evidence
    assert "complaint" in reading.intents, reading.evidence
    assert reading.urgent, reading.evidence


REAL_CANCELS = (
    "please cancel, found someone else",
    "cancel it. nobody showed and I'm done waiting",
    "we went with another company, you can cancel",
    "merci d'annuler le rendez-vous",
    "cancelen la cita por favor, ¿hay algún cargo?",
)


@pytest.mark.parametrize("text", REAL_CANCELS)
def test_a_real_cancel_beside_them_stays_a_cancel(text):
    assert _rules(text).intent == "cancel"


CALM = (
    "after today I'm done with work for the week, so any day next week works",
    "one more thing, can he check the dryer vent too?",
    "I'm about to cancel my other appointment so I can be home",
    "tick tock ⏰",
)


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_are_no_threat(text):
    reading = _rules(text)
    assert not reading.urgent, reading.evidence
    assert "complaint" not in reading.intents, reading.evidence


# (2) the cancellation rule asked ---------------------------------------------------------------------
RULE_QUESTIONS = (
    "do we get our money back if we cancel?",
    "how late can we cancel without paying anything",
    "can I cancel online or do I need to call?",
    "tem taxa se eu cancelar?",
    "kostet es etwas, wenn ich storniere?",
)


@pytest.mark.parametrize("text", RULE_QUESTIONS)
def test_a_question_about_cancelling_is_a_question(text):
    reading = _rules(text, at="16:05", window=("17:00", "19:00"))
    assert reading.intent == "question", reading.evidence
    assert not reading.urgent


# (3) a return visit asked after the fault came back --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    (
        "the leak is back, when can someone come fix it properly",
        "jammed again. when can you come back out?",
        "la fuga volvió, ¿cuándo pueden venir a arreglarla?",
        "la fuite est revenue, quand pouvez-vous repasser ?",
    ),
)
def test_a_return_visit_asked_is_a_grievance_not_an_eta(text):
    reading = _rules(text, status="completed")
    assert reading.intent == "complaint", reading.evidence
    assert "where_is_tech" not in reading.intents


def test_when_is_he_coming_still_asks_where_he_is():
    assert _rules("when can he come? I've been waiting since noon").intent == "where_is_tech"


# (4) fire or an explosion said of money or a temper ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ("my wallet is on fire after that bill", "my husband nearly exploded when he saw the price"),
)
def test_fire_of_money_or_temper_is_a_price_grievance_not_an_emergency(text):
    reading = _rules(text, status="completed")
    assert reading.intent == "complaint", reading.evidence
    assert not reading.urgent


@pytest.mark.parametrize(
    "text",
    (
        "I see the stove on fire",
        "the water heater just exploded",
        "lol not to be dramatic but there's smoke coming out of the outlet",
        "funny story, the whole kitchen smells like gas",
    ),
)
def test_a_real_hazard_stays_an_emergency(text):
    assert _rules(text).intent == "emergency"
