"""The one way a person (technician, dispatcher, admin) texts a customer, and the one place the
customer's texts are marked answered.

A person is always told the truth about a send: `text_customer` returns only a text that is on its
way (queued, held or sent) and raises `NotSentError` with the reason otherwise (opted out, an invalid
number, too long, a form already used for another text). The customer's waiting texts count as
answered only when the answer is really on its way.

Every person's send carries a token from the form it came from, stored as the outbox's dedupe
key: a double tap, a resubmitted stale page or a second tab with the same form sends once, and a
token that already sent a different text is refused instead of being reported as sent.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import phonenumbers
from django.conf import settings
from django.db import connections, router, transaction
from django.db.models import Max
from django.utils import timezone

from fieldservice import timefmt
from fieldservice.models import Customer, Job, JobStatus
from messaging.outbox.consent import is_opted_out
from messaging.outbox.delivery import InvalidSMSError, resend_message, send_sms

from .models import Cause, ConsentChange, Direction, Message, MessageStatus

ON_ITS_WAY = frozenset(
    {MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED}
)
NOT_DELIVERED = (MessageStatus.FAILED, MessageStatus.UNDELIVERED)
PERSON_CAUSES = frozenset({Cause.TECHNICIAN, Cause.DISPATCHER})
# The same words to the same number within this long are one text sent from two tabs or pages.
SAME_WORDS_WITHIN = timedelta(minutes=10)


STALE_FORM = "Not sent: this form is out of date. Reload the page and send again."


class NotSentError(Exception):
    """A person's text that did not go out; the message says why, in words for that person."""

    def __init__(self, reason: str, message: Message | None = None) -> None:
        super().__init__(reason)
        self.message = message


# How an opt-out came about, in words for a banner.
OPT_OUT_HOW = {
    ConsentChange.Source.KEYWORD: "replied STOP",
    ConsentChange.Source.ADVANCED_OPT_OUT: "replied STOP",
    ConsentChange.Source.WORDS: "asked us in words to stop texting",
    ConsentChange.Source.CARRIER: "their carrier reports them unsubscribed",
    ConsentChange.Source.DISPATCHER: "set by the office",
}


@dataclass(frozen=True)
class Optout:
    """A customer who asked for no texts: since when and how, for a banner."""

    since: datetime
    source: str


def opt_out_of(phone: str) -> Optout | None:
    """The opt-out in force for `phone`, or None when it may be texted."""
    if not is_opted_out(phone):
        return None
    change = ConsentChange.objects.filter(phone=phone, opted_out=True).order_by("-created_at", "-pk").first()
    if change is None:
        return Optout(since=timezone.now(), source="")
    return Optout(since=change.created_at, source=OPT_OUT_HOW.get(change.source, ""))


def new_form_token() -> str:
    """A token for a form a person may submit once (the admin's add form)."""
    return uuid.uuid4().hex


def thread_token(*, job: Job | None = None, phone: str = "") -> str:
    """The dispatcher's reply form token: the thread as the page showed it (its newest text).
    Two tabs or two dispatchers answering the same thread share it, so the second answer is
    refused with what was sent instead of texting the customer twice."""
    messages = (
        Message.objects.filter(job=job) if job else Message.objects.filter(phone=phone, job__isnull=True)
    )
    newest = messages.aggregate(newest=Max("pk"))["newest"] or 0
    return f"{job.pk if job else phone}:{newest}"


def check_form(*, token: str, job: Job | None = None, phone: str = "") -> None:
    """A person's answer that changes the visit (accepting a reschedule) stands only on the thread
    its page showed: a second tab or an old page answering a thread that has moved on since is
    refused with `NotSentError`, instead of moving the visit again. An empty token (a caller with
    no page, or a page from before the accept form carried one) is not checked."""
    if token and token != thread_token(job=job, phone=phone):
        raise NotSentError(STALE_FORM)


def national(phone: object) -> str:
    """'(415) 555-0123' for a person to dial; the number as stored when it does not parse."""
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(str(phone), settings.PHONENUMBER_DEFAULT_REGION),
            phonenumbers.PhoneNumberFormat.NATIONAL,
        )
    except phonenumbers.NumberParseException:
        return str(phone)


def opted_out_refusal(*, phone: object, first_name: str) -> str | None:
    """Why nothing can be texted to `phone` now, in words for a person, or None when it can."""
    if not is_opted_out(str(phone)):
        return None
    return (
        f"Not sent: {first_name} opted out of texts (replied STOP). "
        f"Call {national(phone)} instead; they can text START to get texts again."
    )


