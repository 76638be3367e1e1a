"""Every reply a proactive text offers works: generated from the templates themselves.

For each template that offers a keyword (a capital letter like C or R, STOP, or a 1-5 rating),
in every language, the customer answers with the bare keyword through the signed webhook; the
reply must be understood as what was offered, acted on, answered, and kept out of the
dispatcher's unanswered queue."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Job, JobStatus
from messaging.models import BusinessSettings, Cause, Consent, Message
from messaging.notify import notices as notify
from messaging.notify.texts import DEFAULT_TEMPLATES, REPLY_OPTIONS_CONFIRMED
from messaging.outbox.delivery import deliver_message, send_sms
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job
from tests.messaging.twilio_posts import fields, post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms", "a_working_morning")]

LA = ZoneInfo("America/Los_Angeles")
CONSENT_WORDS = {"STOP", "START", "HELP"}
# What a customer who sends the keyword means, whatever the template's words around it.
MEANING = {"C": "confirm", "R": "reschedule", "STOP": "opt_out"}
RATING = re.compile(r"\b1\b[^.]{0,25}?\b5\b")


@pytest.fixture
def a_working_morning(time_machine):
    """A Tuesday morning in the office's working week: what the bot says must not depend on when CI runs."""
    from datetime import datetime

    time_machine.move_to(datetime(2030, 6, 11, 10, 0, tzinfo=LA), tick=False)


def offered_keywords(text: str) -> list[str]:
    """The keywords a text offers, read independently of the interpreter: lone capital letters
    (not the pronoun I), consent words, and 1-5 when the text asks for a rating."""
    words = [w for w in re.findall(r"\b[A-Z]+\b", text) if (len(w) == 1 and w != "I") or w in CONSENT_WORDS]
    if RATING.search(text):
        words += ["1", "3", "5"]
    return list(dict.fromkeys(words))


# The job's state in which each kind is sent (and the variants its reply options have).
STATE_OF_KIND = {
    "scheduled": JobStatus.SCHEDULED,
    "reminder": JobStatus.SCHEDULED,
    "morning_reminder": JobStatus.SCHEDULED,
    "window_changed": JobStatus.SCHEDULED,
    "en_route": JobStatus.EN_ROUTE,
    "running_late": JobStatus.SCHEDULED,
    "eta_stale": JobStatus.EN_ROUTE,
    "arrived": JobStatus.ON_SITE,
    "completed": JobStatus.COMPLETED,
    "review_request": JobStatus.COMPLETED,
    "cancelled": JobStatus.CANCELLED,
}
CASES = [
    (kind, language, state)
    for kind, languages in DEFAULT_TEMPLATES.items()
    for language in languages
    for state in [STATE_OF_KIND[kind]]
    + ([JobStatus.CONFIRMED] if kind in REPLY_OPTIONS_CONFIRMED.get(language, {}) else [])
]


def job_in(state: str, language: str) -> Job:
    site = SiteFactory(customer=CustomerFactory(name="Rosa Diaz", language=language))
    started = state in {JobStatus.EN_ROUTE, JobStatus.ON_SITE, JobStatus.COMPLETED}
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(hours=-1 if started else 25)
    job = book_job(site=site, technician=TechnicianFactory(first_name="Maya"), start=start)
    if state == JobStatus.CONFIRMED:
        services.job_confirm(job=job)
    if state in {JobStatus.EN_ROUTE, JobStatus.ON_SITE, JobStatus.COMPLETED}:
        services.job_start_route(job=job, eta=timezone.now() + timedelta(minutes=20), actor="maya")
    if state in {JobStatus.ON_SITE, JobStatus.COMPLETED}:
        services.job_arrive(job=job, actor="maya")
    if state == JobStatus.COMPLETED:
        services.job_complete(job=job, actor="maya")
    if state == JobStatus.CANCELLED:
        services.job_cancel(job=job, actor="dispatch")
    job.refresh_from_db()
    return job


def offers() -> list[tuple[str, str, str, str]]:
    """(kind, language, state, keyword) for every keyword every shipped template offers."""
    cases = []
    for kind, language, state in CASES:
        text = notify.fill(
            DEFAULT_TEMPLATES[kind][language],
            kind=kind,
            language=language,
            business=BusinessSettings(name="Field Service Co."),
            customer_first_name="Rosa",
            technician_first_name="Maya",
            window="Tue Jun 11, 1-3 pm",
            eta="2:15 pm",
            confirmed=state == JobStatus.CONFIRMED,
        )
        cases += [(kind, language, state, keyword) for keyword in offered_keywords(text)]
    return cases


