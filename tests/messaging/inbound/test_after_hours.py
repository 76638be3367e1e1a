"""Texts in the site's quiet hours get one honest note: the office reads them when it opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from messaging.models import Message, MessageStatus
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

LATE_EVENING = datetime(2026, 6, 11, 6, 30, tzinfo=UTC)  # 11:30 pm in Los Angeles
AFTERNOON = datetime(2026, 6, 10, 21, 0, tzinfo=UTC)  # 2 pm in Los Angeles


@pytest.fixture
def dana(db):
    customer = CustomerFactory(name="Dana Ortiz", phone="+14155550123")
    with time_machine.travel(AFTERNOON - timedelta(days=1), tick=False):
        book_job(site=SiteFactory(customer=customer), start=AFTERNOON + timedelta(days=2))
    return customer


def text(client, body: str) -> str:
    return post(
        client, "/sms/inbound", fields("inbound_sms", From="+14155550123", Body=body)
    ).content.decode()


def after_hours_notes() -> list[Message]:
    """The notes the worker put in the outbox (it answers after the webhook, through Twilio's API)."""
    return list(Message.objects.outbound().filter(notification_kind="after_hours"))


def test_a_question_at_night_gets_one_note_saying_when_the_office_opens(client, dana):
    with time_machine.travel(LATE_EVENING, tick=False):
        first = text(client, "Can the technician bring a new filter?")
        second = text(client, "Also, is parking ok on the street?")
    assert "<Message>" not in first + second  # the webhook answers at once; the worker writes the note
    (note,) = after_hours_notes()
    assert "office is closed" in note.body
    assert "after 8 am" in note.body
    assert "911" in note.body
    assert (note.status, str(note.phone)) == (MessageStatus.QUEUED, "+14155550123")


def test_a_question_in_the_afternoon_gets_no_closed_note(client, dana):
    with time_machine.travel(AFTERNOON, tick=False):
        assert "<Message>" not in text(client, "Can the technician bring a new filter?")
    assert after_hours_notes() == []


def test_thanks_at_night_needs_no_note(client, dana):
    with time_machine.travel(LATE_EVENING, tick=False):
        assert "<Message>" not in text(client, "thanks so much!")
    assert after_hours_notes() == []


@pytest.mark.parametrize("arrived", [True, False], ids=["on-site", "on-the-way"])
def test_a_text_during_a_late_evening_visit_gets_no_closed_note(client, arrived):
    """At 11:30 pm the technician is still at (or driving to) the customer's: the card shows the
    text to a person at work, so the bot must not say the office is closed."""
    from fieldservice import services

    customer = CustomerFactory(name="Dana Ortiz", phone="+14155550123")
    with time_machine.travel(LATE_EVENING - timedelta(minutes=30), tick=False):
        job = book_job(site=SiteFactory(customer=customer), start=LATE_EVENING - timedelta(minutes=30))
        job = services.job_start_route(job=job, eta=LATE_EVENING - timedelta(minutes=20), actor="luis")
        if arrived:
            services.job_arrive(job=job, actor="luis")
    with time_machine.travel(LATE_EVENING, tick=False):
        assert "<Message>" not in text(client, "Can the technician bring a new filter?")
    assert after_hours_notes() == []
