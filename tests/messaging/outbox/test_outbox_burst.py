"""Many texts due at once (a sweep's batch, the morning's released reminders): queued as a few
batch tasks and sent on several threads, each text still once and still behind the consent gate."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from messaging.models import Cause, ConsentChange, Message, MessageStatus
from messaging.outbox import delivery as outbox
from messaging.outbox.consent import consent_change
from messaging.outbox.delivery import batched_delivery, deliver_messages, send_sms, sweep_outbox
from tests.sms_fixtures import drop_queued_tasks, peek_queued_tasks


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


OPTED_OUT = {"+14155551003", "+14155551007"}


def write_texts(count: int, **hold: object) -> list[int]:
    """`count` reminders to distinct numbers; two of the numbers opt out after theirs was written,
    so only the gate at delivery can stop them."""
    ids = [
        send_sms(
            body=f"Reminder {n}: your visit is tomorrow.",
            phone=f"+1415555{1000 + n:04d}",
            cause=Cause.NOTIFICATION,
            **hold,
        ).pk
        for n in range(count)
    ]
    for phone in OPTED_OUT:
        consent_change(phone=phone, opted_out=True, source=ConsentChange.Source.KEYWORD)
    return ids


def queued_tasks() -> list[tuple[str, list]]:
    return [(task["func"], list(task["args"])) for task in peek_queued_tasks()]


def assert_each_allowed_text_sent_once(sent_sms, ids: list[int]) -> None:
    messages = Message.objects.filter(pk__in=ids)
    refused = {str(m.phone) for m in messages if m.status == MessageStatus.REFUSED}
    assert refused == OPTED_OUT & {str(m.phone) for m in messages}
    assert sorted(s.to for s in sent_sms) == sorted(
        str(m.phone) for m in messages if m.status == MessageStatus.SENT
    )
    assert len(sent_sms) == len(ids) - len(refused)
    assert not set(s.to for s in sent_sms) & OPTED_OUT


@pytest.mark.django_db
def test_texts_written_in_a_batched_block_are_queued_as_batch_tasks_when_it_commits(
    sent_sms, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(outbox, "DELIVERY_BATCH", 4)
    with django_capture_on_commit_callbacks(execute=True):
        with batched_delivery():
            ids = write_texts(10)
        assert not peek_queued_tasks()  # nothing before the commit
    tasks = queued_tasks()
    assert [func for func, _ in tasks] == ["messaging.tasks.deliver_batch"] * 3
    assert [message_id for _, (chunk,) in tasks for message_id in chunk] == ids


@pytest.mark.django_db
def test_a_single_text_still_gets_its_own_task(sent_sms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), batched_delivery():
        (message_id,) = write_texts(1)
    assert queued_tasks() == [("messaging.tasks.deliver", [message_id])]


@pytest.mark.django_db
def test_a_batch_sent_in_a_transaction_goes_one_by_one_and_each_text_once(sent_sms):
    ids = write_texts(12)
    outcomes = deliver_messages(ids + ids[:5])  # queued twice: sent once
    assert outcomes == {"sent": 10, "refused": 2, "skipped": 5}
    assert_each_allowed_text_sent_once(sent_sms, ids)


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="the in-memory SQLite test database keeps a batch's sends on one thread",
)
@pytest.mark.django_db(transaction=True)
def test_a_batch_is_sent_on_several_threads_each_text_once_and_never_to_an_opted_out_number(sent_sms):
    ids = write_texts(40)
    try:
        outcomes = deliver_messages(ids + ids, threads=8)  # every text queued twice: claimed once
    finally:
        outbox.close_send_pool()
    assert outcomes == {"sent": 38, "refused": 2, "skipped": 40}
    assert_each_allowed_text_sent_once(sent_sms, ids)


@pytest.mark.django_db
def test_the_sweep_releases_every_held_text_that_is_due_in_one_run(sent_sms, monkeypatch, time_machine):
    monkeypatch.setattr(outbox, "SWEEP_BATCH", 5)
    monkeypatch.setattr(outbox, "DELIVERY_BATCH", 5)
    ids = write_texts(12, send_after=timezone.now() + timedelta(hours=8))
    time_machine.move_to(timezone.now() + timedelta(hours=9))
    assert sweep_outbox() == 12
    tasks = queued_tasks()
    assert all(func == "messaging.tasks.deliver_batch" for func, _ in tasks)
    assert sorted(pk for _, (chunk,) in tasks for pk in chunk) == sorted(ids)
    assert sweep_outbox() == 0  # queued a moment ago: their tasks are in the queue


@pytest.mark.django_db
def test_a_batch_costs_the_same_statements_whatever_its_size(sent_sms):
    """The claim (with consent and job), the refusals and the SIDs are a statement each for the
    whole batch: none per text."""
    small, large = write_texts(8), write_texts(40)[8:]
    with CaptureQueriesContext(connection) as small_batch:
        assert deliver_messages(small) == {"sent": 6, "refused": 2}
    with CaptureQueriesContext(connection) as large_batch:
        assert deliver_messages(large) == {"sent": 32}
    refusals = 1  # the small batch refused two texts, in one statement
    assert len(large_batch) == len(small_batch) - refusals
    assert len({m.provider_sid for m in Message.objects.filter(pk__in=small + large, status="sent")}) == 38


@pytest.mark.django_db
def test_a_claimed_text_not_begun_in_time_is_handed_back_not_sent(
    sent_sms, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """A text whose send would begin too late to end before the sweep takes its row for a dead
    worker's goes back to the queue unsent (its attempt not counted), and is queued again."""
    settings.TWILIO_TIMEOUT = outbox.SENDING_STALE_AFTER.total_seconds()  # every send begins too late
    monkeypatch.setattr(outbox, "MIN_START_WINDOW_SECONDS", -1)  # even the first ones
    queued_again: list[list[int]] = []
    monkeypatch.setattr(outbox, "enqueue_deliveries", lambda ids: queued_again.append(list(ids)))
    ids = write_texts(4)
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver_messages(ids) == {"refused": 1, "retry": 3}
    assert sent_sms == []
    back = Message.objects.filter(pk__in=ids).exclude(status=MessageStatus.REFUSED)
    assert {(m.status, m.attempts) for m in back} == {(MessageStatus.QUEUED, 0)}
    assert queued_again == [sorted(m.pk for m in back)]


@pytest.mark.django_db
def test_a_long_twilio_timeout_still_lets_each_claimed_text_begin(sent_sms, settings):
    settings.TWILIO_TIMEOUT = 60  # longer than the sweep waits for a worker: no time is "in time"
    assert deliver_messages(write_texts(6)) == {"sent": 5, "refused": 1}  # +14155551003 opted out


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="two workers claiming at once need PostgreSQL (SQLite serialises the claims)",
)
@pytest.mark.django_db(transaction=True)
def test_two_workers_claiming_the_same_batch_at_once_send_each_text_once(sent_sms):
    ids = write_texts(60)
    start = threading.Barrier(2)

    def worker() -> dict[str, int]:
        start.wait(timeout=10)
        try:
            return deliver_messages(ids, threads=4)
        finally:
            connection.close()

    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            first, second = pool.map(lambda _: worker(), range(2))
    finally:
        outbox.close_send_pool()
    assert first.get("sent", 0) + second.get("sent", 0) == 58
    assert first.get("refused", 0) + second.get("refused", 0) == 2
    assert_each_allowed_text_sent_once(sent_sms, ids)
