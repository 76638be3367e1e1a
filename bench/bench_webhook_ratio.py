"""The inbound webhook beside a bare reference app, in one run, so each figure is a ratio.

Run from the project root: `python bench/bench_webhook_ratio.py` (part of `make bench`). Both run
under gunicorn with 2 sync workers on loopback, on the same database: the project with production
settings (DEBUG off; PostgreSQL and Redis when DATABASE_URL is set, else an SQLite file and the
ORM broker), the reference (bench/reference_app.py) checking the signature and inserting one row.
A client of 16 threads posts signed Twilio webhooks with fresh MessageSids from 500 seeded
customers as fast as they are answered; reference and webhook take turns (twice each) so a busy
machine slows both alike. Then, on PostgreSQL, the whole pipeline: a django-q2 cluster (2 workers)
and 200 texts/s offered at a steady rate, with the lag from webhook to applied interpretation
read back from the database. Last, the webhook again after 1,000,000 stored messages and 100,000
jobs are added. Targets (issue 15): webhook >= 0.35x the reference on PostgreSQL, >= 0.2x on
SQLite, CPU <= 2 ms a request; pipeline p99 <= 50 ms, lag p99 <= 5 s, nothing lost or doubled;
with the big history within 10% of the empty database.

Environment: BENCH_RATIO_SECONDS (each turn, default 6), BENCH_PIPELINE_SECONDS (default 60),
BENCH_PIPELINE_RATE (default 200), BENCH_HISTORY_MESSAGES (default 1000000; 0 skips that part).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))  # the project's Twilio post builder and signer (no Django needed)

from load import free_port, start, stop  # noqa: E402 - the load test's process helpers

from messaging.sms.twilio import webhook as twilio  # noqa: E402

BIN = Path(sys.executable).parent
CORPUS = ROOT / "corpora" / "tuned" / "dev.jsonl"
# A database named bench* in DATABASE_URL is used (dropped and made again) as given, so runs side by
# side on one server each keep their own; any other name stays untouched and bench_webhook_ratio is used.
_GIVEN_DATABASE = os.environ.get("DATABASE_URL", "").rsplit("/", 1)[-1]
DATABASE = _GIVEN_DATABASE if _GIVEN_DATABASE.startswith("bench") else "bench_webhook_ratio"
REDIS = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"
CUSTOMERS = 500
THREADS = 16
SECONDS = float(os.environ.get("BENCH_RATIO_SECONDS", "6"))
PIPELINE_SECONDS = float(os.environ.get("BENCH_PIPELINE_SECONDS", "60"))
PIPELINE_RATE = float(os.environ.get("BENCH_PIPELINE_RATE", "200"))
HISTORY_MESSAGES = int(os.environ.get("BENCH_HISTORY_MESSAGES", "1000000"))
HISTORY_JOBS = 100_000
CLOCK_TICK = os.sysconf("SC_CLK_TCK")


# --- the servers ----------------------------------------------------------------------------


def wait_listening(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port} after {seconds:.0f} s")


def gunicorn(app: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    process = start(
        [str(BIN / "gunicorn"), app, "-b", f"127.0.0.1:{port}", "-w", "2", "--timeout", "30"], env, log
    )
    wait_listening(port, process, log)
    return process


def cpu_seconds(process: subprocess.Popen) -> float:
    """User and system CPU, so far, of a server started in its own process group (`start`) and
    of every process in it: a gunicorn master and its workers, a django-q2 cluster's sentinel,
    pusher, monitor and workers (its workers are grandchildren). A worker that django-q2
    recycled is gone from /proc, so the time of reaped children (cutime, cstime) counts too."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == process.pid:  # the process group
                total += sum(int(ticks) for ticks in fields[11:15]) / CLOCK_TICK
    return total


# --- the client -----------------------------------------------------------------------------


