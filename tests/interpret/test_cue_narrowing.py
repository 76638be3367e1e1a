"""The narrowed cue scan finds exactly what the full one finds (issue 13, speed).

A cue set runs only the cues whose anchors a text holds, each with its own pattern, and merges their
matches (`CueSet.matches`, `CueSet.search`); the hazard cues are picked by one anchor index
(`standing_hits`). Both must agree, match for match and cue for cue, with the joined pattern run in
full and with every cue asked in turn. The texts are every cue record's examples, near-misses and
veto examples and every tuned corpus text, normalised as the interpreter reads them; the cues are
whatever the records hold when the tests run, so a cue added later is checked too. The foreign
time words' hints are found the same way (`normalize._hinted`) and checked the same way.
"""

from __future__ import annotations

import json
import re

import pytest

from messaging.interpret import normalize
from messaging.interpret.cues import Cue, CueSet, cue, emergency, standing_hits
from messaging.interpret.cues.anchors import GRAM, alternatives, grams
from messaging.interpret.learned import TRAINING_DIR, training_files
from messaging.interpret.normalize import normalise

from .test_cue_anchors import CUE_SETS
from .test_cue_anchors import TEXTS as RECORD_TEXTS

# Every tuned corpus text as written.
RAW_TEXTS: tuple[str, ...] = tuple(
    dict.fromkeys(
        json.loads(line).get("text") or ""
        for corpus in training_files(TRAINING_DIR)
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
)
TEXTS: tuple[str, ...] = tuple(dict.fromkeys((*RECORD_TEXTS, *(normalise(text) for text in RAW_TEXTS))))


def _full(cue_set: CueSet, norm: str) -> list[tuple[str, tuple[int, int], str]]:
    """The joined pattern's matches, each with the cue its named group names."""
    return [
        (cue_set._by_group[str(m.lastgroup)].id, m.span(), m.group(0)) for m in cue_set.pattern.finditer(norm)
    ]


def _narrowed(cue_set: CueSet, norm: str) -> list[tuple[str, tuple[int, int], str]]:
    return [(found.id, m.span(), m.group(0)) for found, m in cue_set.matches(norm)]


@pytest.mark.parametrize("cue_set", CUE_SETS, ids=lambda s: s.intent)
def test_every_cue_set_runs_narrowed(cue_set):
    """No cue of the records falls back to the joined pattern (a backreference, an empty match)."""
    assert cue_set._own_patterns is not None


@pytest.mark.parametrize("cue_set", CUE_SETS, ids=lambda s: s.intent)
def test_the_narrowed_scan_finds_what_the_joined_pattern_finds(cue_set):
    for norm in TEXTS:
        assert _narrowed(cue_set, norm) == _full(cue_set, norm), norm


@pytest.mark.parametrize("cue_set", CUE_SETS, ids=lambda s: s.intent)
def test_the_narrowed_search_finds_what_the_joined_pattern_finds(cue_set):
    for norm in TEXTS:
        found, joined = cue_set.search(norm), cue_set.pattern.search(norm)
        assert (found and found.span()) == (joined and joined.span()), norm


def test_the_hazard_index_finds_what_every_cue_in_turn_finds():
    for norm in TEXTS:
        narrowed = [(h.cue.id, h.start, h.end, h.vetoed_by) for h in standing_hits(emergency.CUES, norm)]
        each = [(h.cue.id, h.start, h.end, h.vetoed_by) for c in emergency.CUES for h in c.hits(norm)]
        assert narrowed == each, norm


def _made_up(*cues: tuple[str, tuple[str, ...]]) -> CueSet:
    records = tuple(
        cue(f"test.{name}", "test", *alternatives, examples=("x",), near_misses=("y",))
        for name, alternatives in cues
    )
    return CueSet("test", records)


@pytest.mark.parametrize(
    "norm",
    [
        "running late, so late, very late running",
        "late running late",
        "running",
        "run late running lately",
        "nothing here",
    ],
)
def test_ties_and_overlaps_are_settled_as_the_joined_pattern_settles_them(norm):
    """The earlier cue wins a tie even with a shorter match; a match inside another is skipped and
    the cue looks again after it."""
    cue_set = _made_up(
        ("late", (r"late",)),
        ("running_late", (r"running(?: late)?", r"run")),
        ("so_late", (r"(?:so|very) late(?: running)?",)),
    )
    assert _narrowed(cue_set, norm) == _full(cue_set, norm)
    found, joined = cue_set.search(norm), cue_set.pattern.search(norm)
    assert (found and found.span()) == (joined and joined.span())


@pytest.mark.parametrize(
    "alternatives",
    [
        (r"(?P<syllable>la)te (?P=syllable)",),  # a group referred to
        (r"(?:late)?",),  # may match nothing
    ],
)
def test_a_cue_that_cannot_run_alone_keeps_the_joined_pattern(alternatives):
    cue_set = _made_up(("odd", alternatives), ("plain", (r"running",)))
    assert cue_set._own_patterns is None
    for norm in ("late la running", "running late late", ""):
        assert _narrowed(cue_set, norm) == _full(cue_set, norm)


def test_a_cue_made_by_cue_runs_with_its_own_compiled_pattern():
    made: Cue = cue("test.one", "test", r"late", examples=("late",), near_misses=("later",))
    cue_set = CueSet("test", (made,))
    assert cue_set._own_patterns is not None and cue_set._own_patterns[0][0] is made.pattern
    assert re.fullmatch(made.pattern, "late")


# ---- The foreign time words' hints (`normalize._hinted`) ---------------------------------------


def test_the_hints_found_by_their_anchors_are_those_each_hint_finds():
    """Over every tuned corpus text as `foreign_time_words` sees it (lowercased) and as normalised."""
    for text in (*(t.lower() for t in RAW_TEXTS), *TEXTS):
        each = {i for i, (hint, _) in enumerate(normalize._FOREIGN_TIME_WORDS) if hint.search(text)}
        assert normalize._hinted(text) == each, text


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        (r"\b(?:x|y)\b|[|]z|q\|r|w", (r"\b(?:x|y)\b", "[|]z", r"q\|r", "w")),
        (r"[]|]x|y", ("[]|]x", "y")),
        (r"[^]|]x|yy", ("[^]|]x", "yy")),
        (r"x[\]|]|yy", (r"x[\]|]", "yy")),
        (r"(?:a|b)c|de", ("(?:a|b)c", "de")),
        # not cut: one part, global flags, groups referred to, parts the parser joins ("a|b" is a class)
        (r"abc", ("abc",)),
        (r"(?i)ab|cd", ("(?i)ab|cd",)),
        (r"(a)x|(b)\1", (r"(a)x|(b)\1",)),
        (r"(?P<n>a)x|(?P=n)y", ("(?P<n>a)x|(?P=n)y",)),
        (r"a|b", ("a|b",)),
        (r"ab|ac", ("ab|ac",)),
    ],
)
def test_alternatives_cuts_only_where_certain(source, parts):
    assert alternatives(source) == parts


def test_grams_are_every_run_of_three_characters():
    assert GRAM == 3  # `grams` joins three shifted copies of the text
    for text in ("", "a", "ab", "abc", "abcd", "取消吧", *TEXTS, *RAW_TEXTS):
        assert grams(text) == frozenset(text[i : i + GRAM] for i in range(len(text) - GRAM + 1)), text
