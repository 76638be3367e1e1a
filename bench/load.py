"""Load test: the app as production runs it, on loopback, under signed Twilio webhooks and page views.

Run from the project root: `make load` (or `python bench/load.py [--seconds 60]`). It creates the
PostgreSQL database `fieldservice_load` (dropped at the end), seeds 500 customers with a job today
and 10 technicians, starts gunicorn (DEBUG off, a random DJANGO_SECRET_KEY, PUBLIC_BASE_URL set to
its loopback address) and a django-q2 cluster on Redis (database 15, its keys removed at the end),
then for a fixed time threads post inbound texts from the dev corpus, each signed with Twilio's
the project's own signer, from the 500 customers (one post in 30 is a Twilio-style retry of an earlier
MessageSid), while technicians view their day and their job pages. Afterwards it waits for the
queue to drain and checks that every accepted text is stored once and interpreted, and that every
outbound text was queued once and sent once. Texts leave through the in-memory SMS backend.
Everything stops by itself: the run is bounded in time and in requests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))  # the project's Twilio post builder and signer (no Django needed)

from messaging.sms.twilio import webhook as twilio  # noqa: E402

BIN = Path(sys.executable).parent
CORPUS = ROOT / "corpora" / "tuned" / "dev.jsonl"
DATABASE = "fieldservice_load"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/15"
CUSTOMERS = 500
TECHNICIANS = 10
MAX_REQUESTS = 100_000  # a bound besides time, whatever the machine's speed
RETRY_SHARE = 1 / 30
PAGE_SHARE = 0.1
DRAIN_SECONDS = 180
WARM_UP_SECONDS = 5


def app_environment(port: int) -> dict[str, str]:
    """The production settings, on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "load_settings",
        "PYTHONPATH": f"{ROOT / 'bench'}{os.pathsep}{ROOT}",
        "DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS,
        "ALLOWED_HOSTS": "127.0.0.1",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        # Plain HTTP on loopback: no TLS proxy in front, so the cookies cannot be Secure-only.
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SMS_BACKEND": "messaging.sms.locmem.SMSBackend",
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "LOAD_TECH_PASSWORD": secrets.token_urlsafe(12),
        "LOG_LEVEL": "WARNING",
        "Q_WORKERS": "2",
    }


# --- run inside the app's environment (subprocesses of this script) ---------------------------


def seed() -> None:
    """Customers with a job today (a fifth with the technician on the way) and their technicians."""
    import django

    django.setup()
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from fieldservice import services
    from fieldservice.models import Customer, Site, Technician

    now = timezone.now().replace(second=0, microsecond=0)
    technicians = []
    for n in range(TECHNICIANS):
        user = get_user_model().objects.create_user(f"tech{n}", password=os.environ["LOAD_TECH_PASSWORD"])
        technicians.append(
            Technician.objects.create(user=user, first_name=f"Tech{n}", phone=f"+1415555{n:04d}")
        )
    for n in range(CUSTOMERS):
        customer = Customer.objects.create(name=f"Customer {n}", phone=f"+1628555{n:04d}", language="en")
        site = Site.objects.create(customer=customer, address=f"{n} Load St", timezone="America/Los_Angeles")
        start = now + timedelta(hours=n % 6 - 2)
        job = services.job_schedule(
            customer=customer,
            site=site,
            technician=technicians[n % TECHNICIANS],
            trade="plumbing",
            summary="Leaking tap",
            window_start=start,
            window_end=start + timedelta(hours=2),
            actor="load",
        )
        if n % 5 == 0:
            services.job_start_route(job=job, eta=now + timedelta(minutes=30), actor="load")


