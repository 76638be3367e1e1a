"""Families a fresh probe showed the rules missing (issue 13, h13safe7): a hazard that was mistaken,
told in passing ("thought he smelled gas but it was the burner he left on", "false alarm, bad sensor"),
must not be read as an emergency, while one still there stays one; opt-outs said politely or at length
in English, Spanish, French, Portuguese and Hinglish, against a request for another hour ("stop texting
me so early"); an opt-in said in words after an accidental STOP; the customer at the edge of leaving in
Spanish, French and Portuguese.

Rules only: the learned voice is trained on the probe's corpus (`corpora/tuned/families_h13_h13safe7.jsonl`)
and proves nothing here.
"""

from __future__ import annotations

import pytest

from messaging.interpret.cues.emergency import find_hazard
from messaging.interpret.normalize import normalise

from .helpers import read_rules_only

OPTED_OUT = "You have been unsubscribed and will receive no more messages. Reply START to opt back in."


@pytest.mark.parametrize(
    "text",
    [
        "my wife thought she smelled gas but it was the stove knob left on, it's off and the windows are open",
        "thought the garage was flooding but it was the ice melting off the car, all dry",
        "we swore the outlet was smoking but it was steam from the kettle next to it lol",
        "False alarm, the fire dept said it was a faulty detector. see you tomorrow",
        "the burning smell was from the neighbours fireplace, nothing in our house",
        "pensé que olía a gas pero era la basura, todo bien",
        "achei que era vazamento de gás mas era o lixo, tudo certo",
        "sparks were flying at the board meeting today haha. confirmed for tomorrow",
    ],
)
def test_a_mistaken_hazard_is_no_emergency(text: str):
    result = read_rules_only(text)
    assert "emergency" not in result.intents, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "I thought it was the burner but it's still smelling of gas",
        "thought it was the neighbours bbq but now the smell is in our kitchen, strong gas smell",
        "false alarm yesterday but now the CO alarm is going off again and I feel dizzy",
        "pensé que era la estufa pero sigue oliendo a gas en toda la casa",
        "figured it was dust on the new heater but the smoke is spreading into the hall",
    ],
)
def test_a_hazard_still_there_stays_an_emergency(text: str):
    assert find_hazard(normalise(text)) is not None
    assert read_rules_only(text).intent == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I would prefer not to get these text reminders anymore",
        "I no longer wish to receive text messages from you",
        "Kindly cease sending SMS notifications to this number",
        "No longer interested in getting your texts, thanks",
        "Please don't send me these any more",
        "can you stop the appointment reminders please",
        "I'd like to unsubscribe from your texts",
        "ya no deseo recibir sus mensajes",
        "por favor quiten mi número de su lista",
        "retirez mon numéro de votre liste svp",
        "removam meu número da lista, obrigado",
        "não quero mais receber mensagens",
        "sms bhejna band kar do please",
        "mujhe aur msgs mat bhejo",
    ],
)
def test_an_opt_out_said_at_length(text: str):
    result = read_rules_only(text)
    assert result.intent == "opt_out", result.evidence
    assert result.sure


@pytest.mark.parametrize(
    "text",
    [
        "stop texting me so early, 8 is fine",
        "please don't text me after 9pm",
        "don't message me at work, call my wife instead",
        "no quiero recibir más visitas de ese técnico",
        "I no longer need the upstairs unit looked at",
        "the reminders are great, keep them coming",
    ],
)
def test_a_request_for_another_hour_or_a_visit_is_no_opt_out(text: str):
    assert "opt_out" not in read_rules_only(text).intents


@pytest.mark.parametrize(
    "text",
    [
        "Start. sorry, pressed stop by accident",
        "oops I hit STOP by mistake, please keep sending me the reminders",
        "didn't mean to unsubscribe, sorry",
        "I do want the texts, wrong button",
        "perdón, mandé STOP sin querer, quiero seguir recibiendo los mensajes",
        "désolé, j'ai envoyé ARRÊT par erreur",
        "desculpa, mandei PARE por engano",
    ],
)
def test_an_opt_in_said_in_words_after_an_accidental_stop(text: str):
    result = read_rules_only(text, last=OPTED_OUT)
    assert result.intent == "opt_in", result.evidence


@pytest.mark.parametrize("text", ["Start time still 1pm?", "can he start without me? door's open"])
def test_start_in_a_sentence_is_no_opt_in(text: str):
    assert "opt_in" not in read_rules_only(text).intents


@pytest.mark.parametrize(
    "text",
    [
        "ça fait 2 heures que j'attends, je vais appeler ailleurs",
        "Si no llega en 30 minutos busco otro técnico",
        "dos veces ya, me voy con la competencia",
        "se ninguém vier hoje vou procurar outra empresa",
    ],
)
def test_the_edge_of_leaving_in_other_languages_is_an_urgent_complaint(text: str):
    result = read_rules_only(text)
    assert "complaint" in result.intents, result.evidence
    assert result.urgent


@pytest.mark.parametrize(
    "text",
    [
        "a outra empresa que veio antes não resolveu, por isso chamei vocês",
        "el otro técnico que vino la vez pasada fue muy amable",
    ],
)
def test_another_company_named_in_passing_is_not_leaving(text: str):
    result = read_rules_only(text)
    assert not result.urgent
