"""Families found by a fresh week-of-inbox probe (issue 13, h13inbox9).

(a) A lateness sized by a bare range of minutes: "a few minutes late, about 10-15" was read as 10
o'clock tomorrow, "late by 10 to 15" as ten to three, "running late 10 or 15" gave nothing; the range's
upper end counts, from the window's start when the text comes before it (a lateness).
(b) A part of day said as a greeting names no slot: "Good evening. I wish to know if Saturday
appointments are available" asked for Saturday, not Saturday evening.
(c) The customer's own past reschedules counted up as a grievance ("this is the third time I've
rescheduled my day around you people") are a complaint, not a request to move the visit.
(d) A Spanish yes to another day after the booked one is ruled out asks for that day, also when the
ruled-out day comes first ("mañana no, el jueves sí puedo") or the new day has its part of day ("no
puedo mañana, el viernes en la tarde sí"); a yes to the booked day still confirms.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from .helpers import local, read, read_rules_only

# (a) a lateness sized by a range ---------------------------------------------------------------------
RANGES = {"10-15": 15, "10 to 15": 15, "10 or 15": 15, "15-20": 20, "20 - 25": 25}
LATE_SAYINGS = (
    "I'm going to be a few minutes late, about {r}",
    "sorry running late, maybe {r}",
    "running behind {r}",
    "late by {r}, so sorry",
)


@pytest.mark.parametrize(("saying", "size"), list(itertools.product(LATE_SAYINGS, RANGES)))
def test_a_lateness_range_counts_its_upper_end(saying: str, size: str) -> None:
    text = saying.format(r=size)
    after_window_opened = read(text, at="09:05", window=("09:00", "11:00"), status="en_route")
    assert after_window_opened.intent == "running_late"
    assert after_window_opened.arrival_at == local("2026-06-10", "09:05") + timedelta(minutes=RANGES[size])
    before_window = read(text, at="08:40", window=("09:00", "11:00"), status="scheduled")
    assert before_window.arrival_at == local("2026-06-10", "09:00") + timedelta(minutes=RANGES[size])


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("running late, be home by 5 to 12", "11:55"),  # a clock after "by": not minutes
        ("I'll be late, home by 10 or 11", "10:00"),
        ("running behind, there at 10 to 12", "11:50"),
    ],
)
def test_a_clock_after_by_or_at_stays_a_clock(text: str, clock: str) -> None:
    found = read(text, at="09:05", window=("09:00", "11:00"), status="en_route")
    assert found.arrival_at is not None
    assert found.arrival_at.strftime("%H:%M") == clock


# (b) greetings name no part of day -------------------------------------------------------------------
GREETINGS = ("Good evening.", "Good morning,", "Good afternoon!", "Hi good evening", "Evening!", "Morning, ")
ASKS = ("can we move it to Friday?", "could we reschedule to next Monday", "can we do friday instead")


@pytest.mark.parametrize(("greeting", "ask"), list(itertools.product(GREETINGS, ASKS)))
def test_b_a_greeting_names_no_part_of_day(greeting: str, ask: str) -> None:
    found = read_rules_only(f"{greeting} {ask}")
    assert found.intent == "reschedule"
    assert found.requested_date is not None
    assert found.requested_part_of_day is None


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("morning works", "morning"),
        ("Morning please", "morning"),
        ("friday is good, evening if possible", "evening"),
        ("Morning. Can we push it to friday afternoon", "afternoon"),
        ("good morning! can we do friday evening instead", "evening"),
        ("evening would be better, like after 6", "evening"),
    ],
)
def test_b_a_part_of_day_asked_for_still_counts(text: str, part: str) -> None:
    assert read_rules_only(text).requested_part_of_day == part


# (c) past reschedules as a grievance -----------------------------------------------------------------
PAST_MOVES = ("I've rescheduled", "I already rescheduled", "I've had to reschedule", "we've rescheduled")
WHAT_IT_COST = ("twice for you guys", "3 times", "my whole day around you people", "my week for this")
GRIEVANCES = [
    f"{move} {cost}{tail}"
    for (move, cost), tail in zip(
        itertools.product(PAST_MOVES, WHAT_IT_COST),
        itertools.cycle((", this is unacceptable", " and nobody showed", ". Ridiculous", "")),
    )
] + [
    "Ya reprogramé dos veces y nadie viene, qué mal servicio",
    "This is the third time I've rescheduled my day around you",
]


@pytest.mark.parametrize("text", GRIEVANCES)
def test_c_past_reschedules_are_a_grievance_not_a_request(text: str) -> None:
    found = read_rules_only(text)
    assert "reschedule" not in found.intents
    assert found.intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "I have rescheduled 3 times already, can we do friday please",
        "I need to reschedule my whole week, can we do thursday",
        "can we reschedule for next week please",
        "I had to reschedule for my work, is friday ok",
        "need to reschedule around my shifts",
        "i rescheduled twice already, please just come friday",
    ],
)
def test_c_a_request_beside_or_without_the_past_still_reschedules(text: str) -> None:
    assert read_rules_only(text).intent == "reschedule"


# (d) a Spanish yes to another day, after the booked one is ruled out ---------------------------------
RULED_OUT = ("no puedo mañana,", "mañana no,", "mañana no puedo,", "no podemos el jueves,")
SAID_YES = ("el viernes sí", "el viernes en la tarde sí", "el sábado por la mañana sí", "el lunes sí puedo")


@pytest.mark.parametrize(("ruled_out", "yes"), list(itertools.product(RULED_OUT, SAID_YES)))
def test_d_a_yes_to_another_day_asks_for_it(ruled_out: str, yes: str) -> None:
    found = read_rules_only(f"{ruled_out} {yes}")
    assert found.intent == "reschedule"
    assert found.requested_date is not None


@pytest.mark.parametrize(
    "text", ["sí, mañana sí", "no, mañana sí está bien", "mañana sí", "el martes no hay problema, sí"]
)
def test_d_a_yes_to_the_booked_day_still_confirms(text: str) -> None:
    assert (
        read_rules_only(
            text, last="Recordatorio: Luis llega mañana entre 1 y 3pm. Responda C para confirmar."
        ).intent
        == "confirm"
    )
