"""Reactions and bare agreements, read against the text they answer.

A phone's tapback arrives as text ("Liked “Reminder: ...”"). A like or a love of a text that asked
the customer to agree to a time agrees to it, as a 👍 or a "yes" does; a like of news (on the way,
arrived) or of a rating request is thanks. Phones shorten the quote, so a quote that begins the
last text stands for it; a quote of another, older text is read as itself. Words for yes that the
bare-reply vocabulary holds ("affirmative", "aye", "yea") read as the yes they are.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import read

ASKS_TO_AGREE = [
    "Reminder: Luis from Acme HVAC arrives tomorrow between 1 and 3 PM. Reply C to confirm or R to reschedule.",
    "Luis is running about 20 minutes behind, around 2:20 PM. Does that still work for you?",
    "We have you down for Friday 9-11 AM. Reply YES to confirm.",
]
NEWS = [
    "Luis is on his way! ETA 1:40 PM.",
    "Luis has arrived.",
    "All done! How did we do? Reply 1-5.",
]
REACTIONS = ["Liked", "Loved"]


def _quote(text: str, shorten: bool) -> str:
    return f"“{text[:28]}...”" if shorten else f"“{text}”"


def test_a_like_of_a_text_that_asked_to_agree_confirms():
    failures = []
    for last, reaction, shorten in itertools.product(ASKS_TO_AGREE, REACTIONS, (False, True)):
        result = read(f"{reaction} {_quote(last, shorten)}", status="scheduled", last=last)
        if (result.intent, result.sure) != ("confirm", True):
            failures.append((reaction, last[:30], shorten, result.intent, result.sure))
    assert not failures, failures


def test_a_like_of_news_or_a_rating_request_is_thanks():
    failures = []
    for last, reaction, shorten in itertools.product(NEWS, REACTIONS, (False, True)):
        result = read(f"{reaction} {_quote(last, shorten)}", status="en_route", last=last)
        if (result.intent, result.sentiment) != ("thanks", "positive"):
            failures.append((reaction, last[:30], shorten, result.intent))
    assert not failures, failures


def test_a_like_of_an_older_text_is_read_as_that_text():
    # The last text asked to confirm, but the customer liked the on-the-way text before it.
    result = read("Liked “Luis is on his way! ETA 1:40 PM.”", last=ASKS_TO_AGREE[0])
    assert result.intent == "thanks"
    # ... and a like of the reminder confirms even after a later status text.
    result = read(f"Liked “{ASKS_TO_AGREE[0]}”", last="Luis has arrived.")
    assert result.intent == "confirm"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Disliked “Luis is running about 20 minutes behind.”", "complaint"),
        ("Questioned “Reply C to confirm”", "question"),
        ("Emphasized “Reminder: Luis...”", "other"),
        ("Laughed at “Luis has arrived.”", "other"),
    ],
)
def test_other_reactions_keep_their_own_meaning(text, intent):
    assert read(text, last=ASKS_TO_AGREE[0]).intent == intent


@pytest.mark.parametrize("word", ["Affirmative", "affirmative.", "Aye", "yea"])
def test_words_for_yes_answer_the_last_text(word):
    assert read(word, status="scheduled", last=ASKS_TO_AGREE[0]).intent == "confirm"
    assert read(word, status="en_route", last=NEWS[0]).intent == "thanks"


@pytest.mark.parametrize("text", ["aye aye captain, the gate is open", "yea the AC is still broken"])
def test_words_for_yes_inside_a_longer_text_are_not_a_bare_reply(text):
    assert read(text, status="scheduled", last=ASKS_TO_AGREE[0]).intent != "confirm"
