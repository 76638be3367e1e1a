"""The reminder sweep words and writes a batch of reminders at once (notices.notify_many and the
outbox's send_many): its statements stay the same however many reminders a batch holds, and the
batch keeps notify's rules: consent, dedupe, an unroutable number skipped, promises recorded."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from messaging.models import BusinessSettings, ConsentChange, Message, MessageStatus, Promise
from messaging.notify import notices, sweeps
from messaging.outbox import delivery
from messaging.outbox.consent import consent_change
from messaging.outbox.delivery import OPTED_OUT_REASON, batched_delivery
from tests.factories import CustomerFactory, SiteFactory, book_job

LA = ZoneInfo("America/Los_Angeles")


def book_for(technician, day: int, count: int, *, first_phone: int = 0) -> list:
    """`count` LA jobs on June `day`, 2030, from 9 am on, each for its own customer; a quarter Spanish."""
    jobs = []
    for n in range(count):
        customer = CustomerFactory(
            name=f"Dana Ortiz {n}",
            phone=f"+1415556{first_phone + n:04d}",
            language="es" if n % 4 == 0 else "en",
        )
        start = datetime(2030, 6, day, 9 + n % 8, tzinfo=LA)
        jobs.append(
            book_job(
                site=SiteFactory(customer=customer, timezone="America/Los_Angeles"),
                technician=technician,
                start=start,
            )
        )
    return jobs


def sweep_statements(time_machine, evening: datetime) -> list[str]:
    time_machine.move_to(evening, tick=False)
    with CaptureQueriesContext(connection) as queries:
        sweeps.sweep_reminders()
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
def test_the_reminder_sweep_makes_the_same_statements_for_200_reminders_as_for_10(technician, time_machine):
    business = BusinessSettings.load()
    business.morning_reminder = True  # a second kind, with its promise ledger
    business.save()
    time_machine.move_to(datetime(2030, 6, 1, 9, tzinfo=LA), tick=False)
    book_for(technician, 11, 10)
    book_for(technician, 18, 200, first_phone=100)

    few = sweep_statements(time_machine, datetime(2030, 6, 10, 17, 1, tzinfo=LA))
    many = sweep_statements(time_machine, datetime(2030, 6, 17, 17, 1, tzinfo=LA))
    assert Message.objects.filter(notification_kind="reminder").count() == 210
    assert len(few) == len(many)
    finds = [sql for sql in many if 'FROM "fieldservice_job"' in sql]
    assert len(finds) == 4  # per kind: the batch and the empty page that ends it
    assert sum(sql.startswith("INSERT") and '"messaging_message"' in sql[:50] for sql in many) == 1

    # the morning reminders the next morning: 200 rows and their 200 promises, in one statement each
    morning = sweep_statements(time_machine, datetime(2030, 6, 18, 8, 1, tzinfo=LA))
    assert Message.objects.filter(notification_kind="morning_reminder").count() == 200
    assert Promise.objects.filter(owed=Promise.Owed.ON_THE_WAY).count() == 200
    assert sum(sql.startswith("INSERT") for sql in morning) == 2


@pytest.mark.django_db
def test_a_batch_refuses_an_opted_out_number_skips_an_unroutable_one_and_queues_the_rest(
    technician, time_machine, caplog, django_capture_on_commit_callbacks, monkeypatch
):
    time_machine.move_to(datetime(2030, 6, 1, 9, tzinfo=LA), tick=False)
    jobs = book_for(technician, 11, 4)
    consent_change(phone=str(jobs[1].customer.phone), opted_out=True, source=ConsentChange.Source.KEYWORD)
    jobs[2].customer.phone = "+1555"  # saved before numbers were checked
    jobs[2].customer.save()
    queued: list[list[int]] = []
    monkeypatch.setattr(delivery, "async_task", lambda name, ids, **kwargs: queued.append(ids))
    time_machine.move_to(datetime(2030, 6, 10, 17, 1, tzinfo=LA), tick=False)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        assert sweeps.sweep_reminders() == 3

    reminders = {m.job_id: m for m in Message.objects.filter(notification_kind="reminder")}
    assert set(reminders) == {jobs[0].pk, jobs[1].pk, jobs[3].pk}
    refused = reminders[jobs[1].pk]
    assert (refused.status, refused.error_message, refused.next_attempt_at) == (
        MessageStatus.REFUSED,
        OPTED_OUT_REASON,
        None,
    )
    assert f"Job {jobs[2].pk}: reminder text not sent (InvalidSMSError)" in caplog.text
    assert queued == [[reminders[jobs[0].pk].pk, reminders[jobs[3].pk].pk]]
    # each row as send_sms writes it
    first = reminders[jobs[0].pk]
    assert (first.status, first.phone, first.customer_id, first.cause, first.send_after) == (
        MessageStatus.QUEUED,
        jobs[0].customer.phone,
        jobs[0].customer_id,
        "notification",
        None,
    )
    assert first.dedupe_key == f"job:{jobs[0].pk}:reminder:v1"
    assert first.next_attempt_at == first.created_at == datetime(2030, 6, 10, 17, 1, tzinfo=LA)
    assert first.body == notices.render(
        kind="reminder", job=jobs[0], business=BusinessSettings.load(), templates=notices.load_templates()
    )


@pytest.mark.django_db
def test_a_sweep_that_finds_reminders_a_racing_sweep_just_wrote_writes_and_queues_none_again(
    technician, time_machine, django_capture_on_commit_callbacks, monkeypatch
):
    time_machine.move_to(datetime(2030, 6, 1, 9, tzinfo=LA), tick=False)
    jobs = book_for(technician, 11, 3)
    time_machine.move_to(datetime(2030, 6, 10, 17, 1, tzinfo=LA), tick=False)
    # what both sweeps found before either wrote
    found = [notices.NoticeJob(**row) for row in book_rows(jobs)]
    queued: list[list[int]] = []
    monkeypatch.setattr(delivery, "async_task", lambda name, ids, **kwargs: queued.append(ids))
    business, templates = BusinessSettings.load(), notices.load_templates()
    with django_capture_on_commit_callbacks(execute=True):
        with batched_delivery():
            assert (
                notices.notify_many(jobs=found, kind="reminder", business=business, templates=templates) == 3
            )
        with batched_delivery():
            assert (
                notices.notify_many(jobs=found, kind="reminder", business=business, templates=templates) == 0
            )
    assert Message.objects.filter(notification_kind="reminder").count() == 3
    assert [len(ids) for ids in queued] == [3]


def book_rows(jobs: list) -> list[dict]:
    from fieldservice.models import Job

    rows = Job.objects.filter(pk__in=[job.pk for job in jobs]).order_by("pk")
    return list(rows.values(*notices.NOTICE_JOB_FIELDS, **notices.NOTICE_JOB_VALUES))
