from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from fieldservice.demo import DEMO_PASSWORD, DISPATCHER_USERNAME, TECHNICIANS
from fieldservice.models import Customer, Job, Technician

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_seed_demo_builds_a_realistic_day_and_is_idempotent():
    call_command("seed_demo")
    counts = (Technician.objects.count(), Customer.objects.count(), Job.objects.count())
    call_command("seed_demo")
    assert (Technician.objects.count(), Customer.objects.count(), Job.objects.count()) == counts
    assert counts[0] >= 2
    assert counts[2] >= 12
    assert Customer.objects.filter(language="es").exists()
    assert Job.objects.values("site__timezone").distinct().count() >= 2
    assert Job.objects.values("trade").distinct().count() >= 3
    assert Job.objects.exclude(site__access_notes="").exists()
    assert all(job.tasks.exists() for job in Job.objects.all())


@pytest.mark.django_db
def test_demo_logins_work_and_the_dispatcher_is_in_the_dispatcher_group():
    call_command("seed_demo")
    login = RequestFactory().post("/accounts/login/")  # the lockout backend needs the request
    dispatcher = authenticate(login, username=DISPATCHER_USERNAME, password=DEMO_PASSWORD)
    assert dispatcher is not None
    assert dispatcher.is_staff
    assert dispatcher.groups.filter(name="Dispatcher").exists()
    technician = authenticate(login, username=TECHNICIANS[0][0], password=DEMO_PASSWORD)
    assert technician is not None
    assert not technician.is_staff


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
