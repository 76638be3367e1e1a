"""A customer's text is read against what they actually received, and their own lateness is never
taken for a complaint about the technician: the demo's model moment, through the real stack (the
technician's page, the outbox and its worker, a signed webhook, the dispatcher's queue)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from fieldservice.models import CustomerState, JobEvent, JobStatus
from messaging.models import MessageStatus, NotificationKind
from tests.factories import SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms", "q_sync")]

# 2-4 pm in Los Angeles on Wed Jun 10 2026 (UTC-7).
WINDOW_START = datetime(2026, 6, 10, 21, 0, tzinfo=UTC)
DANA = "+14155550123"
TEXT = "running about 20 min late, gate code is 4411"


def at(local_clock: str) -> datetime:
    hours, minutes = map(int, local_clock.split(":"))
    return datetime(2026, 6, 10, hours + 7, minutes, tzinfo=UTC)


@pytest.fixture
def dana_job(technician):
    with time_machine.travel(WINDOW_START - timedelta(days=1), tick=False):
        site = SiteFactory(customer__name="Dana Ortiz", customer__phone=DANA)
        return book_job(technician=technician, site=site, start=WINDOW_START)


def late_text_then_arrival(client, job, django_capture_on_commit_callbacks, *, worker_first: bool):
    """Luis says on his way at 3:30 with an ETA after the window (a running-late text is queued),
    then taps Arrived at 4:10. With `worker_first` the worker delivers the text before he arrives;
    otherwise it reaches the text only afterwards and refuses it (it no longer applies)."""
    client.force_login(job.technician.user)
    status_url = reverse("tech:job_status", args=[job.pk])
    with time_machine.travel(at("15:30"), tick=False):
        with django_capture_on_commit_callbacks() as worker:
            client.post(status_url, {"action": "en_route", "clock": "16:20"})
        if worker_first:
            for callback in worker:
                callback()
    with time_machine.travel(at("16:10"), tick=False):
        client.post(status_url, {"action": "arrived"})
        for callback in [] if worker_first else worker:
            callback()
    return job.messages.get(notification_kind=NotificationKind.EN_ROUTE)  # "on the way", sorry for the delay


@pytest.mark.parametrize("worker_first", [False, True], ids=["late-text-refused", "late-text-delivered"])
def test_a_late_customer_is_marked_late_not_taken_for_a_complaint(
    client, dana_job, dispatcher_client, django_capture_on_commit_callbacks, worker_first
):
    late_text = late_text_then_arrival(
        client, dana_job, django_capture_on_commit_callbacks, worker_first=worker_first
    )
    assert late_text.status == (MessageStatus.SENT if worker_first else MessageStatus.REFUSED)

    with time_machine.travel(at("16:32"), tick=False):
        post(client, "/sms/inbound", fields("inbound_sms", From=DANA, Body=TEXT))
        page = client.get(reverse("tech:job", args=[dana_job.pk])).content.decode()
        queue = dispatcher_client.get(reverse("admin:messaging_conversation_changelist")).content.decode()

    dana_job.refresh_from_db()
    said = dana_job.messages.inbound().get()
    assert said.interpretation["intent"] == "running_late"
    assert dana_job.status == JobStatus.ON_SITE
    assert dana_job.customer_state == CustomerState.LATE
    assert dana_job.customer_expected_at == at("16:52")
    assert not dana_job.events.filter(kind=JobEvent.Kind.ATTENTION).exists()
    assert "Customer: running late, expected 4:52 pm" in page
    assert "Unhappy" not in page
    assert "complaint" not in queue.lower()


def test_a_refused_text_is_not_the_context_of_the_next_reply(
    client, dana_job, django_capture_on_commit_callbacks
):
    """'R' answers a text's 'Reply R to reschedule' only if the customer received that text."""
    late_text_then_arrival(client, dana_job, django_capture_on_commit_callbacks, worker_first=False)
    with time_machine.travel(at("16:32"), tick=False):
        post(client, "/sms/inbound", fields("inbound_sms", From=DANA, Body="R"))
    said = dana_job.messages.inbound().get()
    # "R" answers "Reply R to reschedule." only in a text Dana received; she never got that one.
    assert said.interpretation["intent"] != "reschedule"
