"""Emergencies are a hazard happening now at this home, not a keyword.

Families of phrasings that mention smoke, fire, flood, gas or heat without a hazard now, and real
emergencies said without the obvious words, each read through `interpret`, which reports the
hazard's kind on the interpretation.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from messaging.interpret import Interpretation, interpret
from messaging.interpret.types import MessageContext

CONTEXT = MessageContext(
    received_at=datetime(2026, 1, 15, 15, 0, tzinfo=UTC),
    timezone="America/Chicago",
    window_start=datetime(2026, 1, 15, 20, 0, tzinfo=UTC),
    window_end=datetime(2026, 1, 15, 22, 0, tzinfo=UTC),
    job_status="scheduled",
)

NOT_EMERGENCIES = {
    "maintenance of a detector": (
        "Can the tech also swap the battery in my smoke detector?",
        "smoke detector chirping, pretty sure it's the battery",
        "the hallway smoke alarm chirps every minute, can he bring a 9V?",
        "Could he install a carbon monoxide detector by the furnace while he's here?",
        "my CO alarm keeps beeping, I think the battery is dying",
        "do you guys test smoke detectors as part of the tune-up?",
    ),
    "a hazard in the past": (
        "We had a flood in the basement last spring, can he look at the sump pump?",
        "The basement flooded two years ago, want a backup pump quoted",
        "had a small fire in the kitchen years ago, want the panel checked",
        "the outlet sparked once last month, can he check it when he's here",
        "The CO alarm went off last winter, can he check the furnace flue?",
        "Do you bill insurance directly? It's for the burst pipe repair from last week.",
    ),
    "idioms and things that are not at home": (
        "Fire up the AC before we get back? lol",
        "Road's flooded on Hwy 6 so I'll be 20 min late",
        "Stopping at the gas station, be there in 10",
        "you guys are on fire today, thanks!",
        "we're flooded with work this week, can we push to Friday?",
        "there's a fire on the highway, traffic is stopped, running late",
        "the flood light over the garage is out",
        "I'm smoking a brisket so the side gate is open",
    ),
    "resolved or harmless": (
        "the burning smell was just dust on the burners",
        "smoke alarm went off from burnt toast, all good",
        "Smoke alarm went off while I was cooking, not an emergency, but can he check it?",
        "I smelled gas last week but the gas company said it's fine",
        "I don't smell gas anymore",
    ),
    "hypothetical or preventive": (
        "What should I do if I smell gas while he's working?",
        "how do I keep my pipes from bursting this winter?",
        "In case the CO alarm goes off again, who do I call?",
        "what would cause a burning smell from a furnace? asking for my tune-up",
    ),
    "quotes and repairs": (
        "Can I get a water heater quote while he's here?",
        "quote for the gas line to the new stove please",
        "the shutoff valve won't turn, can he replace it Thursday?",
        "there's a little water pooling under the fridge, no rush",
        "Can he quote a sewer line camera inspection?",
        "The heat is off in the garage, not urgent",
    ),
}

EMERGENCIES = {
    "water": (
        "There's water coming through the kitchen ceiling light fixture!",
        "water dripping out of the light in the hallway",
        "WATER SHOOTING OUT UNDER THE KITCHEN SINK AND THE VALVE WONT TURN",
        "Rain is pouring through the roof into my son's room",
        "rain coming in through the roof into the kids room, buckets aren't keeping up",
        "Basement is filling with water, sump pump stopped",
        "pipe under the bathroom sink just burst",
        "Hay una fuga de agua y se está inundando la cocina",
    ),
    "no_heat": (
        "My mother is 91 and has no heat, it's 8 below",
        "a 91-year-old without heat at 8 below",
        "furnace died overnight, we have a newborn and it's 50 in the house",
        "No tenemos calefacción y mi abuela tiene 90 años",
    ),
    "carbon_monoxide": (
        "Le détecteur de monoxyde de carbone sonne, qu'est-ce qu'on fait?",
        "le détecteur de monoxyde de carbone sonne",
        "La alarma de monóxido de carbono está sonando",
        "el detector de monóxido suena y suena, ¿qué hago?",
        "CO alarm is going off in the basement",
        "the carbon monoxide detector keeps chirping and I feel dizzy",
    ),
    "electrical": (
        "sparks coming out of the outlet in the living room",
        "breaker box is hot and buzzing",
        "the breaker panel is crackling and hot to the touch",
        "Salen chispas del enchufe de la cocina",
        "the light switch shocked me when I touched it",
    ),
    "sewage": (
        "sewage coming up in the tub",
        "Sewage is backing up into the basement shower",
        "está saliendo agua negra por el drenaje del baño",
    ),
    "gas": (
        "I smell gas in the kitchen",
        "Huele mucho a gas en la cocina",
        "ça sent le gaz dans le sous-sol",
        "there's a hissing sound by the gas meter",
    ),
    "fire_smoke": (
        "smoke coming out of the furnace vent",
        "the dryer caught fire, we're outside",
        "there's a burning plastic smell from the outlet and the lights are flickering",
    ),
}


def _read(text: str) -> Interpretation:
    return interpret(text, CONTEXT)


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"{family}:{t[:30]}") for family, ts in NOT_EMERGENCIES.items() for t in ts]
)
def test_mentions_of_smoke_fire_flood_or_gas_without_a_hazard_now_are_not_emergencies(text):
    result = _read(text)
    assert "emergency" not in result.intents, result.evidence
    assert result.hazard is None and not result.urgent


@pytest.mark.parametrize("kind, text", [(kind, t) for kind, ts in EMERGENCIES.items() for t in ts])
def test_hazards_now_at_this_home_are_urgent_emergencies_of_their_kind(kind, text):
    result = _read(text)
    assert result.intent == "emergency" and result.urgent, result.evidence
    assert result.hazard == kind
    assert any(line.startswith(f"hazard {kind}, cue emergency.") for line in result.evidence)


def test_the_hazard_travels_on_the_interpretation_as_json():
    result = _read("CO alarm is going off in the basement")
    assert result.to_dict()["hazard"] == "carbon_monoxide"
    assert Interpretation.from_dict(result.to_dict()) == result
    assert _read("see you at 3").to_dict()["hazard"] is None


def test_the_most_dangerous_hazard_is_the_one_reported():
    result = _read("water everywhere from the burst pipe and now I smell gas too")
    assert result.hazard == "gas"
