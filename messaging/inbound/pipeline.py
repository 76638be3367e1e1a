"""What happens to a customer's text once it is stored.

The webhook (`inbox.receive_sms`) stores the text and answers consent keywords, and a stranger's
first text, at once (`answer_at_once`). The worker then runs `handle_stored_text`: it files the
text under its job, interprets and applies it (`understanding`) and sends the bot's replies
through the outbox. Handling a text twice changes nothing twice: the interpretation is claimed
once, and every reply has a dedupe key.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connections, router
from django.db.models import F
from django.utils import timezone

from fieldservice import timefmt
from fieldservice.services import BUSY
from messaging.conversation import mark_text_answered
from messaging.inbound.compiled import CompiledRead, compile_read, compiled_once, padded
from messaging.inbound.replies import reply_text
from messaging.inbound.understand import (
    LastOutbound,
    last_outbound_before,
    last_outbound_of,
    understand_inbound,
)
from messaging.interpret import Interpretation
from messaging.interpret.consent import OPT_IN_AFTER_OPT_OUT, consent_keyword, keyword_form
from messaging.interpret.intent import Intent
from messaging.models import BusinessSettings, Cause, ConsentChange, Direction, Message, MessageStatus
from messaging.notify.notices import quiet_end
from messaging.outbox.consent import consent_change, is_opted_out
from messaging.outbox.delivery import is_phone_number, send_sms
from messaging.redact import redact_phone

logger = logging.getLogger(__name__)

# Texts a person must answer; at night the customer is told when that will be (unless the bot
# already answered, as it does for reschedule and cancel requests).
AFTER_HOURS_NOTE_FOR = frozenset(
    {Intent.QUESTION, Intent.COMPLAINT, Intent.WHERE_IS_TECH, Intent.RESCHEDULE, Intent.CANCEL}
)

# A text whose handling has not finished this long after it arrived lost its task (or its
# worker): the sweep queues it again, a few times at most.
HANDLING_GRACE = timedelta(minutes=2)
HANDLING_GIVE_UP = timedelta(days=1)
HANDLING_MAX_REQUEUES = 3
REQUEUE_BATCH = 500


def consent_keyword_of(message: Message) -> str:
    """ "opt_out", "opt_in", "help" or "" for a stored text."""
    return consent_keyword_in(message.body, phone=str(message.phone))


def consent_keyword_in(body: str, *, phone: str | None, provider_keyword: str = "") -> str:
    """ "opt_out", "opt_in", "help" or "" for a text's body from `phone` (None: not a number);
    `provider_keyword` is the one the provider already answered. Consent is read only for a bare
    YES (which opts back in only after an opt-out), so most texts cost no query here."""
    if provider_keyword:
        return provider_keyword
    after_opt_out = keyword_form(body) in OPT_IN_AFTER_OPT_OUT and bool(phone) and is_opted_out(str(phone))
    return consent_keyword(body, after_opt_out=after_opt_out) or ""


def answer_at_once(message: Message, *, keyword: str, twilio_confirms: bool) -> Message | None:
    """The webhook's own answer, carried by its TwiML: to a consent keyword (carriers expect it
    at once), or to a number we do not know (one polite answer, ever)."""
    if keyword:
        return _answer_consent_keyword(message, keyword=keyword, twilio_confirms=twilio_confirms)
    if message.customer_id is None:
        return _answer_unknown_sender(message)
    return None


# A message id no text has: where each text's id goes in the compiled read.
_MESSAGE = -15015


@compiled_once
def _stored_text_read(alias: str) -> CompiledRead:
    """An inbound text with its customer: the worker's first read for every text, compiled once
    per database (through the ORM for each text it cost about a millisecond of CPU)."""
    texts = Message.objects.filter(pk=_MESSAGE, direction=Direction.INBOUND).select_related("customer")
    return compile_read(texts, alias, _MESSAGE)


def stored_text(message_id: int) -> Message:
    """The inbound text `message_id` with its customer; Message.DoesNotExist when there is none."""
    alias = router.db_for_read(Message)
    found = _stored_text_read(alias).fetch(alias, message_id)
    if not found:
        raise Message.DoesNotExist(f"No inbound message {message_id}.")
    return found[0]


@dataclass(frozen=True)
class BatchRead:
    """What the drain reads for a whole batch of texts at once, not a text at a time: the texts
    with their customers, and the text each one answers. Read before the batch's first text is
    handled: the claim stays the guard against a text handled meanwhile, and the batch's own
    replies are queued only when it ends, so none of them is a text received before a later one."""

    texts: dict[int, Message]
    before: dict[int, LastOutbound | None]

    def text_before(self, message: Message) -> LastOutbound | None:
        return self.before.get(message.pk)


@functools.cache
def _stored_texts_read(alias: str, size: int) -> CompiledRead:
    """`size` inbound texts with their customers, compiled once per database and size: a drain
    that finds a text or two waiting (texts arriving slower than it handles them) pays for the
    ORM's compiling as much as one that finds fifty."""
    sentinels = [_MESSAGE - n for n in range(size)]
    texts = Message.objects.filter(pk__in=sentinels, direction=Direction.INBOUND).select_related("customer")
    return compile_read(texts, alias, *sentinels)


