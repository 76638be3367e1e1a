"""Time families of issue 13's sixth time round (corpora/tuned/families_h13_h13time6.jsonl), generated.

The weekend in Spanish, French, Portuguese and German; "the 15th of next month" in those languages;
the UK's "a week Friday"; "the Tuesday after" a day just named; Portuguese "próxima segunda";
"after school" as the afternoon (a clock named beside "after work"/"after school" says the time
alone); a bare range of minutes after traffic; "in a sec" said first; and the time fields of a
reading the learned voice leads to (the rules found no request cue). Each family crosses its
words with itertools and checks its near-misses.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret.core import with_times
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_days, find_durations
from messaging.interpret.types import Interpretation, MessageContext

from .helpers import read

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A fortnight of message days, Monday 30 November to Sunday 13 December 2026.
DAYS = [date(2026, 11, 30) + timedelta(days=n) for n in range(14)]


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _days(text: str, today: date) -> list[date | None]:
    return [d.day for d in find_days(normalise(text), today, None) if not d.rejected]


def _asked(text: str, day: str = "2026-12-01", at: str = "10:00", window_day: str = "2026-12-02"):
    result = read(text, at=at, day=day, status="scheduled", window_day=window_day, window=("13:00", "15:00"))
    return (
        result.requested_date and result.requested_date.isoformat(),
        result.requested_time and result.requested_time.strftime("%H:%M"),
        result.requested_part_of_day,
    )


def _best(text: str, today: date) -> date | None:
    """The day a request would take: the most explicit mention, the last of equals."""
    found = [d for d in find_days(normalise(text), today, None) if not d.rejected]
    return max(found, key=lambda d: (d.rank, d.start)).day if found else None


def _saturday(today: date) -> date:
    """The weekend's day: its Saturday, or today when the weekend is already here."""
    return today if today.weekday() >= 5 else today + timedelta(days=(5 - today.weekday()) % 7 or 7)


WEEKENDS = (
    "¿se puede el fin de semana?",
    "mejor este fin de semana",
    "ce week-end plutôt ?",
    "le week-end, c'est possible ?",
    "o fim de semana pode ser?",
    "pode ser no fim de semana?",
    "geht es am Wochenende?",
)


def test_the_weekend_in_other_languages_is_its_saturday():
    cases = [((text, today), [_saturday(today)]) for text, today in itertools.product(WEEKENDS, DAYS)]
    _check(cases, lambda case: _days(*case))


def test_weekends_as_a_habit_name_no_day():
    for text in ("los fines de semana no puedo", "je travaille les week-ends", "weekends are bad for us"):
        assert _days(text, DAYS[0]) == []


NEXT_MONTH = (
    "el {n} del mes que viene",
    "¿el {n} del próximo mes?",
    "le {n} du mois prochain ?",
    "o dia {n} do mês que vem",
    "the {n}th of next month",
)


def test_a_day_of_next_month_in_other_languages():
    cases = []
    for frame, n, today in itertools.product(
        NEXT_MONTH, (3, 5, 15, 20), (date(2026, 11, 30), date(2026, 12, 2))
    ):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        cases.append(((frame.format(n=n), today), [first.replace(day=n)]))
    _check(cases, lambda case: _days(*case))


def test_a_day_of_this_month_stays_this_month():
    assert _days("el 15 del mes", date(2026, 12, 2)) == [date(2026, 12, 15)]
    assert _days("le 20, ça irait ?", date(2026, 12, 2)) == [date(2026, 12, 20)]


def test_a_week_and_a_weekday_is_a_week_after_the_coming_one():
    cases = []
    for (index, name), today, frame in itertools.product(
        enumerate(WEEKDAY_NAMES), DAYS[:7], ("a week {}?", "could we do a week {} instead", "one week {}")
    ):
        coming = today + timedelta(days=(index - today.weekday() - 1) % 7 + 1)
        cases.append(((frame.format(name), today), coming + timedelta(days=7)))
    _check(cases, lambda case: _best(*case))


def test_a_week_beside_a_weekday_otherwise_is_no_week_on():
    today = DAYS[0]
    # "in a week, friday if not": counted from today; "friday week" is the existing UK form
    assert date(2026, 12, 4) in _days("a week is too long, friday?", today)
    assert _days("friday after next", today) == [date(2026, 12, 11)]


