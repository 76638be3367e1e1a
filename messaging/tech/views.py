"""The technician's side of the conversation: the live panel and one-tap replies."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST

from fieldservice.models import Job
from fieldservice.services import JobStateError
from fieldservice.tech.views import own_job, technician_required
from messaging.conversation import (
    STALE_FORM,
    NotSentError,
    cancel_in_own_words,
    on_its_way_in_words,
    text_customer,
)
from messaging.models import Cause
from messaging.tech.card import consent_and_version, job_panel


def messages_panel(request: HttpRequest, job: Job) -> SafeString:
    """The job's conversation on the technician's job page (registered with fieldservice's job
    panels at startup); when the customer opted out, a notice says so and no reply can be sent."""
    panel = job_panel(job, viewer=getattr(request, "user", None))
    context = {"panel": panel, "opt_out": panel.opt_out}
    return render_to_string("messaging/_job_messages.html", context, request=request)


@technician_required
def panel(request: HttpRequest, job_id: int) -> HttpResponse:
    """The job's messaging panel; 204 (htmx leaves the page alone) when nothing changed."""
    job = own_job(request, job_id)
    state = consent_and_version(job)
    if request.GET.get("v") == state[1]:
        return HttpResponse(status=204)
    panel = job_panel(job, viewer=request.user, state=state)
    return render(request, "messaging/_job_panel.html", {"panel": panel})


@require_POST
@technician_required
def reply(request: HttpRequest, job_id: int) -> HttpResponse:
    """Send a reply through the conversation service and say what really happened to it; the
    form's token makes a double tap send once."""
    job = own_job(request, job_id)
    token = request.POST.get("token", "")
    if not token:
        messages.error(request, STALE_FORM)
        return redirect("tech:job", job_id=job.pk)
    body, token = request.POST.get("text", ""), f"tech:{job.pk}:{token}"
    try:
        if request.POST.get("action") == "cancel":  # the reply says the visit is cancelled: make it so
            sent = cancel_in_own_words(job=job, body=body, sender=request.user, token=token)
        else:
            sent = text_customer(body=body, sender=request.user, cause=Cause.TECHNICIAN, token=token, job=job)
    except (NotSentError, JobStateError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, on_its_way_in_words(sent, first_name=job.customer.first_name))
    return redirect("tech:job", job_id=job.pk)
