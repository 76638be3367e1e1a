"""Time families of issue 13's third time round (corpora/tuned/families_h13_times3.jsonl), generated.

A reschedule said only as a slot in Spanish, French, Portuguese or German; the visit's own day at
another time; the first of two days offered; the end of the month; holidays by name; German
"halb 4" beside the English "half 3". Each family crosses its day words, clock forms and languages
with itertools, and checks its near-misses.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from .helpers import read

# Received Wednesday 10 June 2026 at 08:00; the visit is Thursday 11 June at 1 pm.
DAY = "2026-06-10"
VISIT_DAY = "2026-06-11"
REMINDER = "Acme: reminder, your technician arrives Thu Jun 11 between 1PM and 3PM. Reply C to confirm."


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _slot(text: str, *, day: str = DAY, last: str | None = REMINDER) -> tuple:
    result = read(
        text,
        at="08:00",
        day=day,
        status="scheduled",
        window=("13:00", "15:00"),
        window_day=VISIT_DAY,
        last=last,
    )
    return (
        result.intent,
        result.requested_date and result.requested_date.isoformat(),
        result.requested_time and result.requested_time.strftime("%H:%M"),
        result.requested_part_of_day,
    )


# Per language: days (not the visit's) with their dates, and clock forms with the time they ask for.
SLOT_LANGUAGES = {
    "es": (
        {"el viernes": "2026-06-12", "pasado mañana": "2026-06-12", "el lunes": "2026-06-15"},
        {"a las 10": "10:00", "a las 4 y media": "16:30", "después de las 3": "15:00", "a mediodía": "12:00",
         "entre las 9 y las 11": "09:00"},
    ),
    "fr": (
        {"vendredi": "2026-06-12", "après-demain": "2026-06-12", "lundi": "2026-06-15"},
        {"à 10h": "10:00", "à 16h30": "16:30", "après 15h": "15:00", "à midi": "12:00", "entre 9h et 11h": "09:00"},
    ),
    "pt": (
        {"sexta-feira": "2026-06-12", "depois de amanhã": "2026-06-12", "segunda-feira": "2026-06-15"},
        {"às 10h": "10:00", "às 16h30": "16:30", "depois das 3": "15:00", "ao meio-dia": "12:00",
         "entre 9h e 11h": "09:00"},
    ),
    "de": (
        {"Freitag": "2026-06-12", "übermorgen": "2026-06-12", "Montag": "2026-06-15"},
        {"um 10 Uhr": "10:00", "um 16:30": "16:30", "nach 15 Uhr": "15:00", "um halb 5": "16:30",
         "zwischen 9 und 11 Uhr": "09:00"},
    ),
}  # fmt: skip


def test_a_slot_alone_in_another_language_asks_for_it():
    cases = [
        (f"{day} {clock}", ("reschedule", want_day, want_time, None))
        for days, clocks in SLOT_LANGUAGES.values()
        for (day, want_day), (clock, want_time) in itertools.product(days.items(), clocks.items())
    ]
    _check(cases, _slot)


# The visit's own day named at another time or part of day moves the visit within that day.
OWN_DAY = {"tomorrow": "en", "mañana": "es", "demain": "fr", "amanhã": "pt", "morgen": "de"}
OTHER_TIMES = {
    "en": {"at 10": "10:00", "after 4": "16:00", "noonish": "12:00"},
    "es": {"a las 10": "10:00", "después de las 4": "16:00"},
    "fr": {"à 10h": "10:00", "après 16h": "16:00"},
    "pt": {"às 10h": "10:00", "depois das 4": "16:00"},
    "de": {"um 10 Uhr": "10:00", "nach 16 Uhr": "16:00"},
}


def test_the_visits_own_day_at_another_time_asks_to_move_it():
    cases = [
        (f"{day} {clock}", ("reschedule", VISIT_DAY, want, None))
        for day, language in OWN_DAY.items()
        for clock, want in OTHER_TIMES[language].items()
    ]
    _check(cases, _slot)


@pytest.mark.parametrize("text", ["tomorrow at 1", "tomorrow 1pm", "thursday", "mañana a la 1"])
def test_near_misses_of_the_visits_own_day_at_another_time(text):
    """The slot the reminder offered, said back, accepts it."""
    assert _slot(text)[0] != "reschedule", text


# Two days offered as options: the first is the one asked for.
OPTION_DAYS = {"thurs": "2026-06-11", "fri": "2026-06-12", "mon": "2026-06-15", "tuesday": "2026-06-16"}
OPTION_JOINS = ("{} or {}", "{} or maybe {}", "{}, or {}")
OPTION_PARTS = {"afternoon": "afternoon", "morning": "morning", "": None}


def test_the_first_of_two_days_offered_is_asked_for():
    cases = []
    for (first, want), (second, _), join, (part, want_part) in itertools.product(
        OPTION_DAYS.items(), OPTION_DAYS.items(), OPTION_JOINS, OPTION_PARTS.items()
    ):
        if first == second or want == VISIT_DAY:
            continue
        text = f"could we do {join.format(first, second)} {part}".strip()
        cases.append((text, ("reschedule", want, None, want_part)))
    cases += [
        ("viernes o lunes por la tarde", ("reschedule", "2026-06-12", None, "afternoon")),
        ("vendredi ou lundi après-midi", ("reschedule", "2026-06-12", None, "afternoon")),
        ("Freitag oder Montag Vormittag", ("reschedule", "2026-06-12", None, "morning")),
    ]
    _check(cases, _slot)


def test_a_day_taken_back_is_not_an_option():
    """ "friday, actually monday": a correction, not two options; the later day stands."""
    assert _slot("can we do friday, actually monday")[1] == "2026-06-15"


# "end of the month" in five languages, on ordinary days and on the month's last day.
END_OF_MONTH = ("end of the month", "a fin de mes", "a finales de mes", "en fin de mois", "no fim do mês",
                "Ende des Monats")  # fmt: skip
END_OF_MONTH_DAYS = {"2026-06-10": "2026-06-30", "2026-02-03": "2026-02-28", "2026-06-30": "2026-07-31"}


def test_the_end_of_the_month_is_its_last_day():
    def got(text):
        said, day = text.split("|")
        result = read(
            f"can we do {said} instead?", at="08:00", day=day, status="scheduled", window_day=VISIT_DAY
        )
        return result.requested_date and result.requested_date.isoformat()

    cases = [
        (f"{said}|{day}", want)
        for said, (day, want) in itertools.product(END_OF_MONTH, END_OF_MONTH_DAYS.items())
    ]
    _check(cases, got)


HOLIDAYS = {"christmas eve": "12-24", "boxing day": "12-26", "new year's eve": "12-31", "nochebuena": "12-24",
            "heiligabend": "12-24", "halloween": "10-31"}  # fmt: skip


def test_a_holiday_named_is_its_next_date_and_the_day_after_it_one_more():
    def got(text):
        result = read(text, at="08:00", day="2026-10-05", status="scheduled", window_day="2026-10-06")
        return result.requested_date and result.requested_date.isoformat()[5:]

    cases = []
    for name, month_day in HOLIDAYS.items():
        cases.append((f"can we do {name} instead?", month_day))
        after = date.fromisoformat(f"2026-{month_day}") + timedelta(days=1)
        cases.append((f"could you come the day after {name}?", after.isoformat()[5:]))
    _check(cases, got)


def test_halb_in_german_is_the_half_hour_before_and_half_in_english_the_half_hour_after():
    cases = []
    for hour in range(7, 12):
        cases.append((f"Freitag um halb {hour + 1}", ("reschedule", "2026-06-12", f"{hour:02d}:30", None)))
        cases.append(
            (f"could he come half {hour} on friday", ("reschedule", "2026-06-12", f"{hour:02d}:30", None))
        )
    _check(cases, _slot)


@pytest.mark.parametrize(
    "text",
    [
        "ich verspäte mich um 10 Minuten",  # "um 10 Minuten" is by ten minutes, no clock
        "llego 10 minutos más temprano",  # earlier, not the morning
    ],
)
def test_near_misses_of_the_new_clock_words(text):
    result = read(text, at="08:00", day=DAY, status="scheduled", window=("09:00", "11:00"))
    assert result.requested_time is None and result.requested_part_of_day is None, (text, result.evidence)


# A day counted from a named one: "lundi en huit" (a week after the coming Monday), "dans 15 jours"
# (the Romance fortnight), "end of next week" (the Friday of the coming week). Received Wed 10 June.
COUNTED_DAYS = {
    "lundi en huit": "2026-06-22",
    "vendredi en huit": "2026-06-19",
    "dans 15 jours": "2026-06-24",
    "dentro de 15 días": "2026-06-24",
    "em 15 dias": "2026-06-24",
    "end of next week": "2026-06-19",
    "d'ici la fin de la semaine": "2026-06-12",
    "the last day of the month": "2026-06-30",
}


@pytest.mark.parametrize(("said", "want"), COUNTED_DAYS.items())
def test_a_day_counted_from_a_named_one(said, want):
    assert _slot(f"can we do {said} instead?")[1] == want


def test_the_first_option_keeps_its_own_clock():
    cases = [
        (f"can we do {first} {clock} or {second} at 10", ("reschedule", want_day, want_time, None))
        for (first, want_day), (second, _), (clock, want_time) in itertools.product(
            {"fri": "2026-06-12", "mon": "2026-06-15"}.items(),
            {"tue": "2026-06-16", "wed": "2026-06-17"}.items(),
            {"at 1:30pm": "13:30", "@ 2": "14:00", "at 9am": "09:00"}.items(),
        )
    ]
    _check(cases, _slot)


# Portuguese clock words: "8 da manhã", "10 e meia", "3 da tarde"; German "früh" after a day.
def test_portuguese_clock_words_and_german_early_on_a_day():
    cases = [
        (f"sexta às {said}", ("reschedule", "2026-06-12", want, part))
        for said, (want, part) in {
            "8 da manhã": ("08:00", None),
            "10 e meia": ("10:30", None),
            # "da tarde" names the afternoon, as "de la tarde", 下午 and "giờ chiều" do (h13time13)
            "3 da tarde": ("15:00", "afternoon"),
            "9 e quinze": ("09:15", None),
        }.items()
    ]
    cases += [
        (f"{day} früh", ("reschedule", want, None, "morning"))
        for day, want in {"Freitag": "2026-06-12", "Montag": "2026-06-15"}.items()
    ]
    _check(cases, _slot)


def test_early_alone_in_german_is_no_morning():
    result = read("bin früh da", at="08:00", day=DAY, status="scheduled", window=("09:00", "11:00"))
    assert result.requested_part_of_day is None


def test_a_tilde_before_minutes_no_clock_says_is_a_wait():
    cases = [
        (f"{lead} ~{minutes}{end}", f"{8 + (5 + minutes) // 60:02d}:{(5 + minutes) % 60:02d}")
        for lead, minutes, end in itertools.product(
            ("stuck in traffic", "running late", "omw"), (15, 20, 25, 40), ("", " sorry", ".")
        )
    ]

    def got(text):
        result = read(text, at="08:05", day=DAY, status="scheduled", window=("08:00", "10:00"))
        return result.arrival_at and result.arrival_at.strftime("%H:%M")

    _check(cases, got)


def test_a_slot_split_by_a_comma_is_one_slot():
    """ "thurs, not before 11" about Thursday's 1 pm visit moves it to 11, like "thurs not before 11"."""
    cases = [
        (f"{day}{sep}{opens} {hour}", ("reschedule", want, f"{hour:02d}:00", None))
        for (day, want), sep, opens, hour in itertools.product(
            {"thurs": VISIT_DAY, "fri": "2026-06-12"}.items(),
            (", ", " - ", " "),
            ("not before", "no earlier than", "after"),
            (10, 11),
        )
    ]
    _check(cases, _slot)


