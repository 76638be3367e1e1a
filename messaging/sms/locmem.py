"""Keeps sent texts in `messaging.sms.locmem.sent`, for tests."""

from __future__ import annotations

import uuid
from datetime import datetime

from .base import BaseSMSBackend, SentSMS

sent: list[SentSMS] = []


class SMSBackend(BaseSMSBackend):
    def send(self, *, to: str, body: str, reference: str = "") -> str:
        self.validate(to=to, body=body)
        sid = f"SM{uuid.uuid4().hex}"
        sent.append(SentSMS(to=to, body=body, sid=sid))
        return sid

    def find_sent(self, *, to: str, body: str, since: datetime) -> str | None:
        return next((text.sid for text in reversed(sent) if (text.to, text.body) == (to, body)), None)
