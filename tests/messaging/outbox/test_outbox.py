from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from django_q.brokers import get_broker

from messaging.models import Cause, ConsentChange, Message, MessageStatus
from messaging.outbox.consent import consent_change
from messaging.outbox.delivery import InvalidSMSError, deliver_message, send_sms, sweep_outbox
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer(db):
    """A customer with no job, so no proactive notification shares the outbox with the test's text."""
    return CustomerFactory(name="Dana Ortiz", phone="+14155550123")


def test_a_text_is_written_first_and_delivered_when_the_transaction_commits(
    customer, sent_sms, q_sync, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = send_sms(body="Your visit is confirmed.", customer=customer, cause=Cause.DISPATCHER)
        assert message.status == MessageStatus.QUEUED
        assert sent_sms == []
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.attempts == 1
    assert message.provider_sid == sent_sms[0].sid
    assert sent_sms[0].to == str(customer.phone)


def test_a_rolled_back_change_sends_nothing(customer, sent_sms, q_sync, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_sms(body="Hello", customer=customer, cause=Cause.DISPATCHER)
        raise RuntimeError
    assert callbacks == []
    assert sent_sms == []
    assert not Message.objects.exists()


def test_delivery_is_queued_on_the_task_queue_only_on_commit(
    customer, sent_sms, django_capture_on_commit_callbacks
):
    broker = get_broker()  # the ORM locally, Redis in CI
    queued = broker.queue_size()
    with django_capture_on_commit_callbacks(execute=True):
        send_sms(body="Hello", customer=customer, cause=Cause.DISPATCHER)
        assert broker.queue_size() == queued
    assert broker.queue_size() == queued + 1


def test_a_repeated_dedupe_key_returns_the_first_row_and_sends_once(
    customer, sent_sms, q_sync, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = send_sms(
            body="Reminder", customer=customer, cause=Cause.NOTIFICATION, dedupe_key="job:1:reminder"
        )
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        second = send_sms(
            body="Reminder", customer=customer, cause=Cause.NOTIFICATION, dedupe_key="job:1:reminder"
        )
    assert second.pk == first.pk
    assert len(sent_sms) == 1
    assert Message.objects.count() == 1


def test_an_opted_out_number_gets_a_refused_row_and_no_text(customer, sent_sms, q_sync):
    consent_change(phone=str(customer.phone), opted_out=True, source=ConsentChange.Source.KEYWORD)
    message = send_sms(body="Reminder", customer=customer, cause=Cause.NOTIFICATION)
    assert message.status == MessageStatus.REFUSED
    assert "opted out" in message.error_message
    assert sent_sms == []


def test_the_opt_out_confirmation_is_the_one_text_allowed_after_an_opt_out(
    customer, sent_sms, q_sync, django_capture_on_commit_callbacks
):
    consent_change(phone=str(customer.phone), opted_out=True, source=ConsentChange.Source.KEYWORD)
    with django_capture_on_commit_callbacks(execute=True):
        message = send_sms(
            body="You are unsubscribed.",
            customer=customer,
            cause=Cause.CONSENT,
            consent_confirmation=True,
        )
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert [sms.body for sms in sent_sms] == ["You are unsubscribed."]


def test_a_text_queued_before_an_opt_out_is_refused_at_delivery(customer, sent_sms):
    message = send_sms(body="Reminder", customer=customer, cause=Cause.NOTIFICATION)
    consent_change(phone=str(customer.phone), opted_out=True, source=ConsentChange.Source.KEYWORD)
    deliver_message(message_id=message.pk)
    message.refresh_from_db()
    assert message.status == MessageStatus.REFUSED
    assert sent_sms == []


@pytest.mark.parametrize(
    ("body", "phone", "error"),
    [
        ("   ", "+14155550123", "empty"),
        ("x" * 613, "+14155550123", "5 SMS segments"),
        ("Hola 😀 " * 40, "+14155550123", "UCS-2"),
        ("Hello", "555-CALL-NOW", "not a valid phone number"),
        ("Hello", "not a number", "not a phone number"),
    ],
)
def test_an_empty_overlong_or_unroutable_text_is_refused_with_a_clear_error(body, phone, error, sent_sms):
    with pytest.raises(InvalidSMSError, match=error):
        send_sms(body=body, phone=phone, cause=Cause.DISPATCHER)
    assert not Message.objects.exists()


def test_a_text_held_until_later_is_sent_by_the_sweep_when_due(customer, sent_sms, q_sync, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    later = timezone.now() + timedelta(hours=9)
    message = send_sms(body="Good morning", customer=customer, cause=Cause.NOTIFICATION, send_after=later)
    assert sweep_outbox() == 0
    time_machine.move_to(later + timedelta(seconds=1), tick=False)
    assert sweep_outbox() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert len(sent_sms) == 1


def test_a_message_is_delivered_once_however_often_its_task_runs(customer, sent_sms):
    message = send_sms(body="Hello", customer=customer, cause=Cause.DISPATCHER)
    results = [deliver_message(message_id=message.pk) for _ in range(3)]
    assert results[0].startswith("sent")
    assert len(sent_sms) == 1


def test_a_message_stuck_in_sending_after_a_crash_is_requeued_by_the_sweep(
    customer, sent_sms, q_sync, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    message = send_sms(body="Hello", customer=customer, cause=Cause.DISPATCHER)
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, updated_at=timezone.now())
    assert sweep_outbox() == 0
    time_machine.move_to(timezone.now() + timedelta(minutes=6), tick=False)
    assert sweep_outbox() == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


def test_a_registered_still_applies_check_drops_a_held_text_at_delivery(customer, sent_sms, monkeypatch):
    """The outbox asks the checks the sending stages registered, without importing them."""
    from messaging.outbox import delivery

    monkeypatch.setattr(delivery, "_still_applies_checks", list(delivery._still_applies_checks))
    kept = send_sms(body="Still true", customer=customer, cause=Cause.DISPATCHER)
    dropped = send_sms(body="No longer true", customer=customer, cause=Cause.DISPATCHER)
    delivery.register_still_applies(lambda message: message.body != "No longer true")
    for message in (kept, dropped):
        deliver_message(message_id=message.pk)
        message.refresh_from_db()
    assert (kept.status, dropped.status) == (MessageStatus.SENT, MessageStatus.REFUSED)
    assert dropped.error_message == delivery.NO_LONGER_APPLIES
    assert [sms.body for sms in sent_sms] == ["Still true"]


def test_notify_registers_its_still_applies_check_at_startup():
    from messaging.notify.notices import still_applies
    from messaging.outbox import delivery

    assert delivery._still_applies_checks == [still_applies]
