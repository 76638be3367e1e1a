"""One hazard table: what each kind of danger is called, what the customer is told to do, and what
the technician is warned of.

The interpreter reports the kind on `Interpretation.hazard` (found by `interpret/cues/emergency.py`);
the bot's automatic safety text (`understanding`) and the technician's replies and heads-up
(`assist`) both read it here, so a carbon-monoxide alarm gets carbon-monoxide advice in both.
Advice is one or two sentences that stand alone after the customer's name; it never names a clock
time and fits, with the words around it, in two SMS segments. Pure Python: no Django.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hazard:
    """The words for one kind of danger."""

    kind: str
    label: str  # for people at work: the dispatcher's queue, the technician's card
    advice: dict[str, str]  # the customer's safety advice, by language (en, es, fr)
    heads_up: str  # the technician's warning, after "EMERGENCY: "


GENERIC = "other"

HAZARDS: dict[str, Hazard] = {
    h.kind: h
    for h in (
        Hazard(
            "carbon_monoxide",
            "Carbon monoxide alarm",
            {
                "en": "Please get everyone outside into fresh air right now and call 911. Don't go back in until they say it's safe.",
                "es": "Por favor salga con todos al aire libre ahora mismo y llame al 911. No vuelvan a entrar hasta que le digan que es seguro.",
                "fr": "Sortez tout le monde à l'air frais tout de suite et appelez le 911. Ne rentrez pas avant qu'on vous dise que c'est sécuritaire.",
            },
            "Possible carbon monoxide: customer told to get outside and call 911. Don't go in until it's cleared.",
        ),
        Hazard(
            "gas",
            "Gas smell",
            {
                "en": "Please leave the house now with everyone and don't switch anything on or off. Once you're out of the house, call 911 or the gas company's emergency line.",
                "es": "Por favor salga de la casa con todos ahora y no prenda ni apague nada. Ya afuera, llame al 911 o a la línea de emergencias de la compañía de gas.",
                "fr": "Sortez de la maison avec tout le monde maintenant et n'allumez ni n'éteignez rien. Une fois dehors, appelez le 911 ou la ligne d'urgence de la compagnie de gaz.",
            },
            "Gas smell reported: customer told to get out and call the gas company or 911 from outside. Don't go in until it's cleared.",
        ),
        Hazard(
            "fire_smoke",
            "Smoke or fire",
            {
                "en": "If there's smoke or fire, please get everyone out of the house and call 911. If it's safe to reach, switch off the main breaker.",
                "es": "Si hay humo o fuego, por favor salga de la casa con todos y llame al 911. Si puede llegar sin peligro, apague el interruptor principal.",
                "fr": "S'il y a de la fumée ou du feu, sortez tout le monde de la maison et appelez le 911. Si vous pouvez y aller sans danger, coupez le disjoncteur principal.",
            },
            "Smoke or burning reported: customer told to get out and call 911 if there's fire. Kill power before you touch anything.",
        ),
        Hazard(
            "electrical",
            "Sparks or a hot panel",
            {
                "en": "Please stay well away from it. If there's smoke or fire, get everyone out and call 911. If it's safe to reach, switch off the main breaker.",
                "es": "Por favor aléjese. Si hay humo o fuego, salga con todos y llame al 911. Si puede llegar sin peligro, apague el interruptor principal.",
                "fr": "Restez bien à l'écart. S'il y a de la fumée ou du feu, sortez tout le monde et appelez le 911. Si vous pouvez y aller sans danger, coupez le disjoncteur principal.",
            },
            "Sparks, heat or buzzing reported: customer told to stay away and call 911 if there's fire. Kill power before you touch anything.",
        ),
        Hazard(
            "scalding",
            "Steam or scalding water",
            {
                "en": "Please keep everyone away from the water heater and the hot taps. If it's safe to reach, switch off the heater's power or gas.",
                "es": "Por favor mantenga a todos lejos del calentador y de las llaves de agua caliente. Si puede llegar sin peligro, apague la electricidad o el gas del calentador.",
                "fr": "Gardez tout le monde loin du chauffe-eau et des robinets d'eau chaude. Si vous pouvez y aller sans danger, coupez le courant ou le gaz du chauffe-eau.",
            },
            "Steam or scalding water from the heater: customer told to keep clear and shut its power or gas. Treat the tank as hot and under pressure.",
        ),
        Hazard(
            "sewage",
            "Sewage backing up",
            {
                "en": "Please stop using the water, toilets and drains, and keep everyone, pets included, away from the sewage.",
                "es": "Por favor no use el agua, los inodoros ni los desagües, y mantenga a todos, también a las mascotas, lejos de las aguas negras.",
                "fr": "N'utilisez plus l'eau, les toilettes ni les drains, et gardez tout le monde, animaux compris, loin des eaux d'égout.",
            },
            "Sewage backing up: customer asked to stop using water and drains. Bring gloves and protection.",
        ),
        Hazard(
            "water",
            "Active water leak",
            {
                "en": "If you can reach it safely, please shut off the main water valve now. Stay clear of any water near outlets or appliances.",
                "es": "Si puede llegar sin peligro, cierre la llave principal del agua ahora. Manténgase lejos del agua cerca de enchufes o aparatos.",
                "fr": "Si vous pouvez y aller sans danger, fermez l'entrée d'eau principale maintenant. Restez loin de l'eau près des prises ou des appareils.",
            },
            "Active water leak: customer asked to shut the main valve. Watch for water near power when you arrive.",
        ),
        Hazard(
            "no_heat",
            "No heat, people at risk",
            {
                "en": "Please keep everyone together in the warmest room with extra layers, and call 911 if anyone feels unwell. Don't heat the house with the oven or a grill.",
                "es": "Por favor mantenga a todos juntos en el cuarto más caliente y bien abrigados, y llame al 911 si alguien se siente mal. No caliente la casa con el horno ni con un asador.",
                "fr": "Gardez tout le monde ensemble dans la pièce la plus chaude, bien couverts, et appelez le 911 si quelqu'un se sent mal. Ne chauffez pas la maison avec le four ni un barbecue.",
            },
            "No heat with vulnerable people in the home: treat as urgent.",
        ),
        Hazard(
            "chemical_reaction",
            "Reaction to a treatment",
            {
                "en": "Please get everyone, pets too, out of the treated area into fresh air now. If breathing is hard, call 911; for other symptoms call Poison Control at 1-800-222-1222.",
                "es": "Por favor saque a todos, también a las mascotas, del área tratada al aire libre ahora. Si le cuesta respirar, llame al 911; si tiene otros síntomas, llame al centro de toxicología al 1-800-222-1222.",
                "fr": "Sortez tout le monde, animaux compris, de la zone traitée et allez à l'air frais maintenant. Si quelqu'un a du mal à respirer, appelez le 911; pour d'autres symptômes, appelez le centre antipoison.",
            },
            "Reaction to a treatment reported: customer told to leave the treated area for fresh air and call 911 or Poison Control. Check the product used before you go in.",
        ),
        Hazard(
            "person_at_risk",
            "Someone at risk",
            {
                "en": "If anyone is in danger, please call 911 right now; they can get there fastest.",
                "es": "Si alguien está en peligro, por favor llame al 911 ahora mismo; ellos pueden llegar más rápido.",
                "fr": "Si quelqu'un est en danger, appelez le 911 tout de suite; ils peuvent arriver le plus vite.",
            },
            "Someone may be at risk: call the customer now and make sure 911 has been called.",
        ),
        Hazard(
            "structural",
            "Something coming down",
            {
                "en": "Please keep everyone well away from it and don't try to move it yourself. Call 911 if anyone is hurt.",
                "es": "Por favor mantenga a todos lejos y no intente moverlo usted. Llame al 911 si alguien está herido.",
                "fr": "Gardez tout le monde loin et n'essayez pas de le déplacer vous-même. Appelez le 911 si quelqu'un est blessé.",
            },
            "Something is coming down or broke loose: customer told to keep clear. Check it's safe before you go near.",
        ),
        Hazard(
            "stinging_insects",
            "Stinging insects, someone allergic",
            {
                "en": "Please keep everyone, above all the person who is allergic, out of that room with the door shut. Call 911 if anyone is stung and feels unwell.",
                "es": "Por favor mantenga a todos, sobre todo a la persona alérgica, fuera de ese cuarto con la puerta cerrada. Llame al 911 si a alguien le pican y se siente mal.",
                "fr": "Gardez tout le monde, surtout la personne allergique, hors de cette pièce, porte fermée. Appelez le 911 si quelqu'un se fait piquer et se sent mal.",
            },
            "Stinging insects with someone allergic in the home: customer told to keep out of the room.",
        ),
        Hazard(
            GENERIC,
            "Danger reported",
            {
                "en": "Please get everyone somewhere safe first, and call 911 if anyone is in danger.",
                "es": "Por favor póngase a salvo con todos primero, y llame al 911 si alguien está en peligro.",
                "fr": "Mettez tout le monde en sécurité d'abord, et appelez le 911 si quelqu'un est en danger.",
            },
            "Customer reports danger: call them now.",
        ),
    )
}


def hazard(kind: str | None) -> Hazard:
    """The words for `kind`, or the generic ones when the kind is unknown or not given."""
    return HAZARDS.get(kind or GENERIC, HAZARDS[GENERIC])


def safety_advice(kind: str | None, language: str) -> str:
    """The customer's safety advice in `language` (English when there is no translation)."""
    advice = hazard(kind).advice
    return advice.get(language, advice["en"])


def advice_languages() -> frozenset[str]:
    """The languages every kind's advice is written in."""
    return frozenset.intersection(*(frozenset(h.advice) for h in HAZARDS.values()))
