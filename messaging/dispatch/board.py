"""The dispatcher's timeline of the day: every technician's visits drawn across the working hours,
with where the day is heading (forecast arrivals and finishes, late customers, windows about to be
missed), who is affected when a day slips, and moving a visit from the board.

`day_board` reads everything in a constant number of queries whatever the number of technicians
and jobs (the page is polled every few seconds by every dispatcher), and plans each technician's
day with the same `notify.plan_day` the day-slip sweep uses, so the board shows what the customers
will be told. Changes go through `fieldservice.services`; the texts through `notify`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from fieldservice import services, timefmt
from fieldservice.models import CustomerState, Job, JobEvent, JobStatus, Task, Technician
from messaging.dispatch.desk import _clock, _tell_or_keep
from messaging.models import BusinessSettings
from messaging.notify.notices import (
    UPCOMING,
    Kind,
    forecast_day,
    knob,
    load_templates,
    notify,
    plan_day,
    render,
)
from messaging.notify.sweeps import _round_up

# The working day drawn when no visit or the clock asks for more: 7 am to 7 pm, business time.
DAY_OPENS, DAY_CLOSES = time(7), time(19)
# Moving a visit offers starts on the half hour between these.
MOVE_STEP = timedelta(minutes=30)
FINISHED = frozenset({JobStatus.COMPLETED, JobStatus.CANCELLED})
# What the board never shows of a job's customer, site and technician: not read.
UNSHOWN = ("customer__phone", "customer__notes", "site__access_notes")


@dataclass(frozen=True)
class Block:
    """One visit on a technician's line: its window as a span, and where the day puts it."""

    job: Job
    left: float  # the window, in percent of the drawn day
    width: float
    row: int  # overlapping windows of one technician stack in rows
    window: str
    status: str  # the JobStatus value, for the colour
    status_label: str
    arrival: datetime | None  # forecast (or actual, on site) arrival
    arrival_at: float | None
    finish: datetime | None  # expected finish
    finish_at: float | None
    customer_expected: datetime | None  # a late customer's own time
    customer_at: float | None
    at_risk: bool  # the forecast arrival misses the window
    overrunning: bool  # on site longer than the checklist planned
    emergency: bool
    words: str  # the block in a sentence, for the link and for screen readers

    # Drawn as text once here: numbers in a template go through localisation, a hundred blocks'
    # worth of them doubled the page's time.
    @property
    def ref(self) -> str:
        return str(self.job.pk)

    @property
    def style(self) -> str:
        return f"left: {self.left:.2f}%; width: {self.width:.2f}%; --row: {self.row}"

    @property
    def forecast_width(self) -> float | None:
        if self.arrival_at is None or self.finish_at is None:
            return None
        return round(max(self.finish_at - self.arrival_at, 0.4), 2)

    @property
    def forecast_style(self) -> str:
        width = self.forecast_width
        return (
            "" if width is None else f"left: {self.arrival_at:.2f}%; width: {width:.2f}%; --row: {self.row}"
        )

    @property
    def forecast_title(self) -> str:
        if self.arrival is None or self.finish is None:
            return ""
        return f"expected {_clock(self.arrival, self.job.zone)} to {_clock(self.finish, self.job.zone)}"

    @property
    def customer_style(self) -> str:
        return "" if self.customer_at is None else f"left: {self.customer_at:.2f}%; --row: {self.row}"

    @property
    def customer_title(self) -> str:
        expected = self.customer_expected
        return f"customer expected {_clock(expected, self.job.zone)}" if expected else ""


@dataclass(frozen=True)
class Affected:
    """A later customer of a technician running over: the time they would be told, and the text."""

    job: Job
    window: str
    expected: datetime
    expected_label: str
    text: str


