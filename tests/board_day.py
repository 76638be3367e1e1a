"""A slipping day for the dispatcher's board, shared by its unit, browser and bench runs.

Wednesday June 10, 2026 in Los Angeles, seen at 2 pm (`AT_TWO`):

- Luis has been on site at Ona's 11 am-1 pm visit since 11:15 with two hours of steps unticked: the
  visit is running over (done about 2:10), so Bea (1-2 pm) and Cy (3-4 pm) will be reached after
  their windows; Dee (5-7 pm) is still fine.
- Maya's 2-4 pm customer Lee is late until 3 pm; her 8-10 am visit is done.
- Ana is on the way (ETA 2:40) to Gus's gas-smell emergency, 2:30-4:30 pm.
- Kim has nothing today; Una's 4-6 pm visit has nobody yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import time_machine

from fieldservice import services
from fieldservice.models import Job, Technician
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, UserFactory, book_job

ZONE = ZoneInfo("America/Los_Angeles")
AT_TWO = datetime(2026, 6, 10, 14, 0, tzinfo=ZONE)


def local(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, 10, hour, minute, tzinfo=ZONE)


def _visit(name: str, phone: str, technician, start: datetime, hours: int, minutes: list[int]) -> Job:
    site = SiteFactory(customer=CustomerFactory(name=name, phone=phone))
    tasks = [{"name": f"Step {n + 1}", "minutes": m, "order": n} for n, m in enumerate(minutes)]
    return book_job(site=site, technician=technician, start=start, hours=hours, tasks=tasks)


@dataclass
class SlippingDay:
    luis: Technician
    maya: Technician
    ana: Technician
    kim: Technician
    ona: Job  # on site, running over
    bea: Job  # will be missed
    cy: Job  # will be missed
    dee: Job
    lee: Job  # late customer
    done: Job
    gus: Job  # emergency
    una: Job  # unassigned


def seed_slipping_day() -> SlippingDay:
    """Book and play the day up to 2 pm through the services (each step at its own time)."""
    luis = TechnicianFactory(first_name="Luis", user=UserFactory(username="luis"))
    maya = TechnicianFactory(first_name="Maya", user=UserFactory(username="maya"))
    ana = TechnicianFactory(first_name="Ana", user=UserFactory(username="ana"))
    kim = TechnicianFactory(first_name="Kim", user=UserFactory(username="kim"))
    with time_machine.travel(datetime(2026, 6, 9, 16, 0, tzinfo=UTC), tick=False):  # booked the day before
        ona = _visit("Ona Site", "+14155550201", luis, local(11), 2, [60, 60])
        bea = _visit("Bea Behind", "+14155550202", luis, local(13), 1, [90])
        cy = _visit("Cy Later", "+14155550203", luis, local(15), 1, [60])
        dee = _visit("Dee Fine", "+14155550204", luis, local(17), 2, [60])
        done = _visit("Al Done", "+14155550205", maya, local(8), 2, [30])
        lee = _visit("Lee Late", "+14155550206", maya, local(14), 2, [60])
        gus = _visit("Gus Gas", "+14155550207", ana, local(14, 30), 2, [60])
        una = _visit("Una Signed", "+14155550208", None, local(16), 2, [60])
    with time_machine.travel(local(8, 10), tick=False):
        services.job_arrive(job=done, actor="maya")
    with time_machine.travel(local(9, 0), tick=False):
        services.job_complete(job=done, actor="maya")
    with time_machine.travel(local(11, 15), tick=False):
        services.job_arrive(job=ona, actor="luis")
    with time_machine.travel(local(13, 30), tick=False):
        services.job_mark_customer_late(job=lee, expected_at=local(15))
    with time_machine.travel(local(13, 50), tick=False):
        services.job_flag_attention(job=gus, reason="Customer smells gas", urgent=True)
        services.job_start_route(job=gus, eta=local(14, 40), actor="ana")
    return SlippingDay(luis, maya, ana, kim, ona, bea, cy, dee, lee, done, gus, una)
