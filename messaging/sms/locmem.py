"""Keeps sent texts in `messaging.sms.locmem.sent`, for tests."""

from __future__ import annotations

import uuid

from .base import BaseSMSBackend, SentSMS

sent: list[SentSMS] = []


class SMSBackend(BaseSMSBackend):
    def send(self, *, to: str, body: str, reference: str = "") -> str:
        self.validate(to=to, body=body)
        sid = f"SM{uuid.uuid4().hex}"
        sent.append(SentSMS(to=to, body=body, sid=sid))
        return sid
