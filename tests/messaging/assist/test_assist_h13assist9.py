"""Families the h13assist9 assist probe (corpora/tuned/assist_h13_h13assist9.jsonl) found by reading
every reply aloud.

(a) Tone fits the reading: a reply that moves the visit never opens gladly ("¡Claro!", "Of course,
happy to reschedule!") beside a grievance; it apologises when nothing else on the card does, and
opens plainly when a complaint option beside it already says sorry.
(b) No two options on a card open alike ("Je suis vraiment désolé, M. Martin." twice).
(c) A grievance sent past the window with nobody there yet ("if nobody shows in 20 min I'm booking
someone else") is told where the technician is, in words that fit the job state; a lateness only the
learned voice guessed beside it is not offered ("Thanks for letting me know, I'll start when I
get there").
(d) A text that says two things ("I'll be home at 1:15, is he still coming between 1 and 3?") is
answered, not asked "do you mean X, or Y?"; the window it asks about is no arrival time.
(e) Japanese "まだですか？" (not yet?) and "誰もいません" (nobody's here) ask where he is.
Generated over languages, job states and names; near misses beside each family.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from messaging.assist import phrases
from messaging.assist.suggest import (
    JobFacts,
    TaskFacts,
    _opening,
    _openings_varied,
    _without_empty_name,
    address_name,
    assist,
)
from messaging.assist.suggest import Reply as AssistReply
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation
from tests.interpret.helpers import read_rules_on_day

ZONE = ZoneInfo("America/Chicago")
INSIDE = datetime(2026, 12, 10, 10, 40, tzinfo=ZONE)  # inside a 10 am-12 pm window
PAST = datetime(2026, 12, 10, 12, 40, tzinfo=ZONE)  # after it
LANGUAGES = tuple(phrases.REPLIES)
NAMES = ("Dana Ortiz", "Mrs. Anita Patel", "M. Pierre Martin", "Wang Fang", "")

# Glad words a reply that moves the visit opened with before h13assist9, per language.
CHEERFUL_RESCHEDULE = re.compile(
    r"happy to reschedule|¡Claro|Bien sûr|Claro, |Natürlich|Certo, |Dạ được|Sige po|没问题|물론이죠"
)


def facts(status: str = "scheduled", language: str = "en", name: str = "Dana Ortiz") -> JobFacts:
    return JobFacts(
        customer_name=name,
        technician_name="Luis",
        timezone="America/Chicago",
        window_start=INSIDE.replace(hour=10, minute=0),
        window_end=INSIDE.replace(hour=12, minute=0),
        job_status=status,
        trade="hvac",
        summary="AC not cooling",
        tasks=(
            TaskFacts("Inspect outdoor condenser", 15, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
        language=language,
    )


def reading(intent: str, *alternatives: str, language: str = "en", **fields) -> Interpretation:
    fields.setdefault("sure", not alternatives)
    return Interpretation(
        intent=intent,
        intents=fields.pop("intents", (intent,)),
        alternatives=alternatives,
        language=language,
        **fields,
    )


def replies(job: JobFacts, interpretation: Interpretation, message: str = "", now: datetime = INSIDE):
    return assist(job, interpretation, now, message=message).replies


def in_language(replies_: tuple[AssistReply, ...]) -> list[AssistReply]:
    """The options in the card's own language (the short books add an English one last)."""
    return [r for r in replies_ if not r.label.startswith("In English")]


# --- (a) tone of a reply that moves the visit ------------------------------------------------------


@pytest.mark.parametrize(("language", "name"), list(itertools.product(LANGUAGES, NAMES)))
def test_a_reschedule_beside_a_grievance_opens_with_no_cheer(language, name):
    job = facts(language=language, name=name)
    # Unsure between the grievance and a new day: the complaint option says sorry, the move is plain.
    card = replies(job, reading(Intent.COMPLAINT, Intent.RESCHEDULE, language=language, sentiment="negative"))
    assert card, language
    assert not any(CHEERFUL_RESCHEDULE.search(r.text) for r in card), [r.text for r in card]
    # Sure it is a new day, said with a grievance: the move itself apologises first.
    sure = reading(
        Intent.RESCHEDULE,
        language=language,
        intents=(Intent.RESCHEDULE, Intent.COMPLAINT),
        sentiment="negative",
    )
    first = in_language(replies(job, sure))[0].text
    assert not CHEERFUL_RESCHEDULE.search(first), first
    sorry = _without_empty_name(phrases.RESCHEDULE_OPENERS[language]["sorry"], address_name(name))
    assert sorry.format(first=address_name(name)) in first, (sorry, first)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_calm_reschedule_near_miss_still_opens_gladly(language):
    card = replies(
        facts(language=language), reading(Intent.RESCHEDULE, language=language, sentiment="neutral")
    )
    glad = phrases.RESCHEDULE_OPENERS[language]["calm"].format(first="Dana")
    assert in_language(card)[0].text.startswith(glad), card[0].text


