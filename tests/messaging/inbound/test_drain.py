"""The batch drain (with Redis): one queued task handles every waiting text of its partition,
each text once, a customer's texts in the order they came, and nothing is lost when a drain dies.

Without Redis each text keeps its own task (the other tests of the pipeline); these need it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from messaging.inbound import drain, pipeline
from messaging.models import Cause, Message
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post
from tests.sms_fixtures import drop_queued_tasks, peek_queued_tasks, run_queued_tasks

pytestmark = [
    pytest.mark.skipif(not drain.drains_in_use(), reason="the drains keep their marks and locks in Redis"),
    pytest.mark.real_queue,
    pytest.mark.usefixtures("twilio_token", "sent_sms"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def empty_queue():
    drop_queued_tasks()
    yield
    drop_queued_tasks()


def customers_with_a_visit(count: int) -> list[str]:
    phones = []
    for n in range(count):
        customer = CustomerFactory(phone=f"+1415555{n:04d}")
        book_job(site=SiteFactory(customer=customer), start=timezone.now() + timedelta(hours=1))
        phones.append(str(customer.phone))
    return phones


def text(phone: str, body: str) -> None:
    response = post(Client(), "/sms/inbound", fields("inbound_sms", Body=body, From=phone))
    assert response.status_code == 200


def queued(func: str) -> list[dict]:
    return [task for task in peek_queued_tasks() if task["func"] == func]


def test_many_texts_queue_one_drain_a_partition_and_it_handles_them_all():
    phones = customers_with_a_visit(4)
    for phone in phones:
        text(phone, "Running 15 min late, sorry!")
        text(phone, "thanks")
    partitions = {
        drain.partition_of(Message.objects.inbound().filter(phone=p).first().customer_id) for p in phones
    }
    drains = queued("messaging.tasks.drain_inbound")
    assert sorted(task["args"][0] for task in drains) == sorted(partitions)  # one each, not one a text
    assert not queued("messaging.tasks.handle_inbound")

    results = run_queued_tasks()
    assert sum(result.get("running_late", 0) for result in results if isinstance(result, dict)) == 4
    assert not Message.objects.inbound().filter(interpretation__isnull=True).exists()


def test_a_consent_keyword_is_answered_by_the_webhook_and_understood_by_the_drain():
    """The webhook answers STOP at once and stores its decision with the text; the drain of the
    customer's partition records the reading, with no task of its own and no second answer."""
    [phone] = customers_with_a_visit(1)
    response = post(Client(), "/sms/inbound", fields("inbound_sms", Body="STOP", From=phone))
    assert "unsubscribed" in response.content.decode()  # at once, in the TwiML
    assert not queued("messaging.tasks.handle_inbound")
    assert len(queued("messaging.tasks.drain_inbound")) == 1
    results = run_queued_tasks()
    assert {"consent keyword (opt_out)": 1} in results
    stop = Message.objects.inbound().get()
    assert (stop.consent_keyword, stop.interpretation["intent"]) == ("opt_out", "opt_out")
    assert Message.objects.outbound().filter(cause=Cause.CONSENT).count() == 1  # the TwiML's, no second


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_a_strangers_text_is_answered_by_the_webhook_and_keeps_its_own_task():
    response = post(Client(), "/sms/inbound", fields("inbound_sms", Body="who is this?", From="+14155559876"))
    assert "<Message>" in response.content.decode()  # the one polite answer, at once
    assert len(queued("messaging.tasks.handle_inbound")) == 1
    assert not queued("messaging.tasks.drain_inbound")
    run_queued_tasks()
    assert Message.objects.inbound().get(phone="+14155559876").interpretation["intent"] == "question"


