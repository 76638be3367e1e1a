"""Messaging's panels inside the technician's pages (fieldservice never imports messaging)."""

from __future__ import annotations

from django import template

from fieldservice.models import Job

from ..panels import job_panel

register = template.Library()


@register.inclusion_tag("messaging/_job_panel.html", takes_context=True)
def job_messages_panel(context: template.Context, job: Job) -> dict:
    return {
        "panel": job_panel(job, viewer=getattr(context.get("request"), "user", None)),
        "csrf_token": context.get("csrf_token"),
        "request": context.get("request"),
    }
