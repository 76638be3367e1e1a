"""The outbox: `send_sms` is the only way the app texts anyone.

A text is a `Message` row first, written in the caller's transaction; delivery is queued when
that transaction commits and happens in a django-q2 task (`messaging.tasks.deliver`), outside
any transaction, guarded by a compare-and-swap on the row's status so it is sent at most once.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

import phonenumbers
from django.conf import settings
from django.db import IntegrityError, connection, connections, transaction
from django.db.models import Case, F, OuterRef, Q, Value, When
from django.utils import timezone
from django_q.tasks import async_task

from fieldservice.models import Customer, Job
from messaging.db import CompiledInsert, compiled_insert
from messaging.models import Cause, Consent, ConsentChange, Direction, Message, MessageStatus
from messaging.outbox.consent import consent_change, is_opted_out, opted_out
from messaging.outbox.segments import SegmentCount, count_segments
from messaging.sms import get_backend
from messaging.sms.base import AMBIGUOUS_CODE, UNSUBSCRIBED_CODE, BaseSMSBackend, SMSError, is_retryable

logger = logging.getLogger(__name__)

FIRST_RETRY_AFTER = timedelta(seconds=30)
LONGEST_RETRY_WAIT = timedelta(hours=1)
# A row left in `sending` this long belongs to a worker that died: a live one is done with Twilio
# within two TWILIO_TIMEOUTs (connect, then read). Its retry asks Twilio first (AMBIGUOUS_CODE),
# so recovering early never sends twice; the sweep runs every minute.
SENDING_STALE_AFTER = timedelta(seconds=45)
# A queued row younger than this probably has its task in the queue already.
QUEUED_GRACE = timedelta(seconds=30)
SWEEP_BATCH = 500
SWEEP_MAX_BATCHES = 100  # 50,000 texts a sweep at most; the next sweep takes the rest
# Texts given to one delivery task when many are due at once (a sweep's batch, the morning's
# released reminders). The task claims them together and sends them on SMS_SEND_THREADS threads,
# since most of a send is waiting for Twilio's answer (100-300 ms): a few rounds of the threads
# (4 at 32), so the round left part-full at the end of a task costs little.
DELIVERY_BATCH = 128
OUTCOMES = ("sent", "refused", "retry", "failed", "error")  # how `deliver_messages` counts them

OPTED_OUT_REASON = "Not sent: this number opted out (STOP)."
NO_LONGER_APPLIES = "Not sent: the job changed (finished, cancelled or moved) before it was due."

# The checks a held text must pass at delivery to still go out (notify's: the job has not moved on).
# The outbox is the lowest layer: the stages that send through it register their check here, at
# startup (MessagingConfig.ready), instead of the outbox importing them.
_still_applies_checks: list[Callable[[Message], bool]] = []


def register_still_applies(check: Callable[[Message], bool]) -> None:
    """Have delivery drop a held text for which `check` answers False. Registering twice is a no-op."""
    if check not in _still_applies_checks:
        _still_applies_checks.append(check)


def still_applies(message: Message) -> bool:
    """Whether every registered check lets this text go out now."""
    return all(check(message) for check in _still_applies_checks)


# Twilio's status callback values we act on, and how far along each is; a status never moves back.
# Our `sent` means the provider has the text, which Twilio's accepted/queued/sending also say.
PROVIDER_STATUS = {
    "accepted": MessageStatus.SENT,
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.UNDELIVERED,
    "failed": MessageStatus.FAILED,
    "canceled": MessageStatus.FAILED,
}
ACCEPTED_BY_PROVIDER = frozenset({MessageStatus.SENT, MessageStatus.DELIVERED})
PROGRESS = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.UNDELIVERED: 3,
    MessageStatus.FAILED: 3,
}


class InvalidSMSError(ValueError):
    """A text that cannot be sent as given; the message says why, for the person who wrote it."""


def to_e164(raw: object) -> str:
    """The E.164 form of a phone number, or `InvalidSMSError`."""
    try:
        number = phonenumbers.parse(str(raw or ""), settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise InvalidSMSError(f"“{raw}” is not a phone number.") from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidSMSError(f"“{raw}” is not a valid phone number.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_phone_number(raw: object) -> bool:
    try:
        to_e164(raw)
    except InvalidSMSError:
        return False
    return True


def check_sms(*, body: str, phone: object) -> tuple[str, SegmentCount]:
    """The number in E.164 and the body's segments, or `InvalidSMSError` saying what is wrong."""
    if not body.strip():
        raise InvalidSMSError("The text is empty.")
    count = count_segments(body)
    if count.segments > settings.SMS_MAX_SEGMENTS:
        raise InvalidSMSError(
            f"The text is {count.segments} SMS segments long ({len(body)} characters, {count.encoding}); "
            f"the limit is {settings.SMS_MAX_SEGMENTS}. Shorten it."
        )
    return to_e164(phone), count


