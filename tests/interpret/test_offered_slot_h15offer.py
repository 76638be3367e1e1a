"""A yes or a pick to a new slot the last text offered (issue 15, h15offer,
corpora/tuned/families_h15_h15offer.jsonl): "we had a cancellation, we can move you up to tomorrow at
9am, want it?" then "yes" is a reschedule to that slot, its day and time read from the offer; "we can
do Thu 9am or Fri 3pm, which works?" then "2", "the later one" or "Fri" picks one. Near misses stay as
they were: a yes to a reminder, to "booking confirmed", to "does 1pm still work?", to "reply C to
confirm", to a move the business must make, to the same visit's hour moved on its own day ("could he
come at 11 instead of 1?"); and "no" or "can't" takes no slot. Readings are the rules'."""

from __future__ import annotations

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from messaging.interpret import Interpretation, MessageContext
from messaging.interpret.core import interpret as rules_only

ZONE = "America/Chicago"
TZ = ZoneInfo(ZONE)


def _read(text: str, outbound: str, *, window: str = "2026-12-09T13:00") -> Interpretation:
    start = datetime.fromisoformat(window).replace(tzinfo=TZ)
    return rules_only(
        text,
        MessageContext(
            received_at=datetime(2026, 12, 7, 10, 0, tzinfo=TZ),  # Monday; the visit is Wednesday 1-3pm
            timezone=ZONE,
            window_start=start,
            window_end=start.replace(hour=start.hour + 2),
            job_status="scheduled",
            last_outbound=outbound,
        ),
    )


# One slot offered, per language, with the yes words of that language: (offer, yeses, date, time).
ONE_SLOT = [
    (
        "Acme: we had a cancellation - we can move you up to tomorrow at 9am. Want it?",
        ["yes", "Y", "yes please", "sure 👍", "yep I'll take it", "ok"],
        "2026-12-08",
        "09:00",
    ),
    (
        "Acme: an earlier slot opened up: Thu 12/10 at 8am. Reply Y to take it.",
        ["Y", "yes!"],
        "2026-12-10",
        "08:00",
    ),
    (
        "Acme: someone cancelled, we have 2:30pm tomorrow open. Interested?",
        ["yes", "yeah"],
        "2026-12-08",
        "14:30",
    ),
    (
        "Fontanería Sol: nos ha quedado un hueco mañana a las 9:00, ¿lo quiere?",
        ["sí", "sí, porfa"],
        "2026-12-08",
        "09:00",
    ),
    (
        "Électricité Dubois : un créneau s'est libéré demain à 14h, ça vous va ?",
        ["oui", "oui volontiers"],
        "2026-12-08",
        "14:00",
    ),
    (
        "Hidráulica Silva: abriu uma vaga amanhã às 8h, quer adiantar?",
        ["sim", "quero sim"],
        "2026-12-08",
        "08:00",
    ),
    (
        "Haustechnik Weber: Morgen um 8 Uhr ist ein Termin frei geworden.",
        ["ja", "ja gerne"],
        "2026-12-08",
        "08:00",
    ),
]


@pytest.mark.parametrize(
    ("offer", "yes", "day", "clock"),
    [(o, y, d, c) for o, yeses, d, c in ONE_SLOT for y in yeses],
)
def test_a_yes_takes_the_offered_slot(offer: str, yes: str, day: str, clock: str) -> None:
    got = _read(yes, offer)
    assert (got.intent, str(got.requested_date), str(got.requested_time)[:5]) == ("reschedule", day, clock)
    assert got.requested_part_of_day is None


CHOICES = [
    "We can do Thu 12/10 9-11am or Fri 12/11 2-4pm. Reply 1 or 2.",
    "Openings: (1) Thu 12/10 9-11am (2) Fri 12/11 2-4pm. Which works?",
    "We can do Thu 9am or Fri 2pm, which works?",
]
FIRST = [
    "1",
    "#1",
    "option 1 👍",
    "1 pls",
    "the first one",
    "first one",
    "the earlier one",
    "Thu",
    "Thursday works",
]
SECOND = ["2", "#2", "2 thx", "the second one", "the later one", "Fri", "friday is fine"]


