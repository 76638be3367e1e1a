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
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, connections, transaction
from django.db.models import Field
from django.utils import timezone
from django_q.brokers import Broker, get_broker
from django_q.tasks import async_task

from fieldservice.models import Customer
from messaging.db import compiled_insert, sql_literal
from messaging.inbound.compiled import CompiledRead, compile_read, compiled_once
from messaging.inbound.drain import drains_in_use, partition_of, queue_drain
from messaging.inbound.pipeline import answer_at_once, consent_keyword_in
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
def _customer_lookup_sql(alias: str) -> str:
    """The SQL of "the id of the customer with this E.164 phone" (one parameter), compiled by
    the ORM once per database."""
    query = Customer.objects.filter(phone="+14155550100").order_by().values_list("pk", flat=True)[:1].query
    sql, params = query.get_compiler(alias).as_sql()
    if len(params) != 1:
        raise ImproperlyConfigured(f"the customer lookup compiled to {len(params)} parameters, not 1")
    return sql


_INSERTED_FIELDS = [field for field in Message._meta.local_concrete_fields if not field.primary_key]
# The columns each text sets; every other column holds the same value for every inbound text
# (prepared once), and the sender's customer is found by the insert.
_PER_TEXT = (
    "phone",
    "body",
    "media_urls",
    "provider_sid",
    "segments",
    "consent_keyword",
    "created_at",
    "updated_at",
)


@functools.cache
def _insert_sql(alias: str) -> tuple[str, tuple[object, ...]]:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id, customer_id for one inbound text, compiled
    by the ORM once per database, and its parameters but the text's own, prepared as the ORM
    would (`pre_save`, `get_db_prep_save`). The sender's customer is found inside the statement:

        customer_id = (SELECT id FROM customer WHERE phone = %s LIMIT 1)
        flagged     = ((SELECT id FROM customer WHERE phone = %s LIMIT 1) IS NULL)

    One round trip instead of a lookup and an insert; both subqueries read the unique phone
    index. The columns every inbound text sets alike (direction, status, NULLs, zeros) are
    written in the statement when they are plain constants (`sql_literal`), so only the text's
    own values are converted for each text. Compiling the insert and preparing 20-odd values
    through the ORM for each text was a good part of the webhook's CPU."""
    connection = connections[alias]
    insert = compiled_insert(
        Message(phone="+14155550100", provider_sid="SM0"),
        _INSERTED_FIELDS,
        returning=[Message._meta.pk, Message._meta.get_field("customer")],
        alias=alias,
    )
    template = Message(
        direction=Direction.INBOUND, status=MessageStatus.RECEIVED, cause=Cause.CUSTOMER, phone="+14155550100"
    )
    columns, parameters = insert.placeholders, []
    customer = f"({_customer_lookup_sql(alias)})"
    for index, field in enumerate(_INSERTED_FIELDS):
        if field.name == "customer":
            columns[index] = customer
            parameters.append(_BY_PHONE)
        elif field.name == "flagged":
            columns[index] = f"({customer} IS NULL)"
            parameters.append(_BY_PHONE)
        elif field.name in _PER_TEXT:
            parameters.append(field)
        else:
            value = field.get_db_prep_save(field.pre_save(template, True), connection)
            literal = sql_literal(value)
            if literal is None:
                parameters.append(value)
            else:
                columns[index] = literal
    return insert.with_columns(columns), tuple(parameters)


# In the insert's parameters: where the sender's number goes (its customer's lookups).
_BY_PHONE = object()
_PHONE_FIELD = Message._meta.get_field("phone")
_MEDIA_URLS = Message._meta.get_field("media_urls")
_CREATED_AT = Message._meta.get_field("created_at")  # and updated_at, the same time and type


# A customer id no customer has: where the id goes in the compiled read.
_CUSTOMER = -15016


@compiled_once
def _customer_read(alias: str) -> CompiledRead:
    """The customer of a text the webhook answers at once, compiled once per database."""
    return compile_read(Customer.objects.filter(pk=_CUSTOMER), alias, _CUSTOMER)


@dataclass(frozen=True)
class Stored:
    """A text the insert stored: its id and its sender's customer (None for a stranger)."""

    message_id: int
    customer_id: int | None


