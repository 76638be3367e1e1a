"""The tasks on a real django-q2 worker over the task broker (the ORM locally, Redis in CI)."""

from __future__ import annotations

from importlib import import_module
from multiprocessing import Event, Value
from queue import Queue

import pytest
from django.apps import apps
from django.db import transaction
from django_q.brokers import get_broker
from django_q.models import Failure, Schedule, Success
from django_q.monitor import monitor
from django_q.pusher import pusher
from django_q.scheduler import scheduler
from django_q.worker import worker

from messaging.models import Cause, MessageStatus
from messaging.outbox.delivery import send_sms
from tests.factories import CustomerFactory

pytestmark = pytest.mark.django_db(transaction=True)
migration = import_module("messaging.migrations.0004_outbox_sweep_and_dispatcher_permissions")


@pytest.fixture(autouse=True)
def empty_queue():
    """Tasks that earlier tests enqueued on commit and no worker ran stay in this run's Redis queue."""
    get_broker().purge_queue()


def run_queue() -> None:
    """Empty the broker through django-q2's own pusher, worker and monitor, in this thread."""
    broker = get_broker()
    tasks, results = Queue(), Queue()
    done = Event()
    done.set()  # each pusher call dequeues once (Q_CLUSTER bulk), then stops
    for _ in range(100):
        if not broker.queue_size():
            break
        pusher(tasks, done, broker)
    tasks.put("STOP")
    worker(tasks, results, Value("f", -1))
    results.put("STOP")
    monitor(results, broker)


def test_a_committed_text_is_delivered_by_a_django_q_worker(sent_sms):
    customer = CustomerFactory(phone="+14155550123")
    with transaction.atomic():
        message = send_sms(body="Your visit is confirmed", customer=customer, cause=Cause.DISPATCHER)
    run_queue()
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert [sms.body for sms in sent_sms] == ["Your visit is confirmed"]
    # The text's row records the outcome: a successful delivery task is not saved (saving one made
    # django-q2 prune its results table for every reply).
    assert not Success.objects.filter(func="messaging.tasks.deliver").exists()


def test_a_delivery_task_that_fails_is_still_saved_for_the_admin(sent_sms, monkeypatch):
    def broken(*, message_id: int) -> str:
        raise RuntimeError("the outbox is broken")

    monkeypatch.setattr("messaging.outbox.delivery.deliver_message", broken)
    customer = CustomerFactory(phone="+14155550123")
    with transaction.atomic():
        message = send_sms(body="Your visit is confirmed", customer=customer, cause=Cause.DISPATCHER)
    run_queue()
    [failure] = Failure.objects.filter(func="messaging.tasks.deliver")
    assert failure.args == (message.pk,)
    assert "the outbox is broken" in str(failure.result)


def test_the_outbox_sweep_is_scheduled_every_minute_and_runs_on_the_worker(sent_sms):
    migration.create(apps, None)  # the data migration's rows; a transactional test starts flushed
    schedule = Schedule.objects.get(func="messaging.tasks.sweep")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 1, -1)
    scheduler(get_broker())
    run_queue()
    assert Success.objects.filter(func="messaging.tasks.sweep").exists()


def test_every_scheduled_sweep_names_a_function_the_worker_can_import():
    """The relayout moved the sweeps; 0011 points the schedules 0003 stored at their new home."""
    from django.utils.module_loading import import_string

    sweeps = import_module("messaging.migrations.0003_notification_sweep_schedules")
    moved = import_module("messaging.migrations.0011_h12_sweep_schedule_paths")
    sweeps.create(apps, None)
    migration.create(apps, None)
    moved.forward(apps, None)
    funcs = set(Schedule.objects.values_list("func", flat=True))
    assert funcs >= {"messaging.tasks.sweep", "messaging.notify.sweeps.sweep_reminders"}
    assert all(callable(import_string(func)) for func in funcs)


def test_a_worker_readies_the_interpreter_before_its_first_task(sent_sms, monkeypatch):
    """django-q2's worker announces its start (`post_spawn`); the interpreter is read then (the
    learned model, dateparser, the cue sets), not during the first text, which once kept the
    texts of the next seconds waiting behind a worker's start-up."""
    import messaging.interpret
    from messaging import tasks

    happened = []
    warm_up, deliver = messaging.interpret.warm_up, tasks.deliver
    monkeypatch.setattr(
        messaging.interpret, "warm_up", lambda: (warm_up(), happened.append("interpreter ready"))
    )
    monkeypatch.setattr(
        tasks, "deliver", lambda message_id: (happened.append("task"), deliver(message_id))[1]
    )
    customer = CustomerFactory(phone="+14155550123")
    with transaction.atomic():
        send_sms(body="Your visit is confirmed", customer=customer, cause=Cause.DISPATCHER)
    run_queue()
    assert happened == ["interpreter ready", "task"]
    assert [sms.body for sms in sent_sms] == ["Your visit is confirmed"]
