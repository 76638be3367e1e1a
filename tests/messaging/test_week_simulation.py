"""A week of a busy business, simulated: the services, the real sweeps on their schedules, the
outbox delivering what is due, and a clock moved a minute at a time (time-machine).

Technicians drive, overrun, forget to update an ETA, or never set off; the office books at
night, cancels and reschedules; English and Spanish customers answer what the texts offer. At
the end the week's texts are checked against what customers were promised and what was true."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Job, JobEvent, JobStatus, Technician
from messaging.inbound.store import receive_sms
from messaging.models import BusinessSettings, Cause, Message, MessageStatus, Promise
from messaging.notify import notices as notify
from messaging.notify import sweeps
from messaging.outbox.delivery import deliver_message
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

LA = ZoneInfo("America/Los_Angeles")
MONDAY = datetime(2030, 6, 10, tzinfo=LA)
START, END = MONDAY - timedelta(hours=8), MONDAY + timedelta(days=5, hours=11)  # Sun 4 pm to Sat 11 am


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """`hour:minute` on the week's day `day` (0 = Monday), in the site's zone."""
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


def tasks(*minutes: int) -> list[dict]:
    return [
        {"name": f"Step {i}", "minutes": m, "needs_customer": True, "order": i} for i, m in enumerate(minutes)
    ]


@dataclass
class Visit:
    """What really happens on one visit (the system learns it only as the technician taps)."""

    job: Job
    travel: int = 20  # real minutes of driving
    announced: int = 20  # what the technician expects and taps
    pace: float = 1.0  # real work time over planned
    never_starts: bool = False  # sets off only 40 minutes after the window ended
    eta_fix_after: int | None = None  # minutes after a passed ETA the technician gives a new one
    ticks_at_end: bool = False  # ticks the whole checklist as he leaves


@dataclass
class Driver:
    """One technician's day, played minute by minute through the services."""

    technician: Technician
    visits: list[Visit] = field(default_factory=list)
    current: Visit | None = None
    state: str = "idle"
    free_at: datetime = START
    arrive_at: datetime | None = None
    tick_at: list[datetime] = field(default_factory=list)

    def step(self, now: datetime) -> None:
        if self.state == "idle":
            self._maybe_set_off(now)
        elif self.state == "driving":
            self._drive(now)
        elif self.state == "working":
            self._work(now)

    def _next(self, now: datetime) -> Visit | None:
        """Today's first visit not yet done, as the technician's phone shows it (re-read from the
        database only when it is time to go, so the loop stays fast)."""
        today = timezone.localtime(now, LA).date()
        for visit in sorted(self.visits, key=lambda v: v.job.window_start):
            job = visit.job
            if job.status in (JobStatus.SCHEDULED, JobStatus.CONFIRMED) and (
                timezone.localtime(job.window_start, LA).date() == today
            ):
                return visit
        return None

    def _maybe_set_off(self, now: datetime) -> None:
        visit = self._next(now)
        if visit is None or now < self._leave(visit):
            return
        visit.job.refresh_from_db()  # the office may have moved or cancelled it
        if self._next(now) is not visit or now < self._leave(visit):
            return
        services.job_start_route(job=visit.job, eta=now + timedelta(minutes=visit.announced), actor="tech")
        self.current, self.state = visit, "driving"
        self.arrive_at = now + timedelta(minutes=visit.travel)

    def _leave(self, visit: Visit) -> datetime:
        if visit.never_starts:
            return visit.job.window_end + timedelta(minutes=40)
        return max(visit.job.window_start - timedelta(minutes=visit.announced), self.free_at)

    def _drive(self, now: datetime) -> None:
        job = self.current.job
        job.refresh_from_db()
        if job.status != JobStatus.EN_ROUTE:  # cancelled or moved while driving
            self.state, self.free_at = "idle", now
            return
        fix = self.current.eta_fix_after
        if fix is not None and now == job.technician_eta + timedelta(minutes=fix) and self.arrive_at > now:
            services.job_update_eta(job=job, eta=self.arrive_at, actor="tech")
        if now >= self.arrive_at:
            services.job_arrive(job=job, actor="tech")
            self.state, elapsed = "working", timedelta(0)
            self.tick_at = []
            for task in job.tasks.all():
                elapsed += timedelta(minutes=task.minutes * self.current.pace)
                self.tick_at.append(now + elapsed)
            if self.current.ticks_at_end:
                self.tick_at = [self.tick_at[-1]] * len(self.tick_at)

    def _work(self, now: datetime) -> None:
        job = self.current.job
        for task, due in zip(job.tasks.all(), self.tick_at, strict=True):
            if task.done_at is None and now >= due:
                services.task_mark_done(task=task, actor="tech")
        if now >= self.tick_at[-1]:
            services.job_complete(job=job, actor="tech")
            self.state, self.free_at, self.current = "idle", now, None


