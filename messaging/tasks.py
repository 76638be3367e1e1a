"""django-q2 task functions. Thin and idempotent: django-q2 may run one more than once."""

from __future__ import annotations

from . import outbox


def deliver(message_id: int) -> str:
    return outbox.deliver_message(message_id=message_id)


def sweep() -> int:
    return outbox.sweep_outbox()
