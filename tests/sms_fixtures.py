"""Fixtures for the SMS gateway: the in-memory backend, synchronous tasks, a signing token, and
Prism (Twilio's API mock) behind the fault proxy, for every test package."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.utils.module_loading import import_string
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.signing import SignedPackage

from messaging import tasks
from messaging.inbound import store as inbox
from messaging.inbound.drain import drains_in_use, forget_pending_drains
from messaging.models import BusinessSettings
from messaging.sms import locmem
from tests.messaging import twilio_posts
from tests.messaging.fault_proxy import FaultProxy


@pytest.fixture
def sent_sms(settings):
    """Texts handed to the in-memory backend, in order."""
    settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
    locmem.sent.clear()
    yield locmem.sent
    locmem.sent.clear()


@pytest.fixture
def q_sync(monkeypatch):
    """Run django-q2 tasks at once, in this process (django-q2 reads its settings at import)."""
    monkeypatch.setattr(Conf, "SYNC", True)


@pytest.fixture(autouse=True)
def inbound_handled_at_once(request, monkeypatch):
    """The worker's handling of an inbound text, run in this process as the webhook hands it over.

    In production the webhook's insert commits at once and a worker handles the text moments
    later; a test's own transaction never commits, so its on-commit hand-off would never fire.
    Tests marked `real_queue` keep the real hand-off (on commit, through django-q2)."""
    if request.node.get_closest_marker("real_queue"):
        return
    monkeypatch.setattr(
        inbox,
        "hand_to_worker",
        lambda message_id, keyword=None, customer_id=None: tasks.handle_inbound(message_id, keyword),
    )


def peek_queued_tasks() -> list[dict]:
    """The tasks waiting in this run's django-q2 queue, decoded and left where they are, whichever
    broker the run uses (Redis when REDIS_URL is set, as in CI's second pass; else the database)."""
    broker = get_broker()
    if hasattr(broker.connection, "lrange"):  # Redis: a list the workers pop from
        return [SignedPackage.loads(payload) for payload in broker.connection.lrange(broker.list_key, 0, -1)]
    return [row.task for row in OrmQ.objects.filter(key=broker.list_key).order_by("pk")]


def drop_queued_tasks() -> None:
    """Lose every queued task, as a broker restart without persistence would (with Redis, the
    marks that say a drain of inbound texts is queued go with them)."""
    get_broker().purge_queue()
    if drains_in_use():
        forget_pending_drains()


def run_queued_tasks() -> list[object]:
    """Take every task from this run's django-q2 queue and run it here, as a worker would;
    returns their results in order. For tests that go through the real on-commit hand-off."""
    broker, results = get_broker(), []
    while queued := broker.dequeue():
        for ack_id, payload in queued:
            task = SignedPackage.loads(payload)
            function = task["func"] if callable(task["func"]) else import_string(task["func"])
            results.append(function(*task["args"], **task["kwargs"]))
            broker.acknowledge(ack_id)
    return results


def handling_outcomes(results: list[object]) -> list[object]:
    """What the queued tasks said (`run_queued_tasks`), a batch drain's texts one by one: a text's
    own task says its outcome, a drain how many of its texts ended each way."""
    return [
        outcome
        for result in results
        for outcome in (
            [key for key, count in result.items() for _ in range(count)]
            if isinstance(result, dict)
            else [result]
        )
    ]


@pytest.fixture(autouse=True)
def fresh_business_settings():
    """Each process keeps a copy of the business settings; a test's rollback must not leave
    the previous test's copy behind."""
    BusinessSettings.forget_cached()
    yield
    BusinessSettings.forget_cached()


@pytest.fixture
def twilio_token(settings):
    settings.TWILIO_AUTH_TOKEN = twilio_posts.AUTH_TOKEN
    settings.PUBLIC_BASE_URL = "https://sms.example.com"
    return twilio_posts.AUTH_TOKEN


ROOT = Path(__file__).resolve().parents[1]
# Twilio's own OpenAPI description of its REST API, from the npm package pinned in package-lock.json.
TWILIO_SPEC = (
    ROOT / "node_modules" / "@twilio-alpha" / "mcp" / "twilio-oai" / "spec" / "json" / "twilio_api_v2010.json"
)
PRISM = ROOT / "node_modules" / ".bin" / "prism"
ACCOUNT_SID = "AC" + "a" * 32


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_listening(process: subprocess.Popen, port: int, *, seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"Prism did not listen on port {port} within {seconds:.0f} s.")


@pytest.fixture(scope="session")
def prism(tmp_path_factory):
    """Stoplight Prism serving Twilio's own API description on loopback, for the whole session."""
    for needed, how in [
        (PRISM, "run `make install` (npm ci)"),
        (TWILIO_SPEC, "run `make install` (npm ci installs @twilio-alpha/mcp, which carries it)"),
    ]:
        if not needed.exists():
            pytest.fail(f"{needed} is missing: {how}.")
    port = _free_port()
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    output = log.open("w")
    process = subprocess.Popen(  # noqa: S603 - our pinned tool, fixed arguments
        [str(PRISM), "mock", str(TWILIO_SPEC), "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_listening(process, port, seconds=30, log=log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        output.close()


@pytest.fixture(scope="session")
def fault_proxy_server(prism):
    proxy = FaultProxy(prism).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def fault_proxy(fault_proxy_server):
    fault_proxy_server.reset()
    yield fault_proxy_server
    fault_proxy_server.reset()


@pytest.fixture
def twilio_backend(settings, fault_proxy):
    """The real twilio backend and client, talking to Prism through the fault proxy."""
    settings.SMS_BACKEND = "messaging.sms.twilio.backend.SMSBackend"
    settings.TWILIO_API_BASE_URL = fault_proxy.url
    settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
    settings.TWILIO_AUTH_TOKEN = twilio_posts.AUTH_TOKEN
    settings.TWILIO_FROM_NUMBER = "+14155550100"
    settings.TWILIO_MESSAGING_SERVICE_SID = ""
    settings.TWILIO_TIMEOUT = 5
    settings.PUBLIC_BASE_URL = "https://sms.example.com"
    return fault_proxy
