"""The dispatcher's day: the attention queue, conversations, reschedule answers, the board, the numbers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Job, JobEvent
from messaging.dispatch import desk as dispatch
from messaging.inbound.store import receive_sms
from messaging.inbound.understand import understand_inbound
from messaging.models import Cause, ConsentChange, Message, MessageStatus, NotificationKind
from messaging.outbox.delivery import send_sms
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sent_sms")]

# Wednesday June 10, 2026, 9 am in Los Angeles (every site of these tests).
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
_sids = itertools.count(1)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


@pytest.fixture
def luis(db):
    return TechnicianFactory(first_name="Luis")


@pytest.fixture
def maya(db):
    return TechnicianFactory(first_name="Maya", phone="+14155550102")


def visit(*, technician=None, hour: int = 13, day: int = 10, name: str = "Dana Ortiz", hours: int = 2) -> Job:
    """A visit on June `day` from `hour` (Los Angeles) for a customer called `name`."""
    site = SiteFactory(customer=CustomerFactory(name=name))
    start = datetime(2026, 6, day, hour, 0, tzinfo=timezone.get_current_timezone())
    return book_job(site=site, technician=technician, start=start, hours=hours)


def text_in(time_machine, body: str, *, phone: str, at: datetime | None = None) -> Message:
    """A customer's text stored and understood the way the webhook does it."""
    if at:
        time_machine.move_to(at, tick=False)
    receive_sms(fields={"MessageSid": f"SM{next(_sids):032d}", "From": phone, "Body": body})
    message = Message.objects.inbound().latest("pk")
    understand_inbound(message)
    time_machine.move_to(NOW, tick=False)
    message.refresh_from_db()
    return message


def failed_text(job: Job) -> Message:
    message = send_sms(body="Luis is on the way", customer=job.customer, job=job, cause=Cause.NOTIFICATION)
    Message.objects.filter(pk=message.pk).update(
        status=MessageStatus.UNDELIVERED, error_code="30003", error_message="Unreachable destination handset"
    )
    return message


def test_the_queue_orders_by_urgency_and_says_why_in_words(time_machine, luis):
    gas = visit(technician=luis, name="Gus Gas")
    moving = visit(technician=luis, name="Mo Ving")
    waiting = visit(technician=luis, name="Wai Ting")
    late = visit(technician=luis, hour=9, name="Lee Late")
    unreachable = visit(technician=luis, name="Una Reach")
    text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(moving.customer.phone))
    text_in(
        time_machine,
        "Do I need to move my car out of the driveway",
        phone=str(waiting.customer.phone),
        at=NOW - timedelta(minutes=25),
    )
    text_in(
        time_machine,
        "I smell gas in the kitchen!",
        phone=str(gas.customer.phone),
        at=NOW - timedelta(minutes=1),
    )
    text_in(time_machine, "Who is this?", phone="+14155559999", at=NOW - timedelta(minutes=3))
    services.job_mark_customer_late(job=late, expected_at=NOW + timedelta(hours=3))
    failed_text(unreachable)

    rows = dispatch.attention_queue(now=timezone.now())

    assert [row.kind for row in rows] == [
        "emergency",
        "unanswered",
        "missing_window",
        "failed_send",
        "reschedule",
        "unknown_sender",
    ]
    emergency, unanswered, missing, failed, reschedule, unknown = rows
    assert emergency.job == gas and emergency.call
    assert "EMERGENCY" in emergency.reasons[0]
    assert unanswered.job == waiting and unanswered.reasons == ["Waiting 25 min for an answer"]
    assert missing.reasons == ["Lee will be home at 12 pm, after the window ends at 11 am"]
    assert failed.call and failed.phone == str(unreachable.customer.phone)
    assert "error 30003: Unreachable destination handset" in failed.reasons[0]
    assert reschedule.job == moving and reschedule.reasons[0].startswith("Customer asks to reschedule")
    assert unknown.job is None and unknown.reasons == ["Text from a number we don't know"]


def test_the_queue_page_links_each_row_to_its_action_and_failed_sends_to_a_call(
    dispatcher_client, time_machine, luis
):
    moving = visit(technician=luis)
    text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(moving.customer.phone))
    unreachable = visit(technician=luis, name="Una Reach")
    failed_text(unreachable)

    body = dispatcher_client.get(reverse("admin:messaging_conversation_changelist")).content.decode()

    assert f'href="tel:{unreachable.customer.phone}"' in body
    assert reverse("admin:messaging_conversation_reschedule", args=[moving.pk]) in body
    assert "Can we move it to Friday afternoon?" in body


def test_the_admin_index_leads_with_the_dispatchers_pages(dispatcher_client):
    body = dispatcher_client.get(reverse("admin:index")).content.decode()
    assert body.index(reverse("admin:messaging_conversation_changelist")) < body.index("Customers")


