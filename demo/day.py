"""A small business's day, laid out around now, for `make demo` and for trying the product.

Whatever the hour, every state is on screen at once: a job done earlier, a technician on site with
a customer who is out (the moment the product exists for), one on the way, later visits and
tomorrow's. The day is placed relative to the current time in the business's zone (`TIME_ZONE`):
between about 10 am and 3:30 pm it reads as an ordinary working day; earlier, later and at night the
same day is shifted to run around now (windows at evening or night-time hours), and `welcome` says so.

The demo's past is replayed, not written: each step (booking, the day-before reminders, technicians
setting off, arriving, ticking off tasks, finishing, a technician's text) runs through the product's
own services, sweeps and outbox at the moment it would have happened, with the clock moved there for
that step (time-machine, a development dependency), and the texts due by then are delivered then. So every seeded text is one the product would really have sent,
when it would have sent it: none is refused, none announces a window that has passed, and a text
held for quiet hours is still waiting for morning.

It stages the whole product, so it lives in an app of its own: `fieldservice` never imports `messaging`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Customer, CustomerState, Job, JobStatus, Site, Technician

DEMO_PASSWORD = "fieldservice-demo"  # noqa: S105 - printed by `make demo`; local data only
DISPATCHER_USERNAME = "dispatch"
# username, first name, phone
TECHNICIANS = [
    ("luis", "Luis", "+14155550101"),
    ("maya", "Maya", "+14155550102"),
    ("danny", "Danny", "+14155550103"),
]

# The walkthrough's people: the customer who is out when Luis arrives, and the one with an emergency.
OUT_CUSTOMER = "Dana Ortiz"
LATE_TEXT = "running 20 late, gate code 4411"
EMERGENCY_CUSTOMER = "Aisha Khan"
EMERGENCY_TEXT = "I smell gas in the kitchen, really strong"

HOME, NEIGHBOUR = "home", "neighbour"  # the business's own zone, and the next one east


@dataclass(frozen=True)
class CastMember:
    name: str
    phone: str
    language: str
    address: str
    zone: str  # HOME or NEIGHBOUR
    access_notes: str = ""


CUSTOMERS = [
    CastMember(
        "Dana Ortiz", "+14155550123", "en", "1842 Valencia St, San Francisco, CA", HOME, "Friendly dog."
    ),
    CastMember("María González", "+14155550124", "es", "77 Mission Bay Blvd, San Francisco, CA", HOME),
    CastMember(
        "Peter Walsh", "+14155550125", "en", "310 Oak Ave, Oakland, CA", HOME, "Park in the driveway."
    ),
    CastMember(
        "Aisha Khan", "+14155550126", "en", "95 Hillcrest Rd, Berkeley, CA", HOME, "Side door, knock loudly."
    ),
    CastMember(
        "Tom Becker",
        "+13035550142",
        "en",
        "1200 Pearl St, Boulder, CO",
        NEIGHBOUR,
        "Lockbox on the garage, code 2020.",
    ),
    CastMember(
        "Rosa Jiménez", "+13035550143", "es", "455 Colfax Ave, Denver, CO", NEIGHBOUR, "Apt 3B, buzz 3B."
    ),
    CastMember("Grace Lee", "+14155550127", "en", "18 Pine St, San Mateo, CA", HOME),
    CastMember(
        "Sam Patel", "+14155550128", "en", "702 Elm Ct, Palo Alto, CA", HOME, "Two cats, keep doors closed."
    ),
    CastMember("Linda Chu", "+14155550129", "en", "5 Harbor Way, Sausalito, CA", HOME),
    CastMember("Marco Rossi", "+13035550144", "en", "88 Maple Dr, Golden, CO", NEIGHBOUR),
]
DEMO_PHONES = [member.phone for member in CUSTOMERS]


@dataclass(frozen=True)
class PlannedJob:
    """One visit of the demo day. Today's windows are offsets (hours) from the day's anchor, the half
    hour at or before now; tomorrow's are clock hours in the site's zone."""

    key: str
    customer: str
    technician: str
    trade: str
    summary: str
    start: float  # hours after the anchor (today) or o'clock (tomorrow)
    tomorrow: bool = False
    hours: int = 2


# Later windows leave room for the work before them (the trade's checklist and travel), so the
# product's own forecast of each technician's day keeps every visit inside its window.
PLAN = [
    PlannedJob("done", "Peter Walsh", "maya", "plumbing", "Water heater leaking at the valve", -3),
    PlannedJob("en_route", "María González", "maya", "plumbing", "Fuga debajo del fregadero", 0),
    PlannedJob("maya_next", "Sam Patel", "maya", "electrical", "Breaker keeps tripping", 2),
    PlannedJob("maya_last", "Linda Chu", "maya", "plumbing", "Slow kitchen drain", 3),
    PlannedJob("out", OUT_CUSTOMER, "luis", "hvac", "AC not cooling", -1),
    PlannedJob("luis_next", EMERGENCY_CUSTOMER, "luis", "hvac", "Thermostat replacement", 2),
    PlannedJob("luis_last", "Grace Lee", "luis", "hvac", "Heat pump making noise", 3),
    PlannedJob("home", "Tom Becker", "danny", "appliance", "Dishwasher not draining", -1),
    PlannedJob("danny_next", "Rosa Jiménez", "danny", "appliance", "Refrigerador no enfría", 1),
    PlannedJob("danny_last", "Marco Rossi", "danny", "garage_door", "Garage door won't close", 3),
    PlannedJob("t1", "Peter Walsh", "maya", "electrical", "Install outdoor outlets", 9, tomorrow=True),
    PlannedJob("t2", "Grace Lee", "luis", "hvac", "Duct inspection follow-up", 11, tomorrow=True),
    PlannedJob("t3", "Sam Patel", "luis", "hvac", "Mini-split install estimate", 14, tomorrow=True),
    PlannedJob("t4", "Rosa Jiménez", "danny", "locksmith", "Rekey front door", 10, tomorrow=True),
]
# An ordinary working day: today's windows inside these hours need no word of explanation.
WORKING_DAY = (time(7), time(20))


@dataclass
class DemoDay:
    """Where the demo day sits: `now` and the anchor in the business's zone, and each job's window."""

    now: datetime
    anchor: datetime
    zone: ZoneInfo
    windows: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)

    @property
    def today_windows(self) -> list[tuple[datetime, datetime]]:
        return [self.windows[p.key] for p in PLAN if not p.tomorrow]

    @property
    def shifted(self) -> bool:
        """Whether today's windows fall outside an ordinary working day (early, late or at night)."""
        starts = [timezone.localtime(start, self.zone) for start, _ in self.today_windows]
        ends = [timezone.localtime(end, self.zone) for _, end in self.today_windows]
        first, last = min(starts), max(ends)
        return first.date() != last.date() or first.time() < WORKING_DAY[0] or last.time() > WORKING_DAY[1]


