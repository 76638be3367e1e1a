"""The technician's mobile view: their day, one job, and the buttons that move it on.

Views parse the request, call one service, and render. A technician sees only their own
jobs: anyone else's is a 404, so job numbers reveal nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, tzinfo
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from fieldservice import services
from fieldservice.models import Job, JobStatus, Task, Technician
from fieldservice.tech.panels import job_panels

ETA_CHOICES = (15, 30, 45)


def technician_required(view):
    """Logged in, and a technician: dispatchers use the admin."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        technician = Technician.objects.filter(user=request.user, active=True).first()
        if technician is None:
            raise PermissionDenied("This page is for technicians.")
        request.technician = technician
        return view(request, *args, **kwargs)

    return wrapper


def own_job(request: HttpRequest, job_id: int) -> Job:
    return get_object_or_404(
        Job.objects.select_related("customer", "site", "technician"), pk=job_id, technician=request.technician
    )


def _day_order(job: Job) -> tuple:
    """Emergencies first, then the day in window order; cancelled visits last, kept so the
    technician sees that the office called them off."""
    return (not (job.urgent and job.is_open), job.status == JobStatus.CANCELLED, job.window_start, job.pk)


def _local_zone(technician: Technician, now: datetime) -> tzinfo:
    """The clock the technician's day runs on: their nearest visit's site's zone (a technician in
    Honolulu lives Honolulu's day, whatever the office's zone), else the business's own zone."""
    nearest = (
        Job.objects.filter(technician=technician, window_end__gte=now - timedelta(hours=12))
        .select_related("site")
        .order_by("window_start")
        .first()
    )
    return nearest.zone if nearest else timezone.get_current_timezone()


@technician_required
def job_list(request: HttpRequest) -> HttpResponse:
    """Today's jobs, emergencies first, plus any still open from earlier and today's cancellations;
    today as the clock of the technician's sites reads it."""
    zone = _local_zone(request.technician, timezone.now())
    today = timezone.localdate(timezone=zone)
    start = datetime.combine(today, time.min, tzinfo=zone)
    jobs = (
        Job.objects.filter(technician=request.technician)
        .filter(
            Q(window_start__lt=start + timedelta(days=1), window_end__gt=start)
            | Q(status__in=[JobStatus.EN_ROUTE, JobStatus.ON_SITE])
        )
        .select_related("customer", "site")
        # The messaging app stores texts against jobs; count the ones nobody answered yet.
        .annotate(
            unanswered=Count(
                "messages", filter=Q(messages__direction="in", messages__handled_at__isnull=True)
            )
        )
    )
    return render(request, "tech/job_list.html", {"jobs": sorted(jobs, key=_day_order), "today": today})


@technician_required
def job_detail(request: HttpRequest, job_id: int) -> HttpResponse:
    job = own_job(request, job_id)
    tasks = job.tasks.all()
    now = timezone.now()
    eta_passed = (
        job.status == JobStatus.EN_ROUTE and job.technician_eta is not None and job.technician_eta < now
    )
    return render(
        request,
        "tech/job_detail.html",
        {
            "job": job,
            "tasks": tasks,
            "eta_choices": ETA_CHOICES,
            "eta_passed": eta_passed,
            "now": now,
            "panels": job_panels(request, job),
        },
    )


def _eta_from(request: HttpRequest, job: Job) -> datetime | None:
    """An ETA from '+N minutes' buttons or a local clock time typed in the site's zone."""
    if minutes := request.POST.get("minutes"):
        if re.fullmatch(r"[0-9]{1,4}", minutes) and 0 < int(minutes) <= 12 * 60:
            return timezone.now() + timedelta(minutes=int(minutes))
        return None
    if clock := request.POST.get("clock"):
        try:
            chosen = time.fromisoformat(clock)
        except ValueError:
            return None
        local_now = timezone.localtime(timezone=job.zone)
        eta = datetime.combine(local_now.date(), chosen, tzinfo=job.zone)
        return eta if eta > local_now - timedelta(minutes=5) else eta + timedelta(days=1)
    return None


@require_POST
@technician_required
def job_status(request: HttpRequest, job_id: int) -> HttpResponse:
    """On my way (with an ETA), new ETA, arrived, completed."""
    job = own_job(request, job_id)
    action, actor = request.POST.get("action"), request.user.get_username()
    try:
        if action in {"en_route", "eta"}:
            eta = _eta_from(request, job)
            if eta is None:
                messages.error(request, "Pick an ETA: +15, +30, +45 minutes or a time.")
            elif action == "en_route":
                services.job_start_route(job=job, eta=eta, actor=actor)
            else:
                services.job_update_eta(job=job, eta=eta, actor=actor)
        elif action == "arrived":
            services.job_arrive(job=job, actor=actor)
        elif action == "completed":
            services.job_complete(job=job, actor=actor)
        else:
            messages.error(request, "Unknown action.")
    except services.JobStateError as error:
        messages.error(request, str(error))
    return redirect("tech:job", job_id=job.pk)


@require_POST
@technician_required
def task_toggle(request: HttpRequest, job_id: int, task_id: int) -> HttpResponse:
    job = own_job(request, job_id)
    task = get_object_or_404(Task, pk=task_id, job=job)
    try:
        task = services.task_mark_done(
            task=task, actor=request.user.get_username(), done=task.done_at is None
        )
    except services.JobStateError as error:
        messages.error(request, str(error))
    if request.htmx:
        return render(request, "tech/_task.html", {"job": job, "task": task})
    return redirect("tech:job", job_id=job.pk)
