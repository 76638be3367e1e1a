"""Twilio: the SMS backend production uses (`backend`), its error codes (`errors`) and its webhooks'
fields (`webhook`). Deployments whose SMS_BACKEND names this package's SMSBackend (the path before
the backend moved to backend.py) keep working: it is found here on first use, so the neutral SMS
layer can read `errors` without loading the Twilio client."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "SMSBackend":
        from .backend import SMSBackend

        return SMSBackend
    raise AttributeError(name)


__all__ = ["SMSBackend"]
