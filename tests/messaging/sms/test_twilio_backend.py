"""The twilio backend through the real `twilio` client, over HTTP, to Prism serving Twilio's
own API description (which validates every request), with faults injected in front of it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from messaging.models import Cause, Consent, ConsentChange, Message, MessageStatus
from messaging.outbox.delivery import deliver_message, send_sms, sweep_outbox
from messaging.sms import get_backend
from tests.factories import CustomerFactory
from tests.messaging import fault_proxy as faults

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def dana(db):
    return CustomerFactory(name="Dana Ortiz", phone="+14155550123")


def deliver(customer, body="Luis is on the way, about 2:40 pm."):
    message = send_sms(body=body, customer=customer, cause=Cause.TECHNICIAN)
    outcome = deliver_message(message_id=message.pk)
    message.refresh_from_db()
    return message, outcome


def test_a_text_goes_to_twilio_with_sender_body_and_status_callback(twilio_backend, dana):
    message, outcome = deliver(dana)
    assert outcome.startswith("sent SM")
    assert message.status == MessageStatus.SENT
    assert message.provider_sid.startswith("SM")
    assert message.attempts == 1
    (form,) = twilio_backend.sends()
    assert form["To"] == ["+14155550123"]
    assert form["From"] == ["+14155550100"]
    assert form["Body"] == ["Luis is on the way, about 2:40 pm."]
    assert form["StatusCallback"] == [f"https://sms.example.com/sms/status?message={message.pk}"]


def test_a_messaging_service_sends_instead_of_a_from_number(twilio_backend, dana, settings):
    settings.TWILIO_MESSAGING_SERVICE_SID = "MG" + "1" * 32
    message, _ = deliver(dana)
    assert message.status == MessageStatus.SENT
    (form,) = twilio_backend.sends()
    assert form["MessagingServiceSid"] == ["MG" + "1" * 32]
    assert "From" not in form


def test_prism_refuses_a_request_that_breaks_twilios_spec(twilio_backend, dana, settings):
    settings.TWILIO_ACCOUNT_SID = "not-an-account-sid"
    message, outcome = deliver(dana)
    assert message.status == MessageStatus.FAILED
    assert outcome.startswith("failed")


@pytest.mark.parametrize(
    ("fault", "code"),
    [(faults.INVALID_NUMBER, "21211"), (faults.NOT_MOBILE, "21614"), (faults.UNSUBSCRIBED, "21610")],
)
def test_a_permanent_error_stops_at_once_with_the_code_and_reason(twilio_backend, dana, fault, code):
    twilio_backend.by_number["+14155550123"] = fault
    message, _ = deliver(dana)
    assert (message.status, message.error_code, message.attempts) == (MessageStatus.FAILED, code, 1)
    assert fault.message in message.error_message
    assert message.next_attempt_at is None
    assert sweep_outbox() == 0


def test_an_unsubscribed_recipient_error_records_an_opt_out(twilio_backend, dana):
    twilio_backend.by_number["+14155550123"] = faults.UNSUBSCRIBED
    message, _ = deliver(dana)
    assert Consent.objects.get(phone="+14155550123").opted_out
    change = ConsentChange.objects.get()
    assert (change.source, change.message_id) == (ConsentChange.Source.CARRIER, message.pk)
    assert send_sms(body="Reminder", customer=dana, cause=Cause.NOTIFICATION).status == MessageStatus.REFUSED


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (faults.SERVER_ERROR, "500"),
        (faults.UNAVAILABLE, "503"),
        (faults.TOO_MANY_REQUESTS, "20429"),
        (faults.HANG, "ambiguous"),  # the request was written: Twilio may have it
    ],
    ids=["500", "503", "429", "timeout"],
)
def test_a_retryable_error_backs_off_and_the_sweep_sends_it_when_due(
    twilio_backend, dana, fault, code, time_machine, q_sync, settings
):
    settings.TWILIO_TIMEOUT = fault.hang / 4 or settings.TWILIO_TIMEOUT
    time_machine.move_to(timezone.now(), tick=False)
    twilio_backend.by_number["+14155550123"] = fault
    message, outcome = deliver(dana)
    assert outcome == f"retry later ({code})"
    assert (message.status, message.error_code) == (MessageStatus.QUEUED, code)
    assert message.next_attempt_at == timezone.now() + timedelta(seconds=30)
    assert sweep_outbox() == 0  # not yet due
    twilio_backend.by_number.clear()
    time_machine.move_to(message.next_attempt_at, tick=False)
    assert sweep_outbox() == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.error_code) == (MessageStatus.SENT, 2, "")


def test_retries_back_off_exponentially_and_give_up_at_the_limit(
    twilio_backend, dana, time_machine, settings
):
    settings.SMS_MAX_ATTEMPTS = 4
    time_machine.move_to(timezone.now(), tick=False)
    twilio_backend.by_number["+14155550123"] = faults.SERVER_ERROR
    message = send_sms(body="Hello", customer=dana, cause=Cause.TECHNICIAN)
    waits = []
    for _ in range(4):
        deliver_message(message_id=message.pk)
        message.refresh_from_db()
        if message.next_attempt_at:
            waits.append(message.next_attempt_at - timezone.now())
            time_machine.move_to(message.next_attempt_at, tick=False)
    assert waits == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert (message.status, message.attempts, message.error_code) == (MessageStatus.FAILED, 4, "500")
    assert message.error_message.startswith("Gave up after 4 attempts")
    assert len(twilio_backend.sends()) == 4


def test_a_share_of_failing_requests_still_sends_every_message_exactly_once(
    twilio_backend, dana, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    twilio_backend.share = 0.4
    messages = [send_sms(body=f"Update {n}", customer=dana, cause=Cause.TECHNICIAN) for n in range(10)]
    for _ in range(8):
        for message in messages:
            deliver_message(message_id=message.pk)
        time_machine.shift(timedelta(hours=1))
    statuses = set(Message.objects.values_list("status", flat=True))
    assert statuses == {MessageStatus.SENT}
    bodies = [form["Body"][0] for form in twilio_backend.sends()]
    assert len(bodies) > 10  # some attempts failed and were retried
    assert sorted(set(bodies)) == sorted(m.body for m in messages)


@pytest.mark.parametrize(
    ("setting", "needs"),
    [("TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN"), ("TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID")],
)
def test_a_half_configured_twilio_backend_says_what_is_missing(settings, setting, needs):
    settings.SMS_BACKEND = "messaging.sms.twilio.backend.SMSBackend"
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN = "AC" + "a" * 32, "token"
    settings.TWILIO_FROM_NUMBER, settings.TWILIO_MESSAGING_SERVICE_SID = "+14155550100", ""
    setattr(settings, setting, "")
    with pytest.raises(ImproperlyConfigured, match=needs):
        get_backend()
