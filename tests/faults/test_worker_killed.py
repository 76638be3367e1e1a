"""A django-q2 worker dies after claiming a text and before recording the send."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from messaging.models import Cause, MessageStatus
from messaging.outbox import SENDING_STALE_AFTER, deliver_message, send_sms, sweep_outbox
from messaging.sms.base import BaseSMSBackend
from tests.factories import CustomerFactory

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
