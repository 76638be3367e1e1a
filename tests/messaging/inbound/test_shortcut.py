"""Twilio's webhooks skip the browser's middleware (messaging.inbound.shortcut) and still refuse
what they refused before, answer with the security headers, and store a text with two queries."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.test import Client

from messaging.inbound import store as inbox
from messaging.inbound.drain import drains_in_use, partition_of
from messaging.models import Message
from tests.factories import CustomerFactory
from tests.messaging.twilio_posts import fields, post, signature
from tests.sms_fixtures import drop_queued_tasks, peek_queued_tasks

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_token", "sent_sms")]

INBOUND = "/sms/inbound"
STATUS = "/sms/status"


@pytest.fixture
def dana(db):
    return CustomerFactory(name="Dana Ortiz", phone="+14155550123")


@pytest.fixture
def handed_over(monkeypatch) -> list[tuple[int, str | None]]:
    """What the webhook gives the worker, kept here instead of handled, so a test counts only the
    webhook's own queries."""
    handed: list[tuple[int, str | None]] = []
    monkeypatch.setattr(
        inbox,
        "hand_to_worker",
        lambda message_id, keyword=None, customer_id=None: handed.append((message_id, keyword)),
    )
    return handed


def test_an_ordinary_text_costs_the_webhook_one_query_and_no_session_or_cookie(
    client, dana, handed_over, django_assert_num_queries
):
    with django_assert_num_queries(1):  # the insert that finds the customer and ignores a repeat
        response = post(client, INBOUND, fields("inbound_sms"))
    assert response.status_code == 200
    assert response.content.decode().endswith("<Response />")
    message = Message.objects.get()
    assert handed_over == [(message.pk, "")]  # "": the webhook found no consent keyword
    assert not response.cookies  # no session, no CSRF cookie: that middleware never ran
    assert "Cookie" not in response.get("Vary", "")


def test_the_webhook_answer_keeps_the_security_headers(client, dana, handed_over):
    response = post(client, INBOUND, fields("inbound_sms"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", [INBOUND, STATUS])
def test_a_forged_post_on_the_short_path_is_refused_with_a_clean_403(client, dana, handed_over, path):
    data = fields("inbound_sms")
    response = client.post(path, data, headers={"X-Twilio-Signature": signature(path, data, "f" * 32)})
    assert response.status_code == 403
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not Message.objects.exists()
    assert handed_over == []


def test_a_signed_status_in_the_wrong_shape_is_a_clean_400(client, dana):
    data = fields("status_delivered", MessageSid="SM<script>")
    response = post(client, STATUS, data)
    assert response.status_code == 400


@pytest.mark.parametrize("path", [INBOUND, STATUS])
def test_a_get_on_the_short_path_is_405(client, path):
    assert client.get(path).status_code == 405


def test_a_host_outside_allowed_hosts_is_a_400_on_the_short_path_too(dana, handed_over, settings):
    settings.ALLOWED_HOSTS = ["sms.example.com"]
    data = fields("inbound_sms")
    response = Client(HTTP_HOST="evil.example.net").post(
        INBOUND, data, headers={"X-Twilio-Signature": signature(INBOUND, data)}
    )
    assert response.status_code == 400
    assert not Message.objects.exists()


def test_other_paths_still_go_through_the_whole_middleware(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "csrftoken" in response.cookies  # CsrfViewMiddleware ran


def test_the_csrf_check_still_guards_other_posts(db):
    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403


@pytest.mark.real_queue
def test_texts_are_queued_through_one_broker_per_process(
    client, dana, monkeypatch, django_capture_on_commit_callbacks
):
    """async_task would make a new broker (for Redis a new connection) for every text."""
    drop_queued_tasks()  # what earlier tests left in a Redis queue
    made = []
    real_get_broker = inbox.get_broker
    monkeypatch.setattr(inbox, "get_broker", lambda: made.append(1) or real_get_broker())
    inbox.worker_queue.cache_clear()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            post(client, INBOUND, fields("inbound_sms"))
            post(client, INBOUND, fields("inbound_sms", Body="On my way"))
    finally:
        inbox.worker_queue.cache_clear()
    texts = list(Message.objects.order_by("pk"))
    queued = [(task["func"], task["args"][0]) for task in peek_queued_tasks()]
    if drains_in_use():  # with Redis: one drain of dana's partition, the second text found it queued
        assert queued == [("messaging.tasks.drain_inbound", partition_of(dana.pk))]
    else:
        assert queued == [("messaging.tasks.handle_inbound", text.pk) for text in texts]
    assert len(made) == 1


def test_the_prepared_insert_stores_what_the_orm_would(client, dana, handed_over):
    data = fields("inbound_sms", NumMedia="1", MediaUrl0="https://api.twilio.com/m/1.jpg", NumSegments="2")
    post(client, INBOUND, data)
    message = Message.objects.get()
    assert (str(message.phone), message.customer, message.provider_sid) == (
        "+14155550123",
        dana,
        data["MessageSid"],
    )
    assert (message.media_urls, message.segments, message.flagged) == (
        ["https://api.twilio.com/m/1.jpg"],
        2,
        False,
    )
    # updated_at is auto_now: pre_save stamps it as the ORM's own insert does, a moment later
    assert message.created_at.tzinfo is not None
    assert timedelta(0) <= message.updated_at - message.created_at < timedelta(seconds=1)


def test_a_repeated_message_sid_stores_one_row_and_a_short_code_is_kept_as_given(client, db, handed_over):
    data = fields("inbound_sms", From="ACME")
    assert post(client, INBOUND, data).status_code == 200
    assert post(client, INBOUND, data).status_code == 200
    message = Message.objects.get()
    assert (message.phone.raw_input, message.customer, message.flagged) == ("ACME", None, True)


def test_django_q2s_line_per_queued_task_is_dropped_and_its_warnings_are_kept(caplog):
    queue_logger = logging.getLogger("django-q")
    with caplog.at_level(logging.INFO):
        queue_logger.info("Enqueued [django_q:fieldservice:q] 42")
        queue_logger.warning("Enqueued [django_q:fieldservice:q] took long")
        queue_logger.info("Process-1 processed handle inbound 42")
    assert [record.getMessage() for record in caplog.records if record.name == "django-q"] == [
        "Enqueued [django_q:fieldservice:q] took long",
        "Process-1 processed handle inbound 42",
    ]
