"""Time-based notifications (messaging.notify.sweeps): reminders, feedback requests, stale ETAs, a
slipping day; walked through days, zones and a DST change with time-machine."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Job, JobEvent
from messaging.models import BusinessSettings, Message, MessageStatus
from messaging.notify import notices as notify
from messaging.notify import sweeps
from messaging.outbox.delivery import deliver_message
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

LA, NY = ZoneInfo("America/Los_Angeles"), ZoneInfo("America/New_York")


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)


def deliver_due() -> None:
    """What the outbox's task and sweep do: deliver every queued text that is due."""
    due = Message.objects.filter(status=MessageStatus.QUEUED, next_attempt_at__lte=timezone.now())
    for message_id in due.values_list("pk", flat=True):
        deliver_message(message_id=message_id)


def sent(job: Job, zone: ZoneInfo) -> list[tuple[str, str, str]]:
    """(local send time, kind, body) of every text about `job` that went out."""
    messages = Message.objects.filter(job=job, status=MessageStatus.SENT).order_by("sent_at", "pk")
    return [
        (f"{timezone.localtime(m.sent_at, zone):%a %b %d %H:%M}", m.notification_kind, m.body)
        for m in messages
    ]


def at(time_machine, moment: datetime) -> None:
    time_machine.move_to(moment, tick=False)
    deliver_due()


@pytest.fixture
def tasks_of(db):
    def make(*minutes: int) -> list[dict]:
        return [
            {"name": f"Step {i}", "minutes": m, "needs_customer": True, "order": i}
            for i, m in enumerate(minutes)
        ]

    return make


@pytest.mark.django_db
def test_a_spanish_customer_in_new_york_is_walked_from_booking_to_review_across_the_dst_change(
    technician, sent_sms, time_machine
):
    business = BusinessSettings.load()
    business.review_link = "https://g.page/r/fieldservice/review"
    business.save()
    site = SiteFactory(timezone="America/New_York", customer=CustomerFactory(name="Rosa Díaz", language="es"))

    # Booked on Friday, during daylight time, for Monday afternoon, after the clocks go back.
    at(time_machine, local(NY, 2026, 10, 30, 10, 0))
    job = book_job(site=site, technician=technician, start=local(NY, 2026, 11, 2, 13), tasks=[])
    at(time_machine, local(NY, 2026, 10, 30, 10, 5))  # a booking settles for five minutes

    # The reminder is due Sunday 17:00 New York time (22:00 UTC after the change, not 21:00).
    at(time_machine, datetime(2026, 11, 1, 21, 30, tzinfo=ZoneInfo("UTC")))
    assert sweeps.sweep_reminders() == 0
    at(time_machine, datetime(2026, 11, 1, 22, 0, tzinfo=ZoneInfo("UTC")))
    assert sweeps.sweep_reminders() == 1
    assert sweeps.sweep_reminders() == 0
    deliver_due()

    at(time_machine, local(NY, 2026, 11, 2, 12, 40))
    services.job_start_route(job=job, eta=local(NY, 2026, 11, 2, 13, 15), actor="luis")
    deliver_due()
    at(time_machine, local(NY, 2026, 11, 2, 13, 12))
    services.job_arrive(job=job, actor="luis")
    at(time_machine, local(NY, 2026, 11, 2, 14, 30))
    services.job_complete(job=job, actor="luis")
    deliver_due()

    # The feedback request follows two hours later, with the review link, whatever the score will be.
    at(time_machine, local(NY, 2026, 11, 2, 16, 29))
    assert sweeps.sweep_review_requests() == 0
    at(time_machine, local(NY, 2026, 11, 2, 16, 31))
    assert sweeps.sweep_review_requests() == 1
    deliver_due()
    at(time_machine, local(NY, 2026, 11, 3, 10, 0))
    assert sweeps.sweep_reminders() == sweeps.sweep_review_requests() == 0
    deliver_due()

    assert sent(job, NY) == [
        (
            "Fri Oct 30 10:05",
            "scheduled",
            "Hola Rosa, agendamos su visita de Field Service Co. para lun 2 nov, 1-3 pm. "
            "Responda C para confirmar o R para cambiar la cita.",
        ),
        (
            "Sun Nov 01 17:00",
            "reminder",
            "Recordatorio de Field Service Co.: le visitamos mañana, lun 2 nov, 1-3 pm. "
            "Responda C para confirmar o R para cambiar la cita.",
        ),
        ("Mon Nov 02 12:40", "en_route", "Luis de Field Service Co. va en camino, llega a la 1:15 pm."),
        (
            "Mon Nov 02 14:30",
            "completed",
            "¡Gracias, Rosa! Su visita de Field Service Co. ha terminado. Si tiene preguntas, responda a este mensaje.",
        ),
        (
            "Mon Nov 02 16:31",
            "review_request",
            "¿Qué tal lo hizo Luis, Rosa? Responda del 1 (mal) al 5 (excelente). "
            "También nos ayuda mucho una reseña: https://g.page/r/fieldservice/review",
        ),
    ]
    assert [sms.to for sms in sent_sms] == [str(site.customer.phone)] * 5


