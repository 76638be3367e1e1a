"""A person (technician or dispatcher) answering a customer: through the outbox, once."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from fieldservice.models import Job

from .models import Message
from .outbox import send_sms


def reply_to_customer(*, job: Job, body: str, sender: object, cause: str, token: str = "") -> Message:
    """Text the job's customer and mark their waiting messages answered.

    `token` identifies the form that was submitted: a double tap or a resubmitted form sends
    nothing new (the outbox's dedupe key)."""
    with transaction.atomic():
        message = send_sms(
            body=body.strip(),
            customer=job.customer,
            job=job,
            cause=cause,
            sent_by=sender,
            dedupe_key=f"reply:{job.pk}:{token}"[:120] if token else None,
        )
        job.messages.inbound().filter(handled_at__isnull=True, created_at__lte=message.created_at).update(
            handled_at=timezone.now()
        )
    return message
