"""Hostile or broken input, signed or not: a clear 4xx or a harmless answer, never a 500, and
nothing in the logs that names a customer."""

from __future__ import annotations

import logging

import pytest
from django.urls import reverse

from fieldservice.models import Customer
from messaging.models import Cause, Message, MessageStatus
from messaging.notify import notices as notify
from messaging.outbox.delivery import send_sms
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts
from tests.security.test_logs_and_webhooks import E164

pytestmark = pytest.mark.django_db


def _sent_text() -> Message:
    message = send_sms(body="Luis is on the way.", customer=CustomerFactory(), cause=Cause.TECHNICIAN)
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, attempts=1)
    return message


@pytest.mark.parametrize(
    ("overrides", "query"),
    [
        ({"MessageSid": "SM\x00" + "a" * 30}, ""),
        ({"ErrorCode": "3" * 17, "MessageStatus": "failed"}, ""),
        ({"ErrorCode": "30003; DROP TABLE", "MessageStatus": "failed"}, ""),
        ({"MessageSid": "S" * 65}, ""),
        ({}, "?message=" + "9" * 19),
        ({}, "?message=%C2%B2"),  # "²": str.isdigit() says yes, int() says no
        ({}, "?message=-1"),
    ],
    ids=[
        "nul-sid",
        "long-error-code",
        "non-digit-code",
        "long-sid",
        "long-id",
        "superscript-id",
        "negative-id",
    ],
)
def test_a_signed_but_malformed_status_callback_is_refused_and_changes_nothing(
    client, twilio_token, overrides, query, caplog
):
    caplog.set_level(logging.INFO)
    message = _sent_text()
    fields = twilio_posts.fields("status_delivered", **overrides)
    response = twilio_posts.post(client, f"/sms/status{query}", fields)
    assert response.status_code == 400
    assert b"Malformed status callback" in response.content
    message.refresh_from_db()
    assert (message.status, message.provider_sid) == (MessageStatus.SENDING, None)
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_a_well_formed_status_callback_still_counts(client, twilio_token):
    message = _sent_text()
    fields = twilio_posts.fields("status_delivered", MessageSid="SM" + "b" * 32)
    response = twilio_posts.post(client, f"/sms/status?message={message.pk}", fields)
    assert response.status_code == 204
    message.refresh_from_db()
    assert (message.status, message.provider_sid) == (MessageStatus.DELIVERED, "SM" + "b" * 32)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:x",
    ],
)
def test_a_customer_cannot_make_anything_clickable_but_a_web_address(
    client, twilio_token, dispatcher_client, url
):
    customer = CustomerFactory(phone="+14155550123")
    fields = twilio_posts.fields(
        "inbound_mms_no_body",
        From="+14155550123",
        NumMedia="2",
        MediaUrl0=url,
        MediaUrl1="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    )
    assert twilio_posts.post(client, "/sms/inbound", fields).status_code == 200
    message = Message.objects.inbound().get()
    assert message.media_urls == ["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"]
    # Rows stored before this rule are not trusted either: the page renders only http(s) links.
    Message.objects.filter(pk=message.pk).update(media_urls=[url, *message.media_urls])
    page = dispatcher_client.get(reverse("sms:simulator-thread", args=[customer.pk]))
    assert page.status_code == 200
    assert url.lower().split(":")[0] + ":" not in page.content.decode().lower()
    assert page.content.decode().count("[photo]") == 1


@pytest.mark.parametrize("sender", ["12345", "ACMEALERTS", "", "+1 (555) 0"])
def test_a_sender_that_is_not_a_phone_number_is_one_warning_line_and_no_traceback(
    client, twilio_token, caplog, sender
):
    caplog.set_level(logging.INFO)
    fields = twilio_posts.fields("inbound_sms", From=sender, Body="Your code is 448812")
    assert twilio_posts.post(client, "/sms/inbound", fields).status_code == 200
    stored = Message.objects.inbound().get()
    assert stored.flagged  # the dispatcher still sees it
    assert not Message.objects.outbound().exists()  # nobody to answer
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR or record.exc_info]
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "448812" not in logged  # no message body
    assert E164.findall(logged) == []


def test_a_notification_to_an_unroutable_number_logs_no_number(caplog, settings):
    caplog.set_level(logging.INFO)
    customer = CustomerFactory(phone="+14155550123")
    job = book_job(site=SiteFactory(customer=customer))
    Customer.objects.filter(pk=customer.pk).update(phone="+1415555012")  # one digit lost, unroutable
    job.refresh_from_db()
    notify.notify(job=job, kind="reminder")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "415555012" not in logged


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("admin:messaging_conversation_done", {"job": "abc"}),
        ("admin:messaging_conversation_done", {"message": "abc"}),
        ("admin:messaging_conversation_done", {"job": "²"}),
        ("admin:messaging_conversation_done", {}),
        ("admin:messaging_conversation_done", {"job": "9" * 40}),
    ],
)
def test_the_dispatchers_posts_answer_bad_ids_with_400(dispatcher_client, path, data):
    response = dispatcher_client.post(reverse(path), data)
    assert response.status_code == 400


@pytest.mark.parametrize("posted", ["abc", "²", "", "1e3"])
def test_reassigning_from_the_board_with_a_bad_technician_is_a_400(dispatcher_client, job, posted):
    url = reverse("admin:messaging_todayboard_reassign", args=[job.pk])
    assert dispatcher_client.post(url, {"technician": posted}).status_code == 400


def test_the_technicians_eta_form_ignores_a_strange_number(client, job):
    client.force_login(job.technician.user)
    for minutes in ["²", "٣٠", "-5", "1" * 30]:
        response = client.post(
            reverse("tech:job_status", args=[job.pk]), {"action": "en_route", "minutes": minutes}
        )
        assert response.status_code < 500


def test_the_log_filter_redacts_numbers_that_a_library_writes(caplog):
    """The twilio client logs each request's address; a lookup's names the recipient."""
    from messaging.redact import RedactPhoneNumbers

    logger = logging.getLogger("twilio.http_client")
    redact = RedactPhoneNumbers()
    logger.addFilter(redact)
    try:
        with caplog.at_level(logging.INFO, logger="twilio.http_client"):
            logger.info(
                "GET Request: https://api.twilio.com/Messages.json?To=%s&PageSize=50", "%2B16285560001"
            )
            logger.info("to +1 (415) 555-0123, job 12345")
    finally:
        logger.removeFilter(redact)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "6285560001" not in logged and "555-0123" not in logged
    assert "job 12345" in logged  # short numbers are not phone numbers
