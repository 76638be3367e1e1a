"""The worker's reads for every text seek an index, however long the history: a customer's open
jobs (named by status, an IN list, in the (customer, status, window_start) index), and the last
text we sent a phone (in the (phone, direction, created_at) index: not stepping back over every
text the customer sent since)."""

from __future__ import annotations

import pytest
from django.db import connection

from fieldservice.models import OPEN_STATUSES, Job, JobStatus
from messaging.inbound.understand import _CUSTOMER, _open_jobs_read, last_outbound_statement
from messaging.models import Cause, Direction, Message, MessageStatus


def plan_of(sql: str, params: list) -> str:
    explain = "EXPLAIN" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask which index it can use
        cursor.execute(f"{explain} {sql}", params)
        return " ".join(str(row[-1]) for row in cursor.fetchall())


def test_every_status_but_completed_and_cancelled_is_open():
    assert set(OPEN_STATUSES) == set(JobStatus) - {JobStatus.COMPLETED, JobStatus.CANCELLED}


@pytest.mark.django_db
def test_find_jobs_read_of_a_customers_open_jobs_seeks_the_open_jobs_index(job):
    read = _open_jobs_read(connection.alias)
    params = [job.customer_id if param == _CUSTOMER else param for param in read.params]
    plan = plan_of(read.sql, params)
    assert "job_customer_open" in plan, plan
    assert [found.pk for found in read.fetch(connection.alias, job.customer_id)] == [job.pk]
    assert list(Job.objects.open()) == [job]


@pytest.mark.django_db
def test_the_last_text_before_an_answer_is_read_in_the_phone_direction_and_time_index(job):
    phone = str(job.customer.phone)
    texts = [
        Message.objects.create(
            direction=direction, customer=job.customer, phone=phone, body=body, status=status, cause=cause
        )
        for direction, body, status, cause in [
            (Direction.OUTBOUND, "Reminder", MessageStatus.DELIVERED, Cause.NOTIFICATION),
            (Direction.INBOUND, "ok", MessageStatus.RECEIVED, Cause.CUSTOMER),
            (Direction.INBOUND, "see you", MessageStatus.RECEIVED, Cause.CUSTOMER),
        ]
    ]
    sql, params = last_outbound_statement(texts[-1])
    plan = plan_of(sql, params)
    assert "message_phone_outbound" in plan, plan