def send_sms(
    *,
    body: str,
    customer: Customer | None = None,
    phone: str | None = None,
    job: Job | None = None,
    cause: str,
    notification_kind: str = "",
    dedupe_key: str | None = None,
    send_after: datetime | None = None,
    sent_by: object | None = None,
    consent_confirmation: bool = False,
    via_twiml: bool = False,
) -> Message:
    """Put a text in the outbox; its delivery is queued when the caller's transaction commits
    (or held until `send_after`).

    A repeated `dedupe_key` returns the first row and sends nothing. An opted-out number gets a
    REFUSED row, except for the single confirmation of that opt-out (`consent_confirmation`).
    `via_twiml` records a reply that the inbound webhook's TwiML answer carries (Twilio sends it),
    so nothing is queued. Raises `InvalidSMSError` for an empty, too long or unroutable text.
    """
    if consent_confirmation != (cause == Cause.CONSENT):
        raise ValueError("Only a consent confirmation has cause 'consent', and it must say so.")
    if send_after is not None and timezone.is_naive(send_after):
        raise ValueError("send_after must be timezone-aware.")
    to, count = check_sms(
        body=body, phone=phone if phone is not None else (customer.phone if customer else "")
    )
    now = timezone.now()
    message = Message(
        direction=Direction.OUTBOUND,
        customer=customer,
        job=job,
        phone=to,
        body=body,
        cause=cause,
        notification_kind=notification_kind,
        dedupe_key=dedupe_key,
        sent_by=sent_by,
        segments=count.segments,
        encoding=count.encoding,
        send_after=send_after,
        next_attempt_at=max(send_after, now) if send_after else now,
        created_at=now,
    )
    if not consent_confirmation and is_opted_out(to):
        message.status, message.error_message, message.next_attempt_at = (
            MessageStatus.REFUSED,
            OPTED_OUT_REASON,
            None,
        )
    elif via_twiml:
        message.status, message.sent_at, message.attempts, message.next_attempt_at = (
            MessageStatus.SENT,
            now,
            1,
            None,
        )
    if not _insert_once(message):
        # Its dedupe key is in the outbox already (written earlier, or by a racing transaction that
        # has committed since): the first row stands and nothing is sent twice.
        first = Message.objects.filter(dedupe_key=dedupe_key).first() if dedupe_key else None
        if first is None:
            raise IntegrityError(f"The outbound text was not written (dedupe key {dedupe_key!r}).")
        return first
    if message.status == MessageStatus.QUEUED and message.next_attempt_at <= now:
        pending = _batched.get()
        if pending is not None:
            pending.append(message.pk)  # queued by `batched_delivery`, with the others
        else:
            # robust: a broker hiccup after commit must not fail the caller; the sweep re-queues the row.
            transaction.on_commit(partial(enqueue_delivery, message_id=message.pk), robust=True)
    return message


