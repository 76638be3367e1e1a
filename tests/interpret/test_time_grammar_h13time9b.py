"""Clock words of issue 13's time round 9b (corpora/tuned/families_h13_h13time9b.jsonl), generated.

A 24-hour clock with its day or a cue before it ("wednesday 1600", "tomorrow 0930", "be there 1430")
or "instead" / "on friday" after it ("1545 on friday") is that clock, never its first two digits read
as an hour; an hour word hedged ("tenish", "elevenish", "twelvish") is that hour; "anytime past 2"
opens the slot at 2 as "after 2" does; "sat, ..." and "sat at quarter past 9" opening a text are
Saturday; a time said to be crowded ("mornings are chaos") is no part of day asked for; German
"statt" is "instead of"; "20 min ETA" is the customer's own wait, and "back for half eleven" an
arrival still to come. Readings are the rules' alone.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation, MessageContext
from messaging.interpret.core import interpret as rules_only
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_clocks

from .helpers import read_rules_in_zone

ZONE = "Australia/Sydney"
TZ = ZoneInfo(ZONE)
SENT = datetime(2026, 12, 3, 9, 10, tzinfo=TZ)  # a Thursday morning, during a 9-11 window


def _read(text: str, *, sent: datetime = SENT, window_hour: int = 9) -> Interpretation:
    return read_rules_in_zone(
        text, zone=ZONE, sent=sent, window_start=sent.replace(hour=window_hour, minute=0)
    )


def _hhmm(value: object) -> str | None:
    return value.strftime("%H:%M") if value else None  # type: ignore[attr-defined]


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


# ---- (a) the 24-hour clock after its day or a cue ---------------------------------------------
DAYS = (("tomorrow", "2026-12-04"), ("monday", "2026-12-07"), ("Wed", "2026-12-09"), ("friday", "2026-12-04"))
MILITARY = (("1430", "14:30"), ("0930", "09:30"), ("1600", "16:00"), ("1545", "15:45"), ("1015", "10:15"))
ASKS = (
    "can we do {day} {clock} instead",
    "{day} {clock} instead pls",
    "{clock} on {day} rather than the morning?",
)


def test_a_24_hour_clock_after_its_day_is_the_time_asked_for() -> None:
    cases = []
    for (day, date), (clock, want), ask in itertools.product(DAYS, MILITARY, ASKS):
        if ask.startswith("{clock} on") and day == "tomorrow":
            continue
        cases.append((ask.format(day=day, clock=clock), (date, want)))

    def got(text: str) -> tuple[str | None, str | None]:
        r = _read(text)
        return (r.requested_date.isoformat() if r.requested_date else None), _hhmm(r.requested_time)

    _check(cases, got)


def test_a_24_hour_clock_after_an_arrival_word_is_the_arrival() -> None:
    cases = [
        (f"{lead} {clock}", want)
        for lead, (clock, want) in itertools.product(
            ("be there", "running late, home", "sorry, back", "running late, be there", "sorry, home by"),
            (("1030", "10:30"), ("1145", "11:45"), ("1015", "10:15")),
        )
    ]
    _check(cases, lambda text: _hhmm(_read(text).arrival_at))


def test_near_misses_four_digits_that_are_no_clock() -> None:
    for text in ("gate code 1430", "we paid 1500 tomorrow", "since 2019 the unit", "sat in traffic, 20 mins"):
        clocks = find_clocks(normalise(text))
        assert not clocks, (text, clocks)


# ---- (b) an hour word hedged, and "anytime past" -----------------------------------------------
HEDGED = (
    ("tenish", "10:00"),
    ("elevenish", "11:00"),
    ("twelvish", "12:00"),
    ("two-ish", "14:00"),
    ("3ish", "15:00"),
)


def test_an_hour_word_hedged_is_that_hour() -> None:
    cases = [
        (ask.format(hour=hour), want)
        for (hour, want), ask in itertools.product(
            HEDGED, ("tomorrow {hour} instead?", "can we do monday {hour}", "friday, {hour}?")
        )
    ]
    _check(cases, lambda text: _hhmm(_read(text).requested_time))


def test_an_hour_word_hedged_is_the_arrival() -> None:
    cases = [(f"back by {hour}", want) for hour, want in HEDGED if want < "12:00"]
    cases += [(f"home {hour}, sorry", want) for hour, want in HEDGED if want < "12:00"]
    _check(cases, lambda text: _hhmm(_read(text, sent=SENT.replace(hour=8, minute=40)).arrival_at))


def test_anytime_past_an_hour_opens_the_slot() -> None:
    cases = [
        (f"{day} {opening} {hour} is fine", want)
        for day, opening, (hour, want) in itertools.product(
            ("tomorrow", "monday", "wed"),
            ("anytime past", "any time past", "anytime after"),
            (("2", "14:00"), ("10", "10:00"), ("3", "15:00")),
        )
    ]
    _check(cases, lambda text: _hhmm(_read(text).requested_time))


# ---- (c) "sat" opening a text --------------------------------------------------------------------
def test_sat_opening_the_text_before_a_comma_or_a_clock_in_words_is_saturday() -> None:
    for text in ("Sat, anytime after 10am", "sat, 2ish?", "Sat at quarter past 9 instead", "sat at half 3?"):
        r = _read(text)
        assert r.requested_date and r.requested_date.isoformat() == "2026-12-05", (text, r.requested_date)
    assert "saturday" not in normalise("sat, waiting in the car")
    assert "saturday" not in normalise("sat in traffic, 20 mins")


# ---- (d) a time said to be crowded is no part asked for ------------------------------------------
def test_a_crowded_part_of_day_is_no_part_asked_for() -> None:
    cases = [
        (f"tomorrow {asked}? {crowded} {state}", want)
        for (asked, want), crowded, state in itertools.product(
            (("arvo", "afternoon"), ("afternoon", "afternoon"), ("morning", "morning")),
            ("mornings are", "afternoons are", "evenings are"),
            ("chaos", "hectic", "a nightmare", "manic"),
        )
        if not crowded.startswith(want)
    ]
    _check(cases, lambda text: _read(text).requested_part_of_day)


def test_near_miss_a_part_asked_for_stays() -> None:
    assert _read("can we do tomorrow morning? afternoons are hectic").requested_part_of_day == "morning"


# ---- (e) German "statt", "N min ETA", "back for half eleven" -------------------------------------
def test_german_statt_replaces_the_part_of_day() -> None:
    for text, want in (
        ("morgen um halb vier statt vormittags?", "15:30"),
        ("morgen um 14 uhr statt vormittags", "14:00"),
    ):
        r = _read(text)
        assert _hhmm(r.requested_time) == want and r.requested_part_of_day is None, (text, r)


def test_minutes_said_before_eta_are_the_customers_wait() -> None:
    for minutes in (5, 10, 20, 35):
        for text in (f"{minutes} min ETA", f"{minutes} mins eta, sorry", f"{minutes} minutes ETA"):
            r = _read(text)
            assert r.intent == "running_late", (text, r.intent)
            assert r.arrival_at == SENT + timedelta(minutes=minutes), (text, r.arrival_at)
    assert _read("eta?").intent == "where_is_tech"


def test_back_or_home_before_a_time_is_an_arrival_to_come() -> None:
    for text, want in (
        ("back for half eleven", "11:30"),
        ("back for half 10", "10:30"),
        ("home about 10, sorry", "10:00"),
        ("back about half 10", "10:30"),
    ):
        r = _read(text)
        assert r.intent == "running_late" and _hhmm(r.arrival_at) == want, (text, r.intent, r.arrival_at)
    assert _read("Home! come on in").intent == "customer_arrived"
    assert _read("back now, door's open").intent == "customer_arrived"


# ---- (f) a slot said to "be perfect" asks for it, unless the last text offered it ----------------
def _read_after(text: str, outbound: str | None) -> Interpretation:
    return rules_only(
        text,
        MessageContext(
            received_at=SENT,
            timezone=ZONE,
            window_start=SENT.replace(minute=0),
            window_end=SENT.replace(minute=0) + timedelta(hours=2),
            job_status="scheduled",
            last_outbound=outbound,
        ),
    )


def test_a_slot_that_would_be_perfect_is_asked_for() -> None:
    cases = [
        (f"{day} {clock} would be perfect", "reschedule")
        for day, clock in itertools.product(
            ("monday", "tuesday", "friday"), ("elevenish", "at 2", "10ish", "2pm")
        )
    ]
    _check(cases, lambda text: _read_after(text, None).intent)


def test_near_misses_perfect_accepting_an_offer_is_a_confirm() -> None:
    offer = "We can move you to Tuesday at 2pm, does that work?"
    for text in (
        "tuesday at 2 would be perfect",
        "that would be perfect",
        "perfect, see you then",
        "great, that would be perfect",
    ):
        assert _read_after(text, offer).intent == "confirm", text
    for text in ("that would be perfect", "perfect!"):
        assert _read_after(text, None).intent == "confirm", text
