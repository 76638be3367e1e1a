"""The only place a job changes state.

Each function validates first, then changes the row under a lock, writes a `JobEvent`
and sends the matching signal inside the same transaction, so listeners' writes (the
outbox) commit or roll back with the change.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.sql import InsertQuery
from django.utils import timezone

from . import signals
from .models import (
    Customer,
    CustomerState,
    Job,
    JobEvent,
    JobStatus,
    Site,
    Task,
    TaskTemplate,
    Technician,
)

# Which statuses each status may move to.
TRANSITIONS: dict[str, frozenset[str]] = {
    JobStatus.SCHEDULED: frozenset(
        {JobStatus.CONFIRMED, JobStatus.EN_ROUTE, JobStatus.ON_SITE, JobStatus.CANCELLED}
    ),
    JobStatus.CONFIRMED: frozenset({JobStatus.EN_ROUTE, JobStatus.ON_SITE, JobStatus.CANCELLED}),
    JobStatus.EN_ROUTE: frozenset({JobStatus.ON_SITE, JobStatus.CANCELLED}),
    JobStatus.ON_SITE: frozenset({JobStatus.COMPLETED}),
    JobStatus.COMPLETED: frozenset(),
    JobStatus.CANCELLED: frozenset(),
}
RESCHEDULABLE = frozenset({JobStatus.SCHEDULED, JobStatus.CONFIRMED, JobStatus.EN_ROUTE})
# A technician is at most at one job in these statuses.
BUSY = frozenset({JobStatus.EN_ROUTE, JobStatus.ON_SITE})


class JobStateError(Exception):
    """A change that the job's current state does not allow; the message says why."""


def _check_window(window_start: datetime, window_end: datetime) -> None:
    if timezone.is_naive(window_start) or timezone.is_naive(window_end):
        raise ValueError("Window times must be timezone-aware.")
    if window_end <= window_start:
        raise JobStateError("The window must end after it starts.")


def _check_aware(value: datetime | None, name: str) -> None:
    if value is not None and timezone.is_naive(value):
        raise ValueError(f"{name} must be timezone-aware.")


# The jobs already read under a lock in the caller's transaction (see `one_lock_per_job`).
_held: ContextVar[dict[int, Job] | None] = ContextVar("fieldservice_held_jobs", default=None)


@contextmanager
def one_lock_per_job(*locked: Job) -> Iterator[None]:
    """Several changes in the caller's transaction, each job read and locked once.

    The first change to a job inside this block reads it under a row lock; the changes after it
    reuse that row (with what the earlier ones changed) and take no savepoint of their own: the
    caller's transaction is theirs, and an error in one undoes them all. Used where one event
    (a customer's text) makes several changes to its job. `locked` are jobs the caller has
    already read under a row lock (`select_for_update`, with their site, customer and technician)
    in this transaction: the changes use them as they are, without reading them again."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("one_lock_per_job() needs the caller's transaction (transaction.atomic()).")
    token = _held.set({job.pk: job for job in locked})
    try:
        yield
    finally:
        _held.reset(token)


def _atomic() -> transaction.Atomic:
    """The transaction of one change: a savepoint of its own, unless inside `one_lock_per_job`."""
    return transaction.atomic(savepoint=_held.get() is None)


def lock_job(pk: int) -> Job:
    """The job read under a row lock, with its site, customer and technician (what changes and
    their texts use), in the caller's transaction."""
    # of=self: PostgreSQL cannot lock the nullable side of the outer join to technician.
    locked: Job = (
        Job.objects.select_for_update(of=("self",))
        .select_related("site", "customer", "technician")
        .get(pk=pk)
    )
    return locked


def _locked(job: Job) -> Job:
    """Re-read the job under a row lock so two changes cannot interleave (once per
    `one_lock_per_job` block)."""
    held = _held.get()
    if held is not None and job.pk in held:
        return held[job.pk]
    locked = lock_job(job.pk)
    if held is not None:
        held[job.pk] = locked
    return locked


