"""Take-backs (`cues.takeback`, issue 13, h13takeback12): every example is a standing take-back and
no near-miss is one; through both voices, a text is read from what follows its take-back, and not
sure when the take-back changes the reading."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from messaging.interpret.cues.takeback import CUES, TAKEBACK_DOUBT, kept_part
from messaging.interpret.normalize import normalise
from messaging.interpret.types import MessageContext
from messaging.interpret.voices import interpret

CONTEXT = MessageContext(
    received_at=datetime(2026, 12, 7, 23, 5, tzinfo=UTC),
    timezone="America/New_York",
    window_start=datetime(2026, 12, 8, 18, 0, tzinfo=UTC),
    window_end=datetime(2026, 12, 8, 20, 0, tzinfo=UTC),
    job_status="scheduled",
    last_outbound="Reminder: Luis will arrive tomorrow between 1pm and 3pm. Reply C to confirm or R to reschedule.",
)


@pytest.mark.parametrize(("cue", "text"), [(c, t) for c in CUES for t in c.examples])
def test_every_example_is_a_take_back(cue, text):
    assert any(hit.stands for hit in cue.scan(normalise(text))), (cue.id, text)


@pytest.mark.parametrize(("cue", "text"), [(c, t) for c in CUES for t in c.near_misses])
def test_no_near_miss_is_a_take_back(cue, text):
    assert not cue.hits(normalise(text)), (cue.id, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("never mind the cancel, we'll keep it", "we'll keep it"),
        (
            "disregard my earlier text about cancelling, we still want the appointment",
            "we still want the appointment",
        ),
        ("Please cancel. Actually no, don't cancel, we'll be home", "don't cancel, we'll be home"),
        ("wait no, ignore my last text", ""),
        ("last chance, be here by 4 or forget it", None),
        ("I'm here now actually, never mind. But fyi gate code for next time is 4411", None),
    ],
)
def test_what_a_take_back_keeps(text, kept):
    found = kept_part(text)
    assert (found.kept if found else None) == kept


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("never mind the cancel, we'll keep it", "confirm"),
        ("Cancel my appointment. Sorry, wrong thread, please ignore that", "other"),
        ("annulez ça, on garde le rendez-vous", "confirm"),
        ("olvídalo, cancela la cita", "cancel"),
    ],
)
def test_read_from_what_follows_the_take_back(text, intent):
    result = interpret(text, CONTEXT)
    assert result.intent == intent, result.evidence
    if intent != "cancel":
        assert not result.sure and any(TAKEBACK_DOUBT in line for line in result.evidence)
