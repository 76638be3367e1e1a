"""A where-is ask with a way in beside it (issue 13, h13access9b): the card answers where the
technician is and thanks the customer for the way in ("Thanks for the code."), as the late and
arrived cards already did. Generated over ways in x where-is asks, English and Spanish, on the
scored path (`manage.py assist` reads the message the same way)."""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from messaging.assist.suggest import JobFacts, TaskFacts, assist
from messaging.interpret import MessageContext, interpret

ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2026, 6, 11, 13, 10, tzinfo=ZONE)
THANKS = re.compile(r"thanks for|gracias por", re.I)


def facts(language: str) -> JobFacts:
    return JobFacts(
        customer_name="Sam Reid",
        technician_name="Luis",
        timezone="America/Chicago",
        window_start=NOW.replace(minute=0),
        window_end=NOW.replace(hour=15, minute=0),
        job_status="en_route",
        language=language,
        tasks=(TaskFacts(name="Inspect water heater", minutes=15, needs_customer=False),),
    )


def card(text: str, language: str) -> list[str]:
    context = MessageContext(
        received_at=NOW,
        timezone="America/Chicago",
        window_start=NOW.replace(minute=0),
        window_end=NOW.replace(hour=15, minute=0),
        job_status="en_route",
        last_outbound="Acme Home Services: Luis is on the way, about 25 min out.",
    )
    reading = interpret(text, context)
    assert reading.intent == "where_is_tech" and reading.access_note
    return [reply.text for reply in assist(facts(language), reading, NOW, message=text).replies]


ASKS = ["is he close?", "How far out is he?", "any ETA?", "Is he on his way?"]
WAYS_IN = [
    "code for the gate is #4411 btw",
    "tell him the dog's out back",
    "my dad's home but deaf, knock hard",
    "Buzz *1234# at the front",
]


@pytest.mark.parametrize(("ask", "way"), list(itertools.product(ASKS, WAYS_IN)))
def test_where_is_card_thanks_for_the_way_in(ask: str, way: str) -> None:
    replies = card(f"{ask} {way}", "en")
    assert any(THANKS.search(reply) for reply in replies)


@pytest.mark.parametrize(
    "text", ["¿Ya viene? la puerta de atrás está abierta", "¿Ya viene el técnico? la clave es 4411"]
)
def test_where_is_card_thanks_for_the_way_in_in_spanish(text: str) -> None:
    assert any("Gracias por" in reply for reply in card(text, "es"))


def test_where_is_card_without_a_way_in_thanks_for_nothing() -> None:
    """Near miss: a bare where-is gets no thanks for a way in it never gave."""
    reading = interpret(
        "is he close?",
        MessageContext(
            received_at=NOW,
            timezone="America/Chicago",
            window_start=NOW.replace(minute=0),
            window_end=NOW.replace(hour=15, minute=0),
            job_status="en_route",
            last_outbound="Acme Home Services: Luis is on the way, about 25 min out.",
        ),
    )
    replies = [reply.text for reply in assist(facts("en"), reading, NOW, message="is he close?").replies]
    assert not any(
        re.search(
            r"thanks for (?:the code|sorting the key|letting me know how to get in|the heads-up)", r, re.I
        )
        for r in replies
    )
