"""Twilio: the SMS backend production uses. `messaging.sms.twilio.SMSBackend` stays importable here,
the path deployments set in SMS_BACKEND before the backend moved to `backend.py`."""

from .backend import SMSBackend

__all__ = ["SMSBackend"]
