"""Time families of issue 13's eighth time round (corpora/tuned/families_h13_h13time8.jsonl), generated.

Numeric dates read day first outside the US and Canada (Mexico, Colombia, Brazil, Argentina as
Europe and Australia); "sat 10am?" as Saturday; "the fifth in the afternoon"; "nxt wk thurs";
"week from tomorrow"; "ce soir" / "ce matin" as today; "any day but Monday" (no day); "anything
sooner?" (today); "same slot next week" (the window's start). Each family crosses its words with
itertools and checks its near-misses.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from messaging.interpret.core import _day_first
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_days

from .helpers import read

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONDAY = date(2027, 2, 1)
DAYS = [MONDAY + timedelta(days=n) for n in range(7)]


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _best(text: str, today: date, day_first: bool = False) -> date | None:
    found = [d for d in find_days(normalise(text), today, None, day_first=day_first) if not d.rejected]
    return max(found, key=lambda d: (d.rank, d.start)).day if found else None


MONTH_FIRST_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Anchorage",
    "America/Toronto",
    "America/Vancouver",
    "America/Indiana/Indianapolis",
    "America/Puerto_Rico",
    "Pacific/Honolulu",
    "US/Eastern",
    "Canada/Pacific",
)
DAY_FIRST_ZONES = (
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Lima",
    "America/Santiago",
    "Europe/London",
    "Europe/Madrid",
    "Australia/Sydney",
    "Pacific/Auckland",
)


def test_numeric_dates_read_by_the_zones_convention() -> None:
    phrases = ("{} would be better", "¿podría ser el {}?", "pode ser dia {}?", "{} ça irait ?")
    cases = []
    for zone, (first, second), phrase in itertools.product(
        MONTH_FIRST_ZONES + DAY_FIRST_ZONES, ((3, 4), (5, 3), (12, 2), (2, 11)), phrases
    ):
        day_first = zone in DAY_FIRST_ZONES
        assert _day_first(zone) is day_first, zone
        month, day = (second, first) if day_first else (first, second)
        want = date(2027, month, day) if date(2027, month, day) > MONDAY else date(2028, month, day)
        cases.append(((phrase.format(f"{first}/{second}"), day_first), want))
    failures = [(c, _best(c[0], MONDAY, c[1]), w) for c, w in cases if _best(c[0], MONDAY, c[1]) != w]
    assert not failures, failures[:8]


def test_sat_and_sun_before_a_clock_with_its_meridiem() -> None:
    cases = []
    for today, short, clock in itertools.product(DAYS, ("sat", "sun"), ("10am", "2pm", "@ 3pm", "at 9:30am")):
        weekday = 5 if short == "sat" else 6
        want = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        cases.append((today, f"{short} {clock}?", want))
    failures = [(t, d, _best(t, d), w) for d, t, w in cases if _best(t, d) != w]
    assert not failures, failures[:8]
    # near-misses: "sat" as the verb names no day
    for text in ("sat in traffic 2 hours", "i sat 10 minutes at the lights", "we sat there all morning"):
        assert _best(text, MONDAY) is None, text


ORDINALS = {"first": 1, "third": 3, "fifth": 5, "twelfth": 12, "twenty-second": 22}


def test_an_ordinal_word_before_a_part_of_day() -> None:
    cases = []
    for (word, value), part in itertools.product(ORDINALS.items(), ("morning", "afternoon", "evening")):
        cases.append((f"the {word} in the {part} pls", date(2027, 2, value)))  # the 1st is today
    _check(cases, lambda text: _best(text, MONDAY))
    # near-misses: an ordinal that is no day
    for text in ("the first in line", "second in the morning queue", "third time in the afternoon"):
        assert _best(text, MONDAY) is None, text


def test_sms_next_week_weekday_and_week_from() -> None:
    cases = []
    for today, weekday in itertools.product(DAYS, range(7)):
        next_monday = today + timedelta(days=7 - today.weekday())
        for said in ("nxt wk {}", "next wk {}", "nxt week {}"):
            cases.append(
                (
                    today,
                    said.format(WEEKDAY_NAMES[weekday][: 3 if weekday != 3 else 5]),
                    next_monday + timedelta(days=weekday),
                )
            )
    for today, (said, ahead) in itertools.product(DAYS, (("week from tomorrow?", 8), ("week from today", 7))):
        cases.append((today, said, today + timedelta(days=ahead)))
    failures = [(t, d, _best(t, d), w) for d, t, w in cases if _best(t, d) != w]
    assert not failures, failures[:8]


def test_french_today_with_its_part() -> None:
    for today, said in itertools.product(DAYS, ("ce soir", "ce matin", "cet après-midi")):
        assert _best(f"pouvez-vous venir {said} plutôt ?", today) == today, said
    # near-miss: "ce samedi soir" is Saturday
    assert _best("ce samedi soir ?", MONDAY) == date(2027, 2, 6)


def _asked(text: str, at: str = "10:00"):
    result = read(
        text, at=at, day="2027-02-03", status="scheduled", window_day="2027-02-04", window=("09:00", "11:00")
    )
    return (
        result.requested_date and result.requested_date.isoformat(),
        result.requested_time and result.requested_time.strftime("%H:%M"),
    )


def test_any_day_but_names_no_day() -> None:
    for lead, weekday in itertools.product(
        ("any day but", "any day except", "any time but"), WEEKDAY_NAMES[:5]
    ):
        assert _asked(f"can we move it? {lead} {weekday}")[0] is None, (lead, weekday)
    assert _asked("can we move it? any day but monday, tuesday ideally")[0] == "2027-02-09"


def test_anything_sooner_is_today() -> None:
    for said in (
        "anything sooner?",
        "any sooner? I'm home all day",
        "is there something sooner",
        "any slot sooner?",
    ):
        assert _asked(said)[0] == "2027-02-03", said


def test_same_slot_next_week_keeps_the_window_start() -> None:
    for said in ("same slot next week?", "same slot but friday", "can we do the same slot thursday"):
        assert _asked(said)[1] == "09:00", said


def _arrival(text: str, at: str = "10:20", status: str = "scheduled", last: str | None = None):
    result = read(text, at=at, day="2027-02-01", status=status, window=("10:00", "12:00"), last=last)
    return result.intent, result.arrival_at and result.arrival_at.strftime("%H:%M")


def test_eta_with_a_clock_of_no_hour_is_the_customers_arrival() -> None:
    for lead, (said, want) in itertools.product(
        ("ETA", "eta", "ETA:"), (("quarter to", "10:45"), ("half past", "10:30"), ("quarter past", "11:15"))
    ):
        assert _arrival(f"{lead} {said}") == ("running_late", want), (lead, said)
    for asked in ("eta?", "what's the eta", "any eta on the tech?"):
        assert _arrival(asked)[0] == "where_is_tech", asked


def test_another_with_minutes_in_words() -> None:
    for words, minutes in (
        ("ten", 10),
        ("fifteen", 15),
        ("twenty five", 25),
        ("twenty-five", 25),
        ("forty", 40),
    ):
        for tail in (" or so", " sorry", ", traffic is bad"):
            got = _arrival(f"another {words}{tail}", status="on_site")
            assert got == ("running_late", f"10:{20 + minutes:02d}" if minutes < 40 else "11:00"), (
                words,
                tail,
            )


def test_a_past_lateness_of_the_technician_is_a_grievance() -> None:
    for who, amount in itertools.product(
        ("the tech", "your guy", "the plumber", "he"), ("20 min", "40 minutes")
    ):
        got = _arrival(f"{who} was {amount} late last time, not great", at="08:00")
        assert got == ("complaint", None), (who, amount)
    assert _arrival("I'll be 20 min late, sorry", at="10:20")[0] == "running_late"


def test_a_wait_accepted_is_not_the_customers_lateness() -> None:
    last = "Luis is on his way, about 10 minutes out."
    for said in (
        "ok 10 mins is fine, thanks",
        "10 minutes is perfect",
        "20 min works for me",
        "15 mins sounds good",
    ):
        assert _arrival(said, status="en_route", last=last)[1] is None, said
    for said in ("give me 10 mins ok", "I'll be 10 mins, is that ok?"):
        assert _arrival(said, status="en_route", last=last)[0] == "running_late", said


def test_a_yes_to_another_day_after_one_ruled_out_asks_for_it() -> None:
    cases = (
        ("no puedo el miércoles, el jueves sí", "2027-02-04"),
        ("no puedo el martes, el viernes sí, después de las 2", "2027-02-05"),
        ("não posso na quarta, na quinta sim", "2027-02-04"),
        ("je ne peux pas mercredi, jeudi oui", "2027-02-04"),
    )
    for said, want in cases:
        got = read(
            said,
            at="10:00",
            day="2027-02-01",
            status="scheduled",
            window_day="2027-02-03",
            window=("09:00", "11:00"),
        )
        assert (got.intent, got.requested_date and got.requested_date.isoformat()) == ("reschedule", want), (
            said
        )
    got = read(
        "sí, el miércoles está bien",
        at="10:00",
        day="2027-02-01",
        status="scheduled",
        window_day="2027-02-03",
    )
    assert got.intent == "confirm"


def test_if_that_works_is_no_confirmation() -> None:
    for day, clock in itertools.product(("friday", "thursday", "monday"), ("at 4", "at 10", "after 2")):
        got = _asked(f"{day} {clock} if that works")
        assert got[0] is not None, (day, clock)
    assert read("ok that works", status="scheduled").intent == "confirm"


def test_sat_with_dotted_meridiem() -> None:
    for short, mer in itertools.product(("sat", "sun"), ("a.m.", "p.m.")):
        want = date(2027, 2, 6) if short == "sat" else date(2027, 2, 7)
        assert _best(f"{short} {mer}?", MONDAY) == want, (short, mer)


def test_a_bare_hour_before_its_day_or_asked_about() -> None:
    cases = []
    for hour, weekday in itertools.product((8, 9, 10, 11), ("monday", "tuesday", "friday")):
        cases.append((f"{hour} on {weekday} would be ideal", f"{hour:02d}:00"))
        cases.append((f"is {hour} too early on {weekday}?", f"{hour:02d}:00"))
        cases.append((f"would {hour} be ok on {weekday}?", f"{hour:02d}:00"))
    for hour in (1, 2, 3, 4):
        cases.append((f"¿el jueves tipo {hour}?", f"{hour + 12:02d}:00"))
    _check(cases, lambda text: _asked(text)[1])
    # near-miss: "is 10 ok?" after a lateness asks about minutes, not a clock
    got = read(
        "running late, is 10 ok?", at="10:00", day="2027-04-04", status="scheduled", window=("13:00", "15:00")
    )
    assert got.arrival_at is None


def test_two_hours_offered_before_their_day_keep_the_first() -> None:
    cases = [
        (f"{first} or {first + 1} on {weekday}?", f"{first + (12 if first < 7 else 0):02d}:00")
        for first, weekday in itertools.product((2, 3, 9, 10), ("thursday", "saturday"))
    ]
    _check(cases, lambda text: _asked(text)[1])