def test_spanish_says_entiendo_once_on_a_leave_threat_card():
    text = "Estoy harta de esperar. Si hoy no pueden, cámbienmela para el viernes o me voy con otra compañía."
    card = replies(
        facts(language="es"),
        reading(Intent.COMPLAINT, Intent.RESCHEDULE, language="es", sentiment="negative"),
        text,
        now=PAST,
    )
    said = " ".join(r.text for r in card).lower()
    assert said.count("entiendo") <= 1, said
    assert "¡claro" not in said


@pytest.mark.parametrize(
    "text",
    (
        "You guys already no-showed once. Can we do Monday instead?",
        "Schon wieder niemand da. Verschieben wir auf Dienstag.",
        "Franchement c'est pas sérieux. On peut décaler à lundi ?",
        "두 번이나 바람 맞았어요. 그냥 금요일로 바꿔주세요",
    ),
)
def test_a_no_show_said_beside_a_new_day_is_heard_as_a_grievance(text):
    assert re.search(phrases.GRIEVANCE, text, re.I)


@pytest.mark.parametrize(
    "text",
    ("is there a no-show fee if I move it?", "C'est sérieux, la fuite ?", "Niemand da? Ich bin im Garten."),
)
def test_no_show_near_misses_are_no_grievance(text):
    assert not re.search(phrases.GRIEVANCE, text, re.I)


# --- (b) no two options open alike ----------------------------------------------------------------


@pytest.mark.parametrize(("language", "name"), list(itertools.product(LANGUAGES, NAMES)))
@pytest.mark.parametrize(
    ("intent", "alternatives", "status"),
    [
        (Intent.COMPLAINT, (Intent.WHERE_IS_TECH,), "scheduled"),
        (Intent.COMPLAINT, (Intent.WHERE_IS_TECH,), "en_route"),
        (Intent.OTHER, (Intent.WHERE_IS_TECH, Intent.RESCHEDULE, Intent.COMPLAINT), "scheduled"),
        (Intent.RUNNING_LATE, (), "on_site"),
        (Intent.COMPLAINT, (), "scheduled"),
    ],
)
def test_no_two_options_open_alike(language, name, intent, alternatives, status):
    for now in (INSIDE, PAST):
        card = in_language(
            replies(
                facts(status, language, name),
                reading(intent, *alternatives, language=language, sentiment="negative"),
                now=now,
            )
        )
        first = address_name(name) if name else ""
        masked = [r.text.replace(first, "\x00") if first else r.text for r in card]
        openings = [_opening(re.split(r"(?<=[.!?。！？])\s*", text)[0], "\x00") for text in masked]
        assert len(openings) == len(set(openings)), [r.text for r in card]


def test_a_repeated_opening_is_dropped_from_the_later_option_only():
    card = (
        AssistReply("a", "Je suis vraiment désolé, M. Martin. Ce n'est pas le service que vous méritez."),
        AssistReply("b", "Je suis vraiment désolé, M. Martin. J'ai pris du retard, mais je viens toujours."),
        AssistReply("c", "Plus simple d'en parler, M. Martin? Je peux vous appeler tout de suite."),
    )
    varied = _openings_varied(card, "M. Martin")
    assert varied[0] == card[0] and varied[2] == card[2]
    assert varied[1].text == "J'ai pris du retard, mais je viens toujours."


def test_a_repeated_opening_with_nothing_after_it_stays():
    card = (AssistReply("a", "Thanks, Dana! See you soon."), AssistReply("b", "Thanks, Dana! Ok."))
    assert _openings_varied(card, "Dana") == card


# --- (c) a grievance past the window is told where he is ------------------------------------------


@pytest.mark.parametrize(
    ("language", "status"), list(itertools.product(LANGUAGES, ("scheduled", "en_route")))
)
def test_a_grievance_past_the_window_gets_where_the_technician_is(language, status):
    card = replies(
        facts(status, language), reading(Intent.COMPLAINT, language=language, sentiment="negative"), now=PAST
    )
    labels = [r.label for r in card]
    assert any(
        label.endswith("Apologise and update") or label.endswith("Running behind") for label in labels
    ), labels
    english = [r.text for r in card if r.label.startswith("In English")] or [r.text for r in card]
    if status == "scheduled":
        assert not any("on the way" in t or "on my way now" in t for t in english), english


