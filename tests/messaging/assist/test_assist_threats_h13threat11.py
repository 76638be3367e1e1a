"""The technician's card for a threat, a cancellation-rule question and a real cancel (issue 13, h13threat11).

A cancellation only threatened ("if he's not here by 3 I'm cancelling", "I'm this close to
cancelling") gets an apology and a concrete next step (where the technician is, a call), never a
cancellation acknowledgement; a question about the cancellation fee or notice is told the office will
text the terms and the visit stays as booked (no fee or notice invented), not quoted a repair price;
a real cancel beside them is still acknowledged as cancelled. The rules read each text.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from messaging.assist.suggest import JobFacts, TaskFacts, assist
from tests.interpret.helpers import read_rules_on_day

ZONE = ZoneInfo("America/Chicago")
DAY = "2026-12-10"
PAST = datetime(2026, 12, 10, 12, 40, tzinfo=ZONE)  # after a 10 am-12 pm window
BEFORE = datetime(2026, 12, 10, 8, 40, tzinfo=ZONE)
CANCELLED = ("cancelled", "canceled", "cancelada", "cancelé", "he cancelado")


def facts(language: str = "en") -> JobFacts:
    return JobFacts(
        customer_name="Dana Ortiz",
        technician_name="Luis",
        timezone="America/Chicago",
        window_start=PAST.replace(hour=10, minute=0),
        window_end=PAST.replace(hour=12, minute=0),
        job_status="scheduled",
        trade="hvac",
        summary="AC not cooling",
        tasks=(
            TaskFacts("Inspect outdoor condenser", 15, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
        language=language,
    )


def card(text: str, now: datetime, *, language: str = "en"):
    at = now.strftime("%H:%M")
    reading = read_rules_on_day(text, last=None, day=DAY, at=at, window=("10:00", "12:00"))
    return reading, assist(facts(language), reading, now, message=text).replies


@pytest.mark.parametrize(
    ("text", "language"),
    (
        ("if he's not here by 1 I'm cancelling", "en"),
        ("I'm this close to cancelling", "en"),
        ("get someone here today or we cancel", "en"),
        ("one more delay and we're done", "en"),
        ("si no llega antes de la 1 cancelo", "es"),
    ),
)
def test_a_threat_gets_an_apology_and_a_next_step_not_a_cancellation(text, language):
    reading, replies = card(text, PAST, language=language)
    assert reading.intent == "complaint" and reading.urgent, reading.evidence
    said = " ".join(r.text for r in replies).lower()
    assert not any(word in said for word in CANCELLED), said
    assert any(word in said for word in ("sorry", "siento", "disculp")), said
    assert len(replies) >= 2


@pytest.mark.parametrize(
    ("text", "language", "words"),
    (
        ("is there a fee if I cancel?", "en", "cancellation terms"),
        ("how late can I cancel without paying anything", "en", "cancellation terms"),
        ("¿cobran algo si cancelo?", "es", "condiciones de cancelación"),
    ),
)
def test_a_cancellation_rule_question_is_told_the_terms_and_nothing_is_cancelled(text, language, words):
    reading, replies = card(text, BEFORE, language=language)
    assert reading.intent == "question", reading.evidence
    first = replies[0].text.lower()
    assert words in first, first
    assert not any(word in first for word in CANCELLED), first
    assert "price" not in first and "precio" not in first


def test_a_real_cancel_beside_them_is_acknowledged_as_cancelled():
    reading, replies = card("please cancel, found someone else", BEFORE)
    assert reading.intent == "cancel"
    assert "cancelled" in replies[0].text.lower()
