"""Act automatically only on a sure reading, through signed Twilio webhooks as a customer's text
arrives: a sure text changes the job and is answered as before; an unsure one changes nothing,
sends nothing, and shows the technician and the dispatcher that the system was not sure, with the
customer's words. Danger is the exception: either voice seeing it flags the job urgent at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from fieldservice.models import CustomerState
from messaging.interpret import voices
from messaging.interpret.learned import Guess
from messaging.models import Cause, Message
from tests.factories import book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

MORNING = datetime(2026, 6, 10, 17, 0, tzinfo=UTC)  # 10 am in Los Angeles; the window is 10 am-12 pm
EARLY = MORNING - timedelta(minutes=30)


@pytest.fixture
def todays_job(technician):
    with time_machine.travel(MORNING - timedelta(days=1), tick=False):
        return book_job(technician=technician, start=MORNING)


@pytest.fixture
def learned_voice_reads(monkeypatch):
    """Make the learned voice read every text as given, to pin down what disagreement does."""

    def reads(*ranked: tuple[str, float]) -> None:
        class Fixed:
            def guess(self, text, context):
                return Guess(ranked)

            def known_share(self, text):
                return 1.0  # every word known: the fixed reading alone decides

        monkeypatch.setattr(voices, "voice", Fixed)

    return reads


def text_from(job, body: str) -> Message:
    response = post(Client(), "/sms/inbound", fields("inbound_sms", From=str(job.customer.phone), Body=body))
    assert response.status_code == 200
    return Message.objects.inbound().latest("pk")


def auto_replies(job) -> list[str]:
    return list(job.messages.filter(cause=Cause.AUTO_REPLY).values_list("body", flat=True))


def tech_card(job) -> str:
    client = Client()
    client.force_login(job.technician.user)
    return client.get(reverse("tech:job", args=[job.pk])).content.decode()


def queue(dispatcher_client) -> str:
    return dispatcher_client.get(reverse("admin:messaging_conversation_changelist")).content.decode()


@time_machine.travel(EARLY, tick=False)
def test_a_sure_late_text_sets_the_expected_arrival(todays_job, dispatcher_client):
    message = text_from(todays_job, "running about 20 min behind, so sorry!")
    assert message.interpretation["sure"] is True
    todays_job.refresh_from_db()
    assert todays_job.customer_state == CustomerState.LATE
    assert todays_job.customer_expected_at == MORNING + timedelta(minutes=20)
    assert not todays_job.needs_attention
    assert "Not sure" not in tech_card(todays_job)


@time_machine.travel(EARLY, tick=False)
def test_a_sure_reschedule_is_acknowledged_as_before(todays_job):
    text_from(todays_job, "can we do thursday afternoon instead?")
    todays_job.refresh_from_db()
    assert todays_job.attention_reason.startswith("Customer asks to reschedule")
    [reply] = auto_replies(todays_job)
    assert "Thu Jun 11, afternoon" in reply


@time_machine.travel(EARLY, tick=False)
def test_an_unsure_late_text_changes_nothing_and_asks_a_person(
    todays_job, dispatcher_client, learned_voice_reads
):
    learned_voice_reads(("reschedule", 0.55), ("running_late", 0.35), ("cancel", 0.1))
    message = text_from(todays_job, "running about 20 min behind, so sorry!")
    assert message.interpretation["sure"] is False
    todays_job.refresh_from_db()
    assert todays_job.customer_state != CustomerState.LATE
    assert todays_job.customer_expected_at is None
    assert auto_replies(todays_job) == []
    assert todays_job.needs_attention and not todays_job.urgent
    assert todays_job.attention_reason.startswith("Not sure, please read the text. Customer running late")
    assert "could be reschedule" in todays_job.attention_reason

    card = tech_card(todays_job)
    assert "Not sure what this means: could also be “Wants another time”" in card
    assert "running about 20 min behind, so sorry!" in card
    # Replies fit both readings: the late one and the new-time one, each labelled.
    assert "If late:" in card and "If new time:" in card

    page = queue(dispatcher_client)
    assert "Not sure, please read the text." in page
    assert "running about 20 min behind, so sorry!" in page
    conversation = dispatcher_client.get(
        reverse("admin:messaging_conversation_change", args=[todays_job.pk])
    ).content.decode()
    assert "not sure (could be reschedule" in conversation


@time_machine.travel(EARLY, tick=False)
def test_an_unsure_access_note_is_not_written_to_the_site(todays_job, learned_voice_reads):
    learned_voice_reads(("question", 0.5), ("access_info", 0.45))
    text_from(todays_job, "gate code is 4411")
    todays_job.site.refresh_from_db()
    assert "4411" not in todays_job.site.access_notes
    todays_job.refresh_from_db()
    assert todays_job.needs_attention


@time_machine.travel(EARLY, tick=False)
def test_a_sure_late_text_with_a_gate_code_writes_only_the_detail_to_the_site(
    todays_job, learned_voice_reads
):
    """The detail inside another intent still reaches the site's note, and only the detail does."""
    learned_voice_reads(("running_late", 0.9), ("access_info", 0.1))
    message = text_from(todays_job, "Hi! running about 20 late sorry, the gate code is 4411# thank you")
    assert message.interpretation["sure"] is True
    todays_job.refresh_from_db()
    assert todays_job.customer_expected_at == MORNING + timedelta(minutes=20)
    todays_job.site.refresh_from_db()
    assert "the gate code is 4411#" in todays_job.site.access_notes
    assert "late" not in todays_job.site.access_notes and "thank" not in todays_job.site.access_notes