class Poster:
    """Signed inbound webhooks to one server, over plain sockets (gunicorn's sync workers close
    each connection), so the client spends little of the machine's CPU."""

    def __init__(self, port: int, token: str, phones: list[str], texts: list[str]) -> None:
        self.port, self.phones, self.texts, self.token = port, phones, texts, token
        self.url = f"http://127.0.0.1:{port}/sms/inbound"
        self.accepted: list[str] = []

    def post(self, rng: random.Random) -> int:
        from support import customer_post

        fields = customer_post(rng, phones=self.phones, texts=self.texts)
        sid = fields["MessageSid"]
        body = urlencode(fields).encode()
        head = (
            f"POST /sms/inbound HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"{twilio.SIGNATURE_HEADER}: {twilio.sign(url=self.url, fields=fields, token=self.token)}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as sock:
            sock.sendall(head.encode() + body)
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        status = int(answer[9:12])
        if status == 200:
            self.accepted.append(sid)
        return status

    def saturate(self, seconds: float) -> tuple[int, int, list[float]]:
        """THREADS threads posting back to back; returns (answered 200, other answers, timings)."""
        until = time.monotonic() + seconds
        timings: list[float] = []
        errors = [0]

        def run(number: int) -> None:
            rng = random.Random(number)
            while time.monotonic() < until:
                started = time.perf_counter()
                status = self.post(rng)
                timings.append(time.perf_counter() - started)
                if status != 200:
                    errors[0] += 1

        threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return len(timings) - errors[0], errors[0], timings

    def steady(self, rate: float, seconds: float) -> tuple[int, list[float]]:
        """`rate` posts a second at fixed times (open loop: a late answer does not delay the next
        post); a timing runs from the post's planned time. Returns (errors, timings)."""
        count, started = int(rate * seconds), time.monotonic() + 0.2
        timings: list[float] = []
        errors = [0]
        workers = 64

        def run(number: int) -> None:
            rng = random.Random(1000 + number)
            for n in range(number, count, workers):
                planned = started + n / rate
                if (wait := planned - time.monotonic()) > 0:
                    time.sleep(wait)
                if self.post(rng) != 200:
                    errors[0] += 1
                timings.append(time.monotonic() - planned)

        threads = [threading.Thread(target=run, args=(n,)) for n in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return errors[0], timings


# --- inside the app's environment (subprocesses of this script) -----------------------------


def seed() -> None:
    """500 customers with a job today (a fifth with the technician on the way)."""
    import django

    django.setup()
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from fieldservice import services
    from fieldservice.models import Customer, Site, Technician

    now = timezone.now().replace(second=0, microsecond=0)

    def technician_named(number: int) -> Technician:
        user = get_user_model().objects.create_user(f"bench-tech-{number}")
        return Technician.objects.create(
            user=user, first_name=f"Tech {number}", phone=f"+1415555{number:04d}"
        )

    # A technician is on the way to one job at a time: each job on the way has its own technician.
    technician = technician_named(0)
    for n in range(CUSTOMERS):
        customer = Customer.objects.create(name=f"Customer {n}", phone=f"+1628555{n:04d}", language="en")
        site = Site.objects.create(customer=customer, address=f"{n} Bench St", timezone="America/Los_Angeles")
        start_at = now + timedelta(hours=n % 6 - 2)
        job = services.job_schedule(
            customer=customer,
            site=site,
            technician=technician_named(n + 1) if n % 5 == 0 else technician,
            trade="plumbing",
            summary="Leaking tap",
            window_start=start_at,
            window_end=start_at + timedelta(hours=2),
            actor="bench",
        )
        if n % 5 == 0:
            services.job_start_route(job=job, eta=now + timedelta(minutes=30), actor="bench")


def add_history() -> None:
    """HISTORY_JOBS more jobs (for other customers) and HISTORY_MESSAGES more messages (half of
    them from and to the seeded customers' numbers), in a few set-based statements."""
    import django

    django.setup()
    from django.db import connection, transaction

    from fieldservice.models import Customer

    sqlite = connection.vendor == "sqlite"
    series = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) SELECT i FROM n"
        if sqlite
        else "SELECT i FROM generate_series(1, {count}) AS n(i)"
    )
    concat = (lambda *parts: " || ".join(parts)) if sqlite else (lambda *parts: f"concat({', '.join(parts)})")
    ago = "datetime('now', '-' || (i % 400) || ' days')" if sqlite else "now() - (i % 400) * interval '1 day'"
    ago_end = (
        "datetime('now', '-' || (i % 400) || ' days', '+2 hours')"
        if sqlite
        else "now() - (i % 400) * interval '1 day' + interval '2 hours'"
    )
    phone = concat(
        "'+1628555'", "substr('0000' || (i % 1000), -4, 4)" if sqlite else "lpad((i % 1000)::text, 4, '0')"
    )
    site = Customer.objects.get(phone="+16285550000").sites.get().pk
    customer = Customer.objects.get(phone="+16285550000").pk
    jobs = (
        "INSERT INTO fieldservice_job (customer_id, site_id, trade, summary, window_start, window_end,"  # noqa: S608
        " window_version, status, customer_state, needs_attention, attention_reason, urgent,"
        " created_at, updated_at) "
        f"SELECT {customer}, {site}, 'plumbing', 'Old job', {ago}, {ago_end}, 1, 'completed', 'on_time',"
        f" false, '', false, {ago}, {ago} FROM ({series.format(count=HISTORY_JOBS)}) AS s"
    )
    sid = concat("'SMold'", "i")
    messages = (
        "INSERT INTO messaging_message (direction, phone, body, media_urls, status, cause,"  # noqa: S608
        " notification_kind, error_code, error_message, segments, encoding, attempts, flagged,"
        " created_at, updated_at, provider_sid, interpretation) "
        f"SELECT CASE WHEN i % 2 = 0 THEN 'in' ELSE 'out' END, {phone}, 'Old text', '[]',"
        " CASE WHEN i % 2 = 0 THEN 'received' ELSE 'delivered' END, 'customer', '', '', '', 1, 'GSM-7',"
        f" 1, false, {ago}, {ago}, {sid}, '{{}}' FROM ({series.format(count=HISTORY_MESSAGES)}) AS s"
    )
    # Only numbers and SQL of this file go into these statements.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(jobs)
        cursor.execute(messages)
    with connection.cursor() as cursor:
        # PostgreSQL: statistics for the planner, as autovacuum would soon gather. SQLite: fold the
        # bulk load's write-ahead log into the file now, not during the measured turns.
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)" if sqlite else "ANALYZE")


