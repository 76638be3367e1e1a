"""Cues as records a person can maintain: what a cue matches, what it must and must not match, and
the conditions that veto it, kept side by side.

A `Cue` is one family of phrasings for one intent ("water coming through a ceiling or a light
fixture"). Its `examples` must match and its `near_misses` must not; `tests/interpret/test_cues.py`
runs every one of them, so a change that breaks a family fails by name. A `Veto` cancels a match in
a stated scope (the words just before it, its phrase, its sentence, the whole text) unless its own
`unless` pattern is there too; it lives in the same module as the cues it qualifies. The evidence
an interpretation carries names the cue's id, so a reading can be traced back to its record.

Patterns run on the normalised text (`normalize.normalise`): lowercase, SMS spellings expanded,
emoji as `emo_*` words, non-time numbers masked as `<code>`, `<qty>`, `<cold>` and the like.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import cast

from .anchors import AnchorIndex, Anchors, add_sample, can_match_empty, grams

# Sentences end at . ! ? ; and line breaks; phrases also at commas.
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*|[.!?;]+")
_PHRASE = re.compile(r"[^.!?;,\n]+[.!?;,]*")
# before/after: the phrase up to or from the match; near_before: the 20 characters before it;
# all_before: the whole text before it; all_after: the whole text after it.
SCOPES = ("before", "near_before", "all_before", "phrase", "sentence", "after", "all_after", "text")
NEAR = 20


def alt(*patterns: str) -> re.Pattern[str]:
    """One pattern from alternatives, matched on whole words of the normalised text."""
    return re.compile(_alt_source(patterns))


def _alt_source(patterns: tuple[str, ...]) -> str:
    """The source `alt` compiles (a cue set compares it to tell a cue's own pattern from another)."""
    return r"(?<![a-z0-9'à-ÿ])(?:" + "|".join(patterns) + r")(?![a-z0-9'à-ÿ])"


def _around(splitter: re.Pattern[str], norm: str, position: int) -> tuple[int, int]:
    for piece in splitter.finditer(norm):
        if piece.start() <= position < piece.end():
            return piece.start(), piece.end()
    return 0, len(norm)


def scope_text(scope: str, norm: str, start: int, end: int) -> str:
    """The part of `norm` a veto looks at for a match at norm[start:end]."""
    if scope == "text":
        return norm
    if scope == "near_before":
        return norm[max(0, start - NEAR) : start]
    if scope == "all_before":
        return norm[:start]
    if scope == "all_after":
        return norm[end:]
    if scope == "sentence":
        first, last = _around(_SENTENCE, norm, start)
        return norm[first:last]
    first, last = _around(_PHRASE, norm, start)
    if scope == "before":
        return norm[first:start]
    if scope == "after":
        return norm[end:last]
    return norm[first:last]


@dataclass(frozen=True)
class Veto:
    """A condition that cancels a cue's match: `pattern` found in `scope`, and `unless` not found there.

    `examples` are texts where the cue's pattern matches and this veto is what cancels it. A veto
    that `becomes` another intent turns the match into that one ("if he's not here by 3 I cancel" is
    a grievance, not a cancellation); with `keeps_match` the match stands too and the other intent is
    added beside it ("cancel tomorrow and put me down for friday" cancels one visit and asks for
    another: both labels, cancel first by the contract's priority)."""

    id: str
    why: str
    pattern: re.Pattern[str]
    scope: str = "sentence"
    unless: re.Pattern[str] | None = None
    examples: tuple[str, ...] = ()
    becomes: str | None = None
    keeps_match: bool = False

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"veto {self.id}: scope must be one of {SCOPES}")

    def applies(self, norm: str, start: int, end: int) -> bool:
        seen = scope_text(self.scope, norm, start, end)
        if not self.pattern.search(seen):
            return False
        return not (self.unless and self.unless.search(seen))


