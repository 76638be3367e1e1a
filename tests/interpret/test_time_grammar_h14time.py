"""Time words of issue 13's time round h14time (corpora/tuned/families_h13_h14time.jsonl), generated.

The hour in words where a clock stands in French, German, Portuguese, Italian, Polish (its ordinal
hours), Dutch and Swedish ("à deux heures et demie", "um drei", "às duas e meia", "alle tre e mezza",
"na wpół do czwartej", "om drie uur", "klockan tre") and the minutes said after the hour word ("quinze
heures trente", "sechzehn Uhr dreißig"); a bare hour offered after a request's verb ("could we do 1
instead"); a clock said before or after a day other than a bare weekday ("1730 this friday", "the
14th, ten thirty", "12/15 after 4", whose date digits are no minutes); a weekday ruled out before a
date it is not ("can't do thursday, the 14th"); "sat"/"sun" beside a clock; and arrival clocks
closing with "latest", after "eta", or minutes to the hour after "make it for". Readings are the
rules' alone.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation
from messaging.interpret.normalize import normalise
from messaging.interpret.timewords import find_clocks

from .helpers import read_rules_in_zone


def _read(text: str, zone: str, sent: datetime, window_hour: int = 13) -> Interpretation:
    return read_rules_in_zone(
        text, zone=zone, sent=sent, window_start=sent.replace(hour=window_hour, minute=0)
    )


def _check(cases: Sequence[tuple[str, object]], got: Callable[[str], object]) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _slot(r: Interpretation) -> tuple[str | None, str | None]:
    return (
        r.requested_date.isoformat() if r.requested_date else None,
        r.requested_time.strftime("%H:%M") if r.requested_time else None,
    )


def _waking(hour: int, minute: int) -> str:
    """A bare hour asked for is read in waking hours: 1-6 are afternoon hours."""
    return f"{hour + 12 if 1 <= hour <= 6 else hour:02d}:{minute:02d}"


# A Thursday morning: tomorrow is Friday 2026-12-11, Saturday 2026-12-12, Monday 2026-12-14.
SENT = (2026, 12, 10, 9, 0)
TOMORROW = "2026-12-11"

# (zone, hour words 1-11, templates with {h}; each template's minutes)
SPELLED: dict[str, tuple[str, list[str], list[tuple[str, int, int]]]] = {
    "french": (
        "Europe/Paris",
        "une deux trois quatre cinq six sept huit neuf dix onze".split(),
        [
            ("demain à {h} heures ?", 0, 0),
            ("demain vers {h} heures et demie ?", 0, 30),
            ("plutôt demain à {h} heures et quart", 0, 15),
            ("demain à {h} heures moins le quart ?", -1, 45),
            ("demain {h} heures et demie, ça irait ?", 0, 30),
        ],
    ),
    "german": (
        "Europe/Berlin",
        "eins zwei drei vier fünf sechs sieben acht neun zehn elf".split(),
        [("morgen um {h}?", 0, 0), ("Geht es morgen gegen {h} Uhr?", 0, 0), ("morgen so um {h}?", 0, 0)],
    ),
    "portuguese": (
        "America/Sao_Paulo",
        "uma duas três quatro cinco seis sete oito nove dez onze".split(),
        [
            ("pode ser amanhã às {h}?", 0, 0),
            ("dá para vir amanhã às {h} e meia?", 0, 30),
            ("amanhã lá pelas {h} e quinze", 0, 15),
            ("amanhã às {h} e um quarto?", 0, 15),
        ],
    ),
    "italian": (
        "Europe/Rome",
        "l'una due tre quattro cinque sei sette otto nove dieci undici".split(),
        [
            ("possiamo spostare a domani alle {h}?", 0, 0),
            ("domani alle {h} e mezza?", 0, 30),
            ("domani verso le {h} e un quarto", 0, 15),
            ("domani alle {h} meno un quarto?", -1, 45),
        ],
    ),
    "polish": (
        "Europe/Warsaw",
        "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej jedenastej".split(),
        [("jutro o {h}?", 0, 0), ("czy można jutro na wpół do {h}?", -1, 30), ("jutro około {h}", 0, 0)],
    ),
    "dutch": (
        "Europe/Amsterdam",
        "een twee drie vier vijf zes zeven acht negen tien elf".split(),
        [
            ("kan het morgen om {h} uur?", 0, 0),
            ("morgen om kwart voor {h}?", -1, 45),
            ("morgen rond {h} uur", 0, 0),
        ],
    ),
    "swedish": (
        "Europe/Stockholm",
        "ett två tre fyra fem sex sju åtta nio tio elva".split(),
        [("kan vi flytta till imorgon klockan {h}?", 0, 0)],
    ),
}


def test_hours_in_words_where_a_clock_stands() -> None:
    for zone, words, templates in SPELLED.values():
        sent = datetime(*SENT, tzinfo=ZoneInfo(zone))
        cases = []
        for (number, word), (template, shift, minute) in itertools.product(
            enumerate(words, start=1), templates
        ):
            hour = (number + shift - 1) % 12 + 1
            if shift and hour == 12:
                continue  # "quarter to one" is 12:45: noon's own hour, not a waking-hours question
            cases.append((template.format(h=word), (TOMORROW, _waking(hour, minute))))
        _check(cases, lambda text, z=zone, s=sent: _slot(_read(text, z, s)))


def test_hours_of_the_24_hour_clock_in_words_and_minutes_after_the_hour_word() -> None:
    cases = [
        ("Europe/Paris", "demain vers quinze heures trente ?", "15:30"),
        ("Europe/Paris", "demain à 15 heures 30 ?", "15:30"),
        ("Europe/Paris", "demain à dix-sept heures ?", "17:00"),
        ("Europe/Paris", "demain à midi et quart ?", "12:15"),
        ("Europe/Berlin", "morgen gegen sechzehn Uhr dreißig?", "16:30"),
        ("Europe/Berlin", "morgen um 16 Uhr 30?", "16:30"),
        ("Europe/Berlin", "morgen um siebzehn Uhr?", "17:00"),
        ("Europe/Warsaw", "jutro o siedemnastej?", "17:00"),
        ("Europe/Warsaw", "jutro w południe?", "12:00"),
        ("Europe/Rome", "domani verso mezzogiorno?", "12:00"),
        ("Europe/Amsterdam", "morgen om 3?", "15:00"),
        ("Europe/Amsterdam", "morgen na 3 uur?", "15:00"),
    ]
    for zone, text, want in cases:
        sent = datetime(*SENT, tzinfo=ZoneInfo(zone))
        assert _slot(_read(text, zone, sent)) == (TOMORROW, want), text


def test_words_that_are_no_hour_keep_their_reading() -> None:
    berlin = datetime(*SENT, tzinfo=ZoneInfo("Europe/Berlin"))
    warsaw = datetime(*SENT, tzinfo=ZoneInfo("Europe/Warsaw"))
    lisbon = datetime(*SENT, tzinfo=ZoneInfo("Europe/Lisbon"))
    # a count of days is no clock; Polish Thursday ("czwartek") is no fourth hour, nor the reverse
    assert _slot(_read("können wir es um drei Tage verschieben?", "Europe/Berlin", berlin))[1] is None
    assert _slot(_read("w czwartek o czwartej?", "Europe/Warsaw", warsaw)) == ("2026-12-17", "16:00")
    assert _slot(_read("jutro o czwartej?", "Europe/Warsaw", warsaw)) == (TOMORROW, "16:00")
    assert _slot(_read("amanhã, qualquer uma das duas opções serve", "Europe/Lisbon", lisbon))[1] is None
    paris = datetime(*SENT, tzinfo=ZoneInfo("Europe/Paris"))
    soon = _read("désolé, je serai là dans deux heures", "Europe/Paris", paris)
    assert soon.arrival_at == paris.replace(hour=11)  # two hours from the message, as "dans 2 heures"
    # a complaint about hours of lateness gains no arrival clock
    assert _read("c'est scandaleux, deux heures de retard", "Europe/Paris", paris).arrival_at is None


def test_a_bare_hour_offered_after_a_requests_verb() -> None:
    sent = datetime(*SENT, tzinfo=ZoneInfo("America/New_York"))
    cases = []
    for (verb, hour), close in itertools.product(
        (
            ("could we do", 1),
            ("can we do", 4),
            ("can he make it", 2),
            ("would you do", 10),
        ),
        (" instead", " instead?", " tomorrow", " on monday", " instead if that's ok", " tomorrow instead"),
    ):
        day = TOMORROW if "tomorrow" in close else "2026-12-14" if "monday" in close else "2026-12-10"
        cases.append((f"sorry, something came up, {verb} {hour}{close}", (day, _waking(hour, 0))))
    _check(cases, lambda text: _slot(_read(text, "America/New_York", sent, window_hour=15)))
    for near_miss in ("can you do 2 units?", "could we do 3 of them", "we do 2 a day"):
        assert _slot(_read(near_miss, "America/New_York", sent))[1] is None, near_miss
    # the hour is a clock whatever the reading's intent ("let's go with 11", "could you guys do 5")
    for text, hour in (
        ("let's go with 11 tomorrow", 11),
        ("could you guys do 5 instead", 5),
        ("pls make it 4?", 4),
    ):
        assert [c.hour for c in find_clocks(normalise(text))] == [hour], text
    assert find_clocks(normalise("can you do 2 units?")) == []


TIMES = (
    ("1730", "17:30"),
    ("ten thirty", "10:30"),
    ("two thirty", "14:30"),
    ("quarter to 4", "15:45"),
    ("twenty past 11", "11:20"),
    ("after 4", "16:00"),
    ("before noon", "12:00"),
    ("9am", "09:00"),
    ("11 sharp", "11:00"),
)
DAYS = (
    ("this friday", "2026-12-11"),
    ("next tuesday", "2026-12-15"),
    ("on the 14th", "2026-12-14"),
    ("a week from tuesday", "2026-12-22"),
    ("monday week", "2026-12-21"),
    ("12/15", "2026-12-15"),
    ("sat", "2026-12-12"),
    ("friday", "2026-12-11"),
)


def test_a_clock_before_or_after_its_day() -> None:
    sent = datetime(*SENT, tzinfo=ZoneInfo("America/New_York"))
    cases = []
    for (clock, want), (day, date), template in itertools.product(
        TIMES,
        DAYS,
        (
            "any chance of {clock} {day}?",
            "could we move it to {day}, {clock}",
            "would {day} {clock} work",
            "sorry cant do thursday, {day} {clock}?",
        ),
    ):
        if template.startswith("any chance") and clock == "1730" and day == "12/15":
            continue  # "1730 12/15" reads as a phone number's digits
        day_said = day.removeprefix("on ") if "{day}," in template or "would" in template else day
        cases.append((template.format(clock=clock, day=day_said), (date, want)))
    _check(cases, lambda text: _slot(_read(text, "America/New_York", sent)))


def test_a_date_s_digits_are_no_minutes_and_a_weekday_ruled_out_is_not_the_date() -> None:
    sent = datetime(*SENT, tzinfo=ZoneInfo("America/Chicago"))
    cases = [
        ("12/15 after 4?", ("2026-12-15", "16:00")),
        ("could we do 12/15 before noon", ("2026-12-15", "12:00")),
        ("around 3 12/15?", ("2026-12-15", "15:00")),
        ("12/16 no earlier than 10", ("2026-12-16", "10:00")),
        ("sorry cant do thursday, the 14th at 2?", ("2026-12-14", "14:00")),
        ("not thursday, the 15th after 1", ("2026-12-15", "13:00")),
        ("monday, the 14th at 9 works", ("2026-12-14", "09:00")),
        ("friday, 17.30?", ("2026-12-11", "17:30")),
        ("monday, twenty past 11?", ("2026-12-14", "11:20")),
    ]
    _check(cases, lambda text: _slot(_read(text, "America/Chicago", sent)))
    # near-misses: "sat" as a verb stays one
    for story in ("they sat at 4 waiting", "we sat around 3 hours"):
        assert _slot(_read(story, "America/Chicago", sent))[0] != "2026-12-12", story


def test_an_arrival_clock_with_latest_eta_or_minutes_to_the_hour() -> None:
    for zone, day in (
        ("Europe/London", (2026, 10, 25)),  # the clocks go back that night
        ("America/New_York", (2026, 11, 1)),
        ("Australia/Sydney", (2027, 4, 4)),
        ("Asia/Kolkata", (2026, 12, 10)),
    ):
        sent = datetime(*day, 14, 10, tzinfo=ZoneInfo(zone))
        cases = [
            ("late sorry, there at 3 latest", (15, 0)),
            ("late sorry, there around 3 latest", (15, 0)),
            ("running late, there at 3ish latest", (15, 0)),
            ("running behind, should make it for ten to 3", (14, 50)),
            ("running behind, should make it for three thirty", (15, 30)),
            ("running late, eta 3 o'clock", (15, 0)),
            ("running late, eta twenty to", (14, 40)),
        ]
        _check(
            [(text, sent.replace(hour=h, minute=m)) for text, (h, m) in cases],
            lambda text, z=zone, s=sent: _read(text, z, s, window_hour=14).arrival_at,
        )
    # a wait still runs up: "in 10 to 15" is minutes
    sent = datetime(2026, 12, 10, 14, 10, tzinfo=ZoneInfo("Europe/London"))
    wait = _read("running late, be there in 10 to 15", "Europe/London", sent, window_hour=14).arrival_at
    assert wait == sent + timedelta(minutes=15)
