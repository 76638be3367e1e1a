"""Twilio's repeats and reorderings arriving at the same moment, on separate threads and connections."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client

from messaging.models import Cause, Direction, Message, MessageStatus
from messaging.outbox.delivery import deliver_message, send_sms
from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

THREADS = 6


def at_once(post: Callable[[int], int]) -> list[int]:
    """Run `post(n)` on THREADS threads released together; returns their status codes."""
    barrier, codes = threading.Barrier(THREADS), [0] * THREADS

    def run(n: int) -> None:
        try:
            barrier.wait()
            codes[n] = post(n)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


CONCURRENT_WRITERS = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's shared-cache in-memory test database refuses concurrent writers without waiting",
)


@CONCURRENT_WRITERS
def test_the_same_inbound_text_posted_at_once_is_stored_and_interpreted_once(twilio_token, sent_sms):
    customer = CustomerFactory(phone="+14155550123")
    book_job(site=SiteFactory(customer=customer))
    fields = twilio_posts.fields("inbound_sms", Body="Running 15 min late, sorry!")

    codes = at_once(lambda n: twilio_posts.post(Client(), "/sms/inbound", fields).status_code)

    assert codes == [200] * THREADS
    (message,) = Message.objects.filter(direction=Direction.INBOUND)
    assert message.interpretation["intent"] == "running_late"


@CONCURRENT_WRITERS
def test_status_callbacks_out_of_order_and_repeated_at_once_end_at_the_furthest_status(
    twilio_token, sent_sms
):
    message = send_sms(body="On our way.", customer=CustomerFactory(), cause=Cause.TECHNICIAN)
    deliver_message(message_id=message.pk)
    message.refresh_from_db()
    statuses = ["delivered", "sent", "sent", "delivered", "sent", "queued"][:THREADS]
    random.Random(8).shuffle(statuses)

    def post(n: int) -> int:
        fields = twilio_posts.fields(
            "status_sent", MessageSid=message.provider_sid, SmsSid=message.provider_sid
        )
        fields.update(MessageStatus=statuses[n], SmsStatus=statuses[n])
        return twilio_posts.post(Client(), "/sms/status", fields).status_code

    assert set(at_once(post)) == {204}
    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED
    assert message.delivered_at is not None
