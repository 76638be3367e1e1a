"""Requested times in a move of the visit (helper h14when, corpora/tuned/families_h13_h14when.jsonl):
a bare hour is in working hours ("after 2" is 14:00) unless the customer says a morning by what they do
then ("before we open", "first thing", "early", "temprano", "très tôt", "ganz früh", "bem cedo"); a time
tied to the customer's own commitment (start work, pickup, meeting, in Spanish, French, Portuguese and
German) is not the slot asked for, in either order; "move the backflow test to ..." is a reschedule and
a weekday with its date ("miércoles 11", "mercredi 11", "Mittwoch, den 11.") is that date. Texts are
generated from their parts, so each rule is checked over combinations no corpus holds. Readings are both
voices' (a request with its time is often the learned voice's lead, its times read by the rules)."""

from __future__ import annotations

from datetime import date, time
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from messaging.interpret import Interpretation

from .helpers import read_at

ZONE = "America/Chicago"
TZ = ZoneInfo(ZONE)
TOMORROW = date(2026, 12, 9)


def _read(text: str, *, sent: str = "2026-12-08T18:10", visit: str = "2026-12-09T13:00") -> Interpretation:
    return read_at(
        text,
        sent=sent,
        visit=visit,
        last="Prairie Plumbing: reminder, Sam arrives tomorrow. Reply C to confirm or R to reschedule.",
    )


_AFTERNOON_ASKS = (
    "can we make it after {h} instead?",
    "could he come around {h} instead?",
    "any chance he could come after {h} instead",
    "can you do like {h} instead?",
    "¿Puede venir después de las {h} mejor?",
    "Könnte er stattdessen gegen {h} kommen?",
)


@pytest.mark.parametrize(("ask", "hour"), list(product(_AFTERNOON_ASKS, range(1, 6))))
def test_a_bare_hour_asked_for_is_in_working_hours(ask: str, hour: int) -> None:
    reading = _read(ask.format(h=hour))
    assert reading.intent == "reschedule"
    assert reading.requested_time == time(hour + 12)


_MORNINGS = (
    "can he come before we open tomorrow, like {h}:30?",
    "could he come first thing, like {h}:30?",
    "can we do early, like {h}:30, before I leave for work?",
    "could he come before work, like {h}:30?",
    "¿Mañana temprano, tipo {h}:30, antes de abrir el negocio?",
    "Demain très tôt, vers {h}h30, avant l'ouverture du magasin ?",
    "Morgen ganz früh, so gegen {h}:30, bevor wir öffnen?",
    "Amanhã bem cedo, tipo {h}:30, antes de abrir a loja?",
)


@pytest.mark.parametrize(("ask", "hour"), list(product(_MORNINGS, (5, 6, 7))))
def test_a_morning_said_by_what_the_customer_does_keeps_the_hour_am(ask: str, hour: int) -> None:
    reading = _read(ask.format(h=hour), visit="2026-12-09T09:00")
    assert reading.intent == "reschedule"
    assert reading.requested_time == time(hour, 30)


@pytest.mark.parametrize(
    "text",
    [
        "can he come earlier, like 3:30?",
        "¿puede venir más temprano, tipo 3:30?",
        "could he come after work, like 5:30?",
        "I finish early so could he come around 3:30 instead?",
    ],
)
def test_earlier_or_after_work_is_no_morning(text: str) -> None:
    reading = _read(text, visit="2026-12-09T16:00")
    assert reading.requested_time is not None and reading.requested_time.hour >= 12


_ASKED = (
    ("en", "could he come at 10 instead?", time(10)),
    ("en", "can we do 11 instead?", time(11)),
    ("es", "¿puede venir a las 10 mejor?", time(10)),
    ("fr", "vous pouvez passer à 10h ?", time(10)),
    ("pt", "pode vir às 9h?", time(9)),
    ("de", "kann er um 10 kommen?", time(10)),
)
_COMMITMENTS = (
    ("en", "I start work at 1"),
    ("en", "my shift starts at 2"),
    ("en", "school pickup is at 3"),
    ("en", "I've got a meeting at 2"),
    ("es", "Entro a trabajar a la 1"),
    ("es", "Empiezo a trabajar a las 2"),
    ("fr", "je commence à 14h"),
    ("pt", "Começo a trabalhar às 13h"),
    ("de", "Ich fange um 14 Uhr an zu arbeiten"),
)
# each request with each commitment of its language, in both orders
_PAIRS = [
    (asked, said, first)
    for (lang, *asked), (its, said), first in product(_ASKED, _COMMITMENTS, (True, False))
    if lang == its
]


@pytest.mark.parametrize(("asked", "commitment", "first"), _PAIRS)
def test_the_customers_own_commitment_is_not_the_slot(asked: list, commitment: str, first: bool) -> None:
    text = f"{commitment}, {asked[0]}" if first else f"{asked[0]} {commitment}"
    reading = _read(text)
    assert reading.intent == "reschedule"
    assert reading.requested_time == asked[1]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("I have to leave at 12 so 9 would be great", time(9)),
        ("school pickup is at 3 so 1 would be better", time(13)),
        ("can he come after my shift ends at 3?", time(15)),
        ("I get off work at 4, can he come after that?", time(16)),
    ],
)
def test_a_slot_said_beside_or_after_the_commitment(text: str, at: time) -> None:
    reading = _read(text)
    assert reading.intent == "reschedule"
    assert reading.requested_time == at


@pytest.mark.parametrize(
    "text",
    ["I start work at 1 so please be on time", "C but I won't be home till 9:30 , can she come after that?"],
)
def test_a_commitment_alone_asks_for_no_slot(text: str) -> None:
    assert _read(text).intent != "reschedule"


_MOVES = ("Can we move the {s} to", "Could we shift the {s} to", "can you push the {s} to")
_SERVICES = ("backflow test", "furnace inspection", "service call", "appointment")
_WHENS = (
    ("Wednesday the 11th at 5:30pm?", date(2026, 11, 11), time(17, 30)),
    ("after hours? Like 5:30pm on Wednesday the 11th?", date(2026, 11, 11), time(17, 30)),
    ("Friday the 13th at 10?", date(2026, 11, 13), time(10)),
)


@pytest.mark.parametrize(("move", "service", "when"), list(product(_MOVES, _SERVICES, _WHENS)))
def test_a_move_asked_as_a_question_is_a_reschedule_with_its_day(
    move: str, service: str, when: tuple[str, date, time]
) -> None:
    reading = _read(f"{move.format(s=service)} {when[0]}", sent="2026-11-03T10:00", visit="2026-11-05T08:00")
    assert reading.intent == "reschedule"
    assert (reading.requested_date, reading.requested_time) == (when[1], when[2])


@pytest.mark.parametrize(
    "text",
    [
        "¿Podemos mover la cita al miércoles 11 a las 5:30 de la tarde?",
        "On peut déplacer le rendez-vous au mercredi 11 à 17h30 ?",
        "Können wir den Termin auf Mittwoch, den 11., um 17:30 verschieben?",
    ],
)
def test_a_weekday_with_its_date_is_that_date(text: str) -> None:
    reading = _read(text, sent="2026-11-03T10:00", visit="2026-11-05T08:00")
    assert reading.requested_date == date(2026, 11, 11)
    assert reading.requested_time == time(17, 30)


@pytest.mark.parametrize(
    "text", ["can he move the dog to the yard?", "I'll move the car to the street for him"]
)
def test_moving_a_thing_is_no_reschedule(text: str) -> None:
    assert _read(text).intent != "reschedule"
