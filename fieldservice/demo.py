"""A realistic day for a small business, for `make demo` and for trying the product.

Everything goes through `services`, so the demo's customers get the same texts a real
business's would (into the local SMS simulator).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from . import services
from .models import Customer, Job, Site, Technician

DEMO_PASSWORD = "fieldservice-demo"  # noqa: S105 - printed by `make demo`; local data only
DISPATCHER_USERNAME = "dispatch"
TECHNICIANS = [
    ("luis", "Luis", "+14155550101"),
    ("maya", "Maya", "+14155550102"),
    ("danny", "Danny", "+14155550103"),
]

PACIFIC, MOUNTAIN = "America/Los_Angeles", "America/Denver"

# name, phone, language, address, zone, access notes
CUSTOMERS = [
    (
        "Dana Ortiz",
        "+14155550123",
        "en",
        "1842 Valencia St, San Francisco, CA",
        PACIFIC,
        "Gate code 4411. Friendly dog.",
    ),
    ("María González", "+14155550124", "es", "77 Mission Bay Blvd, San Francisco, CA", PACIFIC, ""),
    ("Peter Walsh", "+14155550125", "en", "310 Oak Ave, Oakland, CA", PACIFIC, "Park in the driveway."),
    (
        "Aisha Khan",
        "+14155550126",
        "en",
        "95 Hillcrest Rd, Berkeley, CA",
        PACIFIC,
        "Side door, knock loudly.",
    ),
    (
        "Tom Becker",
        "+13035550142",
        "en",
        "1200 Pearl St, Boulder, CO",
        MOUNTAIN,
        "Lockbox on the garage, code 2020.",
    ),
    ("Rosa Jiménez", "+13035550143", "es", "455 Colfax Ave, Denver, CO", MOUNTAIN, "Apt 3B, buzz 3B."),
    ("Grace Lee", "+14155550127", "en", "18 Pine St, San Mateo, CA", PACIFIC, ""),
    ("Sam Patel", "+14155550128", "en", "702 Elm Ct, Palo Alto, CA", PACIFIC, "Two cats, keep doors closed."),
    ("Linda Chu", "+14155550129", "en", "5 Harbor Way, Sausalito, CA", PACIFIC, ""),
    ("Marco Rossi", "+13035550144", "en", "88 Maple Dr, Golden, CO", MOUNTAIN, ""),
]


@dataclass(frozen=True)
class DemoJob:
    customer: str
    technician: str
    trade: str
    summary: str
    day: int  # 0 today, 1 tomorrow
    start_hour: int
    hours: int = 2
    progress: str = ""  # "", "confirmed", "en_route", "on_site", "completed"


JOBS = [
    DemoJob("Peter Walsh", "luis", "hvac", "Furnace tune-up", 0, 8, progress="completed"),
    DemoJob("Dana Ortiz", "luis", "hvac", "AC not cooling", 0, 10, progress="on_site"),
    DemoJob("Aisha Khan", "luis", "hvac", "Thermostat replacement", 0, 13, progress="confirmed"),
    DemoJob("Grace Lee", "luis", "hvac", "Heat pump making noise", 0, 15),
    DemoJob("María González", "maya", "plumbing", "Fuga debajo del fregadero", 0, 9, progress="en_route"),
    DemoJob("Sam Patel", "maya", "electrical", "Breaker keeps tripping", 0, 12, progress="confirmed"),
    DemoJob("Linda Chu", "maya", "plumbing", "Water heater leaking", 0, 15),
    DemoJob("Tom Becker", "danny", "appliance", "Dishwasher not draining", 0, 9, progress="on_site"),
    DemoJob("Rosa Jiménez", "danny", "appliance", "Refrigerador no enfría", 0, 12),
    DemoJob("Marco Rossi", "danny", "garage_door", "Garage door won't close", 0, 15),
    DemoJob("Peter Walsh", "maya", "electrical", "Install outdoor outlets", 1, 9),
    DemoJob("Grace Lee", "luis", "hvac", "Duct inspection follow-up", 1, 11),
    DemoJob("Sam Patel", "luis", "hvac", "Mini-split install estimate", 1, 14),
    DemoJob("Rosa Jiménez", "danny", "locksmith", "Rekey front door", 1, 10),
]


def _user(username: str, *, staff: bool, first_name: str = "") -> object:
    User = get_user_model()  # noqa: N806 - Django's idiom
    user, created = User.objects.get_or_create(
        username=username, defaults={"is_staff": staff, "first_name": first_name}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


def _window(day_offset: int, start_hour: int, hours: int, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    local_day = timezone.localdate(timezone=tz) + timedelta(days=day_offset)
    start = datetime.combine(local_day, time(start_hour), tzinfo=tz)
    return start, start + timedelta(hours=hours)


def _advance(job: Job, progress: str, actor: str) -> None:
    """Walk a job through the same steps a technician would take."""
    steps = ["confirmed", "en_route", "on_site", "completed"]
    for step in steps[: steps.index(progress) + 1]:
        if step == "confirmed":
            services.job_confirm(job=job, actor="customer")
        elif step == "en_route":
            services.job_start_route(job=job, eta=timezone.now() + timedelta(minutes=20), actor=actor)
        elif step == "on_site":
            services.job_arrive(job=job, actor=actor)
        else:
            services.job_complete(job=job, actor=actor)


@transaction.atomic
def seed_demo() -> dict[str, int]:
    """Create the demo business's people, customers and jobs; running it again adds nothing."""
    dispatcher = _user(DISPATCHER_USERNAME, staff=True, first_name="Dispatch")
    dispatchers = Group.objects.filter(name="Dispatcher").first()
    if dispatchers:
        dispatcher.groups.add(dispatchers)
    technicians = {}
    for username, first_name, phone in TECHNICIANS:
        user = _user(username, staff=False, first_name=first_name)
        technicians[username], _ = Technician.objects.get_or_create(
            user=user, defaults={"first_name": first_name, "phone": phone}
        )
    sites = {}
    for name, phone, language, address, zone, notes in CUSTOMERS:
        customer, _ = Customer.objects.get_or_create(
            phone=phone, defaults={"name": name, "language": language}
        )
        sites[name], _ = Site.objects.get_or_create(
            customer=customer, address=address, defaults={"timezone": zone, "access_notes": notes}
        )
    created = 0
    for spec in JOBS:
        site = sites[spec.customer]
        start, end = _window(spec.day, spec.start_hour, spec.hours, site.timezone)
        if Job.objects.filter(site=site, summary=spec.summary, window_start=start).exists():
            continue
        technician = technicians[spec.technician]
        job = services.job_schedule(
            customer=site.customer,
            site=site,
            technician=technician,
            trade=spec.trade,
            summary=spec.summary,
            window_start=start,
            window_end=end,
            actor=DISPATCHER_USERNAME,
        )
        if spec.progress:
            _advance(job, spec.progress, technician.user.username)
        created += 1
    return {"technicians": len(technicians), "customers": len(sites), "jobs_created": created}
