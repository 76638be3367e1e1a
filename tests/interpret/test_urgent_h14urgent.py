"""A hazard happening now said beside another intent, in any language (issue 13, h14urgent).

A blind round read "Bin in 20 Minuten da, Wasser steht schon im Keller" as a sure late arrival. The
families: (a) water standing, rising or flooding a cellar, beside a late arrival or thanks, in the
languages the phrase records named only for a ceiling; (b) a power cut or a breaker that keeps tripping
while someone at home lives on a machine; (c) a lateness beside an emergency stays a late arrival; and
their look-alikes: the past, a mended leak, a flooded road, barbecue smoke, welding next door, a shutoff
announced ahead. Read through both voices: a danger is urgent and never a sure non-urgent reading.
"""

from __future__ import annotations

import pytest

from messaging.interpret import MessageContext, interpret
from messaging.interpret.core import interpret as rules_only

from .helpers import ZONE, local

DAY = "2026-12-09"


def _context() -> MessageContext:
    return MessageContext(
        received_at=local(DAY, "10:00"),
        timezone=ZONE,
        window_start=local(DAY, "11:00"),
        window_end=local(DAY, "13:00"),
        job_status="scheduled",
        last_outbound=None,
    )


DANGER_BESIDE = [
    "Bin in 20 Minuten da, Wasser steht schon im Keller",
    "Kommer om 20 min, men vattnet står redan i källaren",
    "Ben 10 minuten later, er staat al water in de kelder en het stijgt",
    "Přijdu o 20 minut později, ve sklepě už stojí voda",
    "20 dakika gecikeceğim, bodrumda su birikiyor ve yükseliyor",
    "Arrivo tra 20 minuti, ma l'acqua sta già allagando la cantina",
    "20 percet késem, a pincében már áll a víz",
    "Danke für die Bestätigung. Übrigens riecht es im Keller stark nach Gas",
    "breaker keeps tripping and my dad's on a home dialysis machine, how long till you get here?",
    "power keeps cutting out and my wife is on a ventilator at home",
    "Appreciate you fitting us in!! fyi the downstairs ceiling just started dripping",
]
LOOK_ALIKES = [
    "Kommer 15 min sent. Läckan i källaren lagades förra veckan",
    "Ik ben 10 minuten later, de weg staat onder water door de regen",
    "Întârzii 10 minute, drumul e inundat",
    "Saya telat 10 menit, jalannya banjir",
    "Chego em 10 min. Se vir fumaça é do churrasco do vizinho, não se assuste",
    "Llego 10 minutos tarde, hay mucho humo de la carne asada del vecino jaja",
    "the sparks from the welding next door are wild haha. anyway I'll be 10 late",
    "Can we reschedule to Thursday? Our basement flooded back in spring and we're still redoing it",
    "the CO alarm went off once when we ran the generator in the garage two winters ago, want it checked",
    "dad is on oxygen, so please text before you cut the power",
    "the breaker keeps tripping when I run the microwave",
]


@pytest.mark.parametrize("text", DANGER_BESIDE)
def test_a_danger_beside_another_intent_is_an_urgent_emergency_never_a_sure_calm_reading(text):
    reading = interpret(text, _context())
    assert reading.intent == "emergency" and reading.urgent, (text, reading.intents)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_emergency_to_the_rules(text):
    reading = rules_only(text, _context())
    assert "emergency" not in reading.intents, (text, reading.evidence)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_never_a_sure_emergency(text):
    reading = interpret(text, _context())
    assert not (reading.sure and reading.intent == "emergency"), text


def test_a_lateness_beside_an_emergency_stays_a_late_arrival():
    reading = interpret("Voy 20 minutos tarde, pero el agua ya está subiendo en el sótano", _context())
    assert reading.intent == "emergency" and "running_late" in reading.intents
    assert reading.arrival_at == local(DAY, "11:20")
