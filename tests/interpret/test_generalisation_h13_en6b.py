"""Families a fresh English probe showed the rules missing (issue 13, h13en6b): a lateness denied or long
past beside a time ("I won't be late, see you at 1"), someone of the customer's own who can come ("found a
guy who could come tonight"), a visit called off and a new day booked after a comma, what held the
customer up said as "overrun" or "can't get away yet", "be right there, 2 mins" (still on the way), the
customer's own wait beside a where-is-he, "later in the day" and "push it back a day", the fault gone said
sideways (a cancel before the visit, thanks after it) and Indian English "I reached".

Rules only: the learned voice is trained on the probe's corpus (`corpora/tuned/families_h13_h13en6b.jsonl`)
and proves nothing here. Received Wednesday 2026-06-10 4 pm about Thursday's 1-3 pm visit unless said.
"""

from __future__ import annotations

import pytest

from messaging.interpret import MessageContext
from messaging.interpret.core import interpret as rules_only

from .helpers import local, read_rules_only

DONE = "Acme Home Services: Luis has finished the job. Thanks for choosing us!"
TODAY = "Acme Home Services: reminder, Luis arrives today between 1 and 3pm. Reply C to confirm."


def _today(text: str, *, at: str = "12:30", status: str = "scheduled", last: str | None = TODAY):
    """Received on the visit's own day (2026-06-10, window 1-3 pm)."""
    return rules_only(
        text,
        MessageContext(
            received_at=local("2026-06-10", at),
            timezone="America/Chicago",
            window_start=local("2026-06-10", "13:00"),
            window_end=local("2026-06-10", "15:00"),
            job_status=status,
            last_outbound=last,
        ),
    )


@pytest.mark.parametrize(
    "text",
    [
        "I won't be late, see you at 1",
        "I'll be there, not late, see you at 1",
        "I was late last time, won't happen again, see you at 1",
        "sorry I was late last week! see you at 1 today",
    ],
)
def test_a_lateness_denied_or_past_gives_no_eta(text: str):
    result = _today(text)
    assert "running_late" not in result.intents and result.arrival_at is None, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    ["i was late getting out of work, be there by 1:20", "I'm not late yet but traffic is bad, prob 1:15"],
)
def test_a_lateness_now_still_gives_its_eta(text: str):
    result = _today(text)
    assert result.intent == "running_late" and result.arrival_at is not None, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "we're all set, found a guy who could come tonight",
        "no need, found someone who can come thursday",
        "nvm my brother in law can come saturday and take a look",
        "my dad is gonna come fix it tomorrow, so no need",
    ],
)
def test_their_own_man_coming_is_a_cancel_and_no_slot(text: str):
    result = read_rules_only(text)
    assert result.intent == "cancel" and "reschedule" not in result.intents, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "my wife will be home, can he come friday instead",
        "my husband can't do thursday, could he come friday?",
    ],
)
def test_a_slot_asked_beside_the_household_is_still_asked(text: str):
    assert read_rules_only(text).intent == "reschedule"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("call off tomorrow's visit and book me in for the 18th", "2026-06-18"),
        ("scratch tomorrow, pencil us in for the 19th", "2026-06-19"),
        ("cancel tomorrow, put me down for friday instead", "2026-06-12"),
    ],
)
def test_a_cancel_with_a_new_day_booked(text: str, day: str):
    result = read_rules_only(text)
    assert result.intent == "cancel" and "reschedule" in result.intents, (text, result.evidence)
    assert str(result.requested_date) == day, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "meeting's overrun, 15?",
        "the interview overran, on my way now",
        "kids swimming went long",
        "cant get away from work yet, 30 min?",
        "running 10",
        "sorry delayed 15",
        "be right there, 2 mins",
        "nearly home now, 2 min",
    ],
)
def test_held_up_or_still_on_the_way_is_late(text: str):
    result = _today(text)
    assert result.intent == "running_late" and "customer_arrived" not in result.intents, (
        text,
        result.evidence,
    )