def _insert_once(message: Message) -> bool:
    """Write a new outbound text with the outbox's compiled insert (ON CONFLICT DO NOTHING, no
    savepoint to recover from a repeated dedupe key); whether it was written. Its values are
    prepared as `save()` would (`pre_save`, `get_db_prep_save`) without compiling the insert again
    for each text: that was most of the cost of a reply the webhook writes while Twilio waits."""
    values = [field.get_db_prep_save(field.pre_save(message, True), connection) for field in _OUTBOX_FIELDS]
    with connection.cursor() as cursor:
        cursor.execute(_outbox_insert(connection.alias).sql(), values)
        row = cursor.fetchone()
    if row is None:
        return False
    message.pk, message._state.adding, message._state.db = row[0], False, connection.alias
    return True


# The texts written inside `batched_delivery`, queued together when it ends.
_batched: ContextVar[list[int] | None] = ContextVar("messaging_batched_delivery", default=None)


@contextmanager
def batched_delivery() -> Iterator[None]:
    """Queue the deliveries of the texts written inside this block as a few batch tasks, not a
    task each. Put it outside the block's transaction: the tasks are queued once that commits
    (nothing is queued if it raises). For sweeps that write hundreds of texts at once."""
    token = _batched.set([])
    try:
        yield
        message_ids = _batched.get()
    finally:
        _batched.reset(token)
    transaction.on_commit(partial(enqueue_deliveries, message_ids), robust=True)


@dataclass(frozen=True, slots=True)
class OutgoingText:
    """One deduplicated text to a customer for `send_many`: what `send_sms` would be given.
    `phone` is the number as stored; `number_opted_out` its consent when the caller read it with
    the row (None: `send_many` reads it)."""

    body: str
    phone: str
    customer_id: int
    job_id: int | None
    cause: str
    notification_kind: str
    dedupe_key: str
    send_after: datetime | None = None
    number_opted_out: bool | None = None


@dataclass(frozen=True, slots=True)
class Written:
    """A row `send_many` wrote: its id, and whether it was refused (opted-out number)."""

    message_id: int
    refused: bool


@dataclass
class SentMany:
    """What `send_many` did: the rows it wrote by dedupe key (a key already in the outbox, written
    earlier or by a racing sweep, is not among them), and the texts it could not send."""

    written: dict[str, Written]
    invalid: dict[str, InvalidSMSError]


_OUTBOX_FIELDS = [field for field in Message._meta.local_concrete_fields if not field.primary_key]
_OUTBOX_INDEX = {field.name: index for index, field in enumerate(_OUTBOX_FIELDS)}


@functools.cache
def _outbox_insert(alias: str) -> CompiledInsert:
    """The ORM's own INSERT ... ON CONFLICT DO NOTHING RETURNING id, dedupe_key for outbound
    texts, compiled once per database; `send_many` repeats its row."""
    return compiled_insert(
        Message(phone="+14155550100", dedupe_key="k"),
        _OUTBOX_FIELDS,
        returning=[Message._meta.pk, Message._meta.get_field("dedupe_key")],
        alias=alias,
    )


@functools.cache
def _outbox_constants(alias: str) -> tuple[object, ...]:
    """Every column of a queued outbound text as the ORM prepares it (`pre_save`,
    `get_db_prep_save`); `send_many` replaces the ones each text sets."""
    template = Message(direction=Direction.OUTBOUND, cause=Cause.NOTIFICATION, phone="+14155550100")
    return tuple(
        field.get_db_prep_save(field.pre_save(template, True), connections[alias]) for field in _OUTBOX_FIELDS
    )


def _rows_per_insert(columns: int) -> int:
    """As many rows as one statement's parameters allow: SQLite's real limit (32,766 since 3.32;
    Django assumes 999), PostgreSQL's 65,535."""
    limit = 65_535
    if connection.vendor == "sqlite":
        limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, limit // columns)


