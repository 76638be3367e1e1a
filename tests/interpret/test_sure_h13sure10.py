"""A question followed by a statement is not acted on alone (issue 13, h13sure10).

"do you need the alarm code? it's 7731" asks and then answers; "is he nearly here? side door's open"
asks and then tells. Both voices read one part confidently and miss the other, so when the rules read
a question or an access note the reading waits for a person. Near-misses keep their sure reading: a
text that ends on its question, a question mark followed only by marks or an emoji, and other intents
(a where-is or a reschedule with a reason after the question act the same whichever part leads).
"""

from __future__ import annotations

import pytest

from messaging.interpret import Interpretation
from messaging.interpret.learned import Guess
from messaging.interpret.voices import ASK_THEN_STATE_INTENTS, combine, question_then_statement

from .helpers import read

ASKS_THEN_STATES = [
    "do you need the alarm code? it's 7731",
    "will he want the side gate open? I've left it unlatched",
    "does he need a ladder for the loft? there's one in the shed",
    "Is he nearly here? the back door is open",
    "¿Necesita la llave? está debajo del tapete",
    "braucht er den Code? er ist 5512",
    "is parking free on your side?? there's a bay by the bins",
]

ENDS_ON_THE_QUESTION = [
    "do you need the alarm code?",
    "the alarm code is 7731, does he need anything else?",
    "will he want the side gate open??",
    "does he need a ladder for the loft? ?",
    "is parking free out front? 🙂",
    "the key is under the mat",
]


@pytest.mark.parametrize("text", ASKS_THEN_STATES)
def test_a_question_then_a_statement_is_found(text):
    assert question_then_statement(text)


@pytest.mark.parametrize("text", ENDS_ON_THE_QUESTION)
def test_near_misses_hold_no_statement_after_the_question(text):
    assert not question_then_statement(text)


def _rules(intent: str) -> Interpretation:
    return Interpretation(intent=intent, intents=(intent,), evidence=("cue -> x",))


def _agreeing(intent: str) -> Guess:
    return Guess(((intent, 0.95), ("other", 0.02)))


@pytest.mark.parametrize("intent", ASK_THEN_STATE_INTENTS)
def test_agreeing_voices_on_a_question_then_a_statement_are_not_sure(intent):
    found = combine(_rules(intent), _agreeing(intent), asks_then_states=True)
    assert not found.sure
    assert "a question is followed by a statement" in found.evidence[-1]
    assert found.intent == intent  # the reading stays; only acting alone waits


@pytest.mark.parametrize("intent", ["where_is_tech", "reschedule", "running_late", "complaint"])
def test_other_intents_stay_sure_after_a_question_then_a_statement(intent):
    # Only interpret() computes the flag, for the question and access intents alone; a stray flag on
    # another intent changes nothing.
    assert combine(_rules(intent), _agreeing(intent), asks_then_states=True).sure


def test_end_to_end_a_question_answered_in_the_same_text_waits():
    found = read("does he need the alarm code? it's 7731", status="scheduled")
    assert not found.sure
    assert any("a question is followed by a statement" in e for e in found.evidence)


def test_end_to_end_a_question_alone_is_not_held_by_this_doubt():
    found = read("does he need the alarm code?", status="scheduled")
    assert not any("a question is followed by a statement" in e for e in found.evidence)
