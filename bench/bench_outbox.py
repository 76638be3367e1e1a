"""Outbox throughput: texts written with `send_sms` and delivered by the `deliver` task, per second.

Run from the project root: `python bench/bench_outbox.py`. Each text goes the whole way: the
Message row, the on-commit enqueue, the django-q2 task (run synchronously, in this process, so
the figure is the app's own cost plus the backend's) and the recorded outcome. Twice: through
the in-memory backend, and through the real twilio backend and client over HTTP to the Prism mock
of Twilio's API (started with the test suite's own helpers, behind its fault proxy with no faults).
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from support import throwaway_database

LOCMEM_TEXTS = 300
TWILIO_TEXTS = 200


def send_all(count: int) -> tuple[float, float]:
    """Send `count` texts to distinct numbers; every one must end sent.

    Returns texts per second end to end (`send_sms`, on-commit enqueue, the task run in this
    process) and for the `deliver` task alone on texts already in the outbox (a worker's share).
    """
    from datetime import timedelta

    from django.utils import timezone

    from messaging.models import Cause, Message, MessageStatus
    from messaging.outbox.delivery import send_sms
    from messaging.tasks import deliver

    def write(n: int, **hold: object) -> Message:
        body = f"Luis is on the way, about 2:{n % 60:02d} pm."
        return send_sms(body=body, phone=f"+1415555{n:04d}", cause=Cause.TECHNICIAN, **hold)

    Message.objects.all().delete()
    started = time.perf_counter()
    for n in range(count):
        write(n)
    end_to_end = count / (time.perf_counter() - started)
    # Held texts are not queued on commit; releasing them leaves the task alone to time.
    held = [write(n, send_after=timezone.now() + timedelta(hours=1)).pk for n in range(count)]
    Message.objects.filter(pk__in=held).update(next_attempt_at=timezone.now())
    started = time.perf_counter()
    for pk in held:
        deliver(pk)
    task_only = count / (time.perf_counter() - started)
    statuses = set(Message.objects.values_list("status", flat=True))
    assert statuses == {MessageStatus.SENT}, statuses
    return end_to_end, task_only


@contextmanager
def prism_behind_fault_proxy() -> Iterator[str]:
    """Prism on a free loopback port, as the test suite starts it; yields the fault proxy's URL."""
    from tests.messaging.fault_proxy import FaultProxy
    from tests.sms_fixtures import PRISM, TWILIO_SPEC, _free_port, _wait_until_listening

    port = _free_port()
    with tempfile.TemporaryDirectory() as directory:
        log = Path(directory) / "prism.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [str(PRISM), "mock", str(TWILIO_SPEC), "--host", "127.0.0.1", "--port", str(port)],
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            try:
                _wait_until_listening(process, port, seconds=30, log=log)
                proxy = FaultProxy(f"http://127.0.0.1:{port}").start()
                try:
                    yield proxy.url
                finally:
                    proxy.stop()
            finally:
                process.terminate()
                process.wait(timeout=10)


def report(label: str, count: int) -> None:
    end_to_end, task_only = send_all(count)
    print(
        f"{label}: {end_to_end:.0f} texts/s end to end, {task_only:.0f} texts/s deliver task alone ({count} texts)"
    )


def main() -> None:
    from django.conf import settings

    from tests.messaging.twilio_posts import AUTH_TOKEN
    from tests.sms_fixtures import ACCOUNT_SID

    with throwaway_database("outbox") as database:
        print(f"database: {database}; tasks run synchronously in this process")
        settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
        report("locmem backend", LOCMEM_TEXTS)
        with prism_behind_fault_proxy() as url:
            settings.SMS_BACKEND = "messaging.sms.twilio.backend.SMSBackend"
            settings.TWILIO_API_BASE_URL = url
            settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
            settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
            settings.TWILIO_FROM_NUMBER = "+14155550100"
            send_all(20)  # warm Prism and the HTTP connection
            report("twilio backend -> Prism", TWILIO_TEXTS)


if __name__ == "__main__":
    main()