def test_concurrent_drains_handle_each_text_once_and_each_customers_texts_in_order():
    phones = customers_with_a_visit(12)
    bodies = ["Running 15 min late, sorry!", "gate code is 4411", "thanks", "can you come earlier?"]
    for round_ in range(5):
        for n, phone in enumerate(phones):
            text(phone, bodies[(n + round_) % len(bodies)])
    drop_queued_tasks()  # the drains are run here, two at a time on each partition
    handled: list[tuple[int, str]] = []
    record = threading.Lock()

    def handle(message_id: int, batch: pipeline.BatchRead | None) -> str:
        outcome = drain.handle_text(message_id, batch)
        with record:
            handled.append((message_id, outcome))
        return outcome

    def run(partition: int) -> None:
        try:
            while drain.waiting_texts(partition, skip=set(), limit=1):
                drain.drain(partition, handle=handle)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(p % settings.INBOUND_DRAINS,)) for p in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    texts = Message.objects.inbound()
    assert texts.count() == 60
    assert not texts.filter(interpretation__isnull=True).exists()
    applied = [message_id for message_id, outcome in handled if outcome != "already handled"]
    assert sorted(applied) == sorted(texts.values_list("pk", flat=True))  # each text once
    phone_of = dict(texts.values_list("pk", "phone"))
    order: dict[str, list[int]] = defaultdict(list)
    for message_id in applied:
        order[str(phone_of[message_id])].append(message_id)
    assert all(ids == sorted(ids) for ids in order.values())  # a customer's texts in arrival order


class Killed(BaseException):
    """The worker's process dies: no `except Exception` sees it."""


def test_a_drain_killed_mid_batch_loses_no_text_and_handles_none_twice(monkeypatch):
    phones = customers_with_a_visit(3)
    for phone in phones:
        for body in ("Running 15 min late, sorry!", "thanks", "gate code is 4411"):
            text(phone, body)
    drop_queued_tasks()
    partition = drain.partition_of(Message.objects.inbound().first().customer_id)
    mine = Message.objects.inbound().filter(pk__in=drain.waiting_texts(partition, skip=set()))
    total = mine.count()
    handled: list[int] = []

    def dies_after_two(message_id: int, batch: pipeline.BatchRead | None) -> str:
        if len(handled) == 2:
            raise Killed
        handled.append(message_id)
        return drain.handle_text(message_id, batch)

    # A killed process never lets go of its lock: the lease keeps the partition until it runs out.
    monkeypatch.setattr("redis.lock.Lock.release", lambda lock: None)
    with pytest.raises(Killed):
        drain.drain(partition, handle=dies_after_two)
    monkeypatch.undo()
    assert mine.filter(interpretation__isnull=True).count() == total - 2

    assert drain.drain(partition) == {}  # the partition is held until the lease runs out
    drain._redis().delete(drain._key(partition, "lock"))  # the lease runs out
    outcomes = drain.drain(partition)
    assert sum(outcomes.values()) == total - 2  # the rest, none of the two again
    assert not mine.filter(interpretation__isnull=True).exists()


def test_a_text_that_fails_is_flagged_and_tried_a_few_times_at_most(monkeypatch):
    [phone] = customers_with_a_visit(1)
    text(phone, "Running 15 min late, sorry!")
    drop_queued_tasks()
    message = Message.objects.inbound().get()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("interpreter bug")

    monkeypatch.setattr(pipeline, "understand_inbound", broken)
    partition = drain.partition_of(message.customer_id)
    for _ in range(pipeline.HANDLING_MAX_REQUEUES):
        assert drain.drain(partition) == {"failed": 1}  # once a drain, not again and again
    assert drain.drain(partition) == {}
    message.refresh_from_db()
    assert (message.flagged, message.interpretation) == (True, None)


def test_a_drains_replies_are_queued_together_when_its_batch_ends():
    phones = customers_with_a_visit(4)
    customer_of = dict(CustomerFactory._meta.model.objects.values_list("phone", "pk"))
    partition = drain.partition_of(customer_of[phones[0]])
    together = [phone for phone in phones if drain.partition_of(customer_of[phone]) == partition]
    assert len(together) >= 2
    for phone in together:
        text(phone, "please stop texting me")  # an opt-out in words: the worker confirms it
    drop_queued_tasks()

    assert drain.drain(partition) == {"opt_out": len(together)}
    replies = list(
        Message.objects.outbound().filter(notification_kind="opt_out").values_list("pk", flat=True)
    )
    assert len(replies) == len(together)
    deliveries = [(task["func"], task["args"]) for task in peek_queued_tasks()]
    assert deliveries == [("messaging.tasks.deliver_batch", (sorted(replies),))]  # one task, not one a reply
