"""Every person's send tells the truth and happens once: the technician's reply, the dispatcher's
reply, the admin's add and resend, and accepting a reschedule, through the pages a person uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from fieldservice import services
from fieldservice.models import JobStatus
from messaging.models import Cause, Message, MessageStatus
from tests.factories import SiteFactory, TechnicianFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

MORNING = datetime(2026, 6, 10, 17, 0, tzinfo=UTC)  # 10 am in Los Angeles
DANA = "+14155550123"


@pytest.fixture(autouse=True)
def now():
    with time_machine.travel(MORNING + timedelta(minutes=30), tick=False):
        yield


@pytest.fixture
def job(technician):
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        site = SiteFactory(customer__name="Dana Ortiz", customer__phone=DANA)
        job = book_job(technician=technician, site=site, start=MORNING)
    return services.job_arrive(job=job, actor="luis")


@pytest.fixture
def tech_client(client, technician):
    client.force_login(technician.user)
    return client


def tomorrows_job(technician):
    """Dana's visit tomorrow morning, booked the day before: a visit a reschedule can still move."""
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        site = SiteFactory(customer__name="Dana Ortiz", customer__phone=DANA)
        return book_job(technician=technician, site=site, start=MORNING + timedelta(days=1))


def accept_window(dispatcher_client, url: str, window, **extra):
    """The dispatcher accepts one offered window on the reschedule page, following the redirect."""
    answer = {"answer": "accept", "technician": window.technician.pk, "start": window.start.isoformat()}
    return dispatcher_client.post(url, {**answer, **extra}, follow=True)


def customer_texts(client, *bodies: str) -> None:
    for body in bodies:
        post(client, "/sms/inbound", fields("inbound_sms", From=DANA, Body=body))


def page(client, url: str) -> str:
    return client.get(url).content.decode()


