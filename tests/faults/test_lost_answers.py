"""Twilio takes a text and its answer is lost (a reset, a hang, a worker that dies): the text
reaches the customer once. The retry asks Twilio whether it has the text before sending again.

Through the real twilio client, Prism (Twilio's own spec) and the fault proxy, which remembers
what Twilio accepted and serves it on the Messages list as Twilio does.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from messaging.models import Cause, Message, MessageStatus
from messaging.outbox.delivery import SENDING_STALE_AFTER, deliver_message, send_sms, sweep_outbox
from messaging.sms.base import AMBIGUOUS_CODE
from tests.factories import CustomerFactory
from tests.messaging import fault_proxy as faults

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def _text(n: int) -> Message:
    customer = CustomerFactory(phone=f"+1415555{3000 + n:04d}")
    return send_sms(body=f"Maya is on the way ({n}).", customer=customer, cause=Cause.TECHNICIAN)


@pytest.mark.parametrize("fault", [faults.ACCEPT_THEN_RESET, faults.ACCEPT_THEN_HANG], ids=["reset", "hang"])
def test_an_accepted_text_whose_answer_was_lost_is_recorded_not_sent_again(
    twilio_backend, time_machine, settings, fault
):
    settings.TWILIO_TIMEOUT = 1.5  # longer than Prism takes to accept, shorter than the hang
    time_machine.move_to(timezone.now(), tick=False)
    message = _text(1)
    twilio_backend.by_number[str(message.phone)] = fault
    assert deliver_message(message_id=message.pk) == f"retry later ({AMBIGUOUS_CODE})"
    assert len(twilio_backend.accepted_to(str(message.phone))) == 1  # Twilio has it
    message.refresh_from_db()
    assert (message.status, message.error_code) == (MessageStatus.QUEUED, AMBIGUOUS_CODE)

    twilio_backend.by_number.clear()
    time_machine.move_to(message.next_attempt_at, tick=False)
    outcome = deliver_message(message_id=message.pk)
    message.refresh_from_db()
    held = twilio_backend.accepted_to(str(message.phone))
    assert len(held) == 1, "the retry sent the text a second time"
    assert outcome.startswith("sent")
    assert (message.status, message.provider_sid) == (MessageStatus.SENT, held[0]["sid"])


def test_a_refused_connection_is_retried_without_asking_and_sends_once(
    twilio_backend, time_machine, settings
):
    """Nothing was written when the connection never opened: the retry simply sends."""
    time_machine.move_to(timezone.now(), tick=False)
    message = _text(2)
    settings.TWILIO_API_BASE_URL = "http://127.0.0.1:9"  # discard port: nothing listens
    outcome = deliver_message(message_id=message.pk)
    assert outcome == "retry later (network)"
    settings.TWILIO_API_BASE_URL = twilio_backend.url
    time_machine.move_to(Message.objects.get(pk=message.pk).next_attempt_at, tick=False)
    deliver_message(message_id=message.pk)
    assert len(twilio_backend.accepted_to(str(message.phone))) == 1


def test_a_worker_that_died_after_twilio_took_the_text_is_recovered_within_a_minute_and_not_resent(
    twilio_backend, time_machine, q_sync
):
    time_machine.move_to(timezone.now(), tick=False)
    message = _text(3)
    # What a worker killed right after Twilio's answer leaves: Twilio has the text, the row says sending.
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, attempts=1)
    from messaging.sms import get_backend

    get_backend().send(to=str(message.phone), body=message.body, reference=str(message.pk))
    assert timedelta(minutes=1) >= SENDING_STALE_AFTER
    time_machine.shift(SENDING_STALE_AFTER + timedelta(seconds=15))  # the next minute's sweep
    sweep_outbox()
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert len(twilio_backend.accepted_to(str(message.phone))) == 1


def test_two_hundred_texts_through_thirty_percent_faults_arrive_once_each(
    twilio_backend, time_machine, settings, q_sync
):
    """500s, 429s, hangs before Twilio, and answers lost after Twilio accepted; no status
    callbacks; the sweep on its schedule: every text ends sent, none twice."""
    settings.TWILIO_TIMEOUT = 0.5
    settings.SMS_MAX_ATTEMPTS = 8
    time_machine.move_to(timezone.now(), tick=False)
    chaos = random.Random(7)
    kinds = [
        faults.SERVER_ERROR,
        faults.TOO_MANY_REQUESTS,
        faults.Fault(hang=0.8),
        faults.ACCEPT_THEN_RESET,
        faults.ACCEPT_THEN_HANG,
    ]
    messages = [_text(100 + n) for n in range(200)]

    def roll_faults() -> None:
        twilio_backend.by_number.clear()
        for message in messages:
            if chaos.random() < 0.3:
                twilio_backend.by_number[str(message.phone)] = chaos.choice(kinds)

    roll_faults()
    for message in messages:
        deliver_message(message_id=message.pk)
    for _minute in range(30):
        time_machine.shift(timedelta(minutes=1))
        roll_faults()
        sweep_outbox()
        if not Message.objects.filter(status__in=[MessageStatus.QUEUED, MessageStatus.SENDING]).exists():
            break
    final = list(Message.objects.filter(pk__in=[m.pk for m in messages]))
    assert {m.status for m in final} == {MessageStatus.SENT}
    for message in final:
        held = twilio_backend.accepted_to(str(message.phone))
        assert len(held) == 1, f"{message.phone} got {len(held)} copies"
        assert message.provider_sid == held[0]["sid"]