def check(accepted_path: str) -> None:
    """Print the after-the-load checks; exit non-zero when one fails."""
    import django

    django.setup()
    from django.db.models import Count
    from django.utils import timezone
    from django_q.models import Task

    from messaging.models import Direction, Message, MessageStatus

    accepted = set(json.loads(Path(accepted_path).read_text()))
    inbound = Message.objects.filter(direction=Direction.INBOUND)
    stored = list(inbound.values_list("provider_sid", flat=True))
    outbound = Message.objects.filter(direction=Direction.OUTBOUND)
    now = timezone.now()
    unsent = outbound.filter(
        status__in=[MessageStatus.QUEUED, MessageStatus.SENDING], next_attempt_at__lte=now
    )
    # Each queued delivery leaves one task row named after its message (save_limit 0 keeps them all).
    queued = {
        int(row["name"].rsplit(" ", 1)[1]): row["n"]
        for row in Task.objects.filter(name__startswith="deliver message ")
        .values("name")
        .annotate(n=Count("id"))
    }
    through_queue = outbound.exclude(provider_sid=None)
    twiml = outbound.filter(provider_sid=None, status=MessageStatus.SENT).count()
    held = outbound.filter(status=MessageStatus.QUEUED, next_attempt_at__gt=now).count()
    sent_ids = set(through_queue.values_list("pk", flat=True))
    results = {
        "inbound texts accepted (distinct MessageSids)": len(accepted),
        "inbound rows stored": len(stored),
        "outbound texts sent through the queue": len(sent_ids),
        "outbound replies carried by TwiML": twiml,
        "outbound held for later (quiet hours)": held,
        "outbound refused (opted out)": outbound.filter(status=MessageStatus.REFUSED).count(),
    }
    checks = {
        "every accepted text stored exactly once": sorted(stored) == sorted(accepted),
        "every stored text interpreted": not inbound.filter(interpretation__isnull=True).exists(),
        "no outbound text left queued or sending": not unsent.exists(),
        "every sent text queued exactly once": all(queued.get(pk) == 1 for pk in sent_ids)
        and set(queued) <= set(outbound.values_list("pk", flat=True)),
        "every sent text sent exactly once (one attempt)": not through_queue.exclude(attempts=1).exists(),
    }
    for label, value in results.items():
        print(f"  {label}: {value}")
    for label, ok in checks.items():
        print(f"checks: {'PASS' if ok else 'FAIL'} {label}")
    if not all(checks.values()):
        duplicates = {pk: n for pk, n in queued.items() if n != 1}
        print(
            f"  deliveries queued more than once: {len(duplicates)}; never queued: {len(sent_ids - set(queued))}"
        )
        sys.exit(1)


# --- the orchestrator ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def postgres(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def clear_redis() -> None:
    import redis

    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter("django_q:fieldservice*"):
        client.delete(key)


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """A server in its own process group, so stopping it stops its workers too."""
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )


