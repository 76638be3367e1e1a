"""A django-q2 worker dies after claiming a text and before recording the send: first in this
process (a BaseException standing for SIGKILL), then as a real process killed with SIGKILL while
its request to Twilio (the Prism mock behind the fault proxy) is in flight."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from django_q.conf import Conf

from messaging.models import Cause, MessageStatus
from messaging.outbox.delivery import SENDING_STALE_AFTER, deliver_message, send_sms, sweep_outbox
from messaging.sms.base import BaseSMSBackend
from tests.factories import CustomerFactory
from tests.messaging import fault_proxy as faults

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing after the claim runs, no `except Exception` catches it."""


class DyingBackend(BaseSMSBackend):
    def send(self, *, to: str, body: str, reference: str = "") -> str:
        raise WorkerKilled


def test_the_sweep_recovers_a_text_whose_worker_was_killed_mid_send_and_it_is_sent_once(
    sent_sms, q_sync, settings, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    message = send_sms(body="Luis is on the way.", customer=CustomerFactory(), cause=Cause.TECHNICIAN)
    settings.SMS_BACKEND = f"{__name__}.DyingBackend"
    with pytest.raises(WorkerKilled):
        deliver_message(message_id=message.pk)
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENDING, 1)

    settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"  # a healthy worker from here on
    assert deliver_message(message_id=message.pk) == "not due or already handled"  # a redelivered task
    time_machine.shift(SENDING_STALE_AFTER - timedelta(seconds=1))
    sweep_outbox()  # the first worker might still be alive: leave the row alone
    message.refresh_from_db()
    assert message.status == MessageStatus.SENDING
    assert sent_sms == []

    time_machine.shift(timedelta(seconds=2))
    assert sweep_outbox() == 1
    sweep_outbox()
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 2)
    assert [sms.to for sms in sent_sms] == [str(message.phone)]


def worker_environment(twilio_backend, settings) -> dict[str, str]:
    """A separate worker process configured like this test: its database, Twilio through the proxy."""
    db = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        "SMS_BACKEND": "messaging.sms.twilio.backend.SMSBackend",
        "TWILIO_API_BASE_URL": twilio_backend.url,
        "TWILIO_ACCOUNT_SID": settings.TWILIO_ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": settings.TWILIO_AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": settings.TWILIO_FROM_NUMBER,
        "TWILIO_TIMEOUT": "60",
        "PUBLIC_BASE_URL": settings.PUBLIC_BASE_URL,
    }


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a second process shares the test database")
def test_a_worker_process_killed_while_twilio_has_the_request_is_swept_and_the_text_goes_once(
    twilio_backend, settings, monkeypatch, time_machine
):
    """A real worker process, SIGKILLed while its request to Twilio is in flight."""
    customer = CustomerFactory(phone="+14155550123")
    message = send_sms(body="Luis is on the way.", customer=customer, cause=Cause.TECHNICIAN)
    twilio_backend.by_number["+14155550123"] = faults.Fault(hang=20)  # Twilio never answers this one
    worker = subprocess.Popen(  # noqa: S603 - our own interpreter running our own task
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from messaging import tasks; tasks.deliver({message.pk})",
        ],
        cwd=ROOT,
        env=worker_environment(twilio_backend, settings),
    )
    try:
        deadline = time.monotonic() + 30
        while not twilio_backend.sends() and worker.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert twilio_backend.sends(), "the worker never reached Twilio"
    finally:
        if worker.poll() is None:  # an early exit must show as the assertion above, not as a kill error
            os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    message.refresh_from_db()
    assert (message.status, message.attempts, message.provider_sid) == (MessageStatus.SENDING, 1, None)

    twilio_backend.by_number.clear()  # Twilio answers again; the sweep takes over once the row is stale
    time_machine.move_to(timezone.now() + SENDING_STALE_AFTER + timedelta(seconds=1), tick=False)
    monkeypatch.setattr(Conf, "SYNC", True)  # the delivery the sweep queues runs here and now
    assert sweep_outbox() == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 2)
    assert message.provider_sid.startswith("SM")
    assert sweep_outbox() == 0
    assert [form["Body"] for form in twilio_backend.sends()] == [
        ["Luis is on the way."]
    ] * 2  # one hung, one sent
