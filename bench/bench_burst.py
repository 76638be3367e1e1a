"""The morning burst: 10,000 held reminders released at once, handed to a Twilio mock that takes
150 ms to answer each, by a django-q2 cluster of 2 workers on PostgreSQL and Redis.

Run from the project root: `python bench/bench_burst.py` (part of `make bench`). It creates the
PostgreSQL database `bench_burst` (dropped at the end) and uses Redis database 13 (or
BENCH_BURST_DATABASE and BENCH_BURST_REDIS). The texts are
seeded as held until the end of quiet hours, 100 of their numbers opted out meanwhile; the outbox
sweep releases them (batch tasks of DELIVERY_BATCH), and the workers send each batch on SMS_SEND_THREADS
threads through the real twilio backend and client. The mock (in this process) counts what it
receives per text. Target (issue 15): all within 60 s, none twice, none to an opted-out number.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# The server of DATABASE_URL when it names a PostgreSQL database, else the local one (as bench/load.py).
POSTGRES = (
    os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    if os.environ.get("DATABASE_URL", "").startswith("postgres")
    else "postgres://postgres@127.0.0.1:5432"
)
# Both overridable, so benches run side by side on one machine do not share a database or a queue.
DATABASE = os.environ.get("BENCH_BURST_DATABASE", "bench_burst")
REDIS = os.environ.get("BENCH_BURST_REDIS", "redis://127.0.0.1:6379/13")
TEXTS = int(os.environ.get("BENCH_BURST_TEXTS", "10000"))
OPTED_OUT = 100
LATENCY = 0.150
LIMIT_SECONDS = 60


class TwilioMock(ThreadingHTTPServer):
    """Answers Twilio's Messages.create after LATENCY seconds, counting each text's requests."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), MockHandler)
        self.lock = threading.Lock()
        self.by_message: Counter[str] = Counter()
        self.to: Counter[str] = Counter()
        self.sid: dict[str, str] = {}  # the SID the mock gave each text (the last, were it sent twice)
        self.first = self.last = 0.0


class MockHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as api.twilio.com
    # The headers and the body go out as two writes: with Nagle's algorithm on, the body waits for
    # the client's delayed ACK of the headers (~40 ms), and the mock answered in 190 ms, not 150.
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        time.sleep(LATENCY)
        reference = parse_qs(urlsplit(form["StatusCallback"][0]).query).get("message", [""])[0]
        sid = f"SM{uuid.uuid4().hex}"
        server: TwilioMock = self.server
        with server.lock:
            server.by_message[reference] += 1
            server.sid[reference] = sid
            server.to[form["To"][0]] += 1
            server.first = server.first or time.monotonic()
            server.last = time.monotonic()
        body = json.dumps(
            {"sid": sid, "status": "queued", "to": form["To"][0], "body": form["Body"][0]}
        ).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def seed() -> None:
    """TEXTS reminders held until a moment ago, to distinct numbers; OPTED_OUT of them opted out since."""
    import django

    django.setup()
    from datetime import timedelta

    from django.utils import timezone

    from messaging.models import Cause, Consent, Direction, Message, MessageStatus

    held_since = timezone.now() - timedelta(hours=10)
    due = timezone.now() - timedelta(seconds=1)
    Message.objects.bulk_create(
        [
            Message(
                direction=Direction.OUTBOUND,
                phone=f"+1628{n // 10000 + 200:03d}{n % 10000:04d}",
                body=f"Reminder: your visit is tomorrow between 9 and 11 am. Reply C to confirm. ({n})",
                status=MessageStatus.QUEUED,
                cause=Cause.NOTIFICATION,
                notification_kind="reminder",
                dedupe_key=f"bench:{n}",
                send_after=due,
                next_attempt_at=due,
                created_at=held_since,
            )
            for n in range(TEXTS)
        ],
        batch_size=2000,
    )
    Message.objects.update(updated_at=held_since)
    Consent.objects.bulk_create(
        [
            Consent(phone=f"+1628{n // 10000 + 200:03d}{n % 10000:04d}", opted_out=True)
            for n in range(0, TEXTS, TEXTS // OPTED_OUT)
        ]
    )


def release() -> None:
    import django

    django.setup()
    from messaging.outbox.delivery import sweep_outbox

    print(sweep_outbox())


def outcome() -> None:
    import django

    django.setup()
    from django.db.models import Count

    from messaging.models import Message

    statuses = dict(Message.objects.values_list("status").annotate(n=Count("id")))
    sids = {
        str(pk): sid
        for pk, sid in Message.objects.filter(provider_sid__isnull=False).values_list("pk", "provider_sid")
    }
    print(json.dumps({"statuses": statuses, "sids": sids}))


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU the processes have used (with their reaped children), from /proc."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def session_pids(session: int) -> list[int]:
    """The processes of a session (the cluster: its master, monitor, pusher and workers)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[3]) == session:
                pids.append(int(stat.parent.name))
    return pids


def main() -> int:
    import psycopg
    import redis

    def postgres(statement: str) -> None:
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(statement)

    def backends() -> list[int]:
        """The PostgreSQL server processes serving the bench's database (the cluster's connections)."""
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            rows = connection.execute("select pid from pg_stat_activity where datname = %s", [DATABASE])
            return [pid for (pid,) in rows]

    def clear_redis() -> None:
        client = redis.Redis.from_url(REDIS)
        for key in client.scan_iter("django_q:fieldservice*"):
            client.delete(key)

    mock = TwilioMock()
    threading.Thread(target=mock.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONPATH": f"{BENCH}{os.pathsep}{ROOT}",
        "DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS,
        "PUBLIC_BASE_URL": "https://sms.example.com",
        "SMS_BACKEND": "messaging.sms.twilio.backend.SMSBackend",
        "TWILIO_API_BASE_URL": f"http://127.0.0.1:{mock.server_address[1]}",
        "TWILIO_ACCOUNT_SID": "AC" + "a" * 32,
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "TWILIO_FROM_NUMBER": "+14155550100",
        "LOG_LEVEL": "WARNING",
        "Q_WORKERS": "2",
    }
    postgres(f'drop database if exists "{DATABASE}" with (force)')
    postgres(f'create database "{DATABASE}"')
    clear_redis()
    cluster = None
    try:
        with tempfile.TemporaryDirectory() as directory:

            def here(*args: str) -> str:
                return subprocess.run(
                    [sys.executable, __file__, *args],
                    cwd=ROOT,
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout

            subprocess.run(
                [sys.executable, "manage.py", "migrate", "--noinput"],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            here("--seed")
            threads = env.get("SMS_SEND_THREADS", "32 (the default)")
            print(
                f"database: PostgreSQL {DATABASE}, Redis broker {REDIS}; {TEXTS} held reminders,"
                f" {OPTED_OUT} of their numbers opted out; Twilio mock answering in {LATENCY * 1000:.0f} ms;"
                f" 2 workers x {threads} send threads; load average {os.getloadavg()[0]:.1f} (a shared machine)"
            )
            log = Path(directory) / "qcluster.log"
            cluster = subprocess.Popen(
                [sys.executable, "manage.py", "qcluster"],
                cwd=ROOT,
                env=env,
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            time.sleep(3)  # the cluster's workers start
            cpu_before = cpu_seconds(session_pids(cluster.pid)) + cpu_seconds(backends())
            mock_before = time.process_time()  # this process's CPU is the mock's (the main thread sleeps)
            load_before = os.getloadavg()[0]
            started = time.monotonic()
            released = int(here("--release").strip())
            expected = TEXTS - OPTED_OUT
            while sum(mock.by_message.values()) < expected and time.monotonic() - started < 3 * LIMIT_SECONDS:
                time.sleep(0.5)
            elapsed = (mock.last or time.monotonic()) - started
            load_after = os.getloadavg()[0]
            time.sleep(2)  # any stray second send would arrive now
            mock_cpu = time.process_time() - mock_before
            cluster_cpu = cpu_seconds(session_pids(cluster.pid)) + cpu_seconds(backends()) - cpu_before
            recorded = json.loads(here("--outcome"))
            statuses, sids = recorded["statuses"], recorded["sids"]
            # Each text's SID in the database is the one the mock gave it, and no SID twice.
            wrong_sid = sum(1 for reference, sid in mock.sid.items() if sids.get(reference) != sid)
            sid_twice = len(sids) - len(set(sids.values()))
            twice = sum(1 for n in mock.by_message.values() if n > 1)
            opted_out = {
                f"+1628{n // 10000 + 200:03d}{n % 10000:04d}" for n in range(0, TEXTS, TEXTS // OPTED_OUT)
            }
            to_opted_out = sum(mock.to[phone] for phone in opted_out)
            accepted = sum(mock.by_message.values())
            print(
                f"burst: {released} released by the sweep; Twilio mock accepted {accepted} texts in {elapsed:.1f} s"
                f" ({accepted / max(elapsed, 0.001):.0f} texts/s); {twice} sent twice, {to_opted_out} to an"
                f" opted-out number; {wrong_sid} SIDs recorded other than the mock's, {sid_twice} recorded twice;"
                f" statuses {statuses} (target: all within {LIMIT_SECONDS} s, none twice)"
            )
            print(
                f"load average {load_before:.1f} at the start, {load_after:.1f} at the end; CPU: workers and"
                f" their PostgreSQL backends {cluster_cpu:.1f} s ({cluster_cpu / max(accepted, 1) * 1000:.2f} ms a"
                f" text), the mock {mock_cpu:.1f} s ({mock_cpu / max(accepted, 1) * 1000:.2f} ms a text)"
            )
            if (
                accepted != expected
                or twice
                or to_opted_out
                or wrong_sid
                or sid_twice
                or elapsed > LIMIT_SECONDS
            ):
                print(log.read_text()[-3000:], file=sys.stderr)
                return 1
            return 0
    finally:
        if cluster is not None and cluster.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(cluster.pid, signal.SIGTERM)
            try:
                cluster.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(cluster.pid, signal.SIGKILL)
        mock.shutdown()
        clear_redis()
        postgres(f'drop database if exists "{DATABASE}" with (force)')


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        seed()
    elif sys.argv[1:2] == ["--release"]:
        release()
    elif sys.argv[1:2] == ["--outcome"]:
        outcome()
    else:
        sys.exit(main())