def send_many(texts: Sequence[OutgoingText], *, now: datetime | None = None) -> SentMany:
    """`send_sms` for many deduplicated texts to customers at once, in the caller's transaction:
    one INSERT ... ON CONFLICT DO NOTHING RETURNING for the lot (a statement per 1,200-odd texts),
    so a key already in the outbox (an earlier sweep, or one racing on another worker) writes and
    queues nothing, with no savepoints. Same checks as `send_sms`: an empty, too long or
    unroutable text is not written (it is in `invalid`); an opted-out number gets a REFUSED row.
    The written texts that are due are queued as `send_sms` queues them (with `batched_delivery`,
    together). `now`: the rows' creation time (the caller's clock, for the promises it records)."""
    now = now or timezone.now()
    invalid: dict[str, InvalidSMSError] = {}
    checked: list[tuple[OutgoingText, str, SegmentCount]] = []
    for text in texts:
        if text.cause == Cause.CONSENT:
            raise ValueError("A consent confirmation goes alone, through send_sms, past the consent gate.")
        try:
            to, count = check_sms(body=text.body, phone=text.phone)
        except InvalidSMSError as error:
            invalid[text.dedupe_key] = error
            continue
        checked.append((text, to, count))
    unread = {to for text, to, _ in checked if text.number_opted_out is None or to != text.phone}
    opted_out_numbers = (
        {
            str(phone)
            for phone in Consent.objects.filter(phone__in=unread, opted_out=True).values_list(
                "phone", flat=True
            )
        }
        if unread
        else set()
    )
    connection.ensure_connection()
    constants = _outbox_constants(connection.alias)
    adapt = connection.ops.adapt_datetimefield_value
    stamp = adapt(now)
    index = _OUTBOX_INDEX
    rows: list[list[object]] = []
    for text, to, count in checked:
        refused = (
            text.number_opted_out
            if to == text.phone and text.number_opted_out is not None
            else to in opted_out_numbers
        )
        row = list(constants)
        row[index["customer"]], row[index["job"]], row[index["phone"]] = text.customer_id, text.job_id, to
        row[index["body"]], row[index["cause"]] = text.body, text.cause
        row[index["notification_kind"]], row[index["dedupe_key"]] = text.notification_kind, text.dedupe_key
        row[index["segments"]], row[index["encoding"]] = count.segments, count.encoding
        row[index["send_after"]] = adapt(text.send_after) if text.send_after else None
        row[index["created_at"]] = row[index["updated_at"]] = stamp
        if refused:
            row[index["status"]], row[index["error_message"]] = MessageStatus.REFUSED.value, OPTED_OUT_REASON
            row[index["next_attempt_at"]] = None
        else:
            row[index["next_attempt_at"]] = adapt(max(text.send_after, now)) if text.send_after else stamp
        rows.append(row)
    written: dict[str, Written] = {}
    insert = _outbox_insert(connection.alias)
    refused_keys = {
        text.dedupe_key
        for (text, _, _), row in zip(checked, rows, strict=True)
        if row[index["status"]] == MessageStatus.REFUSED
    }
    per_insert = _rows_per_insert(len(_OUTBOX_FIELDS))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_insert):
            chunk = rows[start : start + per_insert]
            cursor.execute(insert.sql(len(chunk)), [value for row in chunk for value in row])
            for message_id, key in cursor.fetchall():
                written[key] = Written(message_id=message_id, refused=key in refused_keys)
    due = [
        w.message_id
        for (text, _, _) in checked
        if (w := written.get(text.dedupe_key))
        and not w.refused
        and (text.send_after is None or text.send_after <= now)
    ]
    pending = _batched.get()
    if pending is not None:
        pending.extend(due)
    elif due:
        transaction.on_commit(partial(enqueue_deliveries, due), robust=True)
    return SentMany(written=written, invalid=invalid)


def enqueue_delivery(*, message_id: int) -> None:
    """Queue one text's delivery. The text's row records the outcome (status, attempts, the
    provider's error), so a successful task is not saved: saving each made django-q2's monitor read
    and prune its results table (save_limit) for every reply. A failed task is still saved, for the
    admin. `q_options` is a new dict each call: async_task takes things out of the one it is given."""
    async_task(
        "messaging.tasks.deliver",
        message_id,
        task_name=f"deliver message {message_id}",
        q_options={"save": False},
    )


