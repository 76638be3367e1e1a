"""Panels another app adds to the technician's job page, below the job's actions.

The domain app knows nothing of how customers are texted: messaging registers its conversation
panel here when it starts (MessagingConfig.ready), so the job page neither imports messaging nor
loads its template tags. A panel is a function of the request and the job returning rendered HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest
from django.utils.safestring import SafeString

from fieldservice.models import Job

JobPanel = Callable[[HttpRequest, Job], SafeString]

_job_panels: list[JobPanel] = []


def register_job_panel(panel: JobPanel) -> None:
    """Show `panel` on every job page, in the order registered. Registering twice is a no-op."""
    if panel not in _job_panels:
        _job_panels.append(panel)


def job_panels(request: HttpRequest, job: Job) -> list[SafeString]:
    """Each registered panel rendered for this job, for the job page's template."""
    return [panel(request, job) for panel in _job_panels]