def flash(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


# --- the technician ---------------------------------------------------------------------------


def test_a_technician_reply_to_an_opted_out_customer_says_not_sent_and_answers_nothing(
    client, job, tech_client
):
    customer_texts(client, "Where should Luis park?", "STOP")
    question = job.messages.inbound().get(body="Where should Luis park?")

    job_page = page(tech_client, reverse("tech:job", args=[job.pk]))
    assert "Dana opted out of texts" in job_page
    assert "<fieldset disabled" in job_page

    response = tech_client.post(
        reverse("tech_messages:reply", args=[job.pk]),
        {"text": "Park in the driveway, Dana.", "token": "card-1"},
        follow=True,
    )
    said = flash(response)
    assert "Not sent: Dana opted out of texts (replied STOP)" in said
    assert "(415) 555-0123" in said
    assert "Sent to" not in said
    question.refresh_from_db()
    assert question.handled_at is None
    assert "1 new" in page(tech_client, reverse("tech:jobs"))
    assert job.messages.filter(cause=Cause.TECHNICIAN).get().status == MessageStatus.REFUSED


def test_a_reused_reply_token_with_another_text_is_refused_not_reported_as_sent(job, tech_client, sent_sms):
    url = reverse("tech_messages:reply", args=[job.pk])
    first = tech_client.post(url, {"text": "On my way out to the truck.", "token": "card-1"}, follow=True)
    again = tech_client.post(url, {"text": "Back in five minutes.", "token": "card-1"}, follow=True)
    assert "Dana" in flash(first) and "Not sent" not in flash(first)
    assert "Not sent: a text to Dana already went from this page" in flash(again)
    assert "Sent to Dana" not in flash(again)
    assert list(job.messages.filter(cause=Cause.TECHNICIAN).values_list("body", flat=True)) == [
        "On my way out to the truck."
    ]


def test_a_double_tapped_reply_sends_once_and_says_so_both_times(job, tech_client):
    url = reverse("tech_messages:reply", args=[job.pk])
    form = {"text": "No rush, Dana.", "token": "card-2"}
    answers = [flash(tech_client.post(url, form, follow=True)) for _ in range(2)]
    assert all("Dana" in answer and "Not sent" not in answer for answer in answers)
    assert job.messages.filter(cause=Cause.TECHNICIAN).count() == 1


def test_the_same_reply_tapped_in_two_tabs_sends_once(job, tech_client, dispatcher_client):
    url = reverse("tech_messages:reply", args=[job.pk])
    for tab in ("tab-1", "tab-2"):
        tech_client.post(url, {"text": "Ten minutes, Dana.", "token": f"{tab}-1"})
    dispatcher_client.post(
        reverse("admin:messaging_message_add"),
        {"customer": job.customer.pk, "body": "Ten minutes, Dana.", "token": "admin-tab"},
    )
    assert Message.objects.outbound().filter(body="Ten minutes, Dana.").count() == 1
    with time_machine.travel(
        MORNING + timedelta(hours=1), tick=False
    ):  # later, the same words again are meant
        tech_client.force_login(job.technician.user)  # a fresh session: the first one timed out
        tech_client.post(url, {"text": "Ten minutes, Dana.", "token": "tab-3-1"})
    assert Message.objects.outbound().filter(body="Ten minutes, Dana.").count() == 2


def test_a_reply_form_without_its_token_is_refused_as_out_of_date(job, tech_client):
    response = tech_client.post(reverse("tech_messages:reply", args=[job.pk]), {"text": "Hi"}, follow=True)
    assert "this form is out of date" in flash(response)
    assert not job.messages.filter(cause=Cause.TECHNICIAN).exists()


# --- the dispatcher ---------------------------------------------------------------------------


def conversation_url(job) -> str:
    return reverse("admin:messaging_conversation_change", args=[job.pk])


def test_an_opted_out_conversation_says_so_and_its_reply_box_is_off(client, job, dispatcher_client):
    customer_texts(client, "Where should Luis park?", "STOP")
    body = page(dispatcher_client, conversation_url(job))
    assert "Dana opted out of texts" in body
    assert "(415) 555-0123" in body
    assert "<fieldset disabled" in body


def test_a_dispatcher_reply_to_an_opted_out_customer_is_not_sent_and_stays_in_the_queue(
    client, job, dispatcher_client
):
    customer_texts(client, "Where should Luis park?", "STOP")
    url = conversation_url(job)
    token = dispatcher_client.get(url).context["token"]
    response = dispatcher_client.post(url, {"body": "In the driveway.", "token": token}, follow=True)
    assert "Not sent: Dana opted out of texts" in flash(response)
    assert "queued" not in flash(response).lower()
    assert job.messages.inbound().get(body="Where should Luis park?").handled_at is None
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        queue = page(dispatcher_client, reverse("admin:messaging_conversation_changelist"))
    assert "Where should Luis park?" in queue


def test_a_double_submitted_dispatcher_reply_sends_once(client, job, dispatcher_client):
    customer_texts(client, "Where should Luis park?")
    url = conversation_url(job)
    form = {"body": "In the driveway, Dana.", "token": dispatcher_client.get(url).context["token"]}
    dispatcher_client.post(url, form)
    response = dispatcher_client.post(url, form, follow=True)
    assert "Not sent" not in flash(response)
    assert job.messages.filter(cause=Cause.DISPATCHER).count() == 1


def test_a_second_tab_answering_the_same_thread_is_refused_with_what_was_sent(client, job, dispatcher_client):
    customer_texts(client, "Where should Luis park?")
    url = conversation_url(job)
    token = dispatcher_client.get(url).context["token"]  # both tabs loaded the same thread
    dispatcher_client.post(url, {"body": "In the driveway, Dana.", "token": token})
    response = dispatcher_client.post(url, {"body": "On the street is fine.", "token": token}, follow=True)
    assert "Not sent: a text to Dana already went from this page (“In the driveway, Dana.”)" in flash(
        response
    )
    assert list(job.messages.filter(cause=Cause.DISPATCHER).values_list("body", flat=True)) == [
        "In the driveway, Dana."
    ]
    # The page as it is now has a fresh token: a second text on purpose goes.
    fresh = dispatcher_client.get(url).context["token"]
    dispatcher_client.post(url, {"body": "On the street is fine.", "token": fresh})
    assert job.messages.filter(cause=Cause.DISPATCHER).count() == 2


def test_a_reply_to_a_number_that_cannot_be_texted_says_why(client, dispatcher_client):
    post(client, "/sms/inbound", fields("inbound_sms", From="ACME", Body="Who is this?"))
    stranger = Message.objects.inbound().get()
    url = reverse("admin:messaging_conversation_number", args=[stranger.pk])
    token = dispatcher_client.get(url).context["token"]
    response = dispatcher_client.post(url, {"body": "Hello!", "token": token}, follow=True)
    assert "is not a phone number" in flash(response) or "is not a valid phone number" in flash(response)
    stranger.refresh_from_db()
    assert stranger.handled_at is None and stranger.flagged


# --- the admin's add and resend -----------------------------------------------------------------


def test_the_admin_add_form_refuses_an_opted_out_customer_with_the_reason(client, job, dispatcher_client):
    customer_texts(client, "STOP")
    response = dispatcher_client.post(
        reverse("admin:messaging_message_add"),
        {"customer": job.customer.pk, "body": "Your visit is today.", "token": "form-1"},
    )
    assert response.status_code == 200
    assert "Dana opted out of texts" in response.content.decode()
    assert not Message.objects.filter(cause=Cause.DISPATCHER).exists()


def test_a_double_submitted_admin_add_form_sends_once(job, dispatcher_client):
    form = {"customer": job.customer.pk, "body": "Your visit is today.", "token": "form-1"}
    url = reverse("admin:messaging_message_add")
    answers = [flash(dispatcher_client.post(url, form, follow=True)) for _ in range(2)]
    assert all("Dana" in answer and "added successfully" not in answer for answer in answers)
    assert Message.objects.filter(cause=Cause.DISPATCHER).count() == 1


def test_resending_to_a_customer_who_opted_out_since_is_reported_not_sent(client, job, dispatcher_client):
    failed = Message.objects.create(
        direction="out",
        customer=job.customer,
        job=job,
        phone=DANA,
        body="Luis is on the way.",
        status=MessageStatus.FAILED,
        cause=Cause.NOTIFICATION,
        error_code="30003",
    )
    customer_texts(client, "STOP")
    response = dispatcher_client.post(
        reverse("admin:messaging_message_changelist"),
        {"action": "resend_failed", "_selected_action": [failed.pk]},
        follow=True,
    )
    said = flash(response)
    assert f"Message #{failed.pk}: Not sent: Dana opted out of texts" in said
    assert "Queued" not in said


# --- accepting a reschedule -------------------------------------------------------------------


def test_accepting_a_reschedule_for_an_opted_out_customer_moves_it_and_says_they_were_not_told(
    client, dispatcher_client, technician
):
    job = tomorrows_job(technician)
    customer_texts(client, "Can we move it to Friday afternoon?", "STOP")
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    window = dispatcher_client.get(url).context["windows"][0]
    response = accept_window(dispatcher_client, url, window)
    said = flash(response)
    job.refresh_from_db()
    assert job.window_start == window.start and job.status == JobStatus.SCHEDULED
    assert "Not sent: Dana opted out of texts" in said
    assert "the customer is told" not in said
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        queue = page(dispatcher_client, reverse("admin:messaging_conversation_changelist"))
    assert "but Dana was not texted: call them" in queue


def test_accepting_a_reschedule_tells_the_customer_and_answers_the_request(
    client, dispatcher_client, technician
):
    job = tomorrows_job(technician)
    customer_texts(client, "Can we move it to Friday afternoon?")
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    window = dispatcher_client.get(url).context["windows"][0]
    response = accept_window(dispatcher_client, url, window)
    said = flash(response)
    assert "Dana is told by text." in said or "Dana will be texted at" in said  # now, or once it settles
    assert "Not sent" not in said
    assert job.messages.inbound().get().handled_at is not None


def test_a_double_submitted_accept_moves_and_texts_once_and_says_so_both_times(
    client, dispatcher_client, technician
):
    job = tomorrows_job(technician)
    customer_texts(client, "Can we move it to Friday afternoon?")
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    shown = dispatcher_client.get(url).context
    window, token = shown["windows"][0], shown["token"]

    said = [flash(accept_window(dispatcher_client, url, window, token=token)) for _ in range(2)]

    job.refresh_from_db()
    assert job.window_start == window.start
    assert job.events.filter(kind="window_changed").count() == 1
    assert job.messages.filter(cause=Cause.NOTIFICATION, created_at__gte=MORNING).count() == 1
    assert all("Dana is told by text." in s or "Dana will be texted at" in s for s in said), said
    assert not job.needs_attention, job.attention_reason  # never "was not texted: call them"


def test_an_accept_from_a_page_older_than_the_thread_is_refused(client, dispatcher_client, technician):
    job = tomorrows_job(technician)
    customer_texts(client, "Can we move it to Friday afternoon?")
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    shown = dispatcher_client.get(url).context
    first, other = shown["windows"][0], shown["windows"][-1]
    assert other.start != first.start
    accept = {"answer": "accept", "token": shown["token"]}
    dispatcher_client.post(
        url, {**accept, "technician": first.technician.pk, "start": first.start.isoformat()}
    )

    response = dispatcher_client.post(
        url, {**accept, "technician": other.technician.pk, "start": other.start.isoformat()}, follow=True
    )

    job.refresh_from_db()
    assert job.window_start == first.start  # the second tab moved nothing
    assert "this form is out of date" in flash(response)


def test_the_message_was_answered_has_one_writer():
    """`handled_at` is written in conversation.py only (`mark_answered`, `mark_text_answered`)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "messaging"
    writers = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "migrations" not in path.parts
        and re.search(r"\bhandled_at\s*=(?!=|\s*models\.)", path.read_text())
    ]
    assert writers == ["conversation.py"]


def test_another_technician_cannot_use_the_conversation_service_through_the_page(client, job):
    maya = TechnicianFactory(first_name="Maya")
    client.force_login(maya.user)
    response = client.post(reverse("tech_messages:reply", args=[job.pk]), {"text": "hi", "token": "t"})
    assert response.status_code == 404


@pytest.mark.django_db(transaction=True)  # the send commits and the (synchronous) worker runs, as live
def test_a_reply_twilio_refuses_at_once_says_so_with_the_reason(
    client, job, dispatcher_client, twilio_backend, q_sync
):
    from tests.messaging.fault_proxy import NOT_MOBILE

    twilio_backend.by_number[DANA] = NOT_MOBILE
    customer_texts(client, "Where should Luis park?")
    url = conversation_url(job)
    token = dispatcher_client.get(url).context["token"]
    response = dispatcher_client.post(url, {"body": "In the driveway.", "token": token}, follow=True)
    said = flash(response)
    assert "Not delivered to Dana (error 21614)" in said
    assert "not a valid mobile number" in said
    assert job.messages.inbound().get().handled_at is None