def zones() -> dict[str, ZoneInfo]:
    """The business's zone and its neighbour's (Mountain beside Pacific; elsewhere the same zone)."""
    home = timezone.get_default_timezone()
    neighbour = ZoneInfo("America/Denver") if str(home) == "America/Los_Angeles" else home
    return {HOME: ZoneInfo(str(home)), NEIGHBOUR: neighbour}


def lay_out(now: datetime | None = None) -> DemoDay:
    """The demo day's windows around `now` (default: the current time)."""
    zone = zones()[HOME]
    now = timezone.localtime(now or timezone.now(), zone)
    anchor = now.replace(minute=0 if now.minute < 30 else 30, second=0, microsecond=0)
    day = DemoDay(now=now, anchor=anchor, zone=zone)
    midnight = datetime.combine(now.date(), time(0), tzinfo=zone)
    cast = {member.name: member for member in CUSTOMERS}
    for plan in PLAN:
        if plan.tomorrow:
            site_zone = zones()[cast[plan.customer].zone]
            tomorrow = now.date() + timedelta(days=1)
            start = datetime.combine(tomorrow, time(int(plan.start)), tzinfo=site_zone)
        elif plan.key == "done":
            # Done earlier *today*: its window overlaps today even just after midnight.
            end = max(anchor + timedelta(hours=plan.start + plan.hours), midnight + timedelta(minutes=45))
            start = end - timedelta(hours=plan.hours)
        else:
            start = anchor + timedelta(hours=plan.start)
        day.windows[plan.key] = (start, start + timedelta(hours=plan.hours))
    return day


