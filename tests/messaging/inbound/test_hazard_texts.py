"""Hazards through the signed webhook: what the customer is texted and what the technician sees.

A question about a smoke detector's battery is no emergency: the job stays calm and the bot sends
no safety text. A carbon-monoxide alarm, in French or English, flags the job urgent, and the bot's
safety text and the technician's card both carry carbon-monoxide advice from the one hazard table.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from messaging.assist.suggest import assist
from messaging.hazards import HAZARDS, advice_languages, hazard, safety_advice
from messaging.inbound.replies import REPLIES
from messaging.inbound.understand import job_facts
from messaging.interpret import Interpretation
from messaging.interpret.cues.emergency import KINDS
from messaging.models import Cause, Message
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

AFTERNOON = datetime(2026, 6, 10, 21, 0, tzinfo=UTC)  # 2 pm in Los Angeles, office open
PHONE = "+14155550123"


@pytest.fixture
def job(db, technician):
    customer = CustomerFactory(name="Dana Ortiz", phone=PHONE)
    with time_machine.travel(AFTERNOON - timedelta(days=1), tick=False):
        return book_job(
            site=SiteFactory(customer=customer),
            technician=technician,
            start=AFTERNOON + timedelta(minutes=30),
        )


def text(client, body: str):
    with time_machine.travel(AFTERNOON, tick=False):
        response = post(client, "/sms/inbound", fields("inbound_sms", From=PHONE, Body=body))
    assert response.status_code == 200
    return Message.objects.inbound().latest("pk")


def auto_replies(job) -> list[str]:
    return list(job.messages.filter(cause=Cause.AUTO_REPLY).values_list("body", flat=True))


def inline(advice: str) -> str:
    """The advice as it reads after the customer's name."""
    return advice[:1].lower() + advice[1:]


@pytest.mark.parametrize(
    "body",
    [
        "Can the tech also swap the battery in my smoke detector?",
        "smoke detector chirping, pretty sure it's the battery",
        "We had a flood in the basement last spring, can he look at the sump pump?",
        "Fire up the AC before we get back? lol",
    ],
)
def test_a_mention_of_smoke_fire_or_flood_without_a_hazard_sends_no_safety_text(client, job, body):
    message = text(client, body)
    job.refresh_from_db()
    assert message.interpretation["intent"] != "emergency"
    assert message.interpretation["hazard"] is None
    assert not any("911" in reply for reply in auto_replies(job))
    # The rules see no hazard; the learned voice may still ask a person to look, never by a safety text.
    assert not job.urgent or job.attention_reason.startswith("Not sure")


def test_a_carbon_monoxide_alarm_in_french_flags_the_job_urgent_with_co_advice(client, job):
    message = text(client, "Le détecteur de monoxyde de carbone sonne, qu'est-ce qu'on fait?")
    job.refresh_from_db()
    assert message.interpretation["intent"] == "emergency"
    assert message.interpretation["hazard"] == "carbon_monoxide"
    assert job.urgent and job.needs_attention
    assert "Carbon monoxide alarm" in job.attention_reason
    # The safety text goes out when the reading is sure (issue 13); when it does, it answers a French
    # text in French with the carbon-monoxide advice, never another kind's.
    replies = auto_replies(job)
    assert all(inline(safety_advice("carbon_monoxide", "fr")) in reply for reply in replies)
    assert not any(inline(safety_advice("gas", "fr")) in reply for reply in replies)


def test_a_carbon_monoxide_alarm_gets_co_advice_in_the_text_and_on_the_technicians_card(
    client, job, technician
):
    message = text(client, "CO alarm is going off in the basement, we're outside")
    job.refresh_from_db()
    assert job.urgent
    [reply] = auto_replies(job)
    co_advice = safety_advice("carbon_monoxide", "en")
    assert reply.startswith("Dana, ") and inline(co_advice) in reply
    assert len(reply) <= 320

    interpretation = Interpretation.from_dict(message.interpretation)
    card = assist(job_facts(job), interpretation, AFTERNOON, message=message.body)
    assert card.heads_up[0] == "EMERGENCY: " + hazard("carbon_monoxide").heads_up
    assert co_advice in card.replies[0].text

    client.force_login(technician.user)
    with time_machine.travel(AFTERNOON, tick=False):
        page = html.unescape(client.get(reverse("tech:job", args=[job.pk])).content.decode())
    assert hazard("carbon_monoxide").heads_up in page
    assert "Emergency: Carbon monoxide alarm" in page


def test_spanish_customers_get_the_hazards_advice_in_spanish(client, job):
    job.customer.language = "es"
    job.customer.save(update_fields=["language"])
    text(client, "¡Huele mucho a gas en la cocina!")
    [reply] = auto_replies(job)
    assert inline(safety_advice("gas", "es")) in reply
    assert "Estamos avisando" in reply


def test_a_spanish_speaking_customer_writing_in_english_still_gets_spanish_advice(client, job):
    job.customer.language = "es"
    job.customer.save(update_fields=["language"])
    text(client, "I smell gas in the kitchen")
    [reply] = auto_replies(job)
    assert inline(safety_advice("gas", "es")) in reply


def test_every_hazard_kind_has_a_label_advice_in_every_language_and_a_heads_up():
    assert set(KINDS) <= set(HAZARDS)
    assert {"en", "es", "fr"} <= advice_languages()
    assert advice_languages() <= set(REPLIES["emergency"])
    for kind, words in HAZARDS.items():
        assert words.label and words.heads_up, kind
        for language, advice in words.advice.items():
            body = REPLIES["emergency"][language].format(
                first="Guadalupe", business="Northern Plumbing & Heating", safety=inline(advice)
            )
            assert len(body) <= 320, (kind, language)
    assert hazard(None) is hazard("no such kind") is HAZARDS["other"]
