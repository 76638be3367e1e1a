"""Concurrency: several workers or Twilio retries at the same moment. Real threads, real
transactions, each thread on its own database connection."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from django.test import Client

from messaging.models import Cause, Consent, ConsentChange, Message, MessageStatus
from messaging.outbox.consent import consent_change
from messaging.outbox.delivery import deliver_message, send_sms
from tests.factories import CustomerFactory
from tests.messaging.twilio_posts import fields, post

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every writer (the in-memory test database even fails them with 'table is "
    "locked'), so real races need PostgreSQL; CI runs this file on it.",
)
pytestmark = [pytest.mark.django_db(transaction=True), needs_postgres]
WORKERS = 8


def race(function, *args):
    """Run `function(*args)` on WORKERS threads released at the same instant; return the results."""
    barrier = threading.Barrier(WORKERS)

    def run():
        try:
            barrier.wait()
            return function(*args)
        finally:
            connection.close()

    with ThreadPoolExecutor(WORKERS) as pool:
        return [future.result() for future in [pool.submit(run) for _ in range(WORKERS)]]


def test_a_message_claimed_by_many_workers_at_once_is_sent_once(sent_sms):
    customer = CustomerFactory(phone="+14155550123")
    message = send_sms(body="Luis is on the way", customer=customer, cause=Cause.TECHNICIAN)
    outcomes = race(lambda: deliver_message(message_id=message.pk))
    assert sum(outcome.startswith("sent") for outcome in outcomes) == 1
    assert len(sent_sms) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 1)


def test_one_notification_raced_from_many_transactions_is_written_and_sent_once(sent_sms):
    customer = CustomerFactory(phone="+14155550123")

    def notify():
        with transaction.atomic():
            return send_sms(
                body="Reminder: visit tomorrow 9-11 am",
                customer=customer,
                cause=Cause.NOTIFICATION,
                dedupe_key="job:7:reminder:v1",
            ).pk

    assert len(set(race(notify))) == 1
    assert Message.objects.count() == 1


def test_a_message_sid_twilio_delivers_twice_at_once_is_stored_once(twilio_token, sent_sms):
    CustomerFactory(phone="+14155550123")
    data = fields("inbound_sms", Body="STOP")
    responses = race(lambda: post(Client(), "/sms/inbound", data).status_code)
    assert responses == [200] * WORKERS
    assert Message.objects.inbound().count() == 1
    assert Message.objects.outbound().filter(cause=Cause.CONSENT).count() == 1


def test_one_number_opted_out_by_many_keywords_at_once_changes_once():
    changes = race(
        lambda: consent_change(phone="+14155550123", opted_out=True, source=ConsentChange.Source.KEYWORD)
    )
    assert sum(change is not None for change in changes) == 1
    assert ConsentChange.objects.count() == 1
    assert Consent.objects.get().opted_out
