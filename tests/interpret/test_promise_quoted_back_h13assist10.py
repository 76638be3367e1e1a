"""The technician's own promise quoted back as a grievance (issue 13, h13assist10).

"your guy said 20 min an hour ago", "I was told between 8 and 10. It's 11:30 now": a time the
technician or the office promised, said back once it lapsed, is where-is-he and a complaint. The
wait in it ("an hour ago") is not the customer's own lateness, so no arrival is read from it. The
customer's own lateness ("I said I'd be home by 10 but I'm running 20 min late") and a promise said
back gladly ("he said 20 min, great, see you then") are the near-misses.
"""

from __future__ import annotations

import itertools

import pytest

from messaging.interpret.cues.complaint import COMPLAINT
from messaging.interpret.cues.where_is_tech import (
    PROMISE_QUOTED_BACK_EXAMPLES,
    PROMISE_QUOTED_BACK_NEAR_MISSES,
    WHERE_IS_TECH,
)
from messaging.interpret.normalize import normalise

from .helpers import read_rules_on_day

WHO = ("your guy", "he", "they", "the tech", "your office")
PROMISES = ("said 20 min", "said he'd be here by 10", "told me 9am", "said 30 minutes")
LAPSES = ("an hour ago", "2 hours ago", "it's 11:30", "still nobody here", "it's past that")
GENERATED = [f"{w} {p}, {lapse}" for w, p, lapse in itertools.product(WHO, PROMISES, LAPSES)]


@pytest.mark.parametrize("text", [*PROMISE_QUOTED_BACK_EXAMPLES, *GENERATED])
@pytest.mark.parametrize("status", ["scheduled", "en_route"])
def test_a_promise_said_back_is_where_and_a_complaint(text: str, status: str) -> None:
    reading = read_rules_on_day(text, last=None, status=status, at="11:30", window=("08:00", "10:00"))
    assert "where_is_tech" in reading.intents
    assert "complaint" in reading.intents
    assert "running_late" not in reading.intents
    assert reading.arrival_at is None


@pytest.mark.parametrize("text", PROMISE_QUOTED_BACK_NEAR_MISSES)
def test_the_customers_own_time_or_a_glad_promise_is_no_promise_said_back(text: str) -> None:
    norm = normalise(text)
    assert not [cue.id for cue, _ in WHERE_IS_TECH.matches(norm) if cue.id.endswith("promise_quoted_back")]
    assert not [cue.id for cue, _ in COMPLAINT.matches(norm) if cue.id.endswith("promise_quoted_back")]


@pytest.mark.parametrize(
    "text",
    [
        "I said I'd be home by 10 but I'm running 20 min late, sorry",
        "I told him 11 but traffic, be there 11:20",
    ],
)
def test_the_customers_own_promise_stays_their_lateness(text: str) -> None:
    reading = read_rules_on_day(text, last=None, status="on_site", at="10:40", window=("10:00", "12:00"))
    assert reading.intents == ("running_late",)


def test_a_promise_said_back_to_cancel_asks_nothing() -> None:
    text = "You said 8 to 10. It's 11:40. Don't bother coming, I'm done. Cancel."
    reading = read_rules_on_day(text, last=None, status="scheduled", at="11:40", window=("08:00", "10:00"))
    assert "where_is_tech" not in reading.intents
