from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from fieldservice import services, signals
from fieldservice.models import CustomerState, JobEvent, JobStatus
from tests.factories import SiteFactory, TechnicianFactory, book_job


@pytest.fixture
def received():
    """Every signal sent during a test, as (signal name, kwargs)."""
    seen = []
    names = [name for name in dir(signals) if isinstance(getattr(signals, name), signals.Signal)]

    def make_receiver(name):
        def receiver(sender, **kwargs):
            seen.append((name, kwargs))

        return receiver

    receivers = [(getattr(signals, name), make_receiver(name)) for name in names]
    for signal, receiver in receivers:
        signal.connect(receiver, weak=False)
    yield seen
    for signal, receiver in receivers:
        signal.disconnect(receiver)


def kinds(job):
    return list(job.events.values_list("kind", flat=True))


@pytest.mark.django_db
def test_booking_copies_the_trades_checklist_and_announces_it(technician, received):
    job = book_job(technician=technician, trade="hvac")
    assert job.status == JobStatus.SCHEDULED
    assert job.tasks.count() >= 6
    assert job.tasks.filter(needs_customer=False).exists()
    assert kinds(job) == [JobEvent.Kind.SCHEDULED]
    assert [name for name, _ in received] == ["job_scheduled"]
    assert received[0][1]["job"] == job


@pytest.mark.django_db
def test_booking_with_the_window_ending_before_it_starts_is_refused():
    site = SiteFactory()
    start = timezone.now() + timedelta(days=1)
    with pytest.raises(services.JobStateError, match="end after it starts"):
        services.job_schedule(
            customer=site.customer, site=site, trade="hvac", summary="x", window_start=start, window_end=start
        )


@pytest.mark.django_db
def test_booking_a_site_of_another_customer_is_refused():
    site, other = SiteFactory(), SiteFactory()
    start = timezone.now() + timedelta(days=1)
    with pytest.raises(services.JobStateError, match="another customer"):
        services.job_schedule(
            customer=other.customer,
            site=site,
            trade="hvac",
            summary="x",
            window_start=start,
            window_end=start + timedelta(hours=2),
        )


@pytest.mark.django_db
def test_naive_window_times_are_refused():
    site = SiteFactory()
    start = timezone.now().replace(tzinfo=None)
    with pytest.raises(ValueError, match="aware"):
        services.job_schedule(
            customer=site.customer,
            site=site,
            trade="hvac",
            summary="x",
            window_start=start,
            window_end=start + timedelta(hours=2),
        )


@pytest.mark.django_db
def test_a_job_walks_from_booking_to_completion(job, received):
    eta = timezone.now() + timedelta(minutes=25)
    job = services.job_confirm(job=job, actor="customer")
    job = services.job_start_route(job=job, eta=eta, actor="luis")
    assert job.technician_eta == eta
    job = services.job_arrive(job=job, actor="luis")
    job = services.job_complete(job=job, actor="luis")
    assert job.status == JobStatus.COMPLETED
    assert kinds(job) == ["scheduled", "confirmed", "en_route", "arrived", "completed"]
    assert [name for name, _ in received] == ["job_confirmed", "job_en_route", "job_arrived", "job_completed"]


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], services.job_complete),
        (["arrive"], services.job_confirm),
        (["arrive", "complete"], services.job_cancel),
        (["cancel"], services.job_arrive),
        (["route", "arrive"], services.job_arrive),
    ],
)
@pytest.mark.django_db
def test_illegal_transitions_raise_a_clear_error_and_change_nothing(job, path, illegal):
    steps = {
        "arrive": lambda j: services.job_arrive(job=j, actor="t"),
        "complete": lambda j: services.job_complete(job=j, actor="t"),
        "cancel": lambda j: services.job_cancel(job=j, actor="t"),
        "route": lambda j: services.job_start_route(job=j, eta=timezone.now(), actor="t"),
    }
    for step in path:
        job = steps[step](job)
    before = (job.status, job.events.count())
    kwargs = {"job": job, "actor": "t"}
    if illegal is services.job_start_route:
        kwargs["eta"] = timezone.now()
    with pytest.raises(services.JobStateError, match="cannot"):
        illegal(**kwargs)
    job.refresh_from_db()
    assert (job.status, job.events.count()) == before


@pytest.mark.django_db
def test_confirming_twice_records_one_event(job, received):
    services.job_confirm(job=job)
    services.job_confirm(job=job)
    assert kinds(job).count("confirmed") == 1
    assert [name for name, _ in received] == ["job_confirmed"]


@pytest.mark.django_db
def test_rescheduling_moves_the_window_bumps_its_version_and_resets_progress(job, received):
    services.job_start_route(job=job, eta=timezone.now(), actor="luis")
    new_start = job.window_start + timedelta(days=2)
    job = services.job_reschedule(
        job=job, window_start=new_start, window_end=new_start + timedelta(hours=3), actor="dispatch"
    )
    assert (job.window_start, job.window_version, job.status) == (new_start, 2, JobStatus.SCHEDULED)
    assert job.technician_eta is None
    name, kwargs = received[-1]
    assert name == "window_changed"
    assert kwargs["moved_by_business"] is True
    assert kwargs["previous_start"] == new_start - timedelta(days=2)


