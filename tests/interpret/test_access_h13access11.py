"""Busy texts where the access detail is one clause among others (issue 13, h13access11).

A lateness said by its degree alone ("bit behind, gate code 4411") is read as the lateness, so the
text reads running_late beside access_info; the note keeps only the detail: no reassurance ("so don't
worry"), no Spanish "pasen", no "if so", no words cut off from the detail by an absence; the code's
name comes along ("the code for the gate is 4 4 1 1"); a helper's number is kept beside the helper;
a tenant, sitter or front desk in Spanish gives a note. Near-misses give no note or no lateness.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from messaging.interpret import MessageContext, interpret
from messaging.interpret.access import access_note

CHICAGO = ZoneInfo("America/Chicago")
SCHEDULED = MessageContext(
    received_at=datetime(2026, 6, 11, 12, 30, tzinfo=CHICAGO),
    timezone="America/Chicago",
    window_start=datetime(2026, 6, 11, 13, 0, tzinfo=CHICAGO),
    window_end=datetime(2026, 6, 11, 15, 0, tzinfo=CHICAGO),
    job_status="scheduled",
    last_outbound="Acme Home Services: reminder, Luis arrives today between 1 and 3pm. Reply C to confirm.",
)

DEGREE_LATE = [
    "bit behind",
    "a little late",
    "bit late",
    "slightly late",
    "sorry, a tad late",
    "few mins late",
]
DETAILS = [
    ("gate code 4411 just buzz", "gate code 4411 just buzz"),
    ("key is under the mat", "key is under the mat"),
    ("side gate is unlocked", "side gate is unlocked"),
]


@pytest.mark.parametrize("late", DEGREE_LATE)
@pytest.mark.parametrize(("detail", "note"), DETAILS)
def test_a_lateness_by_its_degree_beside_a_detail_is_running_late(late, detail, note):
    reading = interpret(f"{late}, {detail}", SCHEDULED)
    assert reading.intent == "running_late", reading.evidence
    assert "access_info" in reading.intents
    assert reading.access_note == note


@pytest.mark.parametrize(
    "text",
    [
        "bit late to ask but do you do gutters?",
        "a little late for that now lol",
        "it's a little late for a visit isn't it?",
    ],
)
def test_late_for_something_else_is_no_lateness_from_the_rules(text):
    assert not any("running_late.a_bit_late" in line for line in interpret(text, SCHEDULED).evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reassurance or a go-ahead after the detail
        ("Leaving work now, 30 min away. dogs are in the crate so don't worry", "dogs are in the crate"),
        ("gate code 4411 so no need to call", "gate code 4411"),
        ("running late, so the key is under the mat so no worries", "the key is under the mat"),
        ("llego tarde unos 15 min, el codigo es 2 5 8 0, pasen", "el codigo es 2 5 8 0"),
        (
            "Hola Luis, voy 20 minutos tarde, la puerta de atrás está sin llave, pásale",
            "la puerta de atrás está sin llave",
        ),
        (
            "hello running about 20 minutes behind, the key is under the frog statue by the back steps, please make yourself at home",
            "the key is under the frog statue by the back steps",
        ),
        # the code's name before what it opens
        (
            "Thanks for the reminder the code for the gate is 4 4 1 1 and the dog is friendly",
            "the code for the gate is 4 4 1 1 and the dog is friendly",
        ),
        ("running 10 late, the password to the side door is 2289", "the password to the side door is 2289"),
        # a condition, a greeting, a question joined on by "and also"
        (
            "Will he need the ladder from the garage? If so the garage code is 5 5 6 7. Also what time is he coming?",
            "the garage code is 5 5 6 7.",
        ),
        (
            "hey there quick question is it ok to run the dishwasher before, also the lockbox is by the back door code 4455",
            "the lockbox is by the back door code 4455",
        ),
        (
            "hey just wanted to say the code is four four one one and also do you know how long it will take",
            "the code is four four one one",
        ),
        ("the code is 4 4 1 1 but I think I'll be there before you anyway", "the code is 4 4 1 1"),
        # words cut off from the detail by an absence
        (
            "I have a work thing so I won't be there, key under the mat, thermostat is in the hallway",
            "key under the mat, thermostat is in the hallway",
        ),
        # the helper's number beside the helper
        (
            "Running a little late!! Tenant's name is Rosa, she'll let you in. Her number is 555-0142",
            "Tenant's name is Rosa, she'll let you in. Her number is 555-0142",
        ),
        # Spanish: a tenant, a cleaner, the front desk, "y les abre"
        (
            "Voy retrasada 20 minutos. La inquilina les abre, se llama Rosa, 555-0142",
            "La inquilina les abre, se llama Rosa, 555-0142",
        ),
        (
            "Llego en 15. En recepción ya saben que vienen, suban al piso 9",
            "En recepción ya saben que vienen, suban al piso 9",
        ),
        (
            "llegaré como 15 minutos tarde, mi mamá está en casa y les abre, ella no habla inglés",
            "mi mamá está en casa y les abre, ella no habla inglés",
        ),
        # kept whole: a "tho" or a "come on in" between cuts nothing off
        (
            "Buzz 3B, the buzzer's broken tho so just call me when you're downstairs",
            "Buzz 3B, the buzzer's broken just call me when you're downstairs",
        ),
        (
            "Parking is permit only so use the space behind the garages, bay 7",
            "Parking is permit only so use the space behind the garages, bay 7",
        ),
    ],
)
def test_examples_keep_exactly_the_detail(text, expected):
    assert access_note(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Running 10 late. My number changed, it's 555-0199",
        "Running late 15, my cell is 555 0142 text me there instead",
        "Running 15 late, call me back at 555-0142 if anything",
        "How much is the 4411 model you quoted?",
        "lol the dog ate my invoice, can you resend it?",
        "Sorry the dog was barking, I didn't hear the phone. Running 15 late",
        "la inquilina no le abrió al otro técnico?",
        "la recepción de la señal es mala en la casa",
    ],
)
def test_near_misses_give_no_note(text):
    assert access_note(text) is None
