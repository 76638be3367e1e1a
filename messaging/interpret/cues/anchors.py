r"""The letters a cue cannot match without, so a text holding none of them never runs its regex.

A long text costs the cue scan dearly: Python's regex engine tries every alternative of every cue
at every word. Most cues cannot match most texts, and that is cheap to know beforehand: a cue's
pattern is read (with the `re` module's own parser) for literals of which every match must hold at
least one ("thank" in `thanks?|thank you`, "late" in `running (?:so |a bit )?late`). Each literal
is stood for by one of its three-letter runs (the one rarest in what customers write), so the test for a
whole text is one set intersection against the text's three-letter runs (`Anchors.admit`).

Where a pattern holds no selective literal, a character class it cannot match without serves as
well: a decimal digit (`\d`: the normaliser masks codes, phones and quantities, so most texts hold
none) or a class of letters outside ASCII (a script: "[\u3400-\u9fff]", "[ąćęłńśźż]"), which no
English text holds. The anchors are derived, never written by hand: the cue records stay the one
home of the patterns. When nothing is certain (a pattern under IGNORECASE, a group that may be
absent, any other character class) the pattern has no anchors and always runs. `tests/interpret/test_cue_anchors.py` proves on every
example that a cue which matches is admitted.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

GRAM = 3
# What customers write, for choosing each literal's rarest run: every cue record's examples and
# near-misses (`Cue` adds them as it is made). The choice only makes the shortcut take more often;
# any run of a literal is a correct anchor.
_SAMPLE: list[str] = []
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def grams(text: str) -> frozenset[str]:
    """Every run of `GRAM` (three) characters in `text`: joined from the text beside itself shifted
    by one and by two, which builds them faster than slicing at each position (every normalised
    piece the access note reads has its grams taken)."""
    return frozenset(map("".join, zip(text, text[1:], text[2:], strict=False)))


def add_sample(texts: Iterable[str]) -> None:
    """Texts like those the patterns will read (before the first anchors are made)."""
    _SAMPLE.extend(text.lower() for text in texts)


def _gram_counts() -> Counter[str]:
    return _counts_of(len(_SAMPLE))


@functools.lru_cache(maxsize=1)
def _counts_of(size: int) -> Counter[str]:
    """The sample's gram counts, counted again if the sample grew since (anchors made before the last
    cue records were read, as `normalize` makes its own, must not fix the choice for later ones)."""
    return Counter(gram for text in _SAMPLE[:size] for gram in grams(text))


def _rarest_gram(literal: str) -> str:
    """The run of `literal` seen least in the sample (the first of equals)."""
    counts = _gram_counts()
    return min((literal[i : i + GRAM] for i in range(len(literal) - GRAM + 1)), key=counts.__getitem__)


Literals = frozenset[str] | None  # None: no literal is certain to be in every match

# The character classes that may stand for a literal (`Anchors.of`, never `required_literals`, whose
# callers look for each literal as it is): a name for each (no pattern spells these words) and the
# test that a text holds one of its characters. `\d` is Unicode's decimal digits, as `str.isdecimal`
# tells them.
DIGIT = "<class:digit>"
NON_ASCII = "<class:non-ascii>"


def _holds_a_digit(text: str) -> bool:
    return any(map(str.isdecimal, text))


def _holds_non_ascii(text: str) -> bool:
    return not text.isascii()


_CLASS_TESTS: dict[str, Callable[[str], bool]] = {DIGIT: _holds_a_digit, NON_ASCII: _holds_non_ascii}


def _better(first: Literals, second: Literals) -> Literals:
    """The more selective of two requirements: the one whose shortest literal is longer."""
    if first is None:
        return second
    if second is None:
        return first
    return first if _selectivity(first) >= _selectivity(second) else second


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    """Longer literals are rarer, and fewer of them rarer still. A class ranks below every literal
    but spaces (which every text holds): it is chosen only where a pattern offers nothing better."""
    return min(map(_rank, literals)), -len(literals)


def _rank(literal: str) -> int:
    """Twice the length of a literal (the order of literals is their length's); a class 1, spaces 0."""
    if literal in _CLASS_TESTS:
        return 1
    return 0 if literal.isspace() else 2 * len(literal)


def _sequence(items: Iterable[tuple[Any, Any]], classes: bool) -> Literals:
    """Literals every match of a sequence holds: any one element's will do, the best is kept.
    With `classes`, a character class of `_CLASS_TESTS` counts as one (by its name)."""
    best: Literals = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is None:
            break
        best = _better(best, _element(op, av, classes))
    return best


def _element(op: Any, av: Any, classes: bool) -> Literals:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        return None if add_flags & re.IGNORECASE else _sequence(pattern, classes)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            literals = _sequence(branch, classes)
            if literals is None:
                return None
            found |= literals
        return frozenset(found)
    if op in _REPEATS:
        low, _high, pattern = av
        return _sequence(pattern, classes) if low >= 1 else None
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av, classes)
    if op is sre.IN and classes:
        named = _class_name(av)
        return frozenset({named}) if named else None
    return None  # other classes, categories, lookarounds, anchors, backreferences: nothing certain


def _class_name(items: list[tuple[Any, Any]]) -> str | None:
    """`DIGIT` for `\\d` alone, `NON_ASCII` for a class of letters and ranges all outside ASCII
    (never a negated one), else None."""
    if items == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return DIGIT
    if items and all(
        (op is sre.LITERAL and av > 0x7F) or (op is sre.RANGE and av[0] > 0x7F) for op, av in items
    ):
        return NON_ASCII
    return None


def required_literals(pattern: re.Pattern[str]) -> Literals:
    """Literals of which every match of `pattern` holds at least one, or None when none is certain."""
    return _required(pattern, classes=False)


