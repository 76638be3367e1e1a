"""The prompt card on the technician's job page, and replies sent from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from fieldservice import services
from messaging.models import Cause, Message
from tests.factories import book_job
from tests.messaging.inbound.test_understanding import inbound

MORNING = datetime(2026, 6, 10, 17, 0, tzinfo=UTC)  # 10 am in Los Angeles


@pytest.fixture
def on_site_job(db, technician):
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        job = book_job(technician=technician, start=MORNING)
    with time_machine.travel(MORNING, tick=False):
        return services.job_arrive(job=job, actor="luis")


@pytest.fixture
def tech_client(client, technician):
    client.force_login(technician.user)
    return client


@time_machine.travel(MORNING + timedelta(minutes=5), tick=False)
def test_a_late_customer_shows_a_prompt_card_with_replies_and_start_now_work(on_site_job, tech_client):
    from messaging.inbound.understand import understand_inbound

    understand_inbound(inbound(on_site_job, "stuck in traffic, be there in 20"))
    page = tech_client.get(reverse("tech:job", args=[on_site_job.pk])).content.decode()
    assert "Running late" in page
    assert "around 10:25 am (in 20 min)" in page
    assert "Start now, without Dana" in page
    assert "Inspect outdoor condenser unit" in page
    assert page.count('class="reply"') >= 2


@time_machine.travel(MORNING + timedelta(minutes=5), tick=False)
def test_a_tapped_reply_goes_to_the_outbox_once_however_often_it_is_tapped(
    on_site_job, tech_client, technician
):
    message = inbound(on_site_job, "running late")
    url = reverse("tech_messages:reply", args=[on_site_job.pk])
    form = {"text": "No problem at all, I'll start outside.", "token": "abc-1"}
    tech_client.post(url, form)
    tech_client.post(url, form)
    sent = Message.objects.filter(cause=Cause.TECHNICIAN)
    assert sent.count() == 1
    assert sent.get().body == "No problem at all, I'll start outside."
    assert sent.get().sent_by == technician.user
    message.refresh_from_db()
    assert message.handled_at is not None


@time_machine.travel(MORNING + timedelta(minutes=5), tick=False)
def test_an_empty_reply_is_explained_and_sends_nothing(on_site_job, tech_client):
    response = tech_client.post(
        reverse("tech_messages:reply", args=[on_site_job.pk]), {"text": "  ", "token": "t"}, follow=True
    )
    assert "The text is empty." in response.content.decode()
    assert not Message.objects.filter(cause=Cause.TECHNICIAN).exists()


def test_another_technician_cannot_reply_on_the_job(client, on_site_job):
    from tests.factories import TechnicianFactory

    maya = TechnicianFactory(first_name="Maya")
    client.force_login(maya.user)
    response = client.post(
        reverse("tech_messages:reply", args=[on_site_job.pk]), {"text": "hi", "token": "t"}
    )
    assert response.status_code == 404
    assert not Message.objects.filter(cause=Cause.TECHNICIAN).exists()
