"""Writes each text to standard output instead of sending it."""

from __future__ import annotations

import sys
import uuid

from .base import BaseSMSBackend


class SMSBackend(BaseSMSBackend):
    def send(self, *, to: str, body: str, reference: str = "") -> str:
        self.validate(to=to, body=body)
        sid = f"SM{uuid.uuid4().hex}"
        sys.stdout.write(f"--- SMS to {to} ({sid})\n{body}\n---\n")
        sys.stdout.flush()
        return sid
