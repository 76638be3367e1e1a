"""Realistic Twilio webhook posts from fixture files, signed the way Twilio signs them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from django.conf import settings
from twilio.request_validator import RequestValidator

FIXTURES = Path(__file__).parent / "fixtures"
AUTH_TOKEN = "0123456789abcdef0123456789abcdef"


def fields(name: str, **overrides: str) -> dict[str, str]:
    """The fixture's form fields with `overrides`; a fresh MessageSid unless one is given."""
    data = json.loads((FIXTURES / f"{name}.json").read_text())
    if "MessageSid" not in overrides and data.get("SmsStatus") == "received":
        sid = f"SM{uuid.uuid4().hex}"
        data.update(MessageSid=sid, SmsSid=sid, SmsMessageSid=sid)
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def signature(path: str, data: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(settings.PUBLIC_BASE_URL + path, data)


def post(client, path: str, data: dict[str, str], *, token: str = AUTH_TOKEN):
    return client.post(path, data, headers={"X-Twilio-Signature": signature(path, data, token)})