@pytest.mark.django_db
def test_rescheduling_to_the_same_window_does_nothing(job, received):
    services.job_reschedule(job=job, window_start=job.window_start, window_end=job.window_end, actor="d")
    assert received == []


@pytest.mark.django_db
def test_a_job_on_site_cannot_be_rescheduled(job):
    services.job_arrive(job=job, actor="luis")
    with pytest.raises(services.JobStateError, match="cannot be rescheduled"):
        services.job_reschedule(
            job=job, window_start=job.window_start, window_end=job.window_end + timedelta(hours=1), actor="d"
        )


@pytest.mark.django_db
def test_reassigning_names_both_technicians_and_refuses_inactive_ones(job, received):
    maya = TechnicianFactory(first_name="Maya")
    job = services.job_reassign(job=job, technician=maya, actor="dispatch")
    assert job.technician == maya
    event = job.events.get(kind="reassigned")
    assert event.detail == {"technician": "Maya", "previous": "Luis"}
    assert received[-1][0] == "job_reassigned"
    retired = TechnicianFactory(first_name="Old", active=False)
    with pytest.raises(services.JobStateError, match="not an active"):
        services.job_reassign(job=job, technician=retired, actor="dispatch")


@pytest.mark.django_db
def test_eta_updates_only_while_on_the_way(job, received):
    with pytest.raises(services.JobStateError, match="on the way"):
        services.job_update_eta(job=job, eta=timezone.now(), actor="luis")
    first = timezone.now() + timedelta(minutes=10)
    services.job_start_route(job=job, eta=first, actor="luis")
    job = services.job_update_eta(job=job, eta=first + timedelta(minutes=15), actor="luis")
    assert job.technician_eta == first + timedelta(minutes=15)
    assert received[-1][0] == "eta_changed"
    assert received[-1][1]["previous_eta"] == first


@pytest.mark.django_db
def test_dispatcher_can_mark_a_job_delayed_with_a_new_expected_time(job, received):
    expected = job.window_end + timedelta(minutes=45)
    job = services.job_mark_delayed(
        job=job, expected_at=expected, actor="dispatch", reason="first job ran over"
    )
    assert job.technician_eta == expected
    assert received[-1][0] == "job_delayed"
    assert received[-1][1]["reason"] == "first job ran over"


@pytest.mark.django_db
def test_customer_late_then_home_updates_the_customer_state(job, received):
    expected = job.window_start + timedelta(minutes=20)
    job = services.job_mark_customer_late(job=job, expected_at=expected)
    assert (job.customer_state, job.customer_expected_at) == (CustomerState.LATE, expected)
    job = services.job_mark_customer_home(job=job)
    assert (job.customer_state, job.customer_expected_at) == (CustomerState.HOME, None)
    assert [name for name, _ in received] == ["customer_running_late", "customer_home"]


@pytest.mark.django_db
def test_customer_state_of_a_finished_job_cannot_change(job):
    services.job_cancel(job=job, actor="dispatch")
    with pytest.raises(services.JobStateError, match="finished"):
        services.job_mark_customer_home(job=job)


@pytest.mark.django_db
def test_attention_flag_keeps_the_reason_and_urgency_until_cleared(job, received):
    job = services.job_flag_attention(job=job, reason="Customer smells gas", urgent=True)
    assert (job.needs_attention, job.attention_reason, job.urgent) == (True, "Customer smells gas", True)
    assert received[-1][0] == "attention_needed"
    job = services.job_clear_attention(job=job, actor="dispatch")
    assert (job.needs_attention, job.attention_reason, job.urgent) == (False, "", False)
    with pytest.raises(ValueError, match="why"):
        services.job_flag_attention(job=job, reason="  ")


@pytest.mark.django_db
def test_access_notes_from_customers_are_appended_once_with_their_source(job):
    services.job_add_access_note(job=job, note="Gate code 4411", source="SMS #7")
    services.job_add_access_note(job=job, note="gate code 4411", source="SMS #8")
    job.site.refresh_from_db()
    assert job.site.access_notes.count("4411") == 1
    assert "SMS #7" in job.site.access_notes


@pytest.mark.django_db
def test_ticking_a_task_records_who_and_when_and_can_be_undone(job, received):
    task = job.tasks.first()
    task = services.task_mark_done(task=task, actor="luis")
    assert task.done_at is not None
    assert received[-1][0] == "task_done"
    task = services.task_mark_done(task=task, actor="luis", done=False)
    assert task.done_at is None


