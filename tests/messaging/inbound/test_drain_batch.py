"""A drain's batch (`drain.handle_batch`): what it reads once for the whole batch, not a text at a
time, and that the texts come out as they would one by one. No Redis needed: the batch itself
takes no lock (the drain around it does, `test_drain.py`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fieldservice.models import Job
from messaging.inbound import drain
from messaging.models import Cause, Message, MessageStatus, NotificationKind
from messaging.outbox import delivery
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

AFTERNOON = datetime(2026, 6, 10, 21, 0, tzinfo=UTC)  # 2 pm in Los Angeles
LATE_EVENING = datetime(2026, 6, 11, 6, 30, tzinfo=UTC)  # 11:30 pm in Los Angeles


@pytest.fixture(autouse=True)
def texts_wait_for_the_drain(monkeypatch):
    """The texts stay stored, as they wait for a drain (no task handles them one by one)."""
    monkeypatch.setattr("messaging.inbound.store.hand_to_worker", lambda *args, **kwargs: None)
    monkeypatch.setattr(delivery, "enqueue_deliveries", lambda message_ids: None)


def customers(count: int) -> list[str]:
    phones = []
    with time_machine.travel(AFTERNOON - timedelta(days=1), tick=False):
        for n in range(count):
            customer = CustomerFactory(phone=f"+1415555{n:04d}")
            book_job(site=SiteFactory(customer=customer), start=AFTERNOON + timedelta(days=2))
            phones.append(str(customer.phone))
    return phones


def store(client, phone: str, body: str) -> int:
    response = post(client, "/sms/inbound", fields("inbound_sms", From=phone, Body=body))
    assert response.status_code == 200
    return Message.objects.inbound().latest("pk").pk


def statements(batch: list[int]) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        outcomes = drain.handle_batch(batch, seen=set(), skip=set())
    assert sum(outcomes.values()) == len(batch)
    return [query["sql"] for query in captured]


def reads_of_texts(sqls: list[str]) -> int:
    """The reads of stored texts (the texts themselves, and the text each one answers)."""
    return sum(
        1 for sql in sqls if sql.startswith("SELECT") and "messaging_message" in sql.split(" FROM ")[1][:40]
    )


@pytest.mark.parametrize("size", [1, 4, 9])
def test_a_batch_reads_its_texts_and_what_they_answer_in_two_statements_whatever_its_size(client, size):
    phones = customers(size)
    with time_machine.travel(AFTERNOON, tick=False):
        batch = [store(client, phone, "Running 15 min late, sorry!") for phone in phones]
        sqls = statements(batch)
    assert reads_of_texts(sqls) == 2
    assert Message.objects.inbound().filter(interpretation__isnull=True).count() == 0


def test_a_batchs_statements_grow_by_a_constant_a_text(client):
    """Two reads for the batch, then each text's own few (its transaction, its job read and
    locked, the claim, the change and its event): a budget a text, not a read a text more."""
    phones = customers(10)
    counts = {}
    with time_machine.travel(AFTERNOON, tick=False):
        for size, group in ((2, phones[:2]), (8, phones[2:])):
            counts[size] = len(statements([store(client, phone, "thanks!") for phone in group]))
    per_text = (counts[8] - counts[2]) / 6
    assert per_text == int(per_text)  # the same few statements for each text
    assert counts[2] - 2 * per_text == 2  # the batch's own reads
    assert per_text <= 5


def test_the_batch_reads_the_text_each_one_answers(client):
    """A rating answers the review request the customer received: read for the batch, as one
    text at a time would read it."""
    [phone] = customers(1)
    job = Job.objects.get(customer__phone=phone)
    with time_machine.travel(AFTERNOON, tick=False):
        delivery.send_sms(
            body="How did we do? Reply 1-5.",
            customer=job.customer,
            job=job,
            cause=Cause.NOTIFICATION,
            notification_kind=NotificationKind.REVIEW_REQUEST,
        )
        Message.objects.outbound().update(status=MessageStatus.DELIVERED)
    with time_machine.travel(AFTERNOON + timedelta(minutes=5), tick=False):
        batch = [store(client, phone, "5")]
        drain.handle_batch(batch, seen=set(), skip=set())
    assert Message.objects.outbound().filter(notification_kind="rated").count() == 1


def test_a_customer_texting_again_at_night_gets_one_note_and_no_second_attempt_at_it(client):
    [phone] = customers(1)
    with time_machine.travel(LATE_EVENING, tick=False):
        batch = [store(client, phone, body) for body in ("Can the tech bring a filter?", "Is parking ok?")]
        sqls = statements(batch)
    assert Message.objects.outbound().filter(notification_kind="after_hours").count() == 1
    inserts = [sql for sql in sqls if sql.startswith("INSERT") and '"messaging_message"' in sql.split("(")[0]]
    assert len(inserts) == 1  # "INSERT INTO", or SQLite's "INSERT OR IGNORE INTO"
    assert not any(sql.startswith("ROLLBACK") for sql in sqls)  # no refused second note


def test_waiting_texts_are_a_partitions_unread_texts_oldest_first_less_those_skipped(client, settings):
    settings.INBOUND_DRAINS = 2
    phones = customers(4)
    with time_machine.travel(AFTERNOON, tick=False) as clock:
        stored = []
        for phone in phones * 2:
            stored.append(store(client, phone, "Running 15 min late, sorry!"))
            clock.shift(timedelta(seconds=1))
    customer_of = dict(Message.objects.filter(pk__in=stored).values_list("pk", "customer_id"))
    answered, *rest = [pk for pk in stored if customer_of[pk] % 2 == 1]
    Message.objects.filter(pk=answered).update(handled_at=AFTERNOON)
    with time_machine.travel(AFTERNOON + timedelta(minutes=1), tick=False):
        assert drain.waiting_texts(1, skip=set()) == rest
        assert drain.waiting_texts(1, skip={rest[0]}, limit=2) == rest[1:3]
        assert drain.waiting_texts(0, skip=set()) == [pk for pk in stored if customer_of[pk] % 2 == 0]
