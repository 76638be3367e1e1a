"""Short replies read against the last outbound text, crossed over the kinds of text the business sends.

Issue 13 (h13ack12). The contract: a bare "C", "Y", "1" and the like mean whatever `last_outbound`
offered; a bare 👍, "ok" or "yes" answers what it asked (confirm after a request to confirm or a
reminder, thanks after a status update). Families fixed here, each crossed with fresh replies:

- a rating request or an opt-out notice asks nothing to agree to: "ok" or 👍 to it is thanks (a score
  is the answer to the first, YES or START the way back from the second);
- a request for a code ("do you have a gate code?") is not answered by "yep": other, for a person;
- a lone "C" means nothing with no last text or after a text that neither asks nor reminds, nor does a
  lone "Y" with no last text;
- more one-word agreements: "bet", "say less", "tá bom", "beleza", "fechado", "حاضر", "ماشي", and
  (from the second probe) "okey dokey", "alrighty", "right on", "all good", "sounds great";
- more status updates: "heading your way now, should be there around 2:15", a receipt.

Near misses: a reminder that also asks a rating is a reminder; "should be there around 9 tomorrow" in a
reminder still asks to agree; an agreement word before a request is read whole.
"""

from __future__ import annotations

import itertools

import pytest

from .helpers import read

ACKS = ["ok", "k", "👍", "got it", "noted", "cool", "bet", "10-4"]
AGREEMENTS = ["bet", "say less", "tá bom", "ta bom", "beleza", "fechado", "حاضر", "ماشي", "yep", "kk"]
# said so in the second probe (probe_ack12b), which the first fix had not met
AGREEMENTS_B = ["okey dokey", "alrighty", "right on", "all good", "sounds great", "yeah", "fine", "ok ok"]

ASKS_TO_AGREE = [
    "Acme: reminder, Sam arrives tomorrow between 8am and 10am. Reply C to confirm or R to reschedule.",
    "Acme: your visit is booked for Thursday 1-3pm. Reply YES to confirm.",
    "Acme: Sam is running about 30 min behind, new ETA 11:15am. Does that work?",
    "Acme: we had to shuffle the schedule. Does 2pm today work instead?",
]
STATUS = [
    "Acme: Sam is on the way, ETA 10:40am.",
    "Acme: Pete is heading your way now, should be there around 2:15pm.",
    "Acme: Here's your receipt for today's visit: https://pay.example.com/r/8812",
    "Acme: Sam has arrived.",
    "Acme: your invoice #4412 for $185.00 has been sent to your email.",
]
RATING_REQUESTS = [
    "Acme: your job is complete! How did Sam do? Reply 1-5 (5 = excellent).",
    "Acme: all done! Please rate your visit from 1 to 5.",
    "How would you rate Jo today? Reply 1-5.",
]
OPT_OUT_NOTICES = [
    "Acme: You have been unsubscribed and will receive no more messages. Reply START to resubscribe.",
    "Acme: You have opted out and will receive no further messages. Reply START to opt back in.",
    "Acme: you're unsubscribed. Text UNSTOP to resume.",
]
ASKS_FOR_A_CODE = [
    "Acme: Sam is about 15 min out. Do you have a gate code for us?",
    "Jo is 10 minutes away. What's the gate code?",
    "Acme: do you have a lockbox code for the side door?",
]


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(ASKS_TO_AGREE, AGREEMENTS + AGREEMENTS_B)))
def test_an_agreement_to_a_request_to_confirm_confirms(last, reply):
    result = read(reply, status="scheduled", at="17:00", last=last)
    assert result.intent == "confirm", (last, reply, result.evidence)


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(STATUS, AGREEMENTS + AGREEMENTS_B)))
def test_an_agreement_to_a_status_update_thanks(last, reply):
    result = read(reply, status="en_route", last=last)
    assert result.intent == "thanks", (last, reply, result.evidence)


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(RATING_REQUESTS + OPT_OUT_NOTICES, ACKS)))
def test_an_acknowledgement_of_a_rating_request_or_an_opt_out_notice_thanks(last, reply):
    result = read(reply, status="completed", at="15:00", last=last)
    assert result.intent == "thanks", (last, reply, result.evidence)


@pytest.mark.parametrize(
    ("last", "score", "intent"),
    [(last, "5", "thanks") for last in RATING_REQUESTS]
    + [(last, "1", "complaint") for last in RATING_REQUESTS],
)
def test_a_score_still_rates(last, score, intent):
    result = read(score, status="completed", at="15:00", last=last)
    assert result.intent == intent and result.sure, (last, score, result.evidence)


