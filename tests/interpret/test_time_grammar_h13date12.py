"""Requested days said in ways the grammar missed (issue 13, h13date12; corpora/tuned/probe_date12.jsonl).

Each family is crossed over many days or day numbers, with near-misses: a day of the month or a
month-and-day in Italian, Hindi (Latin), Polish, Arabic (Latin and Arabic script), Tagalog, Chinese,
Japanese and Korean ("il giorno 5", "15 tarikh", "15-go", "yom 15", "sa 15 na lang", "12月26日",
"3월 18일"), French "mars"/"mai", a bare day made a request by a preference word ("melhor terça-feira",
"토요일에 와주세요"), the day after the visit ("the day after the appointment", "a day later"),
"same time" a week on however ordered, a fallback day ("sunday if that's full"), a day turned down
before "then"/"but" another ("friday won't work but monday does"), and "except".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from .helpers import read

DAY = "2026-06-10"  # a Wednesday; the visit is tomorrow, Thursday 11 June, 09:00-11:00
TODAY = date(2026, 6, 10)
VISIT = date(2026, 6, 11)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _asked(text: str) -> tuple[str, str | None, str | None]:
    result = read(text, at="10:00", day=DAY, window_day=VISIT.isoformat(), status="scheduled")
    return (
        result.intent,
        result.requested_date.isoformat() if result.requested_date else None,
        result.requested_time.strftime("%H:%M") if result.requested_time else None,
    )


def _day_of_month(number: int) -> str:
    """The next `number`th on or after today (this month's from the 10th, else July's)."""
    return (date(2026, 6, number) if number >= 10 else date(2026, 7, number)).isoformat()


def _next(weekday: int) -> str:
    return (TODAY + timedelta(days=(weekday - TODAY.weekday() - 1) % 7 + 1)).isoformat()


DAY_OF_MONTH_FORMS = (
    "meglio il giorno {d}",
    "va bene il {d}?",
    "{d} tarikh ko aa sakte ho?",
    "{d} tarikh theek hai",
    "może {d}-go?",
    "pasuje {d}-go",
    "mumkin yom {d}?",
    "يوم {d} مناسب؟",
    "pwede ba sa ika-{d}?",
    "sa {d} na lang po",
)


@pytest.mark.parametrize("form", DAY_OF_MONTH_FORMS)
def test_day_of_month_in_each_language(form: str) -> None:
    for number in (2, 5, 13, 15, 21, 28):
        intent, asked, _ = _asked(form.format(d=number))
        assert (intent, asked) == ("reschedule", _day_of_month(number)), form.format(d=number)


@pytest.mark.parametrize(
    "form",
    ("{m}月{d}日可以吗", "{m}月{d}号行吗", "{m}월 {d}일 괜찮아요?", "{m}월 {d}일로 바꿔주세요"),
)
def test_month_and_day_in_chinese_and_korean(form: str) -> None:
    for month in (1, 3, 7, 9, 11, 12):
        for number in (3, 18, 26):
            wanted = date(2026, month, number)
            wanted = wanted if wanted >= TODAY else wanted.replace(year=2027)
            _, asked, _ = _asked(form.format(m=month, d=number))
            assert asked == wanted.isoformat(), form.format(m=month, d=number)


def test_french_mars_and_mai_are_months_beside_a_day_only() -> None:
    for number in (2, 16, 30):
        assert _asked(f"on peut faire le {number} mars ?")[1] == f"2027-03-{number:02d}"
        assert _asked(f"plutôt le {number} mai svp")[1] == f"2027-05-{number:02d}"
    assert _asked("on a un mars dans le frigo, demain ?")[1] == "2026-06-11"  # near-miss: no day beside it


@pytest.mark.parametrize(
    ("form", "names"),
    (
        ("melhor {w}", ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira")),
        ("meglio {w}", ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì")),
        ("{w}에 와주세요", ("월요일", "화요일", "수요일", "목요일", "금요일")),
        ("{w}でお願いします", ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日")),
    ),
)
def test_a_weekday_with_a_preference_word_is_asked_for(form: str, names: tuple[str, ...]) -> None:
    for weekday, name in enumerate(names):
        if weekday == VISIT.weekday():
            continue  # the visit's own weekday said the day before means the week after
        intent, asked, _ = _asked(form.format(w=name))
        assert (intent, asked) == ("reschedule", _next(weekday)), form.format(w=name)


def test_polish_agreement_alone_stays_a_confirm() -> None:
    assert _asked("ok pasuje")[0] == "confirm"  # near-miss: "pasuje" works beside a day only


@pytest.mark.parametrize(
    "text",
    (
        "the day after the appointment instead?",
        "can we do the day after the appointment",
        "day after the scheduled one works better",
        "could he come the day after my visit",
        "can you make it the day after",
        "a day later would be better",
        "one day later please",
    ),
)
def test_the_day_after_the_visit(text: str) -> None:
    for offset in (1, 2, 4):
        visit = TODAY + timedelta(days=offset)
        result = read(text, at="10:00", day=DAY, window_day=visit.isoformat(), status="scheduled")
        assert result.requested_date == visit + timedelta(days=1), (text, visit)


def test_the_day_after_a_named_day_and_the_day_after_tomorrow_keep_their_own_day() -> None:
    assert _asked("can't do friday, what about the day after?")[1] == "2026-06-13"
    assert _asked("the day after tomorrow works")[1] == "2026-06-12"
    assert _asked("in two days")[1] == "2026-06-12"  # counted from the message, not the visit


@pytest.mark.parametrize(
    "text",
    (
        "same time next week?",
        "can we do same time the week after",
        "same day and time next week",
        "next week same time please",
        "same time but next week",
    ),
)
def test_same_time_a_week_on(text: str) -> None:
    for hour in ("08:00", "10:00", "13:00", "14:00"):
        visit = VISIT.isoformat()
        result = read(text, at="10:00", day=DAY, window=(hour, "16:00"), window_day=visit, status="scheduled")
        assert result.requested_date == VISIT + timedelta(days=7), (text, hour)
        assert result.requested_time is not None and result.requested_time.strftime("%H:%M") == hour


@pytest.mark.parametrize(
    "form",
    (
        "{a} would be best, {b} if that's full",
        "{a}, or {b} if not",
        "if today doesn't work then {a} is fine",
        "{b} won't work but {a} does",
        "not {b}, {a} is better",
        "any day next week except {b}",
    ),
)
def test_fallbacks_and_days_turned_down(form: str) -> None:
    for a in range(7):
        for b in range(7):
            if a == b or VISIT.weekday() in (a, b) or TODAY.weekday() in (a, b):
                continue
            text = form.format(a=WEEKDAYS[a], b=WEEKDAYS[b])
            asked = _asked(text)[1]
            if "except" in form:
                assert asked != _next(b), text
            else:
                assert asked == _next(a), text


def test_a_condition_that_asks_for_the_day_keeps_it() -> None:
    for name in ("monday", "friday", "saturday"):
        assert _asked(f"{name} if possible")[1] == _next(WEEKDAYS.index(name))  # near-miss: not a fallback
        assert _asked(f"{name} if that works")[1] == _next(WEEKDAYS.index(name))