def enqueue_deliveries(message_ids: Sequence[int]) -> None:
    """Queue many deliveries: one task for a single text, batch tasks of DELIVERY_BATCH otherwise."""
    if len(message_ids) == 1:
        enqueue_delivery(message_id=message_ids[0])
        return
    for start in range(0, len(message_ids), DELIVERY_BATCH):
        chunk = list(message_ids[start : start + DELIVERY_BATCH])
        async_task(
            "messaging.tasks.deliver_batch",
            chunk,
            task_name=f"deliver {len(chunk)} messages from {chunk[0]}",
            q_options={"save": False},
        )


def deliver_messages(message_ids: Sequence[int], *, threads: int | None = None) -> dict[str, int]:
    """Send many queued texts at once: claimed together (each sent at most once however often it
    is queued), refused if its number opted out or it no longer applies, handed to the provider on
    up to `threads` threads (SMS_SEND_THREADS), and their SIDs recorded together. Returns how many
    ended each way ("sent", "refused", "skipped": already sent or not due, ...)."""
    results = _deliver(message_ids, threads=threads or settings.SMS_SEND_THREADS)
    outcomes: dict[str, int] = {}
    for message_id in message_ids:
        result = results.pop(message_id, NOT_DUE)  # a second mention of a text: skipped
        key = next((word for word in OUTCOMES if result.startswith(word)), "skipped")
        outcomes[key] = outcomes.get(key, 0) + 1
    return outcomes


def deliver_message(*, message_id: int) -> str:
    """Send one queued text through the configured backend and record the outcome.

    Safe to call any number of times, concurrently: only the caller that claims the row (queued
    to sending) sends it. Returns what happened, for the task's result.
    """
    return _deliver([message_id], threads=1).get(message_id, NOT_DUE)


NOT_DUE = "not due or already handled"
HANDED_BACK = "retry at once: handed back, not begun in time after its claim"


def _deliver(message_ids: Sequence[int], *, threads: int) -> dict[int, str]:
    """What happened to each claimed text: the claim, the gates and the recording are a few
    statements for the whole batch; only the provider's calls run on the sending threads."""
    claimed = _claim(message_ids)
    if not claimed:
        return {}
    results: dict[int, str] = {}
    refused: dict[str, list[int]] = {OPTED_OUT_REASON: [], NO_LONGER_APPLIES: []}
    to_send: list[Message] = []
    for message in claimed:
        if message.cause != Cause.CONSENT and message.number_opted_out:
            refused[OPTED_OUT_REASON].append(message.pk)
            results[message.pk] = "refused: opted out"
            continue
        applies = _still_applies_logged(message)
        if applies is None:
            results[message.pk] = "error"
        elif not applies:
            refused[NO_LONGER_APPLIES].append(message.pk)
            results[message.pk] = "refused: no longer applies"
        else:
            to_send.append(message)
    for reason, refused_ids in refused.items():
        if refused_ids:
            Message.objects.filter(pk__in=refused_ids, status=MessageStatus.SENDING).update(
                status=MessageStatus.REFUSED, error_message=reason, updated_at=timezone.now()
            )
    if not to_send:
        return results
    backend = get_backend()
    hand_over = partial(_hand_over, backend=backend, start_by=_start_by())
    threads = max(1, min(threads, len(to_send)))
    if threads > 1 and (
        connection.in_atomic_block or (connection.vendor == "sqlite" and connection.is_in_memory_db())
    ):
        # Inside a transaction (a task run synchronously, a test) the sends stay on this thread:
        # a backend that touches the database would not see the transaction's rows from another.
        threads = 1
    handed = (
        [hand_over(message) for message in to_send]
        if threads == 1
        else list(_send_pool(threads).map(hand_over, to_send))
    )
    sent: dict[int, str] = {}
    handed_back: list[int] = []
    for message, outcome in zip(to_send, handed, strict=True):
        if isinstance(outcome, SMSError):
            results[message.pk] = _record_failure(
                message, code=outcome.code, reason=str(outcome), retryable=outcome.retryable
            )
        elif outcome is None:
            handed_back.append(message.pk)
            results[message.pk] = HANDED_BACK
        elif outcome == "error":
            results[message.pk] = "error"  # left `sending`: the sweep retries it, asking the provider first
        else:
            sent[message.pk] = outcome
            results[message.pk] = f"sent {outcome}"
    _record_sent(sent)
    if handed_back:
        Message.objects.filter(pk__in=handed_back, status=MessageStatus.SENDING).update(
            status=MessageStatus.QUEUED,
            attempts=F("attempts") - 1,
            next_attempt_at=timezone.now(),
            updated_at=timezone.now(),
        )
        transaction.on_commit(partial(enqueue_deliveries, handed_back), robust=True)
    return results


