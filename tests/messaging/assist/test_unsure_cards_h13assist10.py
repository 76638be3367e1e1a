"""Unsure cards whose options fit the job and name only a danger that is there (issue 13, h13assist10).

(c) On a completed job ("furnace quit again 2 hours after he left") no option may fit only a visit
still to come: "I'll hang on for you" (a lateness) or "You were expecting me between 10 and 12 and
I'm running behind" (someone home). They stay when they are all the voices found.
(d) A learned emergency guessed faintly beside a plain grievance ("Esperei a manhã toda e ninguém
apareceu. Muito desrespeito") names no danger: no "call to check" option. A hazard word, a rules
emergency or an urgent learned reading keeps it.
"""

from __future__ import annotations

import itertools

import pytest

from messaging.interpret.intent import Intent

from .test_assist_h13assist9 import INSIDE, facts, in_language, reading, replies

AFTER_THE_VISIT = INSIDE.replace(hour=16)
BEFORE_ONLY = ("running_late", "customer_arrived")
OTHERS = ("where_is_tech", "reschedule", "question", "access_info")
VISIT_STILL_TO_COME = ("hang on for you", "expecting me between", "running behind", "see you around")


@pytest.mark.parametrize(
    ("before_only", "other", "language"), list(itertools.product(BEFORE_ONLY, OTHERS, ["en", "es", "pt"]))
)
def test_a_completed_jobs_card_offers_nothing_for_a_visit_still_to_come(before_only, other, language):
    card = replies(
        facts("completed", language=language),
        reading("complaint", before_only, other, sentiment="negative", language=language),
        "furnace quit again 2 hours after he left",
        AFTER_THE_VISIT,
    )
    labels = " ".join(r.label for r in card)
    assert "If late" not in labels and "If home" not in labels
    english = " ".join(r.text for r in card if language == "en" or r.label.startswith("In English"))
    assert not any(phrase in english.lower() for phrase in VISIT_STILL_TO_COME)


@pytest.mark.parametrize("before_only", BEFORE_ONLY)
def test_a_lateness_before_the_visit_still_gets_its_option(before_only):
    card = replies(facts("scheduled"), reading("question", before_only), "is it still today? I might be late")
    assert any(r.label.startswith(("If late", "If home")) for r in card)


GRIEVANCES = (
    ("Esperei a manhã toda e ninguém apareceu. Muito desrespeito", "pt"),
    ("Esperé toda la mañana y nadie vino. Qué falta de respeto", "es"),
    ("I waited all morning and nobody came. So disrespectful", "en"),
)


@pytest.mark.parametrize(("text", "language"), GRIEVANCES)
@pytest.mark.parametrize("second", ["other", "where_is_tech"])
def test_a_faint_learned_emergency_beside_a_grievance_gets_no_call_to_check(text, language, second):
    interpretation = reading("complaint", second, Intent.EMERGENCY, sentiment="negative", language=language)
    card = in_language(replies(facts("scheduled", language=language), interpretation, text))
    assert not any(r.label.startswith("If emergency") for r in card)
    assert any(r.label.startswith("If unhappy") for r in card)


@pytest.mark.parametrize(
    "named",
    [{"hazard": "gas"}, {"urgent": True}, {"intents": ("complaint", "emergency")}],
)
def test_a_named_danger_keeps_its_option(named):
    interpretation = reading("complaint", "other", Intent.EMERGENCY, sentiment="negative", **named)
    card = replies(facts("scheduled"), interpretation, "nobody came and it smells like gas")
    assert any("emergency" in r.label.lower() or "safe" in r.text.lower() for r in card)