@dataclass
class Lane:
    technician: Technician | None
    blocks: list[Block] = field(default_factory=list)
    rows: int = 1
    hours: int = 12  # of the drawn day, for the hour lines

    @property
    def ref(self) -> str:
        return str(self.technician.pk) if self.technician else "none"

    @property
    def style(self) -> str:
        return f"--rows: {self.rows}; --hours: {self.hours}"

    @property
    def running_over(self) -> bool:
        return any(block.overrunning or block.at_risk for block in self.blocks)

    @property
    def name(self) -> str:
        return self.technician.first_name if self.technician else "Unassigned"


@dataclass(frozen=True)
class Tick:
    left: float
    label: str

    @property
    def style(self) -> str:
        return f"left: {self.left:.2f}%"


@dataclass(frozen=True)
class Board:
    day: date
    start: datetime
    end: datetime
    now: datetime
    now_at: float | None  # None when now is outside the drawn day
    now_label: str
    ticks: list[Tick]
    lanes: list[Lane]
    affected: list[Affected]
    technicians: list[Technician]

    @property
    def hours(self) -> int:
        return round((self.end - self.start).total_seconds() / 3600)

    @property
    def now_style(self) -> str:
        return "" if self.now_at is None else f"left: {self.now_at:.2f}%"

    @property
    def at_risk_count(self) -> str:
        return str(len(self.at_risk))

    @property
    def at_risk(self) -> list[Block]:
        return [block for lane in self.lanes for block in lane.blocks if block.at_risk]

    def block(self, job_id: int) -> Block | None:
        return next((b for lane in self.lanes for b in lane.blocks if b.job.pk == job_id), None)


def _day_bounds(now: datetime) -> tuple[date, datetime, datetime]:
    zone = timezone.get_current_timezone()
    day = timezone.localdate(now, zone)
    start = datetime.combine(day, time.min, tzinfo=zone)
    return day, start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)


def _drawn_span(
    *, day: date, midnight: datetime, next_midnight: datetime, moments: list[datetime]
) -> tuple[datetime, datetime]:
    """The hours the timeline covers: the working day, stretched to whole hours to show every
    window, forecast and now (a board opened at 6 am or 11:30 pm still shows the line for now),
    never beyond the day itself."""
    zone = midnight.tzinfo
    first = datetime.combine(day, DAY_OPENS, tzinfo=zone)
    last = datetime.combine(day, DAY_CLOSES, tzinfo=zone)
    for moment in moments:
        first, last = min(first, moment), max(last, moment)
    first = timezone.localtime(max(first, midnight), zone).replace(minute=0, second=0, microsecond=0)
    last = timezone.localtime(min(last, next_midnight), zone)
    if last != last.replace(minute=0, second=0, microsecond=0):
        last = last.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return first, min(last, next_midnight)


def _placer(start: datetime, end: datetime):
    span = (end - start).total_seconds()

    def at(moment: datetime | None) -> float | None:
        if moment is None:
            return None
        return round(min(max((moment - start).total_seconds() / span, 0.0), 1.0) * 100, 2)

    return at


def _rows(jobs: list[Job]) -> dict[int, int]:
    """Stack overlapping windows: each job in the first row free by its start."""
    row_ends: list[datetime] = []
    rows = {}
    for job in sorted(jobs, key=lambda j: (j.window_start, j.pk)):
        for n, ends in enumerate(row_ends):
            if ends <= job.window_start:
                row_ends[n], rows[job.pk] = job.window_end, n
                break
        else:
            rows[job.pk] = len(row_ends)
            row_ends.append(job.window_end)
    return rows


def _words(job: Job, *, window: str, arrival, finish, at_risk, overrunning) -> str:
    """The block in a sentence, times in the site's zone (labelled when not the office's)."""
    zone = job.zone
    parts = [job.customer.name, window, job.get_status_display().lower()]
    if job.urgent:
        parts.insert(0, "Emergency")
    if job.status == JobStatus.ON_SITE and arrival:
        parts.append(f"arrived {_clock(arrival, zone)}")
    elif arrival and job.is_open:
        parts.append(f"expected {_clock(arrival, zone)}")
    if finish and job.is_open:
        parts.append(f"done about {_clock(finish, zone)}")
    if job.customer_state == CustomerState.LATE and job.is_open:
        expected = job.customer_expected_at
        parts.append(f"customer late until {_clock(expected, zone)}" if expected else "customer late")
    if overrunning:
        parts.append("running over")
    if at_risk:
        parts.append("will miss the window")
    return ", ".join(parts)


