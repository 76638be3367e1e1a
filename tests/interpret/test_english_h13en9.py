"""Families a fresh probe of English intent reading (US, UK, IE, AU, NZ, CA, IN, NG, ZA, PH, SG) showed the
rules missing (issue 13, h13en9): one-word acknowledgements and their meaning after each kind of last
text ("alright then", "ah no bother", "shap", "lovely jubbly"; "kk" to a reminder of the visit agrees to
it); the customer in, then how to reach them ("I'm in, knock loud", "I'm in the backyard, just come round
the side"); "should I stay home or?" (is he coming); a clock time the customer must go out at, beside an
ETA question; "don't need the reminder texts" (stop texting); someone else's booking holding this number
by mistake; a question opened by "pls" ("pls will he come with the wire"); "can he park on the drive or"
(the open "or" makes the request a question, not an access detail).

Rules only: the learned voice is trained on the probe's corpus (`corpora/tuned/families_h13_h13en9.jsonl`)
and proves nothing here.
"""

from __future__ import annotations

import pytest

from .helpers import local, read_rules_on_day

REMINDER = "Acme Home Services: reminder, Luis arrives today between 9am-11am."
CONFIRM = "Acme Home Services: Luis is booked for tomorrow 9am-11am. Reply YES to confirm or R to reschedule."
ON_THE_WAY = "Acme Home Services: Luis is on the way, ETA about 20 minutes."
ARRIVED = "Acme Home Services: Luis has arrived."
LATE = "Acme Home Services: sorry, Luis is running about 30 minutes behind."
DONE = "Acme Home Services: Luis has finished the job. Thanks for choosing us!"
REMINDER_ON_THE_WAY = "Acme Home Services: reminder, Luis is on the way now."


def _read(text: str, *, at: str = "08:00", status: str = "scheduled", last: str | None = REMINDER):
    """Received 2026-06-10 `at` about that day's 9-11 am visit."""
    return read_rules_on_day(text, last=last, status=status, day="2026-06-10", at=at)


ACKNOWLEDGEMENTS = (
    "alright then",
    "ok then",
    "ah no bother",
    "no bother",
    "shap",
    "lovely jubbly",
    "oh alright then",
)


@pytest.mark.parametrize("text", ACKNOWLEDGEMENTS)
@pytest.mark.parametrize(
    ("last", "status", "expected"),
    [
        (CONFIRM, "scheduled", "confirm"),
        (REMINDER, "scheduled", "confirm"),
        (ON_THE_WAY, "en_route", "thanks"),
        (ARRIVED, "on_site", "thanks"),
        (LATE, "en_route", "thanks"),
        (DONE, "completed", "thanks"),
    ],
)
def test_a_bare_acknowledgement_means_what_the_last_text_asked(
    text: str, last: str, status: str, expected: str
):
    result = _read(text, last=last, status=status)
    assert result.intent == expected, (text, last, result.evidence)


@pytest.mark.parametrize("text", ["kk", "chur", "k", "ok", "👍", "sweet as", "10-4", "copy that", "roger"])
def test_a_bare_acknowledgement_to_a_reminder_of_the_visit_agrees_to_it(text: str):
    assert _read(text, last=REMINDER).intent == "confirm", text
    # a reminder that tells of the technician's progress is a status update
    assert _read(text, last=REMINDER_ON_THE_WAY, status="en_route").intent == "thanks", text


@pytest.mark.parametrize("text", ["ok thanks", "cheers", "ah no bother, thanks"])
def test_thanks_to_a_status_update_stays_thanks(text: str):
    assert _read(text, last=ON_THE_WAY, status="en_route").intent == "thanks", text


