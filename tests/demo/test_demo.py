from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from demo import day as demo
from demo.day import DEMO_PASSWORD, DISPATCHER_USERNAME, TECHNICIANS
from fieldservice.models import Customer, CustomerState, Job, JobStatus, Technician
from messaging.dispatch import desk as dispatch
from messaging.models import Cause, Direction, Message, MessageStatus, NotificationKind
from messaging.notify import sweeps
from messaging.notify.notices import still_applies
from messaging.outbox.delivery import deliver_message

ROOT = Path(__file__).resolve().parents[2]
# Texts that announce a visit still to come: each must go out before its window opens.
ANNOUNCING = {NotificationKind.SCHEDULED, NotificationKind.REMINDER, NotificationKind.MORNING_REMINDER}


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The demo's logins are real accounts; a fast hasher keeps seeding them from dominating the tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.django_db
def test_seed_demo_builds_a_realistic_day_and_is_idempotent():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (
        Technician.objects.count(),
        Customer.objects.count(),
        Job.objects.count(),
        Message.objects.count(),
    )
    call_command("seed_demo", stdout=io.StringIO())
    assert (
        Technician.objects.count(),
        Customer.objects.count(),
        Job.objects.count(),
        Message.objects.count(),
    ) == counts
    assert counts[0] == len(TECHNICIANS)
    assert counts[2] >= 12
    assert Customer.objects.filter(language="es").exists()
    assert Job.objects.values("site__timezone").distinct().count() >= 2
    assert Job.objects.values("trade").distinct().count() >= 3
    assert Job.objects.exclude(site__access_notes="").exists()
    assert all(job.tasks.exists() for job in Job.objects.all())


@pytest.mark.django_db
def test_demo_logins_work_and_the_dispatcher_is_in_the_dispatcher_group():
    call_command("seed_demo", stdout=io.StringIO())
    login = RequestFactory().post("/accounts/login/")  # the lockout backend needs the request
    dispatcher = authenticate(login, username=DISPATCHER_USERNAME, password=DEMO_PASSWORD)
    assert dispatcher is not None
    assert dispatcher.is_staff
    assert dispatcher.groups.filter(name="Dispatcher").exists()
    for username, _, _ in TECHNICIANS:
        technician = authenticate(login, username=username, password=DEMO_PASSWORD)
        assert technician is not None, username
        assert not technician.is_staff


def run_the_worker() -> None:
    """What the task cluster does as soon as the demo starts: send what is due, run the sweeps."""
    for message_id in Message.objects.filter(status=MessageStatus.QUEUED).values_list("pk", flat=True):
        deliver_message(message_id=message_id)
    sweeps.sweep_reminders()
    sweeps.sweep_review_requests()
    sweeps.sweep_stale_etas()
    sweeps.sweep_day_slips()


def assert_the_day_tells_the_truth(now: datetime) -> None:
    outbound = Message.objects.filter(direction=Direction.OUTBOUND).select_related("job")
    assert outbound.exists()
    refused = list(
        outbound.filter(status=MessageStatus.REFUSED).values_list("notification_kind", "error_message")
    )
    assert refused == [], refused
    for message in outbound.filter(notification_kind__in=ANNOUNCING):
        announced_at = message.sent_at or message.send_after or message.created_at
        assert announced_at < message.job.window_start, (message.body, announced_at, message.job.window_start)
    for message in outbound.filter(status=MessageStatus.QUEUED):
        assert still_applies(message), message.body
    for message in outbound.filter(status=MessageStatus.SENT):
        assert message.created_at <= now
    # Nothing the seeding did needs a person: no missed window, no text left unanswered, no failed send.
    rows = dispatch.attention_queue(now=timezone.now())
    assert [(row.kinds, row.reasons) for row in rows] == []


