"""Regional and odd-hour time words of issue 13's round 11 (corpora/tuned/probe_time11.jsonl), generated.

Each family is read over many days, hours and numbers, never one phrase: "a fortnight Friday" is
the Friday two weeks after the coming one; a text
sent before 5 am speaks from the night before ("tomorrow" is that calendar day), from 5 am on it is
the sender's day; a 24-hour clock after "reach", "arriving" or "prefer" is that clock; a hedged hour
after a preferred day ("tomorrow evening better, 6ish") is that hour, no wait of six minutes; "el
lunes que viene no, el otro" and "friday no, the one after" ask for the week after the day ruled
out. Readings are the rules' alone.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.interpret import Interpretation
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_days

from .helpers import read_rules_in_zone

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONDAY = date(2026, 12, 7)


def _read(
    text: str, sent: datetime, *, window: datetime | None = None, zone: str = "Europe/London"
) -> Interpretation:
    start = window or (sent + timedelta(days=1)).replace(hour=9, minute=0)
    return read_rules_in_zone(text, zone=zone, sent=sent, window_start=start)


def _at(day: date, hour: int, minute: int = 0, zone: str = "Europe/London") -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


def _coming(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


@pytest.mark.parametrize("sent_on", range(7))
def test_a_fortnight_weekday_is_two_weeks_after_the_coming_one(sent_on: int) -> None:
    today = MONDAY + timedelta(days=sent_on)
    for weekday, frame in itertools.product(
        range(7), ("a fortnight {d} would be better", "can we do a fortnight {d} instead")
    ):
        text = frame.format(d=WEEKDAYS[weekday])
        got = _read(text, _at(today, 11)).requested_date
        assert got == _coming(today, weekday) + timedelta(days=14), (text, today)


@pytest.mark.parametrize("minute", (0, 10, 30, 45, 55))
def test_tomorrow_before_five_am_is_the_day_about_to_dawn(minute: int) -> None:
    for day_offset, hour, clock in itertools.product(range(7), (0, 1, 2, 3, 4, 5, 6), (2, 3, 4)):
        today = MONDAY + timedelta(days=day_offset)
        text = f"tomorrow at {clock} instead?"
        got = _read(text, _at(today, hour, minute), window=_at(today, 9)).requested_date
        expected = today if hour < 5 else today + timedelta(days=1)
        assert got == expected, (text, hour, minute, today)


@pytest.mark.parametrize("verb", ("reach", "reaching", "arriving", "arrive"))
def test_a_24_hour_clock_after_an_arrival_verb(verb: str) -> None:
    sent = _at(MONDAY, 8, 5, "Asia/Singapore")
    for hour, minute in itertools.product(range(9, 21), (0, 15, 30, 45)):
        text = f"sorry late, {verb} {hour:02d}{minute:02d}"
        got = _read(text, sent, window=_at(MONDAY, 8, 0, "Asia/Singapore"), zone="Asia/Singapore").arrival_at
        assert got == _at(MONDAY, hour, minute, "Asia/Singapore"), text


@pytest.mark.parametrize("frame", ("prefer {t} the day after tomorrow", "{t} the day after tomorrow pls"))
def test_a_24_hour_clock_before_the_day_after_tomorrow(frame: str) -> None:
    for hour, minute in itertools.product(range(8, 19), (0, 30)):
        text = frame.format(t=f"{hour:02d}{minute:02d}")
        reading = _read(text, _at(MONDAY, 10))
        assert reading.requested_date == MONDAY + timedelta(days=2), text
        assert (reading.requested_time.hour, reading.requested_time.minute) == (hour, minute), text


@pytest.mark.parametrize("said", ("would be better", "works better", "suits better", "instead pls"))
def test_a_hedged_hour_after_a_preferred_day_is_that_hour(said: str) -> None:
    for day, hour in itertools.product(
        ("tomorrow", "tomorrow evening", "friday", "thursday afternoon", "wednesday"), range(1, 12)
    ):
        text = f"{day} {said}, {hour}ish"
        reading = _read(text, _at(MONDAY, 10), window=_at(MONDAY + timedelta(days=6), 9))
        assert reading.intent == "reschedule" and reading.arrival_at is None, text
        assert reading.requested_time is not None and reading.requested_time.hour % 12 == hour, text
    # near-miss: on the way, a hedged number is minutes
    for minutes in (15, 20, 25):
        reading = _read(f"leaving now, {minutes}ish", _at(MONDAY, 9, 10), window=_at(MONDAY, 9))
        assert reading.arrival_at == _at(MONDAY, 9, 10 + minutes), minutes


@pytest.mark.parametrize("weekday", range(7))
def test_the_other_one_is_the_week_after_the_day_ruled_out(weekday: int) -> None:
    es = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    for sent_on in range(7):
        today = MONDAY + timedelta(days=sent_on)
        for text in (
            f"el {es[weekday]} que viene no, el otro",
            f"el {es[weekday]} que viene no puedo, ¿el otro?",
            f"el {es[weekday]} no, mejor el siguiente",
            f"not this {WEEKDAYS[weekday]}, the one after",
            f"{WEEKDAYS[weekday]} no, the one after please",
        ):
            ruled_out = find_days(normalise(text), today, None)[0].day  # "que viene" is next week's
            got = _read(text, _at(today, 10, zone="Europe/Madrid"), zone="Europe/Madrid").requested_date
            assert got == ruled_out + timedelta(days=7), (text, today, got)


@pytest.mark.parametrize("frame", ("{d}, like {a} or {b}?", "{d} {a} or {b}", "can we do {d} at {a} or {b}?"))
def test_two_clocks_offered_ask_for_the_first(frame: str) -> None:
    sent = _at(MONDAY, 10)
    for day, hour in itertools.product(("tuesday", "thursday", "friday", "tomorrow"), range(1, 12)):
        for first, second in (
            (f"{hour}", f"{hour}:30"),
            (f"{hour}:30", f"{hour + 1}"),
            (f"{hour}", f"{hour + 1}"),
        ):
            text = frame.format(d=day, a=first, b=second)
            reading = _read(text, sent, window=_at(MONDAY + timedelta(days=6), 9))
            asked = reading.requested_time
            assert asked is not None and (asked.hour % 12 or 12, asked.minute) == (
                int(first.split(":")[0]),
                int(first.split(":")[1]) if ":" in first else 0,
            ), (text, asked)