def test_the_weekday_after_a_day_just_named():
    cases = []
    for first, second, close in itertools.product(
        ("thursday", "friday", "monday"), ("tuesday", "wednesday", "monday"), ("?", " instead", " then", "")
    ):
        text = f"can't do {first}, the {second} after{close}"
        named = date(2026, 11, 30) + timedelta(days=(WEEKDAY_NAMES.index(first) - 0 - 1) % 7 + 1)
        if named == date(2026, 12, 1):
            continue
        want = named + timedelta(days=(WEEKDAY_NAMES.index(second) - named.weekday() - 1) % 7 + 1)
        cases.append((text, want.isoformat()))
    _check(cases, lambda text: _asked(text, day="2026-11-30", window_day="2026-12-03")[0])


def test_the_weekday_after_something_else_keeps_its_own_reading():
    # "the tuesday after easter" is the holiday's; "the tuesday after next" two weeks on
    assert _asked("the monday after easter?", day="2027-03-01", window_day="2027-03-02")[0] == "2027-03-29"
    assert _asked("the tuesday after next?", day="2026-11-30", window_day="2026-12-03")[0] == "2026-12-08"


PORTUGUESE_NEXT = {
    "na próxima segunda": 0,
    "próxima terça": 1,
    "na próxima quarta-feira": 2,
    "próxima quinta": 3,
    "na próxima sexta": 4,
    "no próximo sábado": 5,
    "próximo domingo": 6,
}


def test_portuguese_next_weekday_is_the_coming_one():
    cases = []
    for (phrase, weekday), frame in itertools.product(PORTUGUESE_NEXT.items(), ("pode ser {}?", "{}, dá?")):
        want = date(2026, 12, 2) + timedelta(days=(weekday - 2 - 1) % 7 + 1)
        cases.append((frame.format(phrase), want.isoformat()))
    _check(cases, lambda text: _asked(text, day="2026-12-02", window_day="2026-12-15")[0])


def test_after_school_is_the_afternoon_and_a_clock_beside_an_activity_says_the_time():
    for day_words, want_day in (
        ("on wednesday", "2026-12-02"),
        ("tomorrow", "2026-12-02"),
        ("on the 9th", "2026-12-09"),
    ):
        assert _asked(f"could he come after school {day_words}?") == (want_day, None, "afternoon")
        assert _asked(f"after work {day_words}?") == (want_day, None, "evening")
        assert _asked(f"after school {day_words}, like 3:30?") == (want_day, "15:30", None)
        assert _asked(f"after work {day_words}, like 6?") == (want_day, "18:00", None)
    # a part of day named by its word stays beside the clock
    assert _asked("tomorrow evening after 6?") == ("2026-12-02", "18:00", "evening")


def test_a_range_of_minutes_after_traffic_is_its_upper_end():
    cases = [
        (f"{lead}, {low}-{high}", high)
        for lead, (low, high) in itertools.product(
            ("traffic is mental", "stuck in traffic", "running late", "running behind sorry"),
            ((10, 15), (15, 20), (20, 25), (35, 40)),
        )
    ]
    _check(
        cases,
        lambda text: (
            [d.minutes for d in find_durations(normalise(text))][-1:]
            and find_durations(normalise(text))[-1].minutes
        ),
    )


def test_a_range_of_hours_after_traffic_is_no_wait():
    assert find_durations(normalise("traffic was bad, can he come 12-2?")) == []
    cases = [
        (f"{lead}, {place} {minutes} to {hour}", f"{hour - 1:02d}:{60 - minutes:02d}")
        for lead, place, minutes, hour in itertools.product(
            ("running late", "stuck in traffic", "on my way"),
            ("be there", "home by", "back at"),
            (5, 10, 20),
            (10, 11, 12),
        )
    ]
    _check(cases, lambda text: (found := read(text).arrival_at) and found.strftime("%H:%M"))


def test_a_moment_said_first_is_a_minute():
    for text in ("in a sec, just parking", "in a sec", "within a minute, pulling in", "in a second, sorry"):
        assert [d.minutes for d in find_durations(normalise(text))] == [1], text
    for text in ("in a second i'll send the code", "in a minute he'll see the dog"):
        assert find_durations(normalise(text)) == [], text


