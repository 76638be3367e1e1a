"""Working days come from the business settings, and no reply turns down a day the diary works.

The issue: on a Sunday demo, with Sunday jobs and a Sunday visit already confirmed, the technician's
first suggestion to "can we do Sunday instead" said "we're not out on Sundays"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from messaging.assist.suggest import JobFacts, assist
from messaging.inbound.understand import job_facts
from messaging.interpret.types import Interpretation
from messaging.models import DEFAULT_WORK_DAYS, BusinessSettings
from tests.factories import SiteFactory, book_job

ZONE = ZoneInfo("America/Chicago")
WEDNESDAY = datetime(2026, 6, 10, 9, 0, tzinfo=ZONE)
NEXT_SUNDAY = date(2026, 6, 14)
NEXT_SATURDAY = date(2026, 6, 13)


def facts(**changes) -> JobFacts:
    base = {
        "customer_name": "Dana Ortiz",
        "technician_name": "Luis",
        "timezone": "America/Chicago",
        "window_start": WEDNESDAY,
        "window_end": WEDNESDAY + timedelta(hours=2),
        "job_status": "scheduled",
    }
    return JobFacts(**(base | changes))


def first_reply(job: JobFacts, asked: date, now: datetime = WEDNESDAY - timedelta(hours=2)) -> str:
    interpretation = Interpretation(intent="reschedule", intents=("reschedule",), requested_date=asked)
    return assist(job, interpretation, now).replies[0].text


def test_a_closed_day_with_no_bookings_is_turned_down_with_the_next_working_day():
    reply = first_reply(facts(), NEXT_SUNDAY)
    assert "not out on Sundays" in reply
    assert "Monday" in reply


def test_a_visit_booked_on_a_sunday_means_sundays_are_worked():
    sunday_visit = datetime(2026, 6, 7, 9, 0, tzinfo=ZONE)
    job = facts(window_start=sunday_visit, window_end=sunday_visit + timedelta(hours=2))
    reply = first_reply(job, NEXT_SUNDAY, now=sunday_visit - timedelta(hours=2))
    assert "not out on" not in reply
    assert "Sunday" in reply


def test_other_jobs_booked_on_that_weekday_mean_it_is_worked():
    reply = first_reply(facts(booked_days=frozenset({date(2026, 6, 7)})), NEXT_SUNDAY)
    assert "not out on" not in reply


def test_the_settings_working_days_decide_when_the_diary_says_nothing():
    assert "not out on Saturdays" in first_reply(facts(work_days=(0, 1, 2, 3, 4)), NEXT_SATURDAY)
    assert "not out on" not in first_reply(facts(work_days=(0, 1, 2, 3, 4, 5, 6)), NEXT_SUNDAY)


def test_the_day_offered_instead_is_a_working_day():
    # Mon-Thu business asked for a Friday: the next working day is Monday, not Saturday.
    reply = first_reply(facts(work_days=(0, 1, 2, 3)), date(2026, 6, 12))
    assert "not out on Fridays" in reply
    assert "Monday" in reply and "Saturday" not in reply


@pytest.mark.django_db
def test_job_facts_read_the_business_settings_and_the_diary():
    settings_row = BusinessSettings.load()
    assert settings_row.work_weekdays == DEFAULT_WORK_DAYS == (0, 1, 2, 3, 4, 5)
    settings_row.work_days = [0, 1, 2, 3, 4]
    settings_row.save()
    local_today = timezone.localdate(timezone=ZoneInfo("America/Los_Angeles"))
    days_to_sunday = (6 - local_today.weekday()) % 7 or 7
    sunday = datetime.combine(
        local_today + timedelta(days=days_to_sunday), datetime.min.time(), ZoneInfo("America/Los_Angeles")
    ) + timedelta(hours=10)
    book_job(site=SiteFactory(), start=sunday)
    job = book_job(site=SiteFactory())
    read = job_facts(job)
    assert sorted(read.work_days) == [0, 1, 2, 3, 4]
    assert sunday.date() in read.booked_days
    assert read.works_on(sunday.date() + timedelta(days=7))


@pytest.mark.django_db
def test_a_settings_row_saved_with_no_days_works_the_default_days():
    row = BusinessSettings.load()
    row.work_days = []
    assert row.work_weekdays == DEFAULT_WORK_DAYS


@pytest.mark.django_db
def test_the_dispatcher_edits_working_days_in_the_admin_and_must_keep_one(admin_client):
    url = reverse("admin:messaging_businesssettings_change", args=[BusinessSettings.load().pk])
    page = admin_client.get(url).content.decode()
    assert "When we work" in page and 'value="6"' in page
    form = {
        "name": "Cool Air Co.",
        "quiet_hours_start": "21:00",
        "quiet_hours_end": "08:00",
        "reminder_time": "17:00",
        "unanswered_minutes": "10",
        "work_days": ["0", "1", "2", "3", "4", "5", "6"],
    }
    assert admin_client.post(url, form).status_code == 302
    assert BusinessSettings.load().work_weekdays == (0, 1, 2, 3, 4, 5, 6)
    response = admin_client.post(url, form | {"work_days": []})
    assert response.status_code == 200
    assert "Tick at least one day the business works." in response.content.decode()
    assert BusinessSettings.load().work_weekdays == (0, 1, 2, 3, 4, 5, 6)


@pytest.mark.django_db
def test_the_working_days_are_read_only_when_a_reply_needs_them(django_assert_num_queries):
    job = book_job(site=SiteFactory())
    read = job_facts(job)
    late = Interpretation(intent="running_late", intents=("running_late",))
    with django_assert_num_queries(0):
        assist(read, late, timezone.now(), message="running late")
    sunday = timezone.localdate() + timedelta(days=(6 - timezone.localdate().weekday()) % 7 or 7)
    asked = Interpretation(intent="reschedule", intents=("reschedule",), requested_date=sunday)
    BusinessSettings.forget_cached()  # each process keeps a copy of the settings: read it afresh
    with django_assert_num_queries(2):  # the settings' days, and the days with jobs booked
        assist(read, asked, timezone.now(), message="can we do Sunday?")


SUNDAY_MORNING = datetime(2026, 12, 6, 17, 0, tzinfo=ZoneInfo("UTC"))  # 9 am Sunday in Los Angeles


@pytest.mark.usefixtures("twilio_token", "sent_sms", "q_sync")
@pytest.mark.django_db
def test_the_issues_sunday_the_card_never_refuses_the_day_the_bot_acknowledged(client):
    """Sunday jobs on the board, a customer asks for next Sunday: the bot acknowledges the request
    for Sunday, and the technician's first suggestion must not say 'we're not out on Sundays'."""
    from django.test import Client

    from messaging.models import Message
    from tests.factories import TechnicianFactory, UserFactory
    from tests.messaging.twilio_posts import fields, post

    luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
    site = SiteFactory(customer__name="Dana Ortiz", customer__phone="+14155550123")
    with time_machine.travel(SUNDAY_MORNING - timedelta(days=2), tick=False):
        job = book_job(site=site, technician=luis, start=SUNDAY_MORNING + timedelta(hours=2))
    with time_machine.travel(SUNDAY_MORNING, tick=False):
        body = "Can we move it to next Sunday morning?"
        post(Client(), "/sms/inbound", fields("inbound_sms", From="+14155550123", Body=body))
        acknowledged = Message.objects.outbound().filter(notification_kind="reschedule").get().body
        assert "Sun Dec 13" in acknowledged
        client.force_login(luis.user)
        page = client.get(reverse("tech:job", args=[job.pk])).content.decode()
    first_reply = page.split('class="reply"', 2)[1]
    assert "not out on" not in first_reply
    assert "next Sunday morning" in first_reply
