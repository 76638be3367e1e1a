"""The options for a reading the interpreter is not sure of (suggest's `_fit_every_reading`).

Unsure readings are generated for every ordered pair of intents a person might have meant (the
best reading and one alternative), in English and Spanish, before the visit, on the way, on site
and after it, with danger seen, only possible, or absent. Each list must: put a hazard a voice
sees first as a call with the safety step; then a complaint's apology; then danger that is only
possible, as a call with no safety advice; then the other readings by likelihood, one labelled
option each; then one neutral "Just to be sure, do you mean ...?". No safety text without a hazard
seen, no option twice, nothing cheerful beside a complaint or danger.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from messaging.assist.suggest import READING_NAMES, JobFacts, Reply, TaskFacts, _danger_named, assist, danger
from messaging.hazards import HAZARDS
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation

ZONE = ZoneInfo("America/Chicago")
NOW = datetime(2026, 6, 10, 9, 20, tzinfo=ZONE)  # a Wednesday; the window is 10 am-12 pm
READINGS = [i for i in Intent if i not in {Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP}]
PAIRS = [pair for pair in itertools.permutations(READINGS, 2)]
STATUSES = {
    "scheduled": {},
    "en_route": {"technician_eta": NOW + timedelta(minutes=25)},
    "on_site": {},
    "completed": {},
}
# The brief's named pairs, each way round, are among PAIRS; these are checked by name too.
NAMED_PAIRS = [
    (Intent.EMERGENCY, Intent.QUESTION),
    (Intent.COMPLAINT, Intent.THANKS),
    (Intent.RUNNING_LATE, Intent.RESCHEDULE),
    (Intent.CANCEL, Intent.RESCHEDULE),
    (Intent.CONFIRM, Intent.OTHER),
    (Intent.WHERE_IS_TECH, Intent.QUESTION),
]

# Safety wording: every hazard's advice in every language, and the words it is made of.
SAFETY_ADVICE = [text for h in HAZARDS.values() for text in h.advice.values()]
SAFETY_WORDS = re.compile(
    r"911|leave the house|get (?:everyone )?(?:out|outside)|somewhere safe|fresh air|main (?:water )?valve|"
    r"breaker|salga de la casa|al aire libre|a salvo|lugar seguro|llave principal|interruptor",
    re.I,
)
# What a cheerful reply sounds like: wrong beside a complaint or danger.
CHEERFUL = re.compile(
    r"happy to help|anything else|great, thanks|perfect|glad|kind words|good question|you're so welcome|"
    r"see you soon|con gusto!|¿hay algo más|perfecto|buena pregunta|gracias por sus palabras|me alegra|"
    # a late customer's easy "No worries! Running behind happens to all of us" beside water pouring in
    r"no worries|happens to all of us|no se preocupe|son cosas que pasan",
    re.I,
)
APOLOGY = re.compile(r"\bsorry\b|apolog|lo siento|disculp|perd[oó]n", re.I)
MAKES_IT_RIGHT = re.compile(r"come back|call|make it right|fix|regres|llam|arregl|revis", re.I)
ASK = re.compile(r"^(?:Just to be sure|Solo para estar seguros|Para entenderle bien)")
SPANISH = re.compile(r"[¿¡ñáéíóú]|\b(?:usted|que|para|su|le|voy|nos|hoy|la|las)\b", re.I)


def facts(status: str, language: str) -> JobFacts:
    return JobFacts(
        customer_name="Dana Ortiz",
        technician_name="Luis",
        timezone="America/Chicago",
        window_start=datetime(2026, 6, 10, 10, 0, tzinfo=ZONE),
        window_end=datetime(2026, 6, 10, 12, 0, tzinfo=ZONE),
        job_status=status,
        trade="hvac",
        summary="AC not cooling",
        tasks=(
            TaskFacts("Inspect outdoor condenser", 15, needs_customer=False),
            TaskFacts("Test thermostat", 10, needs_customer=True),
        ),
        language=language,
        **STATUSES[status],
    )


def unsure(best: str, *alternatives: str, seen: bool = True, language: str = "en") -> Interpretation:
    """An unsure reading as the two voices would give it. Danger the rules read carries its kind;
    danger only the learned voice names is `urgent` when it is sure enough to be seen (`seen`)."""
    readings = {best, *alternatives}
    learned_danger = alternatives[:1] == (Intent.EMERGENCY,) and seen
    return Interpretation(
        intent=best,
        intents=(best,),
        alternatives=alternatives,
        sure=False,
        urgent=best == Intent.EMERGENCY or learned_danger,
        hazard="gas" if best == Intent.EMERGENCY else None,
        arrival_at=NOW + timedelta(minutes=25) if Intent.RUNNING_LATE in readings else None,
        requested_date=date(2026, 6, 12) if Intent.RESCHEDULE in readings else None,
        requested_time=time(15) if Intent.RESCHEDULE in readings else None,
        language=language,
        sentiment="negative" if best == Intent.COMPLAINT else "neutral",
    )


def nothing_to_ask(reading: Interpretation) -> bool:
    """Confirming or thanks is all the customer may mean: their own replies fit, nothing is asked."""
    return {reading.intent, *reading.alternatives} <= {Intent.CONFIRM, Intent.THANKS}


def options(reading: Interpretation, status: str = "scheduled", message: str = "") -> tuple[Reply, ...]:
    return assist(facts(status, reading.language), reading, NOW, message=message).replies


def reading_of(reply: Reply) -> str | None:
    """'If late: Wait for you' -> 'late'; None for the question and the offer to call."""
    match = re.match(r"If ([^:]+): ", reply.label)
    return match[1] if match else None


def rank(reply: Reply) -> int:
    """Where an option belongs in the list, by the rule."""
    if reply.label == "If emergency: Call first":
        return 0
    if reading_of(reply) == "unhappy":
        return 1
    if reply.label == "If emergency: Call to check":
        return 2
    if reading_of(reply):
        return 3
    return 4 if reply.label == "Ask to be sure" else 5


def similarity(a: str, b: str) -> float:
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(words_a & words_b) / max(len(words_a | words_b), 1)


def every_unsure_reading():
    """(id, reading, status) for each ordered pair, language, job state and, when an emergency
    is the alternative, danger seen or only possible."""
    for (best, other), language, status in itertools.product(PAIRS, ("en", "es"), STATUSES):
        for seen in (True, False) if other == Intent.EMERGENCY else (True,):
            yield unsure(best, other, seen=seen, language=language), status


ALL = list(every_unsure_reading())


def check_each(check) -> None:
    """Run `check(reading, status, replies)` on every generated reading; report all that fail."""
    failures = []
    for reading, status in ALL:
        replies = options(reading, status)
        problem = check(reading, status, replies)
        if problem:
            failures.append(
                f"{reading.intent}/{','.join(reading.alternatives)} {reading.language} {status} "
                f"urgent={reading.urgent}: {problem}\n    "
                + "\n    ".join(f"[{r.label}] {r.text}" for r in replies)
            )
    assert not failures, f"{len(failures)} of {len(ALL)} lists fail:\n" + "\n".join(failures[:8])


# --- the rule, on every generated reading ------------------------------------------------------


def test_every_unsure_reading_gets_two_to_four_short_distinct_options():
    def check(reading, status, replies):
        texts = [r.text for r in replies]
        if not 2 <= len(replies) <= 4:
            return f"{len(replies)} options"
        if any(not 0 < len(t) <= 320 for t in texts):
            return "an option is empty or longer than two SMS segments"
        if len(set(texts)) < len(texts) or any(
            similarity(a, b) >= 0.7 for a, b in itertools.combinations(texts, 2)
        ):
            return "two options say the same thing"
        labels = [reading_of(r) or r.label for r in replies]
        if len(set(labels)) < len(labels):
            return "two options for the same reading"
        return None

    check_each(check)


def test_options_are_ranked_by_risk_then_likelihood():
    def check(reading, status, replies):
        if nothing_to_ask(reading):
            return None
        readings = [reading.intent, *reading.alternatives]
        ranks = [rank(r) for r in replies]
        if ranks != sorted(ranks):
            return f"ranks {ranks}"
        # The acknowledgement that says most (confirm, then thanks, then other) answers for them all.
        acknowledging = [i for i in (Intent.CONFIRM, Intent.THANKS, Intent.OTHER) if i in readings]
        readings_ = [acknowledging[0] if r in acknowledging else r for r in readings]
        likely = [r for r in dict.fromkeys(readings_) if r not in {Intent.EMERGENCY, Intent.COMPLAINT}]
        offered = [reading_of(r) for r in replies if rank(r) == 3]
        order = [offered.index(READING_NAMES[i]) for i in likely if READING_NAMES[i] in offered]
        if len(order) != len(offered) or order != sorted(order):
            return "the other readings are not in order of likelihood"
        return None

    check_each(check)


def test_a_hazard_a_voice_sees_comes_first_as_a_call_with_the_safety_step():
    def check(reading, status, replies):
        if danger(reading) != "seen":
            return None
        first = replies[0]
        calling = re.search(r"calling you right now|Le llamo ahora mismo", first.text)
        if first.label != "If emergency: Call first" or not calling or not SAFETY_WORDS.search(first.text):
            return "the first option is not the call with the safety step"
        return None

    check_each(check)


def test_no_option_carries_safety_advice_unless_a_voice_sees_a_hazard_now():
    def check(reading, status, replies):
        if danger(reading) == "seen":
            return None
        for reply in replies:
            if SAFETY_WORDS.search(reply.text) or any(advice in reply.text for advice in SAFETY_ADVICE):
                return f"safety wording in '{reply.label}'"
        return None

    check_each(check)


def test_possible_danger_is_only_a_call_to_check():
    def check(reading, status, replies):
        if danger(reading) != "possible" or Intent.EMERGENCY not in reading.alternatives:
            return None
        calls = [r for r in replies if r.label == "If emergency: Call to check"]
        if not _danger_named(reading):
            # a faint learned emergency beside a plain grievance names no danger (h13assist10)
            return "a call to check beside a grievance that names no danger" if calls else None
        if not calls or not re.search(r"calling you right now|Le llamo ahora mismo", calls[0].text):
            return "no call to check"
        return None

    check_each(check)


def test_a_likely_complaint_gets_an_apology_that_owns_it_and_nothing_cheerful():
    def check(reading, status, replies):
        if Intent.COMPLAINT not in {reading.intent, *reading.alternatives}:
            return None
        apologies = [r for r in replies if reading_of(r) == "unhappy"]
        if not apologies:
            return "no option for the complaint"
        if not (APOLOGY.search(apologies[0].text) and MAKES_IT_RIGHT.search(apologies[0].text)):
            return "the complaint's option does not apologise and offer to put it right"
        if any(CHEERFUL.search(r.text) for r in replies):
            return "a cheerful option beside a complaint"
        return None

    check_each(check)


def test_nothing_is_cheerful_beside_danger():
    def check(reading, status, replies):
        if danger(reading) is None:
            return None
        cheerful = [r.label for r in replies if CHEERFUL.search(r.text)]
        return f"cheerful: {cheerful}" if cheerful else None

    check_each(check)


def test_the_last_option_asks_which_reading_was_meant_in_the_customers_language():
    def check(reading, status, replies):
        ask = replies[-1]
        if not nothing_to_ask(reading) and (ask.label != "Ask to be sure" or not ASK.search(ask.text)):
            return "the last option does not ask to be sure"
        if reading.language == "es" and not all(SPANISH.search(r.text) for r in replies):
            return "an option is not in Spanish"
        if reading.language == "en" and any(re.search(r"[¿¡]", r.text) for r in replies):
            return "Spanish in an English list"
        return None

    check_each(check)


def test_options_that_would_contradict_each_other_are_labelled_as_alternatives():
    """'See you around 10:20' and 'happy to reschedule' may both be offered, but only as answers to
    different readings, each labelled with its own; the question and the call fit them all."""

    def check(reading, status, replies):
        if nothing_to_ask(reading):
            return None  # one reading's own replies: nothing to tell apart
        unlabelled = [
            r.label for r in replies if not reading_of(r) and r.label not in {"Ask to be sure", "Call me"}
        ]
        return f"unlabelled: {unlabelled}" if unlabelled else None

    check_each(check)


# --- the brief's pairs, read aloud ----------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("best", "other"), NAMED_PAIRS + [(b, a) for a, b in NAMED_PAIRS])
def test_each_named_pair_offers_an_option_for_both_readings(best, other, language):
    replies = options(unsure(best, other, language=language))
    answered = {reading_of(r) for r in replies}
    for intent in (best, other):
        if intent in {Intent.THANKS, Intent.OTHER} and Intent.COMPLAINT in (best, other):
            continue  # nothing cheerful beside a complaint: the question asks instead
        if intent == Intent.OTHER and {best, other} == {Intent.CONFIRM, Intent.OTHER}:
            continue  # one acknowledgement answers both: the confirmation, which says most
        if intent == Intent.QUESTION and Intent.EMERGENCY in (best, other):
            continue  # the call answers a question about danger, not "let me check"
        assert READING_NAMES[intent] in answered, [r.label for r in replies]


def test_running_late_or_reschedule_offers_both_and_asks_which():
    replies = options(unsure(Intent.RUNNING_LATE, Intent.RESCHEDULE), "on_site")
    assert [reading_of(r) for r in replies[:2]] == ["late", "new time"]
    assert replies[-1].text == (
        "Just to be sure, Dana: do you mean you'll be home around 9:45, or you'd like to move your "
        "visit to Friday at 3 pm?"
    )


def test_cancel_or_reschedule_asks_which_in_spanish():
    replies = options(unsure(Intent.CANCEL, Intent.RESCHEDULE, language="es"))
    assert replies[-1].text == (
        "Solo para estar seguros, Dana: ¿quiere decir que desea cancelar su visita hoy, o que desea "
        "cambiar su visita para el viernes a las 3 p.m.?"
    )


def test_a_question_that_may_be_an_emergency_puts_the_call_and_safety_step_first():
    replies = options(unsure(Intent.EMERGENCY, Intent.QUESTION))
    assert replies[0].label == "If emergency: Call first"
    assert replies[0].text.startswith("I'm calling you right now, Dana, to make sure everyone is safe.")
    assert HAZARDS["gas"].advice["en"] in replies[0].text
    # The call answers the question: nobody in danger is told "let me check and text you back".
    assert [r.text for r in replies[1:]] == [
        "Just to be sure, Dana: do you mean something is unsafe at home right now?"
    ]


def test_emergency_only_the_learned_voice_sees_is_ranked_first_not_second():
    replies = options(unsure(Intent.QUESTION, Intent.EMERGENCY))
    assert replies[0].label == "If emergency: Call first"
    assert HAZARDS["other"].advice["en"] in replies[0].text  # no kind named: the generic step


def test_a_harmless_text_that_only_may_be_danger_gets_no_safety_text():
    # "Can the tech also swap the battery in my smoke detector?": the learned voice names an
    # emergency without being sure enough to make the text urgent.
    reading = unsure(Intent.QUESTION, Intent.EMERGENCY, seen=False)
    replies = options(reading, message="Can the tech also swap the battery in my smoke detector?")
    assert danger(reading) == "possible"
    assert not any(SAFETY_WORDS.search(r.text) for r in replies)
    assert [r.label for r in replies] == [
        "If emergency: Call to check",
        "If question: Check and reply",
        "Ask to be sure",
    ]


def test_thanks_that_may_be_a_complaint_is_answered_with_an_apology_not_thanks():
    replies = options(unsure(Intent.THANKS, Intent.COMPLAINT), "completed", message="great job... not")
    assert [r.label for r in replies] == ["If unhappy: Apologise and fix", "Ask to be sure"]
    assert replies[0].text.startswith("I'm so sorry, Dana.")
    assert replies[1].text == "Just to be sure, Dana: do you mean you're unhappy with how things went?"


def test_a_fault_that_came_back_is_owned_whichever_reading_is_likelier():
    for reading in (unsure(Intent.QUESTION, Intent.COMPLAINT), unsure(Intent.COMPLAINT, Intent.QUESTION)):
        replies = options(reading, "completed", message="the AC is leaking again, same as last time")
        assert reading_of(replies[0]) == "unhappy"
        assert "same problem come back" in replies[0].text and "come back and fix it" in replies[0].text
        assert replies[1].text == "Let me check and text you right back, Dana."  # not "Happy to help!"


@pytest.mark.parametrize("best", [Intent.CONFIRM, Intent.THANKS])
def test_confirm_or_thanks_is_answered_by_the_confirmation_with_nothing_to_ask(best):
    # "Great, thanks - 12-2 works!": asking "do you mean the visit still works for you?" would
    # only say their words back.
    other = Intent.THANKS if best == Intent.CONFIRM else Intent.CONFIRM
    replies = options(unsure(best, other))
    assert [r.label for r in replies] == ["Confirm", "Text before arriving"]
    assert replies[0].text == "Great, thanks! See you today between 10 am and 12 pm, Dana."


def test_confirm_or_other_gives_the_confirmation_and_asks():
    replies = options(unsure(Intent.OTHER, Intent.CONFIRM))
    assert [r.label for r in replies] == ["If confirms: Confirm", "Ask to be sure"]
    assert replies[1].text == (
        "Just to be sure, Dana: do you mean your visit today between 10 am and 12 pm still works for you?"
    )


def test_a_text_nobody_understood_is_asked_about():
    replies = options(unsure(Intent.OTHER), message="🤷")
    assert replies[-1].text == "Just to be sure I understand, Dana: could you tell me a bit more?"


# --- danger: who sees it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reading", "seen"),
    [
        # The rules read a hazard (their cues veto "smoke detector battery", "a flood last spring").
        (Interpretation("emergency", ("emergency",), hazard="gas", sure=False, urgent=True), "seen"),
        # The learned voice's own best reading, sure enough to make the text urgent.
        (Interpretation("other", ("other",), alternatives=("emergency",), sure=False, urgent=True), "seen"),
        # Near miss: its best reading, but not sure enough to be urgent on its own.
        (Interpretation("other", ("other",), alternatives=("emergency",), sure=False), "possible"),
        # Near miss: urgent for another reason (an angry customer), danger only its second guess.
        (
            Interpretation(
                "complaint", ("complaint",), alternatives=("cancel", "emergency"), sure=False, urgent=True
            ),
            "possible",
        ),
        (Interpretation("question", ("question",), alternatives=("where_is_tech",), sure=False), None),
    ],
)
def test_danger_is_seen_only_when_a_voice_sees_a_hazard_now(reading, seen):
    assert danger(reading) == seen


# --- a complaint's words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "is_mess"),
    [
        ("left drywall dust all over the floor", True),
        ("there's dust everywhere in the hallway", True),
        ("muddy footprints on my carpet", True),
        ("dirt all over the kitchen", True),
        # Near misses: dust or dirt that is not a mess left behind.
        ("the burning smell was just dust on the burners", False),
        ("the filter is still the old dirty one he said he'd change", False),
    ],
)
def test_a_complaint_about_a_mess_is_told_apart_from_one_that_only_mentions_dust(message, is_mess):
    [apology] = [
        r for r in options(unsure(Intent.COMPLAINT), "completed", message) if reading_of(r) == "unhappy"
    ]
    assert ("clean it up" in apology.text) is is_mess


@pytest.mark.parametrize(
    ("intents", "opens"),
    [
        (("where_is_tech", "complaint"), "I'm sorry, Dana, I know you've been waiting to hear from us."),
        # Near miss: asked without a grievance, thanks for checking in is the right tone.
        (("where_is_tech",), "I appreciate you checking in!"),
    ],
)
def test_asking_about_the_return_visit_beside_a_complaint_opens_with_an_apology(intents, opens):
    reading = Interpretation(intents[0], intents)  # sure: the tone rule holds for every reading
    message = "Is Luis coming back today with the part or not? Nobody told me anything"
    assert options(reading, "completed", message)[0].text.startswith(opens)


@pytest.mark.parametrize("seen", [True, False])
@pytest.mark.parametrize("acknowledging", [Intent.CONFIRM, Intent.THANKS])
def test_beside_possible_danger_no_option_says_all_is_well(seen, acknowledging):
    """ "The furnace blows cold, small kids, snow outside, when are you coming?" read as a question,
    maybe an emergency, maybe a confirmation: "see you between 10 and 12" is not offered beside the
    call (found reading unsure cards aloud, lead11)."""
    reading = unsure(Intent.QUESTION, Intent.EMERGENCY, acknowledging, seen=seen)
    labels = [reply.label for reply in options(reading)]
    assert any(label.startswith("If emergency") for label in labels), labels
    assert not any(label.startswith(("If confirms", "If thanks")) for label in labels), labels
    # nor does the question that asks which was meant ("do you mean the visit still works for
    # you?" to an Arabic no-heat text with small children and snow; read aloud, twelfth session)
    asked = [reply.text for reply in options(reading) if reply.label.startswith("Ask")]
    assert not any("still works" in text or "thanks" in text.lower() for text in asked), asked
