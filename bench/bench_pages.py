"""Response times of the pages people wait on, with a full day of 200 jobs.

Run from the project root: `python bench/bench_pages.py`. One technician has 200 jobs today
(booked through the services, so each has its checklist and confirmation text); the Django test
client times the technician's day list, job pages and message panels, and the dispatcher's job
changelist in the admin, with the queries each page runs.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from support import summary_ms, throwaway_database

JOBS = 200
ROUNDS = 20


def seed() -> tuple[object, object, list[int]]:
    """A technician with 200 jobs today and a dispatcher (superuser); returns both users and the job ids."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from tests.factories import SiteFactory, TechnicianFactory, book_job

    technician = TechnicianFactory()
    dispatcher = get_user_model().objects.create_superuser("bench-dispatcher", password=None)
    zone = timezone.get_current_timezone()
    first = datetime.combine(timezone.localdate(), time(7), tzinfo=zone)
    ids = [
        book_job(
            site=SiteFactory(), technician=technician, start=first + timedelta(minutes=3 * n), hours=1
        ).pk
        for n in range(JOBS)
    ]
    return technician.user, dispatcher, ids


def timed(client, path: str) -> tuple[float, int]:
    """Seconds and queries for one GET, which must answer 200."""
    import time as clock

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = clock.perf_counter()
        response = client.get(path)
        elapsed = clock.perf_counter() - started
    assert response.status_code == 200, (path, response.status_code)
    return elapsed, len(queries)


def measure(client, paths: list[str]) -> str:
    timed(client, paths[0])  # warm templates and caches
    results = [timed(client, path) for _ in range(ROUNDS) for path in paths]
    return f"{summary_ms([seconds for seconds, _ in results])}  queries {max(q for _, q in results)}"


def main() -> None:
    from django.test import Client

    with throwaway_database("pages") as database:
        technician, dispatcher, ids = seed()
        print(f"database: {database}; {JOBS} jobs today for one technician; {ROUNDS} rounds each")
        tech, admin = Client(), Client()
        tech.force_login(technician)
        admin.force_login(dispatcher)
        sample = ids[:: JOBS // 10]
        print(f"technician day list (/tech/, {JOBS} jobs): {measure(tech, ['/tech/'])}")
        print(f"technician job page: {measure(tech, [f'/tech/jobs/{pk}/' for pk in sample])}")
        print(
            f"technician message panel: {measure(tech, [f'/tech/jobs/{pk}/messages/panel/' for pk in sample])}"
        )
        print(f"admin job changelist: {measure(admin, ['/admin/fieldservice/job/'])}")


if __name__ == "__main__":
    main()
