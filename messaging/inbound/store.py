"""Storing what the provider tells us: inbound texts, once per provider id, and who sent them.

The webhook does only what Twilio must wait for: store the text with one insert and answer.
Consent keywords (and a stranger's first text) are answered in the TwiML at once; everything
else (which job the text is about, what it says, what changes, the bot's replies) is done by
the worker (`inbound.handle_stored_text`), queued when the insert commits.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from functools import partial

from django.db import transaction
from django.db.models.constants import OnConflict
from django.utils import timezone
from django_q.tasks import async_task

from fieldservice.models import Customer
from messaging.inbound.pipeline import answer_at_once, consent_keyword_of
from messaging.models import Cause, Direction, Message, MessageStatus
from messaging.outbox.delivery import InvalidSMSError, to_e164
from messaging.redact import redact_phone
from messaging.sms.twilio import webhook as twilio

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4096)
def sender_e164(raw_from: str) -> str | None:
    """The sender's number in E.164, or None for a short code or a name. Cached: the same
    customers text again and again, and parsing a number is a good part of a webhook's CPU."""
    try:
        return to_e164(raw_from)
    except InvalidSMSError:
        return None


def store_once(message: Message) -> bool:
    """Insert `message` unless its MessageSid is already stored; whether it was inserted.

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING id, on PostgreSQL and SQLite):
    no savepoint, no IntegrityError to recover from, and two racing retries store one row."""
    fields = [field for field in Message._meta.local_concrete_fields if not field.primary_key]
    pk = Message._meta.pk
    rows = Message.objects._insert(
        [message], fields=fields, returning_fields=[pk], on_conflict=OnConflict.IGNORE
    )
    if not rows or rows[0] is None:
        return False
    message.pk = rows[0][0]
    message._state.adding = False
    return True


def queue_handling(message_id: int, keyword: str | None = None) -> None:
    """Give a stored text to the worker. `keyword` is the webhook's consent decision ("" for none);
    None lets the worker decide (a re-queued text)."""
    async_task(
        "messaging.tasks.handle_inbound",
        message_id,
        keyword,
        task_name=f"handle inbound {message_id}",
        # The text's row records the outcome; a saved success costs django-q2 a pruning of its
        # results table (save_limit) per text. Failures are still saved.
        q_options={"save": False},
    )


def hand_to_worker(message_id: int, keyword: str | None = None) -> None:
    """Queue the text's handling once what the webhook wrote is committed (at once: the webhook
    runs in autocommit). Not robust on purpose: a broker that refuses makes the webhook answer
    500, Twilio retries, and the retry finds the text stored and queues it again."""
    transaction.on_commit(partial(queue_handling, message_id, keyword))


def receive_sms(*, fields: Mapping[str, str]) -> Message | None:
    """Store an inbound text from the provider's (already verified) post and hand it to the worker.

    Returns the reply the answer to the post should carry, or None. A repeated post stores
    nothing; if the first one's handling never finished, it is queued again. A post without the
    provider's id is logged and ignored (it cannot be deduplicated).
    """
    text = twilio.parse_inbound(fields)
    if text is None:
        logger.warning(
            "Inbound SMS without a provider id ignored (From=%s)", redact_phone(twilio.sender_of(fields))
        )
        return None
    return store_text(text)


def store_text(text: twilio.InboundText) -> Message | None:
    """`receive_sms` for a text already read from the provider's post."""
    sid, raw_from = text.sid, text.sender
    phone = sender_e164(raw_from)
    # One indexed read of the unique phone; the row itself is needed only for a reply (rare here).
    customer_id = (
        next(iter(Customer.objects.filter(phone=phone).order_by().values_list("pk", flat=True)[:1]), None)
        if phone
        else None
    )
    now = timezone.now()
    message = Message(
        direction=Direction.INBOUND,
        customer_id=customer_id,
        phone=phone or raw_from[:128],  # a short code or a sender name is kept as given, for the dispatcher
        body=text.body,
        media_urls=list(text.media_urls),
        status=MessageStatus.RECEIVED,
        cause=Cause.CUSTOMER,
        provider_sid=sid,
        segments=text.segments,
        flagged=customer_id is None,
        created_at=now,
        updated_at=now,
    )
    if not store_once(message):
        _requeue_if_unhandled(sid)
        return None
    keyword = consent_keyword_of(message, provider_keyword=text.provider_keyword)
    reply = None
    if keyword or customer_id is None:
        try:
            reply = answer_at_once(message, keyword=keyword, twilio_confirms=bool(text.provider_keyword))
        except Exception:
            # The text is stored: it must not be lost to a retry loop; the dispatcher sees the flag.
            logger.exception("Answering inbound message %s failed", message.pk)
            Message.objects.filter(pk=message.pk).update(flagged=True)
    hand_to_worker(message.pk, keyword)
    return reply


def _requeue_if_unhandled(sid: str) -> None:
    """Twilio retried a text we stored: if its handling never finished (the worker's queue
    refused it, or the worker died), queue it again; handling it twice changes nothing twice."""
    pending = (
        Message.objects.inbound()
        .filter(provider_sid=sid, interpretation__isnull=True)
        .values_list("pk", flat=True)
        .first()
    )
    if pending is not None:
        hand_to_worker(pending)
