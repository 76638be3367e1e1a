"""Urgency classes for quiet hours (messaging.notify.notices): news about tomorrow morning's visit goes
before the customer's morning starts, nothing announces a window that has passed, and the
reminder time cannot be set inside quiet hours."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fieldservice import services
from fieldservice.models import Job
from messaging.models import BusinessSettings, Message, MessageStatus
from messaging.notify import notices as notify
from messaging.outbox.delivery import deliver_message, deliver_messages

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


def text(job: Job, kind: str) -> Message:
    return Message.objects.filter(job=job, notification_kind=kind).latest("pk")


@pytest.mark.parametrize(
    ("start_hour", "held_until"),
    [
        (8, local(2030, 6, 12, 7)),  # an 8-10 am visit: at 07:00, not as the window opens
        (10, local(2030, 6, 12, 7)),  # still the customer's morning
        (14, local(2030, 6, 12, 8)),  # an afternoon visit: quiet hours end first
    ],
)
def test_a_cancellation_at_night_for_tomorrow_reaches_the_customer_before_their_morning(
    book, time_machine, start_hour, held_until
):
    time_machine.move_to(local(2030, 6, 10, 12), tick=False)
    job = book(local(2030, 6, 12, start_hour))
    time_machine.move_to(local(2030, 6, 11, 22, 30), tick=False)
    services.job_cancel(job=job, actor="dispatch")
    assert text(job, "cancelled").send_after == held_until


def test_a_change_at_night_to_tomorrows_early_visit_goes_at_seven_and_one_before_quiet_hours_at_once(
    book, time_machine
):
    time_machine.move_to(local(2030, 6, 10, 12), tick=False)
    evening, night, late = (book(local(2030, 6, 12, 8)) for _ in range(3))
    Message.objects.update(status=MessageStatus.SENT, sent_at=local(2030, 6, 10, 12, 5))
    time_machine.move_to(local(2030, 6, 11, 20, 40), tick=False)
    services.job_reschedule(
        job=evening, window_start=local(2030, 6, 12, 15), window_end=local(2030, 6, 12, 17), actor="d"
    )
    assert text(evening, "window_changed").send_after == local(2030, 6, 11, 20, 45)  # settled
    time_machine.move_to(local(2030, 6, 11, 20, 58), tick=False)
    services.job_reschedule(
        job=late, window_start=local(2030, 6, 12, 15), window_end=local(2030, 6, 12, 17), actor="d"
    )
    assert text(late, "window_changed").send_after is None  # settling must not push it into the night
    time_machine.move_to(local(2030, 6, 11, 23, 10), tick=False)
    services.job_reschedule(
        job=night, window_start=local(2030, 6, 12, 15), window_end=local(2030, 6, 12, 17), actor="d"
    )
    assert text(night, "window_changed").send_after == local(2030, 6, 12, 7)


def test_a_night_booking_for_tonight_is_confirmed_at_once_and_one_for_later_waits_for_morning(
    book, time_machine
):
    time_machine.move_to(local(2030, 6, 9, 22, 0), tick=False)
    tonight = book(local(2030, 6, 9, 23))
    next_week = book(local(2030, 6, 16, 9))
    assert text(tonight, "scheduled").send_after is None
    assert text(next_week, "scheduled").send_after == local(2030, 6, 10, 8)


def test_a_held_confirmation_of_a_window_that_has_passed_is_dropped(book, time_machine, sent_sms):
    """Issue 18: "booked for Tue Jun 9, 11 pm-Wed Jun 10 1 am... Reply C to confirm" at 8 am."""
    time_machine.move_to(local(2030, 6, 9, 21, 30), tick=False)
    job = book(local(2030, 6, 9, 23))
    held = text(job, "scheduled")
    Message.objects.filter(pk=held.pk).update(
        send_after=local(2030, 6, 10, 8), next_attempt_at=local(2030, 6, 10, 8)
    )
    time_machine.move_to(local(2030, 6, 10, 8), tick=False)
    assert deliver_message(message_id=held.pk) == "refused: no longer applies"
    assert sent_sms == []


def test_a_day_before_reminder_held_into_the_day_itself_is_not_sent(book, time_machine):
    time_machine.move_to(local(2030, 6, 10, 12), tick=False)
    job = book(local(2030, 6, 12, 13))
    reminder = notify.notify(job=job, kind="reminder")
    assert notify.still_applies(reminder)
    time_machine.move_to(local(2030, 6, 12, 8), tick=False)
    assert not notify.still_applies(reminder)
    assert deliver_message(message_id=reminder.pk) == "refused: no longer applies"
    assert Message.objects.get(pk=reminder.pk).status == MessageStatus.REFUSED


@pytest.mark.parametrize("at", [time(21, 0), time(23, 30), time(6, 0)])
def test_the_reminder_time_cannot_be_set_inside_quiet_hours(at):
    business = BusinessSettings.load()
    business.reminder_time = at
    with pytest.raises(ValidationError, match="inside quiet hours"):
        business.full_clean()
    business.reminder_time = time(20, 59)
    business.full_clean()


def test_the_admin_refuses_a_reminder_time_inside_quiet_hours_with_a_reason():
    from messaging.notify.admin import BusinessSettingsForm

    form = BusinessSettingsForm(
        data={
            **{f: getattr(BusinessSettings.load(), f) for f in BusinessSettingsForm.Meta.fields},
            "reminder_time": "22:00",
            "disabled_kinds": [],
        },
        instance=BusinessSettings.load(),
    )
    assert not form.is_valid()
    assert "inside quiet hours" in str(form.errors["reminder_time"])


def test_a_technician_who_never_starts_puts_the_job_in_the_queue_and_the_customer_hears_before_the_window_ends(
    book, time_machine
):
    """Issue 18: no text and nothing in the queue until he tapped "on my way" 40 minutes after the window."""
    from datetime import timedelta

    from django.utils import timezone

    from messaging.notify import sweeps

    time_machine.move_to(local(2030, 6, 10, 12), tick=False)
    job = book(local(2030, 6, 11, 13))
    moment, flagged_at, told_at = local(2030, 6, 11, 12, 0), None, None
    while moment < local(2030, 6, 11, 15, 0):
        time_machine.move_to(moment, tick=False)
        sweeps.sweep_day_slips()
        job.refresh_from_db()
        if job.needs_attention and flagged_at is None:
            flagged_at = timezone.localtime(moment, LA).strftime("%H:%M")
        if told_at is None and Message.objects.filter(job=job, notification_kind="running_late").exists():
            told_at = timezone.localtime(moment, LA).strftime("%H:%M")
        moment += timedelta(minutes=2)
    assert flagged_at == "14:30"
    assert (
        job.attention_reason
        == "Maya has not set off for the Tue Jun 11, 1-3 pm visit: the window will be missed"
    )
    assert told_at is not None and told_at < "15:00"
    late = Message.objects.get(job=job, notification_kind="running_late")
    assert late.send_after is None and "around 3:20 pm" in late.body


def test_held_reminders_go_out_as_a_batch_whose_statements_do_not_grow_with_its_jobs(
    book, time_machine, sent_sms
):
    """Delivery reads each reminder's job with the claimed row: "does it still apply" costs no
    query per text, and a job cancelled meanwhile still stops its reminder."""
    time_machine.move_to(local(2030, 6, 10, 12), tick=False)
    few = [notify.notify(job=book(local(2030, 6, 12, 13)), kind="reminder").pk for _ in range(2)]
    many = [notify.notify(job=book(local(2030, 6, 12, 13)), kind="reminder").pk for _ in range(6)]
    cancelled = Message.objects.get(pk=many[0]).job
    services.job_cancel(job=cancelled, actor="disp")
    Message.objects.filter(pk__in=few + many).update(send_after=None)  # due now, as the sweep releases them
    with CaptureQueriesContext(connection) as few_batch:
        assert deliver_messages(few) == {"sent": 2}
    with CaptureQueriesContext(connection) as many_batch:
        assert deliver_messages(many) == {"sent": 5, "refused": 1}
    assert len(many_batch) == len(few_batch) + 1  # the one refusal's statement
    assert Message.objects.get(pk=many[0]).status == MessageStatus.REFUSED
    assert sorted(s.to for s in sent_sms) == sorted(
        str(m.phone) for m in Message.objects.filter(pk__in=few + many[1:])
    )
