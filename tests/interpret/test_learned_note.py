"""The access note read piece by piece by the learned voice (issue 13, fourteenth session):
`access.learned_note` and where `voices` uses it. The rules' access cues are word lists in the
languages they know; blind writers give access details in forty-odd ("Interfonul e stricat",
"Домофон не работает", "já avisei o porteiro"), and on those the rules' note was empty, or was
the whole text of a text that also said something else."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from messaging.interpret import access
from messaging.interpret.learned import Guess, voice
from messaging.interpret.types import Interpretation, MessageContext
from messaging.interpret.voices import _with_learned_note


def fake_voice(access_words: tuple[str, ...]):
    """A learned voice that reads a piece as access when it holds one of `access_words`."""
    return lambda piece: 0.9 if any(w in piece.lower() for w in access_words) else 0.05


@pytest.mark.parametrize(
    ("text", "words", "note"),
    [
        (
            "Am ajuns acasă, puteți urca. Interfonul e stricat, sunați-mă când sunteți jos",
            ("interfon",),
            "Interfonul e stricat",
        ),
        ("Да, ждём. Домофон не работает, позвоните как подъедете", ("домофон",), "Домофон не работает"),
        ("cheguei! pode subir, já avisei o porteiro", ("porteiro",), "já avisei o porteiro"),
        # two details apart are both kept, in the text's order
        (
            "Gate code 2580, running about 10 late, the dog is in the back yard",
            ("gate", "dog"),
            "Gate code 2580 the dog is in the back yard",
        ),
    ],
)
def test_the_pieces_the_learned_voice_reads_as_access_are_the_note(text, words, note):
    assert access.learned_note(text, fake_voice(words)) == note


def test_the_likeliest_piece_is_the_note_when_none_is_clearly_access():
    likely = {"Stiege 3": 0.3, "Tür 14": 0.2, "sorry": 0.01}
    text = "Stiege 3, Tür 14, sorry"
    assert access.learned_note(text, lambda piece: likely.get(piece, 0.0)) == "Stiege 3"
    # below LEARNED_PIECE_LEAST nothing is a note
    assert access.learned_note(text, lambda piece: 0.1) is None


@pytest.mark.parametrize(
    "text",
    [
        "door code 4411",  # one piece: the whole text, nothing to choose
        "running 10 late, sorry!",  # no piece reads as access
    ],
)
def test_near_misses_give_no_learned_note(text):
    assert access.learned_note(text, fake_voice(("code",) if "code" in text else ())) is None


def test_a_note_nearly_the_whole_text_is_no_note():
    text = "gate code 4411, side door"
    assert access.learned_note(text, lambda piece: 0.9) is None  # every piece: the text itself


def reading(intents: tuple[str, ...], note: str | None) -> Interpretation:
    return Interpretation(intent=intents[0], intents=intents, access_note=note)


def test_voices_use_it_only_where_the_rules_note_is_missing_or_nearly_the_whole_text():
    guess = Guess((("running_late", 0.6), ("access_info", 0.3)))
    context = MessageContext(
        received_at=datetime(2026, 11, 10, 18, 10, tzinfo=UTC), timezone="America/New_York"
    )
    text = "Running 15 late. Buzz 4B on the intercom, concierge has the fob if no answer"
    # the rules' note is short and right: kept
    kept = _with_learned_note(
        text, context, reading(("running_late", "access_info"), "Buzz 4B"), guess, voice()
    )
    assert kept.access_note == "Buzz 4B"
    # access is no likely reading: nothing is read
    unlikely = Guess((("running_late", 0.95), ("access_info", 0.01)))
    assert (
        _with_learned_note(text, context, reading(("running_late",), None), unlikely, voice()).access_note
        is None
    )


def test_a_shorter_note_never_drops_a_code_the_rules_found():
    from messaging.interpret.voices import _keeps_every_code

    note = "Buzz 4B on the intercom, concierge has the fob if no answer"
    assert not _keeps_every_code(note, "concierge has the fob if no answer")
    assert _keeps_every_code(note, "Buzz 4B on the intercom")
    assert _keeps_every_code("the side gate is open", "side gate")  # no code to keep
