"""A day asked for that is the visit's own day, with nothing changed, agrees to the visit.

Issue 13 (lead11b). The evening before a visit booked for tomorrow, "kal aa jana" ("come tomorrow")
or "ok come tomorrow then" asks for nothing new: it agrees. A word of change beside the day ("move
it to tmrw", "earlier", "instead", "rain check", "改天"), a time or a part of day, or another day is
still a reschedule.
"""

from __future__ import annotations

import pytest

from .helpers import read

REMINDER = "Acme: reminder, Imran arrives tomorrow between 10 and 12. Reply C to confirm or R to reschedule."


def _evening_before(text: str):
    return read(
        text,
        day="2026-06-10",
        at="18:30",
        window=("10:00", "12:00"),
        window_day="2026-06-11",
        status="scheduled",
        last=REMINDER,
    )


@pytest.mark.parametrize(
    "text",
    [
        "kal aa jana",
        "theek hai, kal aa jaiyo",
    ],
)
def test_the_visit_day_asked_for_agrees(text):
    result = _evening_before(text)
    assert result.intent == "confirm", result.evidence
    assert result.requested_date is None


@pytest.mark.parametrize(
    "text",
    [
        "kal nahi, parso aa jana",
        "can we move it to tmrw afternoon",
        "kal shaam ko aa jana",
        "could he come earlier tomorrow",
        "we'll have to take a rain check on tomorrow",
    ],
)
def test_a_change_beside_the_visit_day_still_asks(text):
    result = _evening_before(text)
    assert result.intent != "confirm", result.evidence