# --- people and places ----------------------------------------------------------------------------


def _user(username: str, *, staff: bool, first_name: str = "", password_hash: str) -> object:
    User = get_user_model()  # noqa: N806 - Django's idiom
    user, _ = User.objects.get_or_create(
        username=username,
        defaults={"is_staff": staff, "first_name": first_name, "password": password_hash},
    )
    return user


def _people() -> dict[str, Technician]:
    password_hash = make_password(DEMO_PASSWORD)  # once: a password hash is slow on purpose
    dispatcher = _user(DISPATCHER_USERNAME, staff=True, first_name="Dispatch", password_hash=password_hash)
    if dispatchers := Group.objects.filter(name="Dispatcher").first():
        dispatcher.groups.add(dispatchers)
    technicians = {}
    for username, first_name, phone in TECHNICIANS:
        user = _user(username, staff=False, first_name=first_name, password_hash=password_hash)
        technicians[username], _ = Technician.objects.get_or_create(
            user=user, defaults={"first_name": first_name, "phone": phone}
        )
    return technicians


def _sites() -> dict[str, Site]:
    zone_of = zones()
    sites = {}
    for member in CUSTOMERS:
        customer, _ = Customer.objects.get_or_create(
            phone=member.phone, defaults={"name": member.name, "language": member.language}
        )
        sites[member.name], _ = Site.objects.get_or_create(
            customer=customer,
            address=member.address,
            defaults={"timezone": str(zone_of[member.zone]), "access_notes": member.access_notes},
        )
    return sites


# --- the replay -----------------------------------------------------------------------------------


def demo_jobs():
    return Job.objects.filter(customer__phone__in=DEMO_PHONES)


def _deliver_due() -> None:
    """What the task cluster would do at this moment: send every text that is due."""
    from messaging.models import Direction, Message, MessageStatus
    from messaging.outbox.delivery import deliver_message

    due = Message.objects.filter(
        direction=Direction.OUTBOUND, status=MessageStatus.QUEUED, next_attempt_at__lte=timezone.now()
    )
    for message_id in due.order_by("next_attempt_at", "pk").values_list("pk", flat=True):
        deliver_message(message_id=message_id)


def _technician_texts(job: Job, body: str) -> None:
    """The technician texts the customer, as from the job page (the one way a person texts one)."""
    from messaging.conversation import new_form_token, text_customer
    from messaging.models import Cause

    text_customer(
        job=job, body=body, sender=job.technician.user, cause=Cause.TECHNICIAN, token=new_form_token()
    )


def _tick_off(job: Job, *, needs_customer: bool | None = None) -> None:
    """The technician ticks off the checklist (only the lines that need, or don't need, the customer)."""
    tasks = job.tasks.filter(done_at__isnull=True)
    if needs_customer is not None:
        tasks = tasks.filter(needs_customer=needs_customer)
    for task in tasks:
        services.task_mark_done(task=task, actor=job.technician.user.username)


