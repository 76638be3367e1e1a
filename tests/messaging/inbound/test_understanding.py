"""An inbound text is interpreted once and applied to its job through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from fieldservice import services
from fieldservice.models import CustomerState, JobStatus
from messaging.inbound.understand import job_facts, understand_inbound
from messaging.models import Cause, Direction, Message, MessageStatus
from tests.factories import SiteFactory, book_job

# 10 am in Los Angeles; the job's window is 10 am-12 pm there.
MORNING = datetime(2026, 6, 10, 17, 0, tzinfo=UTC)


@pytest.fixture
def todays_job(db, technician):
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        return book_job(technician=technician, start=MORNING, site=SiteFactory(access_notes="Friendly dog"))


def inbound(job, body: str) -> Message:
    return Message.objects.create(
        direction=Direction.INBOUND,
        customer=job.customer,
        job=job,
        phone=job.customer.phone,
        body=body,
        status=MessageStatus.RECEIVED,
        cause=Cause.CUSTOMER,
        created_at=timezone.now(),
    )


def auto_replies(job):
    return list(job.messages.filter(cause=Cause.AUTO_REPLY).values_list("body", flat=True))


@time_machine.travel(MORNING, tick=False)
def test_running_late_marks_the_customer_late_with_the_expected_arrival(todays_job):
    message = inbound(todays_job, "running about 20 min behind, so sorry!")
    interpretation = understand_inbound(message)
    todays_job.refresh_from_db()
    assert interpretation.intent == "running_late"
    assert todays_job.customer_state == CustomerState.LATE
    assert todays_job.customer_expected_at == MORNING + timedelta(minutes=20)
    message.refresh_from_db()
    assert message.interpretation["intent"] == "running_late"
    assert message.interpretation["evidence"]


@time_machine.travel(MORNING, tick=False)
def test_a_message_is_interpreted_and_applied_only_once(todays_job):
    message = inbound(todays_job, "running 20 late")
    assert understand_inbound(message) is not None
    assert understand_inbound(message) is None
    assert todays_job.events.filter(kind="customer_late").count() == 1


@time_machine.travel(MORNING, tick=False)
def test_customer_home_marks_them_home(todays_job):
    services.job_mark_customer_late(job=todays_job, expected_at=None)
    understand_inbound(inbound(todays_job, "ok I'm home now"))
    todays_job.refresh_from_db()
    assert todays_job.customer_state == CustomerState.HOME


@time_machine.travel(MORNING - timedelta(hours=16), tick=False)
def test_a_bare_c_confirms_when_the_last_text_offered_it(todays_job):
    from messaging.outbox.delivery import send_sms

    send_sms(
        body="Reminder: Luis will be there tomorrow 10 am-12 pm. Reply C to confirm or R to reschedule.",
        customer=todays_job.customer,
        job=todays_job,
        cause=Cause.NOTIFICATION,
    )
    # the reminder reached the customer: a queued text is none they can answer (`last_outbound_before`),
    # and a lone "C" with no last text means nothing (issue 13, h13ack12)
    Message.objects.outbound().update(status=MessageStatus.SENT)
    understand_inbound(inbound(todays_job, "C"))
    todays_job.refresh_from_db()
    assert todays_job.status == JobStatus.CONFIRMED


@time_machine.travel(MORNING - timedelta(hours=16), tick=False)
def test_a_bare_c_with_no_text_received_before_changes_nothing(todays_job):
    reading = understand_inbound(inbound(todays_job, "C"))
    todays_job.refresh_from_db()
    assert reading is not None and reading.intent == "other" and not reading.sure
    assert todays_job.status != JobStatus.CONFIRMED


@time_machine.travel(MORNING - timedelta(hours=16), tick=False)
def test_a_reschedule_request_needs_the_dispatcher_and_is_acknowledged(todays_job):
    understand_inbound(inbound(todays_job, "can we do thursday afternoon instead?"))
    todays_job.refresh_from_db()
    assert todays_job.needs_attention
    assert todays_job.attention_reason.startswith("Customer asks to reschedule")
    assert "Thu Jun 11" in todays_job.attention_reason  # in words, as the dispatcher reads it
    assert "afternoon" in todays_job.attention_reason
    [reply] = auto_replies(todays_job)
    assert "Thu Jun 11, afternoon" in reply
    assert "confirm" in reply


@time_machine.travel(MORNING - timedelta(hours=16), tick=False)
def test_a_cancel_request_needs_the_dispatcher_and_is_acknowledged_but_not_cancelled(todays_job):
    understand_inbound(inbound(todays_job, "I need to cancel the appointment, sorry"))
    todays_job.refresh_from_db()
    assert todays_job.status == JobStatus.SCHEDULED
    assert todays_job.attention_reason == "Customer asks to cancel"
    assert "cancellation" in auto_replies(todays_job)[0]


@time_machine.travel(MORNING, tick=False)
def test_where_is_the_tech_is_answered_with_the_eta_when_on_the_way(todays_job):
    services.job_start_route(job=todays_job, eta=MORNING + timedelta(minutes=15), actor="luis")
    understand_inbound(inbound(todays_job, "is he still coming??"))
    assert auto_replies(todays_job) == [
        f"Hi {todays_job.customer.first_name}, Luis is on the way and should be there about 10:15 am."
    ]


@time_machine.travel(MORNING, tick=False)
def test_where_is_the_tech_without_an_eta_goes_to_the_dispatcher(todays_job):
    understand_inbound(inbound(todays_job, "is anyone coming today?"))
    todays_job.refresh_from_db()
    assert todays_job.needs_attention
    assert auto_replies(todays_job) == []


@time_machine.travel(MORNING, tick=False)
def test_a_gas_smell_is_urgent_and_gets_safety_guidance_at_once(todays_job):
    understand_inbound(inbound(todays_job, "I smell gas in the kitchen, should I be worried?"))
    todays_job.refresh_from_db()
    assert todays_job.urgent and todays_job.needs_attention
    [reply] = auto_replies(todays_job)
    assert "leave the house" in reply and "911" in reply


@time_machine.travel(MORNING, tick=False)
def test_flooding_gets_the_shut_off_the_water_guidance(todays_job):
    understand_inbound(inbound(todays_job, "water is pouring through the ceiling!! flooding"))
    [reply] = auto_replies(todays_job)
    assert "main water valve" in reply


@time_machine.travel(MORNING - timedelta(hours=1), tick=False)
def test_an_access_note_is_added_to_the_site_with_its_source(todays_job):
    understand_inbound(inbound(todays_job, "gate code is 4411, come around the back"))
    todays_job.site.refresh_from_db()
    assert "4411" in todays_job.site.access_notes
    assert "Friendly dog" in todays_job.site.access_notes


@time_machine.travel(MORNING, tick=False)
def test_a_complaint_puts_the_job_in_the_attention_queue(todays_job):
    understand_inbound(
        inbound(todays_job, "This is ridiculous, third time you've been late. Terrible service.")
    )
    todays_job.refresh_from_db()
    assert todays_job.needs_attention


@time_machine.travel(MORNING, tick=False)
def test_spanish_customers_get_spanish_acknowledgements(technician):
    site = SiteFactory(customer__language="es", customer__name="María González")
    with time_machine.travel(MORNING - timedelta(days=2), tick=False):
        job = book_job(site=site, technician=technician, start=MORNING + timedelta(days=1))
    understand_inbound(inbound(job, "¿Podemos cambiar la cita para el viernes en la mañana?"))
    [reply] = auto_replies(job)
    assert reply.startswith("Gracias, María")


@time_machine.travel(MORNING, tick=False)
def test_a_spanish_acknowledgement_names_the_requested_day_in_spanish(technician):
    """Not "para cambiar la visita to Fri Jun 12, morning": the request is said in their language."""
    from tests.messaging.test_spanish_texts import english_words

    site = SiteFactory(customer__language="es", customer__name="María González")
    with time_machine.travel(MORNING - timedelta(days=2), tick=False):
        job = book_job(site=site, technician=technician, start=MORNING + timedelta(days=1))
    understand_inbound(inbound(job, "¿Podemos cambiar la cita para el viernes en la mañana?"))
    [reply] = auto_replies(job)
    assert "cambiar la visita para el vie 12 jun, por la mañana." in reply
    assert english_words(reply) == []


@time_machine.travel(MORNING, tick=False)
def test_job_facts_carry_tasks_notes_and_the_technicians_next_job(todays_job, technician):
    later = book_job(technician=technician, start=MORNING + timedelta(hours=3))
    facts = job_facts(todays_job)
    assert facts.customer_name == todays_job.customer.name
    assert facts.technician_name == "Luis"
    assert facts.next_job_window_start == later.window_start
    assert facts.site_notes == ("Friendly dog",)
    assert len(facts.tasks) == todays_job.tasks.count()


@pytest.mark.parametrize(
    ("reply", "flagged"), [("2", True), ("1 - he never showed up on time", True), ("5", False)]
)
def test_a_rating_after_the_feedback_request_is_recorded_and_a_low_one_needs_the_dispatcher(
    todays_job, reply, flagged
):
    from messaging.models import NotificationKind
    from messaging.notify.notices import notify
    from messaging.outbox.delivery import deliver_message

    with time_machine.travel(MORNING, tick=False):
        services.job_arrive(job=todays_job, actor="luis")
        services.job_complete(job=todays_job, actor="luis")
    with time_machine.travel(MORNING + timedelta(hours=5), tick=False):
        request = notify(job=todays_job, kind=NotificationKind.REVIEW_REQUEST)
        deliver_message(message_id=request.pk)  # only a text the customer received is answered
    with time_machine.travel(MORNING + timedelta(hours=6), tick=False):
        understand_inbound(inbound(todays_job, reply))
    todays_job.refresh_from_db()
    assert todays_job.customer_rating == int(reply[0])
    assert todays_job.needs_attention is flagged
    if flagged:
        assert todays_job.attention_reason.startswith("Customer rated the visit")


def test_a_number_that_is_not_a_rating_is_not_read_as_one():
    from messaging.interpret.rating import only_a_rating, rating_in

    assert rating_in("4 stars, great job") == 4
    assert rating_in("3/5") == 3
    assert rating_in("5. Thanks!") == 5 and rating_in("5, he was great") == 5
    assert rating_in("3.5") is None and rating_in("3,5") is None
    assert rating_in("10") is None
    assert rating_in("running 5 min late") is None
    assert only_a_rating("4 stars!") and only_a_rating("3/5.") and only_a_rating("5 estrellas")
    assert not only_a_rating("4, but he was late")


def test_one_rating_pattern_is_read_by_the_interpreter_and_the_inbound_stage():
    """Three regexes once disagreed on "3.5"; every reader now imports the one in interpret/rating.py."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "messaging"
    score_patterns = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if re.search(r"\[1-5\]", path.read_text()) and path.name != "rating.py"
    ]
    assert score_patterns == []
