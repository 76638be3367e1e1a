"""Loops that close, seen by the people who use them: a cancellation asked by text ends as a
cancelled job the customer and the technician both learn about; a technician is at one job at a
time; an emergency reaches the technician's day once, first and flagged; the dispatcher's pages
say what they mean (labels, ETAs, zones, free windows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from fieldservice import services
from fieldservice.models import JobEvent, JobStatus
from messaging.models import Cause, NotificationKind
from tests.factories import SiteFactory, TechnicianFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

MORNING = datetime(2026, 6, 10, 17, 0, tzinfo=UTC)  # 10 am in Los Angeles, Wed Jun 10
DANA = "+14155550123"


@pytest.fixture(autouse=True)
def now():
    with time_machine.travel(MORNING + timedelta(minutes=30), tick=False):
        yield


def dana_visit(
    technician, *, hours_from_morning: int = 3, phone: str = DANA, zone: str = "America/Los_Angeles"
):
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        site = SiteFactory(customer__name="Dana Ortiz", customer__phone=phone, timezone=zone)
        return book_job(technician=technician, site=site, start=MORNING + timedelta(hours=hours_from_morning))


def customer_texts(client, body: str, phone: str = DANA) -> None:
    post(client, "/sms/inbound", fields("inbound_sms", From=phone, Body=body))


def flash(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def queue(dispatcher_client) -> str:
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        return dispatcher_client.get(reverse("admin:messaging_conversation_changelist")).content.decode()


# --- cancel -----------------------------------------------------------------------------------


def test_a_cancel_asked_by_text_ends_cancelled_and_everyone_is_told(client, technician, dispatcher_client):
    job = dana_visit(technician)
    customer_texts(client, "cancel it")
    acknowledgement = job.messages.get(cause=Cause.AUTO_REPLY)
    assert "will confirm the cancellation" in acknowledgement.body  # the bot promises nothing it did not do
    assert "Cancel the visit…" in queue(dispatcher_client)

    conversation = reverse("admin:messaging_conversation_change", args=[job.pk])
    assert "Cancel the visit" in dispatcher_client.get(conversation).content.decode()
    response = dispatcher_client.post(
        reverse("admin:messaging_conversation_cancel", args=[job.pk]),
        {"reason": "Customer asked"},
        follow=True,
    )
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELLED
    assert job.events.get(kind=JobEvent.Kind.CANCELLED).actor == "dispatch"
    cancelled = job.messages.get(notification_kind=NotificationKind.CANCELLED)
    assert "is cancelled" in cancelled.body
    assert "Visit cancelled; it is off Luis's day. Dana is told by text." in flash(response)
    assert "Nothing needs a person right now." in queue(dispatcher_client)

    client.force_login(technician.user)
    day = client.get(reverse("tech:jobs")).content.decode()
    assert "Cancelled by the office: don't go" in day


def test_cancelling_for_an_opted_out_customer_says_they_were_not_told_and_keeps_the_call_on_the_queue(
    client, technician, dispatcher_client
):
    job = dana_visit(technician)
    customer_texts(client, "cancel it")
    customer_texts(client, "STOP")
    response = dispatcher_client.post(
        reverse("admin:messaging_conversation_cancel", args=[job.pk]), follow=True
    )
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELLED
    assert "Not sent: Dana opted out of texts" in flash(response)
    assert "Cancelled, but Dana was not texted: call them" in queue(dispatcher_client)


def test_a_visit_under_way_cannot_be_cancelled_from_the_conversation(technician, dispatcher_client):
    job = services.job_arrive(job=dana_visit(technician, hours_from_morning=0), actor="luis")
    page = dispatcher_client.get(
        reverse("admin:messaging_conversation_change", args=[job.pk])
    ).content.decode()
    assert "Cancel the visit" not in page
    response = dispatcher_client.post(
        reverse("admin:messaging_conversation_cancel", args=[job.pk]), follow=True
    )
    assert "cannot become cancelled" in flash(response)
    job.refresh_from_db()
    assert job.status == JobStatus.ON_SITE


# --- one job at a time ------------------------------------------------------------------------


@pytest.mark.parametrize("first_step", ["arrived", "en_route"])
@pytest.mark.parametrize("second_step", ["arrived", "en_route"])
def test_a_technician_is_on_the_way_or_on_site_at_one_job_at_a_time(
    client, technician, first_step, second_step
):
    first = dana_visit(technician, hours_from_morning=0)
    second = book_job(technician=technician, start=MORNING + timedelta(hours=3))
    client.force_login(technician.user)
    client.post(reverse("tech:job_status", args=[first.pk]), {"action": first_step, "minutes": "15"})
    response = client.post(
        reverse("tech:job_status", args=[second.pk]), {"action": second_step, "minutes": "15"}, follow=True
    )
    where = "still on site at" if first_step == "arrived" else "on the way to"
    assert f"Luis is {where} Dana Ortiz's job (#{first.pk})" in flash(response)
    second.refresh_from_db()
    assert second.status == JobStatus.SCHEDULED


def test_after_completing_a_job_the_technician_can_go_to_the_next(client, technician):
    first = services.job_arrive(job=dana_visit(technician, hours_from_morning=0), actor="luis")
    second = book_job(technician=technician, start=MORNING + timedelta(hours=3))
    services.job_complete(job=first, actor="luis")
    services.job_start_route(job=second, eta=MORNING + timedelta(hours=1), actor="luis")
    second.refresh_from_db()
    assert second.status == JobStatus.EN_ROUTE


# --- emergencies on the technician's day --------------------------------------------------------


def test_one_emergency_text_flags_once_and_leads_the_technicians_day_with_a_badge(client, technician):
    routine = book_job(technician=technician, start=MORNING + timedelta(hours=1))
    job = dana_visit(technician, hours_from_morning=5)
    customer_texts(client, "I smell gas in the kitchen!!")
    assert job.events.filter(kind=JobEvent.Kind.ATTENTION).count() == 1
    assert job.messages.filter(cause=Cause.AUTO_REPLY).exists()  # the safety advice went out

    client.force_login(technician.user)
    day = client.get(reverse("tech:jobs"))
    assert [j.pk for j in day.context["jobs"]] == [job.pk, routine.pk]
    html = day.content.decode()
    first_card = html[html.index("job-row") : html.index("job-row", html.index("job-row") + 1)]
    assert "Emergency" in first_card
    assert "1 new" in first_card  # the safety text is not an answer from a person


# --- the dispatcher's pages -------------------------------------------------------------------


def test_the_queue_names_a_missed_window_in_words(technician, dispatcher_client):
    job = dana_visit(technician, hours_from_morning=0)  # 10 am-12 pm
    services.job_start_route(job=job, eta=MORNING + timedelta(hours=2, minutes=30), actor="luis")
    page = queue(dispatcher_client)
    assert "Luis expects to arrive at 12:30 pm, after the window ends at 12 pm" in page
    assert "Missing window" in page
    assert "Missingwindow" not in page


def test_the_board_shows_no_eta_for_a_completed_visit(technician, dispatcher_client):
    job = dana_visit(technician, hours_from_morning=0)
    services.job_start_route(job=job, eta=MORNING + timedelta(minutes=45), actor="luis")
    services.job_arrive(job=job, actor="luis")
    services.job_complete(job=job, actor="luis")
    board = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist"))
    block = board.context["board"].block(job.pk)
    assert block.finish is None and "expected" not in block.words
    assert "expected" not in board.content.decode().split(f'id="job-{job.pk}"')[1].split("</li>")[0]


def test_times_of_a_site_in_another_zone_carry_its_label(technician, dispatcher_client):
    job = dana_visit(technician, hours_from_morning=2, phone="+13035550142", zone="America/Denver")
    services.job_start_route(job=job, eta=MORNING + timedelta(hours=2, minutes=10), actor="luis")
    home = dana_visit(TechnicianFactory(first_name="Maya"), hours_from_morning=2)
    board = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist"))
    drawn = board.context["board"]
    assert "1 pm-3 pm MDT" in drawn.block(job.pk).words  # 12-2 pm in Los Angeles is 1-3 pm in Denver
    assert "expected 1:10 pm MDT" in drawn.block(job.pk).words
    assert "12 pm-2 pm," in drawn.block(home.pk).words  # the office's own zone needs no label


def test_the_reschedule_page_offers_no_window_the_board_contradicts(client, technician, dispatcher_client):
    """Luis's 1-3 pm customer will only be home at 3:30 and the visit needs 100 minutes of work:
    the board has Luis there until 5:10, so a 3-5 pm window for him is no window."""
    busy = book_job(technician=technician, start=MORNING + timedelta(hours=3))  # 1-3 pm
    services.job_mark_customer_late(job=busy, expected_at=MORNING + timedelta(hours=5, minutes=30))
    job = dana_visit(technician, hours_from_morning=24 + 3)
    customer_texts(client, "Can we do today afternoon instead?")
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    windows = dispatcher_client.get(url, {"day": "2026-06-10"}).context["windows"]
    assert not [w.label for w in windows if w.technician == technician]
    board = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist"))
    assert "late until 3:30 pm" in board.content.decode()
    # Accepting a window over that stretch is refused, too.
    response = dispatcher_client.post(
        url,
        {
            "answer": "accept",
            "technician": technician.pk,
            "start": (MORNING + timedelta(hours=5)).isoformat(),
        },
        follow=True,
    )
    assert "Luis is no longer free then" in flash(response)
    job.refresh_from_db()
    assert job.window_start == MORNING + timedelta(hours=27)