def test_a_text_answered_by_anyone_leaves_the_queue(time_machine, luis):
    job = visit(technician=luis)
    text_in(
        time_machine,
        "Do I need to move my car",
        phone=str(job.customer.phone),
        at=NOW - timedelta(minutes=30),
    )
    send_sms(body="No need, thanks!", customer=job.customer, job=job, cause=Cause.TECHNICIAN)
    assert dispatch.attention_queue(now=timezone.now()) == []


@pytest.mark.parametrize("answered_by", [Cause.TECHNICIAN, Cause.DISPATCHER])
def test_a_not_sure_flag_leaves_the_queue_once_a_person_answers_the_text(time_machine, luis, answered_by):
    job = visit(technician=luis)
    # Two requests that act differently: the reading is never sure, so the job is flagged for a person.
    text = text_in(
        time_machine,
        "running late 20 min, cancel if he can't wait",
        phone=str(job.customer.phone),
        at=NOW - timedelta(minutes=30),
    )
    assert text.interpretation["sure"] is False
    [row] = dispatch.attention_queue(now=timezone.now())
    assert row.reasons[0].startswith("Not sure, please read the text.")

    send_sms(body="Sure, no problem, see you soon", customer=job.customer, job=job, cause=Cause.AUTO_REPLY)
    assert dispatch.attention_queue(now=timezone.now()), "the bot's own note is no person reading it"

    send_sms(body="No problem, Luis will wait", customer=job.customer, job=job, cause=answered_by)
    assert dispatch.attention_queue(now=timezone.now()) == []


def test_an_urgent_flag_stays_after_a_reply_until_someone_clears_it(time_machine, luis):
    job = visit(technician=luis)
    text_in(
        time_machine,
        "I smell gas in the kitchen",
        phone=str(job.customer.phone),
        at=NOW - timedelta(minutes=30),
    )
    send_sms(body="Calling you now", customer=job.customer, job=job, cause=Cause.TECHNICIAN)
    assert [row.job for row in dispatch.attention_queue(now=timezone.now())] == [job]


def test_a_dispatcher_reply_goes_out_through_the_outbox_and_answers_the_waiting_text(
    dispatcher_client, dispatcher, time_machine, luis
):
    job = visit(technician=luis)
    question = text_in(
        time_machine,
        "Do I need to move my car",
        phone=str(job.customer.phone),
        at=NOW - timedelta(minutes=30),
    )
    url = reverse("admin:messaging_conversation_change", args=[job.pk])

    response = dispatcher_client.post(
        url,
        {
            "body": "No need, Dana. Luis parks on the street.",
            "token": dispatcher_client.get(url).context["token"],
        },
    )

    assert response.status_code == 302
    reply = Message.objects.outbound().get(cause=Cause.DISPATCHER)
    assert (reply.job, reply.sent_by, reply.status) == (job, dispatcher, MessageStatus.QUEUED)
    question.refresh_from_db()
    assert question.handled_at is not None
    assert dispatch.attention_queue(now=timezone.now()) == []


def test_an_empty_reply_is_refused_with_the_reason(dispatcher_client, luis):
    job = visit(technician=luis)
    url = reverse("admin:messaging_conversation_change", args=[job.pk])
    response = dispatcher_client.post(url, {"body": "  ", "token": "t"}, follow=True)
    assert "The text is empty." in response.content.decode()
    assert not Message.objects.outbound().filter(cause=Cause.DISPATCHER).exists()


def test_the_conversation_shows_both_ways_with_status_interpretation_and_reply_options(
    dispatcher_client, time_machine, luis
):
    job = visit(technician=luis)
    text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(job.customer.phone))
    failed_text(job)

    response = dispatcher_client.get(reverse("admin:messaging_conversation_change", args=[job.pk]))

    body = response.content.decode()
    assert "Can we move it to Friday afternoon?" in body
    assert "Luis is on the way" in body and "Undelivered" in body
    assert "Understood: reschedule, for Fri Jun 12, afternoon" in body
    assert response.context["replies"], "assist offers replies"
    assert 'class="button fill"' in body


def test_a_number_we_dont_know_has_its_own_conversation_and_can_be_answered(dispatcher_client, time_machine):
    first = text_in(time_machine, "Who is this?", phone="+14155559999")
    url = reverse("admin:messaging_conversation_number", args=[first.pk])
    assert "Who is this?" in dispatcher_client.get(url).content.decode()
    dispatcher_client.post(url, {"body": "This is Field Service Co. How can we help?", "token": "t"})
    reply = Message.objects.outbound().get(cause=Cause.DISPATCHER)
    assert str(reply.phone) == "+14155559999"
    first.refresh_from_db()
    assert not first.flagged and first.handled_at
    assert dispatch.attention_queue(now=timezone.now()) == []