_EVENT_FIELDS = [field for field in JobEvent._meta.local_concrete_fields if not field.primary_key]


@functools.cache
def _event_insert_sql(alias: str) -> str:
    """The ORM's own INSERT ... RETURNING id of one event, compiled once per database: compiled
    for every event (most customer texts record one) it cost several times the insert itself."""
    query = InsertQuery(JobEvent)
    query.insert_values(_EVENT_FIELDS, [JobEvent(kind=JobEvent.Kind.NOTE)])
    compiler = query.get_compiler(alias)
    compiler.returning_fields = [JobEvent._meta.pk]
    [(sql, params)] = compiler.as_sql()
    if len(params) != len(_EVENT_FIELDS) or "RETURNING" not in str(sql):
        raise ImproperlyConfigured("the event insert did not compile to one row, RETURNING its id")
    return str(sql)


@functools.cache
def _job_update_sql(alias: str, fields: tuple[str, ...]) -> str:
    """The UPDATE of `_save_job` for these fields, written once per database from the model's names."""
    quote = connections[alias].ops.quote_name
    column = {field.name: quote(str(field.column)) for field in Job._meta.concrete_fields}
    sets = ", ".join(f"{column[name]} = %s" for name in fields)
    # Only the model's own names are written into the SQL; every value is a parameter.
    return f"UPDATE {quote(Job._meta.db_table)} SET {sets} WHERE {column['id']} = %s"  # noqa: S608


_JOB_FIELDS = {field.name: field for field in Job._meta.concrete_fields}


def _job_values(job: Job, update_fields: list[str], connection: BaseDatabaseWrapper) -> list[object]:
    """The values the UPDATE of `update_fields` writes, as the ORM prepares them (`pre_save`
    stamps `updated_at`)."""
    return [
        _JOB_FIELDS[name].get_db_prep_save(_JOB_FIELDS[name].pre_save(job, False), connection)
        for name in update_fields
    ]


def _save_job(job: Job, update_fields: list[str]) -> None:
    """`job.save(update_fields=...)` through an UPDATE written once per set of fields (each
    field's `pre_save`, so `updated_at` is stamped, and `get_db_prep_save`, as the ORM does; no
    model save signals: none is used). Built by the ORM for every change a customer's text makes
    it cost several times the statement."""
    connection = transaction.get_connection(router.db_for_write(Job))
    with connection.cursor() as cursor:
        cursor.execute(
            _job_update_sql(connection.alias, tuple(update_fields)),
            [*_job_values(job, update_fields, connection), job.pk],
        )
        if cursor.rowcount != 1:
            raise DatabaseError("Save with update_fields did not affect any rows.")


def _record(job: Job, kind: str, actor: str, **detail: object) -> JobEvent:
    """Append the event; the row as `JobEvent.objects.create` writes it (each field's `pre_save`
    and `get_db_prep_save`), through the insert compiled once (model save signals: none are used)."""
    event = JobEvent(job=job, kind=kind, actor=actor or "system", detail=_jsonable(detail))
    connection = transaction.get_connection(router.db_for_write(JobEvent))
    if not connection.features.can_return_columns_from_insert:
        event.save(force_insert=True)
        return event
    with connection.cursor() as cursor:
        cursor.execute(_event_insert_sql(connection.alias), _event_values(event, connection))
        event.pk = cursor.fetchone()[0]
    event._state.adding, event._state.db = False, connection.alias
    return event


def _event_values(event: JobEvent, connection: BaseDatabaseWrapper) -> list[object]:
    """The values of the event's INSERT, as `JobEvent.objects.create` prepares them."""
    return [field.get_db_prep_save(field.pre_save(event, True), connection) for field in _EVENT_FIELDS]


_EVENT_JOB = next(index for index, field in enumerate(_EVENT_FIELDS) if field.name == "job")