def read_batch(message_ids: list[int]) -> BatchRead:
    """The batch's texts and what each answers, in two reads."""
    if not message_ids:
        return BatchRead(texts={}, before={})
    alias = router.db_for_read(Message)
    ids = padded(message_ids)
    texts = {message.pk: message for message in _stored_texts_read(alias, len(ids)).fetch(alias, *ids)}
    return BatchRead(texts=texts, before=last_outbound_of(list(texts)))


def handle_stored_text(message_id: int, *, keyword: str | None = None, batch: BatchRead | None = None) -> str:
    """The worker's part: file the text under its job, interpret it once, act on it.

    `keyword` is what the webhook decided about consent ("" for none); None reads the decision
    the webhook stored with the text (a drained or re-queued text), and decides afresh only for a
    text stored without one. `batch` is the drain's read of the text's batch. Returns what
    happened, for the task's result."""
    if batch is None:
        message, text_before = stored_text(message_id), last_outbound_before
    elif message_id in batch.texts:
        message, text_before = batch.texts[message_id], batch.text_before
    else:
        raise Message.DoesNotExist(f"No inbound message {message_id}.")
    if message.interpretation is not None:
        return "already handled"
    if keyword is None:
        keyword = (
            message.consent_keyword if message.consent_keyword is not None else consent_keyword_of(message)
        )
    if keyword:
        if message.handled_at is None:  # the webhook could not answer it: answer through the outbox
            _answer_consent_keyword(message, keyword=keyword, twilio_confirms=False, via_twiml=False)
        understand_inbound(
            message, text_before=text_before
        )  # kept with the message; consent intents change no job
        return f"consent keyword ({keyword})"
    interpretation = understand_inbound(message, file_under_job=True, text_before=text_before)
    if interpretation is None:
        return "already handled"
    if interpretation.intent == Intent.OPT_OUT:
        # A clear request in words ("please stop texting me") revokes consent as surely as STOP.
        _answer_consent_keyword(
            message, keyword="opt_out", twilio_confirms=False, in_words=True, via_twiml=False
        )
    elif message.customer_id is not None and _likely_readings(interpretation) & AFTER_HOURS_NOTE_FOR:
        _answer_after_hours(message)
    return interpretation.intent


def _likely_readings(interpretation: Interpretation) -> set[str]:
    """The intent, and when the reading is not sure, its alternatives too: any likely reading
    that a person must answer earns the after-hours note."""
    likely = {interpretation.intent}
    if not interpretation.sure:
        likely.update(interpretation.alternatives)
    return likely


def requeue_unhandled(*, now: datetime | None = None) -> int:
    """Queue again the texts whose handling never finished (a lost task, a worker that died, an
    error since mended), each a few times at most; returns how many. Safe: handling is idempotent."""
    from messaging.inbound.store import queue_handling  # the webhook's module imports this one

    now = now or timezone.now()
    pending = Message.objects.filter(
        direction=Direction.INBOUND,
        interpretation__isnull=True,
        created_at__lt=now - HANDLING_GRACE,
        created_at__gt=now - HANDLING_GIVE_UP,
        attempts__lt=HANDLING_MAX_REQUEUES,
    )
    ids = list(pending.order_by("created_at").values_list("pk", flat=True)[:REQUEUE_BATCH])
    Message.objects.filter(pk__in=ids).update(attempts=F("attempts") + 1)
    for message_id in ids:
        queue_handling(message_id)
    return len(ids)


def _answer_after_hours(message: Message) -> Message | None:
    """In the site's quiet hours, a text nobody answered yet gets one note a night: we read it when
    the office opens, and 911 is there for emergencies. Not while the customer's visit is under way
    (the technician on the way or on site, as on a late evening call): a person is at work on it and
    sees the text on the card, so "our office is closed" would be untrue."""
    if message.job is not None and message.job.status in BUSY:
        return None
    zone = message.job.zone if message.job else timezone.get_current_timezone()
    business = BusinessSettings.load()
    opens = quiet_end(at=message.created_at, zone=zone, business=business)
    if opens is None:
        return None
    dedupe_key = f"after-hours:{message.phone}:{opens:%Y-%m-%d}"
    if _answered_or_noted(message.pk, dedupe_key=dedupe_key):
        return None
    return _reply(
        message,
        via_twiml=False,
        kind="after_hours",
        business=business,
        cause=Cause.AUTO_REPLY,
        dedupe_key=dedupe_key,
        opens=timefmt.clock(opens, zone),
    )


