"""Every cue record's examples and near-misses, and every veto's examples, run as tests.

Generated from the records in `messaging/interpret/cues/`: adding a cue or a veto adds its tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from messaging.interpret import interpret, lexicon
from messaging.interpret.core import interpret as rules_only
from messaging.interpret.cues import (
    Cue,
    CueSet,
    Veto,
    access_info,
    cancel,
    complaint,
    confirm,
    constraint,
    customer_arrived,
    emergency,
    ids_unique,
    reschedule,
    running_late,
    thanks,
    where_is_tech,
    wrong_number,
)
from messaging.interpret.normalize import normalise
from messaging.interpret.types import MessageContext

CUE_MODULES = (
    emergency,
    cancel,
    reschedule,
    running_late,
    customer_arrived,
    where_is_tech,
    complaint,
    confirm,
    thanks,
    wrong_number,
    access_info,
    constraint,
)
ALL_CUES: tuple[Cue, ...] = tuple(cue for module in CUE_MODULES for cue in module.CUES)
ALL_VETOES: dict[str, tuple[Veto, tuple[Cue, ...]]] = {}
for _cue in ALL_CUES:
    for _veto in _cue.vetoes:
        _, users = ALL_VETOES.get(_veto.id, (_veto, ()))
        ALL_VETOES[_veto.id] = (_veto, (*users, _cue))

CONTEXT = MessageContext(
    received_at=datetime(2026, 1, 15, 15, 0, tzinfo=UTC),
    timezone="America/Chicago",
    window_start=datetime(2026, 1, 15, 20, 0, tzinfo=UTC),
    window_end=datetime(2026, 1, 15, 22, 0, tzinfo=UTC),
    job_status="scheduled",
)


def _cases(kind: str) -> list:
    return [
        pytest.param(cue, text, id=f"{cue.id}:{text[:40]}")
        for cue in ALL_CUES
        for text in (cue.examples if kind == "examples" else cue.near_misses)
    ]


def test_cue_ids_are_unique_and_hazards_are_known_kinds():
    assert ids_unique(ALL_CUES)
    for cue in emergency.CUES:
        assert cue.intent == "emergency" and cue.hazard in emergency.KINDS, cue.id
        assert cue.why, f"{cue.id} says what family it stands for"


@pytest.mark.parametrize(("cue", "text"), _cases("examples"))
def test_every_example_matches_its_cue(cue: Cue, text: str):
    found = list(cue.scan(normalise(text)))
    assert any(hit.stands for hit in found), (
        f"{cue.id} misses {text!r}; vetoed: {[(h.text, h.vetoed_by.id) for h in found if h.vetoed_by]}"
    )


@pytest.mark.parametrize(("cue", "text"), _cases("near_misses"))
def test_no_near_miss_matches_its_cue(cue: Cue, text: str):
    assert not cue.hits(normalise(text)), f"{cue.id} wrongly matches {text!r}"


@pytest.mark.parametrize(
    ("veto", "cues", "text"),
    [
        pytest.param(veto, cues, text, id=f"{veto_id}:{text[:40]}")
        for veto_id, (veto, cues) in ALL_VETOES.items()
        for text in veto.examples
    ],
)
def test_every_veto_example_is_a_cue_match_that_the_veto_cancels(
    veto: Veto, cues: tuple[Cue, ...], text: str
):
    norm = normalise(text)
    cancelled = [cue for cue in cues if any(hit.vetoed_by is veto for hit in cue.scan(norm))]
    assert cancelled, f"no cue match in {text!r} is cancelled by {veto.id}"
    assert any(not cue.hits(norm) for cue in cancelled), f"{text!r} still matches the cue {veto.id} cancels"


def test_every_veto_has_examples():
    for veto_id, (veto, _) in ALL_VETOES.items():
        assert veto.examples, f"{veto_id} shows what it cancels"


# Through the interpreter: a cue's examples are emergencies and its near-misses are not.


@pytest.mark.parametrize(
    ("cue", "text"), [c for c in _cases("examples") if c.values[0].intent == "emergency"]
)
def test_emergency_examples_are_read_as_emergencies_with_a_hazard(cue: Cue, text: str):
    result = interpret(text, CONTEXT)
    assert result.intent == "emergency" and result.urgent, (text, result.intent)
    assert result.hazard in emergency.KINDS
    assert any(cue.id in line for line in result.evidence), result.evidence


@pytest.mark.parametrize(
    ("cue", "text"), [c for c in _cases("near_misses") if c.values[0].intent == "emergency"]
)
def test_emergency_near_misses_are_not_emergencies(cue: Cue, text: str):
    """The cue records find no hazard in a near-miss, and no safety text goes out on it. The learned voice
    may still see danger in the words ("Nu mai miroase a gaz" at 0.98): then the reading leads with it,
    urgent, for a person to decide (voices.EMERGENCY_PROBABILITY), never sure."""
    rules = rules_only(text, CONTEXT)
    assert "emergency" not in rules.intents and rules.hazard is None, (text, rules.evidence)
    result = interpret(text, CONTEXT)
    assert result.hazard is None and not (result.sure and "emergency" in result.intents), (
        text,
        result.evidence,
    )


def test_record_intents_stand_in_the_lexicon_as_their_joined_pattern():
    """The interpreter matches an intent's records as one alternation, in the records' order; every
    intent's cues are records but the access note's, which `core.access_note` reads clause by clause."""
    assert set(lexicon.CUES) - set(lexicon.CUE_SETS) == {"access_info"}
    for intent, cue_set in lexicon.CUE_SETS.items():
        assert isinstance(cue_set, CueSet) and cue_set.intent == intent
        assert lexicon.CUES[intent] is cue_set.pattern
        assert all(cue.intent == intent for cue in cue_set.cues)


@pytest.mark.parametrize(
    ("cue", "text"),
    [c for c in _cases("examples") if c.values[0].intent not in ("emergency", "access_info", "other")],
)
def test_record_examples_are_read_with_their_intent(cue: Cue, text: str):
    """Through the interpreter, a cue's example carries its intent, and the evidence names the cue."""
    result = interpret(text, CONTEXT)
    assert cue.intent in result.intents, (text, result.evidence)
    assert any(f"cue {cue.id} " in line for line in result.evidence), result.evidence


@pytest.mark.parametrize(("cue", "text"), [c for c in _cases("examples") if c.values[0].intent == "other"])
def test_limit_examples_are_no_arrival(cue: Cue, text: str):
    """Constraint cues (`cues.constraint`) add no intent: through the interpreter, an example's time
    bounds the visit, so it gives no lateness and no arrival, and the evidence names the cue."""
    result = interpret(text, CONTEXT)
    assert "running_late" not in result.intents and result.arrival_at is None, (text, result.evidence)
    assert any(f"cue {cue.id} " in line for line in result.evidence), result.evidence


@pytest.mark.parametrize(
    ("cue", "text"), [c for c in _cases("examples") if c.values[0].intent == "access_info"]
)
def test_access_examples_give_an_access_note(cue: Cue, text: str):
    """Access cues add no intent of their own: through the interpreter, an example gives a note
    (`access.access_note` keeps the pieces a cue stands in) and the access_info label."""
    result = interpret(text, CONTEXT)
    assert result.access_note and "access_info" in result.intents, (text, result.evidence)


def test_access_cues_stand_in_the_lexicon_as_their_joined_pattern():
    assert lexicon.CUES["access_info"] is access_info.ACCESS_INFO.pattern
