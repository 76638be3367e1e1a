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

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django_q.brokers import Broker, get_broker
from django_q.tasks import async_task
from phonenumber_field.phonenumber import PhoneNumber

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


@functools.cache
def _customer_lookup_sql(alias: str, vendor: str) -> str:
    """The SQL of "the customer with this E.164 phone", compiled by the ORM once per database.
    Building and compiling the queryset, and PhoneNumberField parsing and validating the number
    again, cost more CPU than the indexed read itself; the webhook has the number in E.164."""
    query = Customer.objects.filter(phone="+14155550100").order_by().values_list("pk", flat=True)[:1].query
    sql, params = query.get_compiler(alias).as_sql()
    if len(params) != 1:
        raise ImproperlyConfigured(f"the customer lookup compiled to {len(params)} parameters, not 1")
    return sql


def customer_id_for(phone: str) -> int | None:
    """The id of the customer whose number is `phone` (E.164), or None: one indexed read."""
    with connection.cursor() as cursor:
        cursor.execute(_customer_lookup_sql(connection.alias, connection.vendor), [phone])
        row = cursor.fetchone()
    return row[0] if row else None


_INSERTED_FIELDS = [field for field in Message._meta.local_concrete_fields if not field.primary_key]
_PHONE_FIELD = Message._meta.get_field("phone")


@functools.cache
def _insert_sql(alias: str, vendor: str) -> str:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id for one Message, compiled by the ORM once
    per database: compiling it and preparing 20-odd values through the ORM was a good part of
    the webhook's CPU."""
    query = InsertQuery(Message, on_conflict=OnConflict.IGNORE)
    query.insert_values(_INSERTED_FIELDS, [Message(phone="+14155550100", provider_sid="SM0")])
    compiler = query.get_compiler(alias)
    compiler.returning_fields = [Message._meta.pk]
    [(sql, params)] = compiler.as_sql()
    if len(params) != len(_INSERTED_FIELDS) or "RETURNING" not in sql.upper():
        raise ImproperlyConfigured(
            "the inbound insert did not compile to one placeholder a field with RETURNING"
        )
    return sql


@functools.lru_cache(maxsize=4096)
def parsed_number(e164: str) -> PhoneNumber:
    """The sender's number as the Message's phone field holds it, parsed once per number
    (assigning a string makes PhoneNumberField parse it again for every text)."""
    return PhoneNumber.from_string(e164)


def store_once(message: Message, *, e164_phone: str | None = None) -> bool:
    """Insert `message` unless its MessageSid is already stored; whether it was inserted.

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING id, on PostgreSQL and SQLite):
    no savepoint, no IntegrityError to recover from, and two racing retries store one row.
    Each value is prepared as the ORM would (`pre_save`, `get_db_prep_save`), except a phone
    already in E.164 (`e164_phone`), which PhoneNumberField would only parse and format back
    to itself."""
    values = [
        e164_phone
        if field is _PHONE_FIELD and e164_phone
        else field.get_db_prep_save(field.pre_save(message, True), connection)
        for field in _INSERTED_FIELDS
    ]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(connection.alias, connection.vendor), values)
        row = cursor.fetchone()
    if row is None:
        return False
    message.pk = row[0]
    message._state.adding = False
    return True


@functools.cache
def worker_queue() -> Broker:
    """This process's handle on django-q2's queue, made once. Without it async_task makes a new
    broker for every text: with Redis a new client and connection pool, so a TCP connect and a
    teardown per webhook. The Redis client reconnects by itself and is safe across a fork."""
    return get_broker()


def queue_handling(message_id: int, keyword: str | None = None) -> None:
    """Give a stored text to the worker. `keyword` is the webhook's consent decision ("" for none);
    None lets the worker decide (a re-queued text)."""
    async_task(
        "messaging.tasks.handle_inbound",
        message_id,
        keyword,
        task_name=f"handle inbound {message_id}",
        broker=worker_queue(),
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
    customer_id = customer_id_for(phone) if phone else None
    now = timezone.now()
    message = Message(
        direction=Direction.INBOUND,
        customer_id=customer_id,
        phone=parsed_number(phone)
        if phone
        else raw_from[:128],  # a short code or a sender name is kept as given, for the dispatcher
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
    if not store_once(message, e164_phone=phone):
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