@pytest.mark.parametrize(
    ("offer", "pick", "slot"),
    [(offer, pick, ("2026-12-10", "09:00")) for offer, pick in itertools.product(CHOICES, FIRST)]
    + [(offer, pick, ("2026-12-11", "14:00")) for offer, pick in itertools.product(CHOICES, SECOND)],
)
def test_a_pick_takes_the_slot_it_names(offer: str, pick: str, slot: tuple[str, str]) -> None:
    got = _read(pick, offer)
    assert (got.intent, str(got.requested_date), str(got.requested_time)[:5]) == ("reschedule", *slot)


@pytest.mark.parametrize(
    ("offer", "pick", "day", "clock"),
    [
        (
            "Podemos el jueves a las 9:00 o el viernes a las 16:00, ¿cuál le va mejor?",
            "la segunda",
            "2026-12-11",
            "16:00",
        ),
        (
            "On peut vous proposer jeudi à 9h ou vendredi à 15h, lequel vous convient ?",
            "le premier",
            "2026-12-10",
            "09:00",
        ),
        ("Temos quinta às 9h ou sexta às 15h, qual prefere?", "o primeiro", "2026-12-10", "09:00"),
        (
            "Openings Wed 12/9: (1) 9am (2) 4pm. Which works?",  # a pick on the booked day itself
            "1",
            "2026-12-09",
            "09:00",
        ),
    ],
)
def test_picks_in_other_languages_and_the_booked_time_left_out(
    offer: str, pick: str, day: str, clock: str
) -> None:
    got = _read(pick, offer)
    assert (got.intent, str(got.requested_date), str(got.requested_time)[:5]) == ("reschedule", day, clock)


@pytest.mark.parametrize("text", ["either", "neither work"])
def test_either_or_neither_asks_another_time_with_no_slot(text: str) -> None:
    got = _read(text, CHOICES[1])
    assert (got.intent, got.requested_date, got.requested_time) == ("reschedule", None, None)


NEAR_MISSES = [
    "Reminder: Luis arrives Wed 12/9 between 1-3pm. Reply C to confirm or R to reschedule.",
    "Booking confirmed for Wed 12/9 1-3pm. See you then!",
    "Hi, does 1pm Wednesday still work for you?",
    "Your new slot is held for Wed 12/9 1-3pm. Reply C to lock it in.",  # the booked slot itself
    "Sorry, we need to move your visit. We can do Thursday 1-3pm instead. Does that work?",  # forced move
    # the same visit's hour moved on its own day: agreed to (dev d253, th-124)
    "Sam had a cancellation. Could he come at 11 instead of 1 on Wednesday? Reply Y or N.",
    "Luis finished early and could come at 10am Wednesday instead. Would that work?",
]


@pytest.mark.parametrize(
    ("outbound", "yes"),
    list(itertools.product(NEAR_MISSES, ["yes", "ok", "Y"])) + [(o, "C") for o in NEAR_MISSES[:3]],
)
def test_a_yes_to_the_booked_visit_or_a_forced_move_confirms(outbound: str, yes: str) -> None:
    got = _read(yes, outbound)
    assert got.intent == "confirm"
    assert got.requested_date is None


@pytest.mark.parametrize(
    ("text", "outbound"),
    [
        ("no", ONE_SLOT[0][0]),
        ("nah", ONE_SLOT[0][0]),
        ("can't tomorrow", ONE_SLOT[0][0]),
        (
            "no, keep my original time",
            "We had an opening tomorrow at 7am. Reply YES to move your appt or NO to keep it.",
        ),
        ("3", CHOICES[0]),  # no third slot offered
    ],
)
def test_a_no_takes_no_slot(text: str, outbound: str) -> None:
    got = _read(text, outbound)
    assert got.requested_date is None or got.intent != "reschedule"