@functools.cache
def _save_and_record_sql(alias: str, fields: tuple[str, ...]) -> str:
    """`_save_job`'s UPDATE and `_record`'s INSERT as one statement (a data-modifying CTE): the
    event's job is the updated row's id, so a job the UPDATE did not find leaves the event without
    one, and the NOT NULL refuses it."""
    quote = connections[alias].ops.quote_name
    columns = ", ".join(quote(str(field.column)) for field in _EVENT_FIELDS)
    values = ", ".join(
        "(SELECT id FROM saved)" if i == _EVENT_JOB else "%s" for i in range(len(_EVENT_FIELDS))
    )
    update = _job_update_sql(alias, fields)
    pk = quote(str(Job._meta.pk.column))
    # Only the models' own names are written into the SQL; every value is a parameter.
    return (
        f"WITH saved AS ({update} RETURNING {pk} AS id)"  # noqa: S608
        f" INSERT INTO {quote(JobEvent._meta.db_table)} ({columns}) VALUES ({values})"
        f" RETURNING {quote(str(JobEvent._meta.pk.column))}"
    )


def _save_and_record(job: Job, update_fields: list[str], kind: str, actor: str, **detail: object) -> JobEvent:
    """`_save_job(job, update_fields)` then `_record(job, kind, actor, **detail)`: on PostgreSQL
    in one statement (the two were 1.5 of a customer's text's 6 statements, each with its own
    round trip and the driver's and the server's work a statement); elsewhere in two."""
    connection = transaction.get_connection(router.db_for_write(Job))
    if connection.vendor != "postgresql" or router.db_for_write(JobEvent) != connection.alias:
        _save_job(job, update_fields)
        return _record(job, kind, actor, **detail)
    saved = _job_values(job, update_fields, connection)
    event = JobEvent(job=job, kind=kind, actor=actor or "system", detail=_jsonable(detail))
    values = _event_values(event, connection)
    del values[_EVENT_JOB]  # the updated row's id, in the statement
    with connection.cursor() as cursor:
        cursor.execute(
            _save_and_record_sql(connection.alias, tuple(update_fields)), [*saved, job.pk, *values]
        )
        event.pk = cursor.fetchone()[0]
    event._state.adding, event._state.db = False, connection.alias
    return event


def _jsonable(detail: Mapping[str, object]) -> dict[str, object]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in detail.items()}


def _move(job: Job, to_status: str) -> None:
    if to_status not in TRANSITIONS[job.status]:
        raise JobStateError(
            f"A job that is {job.get_status_display().lower()} cannot become "
            f"{JobStatus(to_status).label.lower()}."
        )
    job.status = to_status


def job_schedule(
    *,
    customer: Customer,
    site: Site,
    trade: str,
    summary: str,
    window_start: datetime,
    window_end: datetime,
    technician: Technician | None = None,
    tasks: Iterable[Mapping[str, Any]] | None = None,
    actor: str = "system",
) -> Job:
    """Book a job. Its checklist is `tasks` (dicts of Task fields) or the trade's templates."""
    _check_window(window_start, window_end)
    if site.customer_id != customer.pk:
        raise JobStateError("This site belongs to another customer.")
    with transaction.atomic():
        job = Job.objects.create(
            customer=customer,
            site=site,
            technician=technician,
            trade=trade,
            summary=summary,
            window_start=window_start,
            window_end=window_end,
        )
        checklist: Iterable[Mapping[str, Any]] = (
            tasks
            if tasks is not None
            else TaskTemplate.objects.filter(trade=trade).values("name", "minutes", "needs_customer", "order")
        )
        Task.objects.bulk_create([Task(job=job, **task) for task in checklist])
        event = _record(job, JobEvent.Kind.SCHEDULED, actor, window_start=window_start, window_end=window_end)
        signals.job_scheduled.send(sender=Job, job=job, event=event)
    return job


