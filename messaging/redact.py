"""Phone numbers as logs may show them: enough to tell two apart, not enough to text anyone."""

from __future__ import annotations

import logging
import re


def redact_phone(value: object) -> str:
    """'+14155550123' -> '+1…23'; anything too short to be a number shows as '…'."""
    text = str(value or "")
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7:
        return "…"
    return f"{'+' if text.lstrip().startswith('+') else ''}{digits[0]}…{digits[-2:]}"


# A phone number as it may appear in a log line: E.164, spaced or dotted, or URL-encoded ("%2B1415...").
_PHONE_IN_TEXT = re.compile(r"(?:%2B|\+)?\d(?:[\s().-]*\d){9,}")


class RedactPhoneNumbers(logging.Filter):
    """Rewrites a record's message with every phone-number-like run redacted, so a library that
    logs request addresses or bodies (the twilio client does, at INFO) cannot leak a customer's
    number. Attached to the console handler and to the twilio client's logger in settings."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _PHONE_IN_TEXT.sub(lambda match: redact_phone(match.group(0).replace("%2B", "+")), message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