def test_done_takes_a_row_off_the_queue_through_the_service(dispatcher_client, time_machine, luis):
    job = visit(technician=luis)
    failed_text(job)
    services.job_flag_attention(job=job, reason="Gate code unknown")
    dispatcher_client.post(reverse("admin:messaging_conversation_done"), {"job": job.pk})
    job.refresh_from_db()
    assert not job.needs_attention
    assert job.events.filter(kind=JobEvent.Kind.ATTENTION_CLEARED, actor="dispatch").exists()
    assert dispatch.attention_queue(now=timezone.now()) == []


def test_free_windows_fall_on_the_requested_afternoon_around_existing_jobs(time_machine, luis, maya):
    job = visit(technician=luis)
    visit(technician=luis, day=12, hour=12, name="Busy Luis")
    text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(job.customer.phone))
    asked = dispatch.reschedule_request(job=job, items=dispatch.thread(job=job))

    windows = dispatch.free_windows(job=job, request=asked, now=timezone.now())

    assert [w.label for w in windows] == [
        "Luis: Fri Jun 12, 2-4 pm",
        "Luis: Fri Jun 12, 3-5 pm",
        "Maya: Fri Jun 12, 12-2 pm",
        "Maya: Fri Jun 12, 1-3 pm",
    ]


def test_accepting_a_reschedule_moves_the_window_as_the_customers_choice_and_clears_attention(
    dispatcher_client, time_machine, luis, maya
):
    job = visit(technician=luis)
    request = text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(job.customer.phone))
    start = datetime(2026, 6, 12, 13, 0, tzinfo=timezone.get_current_timezone())
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])

    response = dispatcher_client.post(
        url, {"answer": "accept", "technician": maya.pk, "start": start.isoformat()}
    )

    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.window_start, job.window_end, job.technician) == (start, start + timedelta(hours=2), maya)
    assert not job.needs_attention, job.attention_reason
    moved = job.events.get(kind=JobEvent.Kind.WINDOW_CHANGED)
    assert moved.detail["moved_by_business"] is False and moved.actor == "dispatch"
    request.refresh_from_db()
    assert request.handled_at is not None


def test_a_window_taken_in_the_meantime_cannot_be_accepted(dispatcher, luis):
    job = visit(technician=luis)
    visit(technician=luis, day=12, hour=13, name="Quicker Customer")
    start = datetime(2026, 6, 12, 14, 0, tzinfo=timezone.get_current_timezone())
    with pytest.raises(services.JobStateError, match="Luis is no longer free"):
        dispatch.reschedule_accept(job=job, technician=luis, window_start=start, user=dispatcher)
    job.refresh_from_db()
    assert job.window_start.day == 10


def test_declining_a_reschedule_sends_an_empathetic_no_and_keeps_the_window(
    dispatcher_client, time_machine, luis
):
    job = visit(technician=luis)
    text_in(time_machine, "Can we move it to Friday afternoon?", phone=str(job.customer.phone))
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    decline = dispatcher_client.get(url).context["decline"]
    assert decline.startswith("I'm sorry, Dana, we can't move your visit to Fri Jun 12, afternoon")
    assert "Your visit stays Wed Jun 10, 1-3 pm" in decline

    dispatcher_client.post(url, {"answer": "decline", "body": decline, "token": "t"})

    reply = Message.objects.outbound().get(cause=Cause.DISPATCHER)
    assert reply.body == decline
    job.refresh_from_db()
    assert job.window_start.hour == 20 and not job.needs_attention  # 1 pm in Los Angeles


def test_the_board_shows_each_technicians_day_in_order_with_eta_and_customer_state(
    dispatcher_client, luis, maya
):
    later = visit(technician=luis, hour=13, name="Second Stop")
    first = visit(technician=luis, hour=9, name="First Stop")
    services.job_start_route(job=first, eta=NOW + timedelta(minutes=20), actor="luis")
    services.job_mark_customer_late(job=first, expected_at=NOW + timedelta(minutes=35))
    services.job_flag_attention(job=later, reason="Customer complaint", urgent=True)
    visit(technician=None, hour=15, name="Nobody Yet")
    visit(technician=maya, day=11, name="Tomorrow")

    response = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist"))

    lanes = {lane.name: lane for lane in response.context["board"].lanes}
    assert [block.job for block in lanes["Luis"].blocks] == [first, later]
    assert lanes["Maya"].blocks == []
    assert [block.job.customer.name for block in lanes["Unassigned"].blocks] == ["Nobody Yet"]
    block = lanes["Luis"].blocks[0]
    assert (block.status_label, block.arrival, block.customer_expected) == (
        "On the way",
        NOW + timedelta(minutes=35),  # Luis waits for the late customer
        NOW + timedelta(minutes=35),
    )
    assert "customer late until 9:35 am" in block.words
    assert lanes["Luis"].blocks[1].emergency
    body = response.content.decode()
    assert 'hx-trigger="every 30s' in body and "htmx" in body