@pytest.mark.parametrize(
    "text",
    ["last time the service took forever", "the repair took ages last time", "be right down", "home now"],
)
def test_not_the_customer_late_now(text: str):
    assert _today(text, status="on_site").intent != "running_late", text


@pytest.mark.parametrize(
    "text",
    [
        "where's he at? I'm gonna be 10 min",
        "is he close? I'll be about 15 minutes",
        "leaving work now, be home in 20. is he still coming?",
    ],
)
def test_their_own_wait_beside_a_where_is_he(text: str):
    result = _today(text, at="13:20", status="en_route")
    assert {"running_late", "where_is_tech"} <= set(result.intents), (text, result.evidence)
    assert result.arrival_at is not None


@pytest.mark.parametrize(
    "text",
    ["where is he, I've been waiting 40 minutes", "whereabouts is he? traffic on the bridge is chocka"],
)
def test_the_technicians_delay_is_not_theirs(text: str):
    assert "running_late" not in _today(text, at="13:20", status="en_route").intents, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("could we do later in the day?", "2026-06-11"),
        ("anything earlier in the day?", "2026-06-11"),
        ("can we push it back a day", "2026-06-12"),
        ("could we push the appointment back two days", "2026-06-13"),
    ],
)
def test_the_visits_day_kept_or_moved(text: str, day: str):
    result = read_rules_only(text)
    assert result.intent == "reschedule" and str(result.requested_date) == day, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "got it fixed already, thanks anyway",
        "we ended up getting it sorted, thanks though",
        "neighbour had a look and fixed it, all good",
        "I think we're ok now, the heat came back on",
        "we're all sorted now, thanks",
    ],
)
def test_the_fault_gone_before_the_visit_is_a_cancel(text: str):
    assert read_rules_only(text).intent == "cancel", text


@pytest.mark.parametrize(
    "text",
    [
        "we're all set, thanks again",
        "he had a look and fixed it, thanks!",
        "we're all good now, thanks so much",
    ],
)
def test_the_fault_gone_after_the_visit_is_thanks(text: str):
    result = read_rules_only(text, status="completed", last=DONE)
    assert result.intent == "thanks" and "cancel" not in result.intents, (text, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "we're good now, see you at 1",
        "the heat came back on but it's banging, can he still come?",
        "please cancel the follow up visit, it's working now",
    ],
)
def test_the_fault_gone_near_misses(text: str):
    result = read_rules_only(text, status="completed" if "follow up" in text else "scheduled")
    expected_cancel = "follow up" in text
    assert ("cancel" in result.intents) is expected_cancel, (text, result.evidence)


@pytest.mark.parametrize(
    "text", ["I reached, where are you", "reached home, send him up", "ok I have reached sir"]
)
def test_i_reached_is_home_now(text: str):
    assert _today(text, at="13:20", status="en_route").intent == "customer_arrived", text


@pytest.mark.parametrize("text", ["I reached out to the office yesterday", "will call once I reached home"])
def test_reached_near_misses(text: str):
    assert "customer_arrived" not in _today(text).intents, text


def test_work_being_crazy_accepts_no_slot():
    result = _today("works crazy today, I wont be home till 2", at="08:10")
    assert result.intent == "running_late" and "confirm" not in result.intents, result.evidence


@pytest.mark.parametrize(
    "text", ["I'm home tomorrow all day", "we're home later this week if that helps", "home all day friday"]
)
def test_home_on_another_day_is_no_arrival(text: str):
    assert "customer_arrived" not in read_rules_only(text).intents, text


@pytest.mark.parametrize(
    ("text", "day"), [("how's monday looking", "2026-06-15"), ("hows friday 2pm", "2026-06-12")]
)
def test_hows_a_day_asks_for_it(text: str, day: str):
    result = read_rules_only(text)
    assert result.intent == "reschedule" and str(result.requested_date) == day, (text, result.evidence)


def test_hows_the_visit_day_asks_where_he_is():
    assert read_rules_only("how's tomorrow looking for him, still on?").intent == "where_is_tech"
