"""The technician's side of the conversation: the live panel on the job page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from fieldservice.tech.views import own_job, technician_required

from .panels import job_panel, panel_version


@technician_required
def panel(request: HttpRequest, job_id: int) -> HttpResponse:
    """The job's messaging panel; 204 (htmx leaves the page alone) when nothing changed."""
    job = own_job(request, job_id)
    if request.GET.get("v") == panel_version(job):
        return HttpResponse(status=204)
    return render(request, "messaging/_job_panel.html", {"panel": job_panel(job)})
