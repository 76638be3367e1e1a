"""Families named from the thirteenth session's blind corpora (r22, r23), read after their clean score.

Each family is fixed in its cue records or the lexicon with examples and near-misses of its own; these
tests read whole texts through both voices, in the contexts the families arrive in, so a later change
that loses one shows here. None of these texts is a sealed record.
"""

from __future__ import annotations

import pytest

from .helpers import read

REMINDER = "Acme: reminder, Sam arrives tomorrow between 1 and 3pm. Reply C to confirm."
AT_THE_DOOR = "Acme: Tyler is at your door now."


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        # no heat said as the furnace "just blowing cold air", beside toddlers; an age in brackets
        ("it's -20 out and the furnace is just blowing cold air, 2 toddlers here", "no_heat"),
        ("my mum (88) says the boiler quit overnight", "no_heat"),
        # the heat still off, and the oven left open to keep warm
        ("Grandpa's heat's still off and he's got the oven door open to stay warm", "no_heat"),
        # a CO device by any name
        ("the carbon monoxide thing in the hall keeps beeping and I feel dizzy", "carbon_monoxide"),
        # a gas smell beside a guess at its cause
        ("I smell gas by the stove, could it be the igniter? should I wait for tomorrow", "gas"),
    ],
)
def test_a_hazard_said_in_the_families_words_is_urgent(text, hazard):
    result = read(text, status="scheduled", at="07:00", last=REMINDER)
    assert result.urgent and result.hazard == hazard, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # made safe by someone else, days ago
        "fyi the water's off at the meter since the pipe burst on Sunday, another plumber capped it",
        # a new oven's burn-off with no smoke
        "the new oven smells like burning plastic the first time we used it, no smoke, is that normal?",
        # the whiff tied to the moment of lighting
        "we get a little gas smell only when the burner first lights, is that normal?",
        # the CO device's upkeep
        "the carbon monoxide thing in the hall chirps once a minute, needs a battery?",
    ],
)
def test_a_hazard_word_in_the_near_misses_is_no_sure_emergency(text):
    result = read(text, status="scheduled", at="07:00", last=REMINDER)
    assert not (result.intent == "emergency" and result.sure), (text, result.evidence)


@pytest.mark.parametrize("text", ["Coming!! 2 sec", "coming, one sec", "1 sec, coming"])
def test_a_moments_wait_at_the_door_is_the_customer_coming_now(text):
    result = read(text, status="on_site", last=AT_THE_DOOR)
    assert result.intent == "customer_arrived", (text, result.evidence)


def test_a_wait_to_the_door_said_as_a_drive_is_still_lateness():
    result = read("coming in 10 minutes, stuck at the light", status="on_site", last=AT_THE_DOOR)
    assert result.intent == "running_late"


@pytest.mark.parametrize(
    "text",
    [
        "yup we'll be here. she can text when she's 10 out",
        "sure, we'll be home, have him call when he's 15 out",
    ],
)
def test_a_heads_up_asked_for_is_no_lateness_of_the_customers(text):
    result = read(text, status="scheduled", at="16:00", last=REMINDER)
    assert "running_late" not in result.intents and result.arrival_at is None, (text, result.evidence)


def test_the_customers_own_wait_beside_a_heads_up_keeps_its_lateness():
    result = read(
        "running late, I'm 20 out, he can call me if he gets there first", status="en_route", at="09:30"
    )
    assert result.intent == "running_late"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("great job, fridge is cold again 🙏", "thanks"),
        ("perfect, the dryer is working again, thank you!", "thanks"),
        ("great, another no-show", "complaint"),
    ],
)
def test_again_after_a_working_state_is_the_repair_holding(text, intent):
    result = read(text, status="completed", at="15:00", last="Acme: your repair is complete.")
    assert result.intent == intent, (text, result.evidence)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # away at work with a way in: nobody is late
        ("Cheers. Lockbox on the side door, code is 4471, I'm still at work", "access_info"),
        ("I'm still at work, key is under the mat", "access_info"),
        # near-misses: a time of their own keeps the lateness
        ("still at work, be home at 5", "running_late"),
        ("still at the office till 4:30, spare key is under the mat", "running_late"),
    ],
)
def test_away_at_work_with_a_way_in_is_no_lateness(text, intent):
    result = read(
        text, status="en_route", at="13:00", window=("13:00", "15:00"), last="Acme: Sam is on his way."
    )
    assert result.intent == intent, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "It's 36 in here and my grandpa is 90, he's getting dizzy. can someone come today",
        "la clim est en panne, il fait 35 dans la maison et ma mère de 85 ans se sent pas bien",
        "AC band ho gaya, ghar mein 43 degree hai aur nani ki tabiyat kharab hai",
        "it's 101 inside and my newborn won't stop crying",
    ],
)
def test_a_dangerous_temperature_indoors_with_someone_frail_is_urgent(text):
    result = read(text, status="scheduled", at="13:00", last=REMINDER)
    assert result.urgent and result.hazard == "person_at_risk", (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "it's 35 outside today so he should bring water, my dad is 88 and will let him in",
        "the thermostat reads 71 in here, mom is 90 and comfortable, see you at 3",
    ],
)
def test_weather_outside_or_a_mild_room_with_someone_frail_is_no_danger(text):
    result = read(text, status="scheduled", at="13:00", last=REMINDER)
    assert not result.urgent, (text, result.evidence)


def test_a_power_cut_beside_a_cpap_is_a_person_at_risk():
    text = "Power's out in half the house and Mum's CPAP is on that side, she's asleep without it"
    result = read(text, status="scheduled", at="21:00", last=REMINDER)
    assert result.urgent and result.hazard == "person_at_risk", result.evidence


def test_a_small_fire_long_out_with_only_a_mark_left_is_no_emergency():
    text = "We had a small fire on the stove last month (all fine, just a scorched hood), can he check the gas line?"
    result = read(text, status="en_route", last="Acme: Sam is on the way.")
    assert result.intent != "emergency", result.evidence
