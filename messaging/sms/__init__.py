"""SMS backends, in the shape of `django.core.mail.backends`: one class per module, chosen by
`settings.SMS_BACKEND` (a dotted path) each time a message goes out."""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string

from .base import BaseSMSBackend


def get_backend(path: str | None = None) -> BaseSMSBackend:
    """An instance of the configured backend (looked up now, so tests can override the setting)."""
    return import_string(path or settings.SMS_BACKEND)()
