"""Storing what Twilio tells us: inbound texts (once per MessageSid) and who and what they are about."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from fieldservice.models import Customer, Job

from .inbound import handle_inbound_message
from .models import Cause, Direction, Message, MessageStatus
from .outbox import InvalidSMSError, to_e164
from .redact import redact_phone

logger = logging.getLogger(__name__)

MAX_MEDIA = 10  # Twilio's own limit per MMS
MAX_SEGMENTS = 100  # far above Twilio's 1,600 characters; a wild NumSegments still fits the column
MAX_MEDIA_URL = 2048


def media_links(fields: Mapping[str, str], count: int) -> list[str]:
    """The attachments' addresses that can be shown as links: http(s) only, of a sane length.
    A customer's post decides these strings, so `javascript:` and the like are dropped here,
    before anything stores or renders them."""
    urls = (fields.get(f"MediaUrl{i}") or "" for i in range(count))
    return [
        url for url in urls if url.lower().startswith(("https://", "http://")) and len(url) <= MAX_MEDIA_URL
    ]


def _int(value: object, default: int = 0) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def find_job(customer: Customer, *, now: datetime) -> Job | None:
    """The job a customer's text is most likely about: today's open job (in the site's zone),
    else the next upcoming one, else the most recent."""
    open_jobs = list(customer.jobs.open().select_related("site").order_by("window_start"))
    for job in open_jobs:
        today = timezone.localdate(now, job.zone)
        if job.local_window_start.date() <= today <= job.local_window_end.date():
            return job
    upcoming = next((job for job in open_jobs if job.window_start > now), None)
    return upcoming or customer.jobs.filter(window_start__lte=now).order_by("-window_start").first()


def receive_sms(*, fields: Mapping[str, str]) -> Message | None:
    """Store an inbound text from Twilio's (already verified) post and hand it on.

    Returns the reply the TwiML answer should carry, or None. A repeated MessageSid changes
    nothing; a post without one is logged and ignored (it cannot be deduplicated).
    """
    # PostgreSQL text cannot hold NUL: it is noise wherever it appears in a post.
    fields = {key: value.replace("\x00", "") for key, value in fields.items()}
    sid = fields.get("MessageSid") or fields.get("SmsMessageSid") or fields.get("SmsSid") or ""
    if not sid:
        logger.warning("Inbound SMS without MessageSid ignored (From=%s)", redact_phone(fields.get("From")))
        return None
    raw_from = (fields.get("From") or "").strip()
    try:
        phone = to_e164(raw_from)
    except InvalidSMSError:
        phone = raw_from[:128]  # kept as given (a short code, a sender name), for the dispatcher to see
        customer = None
    else:
        customer = Customer.objects.filter(phone=phone).first()
    now = timezone.now()
    num_media = min(max(_int(fields.get("NumMedia")), 0), MAX_MEDIA)
    # Storing and handling commit together: if the database fails midway, nothing is kept, the
    # webhook answers 500 and Twilio's retry of this MessageSid is handled afresh.
    with transaction.atomic():
        try:
            with transaction.atomic():
                message = Message.objects.create(
                    direction=Direction.INBOUND,
                    customer=customer,
                    job=find_job(customer, now=now) if customer else None,
                    phone=phone,
                    body=fields.get("Body") or "",
                    media_urls=media_links(fields, num_media),
                    status=MessageStatus.RECEIVED,
                    cause=Cause.CUSTOMER,
                    provider_sid=sid[:64],
                    segments=min(max(_int(fields.get("NumSegments"), 1), 1), MAX_SEGMENTS),
                    flagged=customer is None,
                    created_at=now,
                )
        except IntegrityError:
            return None  # Twilio retried a MessageSid we already have
        try:
            return handle_inbound_message(message, opt_out_type=fields.get("OptOutType") or "")
        except Exception:
            # The text is stored; a failure after that must not make Twilio retry it, so the dispatcher sees it.
            logger.exception("Handling inbound message %s failed", message.pk)
            Message.objects.filter(pk=message.pk).update(flagged=True)
            return None
