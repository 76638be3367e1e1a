"""Twilio's webhooks: inbound texts and delivery status callbacks. Thin: verify, hand on, answer."""

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
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from messaging.inbound import store as inbox
from messaging.models import Message
from messaging.outbox import delivery as outbox
from messaging.sms import outbox as outbox_backend

logger = logging.getLogger(__name__)

# What a status callback's fields look like when Twilio sends them. Anything else is refused with
# a 400 before it reaches the database: a NUL byte, an over-long code or a non-ASCII "digit"
# would otherwise fail deep inside a query.
_PROVIDER_SID = re.compile(r"[A-Za-z0-9]{2,64}")
_ERROR_CODE = re.compile(r"[0-9]{0,16}")
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
    return bool(signature) and RequestValidator(token).validate(url, fields, signature)


# The answer to almost every text: nothing to say. Built once rather than an XML tree per text.
EMPTY_TWIML = str(MessagingResponse())


def twiml(reply: Message | None) -> HttpResponse:
    if reply is None:
        return HttpResponse(EMPTY_TWIML, content_type="text/xml")
    response = MessagingResponse()
    response.message(reply.body)
    return HttpResponse(str(response), content_type="text/xml")


def process_inbound(*, url: str, fields: Mapping[str, str], signature: str) -> HttpResponse:
    """The inbound webhook's whole work, shared by the view and the phone simulator."""
    if not signature_ok(url=url, fields=fields, signature=signature):
        return HttpResponseForbidden("Bad or missing X-Twilio-Signature.")
    return twiml(inbox.receive_sms(fields=fields))


@csrf_exempt
@require_POST
def inbound(request: HttpRequest) -> HttpResponse:
    return process_inbound(
        url=public_url(request.get_full_path()),
        fields=request.POST,
        signature=request.headers.get("X-Twilio-Signature", ""),
    )


@csrf_exempt
@require_POST
def status(request: HttpRequest) -> HttpResponse:
    fields = request.POST
    url = public_url(request.get_full_path())
    if not signature_ok(url=url, fields=fields, signature=request.headers.get("X-Twilio-Signature", "")):
        return HttpResponseForbidden("Bad or missing X-Twilio-Signature.")
    sid, error_code = fields.get("MessageSid", ""), fields.get("ErrorCode", "")
    message_id = request.GET.get("message", "")
    if not (
        _PROVIDER_SID.fullmatch(sid)
        and _ERROR_CODE.fullmatch(error_code)
        and (not message_id or _OUR_MESSAGE_ID.fullmatch(message_id))
    ):
        logger.warning("Malformed status callback refused (signed, but not in Twilio's shape).")
        return HttpResponse("Malformed status callback.", status=400, content_type="text/plain")
    outbox.record_status(
        sid=sid, status=fields.get("MessageStatus", ""), error_code=error_code, message_id=message_id
    )
    return HttpResponse(status=204)