def _still_applies_logged(message: Message) -> bool | None:
    """`still_applies`, or None when a check fails unexpectedly: that holds back this text (it
    stays `sending`; the sweep retries it, asking the provider first), not the whole batch."""
    try:
        return still_applies(message)
    except Exception:
        logger.exception("Checking message %s before delivery failed; the sweep retries it", message.pk)
        return None


# Seconds kept between a send's latest possible end and the moment the sweep may recover its row.
STALE_MARGIN_SECONDS = 5
# However long TWILIO_TIMEOUT is, a batch's first sends (one text's only send) always begin.
MIN_START_WINDOW_SECONDS = 5


def _start_by() -> float:
    """The moment (monotonic) after which a claimed text is handed back instead of sent: a send
    takes two TWILIO_TIMEOUTs at worst and must end before the sweep could take its row for a dead
    worker's. Matters for a batch waiting on a very slow provider; at 100-300 ms a call a batch is
    done in about a second."""
    budget = SENDING_STALE_AFTER.total_seconds() - 2 * settings.TWILIO_TIMEOUT - STALE_MARGIN_SECONDS
    return time.monotonic() + max(budget, MIN_START_WINDOW_SECONDS)


def _claim(message_ids: Sequence[int]) -> list[Message]:
    """Move the due, queued texts among `message_ids` to sending, atomically, and return them as
    they were read in that moment with their number's consent and their job: two statements in one
    short transaction for the whole batch. On PostgreSQL the rows are locked and rows another
    worker is claiming at the same moment are skipped (they are its); on SQLite the transaction
    holds the write lock (IMMEDIATE)."""
    now = timezone.now()
    due = (
        Message.objects.filter(
            pk__in=set(message_ids), direction=Direction.OUTBOUND, status=MessageStatus.QUEUED
        )
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .annotate(number_opted_out=opted_out(OuterRef("phone")))
        .select_related("job__site")
        .order_by("pk")
    )
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True, of=("self",))
    with transaction.atomic():
        claimed = list(due)
        if claimed:
            Message.objects.filter(pk__in=[message.pk for message in claimed]).update(
                status=MessageStatus.SENDING, attempts=F("attempts") + 1, updated_at=now
            )
    for message in claimed:  # as the update left the row
        message.status, message.attempts, message.updated_at = (
            MessageStatus.SENDING,
            message.attempts + 1,
            now,
        )
    return claimed


def _hand_over(message: Message, *, backend: BaseSMSBackend, start_by: float) -> str | SMSError | None:
    """The provider's SID for a claimed text (asking first whether it has it already), the
    `SMSError` it answered, "error" for anything unexpected, or None when it is too late to begin.
    Runs on a sending thread: no database here, only the provider."""
    if time.monotonic() > start_by:
        return None
    try:
        return _already_with_provider(message, backend) or backend.send(
            to=str(message.phone), body=message.body, reference=str(message.pk)
        )
    except SMSError as error:
        return error
    except Exception:
        logger.exception("Delivering message %s failed", message.pk)
        return "error"


