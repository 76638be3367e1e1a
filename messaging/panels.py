"""What the technician's job page shows of the conversation: the thread, the newest
customer message in words, and a version stamp so live polling sends only changes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Max

from fieldservice.models import Job

from .models import Direction, Message

THREAD_LENGTH = 30  # the page stays small on a slow network; the admin has the full thread


@dataclass(frozen=True)
class JobPanel:
    job: Job
    thread: list[Message]
    newest_inbound: Message | None
    version: str


def panel_version(job: Job) -> str:
    """Changes whenever a message on the job is added or changes status (one query)."""
    stamp = job.messages.aggregate(last=Max("updated_at"), newest=Max("pk"))
    return f"{stamp['newest'] or 0}-{stamp['last'].timestamp() if stamp['last'] else 0}"


def job_panel(job: Job) -> JobPanel:
    recent = list(job.messages.order_by("-created_at", "-pk")[:THREAD_LENGTH])
    recent.reverse()
    newest_inbound = next((m for m in reversed(recent) if m.direction == Direction.INBOUND), None)
    return JobPanel(job=job, thread=recent, newest_inbound=newest_inbound, version=panel_version(job))
