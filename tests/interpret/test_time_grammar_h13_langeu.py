"""Time words of the fresh-language round (issue 13, h13langeu; corpora/tuned/families_h13_langeu.jsonl).

Minute counts spelled out in French, German, Italian, Polish, Russian and Portuguese ("dix minutes",
"zehn Minuten", "минут на десять", "в десяти минутах"), "trois quarts d'heure", "eine Viertelstunde",
a German weekday glued to its part of day ("Donnerstagnachmittag"), Italian, Polish and Russian month
names ("15 dicembre", "15 grudnia", "15 декабря"), "il 18" and "18-го" as days of the month, and
"во второй половине дня" as the afternoon. Each family crosses its words and checks a near-miss.
"""

from __future__ import annotations

from datetime import timedelta

from .helpers import local, read

DAY = "2026-06-10"  # a Wednesday; the visit is 09:00-11:00


def _late_by(text: str) -> int | None:
    """Minutes after the window opens that a text sent at 08:30 says the customer arrives."""
    result = read(text, at="08:30", day=DAY, status="scheduled")
    if result.arrival_at is None:
        return None
    return int((result.arrival_at - local(DAY, "09:00")) / timedelta(minutes=1))


def _away(text: str) -> int | None:
    """Minutes from now (10:15, inside the window) that a text says the customer arrives."""
    result = read(text, at="10:15", day=DAY, status="en_route")
    if result.arrival_at is None:
        return None
    return int((result.arrival_at - local(DAY, "10:15")) / timedelta(minutes=1))


def test_spelled_minute_counts_are_read_as_lateness():
    cases = {
        "J'aurai dix minutes de retard": 10,
        "J'aurai vingt minutes de retard, désolé": 20,
        "Ich bin etwa zehn Minuten später da": 10,
        "Ich komme zwanzig Minuten später": 20,
        "Będę jakieś dziesięć minut później": 10,
        "Задержусь минут на десять": 10,
        "Опоздаю минут на двадцать": 20,
        "Ich verspäte mich um eine Viertelstunde": 15,
    }
    got = {text: _late_by(text) for text in cases}
    assert got == cases


def test_spelled_minute_counts_are_read_as_distance():
    cases = {
        "Sono a dieci minuti da casa": 10,
        "Jestem dziesięć minut od domu": 10,
        "Я в десяти минутах от дома": 10,
        "J'en ai pour trois quarts d'heure": 45,
        "Chego em vinte minutos": 20,
    }
    got = {text: _away(text) for text in cases}
    assert got == cases


def test_a_spelled_number_without_a_minute_word_stays_a_word():
    result = read("Dix sur dix, merci beaucoup", at="16:00", day=DAY, status="completed")
    assert result.arrival_at is None and result.intent == "thanks"


def _asked(text: str) -> tuple[str | None, str | None, str | None]:
    result = read(text, at="08:30", day=DAY, status="scheduled")
    date = result.requested_date and result.requested_date.isoformat()
    clock = result.requested_time and result.requested_time.strftime("%H:%M")
    return date, clock, result.requested_part_of_day


def test_months_and_days_of_the_month_in_italian_polish_russian():
    cases = {
        "Il 15 giugno alle 14 andrebbe bene?": ("2026-06-15", "14:00", None),
        "Może 15 czerwca o 14?": ("2026-06-15", "14:00", None),
        "Давайте 15 июня в 14:00": ("2026-06-15", "14:00", None),
        "Preferirei il 18 dopo pranzo": ("2026-06-18", None, "afternoon"),
        "Мне удобнее 18-го после обеда": ("2026-06-18", None, "afternoon"),
    }
    got = {text: _asked(text) for text in cases}
    assert got == cases


def test_german_weekday_glued_to_its_part_of_day():
    cases = {
        "Ginge auch Donnerstagnachmittag?": ("2026-06-11", None, "afternoon"),
        "Könnten wir auf Freitagvormittag ausweichen?": ("2026-06-12", None, "morning"),
        "Lieber Montagabend": ("2026-06-15", None, "evening"),
    }
    got = {text: _asked(text) for text in cases}
    assert got == cases


def test_the_second_half_of_the_day_in_russian():
    assert _asked("Завтра во второй половине дня было бы лучше") == ("2026-06-11", None, "afternoon")
    assert _asked("Лучше завтра в первой половине дня") == ("2026-06-11", None, "morning")