def store_once(
    text: twilio.InboundText, *, phone: str | None, at: datetime, keyword: str = ""
) -> Stored | None:
    """Insert the text unless its MessageSid is already stored; what was stored, or None.

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING, on PostgreSQL and SQLite): no
    savepoint, no IntegrityError to recover from, two racing retries store one row, and the
    sender's customer is found by the same statement. `phone` is the sender in E.164 (None for
    a short code or a name, kept as given and matching no customer); `keyword` is the webhook's
    consent decision, stored with the text for the worker ("" for none)."""
    # A number is already E.164: PhoneNumberField would parse, validate and format it back to itself.
    sender = phone or _PHONE_FIELD.get_db_prep_save(_PHONE_FIELD.to_python(text.sender[:128]), connection)
    stamp = _CREATED_AT.get_db_prep_save(at, connection)
    # The body and the provider's id are text, the segments a number, already (`parse_inbound`).
    per_text: dict[str, object] = {
        "phone": sender,
        "body": text.body,
        "media_urls": _MEDIA_URLS.get_db_prep_save(list(text.media_urls), connection),
        "provider_sid": text.sid,
        "segments": text.segments,
        "consent_keyword": keyword,
        "created_at": stamp,
        "updated_at": stamp,
    }
    sql, parameters = _insert_sql(connection.alias)
    values = [
        phone
        if parameter is _BY_PHONE
        else per_text[parameter.name]
        if isinstance(parameter, Field)
        else parameter
        for parameter in parameters
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    return None if row is None else Stored(message_id=row[0], customer_id=row[1])


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


def hand_to_worker(message_id: int, keyword: str | None = None, *, customer_id: int | None = None) -> None:
    """Queue the text's handling once what the webhook wrote is committed (at once: the webhook
    runs in autocommit). A customer's text goes to its customer's batch drain when the broker is
    Redis (`drain`: a drain is queued only when none is), a consent keyword too: the webhook's
    decision is stored with the text (`keyword` None: a re-queued text, which keeps its own task).
    A stranger's text, which the webhook answered at once, gets its own task, and so does every
    text with the database as the broker. Not robust on purpose: a broker that refuses makes the
    webhook answer 500, Twilio retries, and the retry finds the text stored and queues it again."""
    if keyword is not None and customer_id is not None and drains_in_use():
        transaction.on_commit(partial(queue_drain, partition_of(customer_id)))
    else:
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
    phone = sender_e164(text.sender)
    now = timezone.now()
    # Decided before the insert, so the decision is stored with the text in the same statement.
    keyword = consent_keyword_in(text.body, phone=phone, provider_keyword=text.provider_keyword)
    stored = store_once(text, phone=phone, at=now, keyword=keyword)
    if stored is None:
        _requeue_if_unhandled(text.sid)
        return None
    reply = None
    if keyword or stored.customer_id is None:
        # Rare (a consent keyword, a stranger): only then is the text built as a model.
        message = Message(
            pk=stored.message_id,
            direction=Direction.INBOUND,
            customer_id=stored.customer_id,
            phone=phone or text.sender[:128],  # a short code or a sender name is kept as given
            body=text.body,
            media_urls=list(text.media_urls),
            status=MessageStatus.RECEIVED,
            cause=Cause.CUSTOMER,
            provider_sid=text.sid,
            segments=text.segments,
            consent_keyword=keyword,
            flagged=stored.customer_id is None,
            created_at=now,
            updated_at=now,
        )
        message._state.adding = False
        if stored.customer_id is not None:
            # Its answer is written in the customer's language: read here in one compiled statement
            # (loaded through the relation, the ORM's query cost several times the database's time).
            [message.customer] = _customer_read(connection.alias).fetch(connection.alias, stored.customer_id)
        try:
            reply = answer_at_once(message, keyword=keyword, twilio_confirms=bool(text.provider_keyword))
        except Exception:
            # The text is stored: it must not be lost to a retry loop; the dispatcher sees the flag.
            logger.exception("Answering inbound message %s failed", stored.message_id)
            Message.objects.filter(pk=stored.message_id).update(flagged=True)
    hand_to_worker(stored.message_id, keyword, customer_id=stored.customer_id)
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