@pytest.mark.django_db
def test_a_reminder_time_saved_inside_quiet_hours_goes_just_before_them_and_the_morning_reminder_comes_when_asked(
    technician, time_machine
):
    business = BusinessSettings.load()
    business.reminder_time, business.morning_reminder = time(21, 30), True
    business.save()  # saved before the admin refused such times
    job = book_job(technician=technician, start=local(LA, 2030, 6, 12, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 20, 59), tick=False)
    assert sweeps.sweep_reminders() == 1
    assert Message.objects.get(job=job, notification_kind="reminder").send_after is None
    time_machine.move_to(local(LA, 2030, 6, 12, 8, 1), tick=False)
    assert sweeps.sweep_reminders() == 1
    morning = Message.objects.get(job=job, notification_kind="morning_reminder")
    assert (
        morning.body
        == "Good morning Dana! Field Service Co. visits you today, Wed Jun 12, 1-3 pm. We'll text when Luis is on the way."
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "asks_again"),
    [
        ("en", "You're confirmed; reply R if you need another time."),
        ("es", "Ya tiene su cita confirmada; responda R si necesita otra hora."),
    ],
)
def test_a_customer_who_confirmed_is_not_asked_to_confirm_again_in_the_reminder(
    technician, time_machine, language, asks_again
):
    site = SiteFactory(customer=CustomerFactory(language=language))
    confirmed = book_job(site=site, technician=technician, start=local(LA, 2030, 6, 12, 13))
    services.job_confirm(job=confirmed)
    time_machine.move_to(local(LA, 2030, 6, 11, 17, 5), tick=False)
    assert sweeps.sweep_reminders() == 1
    body = Message.objects.get(job=confirmed, notification_kind="reminder").body
    assert body.endswith(asks_again)
    assert " C " not in body


@pytest.mark.django_db
def test_no_reminder_for_a_job_booked_a_few_hours_ahead_and_none_about_a_cancelled_one(
    technician, time_machine
):
    time_machine.move_to(local(LA, 2030, 6, 11, 16, 0), tick=False)
    book_job(technician=technician, start=local(LA, 2030, 6, 12, 9))
    cancelled = book_job(technician=technician, start=local(LA, 2030, 6, 12, 13))
    services.job_cancel(job=cancelled, actor="disp")
    time_machine.move_to(local(LA, 2030, 6, 11, 17, 5), tick=False)
    assert sweeps.sweep_reminders() == 0
    assert not Message.objects.filter(notification_kind="reminder").exists()


@pytest.mark.django_db
def test_after_downtime_a_stale_reminder_is_skipped_and_logged_not_sent_late(
    technician, time_machine, caplog
):
    book_job(technician=technician, start=local(LA, 2030, 6, 12, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 22, 0), tick=False)
    assert sweeps.sweep_reminders() == 0
    assert "skipped 1 reminders" in caplog.text


@pytest.mark.django_db
def test_a_feedback_request_for_a_visit_days_ago_is_skipped_after_downtime(technician, time_machine, caplog):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 9))
    time_machine.move_to(local(LA, 2030, 6, 11, 10), tick=False)
    services.job_arrive(job=job, actor="luis")
    services.job_complete(job=job, actor="luis")
    time_machine.move_to(local(LA, 2030, 6, 13, 10), tick=False)
    assert sweeps.sweep_review_requests() == 0
    assert "skipped 1 feedback requests" in caplog.text


@pytest.mark.django_db
def test_a_stale_eta_prompts_the_technician_then_tells_the_customer_once(technician, time_machine):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 13, 0), tick=False)
    services.job_start_route(job=job, eta=local(LA, 2030, 6, 11, 13, 15), actor="luis")

    def attention_events() -> list[str]:
        return [e.detail["reason"] for e in job.events.filter(kind=JobEvent.Kind.ATTENTION)]

    for minute, told in ((14, 0), (16, 0), (20, 0), (26, 1), (27, 0), (40, 0)):
        time_machine.move_to(local(LA, 2030, 6, 11, 13, minute), tick=False)
        assert sweeps.sweep_stale_etas() == told, minute
    assert attention_events() == ["ETA 1:15 pm passed: ask Luis for a new one"]
    (update,) = Message.objects.filter(job=job, notification_kind="eta_stale")
    assert update.body == (
        "Dana, Luis is running behind the 1:15 pm we gave you. "
        "We've asked for a new time and will text it as soon as we have it. Reply R to reschedule."
    )
    assert update.send_after is None
    # The new time was promised, so it is told even when it is close to the old one.
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 13, 22), actor="luis")
    assert Message.objects.filter(job=job, notification_kind="en_route").last().body.endswith("ETA 1:22 pm.")


