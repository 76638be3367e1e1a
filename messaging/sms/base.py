"""What every SMS backend promises, and the two ways a send can fail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The provider's error codes are Twilio's (sms/twilio/errors.py); the in-memory backends raise the
# same ones, so tests see what production would.
from messaging.sms.twilio.errors import EMPTY_BODY_CODE, INVALID_NUMBER_CODE, UNSUBSCRIBED_CODE, is_retryable

__all__ = ["UNSUBSCRIBED_CODE", "is_retryable"]  # the outbox reads them here, by meaning

# Our own code for a send whose outcome is unknown: the request may have reached the provider.
AMBIGUOUS_CODE = "ambiguous"


class SMSError(Exception):
    """A send that did not happen. `code` is the provider's error code ("" when there is none)."""

    retryable = False

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = str(code or "")


class RetryableSMSError(SMSError):
    """Try again later: network trouble, rate limiting, the provider's own failure."""

    retryable = True


class AmbiguousSMSError(RetryableSMSError):
    """The request may have reached the provider (a timeout or a reset after it was written):
    before trying again, ask the provider whether it has the text (`find_sent`)."""


class PermanentSMSError(SMSError):
    """Trying again will fail the same way: a bad or unsubscribed number, a rejected body."""


@dataclass(frozen=True)
class SentSMS:
    """What a backend was asked to send, and the id the provider gave it."""

    to: str
    body: str
    sid: str


class BaseSMSBackend:
    """Send one text. Return the provider's message id or raise an `SMSError`.

    `reference` is our id for the text; a provider that reports delivery echoes it back, so a
    report can find its text even before the provider's id is saved."""

    def send(self, *, to: str, body: str, reference: str = "") -> str:
        raise NotImplementedError

    def find_sent(self, *, to: str, body: str, since: datetime) -> str | None:
        """The provider's id for a text with this body sent to `to` since `since`, if it has one.

        Asked before re-sending a text whose last attempt may have reached the provider, so an
        answer lost on the way back never becomes a second text. A backend that cannot tell
        says None (the text is sent again); a failure to ask raises an `SMSError`."""
        return None

    @staticmethod
    def validate(*, to: str, body: str) -> None:
        """The checks every backend makes, so the in-memory ones catch what Twilio would refuse."""
        if not to.startswith("+") or not to[1:].isdigit():
            raise PermanentSMSError(f"{to!r} is not an E.164 number.", code=INVALID_NUMBER_CODE)
        if not body:
            raise PermanentSMSError("The message body is empty.", code=EMPTY_BODY_CODE)