def _refusal(message: Message, *, first_name: str) -> str:
    """Why a stored text is not on its way, in words for the person who wrote it."""
    opted_out = message.status == MessageStatus.REFUSED and opted_out_refusal(
        phone=message.phone, first_name=first_name
    )
    if opted_out:
        return opted_out
    if message.status == MessageStatus.REFUSED:
        return f"Not sent: {message.error_message or 'the outbox refused it'}"
    error = f" (error {message.error_code})" if message.error_code else ""
    return f"Not delivered to {first_name}{error}: {message.error_message or message.get_status_display()}"


def text_customer(
    *,
    body: str,
    sender: object,
    cause: str,
    token: str,
    job: Job | None = None,
    customer: Customer | None = None,
    phone: str = "",
) -> Message:
    """Text a customer as `sender` (a user) and mark their waiting texts answered.

    Returns the text, on its way; a repeated `token` with the same words returns the first one
    and sends nothing. Raises `NotSentError` when nothing is on its way, saying why."""
    if cause not in PERSON_CAUSES:
        raise ValueError(f"A person's text has cause technician or dispatcher, not {cause!r}.")
    if not token:
        raise ValueError("A person's send needs its form's token, so a repeat sends nothing.")
    body = body.replace("\x00", "").strip()  # PostgreSQL text cannot hold NUL; it is never meant
    customer = customer or (job.customer if job else None)
    first_name = customer.first_name if customer else "the customer"
    # The token is whatever the form posted: hashed, it fits the key whatever its length or bytes.
    key = f"person:{hashlib.sha256(token.encode('utf-8', 'replace')).hexdigest()}"
    earlier = Message.objects.filter(dedupe_key=key).first() or _same_words_just_sent(
        body=body, phone=str(customer.phone) if customer and not phone else phone
    )
    if earlier is not None:
        return _repeat(earlier, body=body, first_name=first_name)
    try:
        with transaction.atomic():
            message = send_sms(
                body=body,
                customer=customer,
                phone=phone or None,
                job=job,
                cause=cause,
                sent_by=sender,
                dedupe_key=key,
            )
    except InvalidSMSError as error:
        raise NotSentError(str(error)) from error
    if message.body != body:  # another request with the same token won the race
        return _repeat(message, body=body, first_name=first_name)
    # After the commit a synchronous worker has already tried it: a failure is known now.
    message.refresh_from_db()
    if message.status not in ON_ITS_WAY:
        raise NotSentError(_refusal(message, first_name=first_name), message)
    mark_answered(job=job, phone=str(message.phone), up_to=message.created_at)
    return message


def cancel_in_own_words(*, job: Job, body: str, sender: object, token: str) -> Message:
    """A technician's "Cancel it": cancel the visit through the services and send their words as
    the customer's confirmation (the office's cancellation notice is left out, so it is said once).

    Raises `JobStateError` (nothing sent) when the visit can no longer be cancelled, and
    `NotSentError` when it was cancelled but the text could not go; the job is then flagged for a
    call. A repeated tap finds the visit cancelled already and sends nothing more."""
    from fieldservice import services
    from messaging.notify.notices import cancelled_in_a_persons_words

    actor = getattr(sender, "get_username", lambda: str(sender))()
    if job.status != JobStatus.CANCELLED:
        with transaction.atomic(), cancelled_in_a_persons_words(job):
            job = services.job_cancel(job=job, actor=actor, reason="The customer asked by text")
    try:
        sent = text_customer(body=body, sender=sender, cause=Cause.TECHNICIAN, token=token, job=job)
    except NotSentError as error:
        first = job.customer.first_name
        services.job_flag_attention(
            job=job, reason=f"Cancelled, but {first} was not texted: call them", actor=actor
        )
        raise NotSentError(f"Visit cancelled. {error}", error.message) from error
    if job.needs_attention:  # asked and done: nothing is left for the office
        services.job_clear_attention(job=job, actor=actor)
    return sent


def _same_words_just_sent(*, body: str, phone: str) -> Message | None:
    """The same words a person sent this number moments ago, from another tab or an old page:
    that is the text they meant, not a second one."""
    return (
        Message.objects.outbound()
        .filter(
            phone=phone,
            body=body,
            cause__in=PERSON_CAUSES,
            status__in=ON_ITS_WAY,
            created_at__gte=timezone.now() - SAME_WORDS_WITHIN,
        )
        .order_by("-created_at", "-pk")
        .first()
    )


def _repeat(earlier: Message, *, body: str, first_name: str) -> Message:
    """A form submitted again: the same text is the first one (sent once); another text is refused,
    since the person answered a conversation that has moved on since the page was loaded."""
    earlier.refresh_from_db()
    if earlier.status not in ON_ITS_WAY:
        raise NotSentError(_refusal(earlier, first_name=first_name), earlier)
    if earlier.body != body:
        raise NotSentError(
            f"Not sent: a text to {first_name} already went from this page "
            f"(“{earlier.body[:80]}”). Read the conversation as it is now, then send again if needed.",
            earlier,
        )
    return earlier


