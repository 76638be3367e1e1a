from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from messaging.models import Cause, Consent, ConsentChange, Direction, Message, MessageStatus
from messaging.outbox.delivery import deliver_message, send_sms, sweep_outbox
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

INBOUND = "/sms/inbound"
STATUS = "/sms/status"


@pytest.fixture
def dana(db):
    return CustomerFactory(name="Dana Ortiz", phone="+14155550123")


def inbound(client, **overrides):
    return post(client, INBOUND, fields("inbound_sms", **overrides))


def test_a_signed_text_is_stored_and_answered_with_empty_twiml(client, dana):
    response = inbound(client)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    assert response.content.decode().endswith("<Response />")
    message = Message.objects.get()
    assert (message.direction, message.status, message.customer) == (Direction.INBOUND, "received", dana)
    assert message.body == "Running 15 min late, sorry!"
    assert not message.flagged


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}, {"X-Twilio-Signature": ""}],
    ids=["missing", "forged", "empty"],
)
@pytest.mark.parametrize("path", [INBOUND, STATUS])
def test_a_forged_or_missing_signature_is_refused_and_stores_nothing(client, dana, headers, path):
    response = client.post(path, fields("inbound_sms"), headers=headers)
    assert response.status_code == 403
    assert not Message.objects.exists()


def test_a_signature_made_with_another_token_is_refused(client, dana):
    data = fields("inbound_sms")
    response = post(client, INBOUND, data, token="f" * 32)
    assert response.status_code == 403
    assert not Message.objects.exists()


def test_a_signature_over_other_fields_is_refused(client, dana):
    data = fields("inbound_sms")
    signature = twilio_posts.signature(INBOUND, data)
    response = client.post(INBOUND, {**data, "Body": "STOP"}, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    assert not Consent.objects.exists()


def test_the_signature_is_checked_against_the_public_url_not_the_host_the_proxy_used(client, dana, settings):
    data = fields("inbound_sms")
    signature = twilio_posts.signature(INBOUND, data)
    settings.PUBLIC_BASE_URL = "http://testserver"
    assert client.post(INBOUND, data, headers={"X-Twilio-Signature": signature}).status_code == 403


def test_a_repeated_message_sid_is_processed_once(client, dana):
    data = fields("inbound_sms", Body="STOP")
    first, second = post(client, INBOUND, data), post(client, INBOUND, data)
    assert (first.status_code, second.status_code) == (200, 200)
    assert Message.objects.inbound().count() == 1
    assert ConsentChange.objects.count() == 1
    assert "<Message>" in first.content.decode()
    assert second.content.decode().endswith("<Response />")


def test_an_unknown_number_is_stored_flagged_and_answered_politely_once(client):
    first = inbound(client, From="+14155550999", Body="Is anyone coming today?")
    second = inbound(client, From="+14155550999", Body="Hello??")
    assert "get back to you" in first.content.decode()
    assert "<Message>" not in second.content.decode()
    assert Message.objects.inbound().filter(flagged=True, customer=None).count() == 2
    assert Message.objects.outbound().get().notification_kind == "unknown_sender"


def test_an_mms_without_body_keeps_its_media_urls(client, dana):
    response = post(client, INBOUND, fields("inbound_mms_no_body"))
    assert response.status_code == 200
    message = Message.objects.get()
    assert message.body == ""
    assert len(message.media_urls) == 2
    assert message.media_urls[0].startswith("https://api.twilio.com/2010-04-01/Accounts/")


@pytest.mark.parametrize(
    "overrides",
    [
        {"Body": ""},
        {"Body": "x" * 1600},
        {"Body": "¿Llegan hoy? 🙏🏽 Ça va — 谢谢 \u200d\U0001f9d1\u200d\U0001f527 \x00"},
        {"Body": None},
        {"From": "not a number"},
        {"From": "12345"},
        {"From": None},
        {"NumMedia": "lots", "NumSegments": "-3"},
        {"NumMedia": "3", "MediaUrl0": "https://api.twilio.com/m/1"},
    ],
    ids=[
        "empty",
        "1600 chars",
        "unicode",
        "no body",
        "words from",
        "short code",
        "no from",
        "junk numbers",
        "fewer urls",
    ],
)
def test_bad_input_is_stored_and_never_a_server_error(client, dana, overrides):
    response = inbound(client, **overrides)
    assert response.status_code == 200
    assert Message.objects.inbound().count() == 1


def test_a_post_without_a_message_sid_is_answered_and_ignored(client, dana):
    data = fields("inbound_sms")
    for key in ("MessageSid", "SmsSid", "SmsMessageSid"):
        del data[key]
    assert post(client, INBOUND, data).status_code == 200
    assert not Message.objects.exists()


def test_a_malformed_from_is_flagged_and_not_answered(client):
    response = inbound(client, From="SPAMCO")
    assert "<Message>" not in response.content.decode()
    message = Message.objects.get()
    assert (message.flagged, str(message.phone)) == (True, "SPAMCO")


def test_a_text_is_filed_under_todays_open_job_first(client, dana):
    site = SiteFactory(customer=dana)
    now = timezone.now()
    book_job(site=site, start=now + timedelta(days=3))
    today = book_job(site=site, start=now - timedelta(minutes=30))
    inbound(client)
    assert Message.objects.inbound().get().job == today


def test_without_a_job_today_a_text_is_filed_under_the_next_one_then_the_latest(client, dana):
    site = SiteFactory(customer=dana)
    now = timezone.now()
    past = book_job(site=site, start=now - timedelta(days=5))
    inbound(client)
    assert Message.objects.inbound().get().job == past
    upcoming = book_job(site=site, start=now + timedelta(days=4))
    inbound(client)
    assert Message.objects.inbound().last().job == upcoming


def test_the_webhook_makes_a_bounded_number_of_queries(client, dana, django_assert_max_num_queries):
    book_job(site=SiteFactory(customer=dana))
    inbound(client)  # warm up: business settings row, content types
    # Store once, interpret, and apply "running 15 min late" to the job (state + event, in savepoints).
    with django_assert_max_num_queries(18):
        inbound(client)
    with django_assert_max_num_queries(26):  # consent change, its confirmation, and the interpretation kept
        inbound(client, Body="STOP")


def status(client, name, sid, **overrides):
    return post(client, STATUS, fields(name, MessageSid=sid, SmsSid=sid, **overrides))


@pytest.fixture
def sent(dana):
    message = send_sms(body="On our way", customer=dana, cause=Cause.TECHNICIAN)
    Message.objects.filter(pk=message.pk).update(
        status=MessageStatus.SENT, provider_sid="SM" + "b" * 32, attempts=1
    )
    return Message.objects.get(pk=message.pk)


def test_a_delivered_callback_marks_the_message_delivered(client, sent):
    assert status(client, "status_delivered", sent.provider_sid).status_code == 204
    sent.refresh_from_db()
    assert sent.status == MessageStatus.DELIVERED
    assert sent.delivered_at is not None


def test_a_late_sent_callback_never_overwrites_delivered(client, sent):
    status(client, "status_delivered", sent.provider_sid)
    status(client, "status_sent", sent.provider_sid)
    status(client, "status_delivered", sent.provider_sid)
    sent.refresh_from_db()
    assert sent.status == MessageStatus.DELIVERED


def test_a_permanent_delivery_error_stops_with_the_reason(client, sent):
    status(client, "status_undelivered_30007", sent.provider_sid)
    sent.refresh_from_db()
    assert (sent.status, sent.error_code) == (MessageStatus.UNDELIVERED, "30007")
    assert "30007" in sent.error_message


def test_a_retryable_delivery_error_queues_another_attempt_later(client, sent):
    status(client, "status_undelivered_30003", sent.provider_sid)
    sent.refresh_from_db()
    assert (sent.status, sent.error_code, sent.provider_sid) == (MessageStatus.QUEUED, "30003", None)
    assert sent.next_attempt_at > timezone.now()


def test_a_callback_for_an_unknown_sid_is_accepted_and_ignored(client, sent):
    assert status(client, "status_delivered", "SM" + "0" * 32).status_code == 204
    sent.refresh_from_db()
    assert sent.status == MessageStatus.SENT


@pytest.fixture
def unsaved(dana):
    """A text Twilio took whose SID the worker never saved: it died, or timed out on the answer."""
    message = send_sms(body="On our way", customer=dana, cause=Cause.TECHNICIAN)
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, attempts=1)
    return message


