"""Every text a Spanish-speaking customer can get reads in Spanish: the notifications' default
templates, the bot's replies and the safety advice, rendered the way the app fills them, with no
English word left in them (a day, a part of the day, a fallback name)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from fieldservice import timefmt
from messaging.describe import request as requested_in_words
from messaging.hazards import HAZARDS, safety_advice
from messaging.inbound.replies import REPLIES, reply_text
from messaging.interpret.types import Interpretation
from messaging.models import BusinessSettings
from messaging.notify.notices import fill
from messaging.notify.texts import DEFAULT_TEMPLATES

# English words that are no Spanish word (so "a", "me", "no", "jun", "mar" are not here).
ENGLISH = set(
    """the to your you we our us and with visit thanks thank please reply call today tomorrow tonight
    morning afternoon evening night is are will be on at for of from by technician appointment booked
    confirmed running late arrived hi hello sorry there someone here mon tue wed thu fri sat sun jan feb
    apr aug oct dec what when where how""".split()
)
ZONE = ZoneInfo("America/Los_Angeles")
START = datetime(2026, 6, 11, 20, 0, tzinfo=UTC)  # Thu Jun 11, 1 pm in the site's zone
END = datetime(2026, 6, 11, 22, 0, tzinfo=UTC)
WINDOW = timefmt.window(START, END, ZONE, "es")
REQUESTS = [
    Interpretation.from_dict(
        {"intent": "reschedule", "requested_date": "2026-06-12", "requested_part_of_day": "afternoon"}
    ),
    Interpretation.from_dict({"intent": "reschedule", "requested_time": "13:30"}),
    Interpretation.from_dict(
        {"intent": "reschedule", "requested_date": "2026-06-12", "requested_time": "15:00"}
    ),
    Interpretation.from_dict({"intent": "reschedule", "requested_part_of_day": "morning"}),
]


def english_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-zÀ-ÿ]+", text) if word.lower() in ENGLISH]


def business() -> BusinessSettings:
    return BusinessSettings(
        name="Fontanería Sol", reply_phone="+14155550100", review_link="https://g.page/r/sol"
    )


@pytest.mark.parametrize("kind", sorted(kind for kind, texts in DEFAULT_TEMPLATES.items() if "es" in texts))
@pytest.mark.parametrize(("moved", "confirmed"), [(False, False), (True, False), (False, True)])
def test_every_notification_reads_in_spanish(kind, moved, confirmed):
    text = fill(
        DEFAULT_TEMPLATES[kind]["es"],
        kind=kind,
        language="es",
        business=business(),
        customer_first_name="Ana",
        technician_first_name="Luis",
        window=WINDOW,
        eta="2:15 pm",
        moved_by_business=moved,
        confirmed=confirmed,
    )
    assert english_words(text) == [], text


@pytest.mark.parametrize("kind", sorted(kind for kind, texts in REPLIES.items() if "es" in texts))
@pytest.mark.parametrize("interpretation", REQUESTS, ids=["day-part", "clock", "day-clock", "part"])
def test_every_reply_of_the_bot_reads_in_spanish(kind, interpretation):
    text = reply_text(
        kind,
        language="es",
        business="Fontanería Sol",
        phone="(415) 555-0100",
        first="Ana",
        tech="Luis",
        eta="2:15 pm",
        opens="8 am",
        request=requested_in_words(interpretation, language="es"),
        safety=safety_advice("gas", "es"),
        window=WINDOW,
    )
    assert english_words(text) == [], text


@pytest.mark.parametrize("kind", sorted(HAZARDS))
def test_every_safety_advice_reads_in_spanish(kind):
    assert english_words(safety_advice(kind, "es")) == []


def test_the_requested_day_and_time_read_as_before_in_english():
    day_part, clock, day_clock, part = (requested_in_words(i) for i in REQUESTS)
    assert (day_part, clock, day_clock, part) == (
        " to Fri Jun 12, afternoon",
        " to 1:30 pm",
        " to Fri Jun 12, 3 pm",
        " to morning",
    )
    assert requested_in_words(REQUESTS[0], language="es") == " para el vie 12 jun, por la tarde"
    assert date(2026, 6, 12).weekday() == 4 and time(15) == REQUESTS[2].requested_time