def _record_sent(sent: dict[int, str]) -> None:
    """Record the SIDs of the texts the provider accepted: one compare-and-swap for all of them,
    each row's own SID written once, only while it is still `sending` (a status report that
    arrived first has recorded it already)."""
    if not sent:
        return
    now = timezone.now()
    Message.objects.filter(pk__in=list(sent), status=MessageStatus.SENDING).update(
        status=MessageStatus.SENT,
        provider_sid=Case(*(When(pk=pk, then=Value(sid)) for pk, sid in sent.items())),
        sent_at=now,
        next_attempt_at=None,
        error_code="",
        error_message="",
        updated_at=now,
    )


_pool: tuple[int, int, ThreadPoolExecutor] | None = None
_pool_lock = threading.Lock()


def _send_pool(threads: int) -> ThreadPoolExecutor:
    """This process's sending threads, kept from batch to batch (their HTTP connections to the
    provider stay open in the backend's session). Made after the worker process forks: threads
    do not survive a fork."""
    global _pool
    with _pool_lock:
        if _pool is None or _pool[0] != os.getpid() or _pool[1] < threads:
            _pool = (
                os.getpid(),
                threads,
                ThreadPoolExecutor(max_workers=threads, thread_name_prefix="sms-send"),
            )
        return _pool[2]


