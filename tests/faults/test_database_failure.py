"""The database going away in the middle of a request, as in a PostgreSQL restart.

On PostgreSQL the server really ends the request's session (pg_terminate_backend from another
connection) right after a chosen query, so the next one fails on a dead connection and the open
transaction is lost server-side. On SQLite, which has no server, every query after the chosen one
raises OperationalError instead. Requests must fail with a plain 500, leave nothing half-written,
and the same request must succeed afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from django.db import OperationalError, connection
from django.test import Client

from fieldservice.models import JobEvent, JobStatus
from messaging.models import Message
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job
from tests.messaging import twilio_posts
from tests.sms_fixtures import handling_outcomes, run_queued_tasks

pytestmark = pytest.mark.django_db(transaction=True)


def end_session_server_side() -> None:
    """What a PostgreSQL restart does to this process's session: the server ends it."""
    settings = connection.settings_dict
    pid = connection.connection.info.backend_pid
    with psycopg.connect(
        dbname=settings["NAME"], user=settings["USER"], host=settings["HOST"], port=settings["PORT"] or 5432
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
        # The server ends the session asynchronously: wait until it has, so the next query fails.
        for _ in range(200):
            if not other.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
                break
            time.sleep(0.01)


@contextmanager
def database_dies_after(marker: str, *, before: bool = False) -> Iterator[None]:
    """The session dies right after the first query containing `marker` (with `before`, just
    before it: that query is the first to find the database gone)."""
    dead = False

    def die() -> None:
        nonlocal dead
        dead = True
        if connection.vendor == "postgresql":
            end_session_server_side()

    def execute(run, sql, params, many, context):
        if marker in sql and not dead and before:
            die()
        if dead and connection.vendor != "postgresql":
            raise OperationalError("server closed the connection unexpectedly")
        result = run(sql, params, many, context)
        if marker in sql and not dead:
            die()
        return result

    with connection.execute_wrapper(execute):
        yield


@pytest.fixture
def dana(db):
    customer = CustomerFactory(name="Dana Ortiz", phone="+14155550123")
    book_job(site=SiteFactory(customer=customer))
    return customer


@pytest.mark.real_queue
@pytest.mark.parametrize("dies_before", [True, False], ids=["before-storing", "after-storing"])
def test_an_inbound_text_during_a_database_outage_fails_cleanly_and_twilios_retry_is_handled(
    dana, twilio_token, sent_sms, dies_before
):
    """Before the insert nothing is kept and the webhook answers 500. After it the text is kept;
    its hand-off to the worker either fails too (500: the ORM broker is in the dead database) or
    reconnects (django-q2's ORM broker does, on PostgreSQL) and succeeds. Either way Twilio's
    retry of the MessageSid, if any, leaves the text stored once and understood once."""
    client = Client(raise_request_exception=False)
    fields = twilio_posts.fields("inbound_sms", Body="Where is the tech?")
    # The webhook stores a text in one statement (which also finds its customer): the database dies
    # just before it, or just after it.
    with database_dies_after('INTO "messaging_message"', before=dies_before):
        response = twilio_posts.post(client, "/sms/inbound", fields)
    connection.close_if_unusable_or_obsolete()  # what Django does after each request; the test client does not
    if dies_before:
        assert response.status_code == 500, response.content  # Twilio retries the same MessageSid
    assert response.status_code in {200, 500}
    assert not Message.objects.filter(
        provider_sid=fields["MessageSid"], interpretation__isnull=False
    ).exists()

    retry = twilio_posts.post(client, "/sms/inbound", fields)
    assert retry.status_code == 200
    assert handling_outcomes(run_queued_tasks()).count("where_is_tech") == 1
    (message,) = Message.objects.filter(provider_sid=fields["MessageSid"])
    assert message.interpretation["intent"] == "where_is_tech"
    assert not message.flagged


def test_a_technician_action_during_a_database_outage_changes_nothing_and_works_after(db):
    technician = TechnicianFactory()
    job = book_job(technician=technician)
    client = Client(raise_request_exception=False)
    client.force_login(technician.user)
    events = JobEvent.objects.filter(job=job).count()
    with database_dies_after('UPDATE "fieldservice_job"'):
        response = client.post(f"/tech/jobs/{job.pk}/status/", {"action": "en_route", "minutes": "30"})
    assert response.status_code == 500
    job.refresh_from_db()
    assert job.status == JobStatus.SCHEDULED
    assert JobEvent.objects.filter(job=job).count() == events

    response = client.post(f"/tech/jobs/{job.pk}/status/", {"action": "en_route", "minutes": "30"})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == JobStatus.EN_ROUTE
