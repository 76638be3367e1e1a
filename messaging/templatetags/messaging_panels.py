"""Messaging's panels inside the technician's pages (fieldservice never imports messaging)."""

from __future__ import annotations

from django import template

from fieldservice.models import Job
from messaging.tech.card import job_panel

from ..conversation import opt_out_of

register = template.Library()


@register.inclusion_tag("messaging/_job_messages.html", takes_context=True)
def job_messages_panel(context: template.Context, job: Job) -> dict:
    """The job's conversation; when the customer opted out, a notice says so and no reply can be sent."""
    return {
        "panel": job_panel(job, viewer=getattr(context.get("request"), "user", None)),
        "opt_out": opt_out_of(str(job.customer.phone)),
        "csrf_token": context.get("csrf_token"),
        "request": context.get("request"),
    }
