"""Time families of issue 13's fourth time round (corpora/tuned/families_h13_times4.jsonl), generated.

Moveable holidays (Easter, Good Friday, Thanksgiving, Labor Day, Memorial Day) in any year, a day,
weekday or weekend beside a holiday; Chinese 下周X (next calendar week's weekday) against 这周X / 周X;
two delays summed (a wait, then the trip); an upper bound ("won't be more than 10"); a distance
beside an emergency; Spanish "me retraso". Each family crosses its words with itertools and checks
its near-misses.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from messaging.interpret.timewords import moveable_anchor

from .helpers import local, read

# Easter Sundays from published tables, to check the computus against.
EASTER = {2026: date(2026, 4, 5), 2027: date(2027, 3, 28), 2028: date(2028, 4, 16), 2029: date(2029, 4, 1),
          2030: date(2030, 4, 21), 2031: date(2031, 4, 13), 2035: date(2035, 3, 25)}  # fmt: skip
THANKSGIVING = {2026: date(2026, 11, 26), 2027: date(2027, 11, 25), 2028: date(2028, 11, 23)}
LABOR_DAY = {2026: date(2026, 9, 7), 2027: date(2027, 9, 6), 2028: date(2028, 9, 4)}


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def test_the_moveable_anchors_match_the_published_dates():
    for year, easter in EASTER.items():
        assert moveable_anchor("easter", year) == easter
    for year, thursday in THANKSGIVING.items():
        assert moveable_anchor("thanksgiving", year) == thursday
    for year, monday in LABOR_DAY.items():
        assert moveable_anchor("labor day", year) == monday


def _date_asked(text: str, day: str) -> str | None:
    result = read(text, at="10:00", day=day, status="scheduled", window_day=day)
    return result.requested_date and result.requested_date.isoformat()


SAID = ("can we move it to {}?", "could you come {} instead", "how about {}")
# phrase -> (anchor, days from the anchor)
BESIDE = {
    "the day after thanksgiving": ("thanksgiving", 1),
    "the friday after thanksgiving": ("thanksgiving", 1),
    "the monday after easter": ("easter", 1),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "the saturday before easter": ("easter", -1),
    "the tuesday after labor day": ("labor day", 1),
    "labor day weekend": ("labor day", -2),
    "thanksgiving weekend": ("thanksgiving", 2),
    "the day before easter": ("easter", -1),
}


def test_a_day_named_from_a_moveable_holiday_falls_in_the_year_it_comes_next():
    cases = []
    for (phrase, (anchor, shift)), form, year in itertools.product(BESIDE.items(), SAID, (2026, 2027, 2028)):
        holiday = moveable_anchor(anchor, year)
        sent = holiday - timedelta(days=20)
        cases.append(((form.format(phrase), sent.isoformat()), (holiday + timedelta(days=shift)).isoformat()))
    _check(cases, lambda said: _date_asked(*said))


def test_a_moveable_holiday_already_past_is_next_years():
    sent = EASTER[2026] + timedelta(days=10)
    assert (
        _date_asked("can we do good friday?", sent.isoformat())
        == (EASTER[2027] - timedelta(days=2)).isoformat()
    )


def test_boxing_day_and_the_fixed_holidays_still_read():
    assert _date_asked("would boxing day work instead?", "2026-12-10") == "2026-12-26"
    assert _date_asked("can you come the day after christmas", "2026-12-05") == "2026-12-26"


ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5}
ZH_NEXT = ("下周{}", "下星期{}", "下个礼拜{}", "下礼拜{}", "下週{}")
ZH_THIS = ("这周{}", "周{}", "星期{}", "这个星期{}")


def test_chinese_next_week_weekday_is_next_calendar_weeks_and_this_week_is_the_coming_one():
    cases = []
    for sent_on, (word, weekday), form in itertools.product(range(3), ZH_WEEKDAYS.items(), ZH_NEXT + ZH_THIS):
        today = date(2026, 6, 8) + timedelta(days=sent_on)  # Monday to Wednesday
        if form.startswith("下"):
            want = today + timedelta(days=7 - today.weekday() + weekday)
        else:
            want = today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        cases.append(((f"改到{form.format(word)}可以吗", today.isoformat()), want.isoformat()))
    _check(cases, lambda said: _date_asked(*said))


def _minutes_after(
    text: str, *, at: str = "11:02", window: tuple[str, str] = ("11:00", "13:00")
) -> int | None:
    result = read(text, at=at, window=window, status="scheduled")
    if result.arrival_at is None:
        return None
    return int((result.arrival_at - local("2026-06-10", at)).total_seconds() // 60)


FIRST_LEG = ("another {} min or so here", "finishing up here {} min", "need {} more minutes at the dentist",
             "{} more minutes here", "kids out of school in {} min")  # fmt: skip
SECOND_LEG = (", then {} min drive", " then {} to get there", " and then it's {} min to the house",
              ", then {} minutes home", " plus {} to drive over")  # fmt: skip


def test_a_wait_then_a_trip_adds_up():
    cases = []
    for first, second, (a, b) in itertools.product(FIRST_LEG, SECOND_LEG, ((10, 15), (30, 20), (5, 25))):
        cases.append((first.format(a) + second.format(b), a + b))
    _check(cases, _minutes_after)


def test_leaving_in_a_while_and_a_trip_said_after_it_add_up():
    cases = [
        (f"{start} {a}{gap}{b} {trip}", a + b)
        for start, gap, trip, (a, b) in itertools.product(
            ("leaving in", "I get off work in"),
            (", it's a ", " and i'm ", ", it's about "),
            ("minute drive", "minutes away", "min ride"),
            ((10, 20), (15, 30)),
        )
    ]
    _check(cases, _minutes_after)


def test_a_correction_is_not_a_sum():
    assert _minutes_after("20 min away, no sorry 30 min away") == 30


def test_an_upper_bound_is_the_wait():
    cases = [
        (form.format(n), n)
        for form, n in itertools.product(
            ("on my way now, won't be more than {}", "I'm close, definitely no more than {}",
             "heading over, shouldn't be more than {}", "omw, {} max", "coming now, {} tops"),
            (8, 10, 15, 25),
        )
    ]  # fmt: skip
    _check(cases, _minutes_after)
    assert _minutes_after("no more than 3 people will be home") is None


HAZARDS = ("water is coming through the ceiling!!", "smell gas in the kitchen,", "breaker box is sparking!!",
           "pipe burst in the basement,")  # fmt: skip
DISTANCES = ("I'm {} min away", "{} min away", "i'm {} minutes away, please hurry")


def test_their_own_distance_beside_an_emergency_gives_the_arrival():
    cases = [
        (f"{hazard} {distance.format(n)}", n)
        for hazard, distance, n in itertools.product(HAZARDS, DISTANCES, (10, 25))
    ]
    _check(cases, _minutes_after)


def test_the_weather_beside_an_emergency_is_no_distance():
    assert _minutes_after("furnace quit, no heat, its minus 18 out and I am 84 years old") is None


def test_spanish_me_retraso_is_a_lateness_counted_from_the_window():
    for n in (10, 15, 20):
        for said in (f"me retraso unos {n} minutos", f"me retraso {n} minutos"):
            # sent at 10:40 before an 11:00 window: the lateness counts from 11:00
            assert _minutes_after(said, at="10:40") == 20 + n, said


def test_a_moment_on_the_way_is_a_minute():
    cases = [
        (form, 1)
        for form in (
            "be there in a minute", "be there in a sec", "be home in one minute", "i'll be out in a sec",
            "one sec parking", "just a sec, walking up", "a sec, pulling in", "1 sec im parking",
        )
    ]  # fmt: skip
    _check(cases, lambda text: _minutes_after(text, at="11:10"))
    # near-misses: a moment that is no wait of the customer's
    for text in ("just a sec, let me check", "I'll call you back in a minute", "wait a sec, who is this?"):
        assert _minutes_after(text, at="11:10") is None, text
