"""Fault soak: texts through the real twilio client while Twilio misbehaves and workers die, then
hostile posts to every webhook and admin form. Nothing sent twice, nothing lost, never a 500.

Run from the project root: `make soak` (or `python bench/soak.py`). On loopback only: Prism serves
Twilio's own API description; the fault proxy in front of it (tests/messaging/fault_proxy.py)
fails 30% of requests for two minutes (500, 429, a hang before Twilio, and Twilio accepting the
text and the answer being lost to a reset or a hang: an incident, after which Twilio recovers; a
fault rate that never ends cannot promise "terminal within 5 minutes" with backoff), remembers what Twilio accepted and serves it on the Messages
list. The app runs as in production: gunicorn, a django-q2 cluster on Redis (database 14), the
PostgreSQL database `fieldservice_soak` (dropped at the end), DEBUG off.

1. No callbacks: 200 texts queued at once; the cluster is SIGKILLed twice while sending. Every
   text must end sent exactly once at Twilio (or failed with a reason), all within 5 minutes.
2. The same with late delivery callbacks (5-60 s, signed, sent by the proxy).
3. 10,000 signed hostile posts to each webhook and 1,000 to the dispatcher's admin posts: no
   answer of 500 or more.
4. The servers' logs hold no phone number and no message body.
Everything stops by itself: every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote_from_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from load import BIN, free_port, manage, postgres, start, stop, wait_for  # noqa: E402

DATABASE = "fieldservice_soak"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/14"
TEXTS = 200
FAULT_SHARE = 0.3
FAULT_SECONDS = 120
TERMINAL_WITHIN = 300  # seconds
KILLS = 2
AUTH_TOKEN = secrets.token_hex(16)
E164 = re.compile(r"\+?\d(?:[\s().-]*\d){9,}")
BODY_MARK = "soak-body-"  # every soak text carries it, so a log scan can find any body


def app_environment(port: int, proxy_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONPATH": str(ROOT),
        "DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS,
        "ALLOWED_HOSTS": "127.0.0.1",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SMS_BACKEND": "messaging.sms.twilio.backend.SMSBackend",
        "TWILIO_ACCOUNT_SID": "AC" + "a" * 32,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": "+14155550100",
        "TWILIO_API_BASE_URL": proxy_url,
        "TWILIO_TIMEOUT": "2",
        "SMS_MAX_ATTEMPTS": "8",
        "LOG_LEVEL": "INFO",
        "Q_WORKERS": "2",
        "SOAK_PASSWORD": secrets.token_urlsafe(12),
    }


# --- run inside the app's environment ------------------------------------------------------


def queue_texts(first: int) -> None:
    """Customers and one text each, queued as the app queues them (on commit, to the broker)."""
    import django

    django.setup()
    from django.db import transaction

    from fieldservice.models import Customer
    from messaging.models import Cause
    from messaging.outbox.delivery import send_sms

    with transaction.atomic():
        for n in range(first, first + TEXTS):
            customer = Customer.objects.create(name=f"Soak {n}", phone=f"+1628556{n:04d}", language="en")
            send_sms(body=f"{BODY_MARK}{n}: Maya is on the way.", customer=customer, cause=Cause.TECHNICIAN)


def seed_dispatcher() -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from fieldservice import services  # noqa: F401 - the app registry, as the admin loads it

    get_user_model().objects.create_superuser("soak", "soak@example.com", os.environ["SOAK_PASSWORD"])


# --- the orchestrator ----------------------------------------------------------------------


def statuses(env: dict[str, str], first: int) -> dict[str, tuple[str, str | None]]:
    import psycopg

    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as connection:
        rows = connection.execute(
            "select phone, status, provider_sid from messaging_message where direction = 'out' and body like %s",
            (f"{BODY_MARK}%",),
        ).fetchall()
    numbers = {f"+1628556{n:04d}" for n in range(first, first + TEXTS)}
    return {phone: (status, sid) for phone, status, sid in rows if phone in numbers}


def sending_round(env, proxy, logs: Path, first: int, *, callbacks: bool) -> dict[str, object]:
    """Queue TEXTS texts, kill the cluster KILLS times while they go out, wait until all are terminal."""
    proxy.callback_token = AUTH_TOKEN if callbacks else None
    proxy.share = FAULT_SHARE
    recovery = threading.Timer(FAULT_SECONDS, lambda: setattr(proxy, "share", 0.0))
    recovery.daemon = True
    recovery.start()
    cluster = start([sys.executable, "manage.py", "qcluster"], env, logs / f"qcluster-{first}.log")
    started = time.monotonic()
    subprocess.run([sys.executable, __file__, "--queue", str(first)], cwd=ROOT, env=env, check=True)
    for kill in range(KILLS):
        time.sleep(2 + kill * 3)
        os.killpg(cluster.pid, signal.SIGKILL)  # mid-send: no goodbye, rows left in `sending`
        cluster.wait()
        cluster = start([sys.executable, "manage.py", "qcluster"], env, logs / f"qcluster-{first}-{kill}.log")
    terminal = {"sent", "delivered", "failed", "undelivered", "refused"}
    seen: dict[str, tuple[str, str | None]] = {}
    while time.monotonic() - started < TERMINAL_WITHIN + 30:
        seen = statuses(env, first)
        if len(seen) == TEXTS and all(status in terminal for status, _ in seen.values()):
            break
        time.sleep(2)
    elapsed = time.monotonic() - started
    stop(cluster)
    recovery.cancel()
    proxy.share = 0.0
    held = {phone: len(proxy.accepted_to(phone)) for phone in seen}
    at_twilio_once = sum(1 for phone, (status, sid) in seen.items() if held[phone] == 1)
    return {
        "texts": len(seen),
        "seconds until all terminal": round(elapsed),
        "all terminal": all(status in terminal for status, _ in seen.values()),
        "sent twice or more": sum(1 for n in held.values() if n > 1),
        "lost (never reached Twilio, not failed)": sum(
            1
            for phone, (status, _) in seen.items()
            if held[phone] == 0 and status not in {"failed", "undelivered"}
        ),
        "failed with a reason": sum(1 for status, _ in seen.values() if status in {"failed", "undelivered"}),
        "at Twilio exactly once": at_twilio_once,
        "sid matches Twilio's": sum(
            1
            for phone, (_, sid) in seen.items()
            if held[phone] == 1 and sid == proxy.accepted_to(phone)[0]["sid"]
        ),
        "callbacks answered": _count(proxy.callbacks),
    }


def _count(callbacks: list[tuple[str, object]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, answer in callbacks:
        counts[str(answer)] = counts.get(str(answer), 0) + 1
    return counts


def hostile(env: dict[str, str], posts: int, admin_posts: int) -> dict[str, int]:
    """Signed hostile posts to both webhooks and logged-in hostile posts to the admin forms."""
    import requests
    from django.http import QueryDict

    from messaging.sms.twilio import webhook as twilio

    base, rng = env["PUBLIC_BASE_URL"], random.Random(16)
    pieces = [
        b"",
        b"\x00",
        b"\xff\xfe",
        b"+14155550123",
        b"SM" + b"a" * 32,
        b"delivered",
        b"javascript:x",
        b"9" * 40,
    ]

    def value() -> bytes:
        return rng.choice(pieces) if rng.random() < 0.5 else rng.randbytes(rng.randint(0, 80))

    def form(names: list[str]) -> bytes:
        chosen = rng.sample(names, rng.randint(0, len(names)))
        return "&".join(f"{name}={quote_from_bytes(value())}" for name in chosen).encode()

    answers: dict[str, int] = {}

    def count(label: str, status: int) -> None:
        key = f"{label} {'5xx' if status >= 500 else status}"
        answers[key] = answers.get(key, 0) + 1

    session = requests.Session()
    webhook_fields = {
        "/sms/inbound": [
            "MessageSid",
            "From",
            "To",
            "Body",
            "NumMedia",
            "MediaUrl0",
            "NumSegments",
            "OptOutType",
        ],
        "/sms/status": ["MessageSid", "MessageStatus", "ErrorCode", "To"],
    }
    for path, names in webhook_fields.items():
        for _ in range(posts):
            query = (
                f"?message={quote_from_bytes(value())}"
                if path == "/sms/status" and rng.random() < 0.5
                else ""
            )
            body = form(names)
            seen = QueryDict(body)
            url = f"{base}{path}{query}"
            signature = twilio.sign(url=url, fields={key: seen[key] for key in seen}, token=AUTH_TOKEN)
            response = session.post(
                url,
                data=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": signature,
                },
                timeout=30,
            )
            count(path, response.status_code)
    admin = requests.Session()
    page = admin.get(f"{base}/admin/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    admin.post(
        f"{base}/admin/login/",
        data={
            "username": "soak",
            "password": env["SOAK_PASSWORD"],
            "csrfmiddlewaretoken": token,
            "next": "/admin/",
        },
        headers={"Referer": f"{base}/admin/login/"},
        timeout=30,
    )
    csrf = admin.cookies.get("csrftoken", "")
    targets = [
        ("/admin/messaging/conversation/done/", ["job", "message"]),
        ("/admin/messaging/todayboard/{n}/reassign/", ["technician"]),
        ("/admin/messaging/conversation/{n}/change/", ["body", "token"]),
        ("/admin/messaging/conversation/{n}/reschedule/", ["answer", "technician", "start", "body"]),
    ]
    for _ in range(admin_posts):
        path, names = rng.choice(targets)
        response = admin.post(
            base + path.format(n=rng.randint(1, 3)),
            data=form(names),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-CSRFToken": csrf,
                "Referer": f"{base}/admin/",
            },
            timeout=30,
            allow_redirects=False,
        )
        count("admin", response.status_code)
    return dict(sorted(answers.items()))


# Each line's own time stamp ("2026-12-06 03:19:30,123", gunicorn's "[2026-12-06 03:19:30 +0000]")
# is a long run of digits too: removed before looking for numbers.
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[,.]\d+)?(?: ?[+-]\d{4})?")


def scan_logs(logs: Path) -> dict[str, object]:
    lines = [
        TIMESTAMP.sub("", line)
        for log in logs.glob("*.log")
        for line in log.read_text(errors="replace").splitlines()
    ]
    leaking = [line for line in lines if E164.search(line) or BODY_MARK in line]
    return {
        "log lines": len(lines),
        "phone numbers": sum(1 for line in leaking if E164.search(line)),
        "message bodies": sum(1 for line in leaking if BODY_MARK in line),
        "sample": leaking[:3],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hostile-posts", type=int, default=10_000)
    parser.add_argument("--admin-posts", type=int, default=1_000)
    options = parser.parse_args()
    from django.conf import settings

    settings.configure()  # this process only signs and decodes forms (QueryDict); the app runs apart
    from tests.messaging import fault_proxy as faults
    from tests.sms_fixtures import PRISM, TWILIO_SPEC

    port, prism_port = free_port(), free_port()
    postgres(f'drop database if exists "{DATABASE}" with (force)')
    postgres(f'create database "{DATABASE}"')
    servers: list[subprocess.Popen] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as directory:
        logs = Path(directory)
        try:
            servers.append(
                start(
                    [str(PRISM), "mock", str(TWILIO_SPEC), "--host", "127.0.0.1", "--port", str(prism_port)],
                    dict(os.environ),
                    logs / "prism.txt",
                )
            )
            proxy = faults.FaultProxy(f"http://127.0.0.1:{prism_port}").start()
            proxy.share_faults = [
                faults.SERVER_ERROR,
                faults.TOO_MANY_REQUESTS,
                faults.Fault(hang=4.0),
                faults.ACCEPT_THEN_RESET,
                faults.Fault(accept_first=True, hang=4.0),
            ]
            proxy.callback_delay = (5.0, 60.0)
            env = app_environment(port, proxy.url)
            _clear_redis()
            manage(env, "migrate", "--noinput")
            manage(env, "collectstatic", "--noinput")
            subprocess.run([sys.executable, __file__, "--dispatcher"], cwd=ROOT, env=env, check=True)
            servers.append(
                start(
                    [
                        str(BIN / "gunicorn"),
                        "config.wsgi",
                        "-b",
                        f"127.0.0.1:{port}",
                        "-w",
                        "2",
                        "--timeout",
                        "30",
                    ],
                    env,
                    logs / "gunicorn.log",
                )
            )
            wait_for(f"{env['PUBLIC_BASE_URL']}/health", seconds=60)
            time.sleep(2)  # Prism's first answer is slow
            for number, callbacks in enumerate([False, True]):
                result = sending_round(env, proxy, logs, first=number * TEXTS, callbacks=callbacks)
                print(
                    f"round {number + 1} ({'late callbacks' if callbacks else 'no callbacks'}): {json.dumps(result)}"
                )
                if result["sent twice or more"] or result["lost (never reached Twilio, not failed)"]:
                    failures.append(f"round {number + 1}: sent twice or lost")
                if not result["all terminal"] or result["seconds until all terminal"] > TERMINAL_WITHIN:
                    failures.append(f"round {number + 1}: not all terminal within {TERMINAL_WITHIN} s")
            answers = hostile(env, options.hostile_posts, options.admin_posts)
            print(f"hostile posts: {answers}")
            if any(key.endswith("5xx") for key in answers):
                failures.append("a hostile post got a 5xx")
            for server in servers[1:]:
                stop(server)
            scan = scan_logs(logs)
            print(f"log scan: {scan}")
            if scan["phone numbers"] or scan["message bodies"]:
                failures.append("the logs name a phone number or a message body")
        finally:
            for server in servers:
                if server.poll() is None:
                    stop(server)
            _clear_redis()
            postgres(f'drop database if exists "{DATABASE}" with (force)')
    print("soak: " + ("PASS" if not failures else "FAIL " + "; ".join(failures)))
    return 1 if failures else 0


def _clear_redis() -> None:
    import redis

    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter("django_q:*"):
        client.delete(key)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--queue"]:
        queue_texts(int(sys.argv[2]))
    elif sys.argv[1:2] == ["--dispatcher"]:
        seed_dispatcher()
    else:
        sys.exit(main())
