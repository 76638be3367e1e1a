"""A time that bounds the visit, read by the rules as a limit (issue 13, h13constraint11).

"I have to leave by 4", "school pickup at 3:15, I'll be gone 20 min": the visit stands and the time is
a limit around it. The card's first option says the visit is planned around it (no clock time of its
own), kept beside the learned voice's lateness or move; a yes with a limit beside it ("Confirmed. I
have to head out at 4 though") offers the same acknowledgement as its second option.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from messaging.interpret import interpret
from messaging.interpret.types import MessageContext

from .test_assist_h13assist9 import INSIDE, facts, replies

BEFORE = INSIDE.replace(hour=8, minute=0)  # two hours before the 10 am-12 pm window


def _read(text: str, now: datetime = BEFORE):
    job = facts()
    context = MessageContext(
        received_at=now,
        timezone=job.timezone,
        window_start=job.window_start,
        window_end=job.window_end,
        job_status="scheduled",
        last_outbound="Luis will arrive today between 10am and 12pm. Reply C to confirm.",
    )
    return job, interpret(text, context)


@pytest.mark.parametrize(
    "text",
    [
        "I have to leave by 4",
        "heads up I need to be out the door by 2:30",
        "school pickup at 3:15, I'll be gone 20 min",
        "My shift starts at 5 so I'm out of here by 4:15",
    ],
)
def test_a_limit_is_acknowledged_first_and_names_no_time(text):
    job, interpretation = _read(text)
    assert "running_late" not in interpretation.intents and interpretation.arrival_at is None
    card = replies(job, interpretation, text, BEFORE)
    assert card and "plan the visit around that" in card[0].text, [r.text for r in card]
    assert not any(ch.isdigit() for ch in card[0].text)


def test_a_yes_with_a_limit_offers_the_acknowledgement_beside_the_confirmation():
    text = "Confirmed. I have to head out at 4 though"
    job, interpretation = _read(text)
    card = replies(job, interpretation, text, BEFORE)
    assert interpretation.intent == "confirm"
    assert any("plan the visit around that" in r.text for r in card[1:]), [r.text for r in card]


def test_a_yes_with_no_limit_keeps_its_usual_options():
    job, interpretation = _read("Confirmed, see you then")
    card = replies(job, interpretation, "Confirmed, see you then", BEFORE)
    assert not any("plan the visit around that" in r.text for r in card)