@dataclass(frozen=True)
class Hit:
    """Where a cue matched, and the veto that cancelled it (None when it stands)."""

    cue: Cue
    start: int
    end: int
    text: str
    vetoed_by: Veto | None = None

    @property
    def stands(self) -> bool:
        return self.vetoed_by is None


@dataclass(frozen=True)
class Cue:
    """One family of phrasings that signals `intent` (and, for an emergency, which `hazard`)."""

    id: str
    intent: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]
    vetoes: tuple[Veto, ...] = field(default_factory=tuple)
    hazard: str | None = None
    why: str = ""
    alternatives: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.examples or not self.near_misses:
            raise ValueError(f"cue {self.id}: needs examples that match and near-misses that must not")
        add_sample((*self.examples, *self.near_misses))

    @functools.cached_property
    def anchors(self) -> Anchors:
        """What a text must hold for `pattern` to have a chance (read from the pattern on first use)."""
        return Anchors.of(self.pattern)

    def scan(self, norm: str) -> Iterator[Hit]:
        """Every match in `norm`, each with the first veto that cancels it, if any."""
        if not self.anchors.admit(norm, text_grams(norm)):
            return
        yield from self._scan_admitted(norm)

    def _scan_admitted(self, norm: str) -> Iterator[Hit]:
        """`scan` once the anchors have admitted `norm`."""
        for m in self.pattern.finditer(norm):
            veto = next((v for v in self.vetoes if v.applies(norm, m.start(), m.end())), None)
            yield Hit(self, m.start(), m.end(), m.group(0), veto)

    def hits(self, norm: str) -> list[Hit]:
        """The matches no veto cancels."""
        return [hit for hit in self.scan(norm) if hit.stands]


@functools.lru_cache(maxsize=8)
def text_grams(norm: str) -> frozenset[str]:
    """`anchors.grams` of a text, kept for the few texts being read now: every cue set and hazard
    cue scans the same normalised text in turn."""
    return grams(norm)


# The anchor index of each tuple of cues `standing_hits` was asked about, by the tuple's identity
# (the tuple is kept beside it, so its identity cannot pass to another).
_INDEXES: dict[int, tuple[tuple[Cue, ...], AnchorIndex]] = {}


def standing_hits(cues: tuple[Cue, ...], norm: str) -> list[Hit]:
    """The matches no veto cancels of every cue in `cues`, cue by cue in their order: exactly
    `[hit for cue in cues for hit in cue.hits(norm)]`.

    The hazard cues are more than seventy and a text can match only a few; asking each cue's
    anchors in turn cost more than the few scans that follow. An `AnchorIndex` of the cues' anchors
    (made on first use, so cues added to the tuple before then are in it) names the cues that may
    match at once, and a cue it leaves out would have refused the text by its own anchors."""
    known = _INDEXES.get(id(cues))
    if known is None or known[0] is not cues:
        known = _INDEXES[id(cues)] = (cues, AnchorIndex(c.anchors for c in cues))
    index = known[1]
    return [
        hit
        for i in index.admitted(norm, text_grams(norm))
        for hit in cues[i]._scan_admitted(norm)
        if hit.stands
    ]


def ids_unique(cues: tuple[Cue, ...]) -> bool:
    return len({c.id for c in cues}) == len(cues)


# Words that cancel a cue when one of them stands just before it ("not running late", "don't cancel").
NEGATORS = re.compile(
    r"(?:\b(?:not|don't|do not|dont|never|no need to|won't|wont|didn't|isn't|no|without|nunca|ne|pas|non|nie|не)\s+(?:\w+\s+){0,1})$"
)
NEGATED = Veto(
    "veto.negated",
    "a negator just before the cue, in the same phrase: 'not running late', 'don't cancel'",
    NEGATORS,
    scope="before",
    examples=("please don't cancel, we'll be home", "not rescheduling, see you at 3"),
)