class Week:
    """The business, its customers' answers and the log the checks read."""

    def __init__(self) -> None:
        self.rng = random.Random(18)
        self.drivers: dict[str, Driver] = {}
        self.events: list[tuple[datetime, object]] = []
        self.replies: list[tuple[datetime, Job, str, Message]] = []
        self.seen_late = 0
        self.late_checks: list[str] = []
        self.sid = 0
        self.customers = 0

    def driver(self, name: str) -> Driver:
        if name not in self.drivers:
            self.drivers[name] = Driver(TechnicianFactory(first_name=name, user__username=f"tech-{name}"))
        return self.drivers[name]

    def book(self, name: str, start: datetime, *, hours: int = 2, minutes=(30, 30), **truth) -> Visit:
        self.customers += 1
        spanish = self.customers % 3 == 0
        customer = CustomerFactory(
            name=f"{'Rosa' if spanish else 'Dana'} Customer{self.customers}",
            phone=f"+1415555{self.customers:04d}",
            language="es" if spanish else "en",
        )
        job = book_job(
            site=SiteFactory(customer=customer),
            technician=self.driver(name).technician,
            start=start,
            hours=hours,
            tasks=tasks(*minutes),
        )
        visit = Visit(job=job, **truth)
        self.driver(name).visits.append(visit)
        return visit

    def at(self, moment: datetime, action) -> None:
        self.events.append((moment, action))

    # --- customers answer what the texts offer ------------------------------------------------

    def answer(self, message: Message, now: datetime) -> None:
        """Customers answer some offers with the bare keyword a couple of minutes later."""
        job, kind = message.job, message.notification_kind
        if job is None:
            return
        pick = job.pk % 4
        if kind == "scheduled" and pick == 0:
            self.replies.append((now + timedelta(minutes=2), job, "C", message))
        elif kind == "window_changed" or (kind == "running_late" and pick == 1):
            self.replies.append((now + timedelta(minutes=3), job, "R", message))
        elif kind == "reminder" and job.status == JobStatus.CONFIRMED and job.pk % 8 == 0:
            self.replies.append(
                (now + timedelta(minutes=2), job, "R", message)
            )  # "reply R if you need another time"
        elif kind == "reminder" and pick == 2:
            self.replies.append((now + timedelta(minutes=2), job, "C", message))
        elif kind == "review_request":
            self.replies.append((now + timedelta(minutes=5), job, str(3 + job.pk % 3), message))

    def text_in(self, job: Job, body: str, offer: Message) -> None:
        """The customer answers the offer, unless a newer text came meanwhile (they answer what
        they read last, and that one is answered in turn if it offers something)."""
        latest = Message.objects.outbound().filter(phone=offer.phone).order_by("-pk").first()
        if latest.pk != offer.pk:
            return
        self.sid += 1
        receive_sms(
            fields={"MessageSid": f"SMsim{self.sid:06d}", "From": str(job.customer.phone), "Body": body}
        )

    # --- the clock ------------------------------------------------------------------------------

    def run(self, time_machine) -> None:
        """Minute by minute while anything can happen; five minutes at a time through a quiet
        night (every sweep still runs at each step, so none misses its schedule)."""
        self.events.sort(key=lambda event: event[0])
        now, last_run = START, {}
        while now < END:
            time_machine.move_to(now, tick=False)
            minute = int((now - START).total_seconds() // 60)
            while self.events and self.events[0][0] <= now:
                self.events.pop(0)[1]()
            for driver in self.drivers.values():
                driver.step(now)
            for reply in [r for r in self.replies if r[0] <= now]:
                self.replies.remove(reply)
                self.text_in(*reply[1:])
            for sweep, every in SCHEDULES.items():
                if last_run.get(sweep) != minute // every:
                    last_run[sweep] = minute // every
                    if sweep() and sweep is sweeps.sweep_day_slips:
                        self.check_late_texts(now)
            self.deliver(now)
            now = self.next_minute(now)

    def next_minute(self, now: datetime) -> datetime:
        """The next moment on the step's grid (so sweeps keep their minutes), or sooner when a
        held text falls due."""
        step = int(self.step_after(now).total_seconds() // 60)
        minute = int((now - START).total_seconds() // 60)
        following = START + timedelta(minutes=(minute // step + 1) * step)
        if step > 1:
            held = (
                Message.objects.filter(status=MessageStatus.QUEUED, next_attempt_at__gt=now)
                .order_by("next_attempt_at")
                .values_list("next_attempt_at", flat=True)
                .first()
            )
            if held and held < following:
                following = START + timedelta(minutes=-(-int((held - START).total_seconds()) // 60))
        return following

    def step_after(self, now: datetime) -> timedelta:
        """A minute while someone drives (the stale-ETA sweep's schedule) or something is due,
        two while the technicians work (the forecast's schedule), five through a quiet night."""
        hour = timezone.localtime(now, LA).hour
        states = {driver.state for driver in self.drivers.values()}
        soon = now + timedelta(minutes=2)
        due = (self.events and self.events[0][0] < soon) or any(r[0] < soon for r in self.replies)
        if "driving" in states or due:
            return timedelta(minutes=1)
        if (hour >= 19 or hour < 6) and states == {"idle"}:
            return timedelta(minutes=5)
        return timedelta(minutes=2)

    def deliver(self, now: datetime) -> None:
        due = list(
            Message.objects.filter(status=MessageStatus.QUEUED, next_attempt_at__lte=now).values_list(
                "pk", flat=True
            )
        )
        if not due:
            return
        for message_id in due:
            deliver_message(message_id=message_id)
        for message in Message.objects.filter(
            pk__in=due, status=MessageStatus.SENT, cause=Cause.NOTIFICATION
        ).select_related("job__customer"):
            self.answer(message, now)

    def check_late_texts(self, now: datetime) -> None:
        """Every "running late" the forecast sends is backed by a forecast past the window."""
        for message in Message.objects.filter(pk__gt=self.seen_late, notification_kind="running_late"):
            job = message.job
            event = job.events.filter(kind=JobEvent.Kind.DELAYED).last()
            if event is None or event.actor != "system":
                continue
            forecast = dict(notify.forecast_day(technician=job.technician, now=now))
            start = forecast.get(job)
            if start is None or start <= job.window_end + timedelta(
                minutes=notify.knob("LATE_MARGIN_MINUTES")
            ):
                self.late_checks.append(f"job {job.pk}: late text at {now:%a %H:%M} with forecast {start}")
        self.seen_late = Message.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


# The django-q2 schedules of migration 0003 (minutes between runs).
SCHEDULES = {
    sweeps.sweep_stale_etas: 1,
    sweeps.sweep_day_slips: 2,
    sweeps.sweep_reminders: 5,
    sweeps.sweep_review_requests: 10,
}


def plan_the_week(week: Week) -> dict[str, Visit]:
    """Three technicians, three visits each weekday, and the week's troubles."""
    named: dict[str, Visit] = {}
    for day in range(5):
        for name in ("Maya", "Luis", "Ana"):
            rng = week.rng
            for hour in (8, 11, 14):
                visit = week.book(
                    name,
                    at(day, hour),
                    minutes=(rng.choice((30, 45, 60)), rng.choice((15, 30))),
                    pace=rng.choice((0.9, 1.0, 1.0, 1.3, 1.8)),
                    travel=rng.choice((15, 20, 25)),
                )
                named[f"{name}-{day}-{hour}"] = visit
    # Monday: Maya on plan, ticking her checklist only as she leaves (issue 18's false late texts).
    for hour in (8, 11, 14):
        visit = named[f"Maya-0-{hour}"]
        visit.pace, visit.travel, visit.ticks_at_end = 1.0, 20, True
    # Tuesday: Luis's first visit runs far over; his 11 am trip takes longer than he said, and he
    # gives a new ETA a quarter of an hour after the one he gave passed.
    named["Luis-1-8"].pace = 2.5
    named["Luis-1-11"].travel, named["Luis-1-11"].eta_fix_after = 50, 15
    # Wednesday: Ana never sets off for her 11 am visit.
    named["Ana-2-11"].never_starts = True
    # Thursday: Maya's morning overruns twice.
    named["Maya-3-8"].pace = named["Maya-3-11"].pace = 1.8

    # Two daytime reschedules seven minutes apart (Monday, for Thursday's 2 pm visit).
    moved = named["Luis-3-14"].job
    week.at(
        at(0, 10, 0),
        lambda: services.job_reschedule(
            job=moved, window_start=at(3, 15), window_end=at(3, 17), actor="office"
        ),
    )
    week.at(
        at(0, 10, 7),
        lambda: services.job_reschedule(
            job=moved, window_start=at(3, 14, 30), window_end=at(3, 16, 30), actor="office"
        ),
    )
    # Tuesday night: an emergency booked at 22:00 for 11 pm-1 am, and Nico goes.
    week.at(at(1, 22, 0), lambda: named.update(night=week.book("Nico", at(1, 23), minutes=(45,), travel=25)))
    # Tuesday night: a visit booked at 21:30 for Friday, moved twice before anyone wakes up.
    week.at(at(1, 21, 30), lambda: named.update(owl=week.book("Ana", at(4, 16), hours=2, minutes=(30,))))
    week.at(
        at(1, 23, 30),
        lambda: services.job_reschedule(
            job=named["owl"].job, window_start=at(4, 17), window_end=at(4, 19), actor="office"
        ),
    )
    week.at(
        at(2, 6, 0),
        lambda: services.job_reschedule(
            job=named["owl"].job, window_start=at(4, 18), window_end=at(4, 20), actor="office"
        ),
    )
    # Wednesday 22:30: Thursday's 8-10 am visit with Luis is cancelled; at 23:00 Friday's 8 am moves to the afternoon.
    week.at(at(2, 22, 30), lambda: services.job_cancel(job=named["Luis-3-8"].job, actor="office"))
    week.at(
        at(3, 23, 0),
        lambda: services.job_reschedule(
            job=named["Ana-4-8"].job, window_start=at(4, 16), window_end=at(4, 18), actor="office"
        ),
    )
    return named


@pytest.fixture
def business(db):
    settings = BusinessSettings.load()
    settings.morning_reminder = True
    settings.review_link = "https://g.page/r/fieldservice/review"
    settings.save()
    return settings


@pytest.mark.django_db
def test_a_week_of_a_busy_business_keeps_every_promise_and_says_nothing_false(
    business, time_machine, sent_sms, monkeypatch
):
    monkeypatch.setattr(
        "messaging.outbox.delivery.enqueue_delivery", lambda **kwargs: None
    )  # the loop delivers
    time_machine.move_to(START - timedelta(days=2), tick=False)  # booked the Friday before
    week = Week()
    named = plan_the_week(week)
    week.run(time_machine)

    sent = list(
        Message.objects.filter(status=MessageStatus.SENT)
        .select_related("job", "customer")
        .order_by("sent_at", "pk")
    )
    notifications = [m for m in sent if m.cause == Cause.NOTIFICATION]
    assert len(notifications) > 250  # a busy week, really played
    kinds = {m.notification_kind for m in notifications}
    assert {
        "scheduled",
        "reminder",
        "morning_reminder",
        "window_changed",
        "en_route",
        "running_late",
        "eta_stale",
        "completed",
        "review_request",
        "cancelled",
    } <= kinds
    assert {m.customer.language for m in notifications} == {"en", "es"}

    # Every promise kept: the ledger is clear, and, read from the texts alone, each promised
    # follow-up went out before the technician was at the door.
    assert notify.unkept_promises() == []
    assert not Promise.objects.open().exists()
    promising = re.compile(
        r"We'll text when|Le avisamos cuando|will text it as soon|se la enviamos en cuanto"
    )
    keepers = {"en_route", "running_late", "arrived", "cancelled", "window_changed", "scheduled"}
    for promise in (m for m in notifications if promising.search(m.body)):
        arrived = (
            promise.job.events.filter(kind=JobEvent.Kind.ARRIVED).values_list("created_at", flat=True).first()
        )
        follow_up = [
            m
            for m in notifications
            if m.job_id == promise.job_id and m.sent_at > promise.sent_at and m.notification_kind in keepers
        ]
        assert follow_up, f"promise never kept: {promise.body}"
        assert arrived is None or follow_up[0].sent_at <= arrived, f"kept too late: {promise.body}"

    # No late text while the forecast was inside the window; Maya's Monday, on plan, got none.
    assert week.late_checks == []
    maya_monday = [named[f"Maya-0-{hour}"].job.pk for hour in (8, 11, 14)]
    assert not [
        m.body
        for m in notifications
        if m.job_id in maya_monday and m.notification_kind in {"running_late", "eta_stale"}
    ]

    # No text about a window that has passed.
    for message in notifications:
        if message.notification_kind in notify.ANNOUNCES_WINDOW:
            version = int(message.dedupe_key.split(":v")[1].split(":")[0])
            assert message.sent_at < window_of(message.job, version)[1], message.body

    # No cancellation or change for tomorrow morning delivered after 07:00 of that morning.
    for message in notifications:
        if message.notification_kind in {"cancelled", "window_changed", "scheduled"}:
            old_start = affected_start(message)
            local = timezone.localtime(message.sent_at, LA)
            if (
                old_start
                and timezone.localtime(old_start, LA).date() == local.date()
                and timezone.localtime(old_start, LA).hour < 12
            ):
                assert local.hour < 7 or (local.hour, local.minute) == (7, 0), (message.body, local)
            assert old_start is None or message.sent_at < old_start, message.body
    cancelled = Message.objects.get(job=named["Luis-3-8"].job, notification_kind="cancelled")
    assert f"{timezone.localtime(cancelled.sent_at, LA):%a %H:%M}" == "Thu 07:00"

    # Every offered keyword answered, in both languages, and none waits in the unanswered queue.
    inbound = list(Message.objects.inbound().select_related("customer"))
    assert {m.body for m in inbound} >= {"C", "R", "4", "5"}
    assert {m.customer.language for m in inbound} == {"en", "es"}
    for message in inbound:
        message.refresh_from_db()
        answers = Message.objects.outbound().filter(
            phone=message.phone, pk__gt=message.pk, cause__in=[Cause.AUTO_REPLY, Cause.CONSENT]
        )
        assert answers.exists(), f"{message.body!r} from {message.phone} got no answer"
        assert message.handled_at is not None, (
            f"{message.body!r} waits in the unanswered queue: {message.interpretation} after "
            f"{Message.objects.outbound().filter(phone=message.phone, pk__lt=message.pk).last().body!r}"
        )

    # No more than one text per customer per news within five minutes.
    last: dict[tuple[int, str], datetime] = {}
    crowded = []
    for message in notifications:
        key = (message.customer_id, message.notification_kind)
        if key in last and message.sent_at - last[key] < timedelta(minutes=5):
            crowded.append((message.customer.name, message.notification_kind, f"{message.sent_at:%a %H:%M}"))
        last[key] = message.sent_at
    assert crowded == []

    # The troubles were really there: a technician who never started, a passed ETA, night work.
    ana = named["Ana-2-11"].job
    reasons = [event.detail["reason"] for event in ana.events.filter(kind=JobEvent.Kind.ATTENTION)]
    assert any("has not set off" in reason for reason in reasons), reasons
    late_for_ana = Message.objects.filter(
        job=ana, notification_kind="running_late", status=MessageStatus.SENT
    ).first()
    assert late_for_ana and late_for_ana.sent_at < ana.window_end
    assert Message.objects.filter(
        job=named["Luis-1-11"].job, notification_kind="eta_stale", status=MessageStatus.SENT
    ).exists()
    owl = [m.notification_kind for m in notifications if m.job_id == named["owl"].job.pk]
    assert (
        owl[0] == "scheduled"
        and "Sorry" not in notifications[[m.job_id for m in notifications].index(named["owl"].job.pk)].body
    )
    stats = defaultdict(int)
    for message in notifications:
        stats[message.notification_kind] += 1
    print(dict(stats), len(inbound), "customer replies")


def window_of(job: Job, version: int) -> tuple[datetime, datetime]:
    """The job's window as it stood at `version` (1 is the booking)."""
    changes = list(job.events.filter(kind=JobEvent.Kind.WINDOW_CHANGED).order_by("created_at", "pk"))
    if version == 1:
        first = changes[0].detail if changes else None
        return (
            (datetime.fromisoformat(first["previous_start"]), datetime.fromisoformat(first["previous_end"]))
            if first
            else (job.window_start, job.window_end)
        )
    detail = changes[version - 2].detail
    return datetime.fromisoformat(detail["window_start"]), datetime.fromisoformat(detail["window_end"])


def affected_start(message: Message) -> datetime | None:
    """For a change or cancellation made the evening before: the start of the visit it affects."""
    job = message.job
    if message.notification_kind == "cancelled":
        return job.window_start
    version = int(message.dedupe_key.split(":v")[1].split(":")[0])
    if version == 1:
        return None
    return min(window_of(job, version - 1)[0], window_of(job, version)[0])