def _steps(day: DemoDay, jobs: dict[str, Job]) -> list[tuple[datetime, Callable[[], object]]]:
    """The day's history up to now, as (moment, action) pairs."""
    from messaging.notify.notices import knob
    from messaging.notify.sweeps import sweep_reminders, sweep_review_requests

    now, zone = day.now, day.zone
    steps: list[tuple[datetime, Callable[[], object]]] = []

    def at(moment: datetime, action: Callable[[], object]) -> None:
        if moment < now:
            steps.append((moment, action))

    # The product's day-before reminders, yesterday's and (when it is past 5 pm) today's.
    for days_before in (1, 0):
        at(
            datetime.combine(now.date() - timedelta(days=days_before), time(17, 1), tzinfo=zone),
            sweep_reminders,
        )

    def actor(key: str) -> str:
        return jobs[key].technician.user.username

    # Maya's first visit, finished earlier (its text after finishing may wait out quiet hours).
    done_start, _ = day.windows["done"]
    arrived = done_start + timedelta(minutes=15)
    finished = min(arrived + timedelta(minutes=85), now - timedelta(minutes=15))
    at(
        arrived - timedelta(minutes=20),
        lambda: services.job_start_route(job=jobs["done"], eta=arrived, actor=actor("done")),
    )
    at(arrived, lambda: services.job_arrive(job=jobs["done"], actor=actor("done")))
    at(finished - timedelta(minutes=1), lambda: _tick_off(jobs["done"]))
    at(finished, lambda: services.job_complete(job=jobs["done"], actor=actor("done")))
    at(finished + timedelta(minutes=knob("REVIEW_DELAY_MINUTES"), seconds=30), sweep_review_requests)

    # Maya set off for María's ten minutes ago.
    at(
        now - timedelta(minutes=10),
        lambda: services.job_start_route(
            job=jobs["en_route"], eta=now + timedelta(minutes=20), actor=actor("en_route")
        ),
    )

    # Danny reached Tom's forty minutes ago; Tom is home and the outside work is done.
    at(
        now - timedelta(minutes=70),
        lambda: services.job_start_route(
            job=jobs["home"], eta=now - timedelta(minutes=40), actor=actor("home")
        ),
    )
    at(now - timedelta(minutes=40), lambda: services.job_arrive(job=jobs["home"], actor=actor("home")))
    at(
        now - timedelta(minutes=38),
        lambda: services.job_mark_customer_home(job=jobs["home"], actor=actor("home")),
    )
    at(now - timedelta(minutes=20), lambda: _tick_off(jobs["home"], needs_customer=False))

    # Luis reached Dana's twenty-five minutes ago: nobody home. He texted her; she hasn't answered yet.
    at(
        now - timedelta(minutes=50),
        lambda: services.job_start_route(
            job=jobs["out"], eta=now - timedelta(minutes=25), actor=actor("out")
        ),
    )
    at(now - timedelta(minutes=25), lambda: services.job_arrive(job=jobs["out"], actor=actor("out")))
    at(
        now - timedelta(minutes=20),
        lambda: _technician_texts(
            jobs["out"], "Hi Dana, it's Luis. I'm at your place but nobody's answering. Are you on your way?"
        ),
    )
    return sorted(steps, key=lambda step: step[0])


def _replay(steps: list[tuple[datetime, Callable[[], object]]]) -> None:
    """Each step at its moment, then the texts due by then, as the task cluster would send them."""
    import time_machine

    for moment, action in steps:
        with time_machine.travel(moment, tick=False):
            action()
            _deliver_due()


def _require_simulated_texts() -> None:
    """The demo's customers have made-up numbers: its texts go to the phone simulator, never out."""
    if settings.SMS_BACKEND not in {
        "messaging.sms.outbox.SMSBackend",
        "messaging.sms.locmem.SMSBackend",
        "messaging.sms.console.SMSBackend",
    }:
        raise DemoError(
            f"The demo texts made-up customers; run it with the phone simulator's backend "
            f"(SMS_BACKEND=messaging.sms.outbox.SMSBackend, the default), not {settings.SMS_BACKEND}."
        )


class DemoError(RuntimeError):
    """The demo cannot run as configured; the message says what to change."""