def nfkc(*patterns: str) -> tuple[str, ...]:
    """Patterns in the form `normalize.clean` gives the text (NFKC): Thai's ำ, Gurmukhi's ਸ਼ and
    Bengali's য় come apart under it, so a pattern typed with them as one letter would never match."""
    return tuple(unicodedata.normalize("NFKC", pattern) for pattern in patterns)


def cue(
    id: str,
    intent: str,
    *alternatives: str,
    examples: tuple[str, ...],
    near_misses: tuple[str, ...],
    vetoes: tuple[Veto, ...] = (),
    why: str = "",
) -> Cue:
    """A cue from regex alternatives, kept so a `CueSet` can join its cues into one pattern."""
    return Cue(
        id, intent, alt(*alternatives), examples, near_misses, vetoes, why=why, alternatives=alternatives
    )


class CueSet:
    """An intent's cues joined into one pattern, in order, with a named group per cue.

    Matching is exactly that of one alternation of every cue's alternatives (leftmost match, first
    alternative that fits), so splitting a lexicon into records changes no reading; each match
    knows which cue made it, and that cue's vetoes decide whether it stands. Only the cues whose
    anchors a text holds are run (`matches`), and their matches merged as the alternation would."""

    def __init__(self, intent: str, cues: tuple[Cue, ...]) -> None:
        if not cues or any(c.intent != intent or not c.alternatives for c in cues):
            raise ValueError(f"{intent}: every cue needs this intent and its alternatives")
        if not ids_unique(cues):
            raise ValueError(f"{intent}: cue ids must be unique")
        self.intent = intent
        self.cues = cues
        groups = "|".join(f"(?P<c{i}>" + "|".join(c.alternatives) + ")" for i, c in enumerate(cues))
        self.pattern = re.compile(r"(?<![a-z0-9'à-ÿ])(?:" + groups + r")(?![a-z0-9'à-ÿ])")
        self._by_group = {f"c{i}": c for i, c in enumerate(cues)}

    @functools.cached_property
    def ungrouped(self) -> re.Pattern[str]:
        """`pattern` without the named group around each cue: the same matches, found faster.

        A named group opens every cue, so the regex engine cannot skip a cue's alternative by its
        first letter; without the groups it can (three times faster on the complaint cues). The
        alternatives are tried in the same order either way, so each match is the same; `scan`
        then asks `pattern`, at that position alone, which cue made it. A cue that refers to a
        group by number (the numbers shift without the cue groups) keeps the joined pattern."""
        if any(_REFERS_TO_GROUP.search(alternative) for c in self.cues for alternative in c.alternatives):
            return self.pattern
        return re.compile(
            r"(?<![a-z0-9'à-ÿ])(?:"
            + "|".join("|".join(c.alternatives) for c in self.cues)
            + r")(?![a-z0-9'à-ÿ])"
        )

    @functools.cached_property
    def anchors(self) -> Anchors:
        """What a text must hold for any of the cues to have a chance."""
        return Anchors.any_of(Anchors.of(alt(*c.alternatives)) for c in self.cues)

    @functools.cached_property
    def _own_patterns(self) -> tuple[tuple[re.Pattern[str], ...], AnchorIndex] | None:
        """Each cue's alternatives as a pattern of its own (bounded as the joined one is), and an
        index of their anchors; None when the cue set must run whole.

        Most texts can match only a few of a set's cues (the complaint set has ninety, and a text
        typically holds the anchors of about six), yet the joined pattern tries every alternative
        of every cue at every word. Running only the cues whose anchors the text holds, and taking
        at each step the leftmost of their matches (the earliest cue on a tie), finds what the
        joined pattern finds: at any position the joined pattern's match is that of its first cue
        that matches there, and a cue whose letters are not in the text matches nowhere. Two kinds
        of cue would break that reasoning and keep the joined pattern: one that refers to a group
        by number (the numbers differ in a pattern of its own) and one that may match nothing (the
        scan would have to step past an empty match as `finditer` does)."""
        if any(_REFERS_TO_GROUP.search(alternative) for c in self.cues for alternative in c.alternatives):
            return None
        patterns = tuple(_own_pattern(c) for c in self.cues)
        if any(can_match_empty(p) for p in patterns):
            return None
        return patterns, AnchorIndex(Anchors.of(p) for p in patterns)

    def matches(self, norm: str) -> Iterator[tuple[Cue, re.Match[str]]]:
        """Every match of `pattern` in `norm` (`pattern.finditer`), in order, with the cue that made it.

        Only the cues whose anchors `norm` holds run, each with its own pattern (`_own_patterns`).
        Each keeps its next match; the leftmost (the earliest cue on a tie) is the joined pattern's
        next match, and the scan goes on from its end, as `finditer` does: a cue whose next match
        starts before that end looks again from there, the others keep theirs (a search from a
        later point finds the same leftmost match when none lies between; lookbehinds and word
        boundaries see the text before the point either way). The match objects are the cue's
        own: their span and text are the joined pattern's, their groups are not."""
        own = self._own_patterns
        if own is None:
            yield from self._whole_matches(norm)
            return
        patterns, index = own
        admitted = index.admitted(norm, text_grams(norm))
        if len(admitted) == 1:
            only = admitted[0]
            for m in patterns[only].finditer(norm):
                yield self.cues[only], m
            return
        pending = [(first, i) for i in admitted if (first := patterns[i].search(norm))]
        while pending:
            nearest, i = min(pending, key=_leftmost)
            yield self.cues[i], nearest
            end = nearest.end()
            pending = [
                (later, j)
                for found, j in pending
                if (later := found if found.start() >= end else patterns[j].search(norm, end))
            ]

    def _whole_matches(self, norm: str) -> Iterator[tuple[Cue, re.Match[str]]]:
        """`matches` with the joined pattern, for a cue set whose cues cannot run on their own.

        A cue's named group encloses any group of its own, so it is the last group a match closes:
        `lastgroup` names the cue without trying each group in turn."""
        if not self.anchors.admit(norm, text_grams(norm)):
            return
        for found in self.ungrouped.finditer(norm):
            m = cast(re.Match[str], self.pattern.match(norm, found.start()))
            yield self._by_group[cast(str, m.lastgroup)], m

    def search(self, norm: str) -> re.Match[str] | None:
        """The first match in `norm`, vetoes aside (`pattern.search`): the leftmost first match of
        the cues whose anchors `norm` holds, the earliest cue on a tie (see `matches`)."""
        own = self._own_patterns
        if own is None:
            if not self.anchors.admit(norm, text_grams(norm)):
                return None
            return self.ungrouped.search(norm)
        patterns, index = own
        first = [(m, i) for i in index.admitted(norm, text_grams(norm)) if (m := patterns[i].search(norm))]
        return min(first, key=_leftmost)[0] if first else None

    def scan(self, norm: str) -> Iterator[Hit]:
        """Every match, in order, with the cue that made it and the first veto that cancels it."""
        for found, m in self.matches(norm):
            veto = next((v for v in found.vetoes if v.applies(norm, m.start(), m.end())), None)
            yield Hit(found, m.start(), m.end(), m.group(0), veto)


# A backreference or a conditional group: numbered groups shift when the cues are joined.
_REFERS_TO_GROUP = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _own_pattern(cue: Cue) -> re.Pattern[str]:
    """`alt` of the cue's alternatives: the cue's own pattern when `cue` made it so (compiled once)."""
    source = _alt_source(cue.alternatives)
    return (
        cue.pattern
        if cue.pattern.pattern == source and cue.pattern.flags == re.UNICODE
        else alt(*cue.alternatives)
    )


def _leftmost(found: tuple[re.Match[str], int]) -> tuple[int, int]:
    """Order of a cue's next match among the others': where it starts, then the cue's place in its set."""
    return found[0].start(), found[1]
