"""The inbound pipeline's split: the webhook stores and answers, the worker understands and acts.

These tests keep the real hand-off (`real_queue`): the text goes to django-q2 when the insert
commits, and the worker's task is run from the queue as a worker would run it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from fieldservice.models import CustomerState, JobEvent
from messaging import tasks
from messaging.inbound import pipeline as inbound
from messaging.inbound.understand import last_outbound_before, last_outbound_statement
from messaging.models import BusinessSettings, Cause, Message, MessageStatus
from messaging.outbox.consent import is_opted_out
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post
from tests.sms_fixtures import drop_queued_tasks, handling_outcomes, peek_queued_tasks, run_queued_tasks


@pytest.fixture(autouse=True)
def empty_queue():
    """Each test starts with an empty task queue: a Redis broker keeps what earlier tests queued
    (their database rows roll back, the broker's list does not; the database broker's rows do)."""
    on_redis = bool(settings.REDIS_URL)
    if on_redis:
        drop_queued_tasks()
    yield
    if on_redis:
        drop_queued_tasks()


pytestmark = [pytest.mark.real_queue, pytest.mark.usefixtures("twilio_token", "sent_sms")]

PHONE = "+14155550123"


@pytest.fixture
def todays_job(db):
    customer = CustomerFactory(name="Dana Ortiz", phone=PHONE)
    return book_job(site=SiteFactory(customer=customer), start=timezone.now() + timedelta(hours=1))


def text(client, body: str, **overrides: str):
    return post(client, "/sms/inbound", fields("inbound_sms", Body=body, **overrides))


# A text's own task, or (with Redis) a batch drain of its customer's partition.
HANDLINGS = {"messaging.tasks.handle_inbound", "messaging.tasks.drain_inbound"}


def queued_handlings() -> int:
    return sum(1 for task in peek_queued_tasks() if task["func"] in HANDLINGS)


@pytest.mark.django_db(transaction=True)
def test_the_webhook_stores_and_answers_and_the_worker_applies_the_text(todays_job):
    response = text(Client(), "Running 15 min late, sorry!")
    assert response.content.decode().endswith("<Response />")
    message = Message.objects.inbound().get()
    assert message.interpretation is None  # not yet: the worker has it
    assert queued_handlings() == 1

    assert "running_late" in handling_outcomes(run_queued_tasks())
    message.refresh_from_db()
    todays_job.refresh_from_db()
    assert message.interpretation["intent"] == "running_late"
    assert message.job == todays_job
    assert todays_job.customer_state == CustomerState.LATE


@pytest.mark.django_db(transaction=True)
def test_stop_is_answered_by_the_webhook_itself_and_the_worker_only_records_the_reading(todays_job):
    response = text(Client(), "STOP")
    assert "unsubscribed" in response.content.decode()
    run_queued_tasks()
    message = Message.objects.inbound().get()
    assert message.interpretation["intent"] == "opt_out"
    assert Message.objects.outbound().filter(cause=Cause.CONSENT).count() == 1  # the TwiML's, no second


@pytest.mark.django_db(transaction=True)
def test_the_worker_acts_on_the_webhooks_consent_decision_not_on_one_made_later(todays_job):
    """A YES that confirmed the visit, then STOP before the worker came to the YES: the webhook
    read no keyword in the YES (the customer was subscribed then), and the worker keeps that
    reading, stored with the text. Read afresh, after the STOP, the YES would opt them back in."""
    text(Client(), "YES")
    text(Client(), "STOP")
    run_queued_tasks()
    assert is_opted_out(PHONE)
    yes, stop = Message.objects.inbound().order_by("pk")
    assert (yes.consent_keyword, stop.consent_keyword) == ("", "opt_out")
    assert yes.interpretation["intent"] == "confirm"
    assert stop.interpretation["intent"] == "opt_out"
    assert Message.objects.outbound().filter(cause=Cause.CONSENT).count() == 1  # STOP's, once


@pytest.mark.django_db(transaction=True)
def test_a_requeued_text_keeps_the_webhooks_consent_decision(todays_job, time_machine):
    text(Client(), "YES")
    text(Client(), "STOP")  # answered and recorded by the webhook at once
    drop_queued_tasks()  # both hand-offs lost
    time_machine.move_to(timezone.now() + timedelta(minutes=5))
    assert inbound.requeue_unhandled() == 2  # each with a task of its own, no decision passed along
    run_queued_tasks()
    assert is_opted_out(PHONE)
    assert Message.objects.inbound().get(body="YES").interpretation["intent"] == "confirm"


def test_the_webhook_costs_one_statement_for_a_customers_text(todays_job, client):
    text(client, "warm up")  # first request: sessions, settings and the like
    with CaptureQueriesContext(connection) as queries:
        response = text(client, "Running 15 min late, sorry!")
    assert response.status_code == 200
    assert [query["sql"].split()[0] for query in queries] == ["INSERT"], queries.captured_queries
    stored = Message.objects.inbound().latest("pk")
    assert stored.customer_id == todays_job.customer_id  # found by the insert itself
    assert not stored.flagged


def test_the_insert_flags_a_stranger_and_a_sender_that_is_not_a_number(client, db):
    text(client, "who is this?", From="+16285550199")
    text(client, "hello", From="ACME")
    stranger, short_code = Message.objects.inbound().order_by("pk")
    assert (stranger.customer_id, stranger.flagged, str(stranger.phone)) == (None, True, "+16285550199")
    assert (short_code.customer_id, short_code.flagged, str(short_code.phone)) == (None, True, "ACME")


def test_a_repeated_message_sid_stores_nothing_and_needs_no_savepoint(todays_job, client):
    data = fields("inbound_sms", Body="ok thanks")
    post(client, "/sms/inbound", data)
    with CaptureQueriesContext(connection) as queries:
        post(client, "/sms/inbound", data)
    assert Message.objects.inbound().count() == 1
    assert not any("SAVEPOINT" in query["sql"] for query in queries)


def test_the_worker_reads_and_locks_the_job_once_for_a_text_that_changes_it(todays_job, client):
    text(client, "Running 15 min late, sorry!")
    (message_id,) = Message.objects.inbound().values_list("pk", flat=True)
    BusinessSettings.load()  # the per-process copy, as in a warm worker
    with CaptureQueriesContext(connection) as queries:
        assert tasks.handle_inbound(message_id, "") == "running_late"
    statements = [query["sql"] for query in queries]
    job_reads = [sql for sql in statements if sql.startswith("SELECT") and 'FROM "fieldservice_job"' in sql]
    assert len(job_reads) == 1, statements  # found under the lock, and not read again for the change
    if connection.features.has_select_for_update:
        assert "FOR UPDATE" in job_reads[0]
    # One transaction of its own (a savepoint here, inside the test's transaction), none per change.
    assert sum(sql.startswith("SAVEPOINT") for sql in statements) == 1, statements
    # message; job under lock, last outbound, claim, job update, event (+ savepoint, release); on
    # PostgreSQL the job's update and its event are one statement
    assert len(statements) == (7 if connection.vendor == "postgresql" else 8), statements


def test_handling_a_text_twice_changes_nothing_twice(todays_job, client):
    text(client, "Running 15 min late, sorry! gate code is 4411")
    (message_id,) = Message.objects.inbound().values_list("pk", flat=True)
    tasks.handle_inbound(message_id, "")
    events = JobEvent.objects.count()
    assert tasks.handle_inbound(message_id, "") == "already handled"
    assert tasks.handle_inbound(message_id) == "already handled"
    assert JobEvent.objects.count() == events


def test_a_failing_worker_keeps_the_text_flags_it_and_a_later_run_handles_it(todays_job, client, monkeypatch):
    text(client, "Running 15 min late, sorry!")
    message = Message.objects.inbound().get()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("interpreter bug")

    monkeypatch.setattr(inbound, "understand_inbound", broken)
    assert tasks.handle_inbound(message.pk, "") == "failed: flagged for the dispatcher"
    message.refresh_from_db()
    assert (message.flagged, message.interpretation) == (True, None)

    monkeypatch.undo()
    assert tasks.handle_inbound(message.pk, "") == "running_late"
    todays_job.refresh_from_db()
    assert todays_job.customer_state == CustomerState.LATE


def test_the_sweep_queues_a_lost_text_again_a_few_times_at_most(todays_job, client, time_machine):
    text(client, "Running 15 min late, sorry!")  # its task is never run: lost
    drop_queued_tasks()
    assert inbound.requeue_unhandled() == 0  # too young: its task may still be in the queue
    time_machine.move_to(timezone.now() + timedelta(minutes=5))
    for _ in range(inbound.HANDLING_MAX_REQUEUES):
        assert inbound.requeue_unhandled() == 1
    assert inbound.requeue_unhandled() == 0
    assert queued_handlings() == inbound.HANDLING_MAX_REQUEUES


@pytest.mark.django_db(transaction=True)
def test_twilios_retry_of_a_text_never_handled_queues_it_again(todays_job, client):
    data = fields("inbound_sms", Body="Running 15 min late, sorry!")
    post(client, "/sms/inbound", data)
    drop_queued_tasks()  # the first hand-off was lost
    post(client, "/sms/inbound", data)
    assert queued_handlings() == 1


def test_business_settings_are_read_once_per_process_until_saved(db):
    BusinessSettings.load()
    with CaptureQueriesContext(connection) as queries:
        first, second = BusinessSettings.load(), BusinessSettings.load()
    assert len(queries) == 0
    assert first is not second  # each caller its own copy
    first.name = "Changed but not saved"
    assert BusinessSettings.load().name != "Changed but not saved"
    first.save()
    assert BusinessSettings.load().name == "Changed but not saved"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
def test_the_last_outbound_text_is_found_through_the_phone_index(todays_job, client):
    # The booking confirmation reached Twilio (only a text the customer received is context).
    Message.objects.outbound().update(status=MessageStatus.SENT)
    text(client, "ok")
    message = Message.objects.inbound().get()
    sql, params = last_outbound_statement(message)
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row) for row in cursor.fetchall())
    # The phone, direction and time index: its cost does not grow with the customer's own texts.
    assert "USING INDEX message_phone_outbound" in plan and "SCAN" not in plan, plan
    assert last_outbound_before(message).notification_kind == "scheduled"


@pytest.mark.django_db
def test_a_sender_that_is_not_a_phone_number_is_flagged_and_not_answered(client, caplog):
    response = text(client, "WIN A PRIZE", From="+999")
    assert "<Message>" not in response.content.decode()
    message = Message.objects.inbound().get()
    assert (message.flagged, message.customer_id, str(message.phone)) == (True, None, "+999")
    assert not Message.objects.outbound().exists()
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
