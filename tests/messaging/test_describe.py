"""One `describe`: what the customer asked for reads the same in the bot's acknowledgement (in their
language), the dispatcher's thread, the reschedule page, the technician's card and the queue's
reason."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from messaging import describe
from messaging.dispatch.desk import ThreadItem
from messaging.inbound.understand import _reason
from messaging.interpret.types import Interpretation
from messaging.models import Direction, Message
from messaging.tech.card import meaning

ROOT = Path(__file__).resolve().parents[2]
ASKED = [
    ({"requested_date": "2026-06-12", "requested_part_of_day": "afternoon"}, "Fri Jun 12, afternoon"),
    ({"requested_date": "2026-06-12", "requested_time": "15:00"}, "Fri Jun 12, 3 pm"),
    ({"requested_time": "13:30"}, "1:30 pm"),
    ({"requested_part_of_day": "morning"}, "morning"),
]


def reschedule(asked: dict) -> Interpretation:
    return Interpretation.from_dict({"intent": "reschedule", "intents": ["reschedule"], **asked})


@pytest.mark.parametrize(("asked", "words"), ASKED)
def test_every_reader_says_the_request_in_the_same_words(asked, words):
    interpretation = reschedule(asked)
    assert describe.asked_for(interpretation) == words
    assert describe.request(interpretation) == f" to {words}"
    assert meaning(interpretation) == f"Wants another time: {words}"
    assert _reason(interpretation) == f"Customer asks to reschedule: {words}"
    item = ThreadItem(
        message=Message(direction=Direction.INBOUND),
        when="",
        interpretation=interpretation,
        zone=ZoneInfo("America/Los_Angeles"),
    )
    assert item.understood.startswith(f"reschedule, for {words}")


def test_the_request_is_said_in_the_customers_language():
    interpretation = reschedule(ASKED[0][0])
    assert describe.request(interpretation, "es") == " para el vie 12 jun, por la tarde"
    assert describe.request(reschedule(ASKED[2][0]), "es") == " para las 1:30 pm"
    assert describe.request(interpretation, "xx") == " to Fri Jun 12, afternoon"  # no words for it: English
    assert describe.request(reschedule({})) == ""


def test_no_other_module_words_a_requested_day_or_time():
    """Formatting `requested_date` or `requested_time` is describe.py's alone (assist's replies say
    the request in the customer's words and phrases, inside their own sentences)."""
    pattern = re.compile(r"requested_(?:date|time)(?::%|\.strftime|\.isoformat|\.day\b)")
    wrong = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "messaging").rglob("*.py")
        if path.name != "describe.py" and "interpret" not in path.parts and pattern.search(path.read_text())
    ]
    assert wrong == []