def job_edit(
    *,
    job: Job,
    actor: str,
    window_start: datetime | None = None,
    window_end: datetime | None = None,
    technician: Technician | None = None,
    **details: Any,
) -> Job:
    """Apply a dispatcher's edit: plain details directly, a new window or technician through
    `job_reschedule` / `job_reassign` so the customer hears about it."""
    allowed = {"summary", "trade", "customer", "site"}
    if unknown := set(details) - allowed:
        raise ValueError(f"job_edit cannot change {', '.join(sorted(unknown))}.")
    with _atomic():
        job = _locked(job)
        if details:
            for field, value in details.items():
                setattr(job, field, value)
            job.full_clean(exclude=["technician"])
            _save_job(job, [*details, "updated_at"])
        if window_start or window_end:
            job = job_reschedule(
                job=job,
                window_start=window_start or job.window_start,
                window_end=window_end or job.window_end,
                actor=actor,
            )
        if technician is not None:
            job = job_reassign(job=job, technician=technician, actor=actor)
    return job


def job_confirm(*, job: Job, actor: str = "customer") -> Job:
    with _atomic():
        job = _locked(job)
        if job.status == JobStatus.CONFIRMED:
            return job
        _move(job, JobStatus.CONFIRMED)
        event = _save_and_record(job, ["status", "updated_at"], JobEvent.Kind.CONFIRMED, actor)
        signals.job_confirmed.send(sender=Job, job=job, event=event)
    return job


def job_reschedule(
    *, job: Job, window_start: datetime, window_end: datetime, actor: str, moved_by_business: bool = True
) -> Job:
    """Move the window. `moved_by_business` says whether the customer is owed an apology."""
    _check_window(window_start, window_end)
    with _atomic():
        job = _locked(job)
        if job.status not in RESCHEDULABLE:
            raise JobStateError(f"A job that is {job.get_status_display().lower()} cannot be rescheduled.")
        previous_start, previous_end = job.window_start, job.window_end
        if (previous_start, previous_end) == (window_start, window_end):
            return job
        job.window_start, job.window_end = window_start, window_end
        job.window_version += 1
        job.status = JobStatus.SCHEDULED
        job.technician_eta = None
        job.customer_state, job.customer_expected_at = CustomerState.ON_TIME, None
        job.save()
        event = _record(
            job,
            JobEvent.Kind.WINDOW_CHANGED,
            actor,
            previous_start=previous_start,
            previous_end=previous_end,
            window_start=window_start,
            window_end=window_end,
            moved_by_business=moved_by_business,
        )
        signals.window_changed.send(
            sender=Job,
            job=job,
            event=event,
            moved_by_business=moved_by_business,
            previous_start=previous_start,
            previous_end=previous_end,
        )
    return job


def job_reassign(*, job: Job, technician: Technician, actor: str) -> Job:
    with _atomic():
        job = _locked(job)
        if not job.is_open:
            raise JobStateError("A finished job cannot be reassigned.")
        if not technician.active:
            raise JobStateError(f"{technician.first_name} is not an active technician.")
        previous = job.technician
        if previous == technician:
            return job
        job.technician = technician
        _save_job(job, ["technician", "updated_at"])
        event = _record(
            job,
            JobEvent.Kind.REASSIGNED,
            actor,
            technician=technician.first_name,
            previous=previous.first_name if previous else None,
        )
        signals.job_reassigned.send(sender=Job, job=job, event=event, previous_technician=previous)
    return job


def _check_technician_free(job: Job) -> None:
    """A technician is on the way to, or on site at, one job at a time: refuse a second one,
    saying which job holds them. Their row is locked so two taps cannot both pass."""
    if job.technician_id is None:
        return
    technician = Technician.objects.select_for_update().filter(pk=job.technician_id).first()
    if technician is None:
        return
    busy = (
        Job.objects.filter(technician_id=job.technician_id, status__in=BUSY)
        .exclude(pk=job.pk)
        .select_related("customer")
        .first()
    )
    if busy is None:
        return
    if busy.status == JobStatus.ON_SITE:
        raise JobStateError(
            f"{technician.first_name} is still on site at {busy.customer.name}'s job (#{busy.pk}): "
            "mark it completed first."
        )
    raise JobStateError(
        f"{technician.first_name} is on the way to {busy.customer.name}'s job (#{busy.pk}): "
        "arrive there first, or ask the office to move that visit."
    )


