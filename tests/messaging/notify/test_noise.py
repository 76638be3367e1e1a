"""Fewer, better texts (messaging.notify.notices): quick successive changes arrive as one text, the first
text a customer gets reads as a first text, and the feedback request follows the "completed" text."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Job
from messaging.models import Message, MessageStatus
from messaging.notify import sweeps
from tests.messaging.notify.test_sweeps import deliver_due

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


def walk(time_machine, until: datetime, *, sweep: bool = False) -> None:
    """Move the clock a minute at a time, delivering what is due (and running the sweeps)."""
    moment = timezone.now()
    deliver_due()
    while moment < until:
        moment += timedelta(minutes=1)
        time_machine.move_to(moment, tick=False)
        if sweep:
            sweeps.sweep_review_requests()
        deliver_due()


def delivered(job: Job) -> list[tuple[str, str, str]]:
    texts = Message.objects.filter(job=job, status=MessageStatus.SENT).order_by("sent_at", "pk")
    return [(f"{timezone.localtime(m.sent_at, LA):%H:%M}", m.notification_kind, m.body) for m in texts]


def test_two_reschedules_in_seven_minutes_send_one_text_after_the_booking(book, time_machine):
    time_machine.move_to(local(2030, 6, 10, 10, 0), tick=False)
    job = book(local(2030, 6, 12, 9))
    walk(time_machine, local(2030, 6, 10, 10, 6))
    services.job_reschedule(
        job=job, window_start=local(2030, 6, 12, 13), window_end=local(2030, 6, 12, 15), actor="d"
    )
    walk(time_machine, local(2030, 6, 10, 10, 9))
    services.job_reschedule(
        job=job, window_start=local(2030, 6, 12, 14), window_end=local(2030, 6, 12, 16), actor="d"
    )
    walk(time_machine, local(2030, 6, 10, 10, 30))
    assert [(at, kind) for at, kind, _ in delivered(job)] == [
        ("10:05", "scheduled"),
        ("10:14", "window_changed"),
    ]
    assert "Wed Jun 12, 2-4 pm. Sorry for the change." in delivered(job)[1][2]


def test_after_night_reschedules_the_first_text_is_the_booking_not_an_apology(book, time_machine):
    time_machine.move_to(local(2030, 6, 9, 22, 0), tick=False)
    job = book(local(2030, 6, 12, 9))
    time_machine.move_to(local(2030, 6, 9, 23, 0), tick=False)
    services.job_reschedule(
        job=job, window_start=local(2030, 6, 12, 13), window_end=local(2030, 6, 12, 15), actor="d"
    )
    time_machine.move_to(local(2030, 6, 10, 6, 0), tick=False)
    services.job_reschedule(
        job=job, window_start=local(2030, 6, 12, 14), window_end=local(2030, 6, 12, 16), actor="d"
    )
    walk(time_machine, local(2030, 6, 10, 8, 30))
    assert delivered(job) == [
        (
            "08:00",
            "scheduled",
            "Hi Dana, your Field Service Co. visit is booked for Wed Jun 12, 2-4 pm. "
            "Reply C to confirm or R to reschedule.",
        )
    ]


def test_eta_updates_within_five_minutes_reach_the_customer_as_one_text(book, time_machine):
    time_machine.move_to(local(2030, 6, 11, 12, 30), tick=False)
    job = book(local(2030, 6, 11, 13))
    walk(time_machine, local(2030, 6, 11, 12, 40))
    services.job_start_route(job=job, eta=local(2030, 6, 11, 13, 0), actor="maya")
    walk(time_machine, local(2030, 6, 11, 12, 42))
    services.job_update_eta(job=job, eta=local(2030, 6, 11, 13, 15), actor="maya")
    walk(time_machine, local(2030, 6, 11, 12, 43))
    services.job_update_eta(job=job, eta=local(2030, 6, 11, 13, 30), actor="maya")
    walk(time_machine, local(2030, 6, 11, 13, 0))
    assert [(at, body.split("ETA ")[1]) for at, kind, body in delivered(job) if kind == "en_route"] == [
        ("12:40", "1 pm."),
        ("12:45", "1:30 pm."),
    ]


def test_the_feedback_request_follows_a_completed_text_held_overnight_not_arrives_with_it(book, time_machine):
    time_machine.move_to(local(2030, 6, 11, 19, 0), tick=False)
    job = book(local(2030, 6, 11, 19))
    services.job_arrive(job=job, actor="maya")
    time_machine.move_to(local(2030, 6, 11, 21, 30), tick=False)
    services.job_complete(job=job, actor="maya")
    walk(time_machine, local(2030, 6, 12, 10, 30), sweep=True)
    assert [(at, kind) for at, kind, _ in delivered(job) if kind in {"completed", "review_request"}] == [
        ("08:00", "completed"),
        ("10:00", "review_request"),
    ]