TZ = ZoneInfo("America/New_York")


def _led(intent: str, text: str, received: datetime) -> Interpretation:
    context = MessageContext(
        received_at=received,
        timezone="America/New_York",
        window_start=datetime(2026, 12, 1, 13, 0, tzinfo=TZ),
        window_end=datetime(2026, 12, 1, 15, 0, tzinfo=TZ),
        job_status="scheduled",
        last_outbound=None,
    )
    return with_times(text, context, Interpretation(intent, (intent,)))


def test_a_reading_the_learned_voice_leads_to_carries_its_time_fields():
    received = datetime(2026, 12, 1, 10, 0, tzinfo=TZ)
    cases = {
        "could do 3pm on the 23rd": (date(2026, 12, 23), "15:00", None),
        "Fri or Sat afternoon?": (date(2026, 12, 4), None, "afternoon"),
        "sometime next week, wednesday ideally": (date(2026, 12, 9), None, None),
        "how's mon arvo?": (date(2026, 12, 7), None, "afternoon"),
    }
    for text, (day, at, part) in cases.items():
        found = _led("reschedule", text, received)
        got = (
            found.requested_date,
            found.requested_time and found.requested_time.strftime("%H:%M"),
            found.requested_part_of_day,
        )
        assert got == (day, at, part), text
    late = _led("running_late", "330pm is the best I can do sorry", received)
    assert late.arrival_at == datetime(2026, 12, 1, 15, 30, tzinfo=TZ)
    # an intent with no time fields is left as it was
    assert _led("complaint", "could do 3pm on the 23rd", received).requested_date is None


# Round 2 (ids h13t6b-): longer texts.


def test_two_bare_hours_offered_with_a_hedge_ask_for_the_first():
    cases = [
        (f"can we do the afternoon, {hedge} {first} or {first + 1}?", f"{first + 12:02d}:00")
        for hedge, first in itertools.product(("maybe", "like", "say", "ideally"), (1, 2, 3, 4))
    ]
    _check(cases, lambda text: _asked(text)[1])
    # no hedge, or a count of something else: no clock
    assert _asked("we have 1 or 2 questions for him tomorrow?")[1] is None
    assert _asked("can we do tomorrow, 1 or 2 of us will be home")[1] is None


def test_a_part_of_day_the_customer_is_held_up_in_is_not_asked_for():
    cases = [
        (f"can we bump it to 10:15? {state} {part}", ("2026-12-01", "10:15", None))
        for state, part in itertools.product(
            ("running behind", "swamped", "stuck at work", "i'm late"), ("this morning", "all morning")
        )
    ]
    _check(cases, lambda text: _asked(text, day="2026-12-01", at="08:00", window_day="2026-12-01"))
    # "late morning" names a part; "out this morning" turns it down beside another asked for
    assert _asked("tomorrow late morning?")[2] == "morning"
    assert (
        _asked("i'm out this morning, can he come this afternoon?", window_day="2026-12-01")[2] == "afternoon"
    )


def test_a_time_the_customer_is_away_from_is_no_time_asked_for():
    cases = [
        (f"Can we do the 4th? Morning please, {who} {away} from {hour}", ("2026-12-04", None, "morning"))
        for who, away, hour in itertools.product(
            ("we're", "i'm", "we'll be"), ("out", "away", "gone"), (1, 2, 3)
        )
    ]
    _check(cases, _asked)


def test_the_day_asked_with_its_time_in_a_question_beats_a_day_told_after_it():
    cases = []
    for asked, told, clock in itertools.product(
        ("monday", "tuesday", "friday"), ("sunday night", "saturday", "thursday"), ("8", "10am", "2:30")
    ):
        text = f"Can we do {asked} at {clock}? Our flight back lands {told}"
        want = date(2026, 12, 3) + timedelta(days=(WEEKDAY_NAMES.index(asked) - 3 - 1) % 7 + 1)
        cases.append((text, want.isoformat()))
    _check(cases, lambda text: _asked(text, day="2026-12-03", window_day="2026-12-15")[0])
    # a day asked with no time keeps the later, more exact one ("before Christmas? Like the 23rd")
    assert (
        _asked(
            "Any chance before Christmas? Like the 23rd, first thing",
            day="2026-12-10",
            window_day="2026-12-11",
        )[0]
        == "2026-12-23"
    )


