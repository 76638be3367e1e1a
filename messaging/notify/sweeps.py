"""Time-based notifications, run by django-q2 schedules (migration 0003).

Each sweep finds what is due with one indexed query per batch and hands each job to
`notify`, whose dedupe key makes two sweeps racing on several workers send once. The reminder
sweep, the big one (a day's jobs every evening), reads its batch as values and writes it with
`notify_many`: a fixed number of statements per batch, the same dedupe keys. After
downtime a sweep sends what is still timely and skips (and logs) what has gone stale.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from fieldservice import services, timefmt
from fieldservice.models import Job, JobEvent, JobStatus, Technician
from messaging.models import BusinessSettings, LateWatch, Message
from messaging.notify.notices import (
    NOTICE_JOB_FIELDS,
    NOTICE_JOB_VALUES,
    UPCOMING,
    Kind,
    NoticeJob,
    dedupe_key,
    forecast_day,
    knob,
    load_templates,
    local_at,
    notify,
    notify_many,
    quiet_end,
    tell_late,
)
from messaging.notify.texts import ETA_STALE
from messaging.outbox.delivery import batched_delivery

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
RELATED = ("customer", "site", "technician")


def _told(kind: str, job: str = "pk", version: str = "window_version") -> Exists:
    """Whether the outbox already holds `kind` for the row's job and window version (the
    dedupe key, rebuilt in SQL so the unique index answers)."""
    key = Concat(
        Value("job:"),
        Cast(OuterRef(job), CharField()),
        Value(f":{kind}:v"),
        Cast(OuterRef(version), CharField()),
        output_field=CharField(),
    )
    return Exists(Message.objects.filter(dedupe_key=key))


def _batches(
    queryset: QuerySet, order: tuple[str, str], size: int, position: Callable[[Any, str], Any] = getattr
) -> Iterator[list]:
    """Keyset pagination: one query per batch, however many rows the sweep acts on meanwhile.
    `position` reads an ordering column from a row (`getattr` for models, `operator.getitem` for
    values() dicts)."""
    first, second = order
    queryset = queryset.order_by(*order)
    batch = list(queryset[:size])
    while batch:
        yield batch
        last = batch[-1]
        after = position(last, first), position(last, second)
        batch = list(
            queryset.filter(
                Q((f"{first}__gt", after[0])) | Q((first, after[0]), (f"{second}__gt", after[1]))
            )[:size]
        )


def _reminder_due(*, job: NoticeJob, kind: str, business: BusinessSettings) -> datetime | None:
    """When the day-before (or morning-of) reminder of `job` is due; None when it makes no sense."""
    if kind == Kind.REMINDER:
        due = local_at(job.window_start, zone=job.zone, at=business.reminder_time, days=-1)
        if quiet_end(at=due, zone=job.zone, business=business):
            # a time saved before the admin refused ones inside quiet hours: go just before them
            due = local_at(due, zone=job.zone, at=business.quiet_hours_start) - timedelta(minutes=1)
        return due
    due = local_at(job.window_start, zone=job.zone, at=business.quiet_hours_end)
    return due if due <= job.window_start - timedelta(hours=1) else None


def sweep_reminders(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> int:
    """Send the reminders due by now; returns how many it put in the outbox (a reminder a racing
    worker wrote first is that worker's: the outbox keeps one, and each sweep counts its own)."""
    now = now or timezone.now()
    business, templates = BusinessSettings.load(), load_templates()
    kinds = [Kind.REMINDER, *([Kind.MORNING_REMINDER] if business.morning_reminder else [])]
    notice = timedelta(hours=knob("REMINDER_MIN_NOTICE_HOURS"))
    stale_after = timedelta(hours=knob("REMINDER_STALE_HOURS"))
    sent = stale = 0
    for kind in kinds:
        if kind in business.disabled_kinds:
            continue
        # A day-before reminder is due at most ~2 days before the window, in any zone. Read as
        # values: what the text needs of the job, its customer (and their consent), site and technician.
        candidates = (
            Job.objects.filter(
                status__in=UPCOMING, window_start__gt=now, window_start__lte=now + timedelta(days=2)
            )
            .annotate(told=_told(kind))
            .filter(told=False)
            .values(*NOTICE_JOB_FIELDS, **NOTICE_JOB_VALUES)
        )
        for batch in _batches(candidates, ("window_start", "pk"), batch_size, operator.getitem):
            due_now = []
            for row in batch:
                job = NoticeJob(**row)
                due = _reminder_due(job=job, kind=kind, business=business)
                if due is None or due > now or due < job.created_at + notice:
                    continue
                if now - due > stale_after:
                    stale += 1
                else:
                    due_now.append(job)
            if not due_now:
                continue
            # One commit a batch: its rows written by one insert, their deliveries queued together.
            with batched_delivery(), transaction.atomic():
                sent += notify_many(jobs=due_now, kind=kind, business=business, templates=templates)
    if stale:
        logger.info(
            "Reminder sweep: skipped %s reminders due more than %s ago (downtime?).", stale, stale_after
        )
    return sent


def sweep_review_requests(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> int:
    """Ask for a 1-5 rating (and, when configured, a public review: from everyone) some time after
    each visit; returns how many requests were put in the outbox."""
    now = now or timezone.now()
    business, templates = BusinessSettings.load(), load_templates()
    if Kind.REVIEW_REQUEST in business.disabled_kinds:
        return 0
    delay = timedelta(minutes=knob("REVIEW_DELAY_MINUTES"))
    stale_after = timedelta(hours=knob("REVIEW_STALE_HOURS"))
    completions = (
        JobEvent.objects.filter(
            kind=JobEvent.Kind.COMPLETED,
            created_at__gt=now - delay - 2 * stale_after,
            created_at__lte=now - delay,
            job__status=JobStatus.COMPLETED,
        )
        .annotate(told=_told(Kind.REVIEW_REQUEST, job="job_id", version="job__window_version"))
        .filter(told=False)
        .select_related(*(f"job__{name}" for name in RELATED))
    )
    sent = stale = 0
    for batch in _batches(completions, ("created_at", "pk"), batch_size):
        held = _completed_texts_held(batch)
        with batched_delivery(), transaction.atomic():
            for event in batch:
                # After a "completed" text held overnight, the request follows it, not the visit.
                due = max(event.created_at, held.get(event.job_id, event.created_at)) + delay
                if due > now:
                    continue
                if now - due > stale_after:
                    stale += 1
                elif notify(job=event.job, kind=Kind.REVIEW_REQUEST, business=business, templates=templates):
                    sent += 1
    if stale:
        logger.info(
            "Review sweep: skipped %s feedback requests more than %s late (downtime?).", stale, stale_after
        )
    return sent


def _completed_texts_held(events: list[JobEvent]) -> dict[int, datetime]:
    """When each job's "completed" text was held until (quiet hours), by job id."""
    texts = Message.objects.filter(
        job_id__in=[event.job_id for event in events],
        notification_kind=Kind.COMPLETED,
        send_after__isnull=False,
    )
    return dict(texts.values_list("job_id", "send_after"))


def _locked_if_unchanged(job: Job, **expected: object) -> Job | None:
    """The job under a row lock, or None when a racing worker or person changed it meanwhile."""
    locked = Job.objects.select_for_update(of=("self",)).select_related(*RELATED).get(pk=job.pk)
    return locked if all(getattr(locked, field) == value for field, value in expected.items()) else None


def sweep_stale_etas(*, now: datetime | None = None) -> int:
    """A promised ETA passed without an arrival: ask the technician for a new one, then, if none
    comes within a few minutes, tell the customer honestly, once. Returns texts put in the outbox."""
    now = now or timezone.now()
    wait = timedelta(minutes=knob("STALE_ETA_MINUTES"))
    give_up = timedelta(hours=knob("STALE_ETA_GIVE_UP_HOURS"))
    sent = 0
    for job in Job.objects.filter(status=JobStatus.EN_ROUTE, technician_eta__lte=now).select_related(
        *RELATED
    ):
        name = job.technician.first_name if job.technician else "the technician"
        reason = f"ETA {timefmt.clock(job.technician_eta, job.zone)} passed: ask {name} for a new one"
        with transaction.atomic():
            locked = _locked_if_unchanged(job, status=JobStatus.EN_ROUTE, technician_eta=job.technician_eta)
            if locked is None:
                continue
            if not locked.events.filter(kind=JobEvent.Kind.ATTENTION, detail__reason=reason).exists():
                services.job_flag_attention(job=locked, reason=reason, actor="system")
            overdue = now - locked.technician_eta
            key = dedupe_key(job=locked, kind=ETA_STALE, eta=locked.technician_eta)
            if overdue < wait or Message.objects.filter(dedupe_key=key).exists():
                continue
            if overdue > give_up:
                logger.info("Job %s: ETA passed %s ago, too long ago to announce now.", job.pk, overdue)
            elif tell_late(job=locked, kind=ETA_STALE, eta=locked.technician_eta):
                sent += 1
    return sent


def sweep_day_slips(*, now: datetime | None = None) -> int:
    """Warn each customer whose window a technician's slipping day will miss, with the new
    expected time. A warning needs the forecast past the window by a margin and steady for a few
    minutes (one sweep's blip says nothing), and a customer already warned hears again only when
    the expected time moved enough. Returns jobs marked delayed."""
    now = now or timezone.now()
    slip = timedelta(minutes=knob("SLIP_MINUTES"))
    margin = timedelta(minutes=knob("LATE_MARGIN_MINUTES"))
    steady = timedelta(minutes=knob("LATE_STABLE_MINUTES"))
    working_today = Technician.objects.filter(
        jobs__status__in=[*UPCOMING, JobStatus.EN_ROUTE, JobStatus.ON_SITE],
        jobs__window_start__lt=now + timedelta(days=1),
        jobs__window_end__gt=now - timedelta(days=1),
    ).distinct()
    delayed = 0
    for technician in working_today:
        idle = not technician.jobs.filter(status__in=[JobStatus.EN_ROUTE, JobStatus.ON_SITE]).exists()
        forecast = [
            (job, start)
            for job, start in forecast_day(technician=technician, now=now)
            if job.status in UPCOMING
        ]
        on_time = [job.pk for job, start in forecast if _round_up(start) <= job.window_end + margin]
        LateWatch.objects.filter(job_id__in=on_time).delete()
        for job, start in forecast:
            expected = _round_up(start)
            if idle or start > job.window_end:
                _watch_departure(job=job, technician=technician, now=now)
            if job.pk in on_time:
                continue
            watch, _ = LateWatch.objects.update_or_create(
                job=job,
                defaults={"expected_at": expected},
                create_defaults={"late_since": now, "expected_at": expected},
            )
            if now - watch.late_since < steady:
                continue
            if job.technician_eta and abs(expected - job.technician_eta) < slip:
                continue
            with transaction.atomic():
                locked = _locked_if_unchanged(job, status=job.status, technician_eta=job.technician_eta)
                if locked is None:
                    continue
                services.job_mark_delayed(
                    job=locked,
                    expected_at=expected,
                    actor="system",
                    reason=f"{technician.first_name}'s earlier work is running over",
                )
            delayed += 1
    return delayed


def _watch_departure(*, job: Job, technician: Technician, now: datetime) -> None:
    """The day watches itself: when the technician should be setting off for `job` to make its
    window and is idle, or busy elsewhere past the point of making it, the job goes to the dispatcher's queue (once), while there is still time
    to act; the customer hears through the forecast before the window ends."""
    leave_by = job.window_end - timedelta(minutes=knob("TRAVEL_MINUTES") + knob("DEPARTURE_WARNING_MINUTES"))
    if now < leave_by or now >= job.window_end:
        return
    reason = (
        f"{technician.first_name} has not set off for the {timefmt.window(job.window_start, job.window_end, job.zone)}"
        " visit: the window will be missed"
    )
    if not job.events.filter(kind=JobEvent.Kind.ATTENTION, detail__reason=reason).exists():
        services.job_flag_attention(job=job, reason=reason, actor="system")


def _round_up(value: datetime, minutes: int = 5) -> datetime:
    """Promise a time on the 5-minute mark, never earlier than the forecast."""
    step = timedelta(minutes=minutes)
    floor = value - timedelta(
        minutes=value.minute % minutes, seconds=value.second, microseconds=value.microsecond
    )
    return floor if floor == value else floor + step
