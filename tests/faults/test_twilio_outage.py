"""Twilio answering 500, then 429, then nothing at all, then recovering, while the sweep runs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from messaging.models import Cause, Message, MessageStatus
from messaging.outbox.delivery import deliver_message, send_sms, sweep_outbox
from tests.factories import CustomerFactory
from tests.messaging import fault_proxy as faults

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

TICK = timedelta(seconds=15)
# Minutes since the start at which each fault begins; after the last, Twilio is healthy again.
OUTAGE = [(0, faults.SERVER_ERROR), (2, faults.TOO_MANY_REQUESTS), (4, faults.HANG), (6, None)]


def outage_fault(elapsed: timedelta) -> faults.Fault | None:
    return [fault for start, fault in OUTAGE if elapsed >= timedelta(minutes=start)][-1]


def write(n: int) -> Message:
    customer = CustomerFactory(phone=f"+1415555{2000 + n:04d}")
    return send_sms(body=f"Update {n}: Luis is on the way.", customer=customer, cause=Cause.TECHNICIAN)


def test_after_an_outage_every_text_ends_sent_or_failed_with_a_reason_and_none_twice(
    twilio_backend, q_sync, time_machine, settings
):
    settings.SMS_MAX_ATTEMPTS = 4  # attempts at 0, 0.5, 1.5 and 3.5 min: texts of the first minute give up
    time_machine.move_to(timezone.now(), tick=False)
    start = timezone.now()
    twilio_backend.by_number["+14155552999"] = faults.INVALID_NUMBER
    messages, sends_before_recovery = [], None
    for tick in range(int(timedelta(minutes=12) / TICK)):
        elapsed = tick * TICK
        fault = outage_fault(elapsed)
        twilio_backend.share, twilio_backend.share_fault = (
            (1.0, fault) if fault else (0.0, faults.SERVER_ERROR)
        )
        settings.TWILIO_TIMEOUT = 0.2 if fault is faults.HANG else 5  # a short wait for the silence
        if fault is None and sends_before_recovery is None:
            sends_before_recovery = len(twilio_backend.sends())
        if tick % 4 == 0 and elapsed < timedelta(minutes=5):  # a text a minute during the outage
            messages.append(write(len(messages)))
            deliver_message(message_id=messages[-1].pk)  # what the on-commit enqueue runs
        if elapsed == timedelta(minutes=1):
            messages.append(write(999))  # a number Twilio refuses for good
            deliver_message(message_id=messages[-1].pk)
        sweep_outbox()
        time_machine.shift(TICK)

    final = {m.pk: m for m in Message.objects.filter(pk__in=[m.pk for m in messages])}
    assert {m.status for m in final.values()} == {MessageStatus.SENT, MessageStatus.FAILED}
    for message in final.values():
        if message.status == MessageStatus.FAILED:
            assert message.error_code and message.error_message
        else:
            assert message.provider_sid and not message.error_message
    gave_up = [m for m in final.values() if m.error_message.startswith("Gave up after 4 attempts")]
    refused = next(m for m in final.values() if m.body.startswith("Update 999"))
    assert gave_up and (refused.attempts, refused.error_code) == (1, "21211")
    # Only requests after the recovery reached Prism and were sent: each sent text exactly once.
    delivered = [form["Body"][0] for form in twilio_backend.sends()[sends_before_recovery:]]
    delivered = [body for body in delivered if not body.startswith("Update 999")]
    sent = sorted(m.body for m in final.values() if m.status == MessageStatus.SENT)
    assert sorted(delivered) == sent
    assert start + timedelta(minutes=6) < max(m.sent_at for m in final.values() if m.sent_at)