def assert_every_state_is_on_screen() -> None:
    statuses = set(demo.demo_jobs().values_list("status", flat=True))
    assert {JobStatus.COMPLETED, JobStatus.ON_SITE, JobStatus.EN_ROUTE} <= statuses
    assert demo.demo_jobs().filter(status__in=[JobStatus.SCHEDULED, JobStatus.CONFIRMED]).count() >= 6
    # The model moment: a technician on site, the customer out, his text to her unanswered.
    out = demo.out_customer_job()
    assert out is not None
    assert out.customer_state != CustomerState.HOME
    last = out.messages.order_by("-created_at", "-pk").first()
    assert last.direction == Direction.OUTBOUND and last.cause == Cause.TECHNICIAN
    # The technician's list of today shows each state, the finished visit included.
    technician_days = {
        job.status
        for job in demo.demo_jobs()
        if timezone.localtime(job.window_end).date()
        >= timezone.localdate()
        >= timezone.localtime(job.window_start).date()
        or job.status in {JobStatus.ON_SITE, JobStatus.EN_ROUTE}
    }
    assert JobStatus.COMPLETED in technician_days


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("zone", "clock"),
    [
        ("America/Los_Angeles", (7, 40)),
        ("America/Los_Angeles", (12, 10)),
        ("America/Los_Angeles", (16, 32)),
        ("America/Los_Angeles", (21, 50)),
        ("America/Los_Angeles", (2, 15)),
        ("America/Los_Angeles", (0, 10)),
        ("Europe/London", (16, 32)),
        ("Australia/Sydney", (9, 5)),
    ],
)
def test_the_demo_day_is_true_at_any_hour(settings, zone, clock):
    settings.TIME_ZONE = zone
    settings.SMS_BACKEND = "messaging.sms.outbox.SMSBackend"
    now = datetime(2026, 6, 10, *clock, tzinfo=ZoneInfo(zone))
    with time_machine.travel(now, tick=False):
        counts = demo.seed_demo()
        assert counts["jobs_created"] == len(demo.PLAN)
        assert_the_day_tells_the_truth(now)
        assert_every_state_is_on_screen()
        run_the_worker()
        assert_the_day_tells_the_truth(now)
        day = demo.seeded_day()
        text = demo.welcome("http://127.0.0.1:8000", day)
    assert day.shifted == (not (10 <= clock[0] < 15)), text
    assert ("shifted" in text) == day.shifted


@pytest.mark.django_db
def test_the_welcome_lists_every_login_and_walks_through_five_steps():
    call_command("seed_demo", stdout=io.StringIO())
    text = demo.welcome("http://127.0.0.1:8001")
    for username, _, _ in TECHNICIANS:
        assert username in text
    assert DISPATCHER_USERNAME in text and DEMO_PASSWORD in text
    for step in range(1, 6):
        assert f"  {step}. " in text
    job = demo.out_customer_job()
    assert f"http://127.0.0.1:8001/tech/jobs/{job.pk}/" in text
    assert demo.LATE_TEXT in text and demo.EMERGENCY_TEXT in text
    assert "--reset" in text


@pytest.mark.django_db
def test_reset_lays_out_a_fresh_day_and_keeps_what_is_not_the_demos(job):
    with time_machine.travel(
        datetime(2026, 6, 10, 12, 10, tzinfo=ZoneInfo("America/Los_Angeles")), tick=False
    ):
        call_command("seed_demo", stdout=io.StringIO())
    with time_machine.travel(
        datetime(2026, 6, 11, 12, 10, tzinfo=ZoneInfo("America/Los_Angeles")), tick=False
    ):
        out = io.StringIO()
        call_command("seed_demo", stdout=out)
        assert "--reset" in out.getvalue(), "a day laid out yesterday is stale"
        call_command("seed_demo", "--reset", stdout=io.StringIO())
        assert not demo.is_stale()
        assert timezone.localtime(demo.out_customer_job().window_start).date() == date(2026, 6, 11)
    assert Job.objects.filter(pk=job.pk).exists()
    assert demo.demo_jobs().count() == len(demo.PLAN)


@pytest.mark.django_db
def test_the_demo_refuses_to_text_made_up_numbers_through_twilio(settings):
    settings.SMS_BACKEND = "messaging.sms.twilio.backend.SMSBackend"
    with pytest.raises(Exception, match="made-up"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not Job.objects.exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.mark.slow
def test_the_demo_starts_the_web_server_and_the_task_cluster_and_ctrl_c_stops_both(tmp_path):
    """Runs `manage.py demo` as `make demo` does, on a fresh SQLite file and a free port."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {"SQLITE_PATH": str(tmp_path / "demo.sqlite3"), "PYTHONUNBUFFERED": "1"}
    demo = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "manage.py", "demo", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        page = wait_for(f"http://127.0.0.1:{port}/admin/login/", seconds=90)
        assert "Django administration" in page or "Log in" in page
        children = subprocess.run(  # noqa: S603
            ["/usr/bin/pgrep", "-f", "-s", str(demo.pid), "manage.py qcluster"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        assert children.stdout.strip(), "the django-q2 cluster is not running"
    finally:
        demo.send_signal(signal.SIGINT)
        output, _ = demo.communicate(timeout=60)
    assert f"http://127.0.0.1:{port}/admin/" in output
    assert DEMO_PASSWORD in output
    leftover = subprocess.run(  # noqa: S603
        ["/usr/bin/pgrep", "-s", str(demo.pid)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert leftover.stdout.strip() == "", "a demo process kept running after Ctrl-C"
