"""A lateness with an access note is sure when the voices only differ on which label leads (issue 13,
h13sure13).

"running 15 late, gate code 4411" is running_late with the note beside it (the contract's priority).
The learned voice reads both parts and splits between running_late and access_info, so the voices
looked torn or at odds while they read the same two things. When its first two are exactly that pair,
each at least `PRIORITY_PAIR_FLOOR`, and the rules read both, the reading is sure. Near-misses keep a
person in the loop: a learned third label in the first two, a pair member below the floor (a spurious
lateness: "visitor parking is only 2 hours" had the learned lateness at 0.09), the rules without the
note, other intents, other doubts.
"""

from __future__ import annotations

import pytest

from messaging.interpret import Interpretation
from messaging.interpret.learned import Guess
from messaging.interpret.voices import PRIORITY_PAIR_FLOOR, combine

from .helpers import read


def _rules(
    intent: str = "running_late", intents: tuple[str, ...] = ("running_late", "access_info")
) -> Interpretation:
    return Interpretation(intent=intent, intents=intents, evidence=("cue -> x",))


SETTLED = [
    Guess((("running_late", 0.54), ("access_info", 0.46))),  # torn, the rules' label first
    Guess((("access_info", 0.55), ("running_late", 0.45))),  # at odds, the note first
    Guess((("access_info", 0.83), ("running_late", 0.16))),
    Guess((("running_late", 0.41), ("access_info", 0.29), ("other", 0.1))),
]

UNSETTLED = [
    # a spurious lateness: the learned voice hardly sees one
    Guess((("access_info", 0.77), ("running_late", 0.09))),
    Guess((("access_info", 0.88), ("running_late", PRIORITY_PAIR_FLOOR - 0.01))),
    # another label among the first two
    Guess((("running_late", 0.45), ("where_is_tech", 0.30), ("access_info", 0.2))),
    Guess((("access_info", 0.5), ("emergency", 0.3), ("running_late", 0.2))),
    Guess((("running_late", 0.5), ("emergency", 0.45))),
]


@pytest.mark.parametrize("guess", SETTLED)
def test_a_lateness_with_its_access_note_is_sure(guess):
    found = combine(_rules(), guess)
    assert found.sure and found.intent == "running_late"


@pytest.mark.parametrize("guess", UNSETTLED)
def test_near_misses_stay_unsure(guess):
    assert not combine(_rules(), guess).sure


def test_the_rules_without_the_note_stay_unsure():
    assert not combine(_rules(intents=("running_late",)), SETTLED[1]).sure


def test_an_access_reading_with_a_lateness_beside_it_stays_unsure():
    # the pair's order is the priority's: an access_info reading is not the pair's lead
    rules = _rules("access_info", ("access_info", "running_late"))
    assert not combine(rules, Guess((("running_late", 0.55), ("access_info", 0.45)))).sure


def test_other_doubts_still_hold_it_back():
    rules = _rules(intents=("running_late", "access_info", "reschedule"))
    assert not combine(rules, SETTLED[0]).sure  # asks for two requests that act differently
    assert not combine(_rules(), SETTLED[0], doubted=("denied_request: x",)).sure


def test_end_to_end_on_a_lateness_with_a_code():
    reading = read("running 15 late, gate code 4411", status="scheduled", at="08:40")
    assert reading.intent == "running_late" and reading.sure and "4411" in (reading.access_note or "")


# ---- yes words answering a reminder or a request to agree -----------------------------------------

REMINDER = "Bright Air HVAC: reminder, Marco will arrive tomorrow between 9am and 11am. Reply C to confirm."
AGREE = "Bright Air HVAC: we had to shuffle the schedule. Does 2pm tomorrow work for you?"

BARE_YES = ["ok", "👍", "yes", "sim", "ладно", "được", "ừ", "sounds good", "yep"]


def _bare_yes_rules(text: str) -> Interpretation:
    from messaging.interpret.core import BARE_YES_EVIDENCE

    return Interpretation(
        intent="confirm", intents=("confirm",), evidence=(f"'{text}' {BARE_YES_EVIDENCE} -> confirm",)
    )


@pytest.mark.parametrize(
    "guess", [Guess((("emergency", 0.3), ("confirm", 0.29))), Guess((("opt_in", 0.44), ("confirm", 0.42)))]
)
def test_yes_words_to_a_reminder_are_sure_whatever_the_learned_voice_makes_of_them(guess):
    assert combine(_bare_yes_rules("ừ"), guess, bare_yes=True).sure


def test_a_learned_emergency_still_holds_a_bare_yes_back():
    found = combine(_bare_yes_rules("ừ"), Guess((("emergency", 0.85), ("confirm", 0.1))), bare_yes=True)
    assert not found.sure and found.urgent


@pytest.mark.parametrize("last", [REMINDER, AGREE])
def test_end_to_end_a_bare_yes_to_a_reminder_is_a_sure_confirm(last):
    found = read("ok", status="scheduled", at="17:00", last=last)
    assert found.intent == "confirm" and found.sure


@pytest.mark.parametrize(
    "last",
    [
        "Bright Air HVAC: Marco is on the way and should arrive in about 20 minutes.",
        "Bright Air HVAC: your job is complete! How did Marco do? Reply 1-5.",
        "Bright Air HVAC: Marco is almost there - what's the gate code?",
        None,
    ],
)
def test_near_misses_a_bare_yes_after_other_texts_is_not_settled_by_its_form(last):
    from messaging.interpret.core import interpret as rules_interpret
    from messaging.interpret.types import MessageContext
    from messaging.interpret.voices import bare_yes_to_a_request

    from .helpers import local

    context = MessageContext(
        received_at=local("2026-06-10", "09:05"),
        timezone="America/Chicago",
        window_start=local("2026-06-10", "09:00"),
        window_end=local("2026-06-10", "11:00"),
        job_status="en_route",
        last_outbound=last,
    )
    assert not bare_yes_to_a_request(rules_interpret("ok", context), context)


def test_a_yes_with_more_in_it_is_not_a_bare_yes():
    found = read("yes. also FYI the thermostat is upstairs", status="scheduled", at="17:00", last=REMINDER)
    assert not any("yes words answering" in e for e in found.evidence)


@pytest.mark.parametrize("text", BARE_YES)
def test_yes_words_to_a_reminder_end_to_end(text):
    found = read(text, status="scheduled", at="17:00", last=REMINDER)
    assert found.intent == "confirm" and found.sure
