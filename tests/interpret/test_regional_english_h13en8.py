"""Families a fresh probe of English as customers write it in the US, UK, AU, NZ, IE, CA, IN, SG, NG, KE,
ZA and PH showed the rules missing (issue 13, h13en8): the no-show said as a grievance, sarcasm or
resignation without "where" or "ETA" ("guess he's not coming then", "3 hrs and counting", "am I being
stood up"), beside the same words after the visit or about paperwork; one regional word that agrees or
acknowledges ("sound", "grand so", "shot bro", "ok lah", "no wahala", "sharp sharp", "sawa", "done deal",
"ayt"), read against the last text; "half 7 tomorrow morning" (7:30); Kenyan and Nigerian thanks.

Rules only: the learned voice is trained on the probe's corpus (`corpora/tuned/families_h13_h13en8.jsonl`)
and proves nothing here.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import read_rules_on_day

REMINDER = "Acme Home Services: reminder, Luis arrives today between 9am-11am."
CONFIRM = "Acme Home Services: Luis is booked for tomorrow 9am-11am. Reply YES to confirm or R to reschedule."
ON_THE_WAY = "Acme Home Services: Luis is on the way, ETA about 20 minutes."
DONE = "Acme Home Services: Luis has finished the job. Thanks for choosing us!"


def _read(text: str, *, at: str = "12:40", status: str = "scheduled", last: str | None = REMINDER):
    """Received 2026-06-10 `at` about that day's 9-11 am visit (overdue by 12:40)."""
    return read_rules_on_day(text, last=last, status=status, day="2026-06-10", at=at)


@pytest.mark.parametrize(
    "text",
    [
        "guess he's not coming then",
        "I take it they're not coming",
        "nice of your bloke to show up... oh wait",
        "3 hrs and counting",
        "2 hours and counting",
        "am I being stood up",
        "have we been stood up?",
        "yeah nah no one's rocked up",
        "nobody has come",
        "Technician not reached till now, kindly update",
        "the fundi has not come and it is past 12",
        "sir until now no technician arrived",
        "we're after waiting all morning for him",
        "we have waited tire, nobody pick call",
        "sat here twiddling my thumbs mate",
        "still no show po, almost 2 hours na",
        "ghosted by a plumber, a new low",
        "did he fall off the face of the earth or",
        "starting to think he's forgotten about us",
        "should I just give up and go to work?",
        "great. another day wasted waiting on you guys",
        "took the morning off for this. nobody. brilliant",
        "I take it he's running late? would've been nice to get a text",
    ],
)
def test_a_no_show_grievance_asks_where_he_is(text: str):
    result = _read(text)
    assert result.intent == "where_is_tech", (text, result.evidence)
    assert "running_late" not in result.intents and "reschedule" not in result.intents, (
        text,
        result.evidence,
    )


@pytest.mark.parametrize(
    "text",
    ["ETA 20 mins he said. that was an hour ago", "20 minutes, he said. 50 minutes ago."],
)
def test_an_eta_long_past_asks_where_he_is_and_gives_no_arrival(text: str):
    result = _read(text, status="en_route", last=ON_THE_WAY)
    assert result.intent == "where_is_tech" and result.arrival_at is None, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "guess he's not coming then",
        "3 hrs and counting",
        "am I being stood up",
        "still no show po, almost 2 hours na",
        "sir until now no technician arrived",
    ],
)
def test_a_no_show_grievance_is_negative(text: str):
    assert _read(text).sentiment == "negative", text


@pytest.mark.parametrize(
    "text",
    [
        # a past day, a past visit, paperwork: a complaint, not a where-is-he
        "3 hrs and counting on hold to your office about the invoice",
        "he never even showed the first time, and now this bill??",
        "waited all day nobody showed. done with u guys",
        "he never showed. waste of a day off.",
        "nobody turned up friday, not even a text",
        "been twiddling my thumbs since 8",
        "Sir, technician did not come on Saturday and no one informed.",
        "hello?? anyone?? I've asked for the receipt twice now",
    ],
)
def test_a_no_show_of_another_day_or_paperwork_is_no_where_is_he(text: str):
    result = _read(text, at="15:00", status="completed", last=DONE)
    assert "where_is_tech" not in result.intents, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "nobody showed me how to use the new thermostat",
        "he hasn't come back to fix the leak",
        "is there a no show fee if I'm not in?",
        "am I being charged for the callout if it's only a quick look?",
        "did he get lost in the loft lol, found his torch up there",
        "If technician not come today I will go for other service",
    ],
)
def test_look_alikes_of_a_no_show_are_no_where_is_he(text: str):
    result = _read(text, at="15:00", status="completed", last=DONE)
    assert "where_is_tech" not in result.intents, (text, result.evidence)


_ACKS = [
    "sound",
    "grand",
    "grand so",
    "shot",
    "shot bro",
    "sharp",
    "sharp sharp",
    "no wahala",
    "done deal",
    "ayt",
    "aight",
    "sawa",
    "sawa sawa",
    "can do",
    "ok lah",
    "can lah",
    "chur",
    "100%",
    "sweet",
]
_TAILS = ["", "!", " mate", " bro", " sir", " lah"]


@pytest.mark.parametrize(("word", "tail"), list(itertools.product(_ACKS, _TAILS)))
def test_a_regional_acknowledgement_answers_the_last_text(word: str, tail: str):
    text = word + tail
    asked = _read(text, at="18:20", last=CONFIRM)
    assert asked.intent == "confirm", (text, asked.evidence)
    told = _read(text, at="09:20", status="en_route", last=ON_THE_WAY)
    assert told.intent == "thanks", (text, told.evidence)


@pytest.mark.parametrize(
    "text",
    ["grand so, will he ring before he comes?", "ok lah, need to pay cash or can PayNow?", "no wahala?"],
)
def test_a_regional_yes_that_asks_is_a_question(text: str):
    result = _read(text, at="18:20", last=CONFIRM)
    assert result.intent == "question", (text, result.evidence)


@pytest.mark.parametrize(
    "text", ["the sound is coming from the boiler", "today's shot, can we try thurs", "sharp pain"]
)
def test_the_same_words_in_a_sentence_are_no_acknowledgement(text: str):
    result = _read(text, at="18:20", last=CONFIRM)
    assert "confirm" not in result.intents, (text, result.evidence)


@pytest.mark.parametrize("text", ["asante sana", "God bless you sir", "shot bro, top job"])
def test_regional_thanks_after_the_job(text: str):
    result = _read(text, at="15:00", status="completed", last=DONE)
    assert result.intent == "thanks" and result.sentiment == "positive", (text, result.evidence)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("can he come at half seven tomorrow morning instead", "07:30"),
        ("could he do half 8 tomorrow morning", "08:30"),
        ("half seven tonight any good?", "19:30"),
    ],
)
def test_half_an_hour_said_the_uk_way(text: str, clock: str):
    result = _read(text, at="07:30", last=CONFIRM)
    assert result.intent == "reschedule" and str(result.requested_time)[:5] == clock, (text, result.evidence)
