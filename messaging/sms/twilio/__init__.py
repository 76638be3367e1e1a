"""Twilio: the SMS backend production uses. Deployments whose SMS_BACKEND names this package's
SMSBackend (the path before the backend moved to backend.py) keep working: it is imported here."""

from .backend import SMSBackend

__all__ = ["SMSBackend"]
