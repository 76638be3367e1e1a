"""Times in a job's own zone, in words a technician reads at a glance."""

from __future__ import annotations

from datetime import datetime

from django import template

from fieldservice import timefmt
from fieldservice.models import Job

register = template.Library()


@register.simple_tag
def local_window(job: Job) -> str:
    return timefmt.window(job.window_start, job.window_end, job.zone)


@register.simple_tag
def local_clock(job: Job, value: datetime | None) -> str:
    return timefmt.clock(value, job.zone) if value else ""


@register.simple_tag
def customer_state(job: Job) -> str:
    return job.customer_state_in_words


@register.filter
def emergencies_first(jobs) -> list[Job]:
    """Open jobs with an urgent call (an emergency, an angry customer at the edge) first, the rest
    in the order given. The day list reads top down: what cannot wait is on top."""
    return sorted(jobs, key=lambda job: not (job.urgent and job.is_open))


@register.simple_tag
def urgency_badge(job: Job) -> str:
    """'Emergency' or 'Urgent' for an open job that cannot wait, else ''."""
    if not (job.urgent and job.is_open):
        return ""
    return "Emergency" if job.attention_reason.upper().startswith("EMERGENCY") else "Urgent"