@pytest.mark.parametrize("status", ("on_site", "completed"))
def test_a_grievance_with_the_technician_there_or_gone_gets_no_status(status):
    card = replies(facts(status), reading(Intent.COMPLAINT, sentiment="negative"), now=PAST)
    assert not any("running behind" in r.text or "still coming" in r.text for r in card), [
        r.text for r in card
    ]


def test_a_grievance_inside_the_window_gets_no_status_reply():
    card = replies(facts("scheduled"), reading(Intent.COMPLAINT, sentiment="negative"), now=INSIDE)
    assert not any(r.label == "Apologise and update" for r in card)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Se ele não chegar em meia hora vou chamar outra empresa"),
        ("it", "Basta, aspetto da stamattina. Chiamo un'altra ditta"),
        ("en", "If nobody shows in 20 min I'm booking someone else."),
    ],
)
def test_a_lateness_only_guessed_beside_a_grievance_is_not_offered(language, text):
    guessed = reading(Intent.COMPLAINT, Intent.RUNNING_LATE, language=language, sentiment="negative")
    card = replies(facts("en_route", language), guessed, text, now=PAST)
    assert not any(r.label.startswith("If late") or "letting me know" in r.text for r in card), [
        r.text for r in card
    ]


def test_the_customers_own_lateness_beside_a_grievance_stays_a_reading():
    text = "I'm running late, and honestly your last tech was rude"
    card = replies(
        facts("on_site"),
        reading(Intent.COMPLAINT, Intent.RUNNING_LATE, sentiment="negative"),
        text,
        now=INSIDE,
    )
    assert any(r.label.startswith("If late") for r in card), [r.label for r in card]


# --- (d) both things said: answered, not asked ----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_lateness_and_a_window_question_said_together_are_not_asked_back(language):
    both = reading(
        Intent.RUNNING_LATE,
        Intent.WHERE_IS_TECH,
        language=language,
        intents=(Intent.RUNNING_LATE, Intent.WHERE_IS_TECH),
    )
    card = replies(facts("scheduled", language), both, now=INSIDE.replace(hour=9, minute=40))
    assert not any("Ask to be sure" in r.label for r in card), [r.label for r in card]
    assert any(r.label.startswith("If where") for r in card)


def test_a_guessed_second_reading_is_still_asked_back():
    guessed = reading(Intent.RUNNING_LATE, Intent.WHERE_IS_TECH, intents=(Intent.RUNNING_LATE,))
    card = replies(facts("scheduled"), guessed, now=INSIDE.replace(hour=9, minute=40))
    assert any("Ask to be sure" in r.label for r in card), [r.label for r in card]


@pytest.mark.parametrize(
    ("text", "arrival"),
    [
        ("I'll be home at 1:15, is he still coming between 1 and 3?", "13:15"),
        ("running late, home at 1:30, is he still coming between 1 and 3?", "13:30"),
    ],
)
def test_the_window_asked_about_is_no_arrival(text, arrival):
    read = read_rules_on_day(text, last=None, day="2026-12-10", at="12:50", window=("13:00", "15:00"))
    assert read.arrival_at is not None and read.arrival_at.strftime("%H:%M") == arrival, read.evidence


def test_a_window_said_as_the_arrival_alone_keeps_it():
    read = read_rules_on_day(
        "running late, I'll be home between 1 and 2",
        last=None,
        day="2026-12-10",
        at="12:50",
        window=("13:00", "15:00"),
    )
    assert read.arrival_at is not None, read.evidence


# --- (e) Japanese "not yet?" asks where he is -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    (
        "まだですか？もう11時半です",
        "まだ来ないんですけど",
        "あの、まだでしょうか",
        "着いてますか？玄関にいますが誰もいません",
    ),
)
def test_japanese_not_yet_asks_where_he_is(text):
    read = read_rules_on_day(text, last=None, day="2026-12-10", at="11:30", window=("09:00", "11:00"))
    assert Intent.WHERE_IS_TECH in read.intents, read.evidence


@pytest.mark.parametrize("text", ("見積もりはまだですか？", "部品がまだ来ないそうです"))
def test_japanese_not_yet_about_a_part_or_quote_is_no_where(text):
    read = read_rules_on_day(text, last=None, day="2026-12-10", at="11:30", window=("09:00", "11:00"))
    assert Intent.WHERE_IS_TECH not in read.intents, read.evidence
