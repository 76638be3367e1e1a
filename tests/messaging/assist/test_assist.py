"""Assist: reply options, start-now tasks and heads-up notes, from hand-built interpretations."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.assist import phrases
from messaging.assist.suggest import JobFacts, TaskFacts, assist, start_now
from messaging.interpret.types import Interpretation

ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2026, 6, 10, 8, 20, tzinfo=ZONE)  # a Wednesday
CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2}):(\d{2})\b", re.I)
START = re.compile(r"\b(start|get started|begin|get going|get a head start|empezar|comenzar)\b", re.I)
BLAME = re.compile(
    r"per our policy|calm down|nothing (i|we) can do|as i (said|mentioned)|you should have|your call is important|"
    r"we apologi[sz]e for any inconvenience|not my problem|you need to|unfortunately",
    re.I,
)

HVAC_TASKS = (
    TaskFacts("Review findings with customer", 10, needs_customer=True),
    TaskFacts("Write up service report", 10, needs_customer=False),
    TaskFacts("Check capacitor and contactor", 10, needs_customer=False),
    TaskFacts("Inspect outdoor condenser and coil", 15, needs_customer=False),
    TaskFacts("Test thermostat", 10, needs_customer=True),
)
INSIDE_TASKS = (
    TaskFacts("Verify ID", 5, needs_customer=True),
    TaskFacts("Rekey front door", 20, needs_customer=True),
)


def job(**changes) -> JobFacts:
    facts = JobFacts(
        customer_name="Dana Ortiz",
        technician_name="Luis",
        timezone="America/Chicago",
        window_start=datetime(2026, 6, 10, 8, 0, tzinfo=ZONE),
        window_end=datetime(2026, 6, 10, 10, 0, tzinfo=ZONE),
        job_status="on_site",
        trade="hvac",
        summary="AC not cooling",
        tasks=HVAC_TASKS,
    )
    return JobFacts(**{**facts.__dict__, **changes})


def said(intent: str, *more: str, **fields) -> Interpretation:
    return Interpretation(intent=intent, intents=(intent, *more), **fields)


def late(minutes: int | None = 25, **fields) -> Interpretation:
    arrival = NOW + timedelta(minutes=minutes) if minutes is not None else None
    return said("running_late", arrival_at=arrival, **fields)


def texts(result) -> list[str]:
    return [r.text for r in result.replies]


def similarity(a: str, b: str) -> float:
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(words_a & words_b) / max(len(words_a | words_b), 1)


def clock_minutes(text: str) -> list[int]:
    found = []
    for m in CLOCK.finditer(text):
        if m[1]:
            found.append((int(m[1]) % 12 + (12 if m[3].lower().startswith("p") else 0)) * 60 + int(m[2] or 0))
        else:
            found.append(int(m[4]) * 60 + int(m[5]))
    return found


def test_late_customer_with_tech_on_site_gets_offer_to_start_outside():
    result = assist(job(), late(25), NOW, message="leaving the school now, 25 min")

    offer = next(t for t in texts(result) if START.search(t))
    assert "outdoor condenser" in offer
    assert "Dana" in offer
    assert "around 8:45" in offer  # an estimate reads as people say it
    assert result.start_now[0].name == "Inspect outdoor condenser and coil"


def test_late_customer_gets_a_reply_that_names_their_situation():
    result = assist(job(), late(25), NOW, message="stuck in traffic, 25 min")

    assert "Traffic is the worst." in texts(result)[0]


def test_late_customer_with_nothing_to_do_outside_gets_no_offer_to_start():
    result = assist(job(tasks=INSIDE_TASKS, trade="locksmith"), late(25), NOW)

    assert result.start_now == ()
    assert 2 <= len(result.replies) <= 4
    assert not any(START.search(t) for t in texts(result))


def test_start_now_fits_the_wait_plus_ten_minutes_outside_work_first_paperwork_last():
    tasks = start_now(job(), late(25), NOW)

    assert [t.name for t in tasks] == [
        "Inspect outdoor condenser and coil",
        "Check capacitor and contactor",
        "Write up service report",
    ]
    assert sum(t.minutes for t in tasks) <= 25 + 10


def test_start_now_leaves_out_tasks_that_need_the_customer_or_are_done():
    facts = job(
        tasks=(*HVAC_TASKS[:3], TaskFacts("Inspect outdoor condenser and coil", 15, False, done=True))
    )

    names = [t.name for t in start_now(facts, late(60), NOW)]

    assert "Inspect outdoor condenser and coil" not in names
    assert not any(t.needs_customer for t in start_now(facts, late(60), NOW))


def test_start_now_is_the_single_shortest_task_when_none_fits_the_wait():
    facts = job(tasks=(TaskFacts("Remove old gutters", 60, False), TaskFacts("Clean up debris", 15, False)))

    assert start_now(facts, late(1), NOW) == (facts.tasks[1],)


def test_start_now_plans_on_a_twenty_minute_wait_when_the_customer_gives_no_time():
    facts = job(
        tasks=(TaskFacts("Clean condenser coil", 20, False), TaskFacts("Check refrigerant", 15, False))
    )

    result = assist(facts, late(None), NOW, message="running behind sorry")

    assert [t.name for t in result.start_now] == ["Clean condenser coil"]
    assert any("20 min" in note for note in result.heads_up)


def test_start_now_waits_for_the_technician_to_be_near():
    tomorrow = NOW + timedelta(days=1)
    facts = job(job_status="scheduled", window_start=tomorrow, window_end=tomorrow + timedelta(hours=2))

    assert start_now(facts, late(25), NOW) == ()


def test_start_now_counts_the_wait_from_the_technicians_eta_when_on_the_way():
    facts = job(job_status="en_route", technician_eta=NOW + timedelta(minutes=20))

    tasks = start_now(facts, late(30), NOW)

    assert sum(t.minutes for t in tasks) <= 10 + 10


def test_replies_name_no_clock_time_the_situation_does_not_hold():
    facts = job(job_status="en_route", technician_eta=datetime(2026, 6, 10, 8, 40, tzinfo=ZONE))
    allowed = {8 * 60, 10 * 60, 8 * 60 + 40, 8 * 60 + 45}

    for interpretation in (late(25), said("where_is_tech"), said("confirm"), said("customer_arrived")):
        for text in texts(assist(facts, interpretation, NOW)):
            assert set(clock_minutes(text)) <= allowed, text


@pytest.mark.parametrize(
    ("interpretation", "message"),
    [
        (late(25), "25 min late"),
        (said("customer_arrived"), "I'm home"),
        (said("where_is_tech", sentiment="negative"), "where is he??"),
        (said("reschedule", requested_date=date(2026, 6, 12)), "can we do Friday"),
        (said("cancel"), "please cancel"),
        (said("complaint", sentiment="negative"), "the AC is broken again"),
        (said("question"), "how long will it take?"),
        (said("access_info", access_note="gate code 1234"), "gate code 1234"),
        (said("confirm"), "C"),
        (said("thanks"), "thank you!"),
        (said("emergency", urgent=True), "I smell gas"),
        (said("help"), "HELP"),
        (said("opt_in"), "START"),
        (said("wrong_number"), "wrong number"),
        (said("other"), "hmm"),
    ],
)
def test_every_message_that_needs_an_answer_gets_two_to_four_distinct_short_replies(interpretation, message):
    replies = texts(assist(job(), interpretation, NOW, message=message))

    assert 2 <= len(replies) <= 4
    assert all(0 < len(t) <= 320 for t in replies)
    assert all(similarity(a, b) < 0.7 for i, a in enumerate(replies) for b in replies[i + 1 :])
    assert not any(BLAME.search(t) or "{" in t for t in replies)


def phrase_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in phrase_strings(item)]
    return []


def test_no_phrase_in_any_reply_blames_lectures_or_hides_behind_policy():
    """Every phrase the replies are built from, not just the ones the cases above reach."""
    from messaging.assist import phrases as assist_phrases

    phrases = [
        t
        for name in dir(assist_phrases)
        if name.isupper()
        for t in phrase_strings(getattr(assist_phrases, name))
    ]
    assert len(phrases) > 200
    assert [t for t in phrases if BLAME.search(t)] == []


def test_no_replies_after_an_opt_out():
    result = assist(job(), said("opt_out"), NOW, message="STOP")

    assert result.replies == ()
    assert "opted out" in result.heads_up[0]


def test_gas_emergency_puts_safety_first_in_the_replies_and_the_heads_up():
    result = assist(
        job(job_status="scheduled"), said("emergency", urgent=True, hazard="gas"), NOW, message="I smell gas"
    )

    assert "out of the house" in result.replies[0].text
    assert "911" in result.replies[0].text
    assert result.heads_up[0].startswith("EMERGENCY")
    assert result.start_now == ()


def test_water_emergency_asks_to_shut_the_valve():
    result = assist(
        job(trade="plumbing"), said("emergency", hazard="water"), NOW, message="water spraying everywhere"
    )

    assert "shut off the main water valve" in result.replies[0].text


def test_spanish_message_gets_spanish_replies():
    result = assist(job(), late(60, language="es"), NOW, message="llego a las 9 y media")

    assert all("Dana" in t for t in texts(result))
    assert "Voy a empezar con el trabajo de afuera" in texts(result)[0]
    assert "9:20 a.m." in texts(result)[0]


def test_spanish_preferring_customer_gets_spanish_replies():
    result = assist(job(language="es"), said("confirm"), NOW - timedelta(hours=12))

    assert texts(result)[0].startswith("¡Perfecto, gracias!") and texts(result)[0].endswith(", Dana.")


def test_where_is_tech_on_the_way_gets_the_eta_and_an_apology():
    facts = job(job_status="en_route", technician_eta=datetime(2026, 6, 10, 8, 40, tzinfo=ZONE))

    first = texts(assist(facts, said("where_is_tech"), NOW))[0]

    assert first.startswith("Sorry for the wait, Dana!")
    assert "around 8:40" in first


def test_reschedule_after_working_hours_gets_an_empathetic_no_and_the_nearest_slot():
    asked = said("reschedule", requested_date=date(2026, 6, 11), requested_time=time(19, 30))

    first = texts(assist(job(), asked, NOW))[0]

    assert "7:30 pm" in first
    assert "last visit of the day tomorrow" in first


def test_reschedule_on_a_closed_day_offers_the_next_work_day():
    asked = said("reschedule", requested_date=date(2026, 6, 14))  # a Sunday

    first = texts(assist(job(), asked, NOW))[0]

    assert "not out on Sundays" in first
    assert "on Monday" in first


def test_refund_request_goes_to_the_office_with_an_offer_to_fix_it():
    result = assist(
        job(job_status="completed"), said("complaint", sentiment="negative"), NOW, message="I want a refund"
    )

    assert "Refunds go through our office" in texts(result)[0]
    assert "come back and make it right" in texts(result)[1]


def test_complaint_about_a_price_gets_an_apology_and_a_call_to_the_office():
    first = texts(assist(job(), said("complaint"), NOW, message="$250?? you said $95"))[0]

    assert first.startswith("I'm so sorry, Dana.")
    assert "charges" in first


def test_customer_who_asks_if_they_are_needed_learns_for_how_long():
    result = assist(job(), said("question"), NOW, message="Do you need me there for the whole thing?")

    assert "about 20 minutes (review findings with customer, test thermostat)" in texts(result)[0]


def test_next_job_at_risk_is_in_the_heads_up():
    facts = job(next_job_window_start=datetime(2026, 6, 10, 9, 30, tzinfo=ZONE), travel_minutes=30)

    notes = assist(facts, late(40), NOW).heads_up

    assert any(note.startswith("Next job at risk") and "9:20 am" in note for note in notes)


def test_pet_and_access_notes_are_in_the_heads_up():
    facts = job(site_notes=("Side gate sticks, lift it",))

    notes = assist(facts, said("access_info", access_note="dog in the yard"), NOW).heads_up

    assert notes == ("Pet: dog in the yard", "Access: Side gate sticks, lift it")


def test_waiting_work_is_named_the_way_a_person_says_it():
    facts = job(tasks=(TaskFacts("Check boiler pressure and top up", 10, False),))

    assert "by checking the boiler pressure and topping up" in texts(assist(facts, late(25), NOW))[0]


def test_a_missing_customer_name_leaves_no_dangling_comma():
    for text in texts(assist(job(customer_name=""), late(25), NOW)):
        assert ", !" not in text and ", ." not in text and ",," not in text


def test_to_dict_has_the_contract_shape():
    result = assist(job(), late(25), NOW).to_dict()

    assert set(result) == {"replies", "start_now", "heads_up"}
    assert set(result["replies"][0]) == {"label", "text"}
    assert set(result["start_now"][0]) == {"name", "minutes"}


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError, match="aware"):
        assist(job(), late(25), datetime(2026, 6, 10, 8, 20))  # noqa: DTZ001


def test_spanish_times_carry_their_article():
    facts = job(
        window_start=datetime(2026, 6, 10, 13, 0, tzinfo=ZONE),
        window_end=datetime(2026, 6, 10, 15, 0, tzinfo=ZONE),
    )

    first = texts(assist(facts, said("confirm", language="es"), NOW))[0]

    assert "entre la 1 p.m. y las 3 p.m." in first


def test_the_command_reads_the_technicians_eta_from_the_last_text_sent():
    from messaging.management.commands.assist import eta_from_text

    received = datetime(2026, 6, 10, 11, 30, tzinfo=ZONE)

    assert eta_from_text("Dre is on the way, ETA 12:10pm.", received, ZONE) == received.replace(
        hour=12, minute=10
    )
    assert eta_from_text("Gareth is on his way, ETA 8:30", received.replace(hour=8), ZONE).hour == 8
    assert eta_from_text("Dre has arrived.", received, ZONE) is None


def test_the_command_answers_a_bad_line_with_an_error_and_goes_on():
    from messaging.interpret.contract import run_records
    from messaging.management.commands.assist import assist_record

    good = {
        "id": "ok",
        "text": "thanks!",
        "received_at": "2026-06-10T08:20:00-05:00",
        "timezone": "America/Chicago",
        "window_start": "2026-06-10T08:00:00-05:00",
        "window_end": "2026-06-10T10:00:00-05:00",
        "job_status": "on_site",
        "last_outbound": None,
        "job": {"customer_name": "Dana Ortiz", "technician_name": "Luis", "tasks": []},
    }

    out = list(run_records(["{not json", json.dumps({"id": "no-time"}), json.dumps(good)], assist_record))

    assert [o["id"] for o in out] == [None, "no-time", "ok"]
    assert "error" in out[0] and "error" in out[1]
    assert set(out[2]) == {"id", "interpretation", "replies", "start_now", "heads_up"}


@pytest.mark.parametrize(
    ("fields", "reads"),
    [
        (
            {"requested_date": date(2026, 6, 11), "requested_part_of_day": "afternoon"},
            "check tomorrow afternoon",
        ),
        ({"requested_time": time(16, 0)}, "check today at 4 pm"),
        (
            {"requested_date": date(2026, 6, 24), "requested_part_of_day": "morning"},
            "Wednesday, June 24 in the morning",
        ),
    ],
)
def test_the_day_and_time_asked_for_read_the_way_a_person_says_them(fields, reads):
    first = texts(assist(job(job_status="scheduled"), said("reschedule", **fields), NOW))[0]

    assert reads in first


def test_every_reply_reads_cleanly_when_the_customers_name_is_unknown():
    """A customer with no name on file: each sentence of every reply drops the name with its
    punctuation ("Done: your visit...", never "Done, : your visit")."""
    import re

    from messaging.assist import phrases
    from messaging.assist.suggest import _without_empty_name

    sentences = [
        sentence.lstrip("?")
        for language in phrases.REPLIES.values()
        for _, parts in language.values()
        for sentence in parts
        if "{first}" in sentence
    ]
    assert len(sentences) > 20
    for sentence in sentences:
        nameless = _without_empty_name(sentence, "")
        assert "{first}" not in nameless, sentence
        assert not re.search(r"\s[,.:;!?]|,[,.:;!?]|^[,.:;!?]", nameless), (sentence, nameless)


@pytest.mark.parametrize(
    ("message", "line"),
    [
        # the heat the customer is sitting in
        ("stuck at work, it's so hot in the car, 30 min", "Sitting in that heat is miserable."),
        ("it's 92 degrees in here, running 20 late", "Sitting in that heat is miserable."),
        # a home without heat, or cold on any scale
        ("our heat is out, running 20 late from the store", "Waiting in the cold is miserable."),
        ("no heat since last night, be there in 20", "Waiting in the cold is miserable."),
        (
            "furnace won't come on and the house is 11 degrees, 20 min away",
            "Waiting in the cold is miserable.",
        ),
        ("it's -5 degrees out, running 20 late", "Waiting in the cold is miserable."),
        # the heat said to be off with a word between (h14 review)
        ("the heat's still off at my place, running 20 late", "Waiting in the cold is miserable."),
        ("heating has been out since Sunday, 20 min away", "Waiting in the cold is miserable."),
    ],
)
def test_late_reply_names_heat_or_cold_as_the_customer_has_it(message, line):
    result = assist(job(), late(25), NOW, message=message)

    assert line in texts(result)[0]


@pytest.mark.parametrize(
    "message",
    [
        # near-misses: hot water is a heater, a heat pump is a machine, 40 degrees is either scale
        "hour and a half away, hot water unit is down the side, gate's open",
        "running 20 late, the heat pump is round the back",
        "it's 40 degrees out, running 20 late",
    ],
)
def test_late_reply_names_no_heat_from_hot_water_or_an_unclear_temperature(message):
    result = assist(job(), late(25), NOW, message=message)

    assert not any("heat is miserable" in t or "in the cold" in t for t in texts(result))


def _complaint_topic(message: str) -> str | None:
    """The first complaint topic whose words the message holds, as the card picks it."""
    lowered = message.lower()
    return next((topic for pattern, topic in phrases.COMPLAINT_TOPICS if re.search(pattern, lowered)), None)


@pytest.mark.parametrize(
    ("message", "repeat"),
    [
        ("you fixed it last week and it's leaking again", True),
        ("same problem as before, the breaker trips again", True),
        # the customer's own repeat is not the fault coming back (h14 review)
        ("sorry to text again, is there really no one sooner", False),
        ("me again, still waiting to hear back about the invoice", False),
        ("it's his daughter again, can someone go today", False),
    ],
)
def test_a_complaint_about_a_fault_back_again_is_told_from_a_customer_texting_again(message, repeat):
    assert (_complaint_topic(message) == "repeat") is repeat
