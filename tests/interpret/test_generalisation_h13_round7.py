"""Families that fresh probe texts showed the rules missing (issue 13, round 7): a grievance without an
angry word, a visit no longer wanted said without "cancel", a text that reached the wrong person, a
request to be texted again or to be taken off the list said in words, Spanish HELP, a gas smell said as
rotten eggs in Spanish, and a request after a comma that makes a telling into a question.

Each family is generated from its parts (a phrasing x an opener or tail x case), so a rule that knows
one example fails on its neighbours; each has near-misses that must not be read the same way. Rules
only: the learned voice is trained on this family's corpus (`corpora/tuned/families_h13_round7.jsonl`)
and proves nothing here.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import read_rules_only

DONE = "Acme Home Services: your job is complete. How did we do? Reply 1-5."
UNSUBSCRIBED = "Acme Home Services: you have been unsubscribed. Reply START to resubscribe."


_read = read_rules_only


def _styled(text: str) -> list[str]:
    """The text as typed, shouted, and lower-case without end punctuation."""
    return [text, text.upper(), text.rstrip(".!?").lower()]


# --- 1. a grievance without an angry word -------------------------------------------------------

GRIEVANCES = (
    "quote said 180, invoice says 412??",
    "the estimate was 200 and the bill came to 450",
    "the new faucet is already loose",
    "the handle is already coming off",
    "it still makes that noise",
    "still smells the same",
    "es la tercera vez que gotea desde que vinieron",
    "la factura salió mucho más cara que el presupuesto",
    "el técnico dejó todo sucio",
    "sigue sin funcionar y ya pagué",
    "invoice is almost double the estimate",
    "estimate was 250 and now its 480?",
    "the new thermostat is already blank",
    "la factura vino mucho más alta de lo que dijeron",
)
AFTERS = ("", " fyi", ". just saying")


@pytest.mark.parametrize(
    "text", [s for g, a in itertools.product(GRIEVANCES, AFTERS) for s in _styled(g + a)]
)
def test_a_grievance_without_angry_words_is_a_complaint(text):
    assert _read(text, status="completed", last=DONE).intent == "complaint", text


@pytest.mark.parametrize(
    "text",
    [
        "3. took forever and still makes that noise",
        "3 - still does the same thing",
        "3 - fixed it but took ages and the bill was higher than quoted",
        "3 stars, ok but pricey",
        "3/5 took way too long",
        "3, tech showed up late",
        "3 - arregló todo pero muy caro",
    ],
)
def test_a_middling_rating_with_a_grievance_is_a_complaint(text):
    assert _read(text, status="completed", last=DONE).intent == "complaint", text


@pytest.mark.parametrize("text", ["3", "3, fine I guess", "3 - nice guy, job done", "3 stars"])
def test_a_middling_rating_without_a_grievance_is_other(text):
    assert _read(text, status="completed", last=DONE).intent == "other", text


@pytest.mark.parametrize(
    "text",
    [
        "can you send me the quote for the invoice?",
        "we already unlocked the side door",
        "does it still make noise when it starts? that is normal",
        "es la primera vez que los llamo",
        "the burning smell was just dust on the heater",
    ],
)
def test_look_alikes_of_a_grievance_are_not_a_complaint(text):
    assert "complaint" not in _read(text).intents, text


# --- 2. the visit no longer wanted, without "cancel" --------------------------------------------

NOT_WANTED = (
    "we went with someone else",
    "found another company that could come today",
    "we hired a different plumber",
    "never mind, it started working again",
    "nvm the breaker just needed reset",
    "we decided to just replace it ourselves",
    "please remove my appointment",
    "we sold the house, take us off the schedule",
    "ya contratamos a otra compañía",
    "mi esposo ya lo arregló, no hace falta que vengan",
    "my brother in law came by and fixed it",
    "nevermind its fine now, the reset button worked",
)
TAILS = ("", ", sorry", ". thanks anyway")


@pytest.mark.parametrize("text", [s for n, t in itertools.product(NOT_WANTED, TAILS) for s in _styled(n + t)])
def test_a_visit_no_longer_wanted_is_a_cancel(text):
    assert _read(text).intent == "cancel", text


@pytest.mark.parametrize(
    "text",
    [
        "I found another leak under the sink",
        "it started working again for an hour then died, can he still come?",
        "can I fix it myself before he comes?",
        "can he remove the old water heater at the appointment?",
        "¿cuándo lo arreglan?",
        "your guy came by and fixed it in may but it's leaking again",
        "one more delay and I'm going with someone else",
    ],
)
def test_look_alikes_of_a_visit_not_wanted_are_not_a_cancel(text):
    assert "cancel" not in _read(text).intents, text


# --- 3. the text reached the wrong person -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        s
        for w in (
            "no idea what this is about",
            "you got the wrong guy",
            "don't know what this message is for",
            "i dont know anyone named dana",
            "no tengo ninguna cita con ustedes",
        )
        for s in _styled(w)
    ],
)
def test_not_knowing_what_the_text_is_about_is_a_wrong_number(text):
    assert _read(text).intent == "wrong_number", text


@pytest.mark.parametrize(
    "text",
    [
        "no idea what this noise is, can he look?",
        "you got the wrong part, it's a 40 gallon",
        "I don't know anyone who does gutters, do you?",
    ],
)
def test_look_alikes_of_a_wrong_number_are_not_one(text):
    assert "wrong_number" not in _read(text).intents, text


# --- 4. consent said in words -------------------------------------------------------------------

OPT_OUTS = (
    "I never signed up for these messages, stop",
    "sáquenme de esta lista",
    "quit texting me",
    "take me off this list",
)


@pytest.mark.parametrize("text", [s for o in OPT_OUTS for s in _styled(o)])
def test_a_request_to_stop_texting_is_an_opt_out(text):
    assert _read(text).intent == "opt_out", text


OPT_INS = (
    "ok you can text me again",
    "i want the texts back",
    "put me back on the reminders",
    "ya pueden volver a mandarme mensajes",
)


@pytest.mark.parametrize("text", [s for o in OPT_INS for s in _styled(o)])
def test_a_request_to_be_texted_again_is_an_opt_in(text):
    assert _read(text, last=UNSUBSCRIBED).intent == "opt_in", text


@pytest.mark.parametrize(
    "text",
    [
        "please take me off the schedule for tomorrow",
        "the leak won't stop",
        "please stop by after 2",
        "I never signed up for the maintenance plan, why was I charged?",
    ],
)
def test_look_alikes_of_consent_are_not_consent(text):
    assert not {"opt_out", "opt_in"} & set(_read(text).intents), text


@pytest.mark.parametrize("text", ["AYUDA", "ayuda", "Ayuda."])
def test_spanish_help_alone_is_help(text):
    assert _read(text).intent == "help", text


# --- 5. hazards and their look-alikes -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["huele a huevo podrido cerca de la estufa", "hay olor a huevos podridos en la cocina"]
)
def test_rotten_eggs_in_spanish_is_a_gas_emergency(text):
    reading = _read(text)
    assert reading.intent == "emergency" and reading.hazard == "gas", text


@pytest.mark.parametrize(
    "text",
    [
        "we had a flood last spring, can he check the sump pump",
        "there was a leak years ago, could you look at the ceiling stain",
        "tuvimos una inundación el año pasado, puede revisar la bomba",
    ],
)
def test_a_telling_then_a_request_is_a_question_not_a_hazard(text):
    reading = _read(text)
    assert reading.intent == "question", text


# The keyword first, closed by a full stop or a bang, then the reason (found after round 7).
KEYWORD_THEN_REASON = [
    f"{keyword}{mark} {reason}"
    for keyword, mark, reason in itertools.product(
        ("STOP", "Stop", "stop", "UNSUBSCRIBE", "Unsubscribe"),
        (".", "!", "!!!", ". "),
        ("I've asked twice.", "too many texts", "I already told you", "this is the third time"),
    )
]


@pytest.mark.parametrize("text", KEYWORD_THEN_REASON)
def test_the_keyword_first_then_a_reason_is_an_opt_out(text):
    assert _read(text).intent == "opt_out", text


@pytest.mark.parametrize(
    "text",
    [
        "Stop by anytime after 3, the side gate is open",
        "Stop, wait, he can come in through the side gate",
        "stopping at the store, 10 min late",
        "The dripping won't stop. Can he come sooner?",
    ],
)
def test_look_alikes_of_the_keyword_first_are_not_an_opt_out(text):
    assert "opt_out" not in _read(text).intents, text
