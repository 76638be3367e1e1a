"""Twilio's error codes (https://www.twilio.com/docs/api/errors), the only place they are named.

A code in neither set is permanent: retrying an unknown 4xx only repeats it. The outbox reads them
through `messaging.sms.base` (`is_retryable`, `UNSUBSCRIBED_CODE`), never by number.
"""

from __future__ import annotations

RETRYABLE_CODES = frozenset({"20429", "30003", "30008"})
PERMANENT_CODES = frozenset({"21211", "21610", "21614", "21635", "30005", "30006", "30007"})
UNSUBSCRIBED_CODE = "21610"  # the number replied STOP to us (or the carrier blocks us)
INVALID_NUMBER_CODE = "21211"
EMPTY_BODY_CODE = "21602"


def is_retryable(code: str) -> bool:
    return str(code) in RETRYABLE_CODES