def pipeline_check(accepted_path: str, since: str) -> None:
    """Every accepted text stored once and interpreted; the lag from arrival to interpretation."""
    import django

    django.setup()
    from django.db.models import Count
    from support import percentile

    from messaging.models import Direction, Message

    accepted = json.loads(Path(accepted_path).read_text())
    inbound = Message.objects.filter(direction=Direction.INBOUND, provider_sid__in=accepted)
    stored = inbound.count()
    doubled = (
        Message.objects.filter(direction=Direction.INBOUND)
        .values("provider_sid")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    arrivals = sorted(
        inbound.exclude(interpretation=None).values_list("created_at", "updated_at", "consent_keyword")
    )
    lags = [(updated - created).total_seconds() for created, updated, _ in arrivals]
    # Consent keywords, which the webhook answered at once (they once had a task of their own, and
    # waited longest), and the others. Their lags apart say whether either path waits.
    at_once = [(u - c).total_seconds() for c, u, keyword in arrivals if keyword]
    drained = [(u - c).total_seconds() for c, u, keyword in arrivals if not keyword]
    # The lag's worst by when the texts came (10 s of arrivals each): a start-up wait and a steady
    # backlog look alike in one p99, not in this.
    by_ten_seconds: dict[int, list[float]] = {}
    for created, updated, _ in arrivals:
        offset = int((created - arrivals[0][0]).total_seconds() // 10) * 10
        by_ten_seconds.setdefault(offset, []).append((updated - created).total_seconds())
    replies = Message.objects.filter(direction=Direction.OUTBOUND, cause="auto_reply", created_at__gte=since)
    print(
        json.dumps(
            {
                "accepted": len(set(accepted)),
                "stored": stored,
                "doubled": doubled,
                "interpreted": len(lags),
                "lag_median": sorted(lags)[len(lags) // 2] if lags else None,
                "lag_p99": percentile(lags, 0.99) if lags else None,
                "lag_p99_answered_at_once": round(percentile(at_once, 0.99), 2) if at_once else None,
                "answered_at_once": len(at_once),
                "lag_p99_drained": round(percentile(drained, 0.99), 2) if drained else None,
                "lag_p99_by_ten_seconds": {
                    k: round(percentile(v, 0.99), 2) for k, v in by_ten_seconds.items()
                },
                "auto_replies": replies.count(),
                "auto_replies_doubled": replies.values("dedupe_key")
                .annotate(n=Count("id"))
                .filter(n__gt=1)
                .count(),
            }
        )
    )


# --- the orchestrator -----------------------------------------------------------------------


def environment(port: int, database_url: str, sqlite_path: str, token: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONPATH": f"{BENCH}{os.pathsep}{ROOT}",
        "DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SMS_BACKEND": "messaging.sms.locmem.SMSBackend",
        "TWILIO_AUTH_TOKEN": token,
        "LOG_LEVEL": "WARNING",
        "Q_WORKERS": "2",
        "SQLITE_PATH": sqlite_path,
    }
    env.pop("REDIS_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
        env["REDIS_URL"] = REDIS
    else:
        env.pop("DATABASE_URL", None)
    return env


def run_here(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def clear_redis() -> None:
    import redis

    client = redis.Redis.from_url(REDIS)
    # The app's queue and its drains' marks; not a test run's ("django_q:fieldservice-test-...").
    for key in client.scan_iter("django_q:fieldservice:*"):
        client.delete(key)


def postgres(base: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def create_reference_table(database_url: str, sqlite_path: str) -> None:
    sql = (
        "CREATE TABLE IF NOT EXISTS bench_reference_text (id {serial}, sid varchar(64) UNIQUE NOT NULL,"
        " phone varchar(128) NOT NULL, body text NOT NULL, created_at timestamp with time zone NOT NULL)"
    )
    if database_url:
        import psycopg

        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute(sql.format(serial="bigserial PRIMARY KEY"))
    else:
        with sqlite3.connect(sqlite_path) as connection:
            connection.execute(sql.format(serial="integer PRIMARY KEY AUTOINCREMENT"))


def turn(poster: Poster, server: subprocess.Popen, seconds: float) -> dict[str, float]:
    cpu = cpu_seconds(server)
    started = time.monotonic()
    ok, errors, timings = poster.saturate(seconds)
    elapsed = time.monotonic() - started
    cpu = cpu_seconds(server) - cpu
    if errors:
        raise RuntimeError(f"{errors} posts were not answered 200")
    return {"rate": ok / elapsed, "cpu_ms": cpu / max(ok, 1) * 1000, "timings": timings}


def describe(label: str, figures: list[dict]) -> dict[str, float]:
    from support import summary_ms

    rate = sum(f["rate"] for f in figures) / len(figures)
    cpu = sum(f["cpu_ms"] for f in figures) / len(figures)
    timings = [t for f in figures for t in f["timings"]]
    turns = ", ".join(f"{f['rate']:.0f}" for f in figures)
    print(f"  {label}: {rate:.0f} req/s (turns: {turns}), CPU {cpu:.2f} ms a request, {summary_ms(timings)}")
    return {"rate": rate, "cpu": cpu}


def main() -> int:
    database_url = os.environ.get("DATABASE_URL", "")
    postgres_base = database_url.rsplit("/", 1)[0] if database_url else ""
    if database_url:
        database_url = f"{postgres_base}/{DATABASE}"
        postgres(postgres_base, f'drop database if exists "{DATABASE}" with (force)')
        postgres(postgres_base, f'create database "{DATABASE}"')
        clear_redis()
    token = secrets.token_hex(16)
    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
    phones = [f"+1628555{n:04d}" for n in range(CUSTOMERS)]
    servers: list[subprocess.Popen] = []
    try:
        with tempfile.TemporaryDirectory() as directory:
            logs = Path(directory)
            sqlite_path = str(logs / "bench.sqlite3")
            app_port, reference_port = free_port(), free_port()
            app_env = environment(app_port, database_url, sqlite_path, token)
            reference_env = {**environment(reference_port, database_url, sqlite_path, token)}
            reference_env.pop("DJANGO_SETTINGS_MODULE")
            started = time.monotonic()
            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput"],
                cwd=ROOT,
                env=app_env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            run_here(app_env, "--seed")
            create_reference_table(database_url, sqlite_path)
            kind = "PostgreSQL + Redis broker" if database_url else "SQLite file (WAL) + ORM broker"
            print(f"database: {kind}; seeded {CUSTOMERS} customers in {time.monotonic() - started:.0f} s")
            print(
                f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start"
                " (shared: other work on it slows both sides alike)"
            )
            app = gunicorn("config.wsgi", app_port, app_env, logs / "app.log")
            servers.append(app)
            reference = gunicorn("reference_app:application", reference_port, reference_env, logs / "ref.log")
            servers.append(reference)
            app_poster = Poster(app_port, token, phones, texts)
            reference_poster = Poster(reference_port, token, phones, texts)
            app_poster.saturate(2)  # warm up: imports, connections
            reference_poster.saturate(1)
            app_figures, reference_figures = [], []
            for _ in range(2):
                reference_figures.append(turn(reference_poster, reference, SECONDS))
                app_figures.append(turn(app_poster, app, SECONDS))
            print(
                f"saturation, {THREADS} client threads, gunicorn 2 sync workers each, {SECONDS:.0f} s turns:"
            )
            ref = describe("reference (signature + one insert)", reference_figures)
            web = describe("project /sms/inbound", app_figures)
            target = 0.35 if database_url else 0.2
            print(
                f"ratio: webhook throughput {web['rate'] / ref['rate']:.2f}x the reference (target >= {target}x),"
                f" CPU {web['cpu']:.2f} ms a request (target <= 2 ms; reference {ref['cpu']:.2f} ms)"
            )
            failed = web["rate"] / ref["rate"] < target
            if database_url and PIPELINE_SECONDS > 0:
                failed |= pipeline(app_env, app_poster, logs, webhook=app)
            if HISTORY_MESSAGES:
                started = time.monotonic()
                run_here(app_env, "--history")
                print(
                    f"history: added {HISTORY_MESSAGES:,} messages and {HISTORY_JOBS:,} jobs"
                    f" in {time.monotonic() - started:.0f} s"
                )
                big = [turn(app_poster, app, SECONDS), turn(app_poster, app, SECONDS)]
                grown = describe("project /sms/inbound, big history", big)
                print(
                    f"history ratio: {grown['rate'] / web['rate']:.2f}x the throughput on the seeded database,"
                    f" CPU {grown['cpu'] / web['cpu']:.2f}x (target: within 10%)"
                )
            return 1 if failed else 0
    finally:
        for server in servers:
            if server.poll() is None:
                stop(server)
        if database_url:
            clear_redis()
            postgres(postgres_base, f'drop database if exists "{DATABASE}" with (force)')


def settle_saturation_texts() -> None:
    """Mark the saturation turns' texts as answered, so the pipeline's cluster starts with nothing waiting.

    No worker ran during the saturation turns, so their thousands of texts (12 s at several hundred a
    second) still wait to be understood; a cluster started on them spends its first half-minute on
    that backlog, and the pipeline's lag and CPU a text would measure the backlog, not the steady day.
    """
    import django

    django.setup()
    from django.utils import timezone

    from messaging.models import Direction, Message

    Message.objects.filter(
        direction=Direction.INBOUND, interpretation__isnull=True, handled_at__isnull=True
    ).update(handled_at=timezone.now())


def wait_for_ready_workers(log: Path, workers: int = 2, limit: float = 60) -> None:
    """Until each worker has readied its interpreter (`tasks.warm_up_worker` logs it), as a shop's
    workers have long before the morning's texts; at most `limit` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(errors="replace").count("interpreter ready") >= workers:
            return
        time.sleep(0.2)
    print(f"pipeline: the workers did not say they were ready within {limit:.0f} s")


def machine_busy_seconds() -> float:
    """CPU seconds every core of the machine has spent busy so far (/proc/stat: all but idle and iowait)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / CLOCK_TICK


def postgres_seconds() -> float:
    """CPU seconds of every PostgreSQL process so far (its backends serve the webhook and the workers)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            text = stat.read_text()
            if "(postgres)" in text:
                total += sum(int(ticks) for ticks in text.rsplit(")", 1)[1].split()[11:13]) / CLOCK_TICK
    return total


def pipeline(env: dict[str, str], poster: Poster, logs: Path, *, webhook: subprocess.Popen) -> bool:
    """The webhook and the worker together at a steady rate; returns whether a target was missed.
    Prints where the machine's CPU went meanwhile: on these 2 cores the client, the webhook, the
    workers and PostgreSQL share them, and the lag grows when they are nearly all in use."""
    from support import summary_ms

    run_here(env, "--settle")
    clear_redis()  # the saturation turns' queued drains, which would find nothing waiting now
    since = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    cluster = start([sys.executable, "manage.py", "qcluster"], env, logs / "qcluster.log")
    try:
        wait_for_ready_workers(logs / "qcluster.log")
        poster.accepted = []
        cluster_cpu = cpu_seconds(cluster)
        before = (machine_busy_seconds(), cpu_seconds(webhook), postgres_seconds(), time.process_time())
        started = time.monotonic()
        errors, timings = poster.steady(PIPELINE_RATE, PIPELINE_SECONDS)
        sending = time.monotonic() - started
        busy, web_cpu, pg_cpu, client_cpu = (
            after - first
            for after, first in zip(
                (machine_busy_seconds(), cpu_seconds(webhook), postgres_seconds(), time.process_time()),
                before,
                strict=True,
            )
        )
        cluster_while_sending = cpu_seconds(cluster) - cluster_cpu
        accepted = logs / "accepted.json"
        accepted.write_text(json.dumps(poster.accepted))
        deadline = time.monotonic() + 120
        while True:  # until the worker has caught up (or two minutes)
            result = json.loads(run_here(env, "--check", str(accepted), since))
            if result["interpreted"] >= result["stored"] or time.monotonic() > deadline:
                break
            time.sleep(2)
        cluster_cpu = cpu_seconds(cluster) - cluster_cpu
    finally:
        stop(cluster)
    p99 = sorted(timings)[int(len(timings) * 0.99)] * 1000 if timings else 0
    print(
        f"pipeline: {PIPELINE_RATE:.0f} texts/s offered for {PIPELINE_SECONDS:.0f} s with the worker running"
        f" (2 workers): webhook {summary_ms(timings)}, {errors} errors"
    )
    print(
        f"pipeline: {result['accepted']} accepted, {result['stored']} stored, {result['doubled']} stored twice,"
        f" {result['interpreted']} interpreted and applied; lag median {result['lag_median'] or 0:.2f} s,"
        f" p99 {result['lag_p99'] or 0:.2f} s; {result['auto_replies']} automatic replies,"
        f" {result['auto_replies_doubled']} doubled (targets: p99 <= 50 ms, lag p99 <= 5 s, none lost or doubled)"
    )
    print(f"pipeline: lag p99 by 10 s of arrivals (s from the first): {result['lag_p99_by_ten_seconds']}")
    print(
        f"pipeline: while sending, cores busy {busy / sending:.2f} of {os.cpu_count()}: webhook"
        f" {web_cpu / sending:.2f}, cluster {cluster_while_sending / sending:.2f}, PostgreSQL"
        f" {pg_cpu / sending:.2f}, this client {client_cpu / sending:.2f}, the rest"
        f" {(busy - web_cpu - cluster_while_sending - pg_cpu - client_cpu) / sending:.2f}"
    )
    print(
        f"pipeline: lag p99 of the {result['answered_at_once']} consent keywords (answered by the webhook)"
        f" {result['lag_p99_answered_at_once']} s, of the other texts {result['lag_p99_drained']} s"
    )
    print(
        f"pipeline: the cluster's CPU {cluster_cpu * 1000 / max(result['interpreted'], 1):.1f} ms a text understood"
        f" and applied (2 workers: at most {2 / max(cluster_cpu / max(result['interpreted'], 1), 1e-6):.0f}"
        f" texts/s on 2 free cores); load average {os.getloadavg()[0]:.1f}"
    )
    lost = result["accepted"] != result["stored"] or result["interpreted"] != result["stored"]
    return bool(errors or lost or result["doubled"] or p99 > 50 or (result["lag_p99"] or 0) > 5)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        seed()
    elif sys.argv[1:2] == ["--history"]:
        add_history()
    elif sys.argv[1:2] == ["--settle"]:
        settle_saturation_texts()
    elif sys.argv[1:2] == ["--check"]:
        pipeline_check(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main())
