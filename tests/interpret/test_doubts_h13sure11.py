"""Doubts as records (issue 13, h13sure11): each `doubts.Doubt` holds its examples back and leaves its
near-misses alone, read end to end by the rules as a customer text would be.

A doubt only decides whether the project acts alone: the reading (intent, times, note) is the same
with it or without it.
"""

from __future__ import annotations

import pytest

from messaging.interpret import MessageContext
from messaging.interpret.core import interpret as rules_only
from messaging.interpret.doubts import DOUBTS, Doubt

from .helpers import ZONE, local, read

EXAMPLES = [(doubt, text, last) for doubt in DOUBTS for text, last in doubt.examples]
NEAR_MISSES = [(doubt, text, last) for doubt in DOUBTS for text, last in doubt.near_misses]


def _context(last: str | None) -> MessageContext:
    return MessageContext(
        received_at=local("2026-06-10", "09:05"),
        timezone=ZONE,
        window_start=local("2026-06-10", "09:00"),
        window_end=local("2026-06-10", "11:00"),
        job_status="en_route",
        last_outbound=last,
    )


def _name(value: object) -> str:
    return value.id if isinstance(value, Doubt) else str(value)[:40]


@pytest.mark.parametrize(("doubt", "text", "last"), EXAMPLES, ids=_name)
def test_a_doubt_holds_its_examples_back(doubt, text, last):
    context = _context(last)
    assert doubt.holds(text, context, rules_only(text, context))


@pytest.mark.parametrize(("doubt", "text", "last"), NEAR_MISSES, ids=_name)
def test_a_doubt_leaves_its_near_misses_alone(doubt, text, last):
    context = _context(last)
    assert not doubt.holds(text, context, rules_only(text, context))


def test_doubt_ids_are_unique():
    assert len({doubt.id for doubt in DOUBTS}) == len(DOUBTS)


@pytest.mark.parametrize(("doubt", "text", "last"), EXAMPLES, ids=_name)
def test_a_doubted_reading_is_not_sure_and_keeps_its_intent(doubt, text, last):
    found = read(text, last=last)
    assert not found.sure
    assert any(doubt.id in e for e in found.evidence if e.startswith("not sure"))
    assert found.intent == rules_only(text, _context(last)).intent or found.intent not in doubt.intents