@pytest.mark.django_db
def test_a_first_job_running_over_tells_exactly_the_customers_whose_window_it_misses_once_it_is_steady(
    technician, time_machine, tasks_of
):
    def job_at(hour: int, hours: int, *minutes: int, tech=technician) -> Job:
        return book_job(
            technician=tech, start=local(LA, 2030, 6, 11, hour), hours=hours, tasks=tasks_of(*minutes)
        )

    time_machine.move_to(local(LA, 2030, 6, 10, 9), tick=False)
    first = job_at(8, 2, 30, 30, 30, 30)  # two hours of work, planned 8-10
    second = job_at(10, 1, 60)
    third = job_at(12, 1, 30)
    fourth = job_at(14, 2, 30)
    others = job_at(10, 1, 60, tech=TechnicianFactory(first_name="Ana"))

    time_machine.move_to(local(LA, 2030, 6, 11, 7, 40), tick=False)
    services.job_start_route(job=first, eta=local(LA, 2030, 6, 11, 8), actor="luis")
    time_machine.move_to(local(LA, 2030, 6, 11, 8), tick=False)
    services.job_arrive(job=first, actor="luis")
    services.task_mark_done(task=first.tasks.first(), actor="luis")
    services.job_start_route(job=others, eta=local(LA, 2030, 6, 11, 10), actor="ana")
    time_machine.move_to(local(LA, 2030, 6, 11, 9, 59), tick=False)
    services.job_arrive(job=others, actor="ana")

    # At 10:00 the plan is used up with steps unticked: the job runs over, ten more minutes at least.
    time_machine.move_to(local(LA, 2030, 6, 11, 10), tick=False)
    forecast = notify.forecast_day(technician=technician, now=timezone.now())
    assert [(job.pk, f"{timezone.localtime(start, LA):%H:%M}") for job, start in forecast] == [
        (second.pk, "10:30"),
        (third.pk, "12:00"),
        (fourth.pk, "14:00"),
    ]
    told = {}
    for minute in range(0, 100, 2):  # the sweep's schedule, while Luis is still at the first job
        time_machine.move_to(local(LA, 2030, 6, 11, 10) + timedelta(minutes=minute), tick=False)
        if sweeps.sweep_day_slips():
            told[f"{timezone.localtime(timezone.now(), LA):%H:%M}"] = sorted(
                Message.objects.filter(notification_kind="running_late").values_list("job_id", flat=True)
            )
    # 10:42 is the first sweep to see the second visit past 11:10; the customer hears once it held
    # for 5 minutes, and again only when the time moved by 30 minutes (11:20, then 11:50).
    assert told == {
        "10:48": [second.pk],
        "11:16": [second.pk, second.pk],
        "11:28": [second.pk, second.pk, third.pk],
    }
    late = Message.objects.filter(notification_kind="running_late").order_by("pk")
    assert [(m.job_id, m.body) for m in late] == [
        (
            second.pk,
            "Sorry Dana, Luis is running late and now expects to reach you around 11:20 am "
            "(your window: Tue Jun 11, 10-11 am). Reply R to reschedule.",
        ),
        (
            second.pk,
            "Sorry Dana, Luis is running late and now expects to reach you around 11:50 am "
            "(your window: Tue Jun 11, 10-11 am). Reply R to reschedule.",
        ),
        (
            third.pk,
            "Sorry Dana, Luis is running late and now expects to reach you around 1:20 pm "
            "(your window: Tue Jun 11, 12-1 pm). Reply R to reschedule.",
        ),
    ]
    assert all(m.send_after is None for m in late)
    assert not Message.objects.filter(
        job__in=[first, fourth, others], notification_kind="running_late"
    ).exists()


