"""Replies a person would write: they never state what the job's state contradicts, echo the
customer's own words for a day, take up an offer the customer makes, round times as people do,
and name tasks the way a sentence needs. Each rule with examples and near-misses."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.assist import suggest as assist_module
from messaging.assist.suggest import JobFacts, TaskFacts, assist
from messaging.interpret.types import Interpretation

ZONE = ZoneInfo("America/Los_Angeles")
WEDNESDAY = datetime(2026, 6, 10, 9, 40, tzinfo=ZONE)
MISSED_COMPLAINT = (
    "He said he'd be back Tuesday to finish and nobody came. When can you come? I'm free Friday after 1"
)


def facts(**changes) -> JobFacts:
    base = {
        "customer_name": "Dana Ortiz",
        "technician_name": "Luis",
        "timezone": "America/Los_Angeles",
        "window_start": WEDNESDAY.replace(hour=13, minute=0),
        "window_end": WEDNESDAY.replace(hour=15, minute=0),
        "job_status": "scheduled",
        "tasks": (
            TaskFacts("Survey exterior wall route for conduit", 20, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
    }
    return JobFacts(**(base | changes))


def said(intent: str, *more: str, **fields) -> Interpretation:
    return Interpretation(intent=intent, intents=(intent, *more), **fields)


def replies(job: JobFacts, reading: Interpretation, message: str, now: datetime = WEDNESDAY) -> list[str]:
    return [reply.text for reply in assist(job, reading, now, message=message).replies]


# --- never state what the job's state contradicts ----------------------------------------------

YESTERDAY_WINDOW = {
    "window_start": WEDNESDAY.replace(hour=10, minute=0) - timedelta(days=1),
    "window_end": WEDNESDAY.replace(hour=12, minute=0) - timedelta(days=1),
}


def test_a_window_that_was_yesterday_is_not_spoken_of_as_today():
    texts = replies(facts(**YESTERDAY_WINDOW), said("where_is_tech", "complaint"), MISSED_COMPLAINT)
    assert not any("You were expecting me between" in t for t in texts)
    assert not any("I'm running behind" in t for t in texts)
    assert "yesterday" in texts[0] and "sorry" in texts[0].lower()


def test_a_window_missed_last_week_names_the_day():
    last_thursday = {k: v - timedelta(days=5) for k, v in YESTERDAY_WINDOW.items()}
    first = replies(facts(**last_thursday), said("where_is_tech"), "Hello?? Is anyone coming?")[0]
    assert "on Thursday" in first and "between" not in first
    a_week_ago = {k: v - timedelta(days=6) for k, v in YESTERDAY_WINDOW.items()}
    assert "on Wednesday, June 3" in replies(facts(**a_week_ago), said("where_is_tech"), "Hello??")[0]


def test_near_miss_a_window_earlier_today_still_reads_as_running_behind():
    now = WEDNESDAY.replace(hour=16, minute=0)
    first = replies(facts(), said("where_is_tech"), "where are you?", now=now)[0]
    assert "You were expecting me between 1 pm and 3 pm and I'm running behind" in first


def test_a_customer_home_before_a_missed_visit_is_not_told_the_window_is_ahead():
    texts = replies(facts(**YESTERDAY_WINDOW), said("customer_arrived"), "I'm home now")
    assert not any("as planned" in t or "earlier than" in t or "be there soon" in t for t in texts)
    assert "yesterday" in texts[0]


def test_no_work_is_started_for_a_visit_whose_day_has_gone_by():
    reading = said("running_late", arrival_at=WEDNESDAY + timedelta(minutes=30))
    result = assist(facts(**YESTERDAY_WINDOW), reading, WEDNESDAY, message="running 30 late")
    assert result.start_now == ()


def test_a_technician_not_yet_on_the_way_does_not_say_he_is():
    soon = WEDNESDAY.replace(hour=12, minute=45)
    texts = replies(facts(), said("customer_arrived"), "I'm home whenever you're ready", now=soon)
    assert not any("on my way and" in t for t in texts)
    assert any("text you when I'm on my way" in t for t in texts)


@pytest.mark.parametrize(
    ("reading", "message"),
    [
        (said("emergency"), "water everywhere!!"),
        (said("confirm"), "yes"),
        (said("access_info", access_note="gate code 4411"), "gate code 4411"),
    ],
)
def test_only_a_technician_on_the_way_says_so(reading, message):
    eta = WEDNESDAY + timedelta(minutes=25)
    booked = facts(technician_eta=eta, window_start=WEDNESDAY - timedelta(minutes=30))
    claims = re.compile(r"(?<!when )I'm on (my|the) way")  # "I'll text you when I'm on my way" is fine
    assert not any(claims.search(t) for t in replies(booked, reading, message))
    driving = facts(technician_eta=eta, job_status="en_route", window_start=WEDNESDAY - timedelta(minutes=30))
    assert any(claims.search(t) for t in replies(driving, reading, message))


# --- echo the customer's own words for a day ---------------------------------------------------


@pytest.mark.parametrize(
    ("message", "asked", "echo"),
    [
        ("can we do Thursday afternoon instead?", date(2026, 6, 11), "Thursday afternoon"),
        ("Could we move it to friday after 1?", date(2026, 6, 12), "Friday after 1"),
        ("next Tuesday at 10:30 would be better", date(2026, 6, 16), "next Tuesday at 10:30"),
        ("I work Friday, can we do Thursday morning", date(2026, 6, 11), "Thursday morning"),
    ],
)
def test_a_reschedule_reply_names_the_day_in_the_customers_words(message, asked, echo):
    reading = said("reschedule", requested_date=asked)
    assert f"Let me check {echo} and confirm" in replies(facts(), reading, message)[0]


@pytest.mark.parametrize(
    ("message", "echo"),
    [
        ("¿podemos cambiar la cita del jueves por la tarde?", "el jueves por la tarde"),
        ("mejor el jueves por la tarde", "el jueves por la tarde"),  # the article is not said twice
    ],
)
def test_a_spanish_weekday_echoed_takes_its_article(message, echo):
    reading = said("reschedule", requested_date=date(2026, 6, 11), requested_part_of_day="afternoon")
    assert f"Déjeme revisar {echo} y le confirmo" in replies(facts(language="es"), reading, message)[0]


@pytest.mark.parametrize(
    ("message", "reading", "ours"),
    [
        # Their words would drop the time read from the next sentence: ours say it all.
        (
            "Can Danny come back Thursday to finish? Anytime after 10",
            said("reschedule", requested_date=date(2026, 6, 11), requested_time=time(10, 0)),
            "tomorrow at 10 am",
        ),
        (
            "any chance next Tuesday the 14th in the afternoon?",
            said("reschedule", requested_date=date(2026, 6, 16), requested_part_of_day="afternoon"),
            "Tuesday afternoon",
        ),
        # A day in a story is not their request, even when it is the day read.
        (
            "supposed to rain all day Thursday, want to push?",
            said("reschedule", requested_date=date(2026, 6, 11)),
            "tomorrow",
        ),
    ],
)
def test_near_miss_words_that_say_less_than_the_reading_are_not_echoed(message, reading, ours):
    first = replies(facts(), reading, message)[0]
    assert f"Let me check {ours} and confirm" in first


def test_a_day_offered_without_a_reading_of_it_is_taken_up_in_their_words():
    texts = replies(facts(**YESTERDAY_WINDOW), said("where_is_tech", "complaint"), MISSED_COMPLAINT)
    assert any("Friday after 1" in t for t in texts)


@pytest.mark.parametrize(
    "message",
    [
        "He said he'd be back Tuesday to finish and nobody came.",  # a story, not an offer
        "I was home all Friday and nobody called",
        "Tuesday's visit was great, thanks",
    ],
)
def test_near_miss_a_day_told_in_a_story_is_not_echoed_as_an_offer(message):
    texts = replies(facts(), said("complaint"), message)
    assert not any("Let me check Tuesday" in t or "Let me check Friday" in t for t in texts)


# --- take up an offer the customer makes ------------------------------------------------------

ON_SITE = {"job_status": "on_site"}


@pytest.mark.parametrize(
    "message",
    [
        "I'm 40 min out, if you have another job nearby go do that first",
        "running late, feel free to go and come back later",
        "stuck at work, no need to wait for me",
        "Voy tarde, si tiene otro trabajo vaya primero",
    ],
)
def test_a_customer_who_offers_their_time_gets_a_reply_that_takes_it(message):
    arrival = WEDNESDAY + timedelta(minutes=42)
    reading = said("running_late", arrival_at=arrival, language="es" if "Voy" in message else "en")
    result = assist(facts(**ON_SITE), reading, WEDNESDAY, message=message)
    assert result.replies[0].label == "Take their offer"
    assert result.replies[0].text.startswith(("Thanks, Dana, that's kind of you!", "¡Gracias, Dana"))


@pytest.mark.parametrize(
    "message",
    [
        "I'm 40 min out, please wait for me",
        "running late, don't go anywhere!",
        "I have another appointment first, be there at 10:20",
    ],
)
def test_near_miss_no_offer_no_reply_that_leaves(message):
    reading = said("running_late", arrival_at=WEDNESDAY + timedelta(minutes=40))
    labels = [r.label for r in assist(facts(**ON_SITE), reading, WEDNESDAY, message=message).replies]
    assert "Take their offer" not in labels


# --- round times as people do ------------------------------------------------------------------


def test_an_estimated_arrival_reads_rounded_the_way_people_say_it():
    reading = said("running_late", arrival_at=WEDNESDAY.replace(hour=13, minute=52))
    texts = replies(facts(**ON_SITE), reading, "I'm 40 min out", now=WEDNESDAY.replace(hour=13, minute=12))
    assert any("around 1:50" in t for t in texts)
    assert not any("1:52" in t for t in texts)


def test_a_window_is_a_promise_and_keeps_its_exact_times():
    texts = replies(facts(), said("confirm"), "yes see you then")
    assert any("between 1 pm and 3 pm" in t for t in texts)


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (7, "just a few minutes"),
        (22, "about 20 minutes"),
        (45, "about 45 minutes"),
        (60, "about an hour"),
        (90, "about an hour and a half"),
        (135, "about two and a quarter hours"),
        (180, "about three hours"),
    ],
)
def test_a_length_of_time_reads_as_people_say_it(minutes, words):
    job = facts(tasks=(TaskFacts("Replace compressor", minutes, needs_customer=True),))
    texts = replies(job, said("question"), "how long will it take?")
    assert f"It should take {words} in all" in texts[0]
    assert f"{minutes} minutes" not in " ".join(texts) or minutes in {45}


def test_spanish_lengths_of_time_read_naturally_too():
    job = facts(tasks=(TaskFacts("Replace compressor", 135, needs_customer=True),), language="es")
    texts = replies(job, said("question", language="es"), "¿cuánto tiempo tarda?")
    assert "unas dos horas y cuarto" in texts[0]


# --- task names read naturally inside a sentence -----------------------------------------------


@pytest.mark.parametrize(
    ("task", "reads"),
    [
        ("Survey exterior wall route for conduit", "by surveying the exterior wall route for conduit"),
        ("Map out circuit runs", "by mapping out the circuit runs"),
        ("Prepare the drop cloths", "by preparing the drop cloths"),
        ("Trim and cap old lines", "by trimming and capping the old lines"),
        ("Drain and flush water heater", "by draining and flushing the water heater"),
        ("Retrieve parts and tools from van", "by retrieving the parts and tools from van"),
        ("Check and top up refrigerant", "by checking and topping up the refrigerant"),
        ("Clean skimmer and pump baskets", "by cleaning the skimmer and pump baskets"),  # a noun there
        ("Check panel capacity and load calc", "by checking the panel capacity and load calc"),
        ("Water test on the roof", "on the water test on the roof"),  # a thing to do, not a verb
        ("Final walkthrough photos", "on the final walkthrough photos"),
    ],
)
def test_task_names_read_naturally_inside_the_reply(task, reads):
    job = facts(job_status="on_site", tasks=(TaskFacts(task, 15, needs_customer=False),))
    reading = said("running_late", arrival_at=WEDNESDAY + timedelta(minutes=30))
    assert f"I'll start {reads} while I wait" in replies(job, reading, "running 30 late")[0]


@pytest.mark.parametrize(
    ("verb", "ing"),
    [
        ("survey", "surveying"),
        ("prepare", "preparing"),
        ("cut", "cutting"),
        ("tie", "tying"),
        ("open", "opening"),
        ("label", "labeling"),
        ("see", "seeing"),
        ("map", "mapping"),
        ("fix", "fixing"),
    ],
)
def test_gerunds_follow_english_spelling(verb, ing):
    assert assist_module.gerund(verb) == ing


def test_working_hours_are_unchanged_by_the_rounding():
    # A requested time is the customer's, not an estimate: it keeps its exact reading.
    reading = said("reschedule", requested_date=date(2026, 6, 11), requested_time=time(19, 0))
    assert "7 pm" in replies(facts(), reading, "tomorrow at 7pm?")[0]
