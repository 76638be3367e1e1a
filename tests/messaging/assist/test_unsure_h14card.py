"""The technician's card for unsure readings (issue 13, h14card).

(a) Danger dominates: when any reading the card offers is a possible danger, no other option says all
is well ("no rush, I'll wait", "I'll start when I get there", "noted, see you then"): the readings
that would say it share one option that fits the danger too ("I'll get to you as fast as I can, don't
wait for me if anyone is in danger"), or, in a phrasebook without it, give way to the call and the
question.
(b) A card acknowledges an access detail the reading carries, whatever the intent and the language.
(c) The English copy on a short phrasebook's card is English (a Portuguese "o código do portão"
once made it Spanish).
"""

from __future__ import annotations

import itertools

import pytest

from messaging.assist import phrases
from messaging.interpret.intent import Intent

from .test_assist_h13assist9 import facts, reading, replies

FINE_ONLY = ("running_late", "customer_arrived", "access_info", "other")
ALL_IS_WELL = (
    "no rush",
    "no worries",
    "i'll wait",
    "hang on for you",
    "start by",
    "see you around",
    "sin prisa",
)
DANGER = {"hazard": "no_heat", "urgent": True}


@pytest.mark.parametrize(
    ("second", "language", "seen"),
    list(itertools.product(FINE_ONLY, ["en", "es", "fr", "pt", "ko"], [True, False])),
)
def test_beside_a_danger_no_option_says_all_is_well(second, language, seen):
    if seen:
        interpretation = reading(Intent.EMERGENCY, second, language=language, sentiment="negative", **DANGER)
    else:
        interpretation = reading(second, Intent.EMERGENCY, language=language)
    card = replies(
        facts("scheduled", language=language), interpretation, "no heat, baby at home, running late"
    )
    assert len(card) >= 2
    assert any("emergency" in r.label.lower() for r in card)
    for reply in card:
        assert not any(p in reply.text.lower() for p in ALL_IS_WELL), (reply.label, reply.text)


def test_a_lateness_beside_a_danger_gets_the_coming_option_in_english():
    interpretation = reading(Intent.EMERGENCY, "running_late", sentiment="negative", **DANGER)
    card = replies(facts("scheduled"), interpretation, "no heat and the baby is cold, running 20 late")
    assert [r.label for r in card][:2] == ["If emergency: Call first", "If late: Coming as fast as I can"]


def test_without_danger_a_lateness_keeps_its_own_option():
    card = replies(
        facts("scheduled"), reading("running_late", "access_info"), "running 20 late, gate code 4411"
    )
    assert any(r.label.startswith("If late") and "Coming as fast" not in r.label for r in card)


NOTE = "door code is 2580"


@pytest.mark.parametrize(
    ("intent", "alternatives", "language"),
    [
        (i, a, lang)
        for (i, a) in [
            ("other", ("confirm",)),
            ("confirm", ()),
            ("running_late", ("other",)),
            ("running_late", ()),
            ("reschedule", ("other",)),
            (Intent.EMERGENCY, ("running_late",)),
        ]
        for lang in phrases.REPLIES
    ],
)
def test_a_card_acknowledges_the_access_detail_whatever_the_reading(intent, alternatives, language):
    extra = DANGER if intent == Intent.EMERGENCY else {}
    interpretation = reading(
        intent,
        *alternatives,
        language=language,
        intents=(intent, "access_info"),
        access_note=NOTE,
        **extra,
    )
    card = replies(facts("scheduled", language=language), interpretation, "pilot light is out. " + NOTE)
    # (Hindi typed in Latin letters is answered in Latin letters: any book's thanks for a code counts.)
    said = [code for code, _ in phrases.ACCESS_ACK.values()] + [
        "Thanks for the code.",
        "Gracias por el código.",
    ]
    acknowledged = any(
        any(s in r.text for s in said) or r.label.split(": ")[-1] == "Acknowledge the note" for r in card
    )
    assert acknowledged, [(r.label, r.text) for r in card]


def test_the_english_copy_is_english_for_portuguese_with_spanish_looking_words():
    interpretation = reading(
        Intent.EMERGENCY,
        "access_info",
        language="pt",
        intents=("emergency", "access_info"),
        access_note="O código do portão é 4471",
        sentiment="negative",
        **DANGER,
    )
    text = "Estamos sem aquecimento e minha mãe de 90 anos está aqui. O código do portão é 4471"
    card = replies(facts("scheduled", language="pt"), interpretation, text)
    english = [r for r in card if r.label.startswith("In English")]
    assert english and "I'm calling you" in english[0].text


@pytest.mark.parametrize("seen", [True, False])
def test_a_new_time_asked_beside_a_danger_is_not_asked_what_day_works(seen):
    """(h14 review) "Dad's 87, the AC's off since last night, he's not making sense. Can she come sooner?"
    read unsure as reschedule or emergency once offered "What day and time work best for you?"."""
    if seen:
        interpretation = reading(Intent.EMERGENCY, "reschedule", sentiment="negative", **DANGER)
    else:
        interpretation = reading("reschedule", Intent.EMERGENCY)
    card = replies(
        facts("scheduled"), interpretation, "no heat, dad is 87 and confused, can she come sooner?"
    )
    assert any("emergency" in r.label.lower() for r in card)
    assert not any("what day" in r.text.lower() or "day and time" in r.text.lower() for r in card), card