@pytest.mark.django_db
def test_time_already_spent_on_site_counts_so_a_technician_on_plan_causes_no_late_text(
    technician, time_machine, tasks_of
):
    """Issue 18: unticked steps counted as starting now sent two late texts to a customer whose
    technician was on plan and arrived inside the window."""
    time_machine.move_to(local(LA, 2030, 6, 10, 9), tick=False)
    first = book_job(technician=technician, start=local(LA, 2030, 6, 11, 11), tasks=tasks_of(60, 60))
    second = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13), tasks=tasks_of(45))
    time_machine.move_to(local(LA, 2030, 6, 11, 11, 35), tick=False)
    services.job_start_route(job=first, eta=local(LA, 2030, 6, 11, 12, 0), actor="luis")
    time_machine.move_to(local(LA, 2030, 6, 11, 12, 0), tick=False)
    services.job_arrive(job=first, actor="luis")
    moment = timezone.now()
    while moment < local(LA, 2030, 6, 11, 14, 25):
        moment += timedelta(minutes=1)
        time_machine.move_to(moment, tick=False)
        local_now = timezone.localtime(moment, LA).strftime("%H:%M")
        if local_now == "14:00":  # he ticks both steps as he leaves, on plan
            for task in first.tasks.all():
                services.task_mark_done(task=task, actor="luis")
            services.job_complete(job=first, actor="luis")
            services.job_start_route(job=second, eta=local(LA, 2030, 6, 11, 14, 25), actor="luis")
        if moment.minute % 2 == 0:
            sweeps.sweep_day_slips()
            sweeps.sweep_stale_etas()
    services.job_arrive(job=second, actor="luis")
    assert not Message.objects.filter(notification_kind__in=["running_late", "eta_stale"]).exists()


@pytest.mark.django_db
def test_a_late_customer_keeping_the_technician_waiting_pushes_the_later_jobs(
    technician, time_machine, tasks_of
):
    time_machine.move_to(local(LA, 2030, 6, 10, 9), tick=False)
    first = book_job(technician=technician, start=local(LA, 2030, 6, 11, 8), tasks=tasks_of(60))
    second = book_job(technician=technician, start=local(LA, 2030, 6, 11, 10), hours=1, tasks=tasks_of(30))
    time_machine.move_to(local(LA, 2030, 6, 11, 8), tick=False)
    services.job_start_route(job=first, eta=local(LA, 2030, 6, 11, 8, 15), actor="luis")
    services.job_mark_customer_late(job=first, expected_at=local(LA, 2030, 6, 11, 9, 55))
    (job, start), *_ = [
        (j, s) for j, s in notify.forecast_day(technician=technician, now=timezone.now()) if j == second
    ]
    assert timezone.localtime(start, LA).strftime("%H:%M") == "11:15"
    assert sweeps.sweep_day_slips() == 0  # late from now on: told once it holds for five minutes
    time_machine.move_to(local(LA, 2030, 6, 11, 8, 4), tick=False)
    assert sweeps.sweep_day_slips() == 0
    time_machine.move_to(local(LA, 2030, 6, 11, 8, 6), tick=False)
    assert sweeps.sweep_day_slips() == 1
    assert "around 11:15 am" in Message.objects.get(job=second, notification_kind="running_late").body


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="racing writers need PostgreSQL")
def test_two_sweeps_racing_on_two_workers_send_each_reminder_once(time_machine):
    technician = TechnicianFactory()
    time_machine.move_to(local(LA, 2030, 6, 10, 9), tick=False)
    jobs = [book_job(technician=technician, start=local(LA, 2030, 6, 11, 9 + i % 8)) for i in range(40)]
    time_machine.move_to(local(LA, 2030, 6, 10, 17, 1), tick=False)
    barrier, counts, errors = threading.Barrier(3), [], []

    def worker():
        try:
            barrier.wait()
            counts.append(sweeps.sweep_reminders(batch_size=7))
        except Exception as error:  # noqa: BLE001 - reported to the test thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(counts) >= len(jobs)
    reminders = Message.objects.filter(notification_kind="reminder")
    assert sorted(reminders.values_list("job_id", flat=True)) == sorted(job.pk for job in jobs)


@pytest.mark.django_db
def test_the_reminder_sweep_finds_what_is_due_with_one_query_per_batch(technician, time_machine):
    time_machine.move_to(local(LA, 2030, 6, 10, 9), tick=False)
    for hour in range(9, 16):
        book_job(technician=technician, start=local(LA, 2030, 6, 11, hour))
    time_machine.move_to(local(LA, 2030, 6, 10, 17, 1), tick=False)
    with CaptureQueriesContext(connection) as queries:
        assert sweeps.sweep_reminders(batch_size=2) == 7
    finds = [q["sql"] for q in queries.captured_queries if 'FROM "fieldservice_job"' in q["sql"]]
    assert len(finds) == 5  # four batches of at most two, and the empty page that ends the sweep
