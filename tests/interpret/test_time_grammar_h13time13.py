"""Time words of issue 13's time round 13 (corpora/tuned/families_h13_h13time13*.jsonl), generated.

German quarter hours with the hour in words or digits ("Viertel nach vier" 4:15, "Viertel vor elf"
10:45, "dreiviertel elf" 10:45) and German "am" before a day, which is "on", never a.m.; the part of
day a Portuguese or Vietnamese clock names ("3 e meia da tarde", "2 rưỡi chiều") kept beside its
hour; minutes to an hour after "back for" / "home for" (UK "back for ten to 12" is 11:50) while
"in 10 to 15", "out for 10 to 15" stay waits; a range of minutes whose upper end no hour can be
("running 20 to 25 behind") is no clock; and "an hour n half" / "hour and a half" / "1.5 hrs"
without their article are ninety minutes. Readings are the rules' alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_clocks, find_durations

from .helpers import read_rules_in_zone


def _read(text: str, zone: str, sent: datetime, window_hour: int = 10, days_ahead: int = 1) -> Interpretation:
    start = sent.replace(hour=window_hour, minute=0) + timedelta(days=days_ahead)
    return read_rules_in_zone(text, zone=zone, sent=sent, window_start=start)


def _check(cases: Sequence[tuple[str, object]], got: Callable[[str], object]) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _slot(r: Interpretation) -> tuple[str | None, str | None, str | None]:
    return (
        r.requested_date.isoformat() if r.requested_date else None,
        r.requested_time.strftime("%H:%M") if r.requested_time else None,
        r.requested_part_of_day,
    )


# A Tuesday morning; Thursday is 2026-12-10, Friday 2026-12-11, tomorrow 2026-12-09.
BERLIN = "Europe/Berlin"
SENT_DE = datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo(BERLIN))
GERMAN_HOURS = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()
GERMAN_DAYS = (("am Freitag", "2026-12-11"), ("am Donnerstag", "2026-12-10"), ("morgen", "2026-12-09"))


def _afternoon_if_small(hour: int, minute: int) -> str:
    """A bare hour is read in waking hours: 1-6 are afternoon hours, 7-12 as said."""
    return f"{hour + 12 if 1 <= hour <= 6 else hour:02d}:{minute:02d}"


def test_german_quarter_hours_in_words_and_digits() -> None:
    cases = []
    for (number, word), (day, date), ask in itertools.product(
        list(enumerate(GERMAN_HOURS, start=1))[1:11],
        GERMAN_DAYS,
        ("Geht {clock} {day}?", "{day} um {clock}?", "Können Sie {day} {clock} kommen?"),
    ):
        for said_hour in (word, str(number)):
            for phrase, hour, minute in (
                (f"Viertel nach {said_hour}", number, 15),
                (f"Viertel vor {said_hour}", number - 1, 45),
                (f"dreiviertel {said_hour}", number - 1, 45),
            ):
                clock = phrase if not ask.startswith("{day} um") else phrase
                text = ask.format(clock=clock, day=day).replace("um Viertel", "um Viertel")
                cases.append((text, (date, _afternoon_if_small(hour, minute), None)))
    _check(cases, lambda text: _slot(_read(text, BERLIN, SENT_DE)))


def test_german_am_before_a_day_is_on_not_am() -> None:
    for day in ("Montag", "Freitag", "Samstag"):
        assert " am " not in f" {normalise(f'um 4 am {day}')} "
        clocks = find_clocks(normalise(f"um 4:30 am {day}"))
        assert clocks and clocks[0].meridiem is None, (day, clocks)
    # near-misses: English "am" after a clock stays a.m.; "Viertelstunde" is fifteen minutes
    assert find_clocks(normalise("can he come at 9 am friday"))[0].meridiem == "am"
    assert "15 minutes" in normalise("bin in einer Viertelstunde da")
    assert "45 minutes" in normalise("in einer Dreiviertelstunde")


# ---- the part of day a Portuguese or Vietnamese clock names ------------------------------------
SAO_PAULO, SAIGON = "America/Sao_Paulo", "Asia/Ho_Chi_Minh"


def test_portuguese_clock_with_da_tarde_or_da_noite_names_the_part() -> None:
    sent = datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo(SAO_PAULO))
    cases = []
    for (day, date), (said, want), (part_word, part) in itertools.product(
        (("amanhã", "2026-12-09"), ("sexta", "2026-12-11"), ("quinta", "2026-12-10")),
        (("às 3", "15:00"), ("às 3 e meia", "15:30"), ("às 4h", "16:00"), ("às 5:30", "17:30")),
        (("da tarde", "afternoon"),),
    ):
        cases.append((f"pode ser {day} {said} {part_word}?", (date, want, part)))
    for said, want in (("às 8", "20:00"), ("às 7 e meia", "19:30")):
        cases.append((f"pode ser amanhã {said} da noite?", ("2026-12-09", want, "evening")))
    _check(cases, lambda text: _slot(_read(text, SAO_PAULO, sent)))
    # near-miss: "da manhã" stays an a.m. clock with no part named (the tuned corpora's reading)
    assert _slot(_read("sexta às 8 da manhã", SAO_PAULO, sent)) == ("2026-12-11", "08:00", None)


def test_vietnamese_half_hour_with_its_part_of_day() -> None:
    sent = datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo(SAIGON))
    cases = []
    for (day, date), hour, (giờ, (part_word, part, shift)) in itertools.product(
        (("mai", "2026-12-09"), ("ngày mai", "2026-12-09")),
        (2, 3, 4, 5),
        itertools.product(("", "giờ "), (("chiều", "afternoon", 12), ("chieu", "afternoon", 12))),
    ):
        cases.append((f"{day} {hour} {giờ}rưỡi {part_word} được không", (date, f"{hour + shift}:30", part)))
    for hour in (8, 9, 10):
        cases.append((f"mai {hour} rưỡi sáng được không", ("2026-12-09", f"{hour:02d}:30", "morning")))
    _check(cases, lambda text: _slot(_read(text, SAIGON, sent)))
    # near-miss: a half hour with no part word has none
    assert _slot(_read("mai 3 rưỡi được không", SAIGON, sent)) == ("2026-12-09", "15:30", None)


# ---- minutes to an hour after "back for", and ranges of minutes --------------------------------
LONDON = "Europe/London"


def test_minutes_to_an_hour_after_back_for_is_the_arrival() -> None:
    sent = datetime(2026, 12, 8, 10, 15, tzinfo=ZoneInfo(LONDON))
    cases = []
    for lead, (said, want) in itertools.product(
        (
            "stuck in town, back for",
            "stuck in traffic, home for",
            "running late, back for",
            "I'll be back for",
        ),
        (("ten to 12", "11:50"), ("20 to 12", "11:40"), ("quarter to 11", "10:45"), ("5 to 11", "10:55")),
    ):
        cases.append((f"{lead} {said}", want))

    def got(text: str) -> str | None:
        r = _read(text, LONDON, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    _check(cases, got)


def test_a_range_of_minutes_is_no_clock() -> None:
    sent = datetime(2026, 12, 8, 9, 50, tzinfo=ZoneInfo(LONDON))  # before a 10:00 window
    cases = []
    for low, high in ((20, 25), (15, 20), (10, 15), (25, 30), (30, 40)):
        for phrase in (
            "running {low} to {high} behind",
            "{low} to {high} late sorry",
            "gonna be {low} to {high} late",
        ):
            cases.append((phrase.format(low=low, high=high), f"10:{high:02d}" if high < 60 else None))

    def got(text: str) -> str | None:
        r = _read(text, LONDON, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    _check(cases, got)
    # near-misses: minutes to a real hour stay a clock; "in 10 to 15" stays a wait
    assert [(c.hour, c.minute) for c in find_clocks(normalise("be there at 20 to 3"))] == [(2, 40)]
    assert not find_clocks(normalise("be there in 10 to 15"))
    assert not find_clocks(normalise("in the car, out for 10 to 15"))


def test_an_hour_and_a_half_without_its_article() -> None:
    sent = datetime(2026, 12, 8, 9, 40, tzinfo=ZoneInfo(LONDON))
    cases = [
        (f"{lead} {amount} {tail}", "11:10")
        for lead, amount, tail in itertools.product(
            ("on my way,", "sorry", "stuck in traffic"),
            (
                "an hour n half",
                "hour and a half",
                "hour n half",
                "an hour and half",
                "1.5 hrs",
                "hr & a half",
            ),
            ("away", "out", "sorry"),
        )
        if not (tail == "sorry" and lead == "sorry")
    ]

    def got(text: str) -> str | None:
        r = _read(text, LONDON, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    _check(cases, got)


def test_an_hour_and_minutes_without_the_unit_before_a_distance_word() -> None:
    sent = datetime(2026, 12, 8, 9, 40, tzinfo=ZoneInfo(LONDON))
    cases = [
        (
            f"{lead} {hour} {joiner}{minutes} {tail}",
            f"{10 + (40 + minutes) // 60:02d}:{(40 + minutes) % 60:02d}",
        )
        for lead, hour, joiner, minutes, tail in itertools.product(
            ("sorry,", "on my way,"), ("an hour", "hour"), ("and ", "", "n "), (15, 20, 45), ("away", "out")
        )
    ]

    def got(text: str) -> str | None:
        r = _read(text, LONDON, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    _check(cases, got)
    # near-miss: an hour and a count with no distance word after it is not read this way
    assert all(d.minutes != 75 for d in find_durations(normalise("called an hour and 15 people came")))


def test_end_of_month_without_its_article() -> None:
    sent = datetime(2027, 1, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    cases = [
        (ask.format(eom=eom), "2027-01-31")
        for ask, eom in itertools.product(
            ("{eom} pls", "can we do {eom}?", "{eom} would be easier", "push it to {eom}"),
            ("end of month", "end of the month", "end of this month"),
        )
    ]
    _check(cases, lambda text: _slot(_read(text, "America/New_York", sent))[0])


# ---- round 2 (probe d): quarter hours and half hours in Chinese and Korean, half past noon -------
def test_chinese_quarter_hours_and_an_hour_and_a_half() -> None:
    zone = "Asia/Shanghai"
    sent = datetime(2026, 12, 8, 9, 40, tzinfo=ZoneInfo(zone))
    cases = []
    for (day, date), (hour_word, hour), (quarter, minute) in itertools.product(
        (("明天", "2026-12-09"), ("后天", "2026-12-10")),
        (("三", 15), ("两", 14), ("四", 16), ("十", 10)),
        (("一刻", 15), ("三刻", 45), ("半", 30)),
    ):
        cases.append((f"{day}{hour_word}点{quarter}行吗", (date, f"{hour:02d}:{minute:02d}", None)))
    _check(cases, lambda text: _slot(_read(text, zone, sent)))

    def arrival(text: str) -> str | None:
        r = _read(text, zone, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    amounts = (("一个半小时", "11:10"), ("两个半小时", "12:10"), ("半小时", "10:10"), ("一刻钟", "09:55"))
    _check([(f"还有{said}到", want) for said, want in amounts], arrival)
    _check([(f"{said}后到", want) for said, want in amounts], arrival)


def test_korean_hours_in_native_numerals_and_a_half() -> None:
    zone = "Asia/Seoul"
    sent = datetime(2026, 12, 8, 10, 5, tzinfo=ZoneInfo(zone))  # during a 10:00 window
    cases = [
        (f"{said} {tail}", want)
        for (said, want), tail in itertools.product(
            (
                ("한 시간", "11:05"),
                ("한시간", "11:05"),
                ("두 시간", "12:05"),
                ("한 시간 반", "11:35"),
                ("1시간 반", "11:35"),
            ),
            ("정도 늦을 것 같습니다", "늦어요"),
        )
    ]

    def arrival(text: str) -> str | None:
        r = _read(text, zone, sent, days_ahead=0)
        return r.arrival_at.strftime("%H:%M") if r.arrival_at else None

    _check(cases, arrival)
    # near-miss: "세시간" glued inside a longer word is not read (no word edge before it)
    assert "hours" not in normalise("네세시간")


def test_half_past_noon_in_romance_languages() -> None:
    cases = [
        ("vendredi midi et demi ?", ("Europe/Paris", "2026-12-11")),
        ("vendredi midi et demie ?", ("Europe/Paris", "2026-12-11")),
        ("el viernes a mediodía y media", ("America/Mexico_City", "2026-12-11")),
        ("meio-dia e meia de sexta dá?", ("America/Sao_Paulo", "2026-12-11")),
        ("sexta ao meio-dia e meia?", ("Europe/Lisbon", "2026-12-11")),
    ]
    for text, (zone, date) in cases:
        sent = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo(zone))
        assert _slot(_read(text, zone, sent)) == (date, "12:30", None), text
    # near-miss: noon alone stays 12:00
    sent = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert _slot(_read("vendredi midi ?", "Europe/Paris", sent)) == ("2026-12-11", "12:00", None)


def test_portuguese_weekday_after_its_clock() -> None:
    zone = "America/Sao_Paulo"
    sent = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo(zone))
    cases = [
        (f"{clock} de {day} {tail}", (date, want, None))
        for (clock, want), (day, date), tail in itertools.product(
            (("às 3", "15:00"), ("às 10", "10:00"), ("15h", "15:00"), ("às 3 e meia", "15:30")),
            (("quinta", "2026-12-10"), ("sexta", "2026-12-11"), ("terça", "2026-12-15")),
            ("pode?", "dá?"),
        )
    ]
    _check(cases, lambda text: _slot(_read(text, zone, sent)))
    # near-misses: "de segunda mão" (second-hand) and "a quinta vez" (the fifth time) name no day
    for text in ("é de segunda mão", "é a quinta vez que ligo"):
        assert not any(day in normalise(text) for day in ("monday", "thursday")), text
