"""What the Django benchmarks share: start Django on a throwaway database, and summarise timings.

Each benchmark runs in its own process on its own database (created here and dropped after),
so it never touches the demo's `db.sqlite3` or a test run's `test_*` database.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (`share` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def summary_ms(values: list[float]) -> str:
    """Median, p95 and p99 of durations given in seconds, in milliseconds."""
    return (
        f"median {statistics.median(values) * 1000:.1f} ms  p95 {percentile(values, 0.95) * 1000:.1f} ms"
        f"  p99 {percentile(values, 0.99) * 1000:.1f} ms"
    )


@contextmanager
def throwaway_database(name: str) -> Iterator[str]:
    """Set Django up on a fresh, migrated database named after the benchmark; yield its description.

    PostgreSQL when DATABASE_URL says so (database `bench_<name>` beside it), else an SQLite file
    in a temporary directory (WAL, as the app runs locally).
    """
    import django
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    django.setup()
    from django_q.conf import Conf

    Conf.SYNC = True  # tasks run in this process: no broker outside this database is touched
    setup_test_environment()  # the test client's response.context, locmem email; no DEBUG changes
    with tempfile.TemporaryDirectory() as directory:
        database = settings.DATABASES["default"]
        sqlite = connection.vendor == "sqlite"
        database["TEST"]["NAME"] = (
            str(Path(directory) / f"bench_{name}.sqlite3")
            if sqlite
            else os.environ.get("BENCH_DATABASE", f"bench_{name}")  # sessions sharing a server: a name each
        )

        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            yield describe_database()
        finally:
            connection.creation.destroy_test_db(database["NAME"], verbosity=0)


def describe_database() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            version = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            cursor.execute("select sqlite_version()")
            version = f"SQLite {cursor.fetchone()[0]} (WAL file)"
    return f"{version}, database {connection.settings_dict['NAME']}"


def customer_post(rng, *, phones: list[str], texts: list[str]) -> dict[str, str]:
    """A Twilio inbound post with a fresh MessageSid, from one of `phones`, saying one of `texts`
    (built by the project's own `simulated_post`: one home for what Twilio sends)."""
    import uuid

    from messaging.sms.twilio import webhook as twilio

    return twilio.simulated_post(
        sid=f"SM{uuid.uuid4().hex}",
        sender=rng.choice(phones),
        to="+14155550100",
        body=rng.choice(texts),
        segments=1,
        account_sid="",
    )


def customers_with_a_visit_today(count: int) -> list[str]:
    """`count` customers, each with a visit today with one technician; their phone numbers."""
    from django.utils import timezone

    from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

    technician = TechnicianFactory()
    phones = []
    for n in range(count):
        customer = CustomerFactory(phone=f"+1415555{n:04d}")
        book_job(site=SiteFactory(customer=customer), technician=technician, start=timezone.now())
        phones.append(str(customer.phone))
    return phones
