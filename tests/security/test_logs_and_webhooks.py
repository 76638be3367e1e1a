"""No secret or full phone number reaches the logs, and the webhooks answer only Twilio."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from messaging.models import Message
from messaging.outbox.delivery import deliver_message
from messaging.redact import redact_phone
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts

pytestmark = pytest.mark.django_db

E164 = re.compile(r"\+?\d(?:[\s().-]*\d){9,}")


def test_a_full_inbound_and_outbound_flow_logs_no_phone_number_or_secret(
    client, twilio_backend, caplog, django_capture_on_commit_callbacks, settings
):
    caplog.set_level(logging.INFO)
    customer = CustomerFactory(name="Dana Ortiz", phone="+14155550123")
    with django_capture_on_commit_callbacks(execute=True):
        # a visit within the hour: its confirmation goes at once (no settling), through Twilio's API
        job = book_job(site=SiteFactory(customer=customer), start=timezone.now() + timedelta(hours=1))
    for message in Message.objects.outbound().filter(job=job):
        deliver_message(message_id=message.pk)
    for body, sender in [
        ("Where is the tech?", "+14155550123"),
        ("hello?", "+14155559876"),
        ("STOP", "+14155550123"),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            twilio_posts.post(
                client, "/sms/inbound", twilio_posts.fields("inbound_sms", Body=body, From=sender)
            )
    without_sid = twilio_posts.fields("inbound_sms", From="+14155550123")
    for key in ("MessageSid", "SmsSid", "SmsMessageSid"):
        without_sid.pop(key)
    twilio_posts.post(client, "/sms/inbound", without_sid)

    logged = "\n".join(
        record.getMessage()
        + (caplog.handler.formatter.formatException(record.exc_info) if record.exc_info else "")
        for record in caplog.records
    )
    assert "twilio.http_client" in {record.name for record in caplog.records}  # the flow really ran
    assert E164.findall(logged) == []
    assert settings.TWILIO_AUTH_TOKEN not in logged
    assert settings.SECRET_KEY not in logged


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status"])
@pytest.mark.parametrize("token", [None, "f" * 32], ids=["unsigned", "signed-with-another-token"])
def test_the_webhooks_refuse_posts_twilio_did_not_sign(client, twilio_token, path, token):
    fields = twilio_posts.fields("inbound_sms" if path.endswith("inbound") else "status_delivered")
    headers = {"X-Twilio-Signature": twilio_posts.signature(path, fields, token)} if token else {}
    response = client.post(path, fields, headers=headers)
    assert response.status_code == 403
    assert not Message.objects.exists()


def test_a_redacted_number_keeps_only_what_tells_two_apart():
    assert redact_phone("+14155550123") == "+1…23"
    assert redact_phone("(415) 555-0123") == "4…23"
    assert redact_phone("") == redact_phone("12") == "…"