def job_start_route(*, job: Job, eta: datetime, actor: str) -> Job:
    """The technician is on the way and expects to arrive at `eta`; refused while they are on the
    way to, or at, another job."""
    _check_aware(eta, "eta")
    with _atomic():
        job = _locked(job)
        if job.status != JobStatus.EN_ROUTE:
            _check_technician_free(job)
        _move(job, JobStatus.EN_ROUTE)
        job.technician_eta = eta
        event = _save_and_record(
            job, ["status", "technician_eta", "updated_at"], JobEvent.Kind.EN_ROUTE, actor, eta=eta
        )
        signals.job_en_route.send(sender=Job, job=job, event=event)
    return job


def job_update_eta(*, job: Job, eta: datetime, actor: str) -> Job:
    """A fresh ETA while on the way (the old one was stale or the road changed)."""
    _check_aware(eta, "eta")
    with _atomic():
        job = _locked(job)
        if job.status != JobStatus.EN_ROUTE:
            raise JobStateError("Only a job on the way has an ETA to update.")
        previous = job.technician_eta
        if previous == eta:
            return job
        job.technician_eta = eta
        event = _save_and_record(
            job,
            ["technician_eta", "updated_at"],
            JobEvent.Kind.ETA_CHANGED,
            actor,
            eta=eta,
            previous_eta=previous,
        )
        signals.eta_changed.send(sender=Job, job=job, event=event, previous_eta=previous)
    return job


def job_mark_delayed(*, job: Job, expected_at: datetime, actor: str, reason: str = "") -> Job:
    """The business will be late (a previous job ran over); the customer is owed a heads-up."""
    _check_aware(expected_at, "expected_at")
    with _atomic():
        job = _locked(job)
        if job.status not in RESCHEDULABLE:
            raise JobStateError(f"A job that is {job.get_status_display().lower()} cannot be delayed.")
        job.technician_eta = expected_at
        event = _save_and_record(
            job,
            ["technician_eta", "updated_at"],
            JobEvent.Kind.DELAYED,
            actor,
            expected_at=expected_at,
            reason=reason,
        )
        signals.job_delayed.send(sender=Job, job=job, event=event, expected_at=expected_at, reason=reason)
    return job


def job_arrive(*, job: Job, actor: str) -> Job:
    """The technician is at the site; refused while they are on the way to, or at, another job."""
    with _atomic():
        job = _locked(job)
        _move(job, JobStatus.ON_SITE)
        _check_technician_free(job)
        event = _save_and_record(job, ["status", "updated_at"], JobEvent.Kind.ARRIVED, actor)
        signals.job_arrived.send(sender=Job, job=job, event=event)
    return job


def job_complete(*, job: Job, actor: str) -> Job:
    with _atomic():
        job = _locked(job)
        _move(job, JobStatus.COMPLETED)
        job.needs_attention, job.attention_reason = False, ""
        event = _save_and_record(
            job,
            ["status", "needs_attention", "attention_reason", "updated_at"],
            JobEvent.Kind.COMPLETED,
            actor,
        )
        signals.job_completed.send(sender=Job, job=job, event=event)
    return job


def job_cancel(*, job: Job, actor: str, reason: str = "") -> Job:
    with _atomic():
        job = _locked(job)
        _move(job, JobStatus.CANCELLED)
        event = _save_and_record(job, ["status", "updated_at"], JobEvent.Kind.CANCELLED, actor, reason=reason)
        signals.job_cancelled.send(sender=Job, job=job, event=event, reason=reason)
    return job


def job_mark_customer_late(*, job: Job, expected_at: datetime | None, actor: str = "customer") -> Job:
    """The customer says they will be late; `expected_at` is when, if they said."""
    _check_aware(expected_at, "expected_at")
    with _atomic():
        job = _locked(job)
        if not job.is_open:
            raise JobStateError("The job is already finished.")
        job.customer_state, job.customer_expected_at = CustomerState.LATE, expected_at
        event = _save_and_record(
            job,
            ["customer_state", "customer_expected_at", "updated_at"],
            JobEvent.Kind.CUSTOMER_LATE,
            actor,
            expected_at=expected_at,
        )
        signals.customer_running_late.send(sender=Job, job=job, event=event, expected_at=expected_at)
    return job