def test_the_board_answers_its_own_poll_with_the_board_alone(dispatcher_client, luis):
    visit(technician=luis)
    response = dispatcher_client.get(
        reverse("admin:messaging_todayboard_changelist"), headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="board"') and "<html" not in body


def test_reassigning_from_the_board_goes_through_the_service(dispatcher_client, luis, maya):
    job = visit(technician=luis)
    url = reverse("admin:messaging_todayboard_reassign", args=[job.pk])
    response = dispatcher_client.post(url, {"technician": maya.pk})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.technician == maya
    assert job.events.get(kind=JobEvent.Kind.REASSIGNED).actor == "dispatch"


def test_the_weeks_numbers_count_arrivals_responses_opt_outs_failures_and_ratings(time_machine, luis, maya):
    monday = datetime(2026, 6, 8, 16, 0, tzinfo=UTC)
    on_time, late = (
        visit(technician=luis, day=8, hour=8),
        visit(technician=maya, day=8, hour=9, name="Lee Late"),  # one technician is at one job at a time
    )
    time_machine.move_to(monday, tick=False)  # 9 am Monday
    services.job_arrive(job=on_time, actor="luis")
    time_machine.move_to(monday + timedelta(hours=3), tick=False)  # noon, the 9-11 window is over
    services.job_arrive(job=late, actor="luis")
    phone = str(on_time.customer.phone)
    time_machine.move_to(NOW - timedelta(hours=2), tick=False)
    review_request = send_sms(
        body="How did we do? Reply 1-5",
        customer=on_time.customer,
        cause=Cause.NOTIFICATION,
        notification_kind=NotificationKind.REVIEW_REQUEST,
    )
    # The worker hands it to Twilio: only a text the customer received is the context of their reply.
    Message.objects.filter(pk=review_request.pk).update(status=MessageStatus.SENT, sent_at=timezone.now())
    rating = text_in(time_machine, "4", phone=phone, at=NOW - timedelta(hours=1))
    time_machine.move_to(rating.created_at + timedelta(minutes=6), tick=False)
    send_sms(body="Thank you, Dana!", customer=on_time.customer, cause=Cause.DISPATCHER)
    time_machine.move_to(NOW, tick=False)
    ConsentChange.objects.create(phone=phone, opted_out=True, source=ConsentChange.Source.KEYWORD)
    failed_text(late)

    week = dispatch.week_numbers(now=timezone.now())

    assert (week.arrivals, week.on_time, week.on_time_share) == (2, 1, 0.5)
    assert [(d.on_time, d.late) for d in week.days[:2]] == [(1, 1), (0, 0)]
    # a bare rating is answered by the bot at once (issue 18: every offered reply gets an answer)
    assert week.customer_texts == 1 and week.median_first_response == timedelta(0)
    assert week.automatic_share == 1
    assert week.opt_outs == 1
    # every outbound text of these tests was written this week, booking confirmations included
    assert (week.failed, week.sent) == (1, Message.objects.outbound().count())
    assert week.ratings == (4,)


def test_the_weeks_ratings_are_the_stored_scores_one_per_visit(luis):
    """The numbers read `Job.customer_rating`: a visit rated twice counts once with its latest score,
    and a rating recorded without a text (a dispatcher taking it on the phone) counts too."""
    first, second, last_week = visit(technician=luis, day=8), visit(technician=luis, day=9), visit(day=1)
    services.job_record_rating(job=first, score=2)
    services.job_record_rating(job=first, score=4)  # they changed their mind
    services.job_record_rating(job=second, score=5, actor="dispatch")
    Job.objects.filter(pk=last_week.pk).update(customer_rating=1, rated_at=NOW - timedelta(days=7))

    week = dispatch.week_numbers(now=timezone.now())

    assert sorted(week.ratings) == [4, 5]
    assert week.average_rating == 4.5


def test_the_numbers_page_draws_its_chart_in_svg(dispatcher_client):
    body = dispatcher_client.get(reverse("admin:messaging_weeknumbers_changelist")).content.decode()
    assert '<svg id="arrivals-chart"' in body
    assert body.count("<rect") == 14
    assert "http" not in body.split('<svg id="arrivals-chart"')[1].split("</svg>")[0].replace(
        "http://www.w3.org", ""
    )


def test_the_reschedule_page_looks_at_another_day_when_asked_and_ignores_a_malformed_one(
    dispatcher_client, luis
):
    job = visit(technician=luis)
    url = reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    assert dispatcher_client.get(url, {"day": "2026-06-15"}).context["asked"].day.day == 15
    assert dispatcher_client.get(url, {"day": "soon"}).context["asked"].day.day == 10
