"""The cue scan's shortcuts change no match: generated from every cue record, like `test_cues.py`.

A cue's anchors (`cues/anchors.py`) must admit every text its pattern matches, and a cue set's
`matches` (anchors first, then its ungrouped pattern) must find what its joined pattern finds,
cue for cue, on every example, near-miss and veto example of every record.
"""

from __future__ import annotations

import re

import pytest

from messaging.interpret import normalize, timewords
from messaging.interpret.cues import CueSet, text_grams
from messaging.interpret.cues.anchors import Anchors, finditer, required_literals
from messaging.interpret.normalize import normalise

from .test_cues import ALL_CUES, CUE_MODULES

CUE_SETS: tuple[CueSet, ...] = tuple(
    value for module in CUE_MODULES for value in vars(module).values() if isinstance(value, CueSet)
)
# Every text a record holds, normalised as the interpreter reads it.
TEXTS: tuple[str, ...] = tuple(
    dict.fromkeys(
        normalise(text)
        for cue in ALL_CUES
        for text in (*cue.examples, *cue.near_misses, *(e for veto in cue.vetoes for e in veto.examples))
    )
)


@pytest.mark.parametrize("cue", ALL_CUES, ids=lambda c: c.id)
def test_anchors_admit_every_text_the_cue_matches(cue):
    for norm in TEXTS:
        if cue.pattern.search(norm):
            assert cue.anchors.admit(norm, text_grams(norm)), (
                f"{cue.id} matches {norm!r} but its anchors refuse it"
            )


@pytest.mark.parametrize("cue_set", CUE_SETS, ids=lambda s: s.intent)
def test_a_cue_set_finds_what_its_joined_pattern_finds(cue_set):
    for norm in TEXTS:
        joined = [(cue_set._by_group[str(m.lastgroup)], m.span()) for m in cue_set.pattern.finditer(norm)]
        fast = [(found, m.span()) for found, m in cue_set.matches(norm)]
        assert fast == joined, norm


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"thanks?|thank you", {"thank"}),
        (r"running (?:so |a bit )?late", {"running "}),
        (r"(?:he|she) (?:was|were) great", {" great"}),
        (r"(?:cancel|stop)+ it", {"cancel", "stop"}),
        (r"late|(?:so )?sorry", {"late", "sorry"}),
        (r"late|\w+", None),  # one alternative may match with no certain letters
        (r"(?i:late)", None),  # any case: the letters are not certain
        (r"[ab]c", {"c"}),
        (r"(?=late)\w+", None),
    ],
)
def test_required_literals(pattern, literals):
    found = required_literals(re.compile(pattern))
    assert (set(found) if found is not None else None) == literals


def test_a_text_without_the_anchors_is_refused_and_short_literals_are_looked_for_as_they_are():
    anchors = Anchors.of(re.compile(r"取消|cancel"))
    assert not anchors.admit("see you at 3", text_grams("see you at 3"))
    assert anchors.admit("pls cancel", text_grams("pls cancel"))
    assert anchors.admit("取消吧", text_grams("取消吧"))
    assert Anchors.of(re.compile(r"\w+")).always


def test_a_digit_or_a_script_stands_for_a_literal_where_a_pattern_has_none_better():
    digits = Anchors.of(re.compile(r"(?:\d ){3,}\d"))
    assert not digits.always and digits.classes and not digits.short
    assert not digits.admit("see you soon", text_grams("see you soon"))
    assert digits.admit("4 4 1 1", text_grams("4 4 1 1"))
    assert digits.admit("٤ ٤ ١ ١", text_grams("٤ ٤ ١ ١"))  # \d is any decimal digit
    script = Anchors.of(re.compile(r"[\u3400-\u9fff]"))
    assert not script.admit("the gate is open", text_grams("the gate is open"))
    assert script.admit("门开着", text_grams("门开着"))
    assert Anchors.of(re.compile(r"[a-z\u3400-\u9fff]")).always  # ASCII letters in the class
    assert Anchors.of(re.compile(r"[^a]")).always
    assert required_literals(re.compile(r"(?:\d ){3,}\d")) == {" "}  # literals alone, as they are


@pytest.mark.parametrize(
    "pattern",
    [
        normalize._NUMBER_BEFORE_UNIT,
        normalize._NUMBER_AFTER_CUE,
        normalize._MINUTES_AFTER_HOUR,
        normalize._NUMBER_BEFORE_CLOCK_WORD,
    ],
    ids=lambda p: p.pattern[:30],
)
def test_the_number_word_rewrites_need_a_number_word(pattern):
    """`normalize._digits` skips these rewrites when no number word's first word is in the text."""
    literals = required_literals(pattern)
    assert literals
    assert {normalize._WORD_RUN.match(literal.strip()).group(0) for literal in literals} <= (
        normalize._NUMBER_FIRST_WORDS
    )