def job_mark_customer_home(*, job: Job, actor: str = "customer") -> Job:
    with _atomic():
        job = _locked(job)
        if not job.is_open:
            raise JobStateError("The job is already finished.")
        job.customer_state, job.customer_expected_at = CustomerState.HOME, None
        event = _save_and_record(
            job, ["customer_state", "customer_expected_at", "updated_at"], JobEvent.Kind.CUSTOMER_HOME, actor
        )
        signals.customer_home.send(sender=Job, job=job, event=event)
    return job


def job_flag_attention(*, job: Job, reason: str, actor: str = "system", urgent: bool = False) -> Job:
    """Put the job in the dispatcher's queue with a reason in words."""
    if not reason.strip():
        raise ValueError("Say why the job needs attention.")
    with _atomic():
        job = _locked(job)
        job.needs_attention = True
        job.attention_reason = reason[:255]
        job.urgent = job.urgent or urgent
        event = _save_and_record(
            job,
            ["needs_attention", "attention_reason", "urgent", "updated_at"],
            JobEvent.Kind.ATTENTION,
            actor,
            reason=reason,
            urgent=urgent,
        )
        signals.attention_needed.send(sender=Job, job=job, event=event, reason=reason, urgent=urgent)
    return job


def job_record_rating(*, job: Job, score: int, actor: str = "customer") -> Job:
    """Keep the customer's 1-5 rating of a finished visit; a later answer replaces an earlier one."""
    if not 1 <= score <= 5:
        raise ValueError("A rating is a whole number from 1 to 5.")
    with _atomic():
        job = _locked(job)
        job.customer_rating, job.rated_at = score, timezone.now()
        _save_and_record(
            job, ["customer_rating", "rated_at", "updated_at"], JobEvent.Kind.RATED, actor, score=score
        )
    return job


def job_clear_attention(*, job: Job, actor: str) -> Job:
    with _atomic():
        job = _locked(job)
        if not job.needs_attention and not job.urgent:
            return job
        job.needs_attention, job.attention_reason, job.urgent = False, "", False
        _save_and_record(
            job,
            ["needs_attention", "attention_reason", "urgent", "updated_at"],
            JobEvent.Kind.ATTENTION_CLEARED,
            actor,
        )
    return job


def job_add_access_note(*, job: Job, note: str, actor: str = "customer", source: str = "") -> Job:
    """Append what the customer told us about getting in to the site's notes, with its source."""
    note = note.strip()
    if not note:
        raise ValueError("The access note is empty.")
    with _atomic():
        job = _locked(job)
        site = job.site
        if note.lower() not in site.access_notes.lower():
            stamp = timezone.localtime(timezone.now(), site.zone).strftime("%b %-d")
            line = f"{note} ({source or actor}, {stamp})"
            site.access_notes = f"{site.access_notes}\n{line}".strip()
            site.save(update_fields=["access_notes"])
        _record(job, JobEvent.Kind.NOTE, actor, access_note=note, source=source)
    return job


def task_mark_done(*, task: Task, actor: str, done: bool = True) -> Task:
    """Tick (or untick) a checklist line."""
    with transaction.atomic():
        task = Task.objects.select_for_update().select_related("job").get(pk=task.pk)
        if not task.job.is_open and done:
            raise JobStateError("The job is already finished.")
        if bool(task.done_at) == done:
            return task
        task.done_at = timezone.now() if done else None
        task.save(update_fields=["done_at"])
        event = _record(task.job, JobEvent.Kind.TASK_DONE, actor, task=task.name, done=done)
        signals.task_done.send(sender=Job, job=task.job, event=event, task=task)
    return task
