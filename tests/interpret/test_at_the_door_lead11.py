"""A bare yes to "the technician is at your door, are you home?" and "no emergency" said in more ways.

Issue 13 (lead11). When the last text says the technician is at the door or outside now, or asks
whether the customer is home right now, "yep" says the customer is there: customer_arrived, not an
agreement to a time. A yes to a reminder, to a request to confirm, or to a question about another
day still confirms. And a customer who says it is no emergency in the urgency word's own order
("koi emergency nahi hai", "nothing urgent", "nada urgente") is never read as one.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import read

AT_THE_DOOR = [
    "Yarra Plumbing: Tom is at the door but nobody is answering. Are you home?",
    "Hi, it's Sam from Acme, I'm outside now, are you home?",
    "Luis is at your front door, nobody answers the bell",
    "Acme: we knocked but no one is answering. Are you there?",
    "Your technician is here. Are you home?",
]
NOT_AT_THE_DOOR = [
    "Reminder: Luis from Acme arrives tomorrow between 1 and 3 PM. Reply C to confirm.",
    "Acme: will you be home on Tuesday?",
    "Sam will be at your home tomorrow 10-12. Reply YES to confirm.",
    "We have you down for Friday 9-11 AM. Does that work?",
]
YES = ["yep", "yes", "yeah", "ok", "si"]


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(AT_THE_DOOR, YES)))
def test_a_yes_to_the_technician_at_the_door_says_the_customer_is_there(last, reply):
    result = read(reply, status="on_site", last=last)
    assert result.intent == "customer_arrived", (last, reply, result.evidence)


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(NOT_AT_THE_DOOR, YES[:3])))
def test_a_yes_to_a_reminder_or_another_day_still_confirms(last, reply):
    result = read(reply, status="scheduled", at="08:00", window_day="2026-06-11", last=last)
    assert result.intent == "confirm", (last, reply, result.evidence)


NO_EMERGENCY = [
    "AC se paani tapak raha hai, koi emergency nahi hai, kal aa jana",
    "water dripping through the ceiling in the garage, nothing urgent",
    "sale agua del techo del garaje, nada urgente",
    "smoke alarm went off from the toast, not that urgent, just check it when you come",
    "hay un poco de olor a gas cuando prendo la estufa, no es nada urgente",
]


@pytest.mark.parametrize("text", NO_EMERGENCY)
def test_said_not_urgent_is_no_emergency(text):
    result = read(text, status="scheduled", at="18:00", window_day="2026-06-11")
    assert "emergency" not in result.intents, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "water pouring through the ceiling light, it's urgent!!",
        "gas smell is really strong, this IS urgent",
    ],
)
def test_urgent_said_plainly_stays_an_emergency(text):
    assert read(text, status="scheduled").intent == "emergency"