@functools.cache
def _answered_or_noted_sql(alias: str) -> str:
    """The read of `_answered_or_noted`, written once per database from the model's names."""
    quote = connections[alias].ops.quote_name
    table = quote(Message._meta.db_table)
    handled_at, pk, dedupe_key = (
        quote(Message._meta.get_field(name).column) for name in ("handled_at", "id", "dedupe_key")
    )
    # Only the model's own names are written into the SQL; the values are parameters.
    return (
        f"SELECT 1 FROM {table} WHERE {pk} = %s AND {handled_at} IS NOT NULL"  # noqa: S608
        f" UNION ALL SELECT 1 FROM {table} WHERE {dedupe_key} = %s"
    )


def _answered_or_noted(message_id: int, *, dedupe_key: str) -> bool:
    """Whether the text counts as answered now (`text_answered`: by the bot's own reply to it, or
    by a person meanwhile), or the customer already has tonight's note, in one read. A customer
    who texts three times in a night got the note with the first: writing it again only to meet
    its dedupe key (a savepoint, a refused insert, its rollback and a read of the first row) cost
    more than the rest of the text. The dedupe key's unique constraint stays the guard."""
    connection = connections[router.db_for_read(Message)]
    with connection.cursor() as cursor:
        cursor.execute(_answered_or_noted_sql(connection.alias), [message_id, dedupe_key])
        return cursor.fetchone() is not None


def _answer_consent_keyword(
    message: Message, *, keyword: str, twilio_confirms: bool, in_words: bool = False, via_twiml: bool = True
) -> Message | None:
    """STOP/START change consent (with history); HELP is answered, opted out or not (carriers
    require it: the answer says how to opt back in). With Twilio's Advanced Opt-Out on, Twilio has
    already answered, so we only record."""
    business = BusinessSettings.load()
    mark_text_answered(message)
    change = None
    if keyword in {"opt_out", "opt_in"}:
        source = (
            ConsentChange.Source.ADVANCED_OPT_OUT
            if twilio_confirms
            else ConsentChange.Source.WORDS
            if in_words
            else ConsentChange.Source.KEYWORD
        )
        change = consent_change(
            phone=str(message.phone), opted_out=keyword == "opt_out", source=source, message=message
        )
        if change is None:  # already so: a repeated STOP earns no second confirmation
            return None
    if twilio_confirms or settings.TWILIO_ADVANCED_OPT_OUT or business.advanced_opt_out:
        return None
    if keyword == "help" and is_opted_out(str(message.phone)):
        keyword = "help_opted_out"
    return _reply(
        message,
        via_twiml=via_twiml,
        kind=keyword,
        business=business,
        cause=Cause.CONSENT if change or keyword.startswith("help") else Cause.AUTO_REPLY,
        dedupe_key=f"consent:{change.pk}" if change else None,
    )


def _answer_unknown_sender(message: Message) -> Message | None:
    """A number we do not know gets one polite answer, ever; the dispatcher sees the flag.
    A sender that is not a phone number (a short code, a sender name, nothing) cannot be
    answered: that is expected, so it is one warning line, not an error."""
    if not is_phone_number(str(message.phone)):
        logger.warning(
            "Text %s from a sender that is not a phone number (%s): not answered.",
            message.pk,
            redact_phone(message.phone),
        )
        return None
    return _reply(
        message,
        via_twiml=True,
        kind="unknown_sender",
        business=BusinessSettings.load(),
        cause=Cause.AUTO_REPLY,
        dedupe_key=f"unknown-sender:{message.phone}",
    )


def _reply(
    message: Message,
    *,
    via_twiml: bool,
    kind: str,
    business: BusinessSettings,
    cause: str,
    dedupe_key: str | None,
    **values: str,
) -> Message | None:
    customer = message.customer
    body = reply_text(
        kind,
        language=customer.language if customer else "en",
        business=business.name,
        phone=business.reply_phone.as_national if business.reply_phone else "",
        **values,
    )
    reply = send_sms(
        body=body,
        customer=customer,
        phone=str(message.phone),
        job=message.job,
        cause=cause,
        notification_kind=kind,
        dedupe_key=dedupe_key,
        consent_confirmation=cause == Cause.CONSENT,
        via_twiml=via_twiml,
    )
    # A refused reply (opted out) or one already sent earlier (same dedupe key) is not repeated.
    if not via_twiml or reply.status != MessageStatus.SENT or reply.pk < message.pk:
        return None
    return reply
