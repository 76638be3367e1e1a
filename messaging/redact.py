"""Phone numbers as logs may show them: enough to tell two apart, not enough to text anyone."""

from __future__ import annotations

import re


def redact_phone(value: object) -> str:
    """'+14155550123' -> '+1…23'; anything too short to be a number shows as '…'."""
    text = str(value or "")
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7:
        return "…"
    return f"{'+' if text.lstrip().startswith('+') else ''}{digits[0]}…{digits[-2:]}"