def _import_time_machine() -> None:
    try:
        import time_machine  # noqa: F401
    except ImportError as error:
        raise DemoError(
            "The demo replays its day with time-machine, a development dependency: run `make install` "
            "(pip install -e '.[dev]')."
        ) from error


@contextmanager
def _delivery_tasks_run_here():
    """The replay sends each text itself, at its moment; the delivery tasks the outbox also queues
    when the seeding commits would only find them sent. Run those at once, here (django-q2's sync
    mode), instead of leaving the task cluster a backlog to work through as the demo starts."""
    from django_q.conf import Conf

    previous, Conf.SYNC = Conf.SYNC, True
    try:
        yield
    finally:
        Conf.SYNC = previous


def seed_demo(now: datetime | None = None) -> dict[str, object]:
    """Create the demo business's people and, unless it already has them, its day around `now`.

    Running it again adds nothing; `reset_demo` clears the day so that the next run lays out a fresh one.
    """
    with _delivery_tasks_run_here():
        return _seed(now)


@transaction.atomic
def _seed(now: datetime | None) -> dict[str, object]:
    _require_simulated_texts()
    technicians = _people()
    sites = _sites()
    day = lay_out(now)
    counts: dict[str, object] = {"technicians": len(technicians), "customers": len(sites), "day": day}
    if demo_jobs().exists():
        counts["jobs_created"] = 0
        return counts
    _import_time_machine()
    import time_machine

    booked_at = datetime.combine(day.now.date() - timedelta(days=2), time(10), tzinfo=day.zone)
    jobs: dict[str, Job] = {}
    with time_machine.travel(booked_at, tick=False):
        for plan in PLAN:
            start, end = day.windows[plan.key]
            site = sites[plan.customer]
            jobs[plan.key] = services.job_schedule(
                customer=site.customer,
                site=site,
                technician=technicians[plan.technician],
                trade=plan.trade,
                summary=plan.summary,
                window_start=start,
                window_end=end,
                actor=DISPATCHER_USERNAME,
            )
        _deliver_due()
    _replay(_steps(day, jobs))
    counts["jobs_created"] = len(jobs)
    return counts


@transaction.atomic
def reset_demo() -> dict[str, int]:
    """Throw away the demo's day: its customers' jobs, texts, consent records, sites and customers.
    The demo's logins stay; nothing that is not the demo's is touched."""
    from messaging.models import ConsentChange, Message

    messages = Message.objects.filter(phone__in=DEMO_PHONES).delete()[0]
    consent = ConsentChange.objects.filter(phone__in=DEMO_PHONES).delete()[0]
    jobs = demo_jobs().delete()[1].get(Job._meta.label, 0)
    Site.objects.filter(customer__phone__in=DEMO_PHONES).delete()
    customers = Customer.objects.filter(phone__in=DEMO_PHONES).delete()[1].get(Customer._meta.label, 0)
    return {"messages": messages, "consent": consent, "jobs": jobs, "customers": customers}


def is_stale(now: datetime | None = None) -> bool:
    """Whether the demo's day was laid out for another time: its customer who is out is no longer
    waited for (the visit finished, or its window has closed)."""
    now = now or timezone.now()
    job = demo_jobs().filter(customer__name=OUT_CUSTOMER).order_by("-window_start").first()
    return job is not None and (job.status != JobStatus.ON_SITE or job.window_end < now)


def out_customer_job() -> Job | None:
    """The visit where the technician is on site and the customer is out (the walkthrough's job)."""
    return (
        demo_jobs()
        .filter(customer__name=OUT_CUSTOMER, status=JobStatus.ON_SITE)
        .exclude(customer_state=CustomerState.HOME)
        .first()
    )


# --- the welcome ----------------------------------------------------------------------------------


