"""Issue 13 (h13assist): replies in the customer's language, and replies that fit the reading.

Found by reading twenty replies to unsure readings aloud (`bench/read_unsure_replies.py`): a French
gas smell answered in English, "I'll start outside while I wait" offered on a grievance about the
technician's own lateness, an apology offered first to praise, and a likely late customer with the
technician on site given no work to start.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.assist import phrases
from messaging.assist.suggest import JobFacts, TaskFacts, assist
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation

ZONE = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 10, 10, 20, tzinfo=ZONE)
START = re.compile(r"\b(?:start|empezar|comenzar)\b", re.I)


def on_site(language: str = "en", status: str = "on_site") -> JobFacts:
    return JobFacts(
        customer_name="Marie Tremblay",
        technician_name="Luis",
        timezone="America/New_York",
        window_start=datetime(2026, 11, 10, 10, 0, tzinfo=ZONE),
        window_end=datetime(2026, 11, 10, 12, 0, tzinfo=ZONE),
        job_status=status,
        tasks=(
            TaskFacts("Inspect outdoor condenser", 15, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
        language=language,
    )


@pytest.mark.parametrize("language", sorted(phrases.SHORT_BOOKS))
def test_every_reply_key_has_a_home_in_each_short_phrasebook(language):
    book = phrases.REPLIES[language]
    for key in phrases.REPLIES["en"]:
        stand_in = key if key in book else phrases.STAND_INS.get(key, "missing")
        assert stand_in is None or stand_in in book, (language, key)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "Je commence"),
        ("pt", "Vou adiantando"),
        ("de", "Ich fange"),
        ("it", "comincio"),
        ("vi", "Em sẽ làm trước"),
        ("tl", "Sisimulan ko"),
        ("zh", "我先"),
        ("ko", "먼저 시작할게요"),
    ],
)
def test_a_late_customer_is_answered_in_their_language_with_the_english_option_last(language, words):
    reading = Interpretation(
        Intent.RUNNING_LATE, (Intent.RUNNING_LATE,), arrival_at=NOW + timedelta(minutes=30), language=language
    )
    result = assist(on_site(), reading, NOW, message="...")
    assert words in result.replies[0].text
    assert "10:50" in result.replies[0].text
    assert result.replies[-1].label.startswith("In English:") and START.search(result.replies[-1].text)
    assert result.start_now


def test_an_emergency_in_portuguese_gets_its_safety_step_in_portuguese():
    reading = Interpretation(Intent.EMERGENCY, (Intent.EMERGENCY,), urgent=True, hazard="gas", language="pt")
    first = assist(on_site(status="scheduled"), reading, NOW, message="Tem cheiro de gás").replies[0]
    assert "não se preocupe" in first.text and "lugar seguro" in first.text and "Please" not in first.text


@pytest.mark.parametrize(
    ("message", "theirs"),
    [
        ("Your tech got here two hours late and didn't even apologize", True),
        ("he finally showed up at noon. Not happy", True),
        ("You guys are always late", True),
        ("Le technicien est arrivé avec deux heures de retard", True),
        ("O técnico chegou muito atrasado", True),
        ("Der Techniker ist viel zu spät gekommen", True),
        ("El técnico llegó tardísimo", True),
        # Near misses: the customer is the one who is late.
        ("I'll be late, tell the tech to start outside", False),
        ("running late, is he there yet?", False),
        ("llego tarde, el técnico puede empezar", False),
        ("Je suis en retard, le technicien peut commencer", False),
    ],
)
def test_work_is_offered_to_start_only_when_the_customer_is_the_one_who_is_late(message, theirs):
    reading = Interpretation(
        Intent.RUNNING_LATE, (Intent.RUNNING_LATE,), alternatives=(Intent.COMPLAINT,), sure=False
    )
    result = assist(on_site(), reading, NOW, message=message)
    offers_start = any(START.search(r.text) for r in result.replies)
    assert offers_start is not theirs
    assert bool(result.start_now) is not theirs
    if theirs:
        assert re.search(r"sorry|désolé|sinto|leid|siento", result.replies[0].text, re.I)


def test_praise_is_answered_with_warmth_before_any_apology():
    reading = Interpretation(
        Intent.CONFIRM, (Intent.CONFIRM,), sentiment="positive", alternatives=(Intent.COMPLAINT,), sure=False
    )
    first = assist(on_site(status="scheduled"), reading, NOW, message="Awesome, see you then!").replies[0]
    assert not re.search(r"sorry|apolog", first.text, re.I), first.text


def test_a_likely_late_customer_with_the_technician_on_site_gets_work_to_start():
    reading = Interpretation(Intent.OTHER, (Intent.OTHER,), alternatives=(Intent.RUNNING_LATE,), sure=False)
    result = assist(on_site(), reading, NOW, message="gonna be a bit")
    assert [t.name for t in result.start_now] == ["Inspect outdoor condenser"]
    assert any(START.search(r.text) for r in result.replies)


def test_thanks_for_a_finished_visit_is_not_answered_as_a_confirmation():
    reading = Interpretation(
        Intent.CONFIRM, (Intent.CONFIRM,), sentiment="positive", alternatives=(Intent.THANKS,), sure=False
    )
    first = assist(on_site(status="completed"), reading, NOW, message="Grazie mille, perfetto!").replies[0]
    assert "on my way" not in first.text and "welcome" in first.text


READINGS = [i for i in Intent if i not in {Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP}]


@pytest.mark.parametrize("language", sorted(phrases.SHORT_BOOKS))
@pytest.mark.parametrize("status", ["scheduled", "on_site", "completed"])
def test_every_reading_and_every_unsure_pair_gets_options_in_each_short_phrasebook(language, status):
    readings = [Interpretation(i, (i,), language=language, hazard="gas") for i in READINGS]
    readings += [
        Interpretation(a, (a,), alternatives=(b,), sure=False, language=language, hazard="gas")
        for a in READINGS
        for b in READINGS
        if a != b
    ]
    for reading in readings:
        replies = assist(on_site(status=status), reading, NOW, message="...").replies
        texts = [r.text for r in replies]
        assert 2 <= len(texts) <= 4, (reading.intent, reading.alternatives, texts)
        assert all(0 < len(t) <= 320 and "{" not in t for t in texts), texts
        assert len(set(texts)) == len(texts), texts
        assert replies[-1].label.startswith("In English:"), texts


@pytest.mark.parametrize("minutes", [0, 2, 30])
def test_a_late_customer_with_the_technician_on_site_always_gets_work_that_fits(minutes):
    reading = Interpretation(
        Intent.RUNNING_LATE, (Intent.RUNNING_LATE,), arrival_at=NOW + timedelta(minutes=minutes)
    )
    result = assist(on_site(), reading, NOW, message="be right there")
    assert [t.name for t in result.start_now] == ["Inspect outdoor condenser"]


def test_a_customer_who_will_be_home_before_the_technician_gets_no_work_to_start():
    reading = Interpretation(
        Intent.RUNNING_LATE, (Intent.RUNNING_LATE,), arrival_at=NOW + timedelta(minutes=5)
    )
    facts = replace(on_site(status="en_route"), technician_eta=NOW + timedelta(minutes=25))
    assert assist(facts, reading, NOW, message="10 min late").start_now == ()
