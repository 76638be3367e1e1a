"""The promise ledger (messaging.notify.notices): a text that promises a follow-up is kept, whatever caps apply."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fieldservice import services
from fieldservice.models import Job
from messaging.models import BusinessSettings, Message, Promise
from messaging.notify import notices as notify
from messaging.notify import sweeps

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LA)


def kinds(job: Job) -> list[str]:
    return list(Message.objects.filter(job=job).order_by("pk").values_list("notification_kind", flat=True))


@pytest.fixture
def morning_reminders():
    business = BusinessSettings.load()
    business.morning_reminder = True
    business.save()
    return business


def late_twice(job: Job, time_machine) -> None:
    """The day slips twice: the cap of "running late" texts is reached."""
    for hour, minutes in ((10, 30), (11, 60)):
        time_machine.move_to(local(2030, 6, 11, hour), tick=False)
        services.job_mark_delayed(
            job=job, expected_at=job.window_end + timedelta(minutes=minutes), actor="system"
        )
    assert kinds(job).count("running_late") == 2


def test_we_text_when_she_is_on_the_way_even_after_two_late_texts_and_an_eta_past_the_window(
    book, time_machine, morning_reminders
):
    job = book(local(2030, 6, 11, 11), hours=2)
    time_machine.move_to(local(2030, 6, 11, 8, 1), tick=False)
    assert sweeps.sweep_reminders() == 1
    (promise,) = Promise.objects.filter(job=job)
    assert promise.owed == Promise.Owed.ON_THE_WAY
    late_twice(job, time_machine)
    time_machine.move_to(local(2030, 6, 11, 12, 35), tick=False)
    services.job_start_route(job=job, eta=local(2030, 6, 11, 13, 40), actor="maya")
    on_the_way = Message.objects.get(job=job, notification_kind="en_route")
    assert on_the_way.body == "Maya from Field Service Co. is on the way, ETA 1:40 pm. Sorry for the wait."
    promise.refresh_from_db()
    assert promise.kept_by == on_the_way
    assert notify.unkept_promises() == []


def test_the_new_time_we_promised_is_sent_past_the_cap_and_however_close(book, time_machine):
    job = book(local(2030, 6, 11, 11), hours=2)
    late_twice(job, time_machine)
    time_machine.move_to(local(2030, 6, 11, 12, 50), tick=False)
    services.job_start_route(job=job, eta=local(2030, 6, 11, 13, 40), actor="maya")
    time_machine.move_to(local(2030, 6, 11, 13, 51), tick=False)
    assert sweeps.sweep_stale_etas() == 1  # "ETA passed" is other news than "running late": not capped
    (promise,) = Promise.objects.filter(job=job, owed=Promise.Owed.NEW_TIME)
    time_machine.move_to(local(2030, 6, 11, 14, 6), tick=False)
    services.job_update_eta(job=job, eta=local(2030, 6, 11, 14, 20), actor="maya")
    promise.refresh_from_db()
    assert promise.kept_by.notification_kind == "running_late"
    assert "around 2:20 pm" in promise.kept_by.body
    assert kinds(job).count("running_late") == 3


def test_a_technician_who_arrives_without_tapping_on_my_way_still_keeps_the_promise(
    book, time_machine, morning_reminders
):
    job = book(local(2030, 6, 11, 11), hours=2)
    time_machine.move_to(local(2030, 6, 11, 8, 1), tick=False)
    sweeps.sweep_reminders()
    time_machine.move_to(local(2030, 6, 11, 11, 20), tick=False)
    services.job_arrive(job=job, actor="maya")
    assert Message.objects.get(job=job, notification_kind="arrived").body == (
        "Maya from Field Service Co. has arrived."
    )
    assert Promise.objects.get(job=job).kept_at is not None


def test_a_promise_is_kept_by_news_that_supersedes_it_and_a_customer_who_never_got_it_is_owed_nothing(
    book, time_machine, morning_reminders
):
    moved = book(local(2030, 6, 11, 11), hours=2)
    time_machine.move_to(local(2030, 6, 11, 8, 1), tick=False)
    sweeps.sweep_reminders()
    services.job_cancel(job=moved, actor="dispatch")
    assert Promise.objects.get(job=moved).kept_by.notification_kind == "cancelled"
    assert notify.unkept_promises() == []


def test_without_a_promise_the_cap_still_holds_back_a_third_running_late(book, time_machine):
    job = book(local(2030, 6, 11, 11), hours=2)
    late_twice(job, time_machine)
    time_machine.move_to(local(2030, 6, 11, 12), tick=False)
    services.job_mark_delayed(job=job, expected_at=local(2030, 6, 11, 15), actor="system")
    assert kinds(job).count("running_late") == 2