def test_a_day_either_side_of_a_holiday_and_an_option_with_its_part_of_day():
    cases = [
        ("the day before christmas eve?", ("reschedule", "2026-12-23", None, None)),
        ("could we do the day before new year's eve", ("reschedule", "2026-12-30", None, None)),
        ("sunday evening or monday?", ("reschedule", "2026-06-14", None, "evening")),
        ("fri morning or sat?", ("reschedule", "2026-06-12", None, "morning")),
        ("sexta ou sábado de manhã", ("reschedule", "2026-06-12", None, "morning")),
    ]
    _check(cases, _slot)


@pytest.mark.parametrize(
    ("minutes", "word"), list(itertools.product((15, 20, 25), ("behind", "late", "out")))
)
def test_a_hedged_count_before_behind_is_minutes(minutes, word):
    result = read(
        f"running {minutes}ish {word}", at="08:05", day=DAY, status="en_route", window=("08:00", "10:00")
    )
    assert result.arrival_at and result.arrival_at.strftime("%H:%M") == f"08:{5 + minutes:02d}"


def test_early_on_a_named_day_in_spanish_is_its_morning():
    days = {"viernes": "2026-06-12", "lunes": "2026-06-15", "sábado": "2026-06-13"}
    cases = [
        (
            f"el {day}{f' {int(want[-2:])}' if with_date else ''} temprano",
            ("reschedule", want, None, "morning"),
        )
        for (day, want), with_date in itertools.product(days.items(), (False, True))
    ]
    _check(cases, _slot)
