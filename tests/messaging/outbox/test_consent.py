"""Consent keywords through the real webhook: STOP and its synonyms opt out, START/UNSTOP (and
YES right after an opt-out) opt back in, HELP/INFO answer; look-alikes in sentences do not."""

from __future__ import annotations

import pytest

from messaging.models import BusinessSettings, Cause, Consent, ConsentChange, Message, MessageStatus
from messaging.outbox.delivery import send_sms
from tests.factories import CustomerFactory
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]
PHONE = "+14155550123"


@pytest.fixture
def dana(db):
    BusinessSettings.objects.update_or_create(
        pk=1, defaults={"name": "Bay Comfort HVAC", "reply_phone": "+14155550199"}
    )
    return CustomerFactory(name="Dana Ortiz", phone=PHONE)


def text(client, body, **overrides):
    return post(client, "/sms/inbound", fields("inbound_sms", Body=body, **overrides)).content.decode()


def opted_out() -> bool:
    return Consent.objects.filter(phone=PHONE, opted_out=True).exists()


@pytest.mark.parametrize(
    "body",
    [
        "STOP",
        "stop",
        "  Stop.  ",
        "STOPALL",
        "Unsubscribe",
        "CANCEL",
        "end",
        "Quit!",
        "REVOKE",
        "optout",
        "ARRET",
        "Arrêt",
        "\tSTOP\n",
    ],
)
def test_each_opt_out_keyword_opts_the_number_out_and_confirms_once(client, dana, body):
    answer = text(client, body)
    assert opted_out()
    assert "unsubscribed" in answer
    change = ConsentChange.objects.get()
    assert (change.opted_out, change.source) == (True, ConsentChange.Source.KEYWORD)
    assert change.message == Message.objects.inbound().get()


@pytest.mark.parametrize(
    "body",
    [
        "please stop by after 2",
        "cancel my appointment",
        "STOP this bill",
        "The end of the day works",
        "Can you stop at the side door?",
        "I'll start getting ready",
        "help me understand the price",
    ],
)
def test_a_keyword_inside_an_ordinary_sentence_changes_no_consent(client, dana, body):
    text(client, body)
    assert not opted_out()
    assert not ConsentChange.objects.exists()


def test_a_second_stop_changes_nothing_and_earns_no_second_confirmation(client, dana):
    text(client, "STOP")
    answer = text(client, "stop")
    assert "<Message>" not in answer
    assert ConsentChange.objects.count() == 1
    assert Message.objects.outbound().filter(cause=Cause.CONSENT).count() == 1


def test_after_an_opt_out_nothing_is_sent_to_the_number(client, dana, sent_sms):
    text(client, "STOP")
    refused = send_sms(body="Reminder: visit tomorrow", customer=dana, cause=Cause.NOTIFICATION)
    assert refused.status == MessageStatus.REFUSED
    assert sent_sms == []


@pytest.mark.parametrize("body", ["START", "unstop", "Yes"])
def test_start_unstop_or_yes_right_after_an_opt_out_opts_back_in(client, dana, body):
    text(client, "STOP")
    answer = text(client, body)
    assert not opted_out()
    assert "subscribed again" in answer
    assert list(ConsentChange.objects.values_list("opted_out", flat=True)) == [True, False]


def test_yes_without_an_opt_out_is_not_a_consent_keyword(client, dana):
    text(client, "YES")
    assert not ConsentChange.objects.exists()


@pytest.mark.parametrize("body", ["HELP", "info", "Help?"])
def test_help_and_info_answer_with_the_business_name_and_number(client, dana, body):
    answer = text(client, body)
    assert "Bay Comfort HVAC" in answer
    assert "(415) 555-0199" in answer
    assert not ConsentChange.objects.exists()


def test_help_is_answered_after_an_opt_out_and_says_how_to_opt_back_in(client, dana):
    text(client, "STOP")
    answer = text(client, "HELP")
    assert "Bay Comfort HVAC" in answer
    assert "START" in answer
    assert opted_out()
    assert ConsentChange.objects.count() == 1
    assert "unsubscribed" in text(client, "help")  # every HELP is answered, not just the first


def test_with_twilio_advanced_opt_out_the_opt_out_is_recorded_without_our_own_confirmation(client, dana):
    answer = post(client, "/sms/inbound", fields("inbound_advanced_opt_out_stop")).content.decode()
    assert "<Message>" not in answer
    assert opted_out()
    assert ConsentChange.objects.get().source == ConsentChange.Source.ADVANCED_OPT_OUT
    assert not Message.objects.outbound().exists()


def test_the_advanced_opt_out_setting_silences_our_confirmations(client, dana, settings):
    settings.TWILIO_ADVANCED_OPT_OUT = True
    answer = text(client, "STOP")
    assert "<Message>" not in answer
    assert opted_out()


def test_consent_is_per_phone_number_not_per_customer(client, dana):
    text(client, "STOP", From="+14155550999")
    assert not opted_out()
    assert Consent.objects.get(phone="+14155550999").opted_out
