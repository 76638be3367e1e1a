"""django-q2 task functions. Thin and idempotent: django-q2 may run one more than once."""

from __future__ import annotations

import logging

from messaging.inbound import drain as inbound_drain
from messaging.inbound import pipeline as inbound
from messaging.outbox import delivery as outbox

from .models import Message

logger = logging.getLogger(__name__)


def deliver(message_id: int) -> str:
    return outbox.deliver_message(message_id=message_id)


def deliver_batch(message_ids: list[int]) -> dict[str, int]:
    return outbox.deliver_messages(message_ids)


def handle_inbound(message_id: int, keyword: str | None = None) -> str:
    """Understand and act on a stored customer text. A failure keeps the text, flags it for the
    dispatcher and leaves it uninterpreted, so the sweep (or Twilio's retry) can run this again."""
    try:
        return inbound.handle_stored_text(message_id, keyword=keyword)
    except Message.DoesNotExist:
        return "no such inbound message"
    except Exception:
        logger.exception("Handling inbound message %s failed; flagged for the dispatcher", message_id)
        Message.objects.filter(pk=message_id).update(flagged=True)
        return "failed: flagged for the dispatcher"


def drain_inbound(partition: int) -> dict[str, int]:
    """Handle every stored text of one partition that is waiting (the batch drain, with Redis)."""
    return inbound_drain.drain(partition)


def warm_up_worker(sender: object, proc_name: str, **kwargs: object) -> None:
    """django-q2's `post_spawn`: a worker, just started, readies the interpreter before it takes a
    task (about a second: the learned model, dateparser's locales, the cue sets), so the texts
    that arrive meanwhile wait in the queue for a ready worker, not behind its start-up."""
    from messaging.interpret import warm_up

    warm_up()
    logger.info("Worker %s: interpreter ready", proc_name)


def sweep() -> int:
    """Re-queue what was lost: outbound texts due or stuck, and inbound texts never handled."""
    return outbox.sweep_outbox() + inbound.requeue_unhandled()
