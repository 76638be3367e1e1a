"""Logging filters the settings name."""

from __future__ import annotations

import logging


class DropTaskEnqueued(logging.Filter):
    """django-q2 logs "Enqueued [queue] id" at INFO for every task queued: with the webhook
    queueing each text, a line per text, each formatted and run through the phone redaction.
    The task's outcome is logged by the worker; the enqueue line says nothing more."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno <= logging.INFO and str(record.msg).startswith("Enqueued ["))