def test_a_holiday_with_its_possessive_is_the_holiday():
    for name, want in (
        ("Boxing Day's", "2026-12-26"),
        ("Christmas Eve's", "2026-12-24"),
        ("New Year's Eve's", "2026-12-31"),
    ):
        assert (
            _asked(f"{name} fine, anytime after 10", day="2026-12-18", window_day="2026-12-19")[0] == want
        ), name


# Round 3 (ids h13t6c-): clock forms.


def test_an_hour_said_exact_or_as_a_bound_is_a_clock():
    cases = [
        (frame.format(hour), f"{hour if hour >= 7 else hour + 12:02d}:00")
        for frame, hour in itertools.product(
            (
                "can we do {} sharp on friday",
                "friday, {} on the dot",
                "friday, earliest {}",
                "friday, {} at the earliest",
                "can we do friday, {} at the latest",
            ),
            (9, 10, 11, 2, 3),
        )
    ]
    _check(cases, lambda text: _asked(text)[1])


def test_glued_mid_parts_of_day():
    for word, part in (
        ("midmorning", "morning"),
        ("midafternoon", "afternoon"),
        ("mid-afternoon", "afternoon"),
        ("midarvo", "afternoon"),
    ):
        assert _asked(f"tomorrow {word}?")[2] == part, word


def test_a_bare_number_after_i_will_be_is_minutes():
    cases = [
        (f"{lead} {n}{tail}", n)
        for lead, n, tail in itertools.product(
            ("I'll be", "ill be", "we'll be", "i'll be like"),
            (2, 5, 10, 25),
            (", just parking", ".", " sorry", ""),
        )
    ]
    _check(cases, lambda text: (found := find_durations(normalise(text))) and found[-1].minutes)
    for text in ("i'll be 3 years with you guys next month", "i'll be there at 5", "i'll be 5 minutes late"):
        assert not [d for d in find_durations(normalise(text)) if d.text.startswith(("i'll", "ill"))], text


# Round 4 (ids h13t6d-): days counted from another.


def test_the_day_after_a_day_just_named():
    cases = [
        (f"{said}, {ask} the day after{close}", want)
        for (said, want), ask, close in itertools.product(
            (
                ("tomorrow's a no go", "2026-12-03"),
                ("can't do friday", "2026-12-05"),
                ("the 9th is bad", "2026-12-10"),
                ("today's hectic", "2026-12-02"),
            ),
            ("what about", "how about", "could he come"),
            ("?", " instead", ""),
        )
    ]
    _check(cases, lambda text: _asked(text, window_day="2026-12-15")[0])
    # the day after a holiday or "tomorrow" names its own; alone it names none
    assert _asked("the day after tomorrow?", window_day="2026-12-15")[0] == "2026-12-03"
    assert _asked("the day after christmas?", window_day="2026-12-15")[0] == "2026-12-26"
    assert _days("the day after", DAYS[0]) == []


def test_the_nth_weekday_of_a_month():
    cases = {
        "first monday of january": date(2027, 1, 4),
        "the first friday in january": date(2027, 1, 1),
        "2nd tuesday of march": date(2027, 3, 9),
        "third wednesday of february": date(2027, 2, 17),
        "last friday in january": date(2027, 1, 29),
        "the last monday of december": date(2026, 12, 28),
        "first thursday of december": date(2027, 12, 2),  # this year's is past
    }
    _check([((text, date(2026, 12, 10)), want) for text, want in cases.items()], lambda case: _best(*case))


def test_a_weekday_fortnight_is_two_weeks_after_the_coming_one():
    cases = []
    for (index, name), today in itertools.product(enumerate(WEEKDAY_NAMES), DAYS[:7]):
        coming = today + timedelta(days=(index - today.weekday() - 1) % 7 + 1)
        cases.append(((f"{name} fortnight?", today), coming + timedelta(days=14)))
    _check(cases, lambda case: _best(*case))
