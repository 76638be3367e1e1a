"""The reminder sweep over 100,000 jobs: seconds for one run, and queries per batch.

Run from the project root: `python bench/bench_reminder_sweep.py`. Jobs are seeded with
one executemany per table (bulk_create's per-value work
would take a minute) over 60 days in three zones, then the clock moves to an evening when tomorrow's
jobs in two zones are due (the third not yet) and `sweep_reminders` runs once. Each reminder
is rendered, written to the outbox and its delivery queued, as in production. The sweep must take
under 2 s of CPU (issue 15; its wall time, printed too, depends on the machine's load: under 10 s),
and finding what is due must cost one query per batch, however many reminders the batch sends.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from support import throwaway_database

JOBS = 100_000
DAYS = 60
LIMIT_SECONDS = 10.0
LIMIT_CPU_SECONDS = 2.0
ZONES = {"America/New_York": 212, "America/Chicago": 312, "America/Los_Angeles": 415}


def insert(model: type, rows: list[dict]) -> None:
    """Insert plain rows with one executemany. bulk_create spends most of its time preparing each
    value in Python (about a minute for these rows here); this adapts only datetimes, through the
    backend's own operations, so it works on SQLite and PostgreSQL alike."""
    from django.db import connection

    columns = [model._meta.get_field(name).column for name in rows[0]]
    adapt = connection.ops.adapt_datetimefield_value
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    marks = ", ".join(["%s"] * len(columns))
    # table and column names come from the models; the values go as parameters
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(
            sql, [[adapt(v) if isinstance(v, datetime) else v for v in row.values()] for row in rows]
        )


def seed(first_day: datetime) -> None:
    """JOBS jobs, a window a day from 8 am to 6 pm local, spread over DAYS days and ZONES."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from fieldservice.models import Customer, Job, Site, Technician

    user = get_user_model().objects.create(username="luis")
    technician = Technician.objects.create(user=user, first_name="Luis")
    per_zone = -(-JOBS // len(ZONES) // 5)  # about five jobs per customer
    now = timezone.now()
    people = [(zone, area, n) for zone, area in ZONES.items() for n in range(per_zone)]
    with transaction.atomic():
        insert(
            Customer,
            [
                {
                    "id": i + 1,
                    "name": f"Dana Ortiz {area}-{n}",
                    "phone": f"+1{area}555{n:04d}",
                    "language": "es" if n % 4 == 0 else "en",
                    "notes": "",
                    "created_at": now,
                }
                for i, (zone, area, n) in enumerate(people)
            ],
        )
        insert(
            Site,
            [
                {
                    "id": i + 1,
                    "customer": i + 1,
                    "address": f"{n} Main St",
                    "timezone": zone,
                    "access_notes": "",
                }
                for i, (zone, area, n) in enumerate(people)
            ],
        )
        jobs = []
        for n in range(JOBS):
            site = n % len(people)
            local_day = first_day.date() + timedelta(days=n % DAYS)
            start = datetime(
                local_day.year, local_day.month, local_day.day, 8 + n % 10, tzinfo=ZoneInfo(people[site][0])
            )
            jobs.append(
                {
                    "customer": site + 1,
                    "site": site + 1,
                    "technician": technician.pk,
                    "trade": "hvac",
                    "summary": "AC not cooling",
                    "window_start": start,
                    "window_end": start + timedelta(hours=2),
                    "window_version": 1,
                    "status": "scheduled",
                    "customer_state": "on_time",
                    "needs_attention": False,
                    "attention_reason": "",
                    "urgent": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        insert(Job, jobs)


def main() -> None:
    import time_machine

    with throwaway_database("reminder_sweep") as database:
        from django.conf import settings
        from django.db import connection
        from django_q.conf import Conf

        from fieldservice.models import Job
        from messaging.models import Message
        from messaging.notify.sweeps import BATCH_SIZE, sweep_reminders

        # As in production, the sweep writes the outbox rows and queues each delivery for the
        # workers; the queue is the ORM broker in this same throwaway database. (Delivery's own
        # cost is bench_outbox's figure; django-q2's synchronous mode reconnects per task.)
        # A worker keeps its connection: with CONN_MAX_AGE=0 (the SQLite default in settings) the
        # ORM broker reconnects twice per queued task, which alone doubles the figure.
        Conf.SYNC, Conf.ORM = False, "default"
        connection.settings_dict["CONN_MAX_AGE"] = None
        logging.getLogger("django-q").setLevel(logging.WARNING)  # not a line per queued task
        settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
        print(f"database: {database}; deliveries queued on the ORM broker in it")
        new_york = ZoneInfo("America/New_York")
        tomorrow = datetime.now(new_york) + timedelta(days=2)
        started = time.perf_counter()
        seed(tomorrow)
        print(f"seeded {Job.objects.count():,} jobs in {time.perf_counter() - started:.1f} s")

        # 7:30 pm in New York the evening before: New York and Chicago reminders are due, LA's not yet.
        evening = datetime.combine((tomorrow - timedelta(days=1)).date(), datetime.min.time(), new_york)
        with time_machine.travel(evening + timedelta(hours=19, minutes=30), tick=True):
            now = datetime.now(new_york)
            candidates = Job.objects.filter(
                window_start__gt=now, window_start__lte=now + timedelta(days=2)
            ).count()
            queries: list[str] = []

            def record(execute, sql, params, many, context):
                queries.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(record):
                started, cpu = time.perf_counter(), time.process_time()
                sent = sweep_reminders()
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        finds = [sql for sql in queries if 'FROM "fieldservice_job"' in sql and "EXISTS" in sql]
        batches = -(-candidates // BATCH_SIZE)
        assert Message.objects.filter(notification_kind="reminder").count() == sent > 0
        assert len(finds) == batches + 1, (len(finds), batches)
        print(
            f"reminder sweep: {sent:,} reminders due among {candidates:,} candidate jobs, in {elapsed:.2f} s"
            f" ({cpu:.2f} s of CPU, load average {os.getloadavg()[0]:.1f}); "
            f"{len(finds)} find queries for {batches} batches of {BATCH_SIZE} (one each, and the empty last page); "
            f"{len(queries) / sent:.1f} queries per reminder (its outbox row and queued delivery included)"
        )
        assert elapsed < LIMIT_SECONDS, f"the sweep took {elapsed:.1f} s, over {LIMIT_SECONDS} s"
        assert cpu < LIMIT_CPU_SECONDS, f"the sweep took {cpu:.1f} s of CPU, over {LIMIT_CPU_SECONDS} s"


if __name__ == "__main__":
    main()