def seeded_day(now: datetime | None = None) -> DemoDay:
    """The demo day as it was laid out (read back from its jobs), or a fresh layout when there is none."""
    day = lay_out(now)
    jobs = {(job.customer.name, job.summary): job for job in demo_jobs().select_related("customer")}
    found = {plan.key: jobs.get((plan.customer, plan.summary)) for plan in PLAN}
    if all(found.values()):
        day.windows = {key: (job.window_start, job.window_end) for key, job in found.items()}
    return day


def welcome(base: str, day: DemoDay | None = None) -> str:
    """What `manage.py demo` prints: the logins, the state of the day, and the five-step walkthrough."""
    day = day or seeded_day()
    job = out_customer_job()
    job_url = f"{base}/tech/jobs/{job.pk}/" if job else f"{base}/tech/"
    dana = Customer.objects.filter(name=OUT_CUSTOMER).first()
    aisha = Customer.objects.filter(name=EMERGENCY_CUSTOMER).first()
    phone_of = {
        name: f"{base}/sms/simulator/{customer.pk}/" if customer else f"{base}/sms/simulator/"
        for name, customer in ((OUT_CUSTOMER, dana), (EMERGENCY_CUSTOMER, aisha))
    }
    technicians = ", ".join(f"{username} ({name})" for username, name, _ in TECHNICIANS)
    clock = timezone.localtime(day.now, day.zone).strftime("%-I:%M %p").lower()
    if day.shifted:
        first = (
            min(timezone.localtime(s, day.zone) for s, _ in day.today_windows).strftime("%-I:%M %p").lower()
        )
        last = (
            max(timezone.localtime(e, day.zone) for _, e in day.today_windows).strftime("%-I:%M %p").lower()
        )
        when = (
            f"It is {clock} in {day.zone.key}. So that a working day is under way now, the demo's day is\n"
            f"shifted: today's windows run from {first} to {last}, not the usual working hours.\n"
        )
    else:
        when = f"It is {clock} in {day.zone.key}: the demo's working day is under way.\n"
    when += "\n"
    return (
        f"{when}"
        f"On screen: Maya finished a visit earlier and is on her way to María; Danny is at Tom's (he's home);\n"
        f"Luis is at {OUT_CUSTOMER}'s, and she is out (he texted her); later visits and tomorrow's are booked.\n"
        f"\n"
        f"Logins (password for all: {DEMO_PASSWORD}):\n"
        f"  dispatcher (admin)  {DISPATCHER_USERNAME:<6}  {base}/admin/\n"
        f"  technicians         {technicians}  {base}/tech/\n"
        f"  phone simulator     no login while DEBUG is on  {base}/sms/simulator/\n"
        f"\n"
        f"Walkthrough (the technician and the dispatcher in two browser windows, e.g. one private):\n"
        f"  1. Phone simulator, {OUT_CUSTOMER}'s phone ({phone_of[OUT_CUSTOMER]}), no login: text\n"
        f'     "{LATE_TEXT}". Her thread shows Luis\'s "nobody\'s answering" text, then yours.\n'
        f"  2. As luis, at phone size (browser dev tools' device mode, 375 px wide), open {OUT_CUSTOMER}'s job:\n"
        f"     {job_url}\n"
        f"     Within seconds a card shows her text, what it understood (late, when she'll be there, the gate\n"
        f"     code), replies to tap, and the outside work Luis can start now.\n"
        '  3. Tap a reply on that card: the page says "Sent to Dana."\n'
        f"  4. Back in the phone simulator, {OUT_CUSTOMER}'s thread: Luis's reply arrives within seconds.\n"
        f"  5. Phone simulator, {EMERGENCY_CUSTOMER}'s phone ({phone_of[EMERGENCY_CUSTOMER]}): text\n"
        f'     "{EMERGENCY_TEXT}". As {DISPATCHER_USERNAME}, open Needs attention\n'
        f"     ({base}/admin/messaging/conversation/): her emergency is the first row, with a Call button.\n"
        f"\n"
        f"Start over with a fresh day around the current time: manage.py demo --reset (or make demo RESET=1).\n"
    )
