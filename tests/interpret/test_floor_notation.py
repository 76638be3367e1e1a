"""A floor as Hong Kong and Singapore write it ("15/F", "12/fl") is part of an address, never a clock
time or a date (issue 13: "I'm back, come up to 15/F, door's open" was read as a request to move the
visit to 3 pm, and its card offered "happy to reschedule!"). Near misses: "the 15th" is still a date, "at 3" still a time."""

from __future__ import annotations

from datetime import time

import pytest

from .helpers import read

LAST = "Kowloon Home Repair: Jason has arrived at your building."


@pytest.mark.parametrize(
    "text",
    [
        "I'm back, come up to 15/F, door's open",
        "come up to 12/F please, flat B",
        "I'm home now, 7/fl, lift lobby 2",
    ],
)
def test_a_floor_is_no_time(text):
    found = read(text, status="on_site", last=LAST)
    assert found.intent != "reschedule", found.evidence
    assert found.requested_time is None and found.requested_date is None


def test_a_day_or_a_clock_beside_is_still_read():
    found = read("can he come on the 15th at 3 instead? we're on 15/F", status="scheduled", last=None)
    assert found.intent == "reschedule"
    assert found.requested_date is not None and found.requested_time == time(15, 0)