def _attach_technicians(jobs: list[Job], technicians: list[Technician]) -> None:
    """Give each job its technician from the list already read (one row each, not one per job);
    an inactive technician still holding visits today is read in one more query."""
    by_id = {t.pk: t for t in technicians}
    missing = {job.technician_id for job in jobs if job.technician_id and job.technician_id not in by_id}
    if missing:
        by_id.update({t.pk: t for t in Technician.objects.filter(pk__in=missing).defer("phone")})
    for job in jobs:
        if job.technician_id:
            job.technician = by_id[job.technician_id]


def _arrived_at(jobs: list[Job]) -> dict[int, datetime]:
    """When each visit under way or done was reached (the last arrival), in one query."""
    reached = [job.pk for job in jobs if job.status in (JobStatus.ON_SITE, JobStatus.COMPLETED)]
    events = JobEvent.objects.filter(job_id__in=reached, kind=JobEvent.Kind.ARRIVED).order_by("created_at")
    return dict(events.values_list("job_id", "created_at"))


def day_board(*, now: datetime, technicians: list[Technician] | None = None) -> Board:
    """Today's board (the business's day): one lane per active technician (and one for visits
    nobody has yet), each visit placed by its window with the forecast drawn over it."""
    zone = timezone.get_current_timezone()
    day, midnight, next_midnight = _day_bounds(now)
    if technicians is None:
        technicians = list(Technician.objects.filter(active=True))
    jobs = list(
        Job.objects.on_local_day(midnight, next_midnight)
        .exclude(status=JobStatus.CANCELLED)
        .select_related("customer", "site")
        # phone numbers are parsed as each row is read, and the board shows none: skip them
        .defer(*UNSHOWN)
        .prefetch_related(Prefetch("tasks", queryset=Task.objects.only("job_id", "minutes", "done_at")))
        .order_by("window_start", "pk")
    )
    _attach_technicians(jobs, technicians)
    arrived = _arrived_at(jobs)
    by_technician: dict[int | None, list[Job]] = defaultdict(list)
    for job in jobs:
        by_technician[job.technician_id].append(job)

    planned: dict[int, tuple[datetime, datetime]] = {}
    for technician_id, own in by_technician.items():
        open_jobs = [job for job in own if job.is_open]
        if technician_id is None or not open_jobs:
            continue
        for job, arrival, finish in plan_day(open_jobs, now=now, arrivals=arrived):
            planned[job.pk] = (arrival, finish)

    moments = [now]
    for job in jobs:
        moments += [job.window_start, job.window_end, *planned.get(job.pk, ())]
    start, end = _drawn_span(day=day, midnight=midnight, next_midnight=next_midnight, moments=moments)
    at = _placer(start, end)
    margin = timedelta(minutes=knob("LATE_MARGIN_MINUTES"))

    lanes = {t.pk: Lane(technician=t) for t in technicians}
    unassigned = Lane(technician=None)
    for technician_id, own in by_technician.items():
        lane = unassigned if technician_id is None else lanes.get(technician_id)
        if lane is None:  # an inactive technician still holding visits today
            lane = lanes[technician_id] = Lane(technician=own[0].technician)
        rows = _rows(own)
        lane.rows = max(rows.values(), default=0) + 1
        for job in own:
            arrival, finish = planned.get(job.pk, (arrived.get(job.pk), None))
            planned_minutes = sum(task.minutes for task in job.tasks.all())
            overrunning = bool(  # on site, and done later than the checklist planned
                job.status == JobStatus.ON_SITE
                and job.pk in arrived
                and finish
                and finish > arrived[job.pk] + timedelta(minutes=planned_minutes)
            )
            at_risk = bool(
                job.is_open
                and arrival
                and job.status != JobStatus.ON_SITE
                and arrival > job.window_end + margin
            )
            window = f"{timefmt.clock(job.window_start, job.zone)}-{_clock(job.window_end, job.zone)}"
            customer_expected = (
                job.customer_expected_at if job.customer_state == CustomerState.LATE and job.is_open else None
            )
            lane.blocks.append(
                Block(
                    job=job,
                    left=at(job.window_start),
                    width=round(max(at(job.window_end) - at(job.window_start), 0.5), 2),
                    row=rows[job.pk],
                    window=window,
                    status=job.status,
                    status_label=job.get_status_display(),
                    arrival=arrival,
                    arrival_at=at(arrival) if job.status != JobStatus.COMPLETED else None,
                    finish=finish,
                    finish_at=at(finish),
                    customer_expected=customer_expected,
                    customer_at=at(customer_expected),
                    at_risk=at_risk,
                    overrunning=overrunning,
                    emergency=job.urgent,
                    words=_words(
                        job,
                        window=window,
                        arrival=arrival,
                        finish=finish,
                        at_risk=at_risk,
                        overrunning=overrunning,
                    ),
                )
            )

    hours = int((end - start).total_seconds() // 3600)
    for lane in [*lanes.values(), unassigned]:
        lane.hours = hours
    ticks = [
        Tick(left=at(start + timedelta(hours=n)), label=timefmt.clock(start + timedelta(hours=n), zone))
        for n in range(hours + (1 if end < next_midnight else 0))
    ]
    now_at = at(now) if start <= now <= end else None
    return Board(
        day=day,
        start=start,
        end=end,
        now=now,
        now_at=now_at,
        now_label=timefmt.clock(now, zone),
        ticks=ticks,
        lanes=[*lanes.values(), *([unassigned] if unassigned.blocks else [])],
        affected=_affected(jobs=jobs, planned=planned),
        technicians=technicians,
    )


def _affected(*, jobs: list[Job], planned: dict[int, tuple[datetime, datetime]]) -> list[Affected]:
    """The customers a slipping day will reach after their window (by the sweep's margin) who
    have not been told this time yet (an earlier warning close to it still stands), each with the
    running-late text they would get."""
    margin = timedelta(minutes=knob("LATE_MARGIN_MINUTES"))
    slip = timedelta(minutes=knob("SLIP_MINUTES"))
    affected = []
    business, templates = None, None
    for job in jobs:
        if job.status not in UPCOMING or job.pk not in planned:
            continue
        arrival = planned[job.pk][0]
        expected = _round_up(arrival)
        if expected <= job.window_end + margin:
            continue
        if job.customer_state == CustomerState.LATE and (job.customer_expected_at or arrival) >= arrival:
            continue  # the customer's own lateness: they know, and owe us no apology
        if job.technician_eta and abs(expected - job.technician_eta) < slip:
            continue
        if business is None:
            business, templates = BusinessSettings.load(), load_templates()
        text = render(kind=Kind.RUNNING_LATE, job=job, business=business, templates=templates, eta=expected)
        affected.append(
            Affected(
                job=job,
                window=f"{timefmt.clock(job.window_start, job.zone)}-{_clock(job.window_end, job.zone)}",
                expected=expected,
                expected_label=_clock(expected, job.zone),
                text=text,
            )
        )
    return affected


def tell_affected(*, job_ids: list[int], now: datetime, user) -> list[Affected]:
    """Text the chosen affected customers their new expected time, in one go: each job is marked
    delayed through the services (the running-late text follows from it, capped per day as any
    other). The board is read again, so only customers still affected are told, at the time the
    day now says. Returns who was told."""
    chosen = set(job_ids)
    still = [a for a in day_board(now=now).affected if a.job.pk in chosen]
    actor = user.get_username()
    with transaction.atomic():
        for affected in still:
            name = affected.job.technician.first_name if affected.job.technician else "The technician"
            services.job_mark_delayed(
                job=affected.job,
                expected_at=affected.expected,
                actor=actor,
                reason=f"{name}'s earlier work is running over",
            )
    return still


def move_starts(*, now: datetime) -> list[tuple[datetime, str]]:
    """The window starts a visit can be moved to from the board: today's half hours from the next
    one until the drawn day's close, then tomorrow's working day."""
    zone = timezone.get_current_timezone()
    day, midnight, _next = _day_bounds(now)
    first = timezone.localtime(now, zone).replace(second=0, microsecond=0)
    first += (MOVE_STEP - timedelta(minutes=first.minute % 30)) % MOVE_STEP or MOVE_STEP
    starts = []
    for offset in (0, 1):
        opens = datetime.combine(day + timedelta(days=offset), DAY_OPENS, tzinfo=zone)
        closes = datetime.combine(day + timedelta(days=offset), DAY_CLOSES, tzinfo=zone)
        moment = max(opens, first) if offset == 0 else opens
        while moment < closes:
            label = ("Today " if offset == 0 else "Tomorrow ") + timefmt.clock(moment, zone)
            starts.append((moment, label))
            moment += MOVE_STEP
    return starts


@dataclass(frozen=True)
class Moved:
    """A visit moved from the board, and whether its customer was told (None: nothing new to tell)."""

    job: Job
    told: bool | None
    telling: str


def move_visit(*, job: Job, technician: Technician, window_start: datetime | None, user) -> Moved:
    """Move a visit from the board to `technician` and, when given, a new start (the window keeps
    its length), through the services. A new window is announced as every change is; a visit only
    handed to someone else is announced when its customer was told a delay: they hear the new
    technician's time (still late: the new expected time; back in the window: the window again).
    Raises `JobStateError` when the visit can no longer move."""
    actor, since = user.get_username(), timezone.now()
    with transaction.atomic():
        handed_over = job.technician_id != technician.pk
        job = services.job_reassign(job=job, technician=technician, actor=actor)
        if window_start is not None and window_start != job.window_start:
            length = job.window_end - job.window_start
            job = services.job_reschedule(
                job=job, window_start=window_start, window_end=window_start + length, actor=actor
            )
            window = timefmt.window(job.window_start, job.window_end, job.zone)
            outcome = _tell_or_keep(
                job=job, since=since, actor=actor, done=f"Moved to {technician.first_name}, {window}"
            )
            return Moved(job=outcome.job, told=outcome.told, telling=outcome.telling)
        if (
            handed_over
            and job.status in UPCOMING
            and job.technician_eta
            and job.technician_eta > job.window_end
        ):
            return _tell_new_time(job=job, technician=technician, since=since, actor=actor)
    return Moved(
        job=job, told=None, telling=f"{job.customer.first_name} keeps the same window, so is not texted."
    )


def _tell_new_time(*, job: Job, technician: Technician, since: datetime, actor: str) -> Moved:
    """The customer was told a delay by the previous technician's day; tell them the new one's."""
    arrival = {planned.pk: at for planned, at in forecast_day(technician=technician, now=since)}.get(job.pk)
    if arrival is None:  # not on their day after all (another day's visit): nothing to announce
        return Moved(job=job, told=None, telling=f"{job.customer.first_name} keeps the same window.")
    expected = _round_up(arrival)
    margin = timedelta(minutes=knob("LATE_MARGIN_MINUTES"))
    done = f"Handed to {technician.first_name}"
    if expected > job.window_end + margin:
        services.job_mark_delayed(
            job=job, expected_at=expected, actor=actor, reason=f"Handed to {technician.first_name}"
        )
    else:
        notify(job=job, kind=Kind.WINDOW_CHANGED, moved_by_business=False)
    outcome = _tell_or_keep(job=job, since=since, actor=actor, done=done)
    return Moved(job=outcome.job, told=outcome.told, telling=outcome.telling)
