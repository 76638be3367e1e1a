"""The technician's "Cancel it" reads like a person confirming a cancellation and makes it true:
tapping it cancels the visit through the services and the customer is told once, in the
technician's words. It used to text "I'll cancel your visit today" and leave the job Confirmed, in
the queue and on the technician's day."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fieldservice.models import JobEvent, JobStatus
from messaging.models import Cause, Direction, Message, MessageStatus, NotificationKind
from tests.journeys.stack import CLOCKS, DAY, Moment, visible_words

pytestmark = [pytest.mark.django_db, pytest.mark.real_queue]

CANCEL = {"en": "please cancel it, we don't need the visit anymore", "es": "Cancelen la cita por favor"}
CONFIRMED = {
    "en": "Done, Dana: your visit today is cancelled. Thanks for letting me know",
    "es": "Listo, Dana: su visita quedó cancelada.",
}


@pytest.fixture(
    params=[
        Moment("America/Chicago", DAY, CLOCKS["midday"], "en"),
        Moment("Pacific/Honolulu", DAY, CLOCKS["late-afternoon"], "es"),
    ],
    ids=["chicago-midday-en", "honolulu-late-afternoon-es"],
)
def moment(request):
    return request.param


def tap_cancel_it(stack, job, *, card: str | None = None) -> str:
    """Tap "Cancel it" on the card (`card`: one read earlier, from a page left open)."""
    card = card or stack.card(job)
    assert 'name="action" value="cancel"' in card
    reply, answer = stack.tap_first_reply(job, card=card)
    assert reply.startswith(CONFIRMED[stack.moment.language]), reply
    return answer


def test_cancel_it_cancels_the_visit_and_tells_the_customer_once(stack, moment, at):
    job = stack.book(moment.later(90))
    stack.customer_texts(CANCEL[moment.language])
    answer = tap_cancel_it(stack, job)
    assert not answer.startswith(("Not sent", "Visit cancelled. Not sent")), answer

    job.refresh_from_db()
    assert job.status == JobStatus.CANCELLED
    assert job.events.get(kind=JobEvent.Kind.CANCELLED).actor == "luis"
    told = Message.objects.filter(
        phone=job.customer.phone, direction=Direction.OUTBOUND, cause=Cause.TECHNICIAN
    )
    assert told.get().status == MessageStatus.SENT
    assert not job.messages.filter(notification_kind=NotificationKind.CANCELLED).exists(), "said once"
    assert told.get().body in stack.phone_thread(job)
    assert "Cancelled by the office: don't go" in visible_words(stack.tech_day())
    assert "Nothing needs a person right now." in visible_words(stack.queue())

    assert "You replied" in visible_words(stack.card(job)), "the card shows what was sent, no second send"


def test_cancel_it_for_an_opted_out_customer_cancels_and_says_they_were_not_told(stack, moment, at):
    job = stack.book(moment.later(90))
    stack.customer_texts(CANCEL[moment.language])
    page_before_stop = stack.card(job)
    stack.customer_texts("STOP")
    assert "Replies are off" in visible_words(stack.card(job))
    answer = tap_cancel_it(stack, job, card=page_before_stop)
    assert answer.startswith("Visit cancelled. Not sent: Dana opted out of texts"), answer
    job.refresh_from_db()
    assert job.status == JobStatus.CANCELLED
    assert "was not texted: call them" in visible_words(stack.queue())


def test_the_dispatchers_fill_buttons_leave_out_a_reply_that_would_cancel(stack, moment, at):
    job = stack.book(moment.later(90))
    stack.customer_texts(CANCEL[moment.language])
    page = stack.conversation(job)
    assert all(not reply.action for reply in page.context["replies"])
    assert "Cancel the visit" in page.content.decode()
    assert reverse("admin:messaging_conversation_cancel", args=[job.pk]) in page.content.decode()
