"""The provider's webhooks: inbound texts and delivery status callbacks. Thin: verify, read the post
into a neutral record (sms/twilio/webhook.py), hand on, answer."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from messaging.inbound import store as inbox
from messaging.models import Message
from messaging.outbox import delivery as outbox
from messaging.sms import outbox as outbox_backend
from messaging.sms.twilio import webhook as twilio

logger = logging.getLogger(__name__)

# Our own reference in the status callback's address (the text's id).
_OUR_MESSAGE_ID = re.compile(r"[0-9]{1,18}")


def simulator_enabled() -> bool:
    """The phone simulator (and its own signing key) exist only while the outbox backend is on."""
    return import_string(settings.SMS_BACKEND) is outbox_backend.SMSBackend


def signing_token() -> str:
    """Twilio's auth token signs its webhooks. Without a Twilio account (the outbox backend) the
    simulator signs its posts with a key derived from SECRET_KEY, so both go through one check."""
    if settings.TWILIO_AUTH_TOKEN:
        return settings.TWILIO_AUTH_TOKEN
    if simulator_enabled():
        return salted_hmac("messaging.simulator.views", "webhook").hexdigest()
    return ""


def public_url(request_path: str) -> str:
    """The address Twilio signed: PUBLIC_BASE_URL (proxies change scheme and host) plus the path."""
    return settings.PUBLIC_BASE_URL + request_path


def signature_ok(*, url: str, fields: Mapping[str, str], signature: str) -> bool:
    token = signing_token()
    if not token:
        logger.error("TWILIO_AUTH_TOKEN is not set: every webhook is refused.")
        return False
    return twilio.signature_ok(url=url, fields=fields, signature=signature, token=token)


def answer(reply: Message | None) -> HttpResponse:
    return HttpResponse(twilio.twiml(reply.body if reply else None), content_type="text/xml")


REFUSED = f"Bad or missing {twilio.SIGNATURE_HEADER}."


def process_inbound(*, url: str, fields: Mapping[str, str], signature: str) -> HttpResponse:
    """The inbound webhook's whole work, shared by the view and the phone simulator."""
    if not signature_ok(url=url, fields=fields, signature=signature):
        return HttpResponseForbidden(REFUSED)
    return answer(inbox.receive_sms(fields=fields))


@csrf_exempt
@require_POST
def inbound(request: HttpRequest) -> HttpResponse:
    return process_inbound(
        url=public_url(request.get_full_path()),
        fields=request.POST,
        signature=request.headers.get(twilio.SIGNATURE_HEADER, ""),
    )


@csrf_exempt
@require_POST
def status(request: HttpRequest) -> HttpResponse:
    fields = request.POST
    url = public_url(request.get_full_path())
    if not signature_ok(url=url, fields=fields, signature=request.headers.get(twilio.SIGNATURE_HEADER, "")):
        return HttpResponseForbidden(REFUSED)
    report = twilio.parse_status(fields)
    message_id = request.GET.get("message", "")
    if report is None or (message_id and not _OUR_MESSAGE_ID.fullmatch(message_id)):
        logger.warning("Malformed status callback refused (signed, but not in the provider's shape).")
        return HttpResponse("Malformed status callback.", status=400, content_type="text/plain")
    outbox.record_status(
        sid=report.sid, status=report.status, error_code=report.error_code, message_id=message_id
    )
    return HttpResponse(status=204)
