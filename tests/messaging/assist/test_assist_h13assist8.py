"""Families the h13assist8 assist probe (corpora/tuned/assist_h13_h13assist8.jsonl) found.

(a) "Where is he?" answered to fit the job state: a technician on site is already there (never
"I'm heading your way"); one scheduled inside the window has not left yet and is not late either
(never "on my way", never "I'm running behind"); one on the way says so.
(b) A leave threat ("再不来我就找别的公司了") the rules read as a grievance, urgent for its anger,
with an emergency only the learned voice sees: the calm apology comes first and no option carries
safety advice ("pick up once you're somewhere safe").
(c) A cancellation only one reading of several wants is offered, never announced as done.
Generated over languages and job states; near misses beside each family.
"""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.assist.suggest import JobFacts, TaskFacts, address_name, assist, danger
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation

ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2026, 12, 9, 10, 40, tzinfo=ZONE)  # inside a 10 am-12 pm window
LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "vi", "tl", "zh", "ko")
NAMES = ("Dana Ortiz", "Mrs. Anita Patel", "M. Pierre Martin", "Wang Fang", "Nguyễn Thị Lan", "")


def facts(status: str = "scheduled", language: str = "en", name: str = "Dana Ortiz", **changes) -> JobFacts:
    base = {
        "customer_name": name,
        "technician_name": "Luis",
        "timezone": "America/Chicago",
        "window_start": NOW.replace(hour=10, minute=0),
        "window_end": NOW.replace(hour=12, minute=0),
        "job_status": status,
        "trade": "hvac",
        "summary": "AC not cooling",
        "tasks": (
            TaskFacts("Inspect outdoor condenser", 15, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
        "language": language,
    }
    return JobFacts(**(base | changes))


def reading(intent: str, *alternatives: str, language: str = "en", **fields) -> Interpretation:
    fields.setdefault("sure", not alternatives)
    return Interpretation(
        intent=intent,
        intents=fields.pop("intents", (intent,)),
        alternatives=alternatives,
        language=language,
        **fields,
    )


def texts(job: JobFacts, interpretation: Interpretation, message: str = "", now: datetime = NOW) -> list[str]:
    return [r.text for r in assist(job, interpretation, now, message=message).replies]


# --- (a) where is he, by job state ---------------------------------------------------------------

ON_THE_WAY = re.compile(
    r"heading your way|on the way now|I'm on my way now|will be there in a few minutes|voy para allá|ya voy en camino|"
    r"llego en unos minutos",
    re.I,
)
RUNNING_BEHIND = re.compile(
    r"running behind|voy tarde|I'm late|estoy atrasad|en retard|in ritardo|verspät", re.I
)


@pytest.mark.parametrize(("language", "name"), list(itertools.product(LANGUAGES, NAMES)))
def test_a_technician_on_site_asked_where_he_is_says_he_is_already_there(language, name):
    for alternatives in ((), (Intent.CUSTOMER_ARRIVED,), (Intent.QUESTION,)):
        said = texts(
            facts("on_site", language, name), reading(Intent.WHERE_IS_TECH, *alternatives, language=language)
        )
        assert not any(ON_THE_WAY.search(t) for t in said), said


@pytest.mark.parametrize("language", ("en", "es"))
def test_on_site_the_where_answer_says_already_here(language):
    said = texts(facts("on_site", language), reading(Intent.WHERE_IS_TECH, language=language))
    assert any(re.search(r"already arrived|ya estoy en la casa", t, re.I) for t in said), said


@pytest.mark.parametrize(("language", "name"), list(itertools.product(LANGUAGES, NAMES)))
def test_scheduled_inside_the_window_is_neither_on_the_way_nor_late(language, name):
    for sentiment in ("neutral", "negative"):
        where = reading(Intent.WHERE_IS_TECH, language=language, sentiment=sentiment)
        said = texts(facts("scheduled", language, name), where)
        assert not any(ON_THE_WAY.search(t) or RUNNING_BEHIND.search(t) for t in said), said


@pytest.mark.parametrize("language", ("en", "es"))
def test_scheduled_inside_the_window_says_not_yet_left_and_the_window(language):
    said = texts(facts("scheduled", language), reading(Intent.WHERE_IS_TECH, language=language))
    assert re.search(r"haven't headed out yet|Todavía no salgo", said[0]), said
    assert re.search(r"10 (?:am|a\.m\.)", said[0]) and re.search(r"on my way|en camino", said[0])


@pytest.mark.parametrize("language", ("en", "es"))
def test_an_upset_customer_inside_the_window_hears_an_apology_first(language):
    where = reading(Intent.WHERE_IS_TECH, language=language, sentiment="negative")
    said = texts(facts("scheduled", language), where, "where is he? been waiting all morning")
    assert re.match(r"I'm sorry|Lo siento", said[0]), said
    assert not RUNNING_BEHIND.search(said[0])


@pytest.mark.parametrize("language", ("en", "es"))
def test_near_miss_after_the_window_the_scheduled_technician_owns_being_late(language):
    after = NOW.replace(hour=12, minute=30)
    said = texts(facts("scheduled", language), reading(Intent.WHERE_IS_TECH, language=language), now=after)
    assert any(RUNNING_BEHIND.search(t) for t in said), said


@pytest.mark.parametrize("language", ("en", "es"))
def test_near_miss_on_the_way_says_so(language):
    job = facts("en_route", language, technician_eta=NOW + timedelta(minutes=20))
    said = texts(job, reading(Intent.WHERE_IS_TECH, language=language))
    assert any(re.search(r"on my way|on the way|en camino", t) for t in said), said


# --- (b) a leave threat the learned voice alone reads as danger ------------------------------------

SAFETY = re.compile(
    r"somewhere safe|leave the house|911|lugar seguro|salga|en sécurité|in Sicherheit|al sicuro|lugar seguro|"
    r"an toàn|ligtas|安全的地方|안전한 곳",
    re.I,
)
APOLOGY = re.compile(r"sorry|lo siento|désolé|sinto muito|tut mir|dispiace|xin lỗi|pasensya|抱歉|죄송", re.I)


def leave_threat(language: str, best: str = Intent.COMPLAINT) -> Interpretation:
    """The rules read a threat to leave (urgent for its anger), as their evidence names it; the
    learned voice's best is an emergency."""
    said = (f"cue complaint.leaving_more_languages '找别的公司' -> {best}",)
    return reading(
        best, Intent.EMERGENCY, language=language, urgent=True, sentiment="negative", evidence=said
    )


@pytest.mark.parametrize(
    ("language", "status"), list(itertools.product(LANGUAGES, ("scheduled", "en_route", "on_site")))
)
def test_a_leave_threat_is_answered_calmly_first_without_safety_advice(language, status):
    threat = leave_threat(language)
    assert danger(threat) == "possible"
    replies = assist(facts(status, language), threat, NOW, message="再不来我就找别的公司了").replies
    assert replies[0].label.startswith("If unhappy"), [r.label for r in replies]
    assert APOLOGY.search(replies[0].text), replies[0].text
    assert not any(SAFETY.search(r.text) for r in replies), [r.text for r in replies]


def test_a_leave_threat_still_alerts_the_technician():
    notes = assist(facts(), leave_threat("zh"), NOW, message="再不来我就找别的公司了").heads_up
    assert any("Possible EMERGENCY" in str(n) for n in notes), notes


@pytest.mark.parametrize("language", LANGUAGES)
def test_near_miss_a_hazard_the_rules_name_is_still_danger_seen(language):
    gas = reading(
        Intent.COMPLAINT, Intent.EMERGENCY, language=language, urgent=True, hazard="gas", sentiment="negative"
    )
    assert danger(gas) == "seen"
    first = assist(facts(language=language), gas, NOW).replies[0]
    assert first.label in {"If emergency: Call first", "If emergency: Safety first"}, first.label


def test_near_miss_a_grievance_that_is_no_threat_to_leave_beside_a_learned_emergency_is_still_seen():
    damage = reading(
        Intent.COMPLAINT,
        Intent.EMERGENCY,
        urgent=True,
        sentiment="negative",
        evidence=("cue complaint.damage 'scratched' -> complaint",),
    )
    assert danger(damage) == "seen"


def test_near_miss_a_learned_emergency_beside_no_grievance_is_still_seen():
    assert danger(reading(Intent.QUESTION, Intent.EMERGENCY, urgent=True)) == "seen"


# --- (c) one reading of several wants a cancellation: offered, never done --------------------------

DONE = re.compile(
    r"is cancelled|quedó cancelada|est annulé|foi cancelada|abgesagt\.|annullata\.|đã hủy|kinansela ko na|"
    r"已经取消|취소해 드렸어요|취소했",
    re.I,
)


@pytest.mark.parametrize(
    ("language", "best"), list(itertools.product(LANGUAGES, (Intent.COMPLAINT, Intent.OTHER)))
)
def test_a_cancel_only_one_reading_wants_is_offered_not_done(language, best):
    unsure = reading(best, Intent.CANCEL, language=language, sentiment="negative")
    replies = assist(facts(language=language), unsure, NOW, message="다른 업체 부를게요").replies
    cancels = [r for r in replies if r.label.startswith("If cancel")]
    assert cancels and cancels[0].label == "If cancel: Offer to cancel", [r.label for r in replies]
    assert not any(DONE.search(r.text) for r in replies), [r.text for r in replies]


def test_near_miss_a_cancel_the_rules_read_is_confirmed():
    said = reading(Intent.CANCEL, Intent.RUNNING_LATE, intents=(Intent.CANCEL,))
    replies = assist(facts(), said, NOW, message="need to cancel, car broke down").replies
    assert replies[0].label == "If cancel: Cancel it" and "cancelled" in replies[0].text


# --- names: a French title keeps its family name -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "said"),
    [("M. Pierre Martin", "M. Martin"), ("Mme Claire Dubois", "Mme Dubois"), ("Mario Rossi", "Mario")],
)
def test_a_french_title_is_said_with_the_family_name(name, said):
    assert address_name(name) == said


# --- nothing cheerful beside danger, in the short phrasebooks too ----------------------------------

CHEERFUL_OPENERS = re.compile(
    r"Of course|Bien sûr|Claro|Natürlich|Certo|当然|물론이죠|Great|Super|Perfetto", re.I
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_where_beside_danger_opens_with_no_cheer(language):
    gas = reading(Intent.EMERGENCY, Intent.WHERE_IS_TECH, language=language, urgent=True, hazard="gas")
    where = [
        r.text for r in assist(facts(language=language), gas, NOW).replies if r.label.startswith("If where")
    ]
    assert where and not any(CHEERFUL_OPENERS.search(t) for t in where), where


def test_near_miss_where_with_no_danger_may_open_warmly():
    said = texts(facts(language="fr"), reading(Intent.WHERE_IS_TECH, language="fr"))
    assert said[0].startswith("Bien sûr"), said


# --- the question that asks which reading was meant, in the job's tense -----------------------------

WHEN_ILL_GET_THERE = re.compile(
    r"when I'll get there|cuándo llego|quand j'arrive|quando eu chego|wann ich komme|quando arrivo|khi nào em tới|"
    r"kung kailan ako darating|什么时候到|언제 도착",
    re.I,
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_site_the_question_asks_where_he_is_not_when_he_will_come(language):
    unsure = reading(Intent.CUSTOMER_ARRIVED, Intent.WHERE_IS_TECH, language=language)
    asks = [
        r.text for r in assist(facts("on_site", language), unsure, NOW).replies if "Ask to be sure" in r.label
    ]
    assert asks and not any(WHEN_ILL_GET_THERE.search(t) for t in asks), asks


@pytest.mark.parametrize("language", ("en", "es"))
def test_near_miss_before_arriving_the_question_asks_when(language):
    unsure = reading(Intent.CUSTOMER_ARRIVED, Intent.WHERE_IS_TECH, language=language)
    ask = assist(facts("scheduled", language), unsure, NOW).replies[-1]
    assert WHEN_ILL_GET_THERE.search(ask.text), ask.text
