"""The technician's side of the conversation: the live panel and one-tap replies."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from fieldservice.tech.views import own_job, technician_required

from .outbox import InvalidSMSError
from .panels import job_panel, panel_version
from .replies import reply_to_customer


@technician_required
def panel(request: HttpRequest, job_id: int) -> HttpResponse:
    """The job's messaging panel; 204 (htmx leaves the page alone) when nothing changed."""
    job = own_job(request, job_id)
    if request.GET.get("v") == panel_version(job):
        return HttpResponse(status=204)
    return render(request, "messaging/_job_panel.html", {"panel": job_panel(job, viewer=request.user)})


@require_POST
@technician_required
def reply(request: HttpRequest, job_id: int) -> HttpResponse:
    """Send a reply through the outbox; the form's token makes a double tap send once."""
    job = own_job(request, job_id)
    try:
        reply_to_customer(
            job=job,
            body=request.POST.get("text", ""),
            sender=request.user,
            cause="technician",
            token=request.POST.get("token", ""),
        )
    except InvalidSMSError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Sent to {job.customer.first_name}.")
    return redirect("tech:job", job_id=job.pk)