@pytest.mark.parametrize(
    "text",
    [
        "im in the backyard, just come round the side",
        "I'm in the garage, door's up",
        "I'm in, knock loud the bell's broken",
        "we're in, come on up",
        "ok I'm in, just knock",
        "I'm in the garden, come round the back",
    ],
)
def test_in_then_how_to_reach_them_is_the_customer_home(text: str):
    result = _read(text, at="10:05", status="on_site", last=ARRIVED)
    assert result.intent == "customer_arrived", (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "I'm in a meeting, come round the side and the gate's open",
        "we're in the shed all day, come round the back",
        "door's unlocked, just come in. Dog is friendly",
    ],
)
def test_in_somewhere_else_or_a_door_left_open_is_no_arrival(text: str):
    result = _read(text, at="10:05", status="on_site", last=ARRIVED)
    assert result.intent != "customer_arrived", (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "should I stay home or?",
        "should I stay home or",
        "should I wait in or head out",
        "do we stay in or go to work",
    ],
)
def test_stay_home_or_asks_whether_he_is_coming(text: str):
    result = _read(text, at="11:30")
    assert result.intent == "where_is_tech", (text, result.evidence)


@pytest.mark.parametrize(
    "text", ["should I stay in the room or can he work alone?", "do I need to stay home for the whole visit?"]
)
def test_staying_in_for_the_visit_is_a_question(text: str):
    assert _read(text).intent == "question", text


@pytest.mark.parametrize(
    "text",
    [
        "any ETA on the fitter? I need to pop out at 12",
        "any eta? have to head out by 1",
        "how long till he gets here, I need to nip out at 12",
    ],
)
def test_when_the_customer_goes_out_is_no_arrival_time(text: str):
    result = _read(text, at="10:15")
    assert result.intent == "where_is_tech", (text, result.evidence)
    assert result.arrival_at is None, (text, result.evidence)


def test_a_lateness_beside_going_out_keeps_its_own_time():
    result = _read("running late, need to pop out at 12 anyway, be there 10:30", at="09:05")
    assert result.intent == "running_late"
    assert result.arrival_at == local("2026-06-10", "10:30")


@pytest.mark.parametrize(
    "text",
    [
        "dont need the reminder texts, I know when it is lol",
        "I don't need these messages anymore",
        "we no longer need the text reminders",
    ],
)
def test_not_needing_the_texts_stops_them(text: str):
    assert _read(text).intent == "opt_out", text


@pytest.mark.parametrize(
    "text",
    [
        "I don't need the reminders for the boiler visit, just the plumbing one",
        "don't need the texts to tell me he's coming, a call is fine",
    ],
)
def test_not_needing_some_texts_for_a_reason_keeps_them(text: str):
    assert _read(text).intent != "opt_out", text


@pytest.mark.parametrize(
    "text",
    [
        "hi this is Mike's wife, he gave you my number by mistake, please use his",
        "my number was put down by mistake, the booking is my neighbour's",
        "I think my daughter entered my number in error",
    ],
)
def test_this_number_given_by_mistake_is_a_wrong_number(text: str):
    assert _read(text).intent == "wrong_number", text


@pytest.mark.parametrize(
    "text",
    [
        "sorry, gave you the wrong gate code by mistake, it's 4471",
        "put my number down as the contact, my husband's phone is broken",
    ],
)
def test_a_code_or_a_contact_number_is_no_wrong_number(text: str):
    assert _read(text).intent != "wrong_number", text


@pytest.mark.parametrize(
    "text",
    [
        "pls will he come with the wire or should I buy it",
        "please is he bringing the part",
        "kindly will the technician bring a ladder",
    ],
)
def test_a_question_opened_by_please(text: str):
    assert _read(text).intent == "question", text


@pytest.mark.parametrize("text", ["please will you use the side gate", "Please do the needful."])
def test_a_request_opened_by_please_asks_nothing(text: str):
    assert "question" not in _read(text).intents, text


@pytest.mark.parametrize("text", ["can he park on the drive or", "can he come round the back or"])
def test_an_open_or_makes_a_question_of_the_request(text: str):
    result = _read(text, status="en_route", last=ON_THE_WAY)
    assert result.intent == "question", (text, result.evidence)


@pytest.mark.parametrize(
    "text", ["can he park on the street please", "park on the drive or the street, either is fine"]
)
def test_parking_told_is_an_access_detail(text: str):
    assert _read(text, status="en_route", last=ON_THE_WAY).intent == "access_info", text