def resend(*, message: Message, sender: object) -> Message:
    """Send a failed text again (once, however often asked); `NotSentError` when it cannot go (it did
    not fail, or the customer opted out since). The failed text counts as followed up, and a
    resent reply answers the customer's texts before it, only when the new one is on its way."""
    first_name = message.customer.first_name if message.customer else "the customer"
    try:
        with transaction.atomic():
            again = resend_message(message=message, sent_by=sender)
            if again.status in ON_ITS_WAY:
                mark_text_answered(message)
                if again.cause in PERSON_CAUSES:
                    mark_answered(job=message.job, phone=str(message.phone), up_to=again.created_at)
    except InvalidSMSError as error:
        raise NotSentError(str(error)) from error
    if again.status not in ON_ITS_WAY:
        raise NotSentError(_refusal(again, first_name=first_name), again)
    return again


def on_its_way_in_words(message: Message, *, first_name: str) -> str:
    """'Sent to Dana.' once the provider has it; until then, that it is going out."""
    if message.status in {MessageStatus.SENT, MessageStatus.DELIVERED}:
        return f"Sent to {first_name}."
    return f"Sending to {first_name}: it goes out in a moment (the conversation shows when it is delivered)."


def notice_outcome(message: Message | None, *, first_name: str) -> tuple[bool, str]:
    """For a text the system sent on a person's action (a moved visit's update): whether it is
    on its way, and the words for the person."""
    if message is None:
        return False, f"{first_name} was not texted (that update is switched off or could not be written)."
    message.refresh_from_db()
    if message.status not in ON_ITS_WAY:
        return False, _refusal(message, first_name=first_name)
    if message.send_after and message.send_after > timezone.now():
        zone = message.job.zone if message.job else timezone.get_current_timezone()
        return (
            True,
            f"{first_name} will be texted at {timefmt.clock(message.send_after, zone)}.",
        )
    return True, f"{first_name} is told by text."


def mark_text_answered(message: Message) -> None:
    """One text counts as answered: the bot's own answer to it (a safety text, a consent keyword's
    reply, a rating's thanks) or the follow-up of a failed text, resent. The first answer's time
    stays: a text answered twice was answered when it was first answered."""
    connection = connections[router.db_for_write(Message)]
    handled_at = _HANDLED_AT.get_db_prep_save(timezone.now(), connection)
    with connection.cursor() as cursor:
        cursor.execute(_mark_answered_sql(connection.alias), [handled_at, message.pk])


_HANDLED_AT = Message._meta.get_field("handled_at")


@functools.cache
def _mark_answered_sql(alias: str) -> str:
    """The write of `mark_text_answered`, written once per database from the model's names (a
    queryset's update, built and compiled for every consent keyword, cost far more than the write)."""
    quote = connections[alias].ops.quote_name
    handled_at, pk = quote(_HANDLED_AT.column), quote(Message._meta.pk.column)
    # Only the model's own names are written into the SQL; the time and the id are parameters.
    return f"UPDATE {quote(Message._meta.db_table)} SET {handled_at} = %s WHERE {pk} = %s AND {handled_at} IS NULL"  # noqa: S608


@functools.cache
def _answered_sql(alias: str) -> str:
    """The read of `text_answered`, written once per database from the model's names."""
    quote = connections[alias].ops.quote_name
    handled_at, pk = (quote(Message._meta.get_field(name).column) for name in ("handled_at", "id"))
    # Only the model's own names are written into the SQL; the id is a parameter.
    return f"SELECT 1 FROM {quote(Message._meta.db_table)} WHERE {pk} = %s AND {handled_at} IS NOT NULL"  # noqa: S608


def text_answered(message_id: int) -> bool:
    """Whether the text counts as answered now (its `handled_at` as stored, which this process's
    copy may not show). A refresh_from_db through the ORM cost more than the rest of the note."""
    connection = connections[router.db_for_read(Message)]
    with connection.cursor() as cursor:
        cursor.execute(_answered_sql(connection.alias), [message_id])
        return cursor.fetchone() is not None


def mark_answered(*, job: Job | None, phone: str = "", up_to: datetime | None = None) -> None:
    """The customer's texts up to `up_to` count as answered (off the dispatcher's queue and the
    technician's badge), and failed texts of the thread as followed up."""
    messages = (
        Message.objects.filter(job=job) if job else Message.objects.filter(phone=phone, job__isnull=True)
    )
    waiting = messages.filter(handled_at__isnull=True)
    if up_to is not None:
        waiting = waiting.filter(created_at__lte=up_to)
    now = timezone.now()
    waiting.filter(direction=Direction.INBOUND).update(handled_at=now, flagged=False)
    waiting.filter(direction=Direction.OUTBOUND, status__in=NOT_DELIVERED).update(handled_at=now)
