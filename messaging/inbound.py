"""What happens to a customer's text once it is stored: the one hand-off from the webhook.

`handle_inbound_message` is the seam: consent keywords first, then the text is interpreted and
applied to its job (`understanding`), and unknown senders get one polite answer.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils import timezone

from fieldservice import timefmt

from .consent import consent_change, is_opted_out
from .interpret.consent import consent_keyword
from .models import BusinessSettings, Cause, ConsentChange, Message, MessageStatus
from .notify import quiet_end
from .outbox import is_phone_number, send_sms
from .redact import redact_phone
from .understanding import understand_inbound
from .wording import reply_text

logger = logging.getLogger(__name__)

# Texts a person must answer; at night the customer is told when that will be (unless the bot
# already answered, as it does for reschedule and cancel requests).
AFTER_HOURS_NOTE_FOR = frozenset({"question", "complaint", "where_is_tech", "reschedule", "cancel"})

# Twilio's OptOutType (sent only when its Advanced Opt-Out is on) in our keyword names.
OPT_OUT_TYPES = {"STOP": "opt_out", "START": "opt_in", "HELP": "help"}


def handle_inbound_message(message: Message, *, opt_out_type: str = "") -> Message | None:
    """Act on a stored inbound text; return the reply the webhook's TwiML should carry, if one is due."""
    keyword = OPT_OUT_TYPES.get(opt_out_type.upper()) or consent_keyword(
        message.body, after_opt_out=is_opted_out(str(message.phone))
    )
    if keyword:
        reply = _answer_consent_keyword(message, keyword=keyword, twilio_confirms=bool(opt_out_type))
        try:
            understand_inbound(message)  # kept with the message; consent intents change no job
        except Exception:
            logger.exception("Interpreting consent keyword message %s failed", message.pk)
        return reply
    interpretation = understand_inbound(message)
    if interpretation is not None and interpretation.intent == "opt_out":
        # A clear request in words ("please stop texting me") revokes consent as surely as STOP.
        return _answer_consent_keyword(message, keyword="opt_out", twilio_confirms=False, in_words=True)
    if message.customer_id is None and message.flagged:
        return _answer_unknown_sender(message)
    # Unsure, any likely reading that a person must answer earns the note.
    likely = {interpretation.intent} if interpretation is not None else set()
    if interpretation is not None and not interpretation.sure:
        likely.update(interpretation.alternatives)
    if likely & AFTER_HOURS_NOTE_FOR:
        return _answer_after_hours(message)
    return None


def _answer_after_hours(message: Message) -> Message | None:
    """In the site's quiet hours, a text nobody answered yet gets one note a night: we read it when
    the office opens, and 911 is there for emergencies."""
    zone = message.job.zone if message.job else timezone.get_current_timezone()
    business = BusinessSettings.load()
    opens = quiet_end(at=message.created_at, zone=zone, business=business)
    if opens is None:
        return None
    message.refresh_from_db(fields=["handled_at"])
    if message.handled_at is not None:
        return None
    return _reply(
        message,
        kind="after_hours",
        business=business,
        cause=Cause.AUTO_REPLY,
        dedupe_key=f"after-hours:{message.phone}:{opens:%Y-%m-%d}",
        opens=timefmt.clock(opens, zone),
    )


def _answer_consent_keyword(
    message: Message, *, keyword: str, twilio_confirms: bool, in_words: bool = False
) -> Message | None:
    """STOP/START change consent (with history); HELP is answered, opted out or not (carriers
    require it: the answer says how to opt back in). With Twilio's Advanced Opt-Out on, Twilio has
    already answered, so we only record."""
    business = BusinessSettings.load()
    Message.objects.filter(pk=message.pk).update(handled_at=timezone.now())
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
        kind="unknown_sender",
        business=BusinessSettings.load(),
        cause=Cause.AUTO_REPLY,
        dedupe_key=f"unknown-sender:{message.phone}",
    )


def _reply(
    message: Message,
    *,
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
        via_twiml=True,
    )
    # A refused reply (opted out) or one already sent earlier (same dedupe key) is not repeated.
    if reply.status != MessageStatus.SENT or reply.pk < message.pk:
        return None
    return reply
