"""Families that fresh probe texts showed the rules missing (issue 13, round 8): where-is-he said loosely,
the booked time declined in a reply, praise with no thank-you word, a visit called off without "cancel",
a grievance about money owed or a new part already failed, "who is this?" beside never having booked,
and a polite request run on without a comma, as voice-to-text writes it.

Each family is generated from its parts (a phrasing x an opener or tail), so a rule that knows one
example fails on its neighbours; each has near-misses that must not be read the same way. Rules only:
the learned voice is trained on this family's corpus (`corpora/tuned/families_h13_round8.jsonl`) and
proves nothing here.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import REMINDER, read_rules_only

DONE = "Acme Home Services: your job is complete. How did we do? Reply 1-5."


_read = read_rules_only


def _with_openers(texts: tuple[str, ...], openers: tuple[str, ...] = ("", "hey ", "ok ")) -> list[str]:
    return [opener + text for opener, text in itertools.product(openers, texts)]


FAMILIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "where_is_tech": (
        (
            "where's Liam at",
            "wheres marco at?",
            "u guys close?",
            "y'all nearby?",
            "is your tech still headed my way",
            "did Raj forget about us",
        ),
        None,
    ),
    "reschedule": (
        (
            "no that doesn't work anymore",
            "nah tomorrow won't work for us",
            "no, tomorrow is bad for us",
            "today is a no-go",
            "nope won't be home then",
            "can't make it after all, sorry",
        ),
        REMINDER,
    ),
    "thanks": (
        (
            "you rock!!",
            "tell Marco he's the man",
            "I'll be leaving you a 5 star review!",
            "so glad we called you",
        ),
        DONE,
    ),
    "cancel": (
        (
            "let's hold off for now",
            "scratch tomorrow, I'll be out of town",
            "we've decided to go in a different direction",
        ),
        REMINDER,
    ),
    "complaint": (
        (
            "still waiting on that refund you promised",
            "this should be covered by warranty",
            "the part he put in already died",
            "the bill was a real shock",
        ),
        DONE,
    ),
    "wrong_number": (
        ("who is this? I never booked any plumber", "who is Omar? I didn't order anything"),
        REMINDER,
    ),
    "question": (
        (
            "we had a leak last winter so can he check the pipe while he's here",
            "the smoke detector keeps chirping can he swap the battery",
            "yes that works also can you look at the disposal",
        ),
        REMINDER,
    ),
}

NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "where_is_tech": (
        "how far out are you booking for a tune up?",
        "you guys close at 5 today?",
        "where's the breaker at?",
        "still waiting on that refund you promised",
    ),
    "reschedule": (
        "the outlet doesn't work",
        "tomorrow is good",
        "won't be home then but my son will let him in",
    ),
    "thanks": ("leaving a 1 star review", "which one is the man who came last time?"),
    "cancel": ("scratch that, 3 works better", "can we hold off till next week?"),
    "wrong_number": ("who is this?",),
    "question": ("the dog is friendly and he can check the meter by the gate",),
}


@pytest.mark.parametrize(
    ("intent", "text", "last"),
    [(intent, text, last) for intent, (texts, last) in FAMILIES.items() for text in _with_openers(texts)],
)
def test_family_is_read_with_its_intent(intent: str, text: str, last: str | None):
    result = _read(text, last=last)
    assert result.intent == intent, (text, result.intents, result.evidence)


@pytest.mark.parametrize(
    ("intent", "text"), [(intent, text) for intent, texts in NEAR_MISSES.items() for text in texts]
)
def test_near_miss_is_not_read_so(intent: str, text: str):
    result = _read(text)
    assert result.intent != intent, (text, result.intents, result.evidence)
