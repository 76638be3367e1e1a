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