def _required(pattern: re.Pattern[str], classes: bool) -> Literals:
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _sequence(parsed, classes)


@dataclass(frozen=True)
class Anchors:
    """What a text must hold for a pattern to have a chance: one of `grams`, one of `short`
    (literals shorter than a gram, looked for as they are), or a character of one of `classes`
    (names in `_CLASS_TESTS`). `always` when nothing is certain."""

    grams: frozenset[str]
    short: tuple[str, ...]
    always: bool
    classes: tuple[str, ...] = ()

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Anchors:
        literals = _required(pattern, classes=True)
        if not literals:
            return cls(frozenset(), (), always=True)
        named = tuple(sorted(literals & _CLASS_TESTS.keys()))
        literals -= _CLASS_TESTS.keys()
        long = frozenset(_rarest_gram(literal) for literal in literals if len(literal) >= GRAM)
        short = tuple(sorted(literal for literal in literals if len(literal) < GRAM))
        return cls(long, short, always=False, classes=named)

    @classmethod
    def any_of(cls, parts: Iterable[Anchors]) -> Anchors:
        """What a text must hold for any one of several patterns to have a chance."""
        parts = tuple(parts)
        if not parts or any(part.always for part in parts):
            return cls(frozenset(), (), always=True)
        return cls(
            frozenset().union(*(part.grams for part in parts)),
            tuple(sorted({literal for part in parts for literal in part.short})),
            always=False,
            classes=tuple(sorted({named for part in parts for named in part.classes})),
        )

    def admit(self, text: str, text_grams: frozenset[str]) -> bool:
        """Whether `pattern` may match `text` (whose `grams` are `text_grams`); False is certain."""
        return (
            self.always
            or not self.grams.isdisjoint(text_grams)
            or any(literal in text for literal in self.short)
            or any(_CLASS_TESTS[named](text) for named in self.classes)
        )


@functools.cache
def anchors_of(pattern: re.Pattern[str]) -> Anchors:
    """`Anchors.of`, read once for each of the fixed patterns a recogniser runs on every text."""
    return Anchors.of(pattern)


def finditer(pattern: re.Pattern[str], text: str, text_grams: frozenset[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` (`text_grams` are the text's `grams`), at once empty when the text
    lacks the pattern's anchors: a recogniser running a dozen long patterns over each text, most of
    which no text holds (the day words: "fortnight", "end of the month", holidays), runs few."""
    if anchors_of(pattern).admit(text, text_grams):
        return pattern.finditer(text)
    return iter(())


def can_match_empty(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` may match an empty run of text (then a scan must step past it by itself)."""
    low, _high = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    return bool(low == 0)


class AnchorIndex:
    """Which of many patterns a text may match, found in one pass rather than pattern by pattern.

    Asking each pattern's `Anchors.admit` in turn costs a set test per pattern, and a cue set or the
    hazard cues hold dozens. Here every gram points to the patterns it anchors (as bits of one
    number), so a text's grams are met against all of them with one set intersection; the short
    literals and the patterns without anchors are added as they are. The answer is exactly the
    patterns whose `Anchors.admit` says True, in their order."""

    def __init__(self, anchors: Iterable[Anchors]) -> None:
        by_gram: dict[str, int] = {}
        by_short: dict[str, int] = {}
        by_class: dict[str, int] = {}
        always = 0
        for index, part in enumerate(anchors):
            bit = 1 << index
            if part.always:
                always |= bit
                continue
            for gram in part.grams:
                by_gram[gram] = by_gram.get(gram, 0) | bit
            for literal in part.short:
                by_short[literal] = by_short.get(literal, 0) | bit
            for named in part.classes:
                by_class[named] = by_class.get(named, 0) | bit
        self._by_gram = by_gram
        self._grams = frozenset(by_gram)
        self._short = tuple(by_short.items())
        self._classes = tuple((_CLASS_TESTS[named], bits) for named, bits in by_class.items())
        self._always = always

    def admitted(self, text: str, text_grams: frozenset[str]) -> list[int]:
        """The positions, in order, of the patterns that may match `text` (whose `grams` are
        `text_grams`); a pattern left out is certain not to match."""
        mask = self._always
        for gram in self._grams.intersection(text_grams):
            mask |= self._by_gram[gram]
        for literal, bits in self._short:
            if literal in text:
                mask |= bits
        for holds, bits in self._classes:
            if holds(text):
                mask |= bits
        found = []
        while mask:
            lowest = mask & -mask
            found.append(lowest.bit_length() - 1)
            mask ^= lowest
        return found


def alternatives(source: str) -> tuple[str, ...]:
    """`source` cut at its top-level `|`: a text holds a match of the whole exactly when it holds a
    match of one of the parts, and each part can be given anchors of its own (a part that is a
    character class has none, but scans fast on its own). `(source,)` when the cut is not certain:
    global flags, a group referred to (its number or name means another group in a part), or a
    count of parts that differs from the one the `re` parser finds."""
    if _GLOBAL_FLAGS.match(source) or _REFERS_TO_GROUP.search(source):
        return (source,)
    parts, depth, start, index = [], 0, 0, 0
    in_class = escaped = False
    while index < len(source):
        char = source[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" first in a class ("[]|]", "[^]|]") is one of its characters, not its end
            if source.startswith("[^]", index):
                index += 2
            elif source.startswith("[]", index):
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    if len(parts) == 1:
        return (source,)
    try:
        parsed = _parser.parse(source)
        for part in parts:
            re.compile(part)
    except re.error:
        return (source,)
    found = parsed.data
    if len(found) != 1 or found[0][0] is not sre.BRANCH or len(found[0][1][1]) != len(parts):
        return (source,)
    return tuple(parts)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_REFERS_TO_GROUP = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