@pytest.mark.parametrize(("last", "reply"), list(itertools.product(OPT_OUT_NOTICES, ["yes", "Y", "start"])))
def test_a_yes_to_an_opt_out_notice_still_opts_back_in(last, reply):
    result = read(reply, status="scheduled", last=last)
    assert result.intent == "opt_in", (last, reply, result.evidence)


@pytest.mark.parametrize(
    ("last", "reply"), list(itertools.product(ASKS_FOR_A_CODE, ["yep", "Y", "ya", "ok"]))
)
def test_a_yes_to_a_request_for_a_code_is_no_agreement(last, reply):
    result = read(reply, status="en_route", last=last)
    assert result.intent == "other" and not result.sure, (last, reply, result.evidence)


@pytest.mark.parametrize(
    ("last", "reply", "intent"),
    [
        (None, "C", "other"),
        (None, "Y", "other"),
        ("Acme: Sam has arrived.", "c", "other"),
        ("Acme: Sam is on the way, ETA 10:40am.", "C", "other"),
        ("Acme: Sam is on the way, ETA 10:40am.", "Y", "thanks"),
        ("Acme: we have you for Friday 9-11. Does that still work?", "C", "confirm"),
        ("Acme: reminder, Sam arrives tomorrow 8-10am.", "c", "confirm"),
        (None, "yes", "confirm"),
    ],
)
def test_a_lone_code_letter_means_what_the_last_text_offered(last, reply, intent):
    result = read(reply, status="scheduled", at="17:00", last=last)
    assert result.intent == intent, (last, reply, result.evidence)
    if intent == "other":
        assert not result.sure, result.evidence


@pytest.mark.parametrize(
    "text",
    ["bet, but can we do 3 instead?", "beleza, mas pode ser às 15h?", "say less, can he come friday instead"],
)
def test_an_agreement_word_before_a_request_is_read_whole(text):
    last = "Acme: reminder, Sam arrives tomorrow between 8am and 10am. Reply C to confirm."
    result = read(text, status="scheduled", at="17:00", last=last)
    assert result.intent == "reschedule", (text, result.evidence)


def test_a_reminder_that_also_asks_a_rating_is_still_a_reminder():
    last = "Acme: reminder, Sam arrives tomorrow 8-10am. Last time, how did we do? Reply 1-5."
    assert read("ok", status="scheduled", at="17:00", last=last).intent == "confirm"


def test_a_reminder_that_says_when_he_should_be_there_still_asks_to_agree():
    last = "Acme: reminder, Luis should be there around 9am tomorrow."
    assert read("sounds great", status="scheduled", at="17:00", last=last).intent == "confirm"


# The work done or the technician on the way, told in the shop's own language (h14 review): thanks beside
# a yes word to it is thanks, as after the English status updates above.
STATUS_OTHER_LANGUAGES = [
    ("Elektro Donau: Lukas hat die Reparatur abgeschlossen.", "Danke, hat alles super geklappt! 👍"),
    ("Delhi Cool Services: Aapka kaam poora ho gaya. Dhanyavaad!", "Thank you bhai, sab bilkul sahi hai 👍"),
    ("ÉlecPro : Karim est en route.", "Merci, d'accord 👍"),
    ("EletroReparo: O técnico Diego está a caminho.", "Obrigada, ok 👍"),
    ("ЭлектроМастер: Мастер Алексей выехал к вам.", "Спасибо, хорошо 👍"),
]


@pytest.mark.parametrize(("last", "reply"), STATUS_OTHER_LANGUAGES)
def test_thanks_to_a_status_update_in_another_language_is_thanks(last, reply):
    result = read(reply, status="completed", at="15:00", last=last)
    assert result.intent == "thanks", (last, reply, result.evidence)


@pytest.mark.parametrize(
    "last",
    [
        "Elektro Donau: Erinnerung: Lukas kommt morgen zwischen 10 und 12 Uhr. Bitte mit C bestätigen.",
        "EletroReparo: Lembrete: o técnico chega amanhã das 9 às 11. Responda C para confirmar.",
    ],
)
def test_a_reminder_in_another_language_is_still_there_to_agree_to(last):
    result = read("ok 👍", status="scheduled", at="17:00", last=last)
    assert result.intent == "confirm", (last, result.evidence)