@pytest.mark.django_db
def test_job_edit_routes_window_and_technician_changes_through_their_services(job, received):
    maya = TechnicianFactory(first_name="Maya")
    new_start = job.window_start + timedelta(hours=2)
    job = services.job_edit(
        job=job,
        actor="dispatch",
        summary="AC blowing warm air",
        window_start=new_start,
        window_end=new_start + timedelta(hours=2),
        technician=maya,
    )
    assert job.summary == "AC blowing warm air"
    assert [name for name, _ in received] == ["window_changed", "job_reassigned"]
    with pytest.raises(ValueError, match="status"):
        services.job_edit(job=job, actor="dispatch", status="completed")


# How to bring a fresh job to each status, and the service that moves a job to each status.
REACH = {
    JobStatus.SCHEDULED: [],
    JobStatus.CONFIRMED: [JobStatus.CONFIRMED],
    JobStatus.EN_ROUTE: [JobStatus.EN_ROUTE],
    JobStatus.ON_SITE: [JobStatus.ON_SITE],
    JobStatus.COMPLETED: [JobStatus.ON_SITE, JobStatus.COMPLETED],
    JobStatus.CANCELLED: [JobStatus.CANCELLED],
}


def move_to(job, status):
    actions = {
        JobStatus.CONFIRMED: lambda: services.job_confirm(job=job, actor="t"),
        JobStatus.EN_ROUTE: lambda: services.job_start_route(job=job, eta=timezone.now(), actor="t"),
        JobStatus.ON_SITE: lambda: services.job_arrive(job=job, actor="t"),
        JobStatus.COMPLETED: lambda: services.job_complete(job=job, actor="t"),
        JobStatus.CANCELLED: lambda: services.job_cancel(job=job, actor="t"),
    }
    return actions[status]()


@pytest.mark.parametrize("start", list(REACH))
@pytest.mark.parametrize("target", [s for s in JobStatus if s != JobStatus.SCHEDULED])
@pytest.mark.django_db
def test_every_transition_is_allowed_exactly_when_the_table_says(technician, start, target):
    job = book_job(technician=technician)
    for step in REACH[start]:
        job = move_to(job, step)
    allowed = target in services.TRANSITIONS[start] or (start == target == JobStatus.CONFIRMED)
    if allowed:
        assert move_to(job, target).status == target
    else:
        with pytest.raises(services.JobStateError):
            move_to(job, target)
        job.refresh_from_db()
        assert job.status == start


def test_an_event_written_by_the_compiled_insert_reads_back_as_the_orm_would_write_it(job, received):
    """`_record` writes events through an insert compiled once: the row, its id and the instance
    the signal carries are what `JobEvent.objects.create` would give."""
    expected_at = timezone.now() + timedelta(minutes=20)
    services.job_mark_customer_late(job=job, expected_at=expected_at, actor="customer")
    event = received[-1][1]["event"]
    stored = JobEvent.objects.get(pk=event.pk)
    assert (stored.job_id, stored.kind, stored.actor) == (job.pk, JobEvent.Kind.CUSTOMER_LATE, "customer")
    assert stored.detail == {"expected_at": expected_at.isoformat()}
    assert stored.created_at == event.created_at
    assert not event._state.adding


@pytest.mark.django_db
def test_a_change_and_its_event_are_one_statement_on_postgresql_and_two_elsewhere(django_assert_num_queries):
    """Inside `one_lock_per_job` with the job already locked, a change writes the job and its event:
    on PostgreSQL in one statement (`_save_and_record`), elsewhere in two; the same rows either way."""
    from django.db import connection, transaction

    job = book_job(site=SiteFactory())
    with transaction.atomic():
        locked = services.lock_job(job.pk)
        statements = 1 if connection.vendor == "postgresql" else 2
        with services.one_lock_per_job(locked), django_assert_num_queries(statements):
            services.job_flag_attention(job=locked, reason="Customer complaint", urgent=True)
    job.refresh_from_db()
    assert (job.needs_attention, job.attention_reason, job.urgent) == (True, "Customer complaint", True)
    event = JobEvent.objects.filter(job=job).latest("pk")
    assert (event.kind, event.detail) == (
        JobEvent.Kind.ATTENTION,
        {"reason": "Customer complaint", "urgent": True},
    )


@pytest.mark.django_db
def test_a_change_to_a_job_gone_meanwhile_records_no_event():
    """The job's row deleted under the change: nothing is written, and the change fails."""
    from django.db import DatabaseError, transaction

    job = book_job(site=SiteFactory())
    events = JobEvent.objects.count()
    with pytest.raises(DatabaseError), transaction.atomic():
        locked = services.lock_job(job.pk)
        JobEvent.objects.filter(job=locked).delete()
        type(locked).objects.filter(pk=locked.pk).delete()
        with services.one_lock_per_job(locked):
            services.job_flag_attention(job=locked, reason="Customer complaint")
    assert JobEvent.objects.count() == events