OFFERS = offers()


def test_the_templates_offer_what_this_test_expects():
    """A new keyword in a template needs its meaning here; the list cannot silently shrink."""
    keywords = {keyword for *_, keyword in OFFERS}
    assert keywords <= set(MEANING) | {"1", "3", "5"}
    offered = {(kind, language, state) for kind, language, state, _ in OFFERS}
    for kind in ("scheduled", "reminder", "window_changed", "running_late", "eta_stale", "review_request"):
        assert {(kind, "en"), (kind, "es")} <= {(k, lang) for k, lang, _ in offered}, kind
    assert ("reminder", "es", JobStatus.CONFIRMED) in offered


@pytest.mark.parametrize(("kind", "language", "state", "keyword"), OFFERS)
def test_every_offered_keyword_is_understood_acted_on_and_answered(client, kind, language, state, keyword):
    job = job_in(state, language)
    Message.objects.filter(job=job).delete()  # the texts of getting the job into its state
    offer = send_sms(
        dedupe_key=notify.dedupe_key(
            job=job, kind=kind, eta=job.technician_eta if kind in notify.NAMES_ETA else None
        ),
        body=notify.render(kind=kind, job=job, business=BusinessSettings.load(), eta=job.technician_eta),
        customer=job.customer,
        job=job,
        cause=Cause.NOTIFICATION,
        notification_kind=kind,
    )
    deliver_message(message_id=offer.pk)  # the customer answers a text they received
    response = post(client, "/sms/inbound", fields("inbound_sms", From=str(job.customer.phone), Body=keyword))
    assert response.status_code == 200
    reply = Message.objects.inbound().get(body=keyword)
    meaning = "rating" if keyword.isdigit() else MEANING[keyword]
    intent = reply.interpretation["intent"] if reply.interpretation else None
    answers = Message.objects.outbound().filter(phone=reply.phone, pk__gt=reply.pk)
    assert answers.exists() or "<Message>" in response.content.decode(), (
        f"no answer to {keyword!r} after {offer.body!r}"
    )
    assert reply_handled(reply), f"{keyword!r} after {offer.body!r} waits in the unanswered queue"
    job.refresh_from_db()
    if meaning == "confirm":
        assert intent == "confirm" and job.status == JobStatus.CONFIRMED
    elif meaning == "reschedule":
        assert intent == "reschedule" and job.needs_attention
        assert job.attention_reason.startswith("Customer asks to reschedule")
    elif meaning == "opt_out":
        assert Consent.objects.get(phone=reply.phone).opted_out
    else:
        assert job.customer_rating == int(keyword)


def reply_handled(message: Message) -> bool:
    message.refresh_from_db()
    return message.handled_at is not None


def test_a_bare_r_after_the_window_changed_text_is_a_reschedule_request_in_both_languages(client):
    """Issue 18: "R to pick another time" and "reply R if you need another time" offered R."""
    for language in ("en", "es"):
        job = job_in(JobStatus.SCHEDULED, language)
        start = job.window_start + timedelta(days=1)
        services.job_reschedule(job=job, window_start=start, window_end=start + timedelta(hours=2), actor="d")
        Message.objects.filter(job=job).update(
            created_at=timezone.now() - timedelta(minutes=1), status="sent", sent_at=timezone.now()
        )
        post(client, "/sms/inbound", fields("inbound_sms", From=str(job.customer.phone), Body="R"))
        job.refresh_from_db()
        assert job.needs_attention, language


@pytest.mark.parametrize(
    ("offer", "reply", "intent"),
    [
        (
            "Hi Dana, your visit is now Tue Jun 11, 1-3 pm. Reply C to confirm or R to pick another time.",
            "R",
            "reschedule",
        ),
        ("You're confirmed; reply R if you need another time.", "r", "reschedule"),
        ("Responda C para confirmar o R para elegir otra hora.", "R", "reschedule"),
        ("Su cita está confirmada; responda R si necesita otra hora.", "R", "reschedule"),
        ("Text 2 to choose a different day.", "2", "reschedule"),
        # near misses: no code is offered, so a bare letter means nothing in particular
        ("Text us any time if you need another time.", "R", "other"),
        ("Reply C to confirm.", "R", "other"),
    ],
)
def test_a_code_offered_for_another_time_is_read_as_a_reschedule_request(offer, reply, intent):
    from messaging.interpret import MessageContext, interpret

    context = MessageContext(received_at=timezone.now(), timezone="America/Los_Angeles", last_outbound=offer)
    assert interpret(reply, context).intent == intent