@pytest.mark.parametrize(
    "pattern", [normalize._ADDRESS, *(p for p, _ in normalize._MASKS)], ids=lambda p: p.pattern[:30]
)
def test_every_mask_needs_a_digit(pattern):
    """`normalize.mask` and the address mask skip a text without digits: each pattern needs one."""
    assert "\\d" in pattern.pattern
    for text in TEXTS:
        assert not pattern.search(re.sub(r"\d", "", text)), text


@pytest.mark.parametrize("cue_set", CUE_SETS, ids=lambda s: s.intent)
def test_a_cue_set_searches_as_its_joined_pattern_does(cue_set):
    for norm in TEXTS:
        found, joined = cue_set.search(norm), cue_set.pattern.search(norm)
        assert (found and found.span()) == (joined and joined.span()), norm


def test_an_ascii_text_can_hold_only_the_ascii_emoticons_and_keeps_ascii():
    """`normalize.emoji_words` reads an ASCII text for the emoticons alone."""
    assert all(word.isascii() for word in normalize.EMOJI_WORDS.values())
    assert normalize.emoji_words("ok :) see you") == normalize.emoji_words("ok :) see you\u00a0").rstrip(
        "\u00a0"
    )


DAY_PATTERNS = tuple(
    getattr(timewords, name)
    for name in (
        "_MONTH_DATE", "_NUMERIC_DATE", "_DAY_OF_MONTH", "_WEEKDAY", "_WEEK_FROM", "_DAYS_AHEAD",
        "_WEEK_ON_WEEKDAY", "_WEEKEND", "_END_OF_WEEK", "_END_OF_MONTH", "_HOLIDAY", "_RELATIVE",
        "_NTH_WEEKDAY_OF_MONTH", "_THE_DAY_AFTER", "_WEEK_LATER",
    )
)  # fmt: skip
DAY_TEXTS = (
    "can we do march 3rd instead",
    "the 15th of next month works",
    "12/11 at 2pm",
    "monday week is fine",
    "a week from tomorrow",
    "in three days",
    "two weeks on friday",
    "this weekend or next weekend",
    "end of the week",
    "end of the month",
    "the day after christmas",
    "tomorrow or today",
    "the first monday of april",
    "what about the day after",
    "en una semana",
    "mañana por la tarde",
)


@pytest.mark.parametrize("pattern", DAY_PATTERNS, ids=lambda p: p.pattern[:30])
def test_find_days_runs_a_pattern_wherever_it_matches(pattern):
    """`timewords.find_days` skips a pattern whose anchors a text lacks (`anchors.finditer`)."""
    for text in (*DAY_TEXTS, *TEXTS):
        norm = normalise(text)
        if pattern.search(norm):
            found = [m.span() for m in finditer(pattern, norm, text_grams(norm))]
            assert found == [m.span() for m in pattern.finditer(norm)], norm


# Texts the gates below are asked about: every record's texts as written and as normalised, and the
# glued units and short weekend days the two rewrites are for.
_GATED_TEXTS = (
    *TEXTS,
    *(text.lower() for cue in ALL_CUES for text in (*cue.examples, *cue.near_misses)),
    "be there in 2hr",
    "20mins out",
    "about 1.5h",
    "2h30m tops",
    "in 1h15 maybe",
    "another 1h20",
    "10 m late",
    "within 3 h",
    "about 45 min",
    "9h late",
    "on sat",
    "sun 10am?",
    "sat or sun",
    "sat at 9 or sun at 9",
    "sat, anytime after 10",
    "this sun morning",
)


@pytest.mark.parametrize("pattern", [p for p, _ in normalize._GLUED_UNITS], ids=lambda p: p.pattern[:30])
def test_the_glued_units_need_a_digit_then_an_h_or_an_m(pattern):
    """`normalize._glued_units` skips a text `_GLUED_UNIT_GATE` does not find in: each match holds it."""
    found = 0
    for text in _GATED_TEXTS:
        for match in pattern.finditer(text):
            found += 1
            assert normalize._GLUED_UNIT_GATE.search(match.group(0)), (text, match.group(0))
    assert found


def test_a_short_weekend_day_needs_sat_or_sun():
    """`normalise` runs `_SHORT_WEEKEND` only on a text holding "sat" or "sun": each match holds one."""
    found = 0
    for text in _GATED_TEXTS:
        for match in normalize._SHORT_WEEKEND.finditer(text):
            found += 1
            assert "sat" in match.group(0) or "sun" in match.group(0), (text, match.group(0))
    assert found