def stop(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_for(url: str, seconds: float = 30) -> None:
    import requests

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


class Load:
    """Threads that post signed webhooks and view pages until the time or request budget runs out."""

    def __init__(self, env: dict[str, str], customers: list[str], technicians: dict[str, list[int]]) -> None:
        self.base, self.password = env["PUBLIC_BASE_URL"], env["LOAD_TECH_PASSWORD"]
        self.customers, self.technicians = customers, technicians
        self.token = env["TWILIO_AUTH_TOKEN"]
        self.texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
        self.lock = threading.Lock()
        self.timings: dict[str, list[float]] = {"webhook": [], "page": []}
        self.statuses: dict[str, int] = {}
        self.accepted: set[str] = set()
        self.sent: list[dict[str, str]] = []
        self.requests = 0

    def webhook(self, session, rng: random.Random) -> tuple[str, int]:
        if self.sent and rng.random() < RETRY_SHARE:
            with self.lock:
                fields = rng.choice(self.sent)
        else:
            from support import customer_post

            fields = customer_post(rng, phones=self.customers, texts=self.texts)
        url = f"{self.base}/sms/inbound"
        signature = twilio.sign(url=url, fields=fields, token=self.token)
        response = session.post(url, data=fields, headers={twilio.SIGNATURE_HEADER: signature}, timeout=30)
        if response.status_code == 200:
            with self.lock:
                self.accepted.add(fields["MessageSid"])
                self.sent.append(fields)
        return "webhook", response.status_code

    def page(self, session, jobs: list[int], rng: random.Random) -> tuple[str, int]:
        path = "/tech/" if rng.random() < 0.3 else f"/tech/jobs/{rng.choice(jobs)}/"
        return "page", session.get(self.base + path, timeout=30, allow_redirects=False).status_code

    def login(self, username: str):
        import requests

        session = requests.Session()
        form = session.get(f"{self.base}/accounts/login/", timeout=10)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        response = session.post(
            f"{self.base}/accounts/login/",
            data={"username": username, "password": self.password, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{self.base}/accounts/login/"},
            timeout=60,
            allow_redirects=False,
        )
        if response.status_code != 302:
            raise RuntimeError(f"{username} could not log in: {response.status_code}")
        return session

    def worker(self, number: int, session, until: float) -> None:
        rng = random.Random(number)
        jobs = self.technicians[f"tech{number % TECHNICIANS}"]
        while time.monotonic() < until:
            with self.lock:
                if self.requests >= MAX_REQUESTS:
                    return
                self.requests += 1
            started = time.perf_counter()
            kind, status = (
                self.page(session, jobs, rng) if rng.random() < PAGE_SHARE else self.webhook(session, rng)
            )
            elapsed = time.perf_counter() - started
            with self.lock:
                self.timings[kind].append(elapsed)
                self.statuses[f"{kind} {status}"] = self.statuses.get(f"{kind} {status}", 0) + 1

    def run(self, seconds: float, sessions: list) -> float:
        """Load for `seconds`; returns the seconds it took. Timings start afresh, accepted texts accumulate."""
        self.timings, self.statuses = {"webhook": [], "page": []}, {}
        until = time.monotonic() + seconds
        threads = [threading.Thread(target=self.worker, args=(n, s, until)) for n, s in enumerate(sessions)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.monotonic() - started


def seeded(env: dict[str, str]) -> tuple[list[str], dict[str, list[int]]]:
    """The seeded customers' numbers and each technician's job ids, read back from the database."""
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        phones = [row[0] for row in connection.execute("select phone from fieldservice_customer")]
        jobs: dict[str, list[int]] = {}
        for username, job_id in connection.execute(
            "select u.username, j.id from fieldservice_job j join fieldservice_technician t on t.id = j.technician_id"
            " join auth_user u on u.id = t.user_id"
        ):
            jobs.setdefault(username, []).append(job_id)
    return phones, jobs


def drain(env: dict[str, str]) -> float:
    """Seconds until no inbound text waits for the worker and no outbound text is due but unsent
    (or DRAIN_SECONDS have passed)."""
    import psycopg

    started = time.monotonic()
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as connection:
        while time.monotonic() - started < DRAIN_SECONDS:
            (left,) = connection.execute(
                "select count(*) from messaging_message where (direction = 'out'"
                " and status in ('queued', 'sending') and next_attempt_at <= now())"
                " or (direction = 'in' and interpretation is null)"  # the worker's share of each text
            ).fetchone()
            if not left:
                break
            time.sleep(1)
    return time.monotonic() - started


def report(load: Load, elapsed: float) -> None:
    from support import summary_ms

    total = sum(len(values) for values in load.timings.values())
    print(f"requests: {total} in {elapsed:.1f} s; by kind and status: {dict(sorted(load.statuses.items()))}")
    print(
        f"throughput: {total / elapsed:.0f} requests/s ({len(load.timings['webhook']) / elapsed:.0f} webhooks/s)"
    )
    for kind, values in load.timings.items():
        if values:
            print(f"{kind + 's' if kind == 'page' else kind}: {len(values)} requests, {summary_ms(values)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--gunicorn-workers", type=int, default=4)
    options = parser.parse_args()
    port = free_port()
    env = app_environment(port)
    base = env["PUBLIC_BASE_URL"]
    postgres(f'drop database if exists "{DATABASE}" with (force)')
    postgres(f'create database "{DATABASE}"')
    clear_redis()
    servers: list[subprocess.Popen] = []
    try:
        with tempfile.TemporaryDirectory() as directory:
            started = time.monotonic()
            manage(env, "migrate", "--noinput")
            manage(env, "collectstatic", "--noinput")
            subprocess.run([sys.executable, __file__, "--seed"], cwd=ROOT, env=env, check=True)
            print(
                f"database: PostgreSQL {DATABASE}, Redis broker {REDIS}; seeded {CUSTOMERS} customers, "
                f"{TECHNICIANS} technicians in {time.monotonic() - started:.0f} s"
            )
            logs = Path(directory)
            servers.append(
                start(
                    [
                        str(BIN / "gunicorn"),
                        "config.wsgi",
                        "-b",
                        f"127.0.0.1:{port}",
                        "-w",
                        str(options.gunicorn_workers),
                        "--timeout",
                        "30",
                    ],
                    env,
                    logs / "gunicorn.log",
                )
            )
            servers.append(start([sys.executable, "manage.py", "qcluster"], env, logs / "qcluster.log"))
            wait_for(f"{base}/health")
            customers, technicians = seeded(env)
            load = Load(env, customers, technicians)
            print(
                f"load: {options.concurrency} threads for {options.seconds:.0f} s against gunicorn "
                f"({options.gunicorn_workers} workers), DEBUG off; {PAGE_SHARE:.0%} page views, "
                f"after {WARM_UP_SECONDS} s of warm-up"
            )
            sessions = [load.login(f"tech{n % TECHNICIANS}") for n in range(options.concurrency)]
            load.run(WARM_UP_SECONDS, sessions)  # each worker's first texts import dateparser
            elapsed = load.run(options.seconds, sessions)
            report(load, elapsed)
            print(f"  queue drained {drain(env):.0f} s after the load")
            accepted = logs / "accepted.json"
            accepted.write_text(json.dumps(sorted(load.accepted)))
            result = subprocess.run([sys.executable, __file__, "--check", str(accepted)], cwd=ROOT, env=env)
            for server in servers:
                stop(server)
            if result.returncode:
                for log in logs.glob("*.log"):
                    print(f"--- {log.name}\n{log.read_text()[-3000:]}", file=sys.stderr)
            return result.returncode
    finally:
        for server in servers:
            if server.poll() is None:
                stop(server)
        clear_redis()
        postgres(f'drop database if exists "{DATABASE}" with (force)')


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        seed()
    elif sys.argv[1:2] == ["--check"]:
        check(sys.argv[2])
    else:
        sys.exit(main())
