"""Claiming a customer's text and applying it to the job commit together, or not at all.

The worker marks a text interpreted and changes its job in one transaction. If applying fails
midway (after the job was already changed), nothing of it may stay: the text stays unclaimed and
flagged for the dispatcher, the job as it was, and the retry applies it exactly once. Without the
transaction this test fails: the job keeps half a change and the claimed text is never retried.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from fieldservice import services
from fieldservice.models import CustomerState, JobEvent, JobStatus
from messaging import tasks
from messaging.models import Message, MessageStatus
from tests.factories import SiteFactory, book_job
from tests.messaging import twilio_posts

pytestmark = pytest.mark.django_db


class ApplyFailedError(RuntimeError):
    pass


@pytest.fixture
def on_site_job(technician, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    start = timezone.now() - timedelta(minutes=30)
    job = book_job(
        technician=technician,
        site=SiteFactory(customer__phone="+14155550123", customer__name="Dana Ortiz"),
        start=start,
    )
    services.job_start_route(job=job, eta=timezone.now() - timedelta(minutes=5), actor="luis")
    services.job_arrive(job=job, actor="luis")
    # The booking texts reached the customer: they are the context of her reply.
    Message.objects.outbound().update(status=MessageStatus.SENT, sent_at=timezone.now())
    return job


def test_a_handling_that_fails_midway_leaves_nothing_half_done_and_the_retry_applies_it_once(
    client, twilio_token, sent_sms, on_site_job, monkeypatch
):
    real_mark_late = services.job_mark_customer_late

    def mark_late_then_fail(**kwargs):
        real_mark_late(**kwargs)  # the job is changed...
        raise ApplyFailedError("the database went away")  # ...and then applying fails

    monkeypatch.setattr(services, "job_mark_customer_late", mark_late_then_fail)
    fields = twilio_posts.fields("inbound_sms", From="+14155550123", Body="running 20 min late, sorry!")
    assert twilio_posts.post(client, "/sms/inbound", fields).status_code == 200

    text = Message.objects.inbound().get()
    on_site_job.refresh_from_db()
    assert text.interpretation is None and text.flagged  # unclaimed, and the dispatcher sees it
    assert on_site_job.customer_state != CustomerState.LATE  # no half change stayed
    assert not on_site_job.events.filter(kind=JobEvent.Kind.CUSTOMER_LATE).exists()

    monkeypatch.setattr(services, "job_mark_customer_late", real_mark_late)
    assert tasks.handle_inbound(text.pk) == "running_late"
    assert tasks.handle_inbound(text.pk) == "already handled"
    on_site_job.refresh_from_db()
    assert on_site_job.status == JobStatus.ON_SITE
    assert on_site_job.customer_state == CustomerState.LATE
    assert on_site_job.events.filter(kind=JobEvent.Kind.CUSTOMER_LATE).count() == 1