@time_machine.travel(EARLY, tick=False)
def test_a_remark_on_this_visit_never_reaches_the_sites_note(todays_job, learned_voice_reads):
    """The site's note is kept for every later visit: leave to start today, word wanted when done and who
    knows he is coming stay out of it (issue 13, h14access)."""
    learned_voice_reads(("running_late", 0.9), ("access_info", 0.1))
    text_from(
        todays_job,
        "running about 20 late sorry, the gate code is 4411# he can start without me. "
        "Key's with Mrs. Patel next door, she knows you're coming. lmk when he's done",
    )
    todays_job.site.refresh_from_db()
    notes = todays_job.site.access_notes
    assert "the gate code is 4411#" in notes and "Key's with Mrs. Patel next door" in notes
    assert not any(remark in notes for remark in ("start", "knows", "coming", "lmk", "done", "late"))


@time_machine.travel(EARLY, tick=False)
def test_an_unsure_late_text_with_a_gate_code_writes_no_note(todays_job, learned_voice_reads):
    learned_voice_reads(("reschedule", 0.55), ("running_late", 0.35), ("access_info", 0.1))
    message = text_from(todays_job, "running about 20 late sorry, the gate code is 4411")
    assert message.interpretation["sure"] is False
    todays_job.site.refresh_from_db()
    assert "4411" not in todays_job.site.access_notes


@time_machine.travel(EARLY, tick=False)
def test_a_text_asking_two_different_things_is_not_acted_on(todays_job):
    text_from(todays_job, "running late 20 min, cancel if he can't wait")
    todays_job.refresh_from_db()
    assert auto_replies(todays_job) == []  # no cancellation acknowledgement on a guess
    assert todays_job.customer_state != CustomerState.LATE
    assert todays_job.attention_reason.startswith("Not sure")


@time_machine.travel(EARLY, tick=False)
def test_danger_only_the_learned_voice_sees_flags_urgent_without_a_safety_text(
    todays_job, dispatcher_client, learned_voice_reads
):
    learned_voice_reads(("emergency", 0.7), ("question", 0.3))
    text_from(todays_job, "is water supposed to come out of the light in the kitchen ceiling?")
    todays_job.refresh_from_db()
    assert todays_job.urgent
    assert "Possible EMERGENCY" in todays_job.attention_reason
    assert auto_replies(todays_job) == []  # the safety text needs a sure reading
    assert "Possible EMERGENCY, not sure: no safety text was sent." in tech_card(todays_job)
    page = queue(dispatcher_client)
    assert 'data-kind="emergency"' in page
    assert "Call" in page


@time_machine.travel(EARLY, tick=False)
def test_a_sure_emergency_still_gets_the_safety_text_at_once(todays_job):
    message = text_from(todays_job, "I smell gas in the kitchen, really strong")
    assert message.interpretation["sure"] is True
    todays_job.refresh_from_db()
    assert todays_job.urgent
    [safety] = auto_replies(todays_job)
    assert "911" in safety


LATE_EVENING = datetime(2026, 6, 11, 6, 30, tzinfo=UTC)  # 11:30 pm in Los Angeles


def test_an_unsure_text_at_night_is_told_when_a_person_will_read_it(todays_job, learned_voice_reads):
    learned_voice_reads(("reschedule", 0.55), ("running_late", 0.4))
    with time_machine.travel(LATE_EVENING - timedelta(days=1), tick=False):
        message = text_from(todays_job, "running about 20 min behind tomorrow, sorry")
    assert message.interpretation["sure"] is False
    [note] = auto_replies(todays_job)
    assert "office is closed" in note