def close_send_pool() -> None:
    """Stop this process's sending threads (for tests and orderly shutdowns)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None and pool[0] == os.getpid():
        pool[2].shutdown()


def _backoff(attempts: int) -> timedelta:
    return min(FIRST_RETRY_AFTER * 2 ** max(attempts - 1, 0), LONGEST_RETRY_WAIT)


def _update(message: Message, from_status: str, **fields) -> bool:
    """Compare-and-swap: change the row only if it is still in `from_status`."""
    fields.setdefault("updated_at", timezone.now())
    return bool(Message.objects.filter(pk=message.pk, status=from_status).update(**fields))


def _already_with_provider(message: Message, backend: BaseSMSBackend) -> str | None:
    """When the last attempt may have reached the provider (its answer was lost, or the worker
    died mid-send), the provider's id for the text if it has it: then it is recorded, not sent
    again. A failure to ask is an ambiguous failure too, so the next attempt asks again."""
    if message.error_code != AMBIGUOUS_CODE:
        return None
    try:
        return backend.find_sent(to=str(message.phone), body=message.body, since=message.created_at)
    except SMSError as error:
        raise type(error)(str(error), code=AMBIGUOUS_CODE) from error


def _record_failure(
    message: Message, *, code: str, reason: str, retryable: bool, final_status: str = MessageStatus.FAILED
) -> str:
    """Back off and retry a retryable failure while attempts remain; otherwise stop and say why."""
    from_status = message.status
    if retryable and message.attempts < settings.SMS_MAX_ATTEMPTS:
        _update(
            message,
            from_status,
            status=MessageStatus.QUEUED,
            provider_sid=None,
            next_attempt_at=timezone.now() + _backoff(message.attempts),
            error_code=code,
            error_message=reason[:255],
        )
        return f"retry later ({code})"
    if retryable:
        reason = f"Gave up after {message.attempts} attempts. {reason}"
    _update(
        message,
        from_status,
        status=final_status,
        next_attempt_at=None,
        error_code=code,
        error_message=reason[:255],
    )
    if code == UNSUBSCRIBED_CODE:
        consent_change(
            phone=str(message.phone), opted_out=True, source=ConsentChange.Source.CARRIER, message=message
        )
    return f"failed ({code})"


def record_status(
    *, sid: str, status: str, error_code: str = "", error_message: str = "", message_id: str = ""
) -> bool:
    """Apply one of Twilio's status callbacks. They repeat and arrive out of order: a status only
    moves forward, and an unknown SID or status changes nothing. Returns whether anything changed.

    `message_id` is the reference the callback URL carries. A report that Twilio has the text
    finds it by that reference when its SID was never saved: the worker has not written it down
    yet, died first, or timed out waiting for an answer Twilio did send. The report saves the SID
    and the text counts as sent, so neither a retry nor the sweep sends it a second time."""
    new_status = PROVIDER_STATUS.get(status)
    if new_status is None or not sid:
        return False
    message = Message.objects.outbound().filter(provider_sid=sid).first()
    if message is None and message_id.isdigit() and new_status in ACCEPTED_BY_PROVIDER:
        unsaved = Message.objects.outbound().filter(
            pk=int(message_id),
            provider_sid__isnull=True,
            status__in=[MessageStatus.QUEUED, MessageStatus.SENDING],
            attempts__gt=0,
        )
        if unsaved.update(provider_sid=sid):
            message = Message.objects.get(pk=int(message_id))
    if message is None or PROGRESS.get(message.status, 99) >= PROGRESS[new_status]:
        return False
    if new_status in {MessageStatus.UNDELIVERED, MessageStatus.FAILED} and error_code:
        reason = error_message or f"Twilio reported {status} (error {error_code})."
        _record_failure(
            message,
            code=error_code,
            reason=reason,
            retryable=is_retryable(error_code),
            final_status=new_status,
        )
        return True
    now = timezone.now()
    fields = {
        "status": new_status,
        "updated_at": now,
        "sent_at": message.sent_at or now,
        "next_attempt_at": None,
    }
    if new_status == MessageStatus.DELIVERED:
        fields["delivered_at"] = now
    return _update(message, message.status, **fields)


def sweep_outbox() -> int:
    """Re-queue what a crash or a lost task left behind, and what has become due (held until
    after quiet hours, or waiting out a retry). Returns how many deliveries it queued."""
    now = timezone.now()
    stale = Message.objects.filter(status=MessageStatus.SENDING, updated_at__lt=now - SENDING_STALE_AFTER)
    stale.filter(attempts__gte=settings.SMS_MAX_ATTEMPTS).update(
        status=MessageStatus.FAILED,
        error_message="Gave up: the last attempts never finished.",
        next_attempt_at=None,
        updated_at=now,
    )
    # updated_at is left alone so the rows count as due at once below. The dead worker may have
    # handed the text to Twilio before dying: the retry asks first.
    stale.update(
        status=MessageStatus.QUEUED,
        next_attempt_at=now,
        error_code=AMBIGUOUS_CODE,
        error_message="The last attempt never finished; Twilio is asked before sending again.",
    )
    due = Message.objects.filter(
        status=MessageStatus.QUEUED, next_attempt_at__lte=now, updated_at__lte=now - QUEUED_GRACE
    ).order_by("next_attempt_at")
    queued = 0
    # All that is due, SWEEP_BATCH at a time (the morning's released reminders can be thousands):
    # each batch is marked queued now, so the next query and the next sweep leave it its grace.
    for _ in range(SWEEP_MAX_BATCHES):
        batch = list(due.values_list("pk", flat=True)[:SWEEP_BATCH])
        if not batch:
            break
        Message.objects.filter(pk__in=batch, status=MessageStatus.QUEUED).update(updated_at=now)
        enqueue_deliveries(batch)
        queued += len(batch)
    return queued


def resend_message(*, message: Message, sent_by: object | None = None) -> Message:
    """Send a failed text again, as a new outbox row (the failed one stays as the record)."""
    if message.direction != Direction.OUTBOUND or message.status not in {
        MessageStatus.FAILED,
        MessageStatus.UNDELIVERED,
    }:
        raise InvalidSMSError("Only a failed or undelivered text can be resent.")
    return send_sms(
        body=message.body,
        customer=message.customer,
        phone=str(message.phone),
        job=message.job,
        cause=message.cause,
        notification_kind=message.notification_kind,
        dedupe_key=f"resend:{message.pk}",
        sent_by=sent_by,
        consent_confirmation=message.cause == Cause.CONSENT,
    )