def referenced_status(client, name, sid, message):
    return post(client, f"{STATUS}?message={message.pk}", fields(name, MessageSid=sid, SmsSid=sid))


@pytest.mark.parametrize("callback", ["status_sent", "status_delivered"])
def test_a_report_finds_a_text_whose_sid_was_never_saved_and_it_is_not_sent_again(client, unsaved, callback):
    sid = "SM" + "c" * 32
    assert referenced_status(client, callback, sid, unsaved).status_code == 204
    unsaved.refresh_from_db()
    assert unsaved.provider_sid == sid
    assert unsaved.status in {MessageStatus.SENT, MessageStatus.DELIVERED}
    assert unsaved.sent_at is not None
    Message.objects.filter(pk=unsaved.pk).update(updated_at=timezone.now() - timedelta(hours=1))
    assert sweep_outbox() == 0


def test_a_report_for_a_text_queued_again_after_a_timeout_stops_the_retry(client, unsaved):
    Message.objects.filter(pk=unsaved.pk).update(
        status=MessageStatus.QUEUED, next_attempt_at=timezone.now() + timedelta(seconds=30)
    )
    referenced_status(client, "status_sent", "SM" + "d" * 32, unsaved)
    unsaved.refresh_from_db()
    assert (unsaved.status, unsaved.next_attempt_at) == (MessageStatus.SENT, None)
    assert deliver_message(message_id=unsaved.pk) == "not due or already handled"


def test_a_reference_never_takes_over_a_text_with_its_own_sid_or_one_never_tried(client, sent, dana):
    referenced_status(client, "status_delivered", "SM" + "e" * 32, sent)
    never_tried = send_sms(body="Reminder", customer=dana, cause=Cause.TECHNICIAN)
    referenced_status(client, "status_delivered", "SM" + "f" * 32, never_tried)
    sent.refresh_from_db()
    never_tried.refresh_from_db()
    assert (sent.provider_sid, sent.status) == ("SM" + "b" * 32, MessageStatus.SENT)
    assert (never_tried.provider_sid, never_tried.status) == (None, MessageStatus.QUEUED)


def test_a_failure_report_by_reference_alone_changes_nothing(client, unsaved):
    referenced_status(client, "status_undelivered_30007", "SM" + "a" * 32, unsaved)
    unsaved.refresh_from_db()
    assert (unsaved.status, unsaved.provider_sid) == (MessageStatus.SENDING, None)
