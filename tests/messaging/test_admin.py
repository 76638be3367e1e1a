from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from messaging.models import Cause, Message, MessageStatus
from messaging.outbox.delivery import send_sms
from tests.factories import CustomerFactory, SiteFactory, book_job

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed(db, sent_sms):
    customer = CustomerFactory(phone="+14155550123")
    message = send_sms(body="We are on our way", customer=customer, cause=Cause.TECHNICIAN)
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.FAILED, error_code="30006")
    return message


def test_dispatchers_may_read_reply_and_resend_but_not_delete_messages(dispatcher_client):
    dispatcher = get_user_model().objects.get(username="dispatch")
    assert dispatcher.has_perms(
        ["messaging.view_message", "messaging.add_message", "messaging.resend_message"]
    )
    assert not dispatcher.has_perm("messaging.delete_message")
    assert not dispatcher.has_perm("messaging.change_message")


def test_the_message_list_filters_by_status_direction_and_error(dispatcher_client, failed):
    page = dispatcher_client.get(
        "/admin/messaging/message/", {"status__exact": "failed", "error_code": "30006"}
    )
    assert page.status_code == 200
    assert "We are on our way" in page.content.decode()


def test_resending_a_failed_message_queues_a_new_one_through_the_outbox(dispatcher_client, failed):
    response = dispatcher_client.post(
        "/admin/messaging/message/", {"action": "resend_failed", "_selected_action": [failed.pk]}
    )
    assert response.status_code == 302
    again = Message.objects.exclude(pk=failed.pk).get()
    assert (again.body, again.status, again.dedupe_key) == (
        failed.body,
        MessageStatus.QUEUED,
        f"resend:{failed.pk}",
    )


def test_a_dispatcher_reply_goes_through_the_outbox(dispatcher_client, sent_sms):
    customer = CustomerFactory(phone="+14155550123")
    response = dispatcher_client.post(
        "/admin/messaging/message/add/",
        {"customer": customer.pk, "body": "Running 10 min late, sorry!", "token": "form-1"},
    )
    assert response.status_code == 302
    reply = Message.objects.get()
    assert (reply.cause, reply.sent_by.username, reply.status) == (Cause.DISPATCHER, "dispatch", "queued")


def test_an_overlong_dispatcher_reply_is_refused_with_the_reason(dispatcher_client):
    customer = CustomerFactory(phone="+14155550123")
    response = dispatcher_client.post(
        "/admin/messaging/message/add/", {"customer": customer.pk, "body": "x" * 700}
    )
    assert response.status_code == 200
    assert "segments long" in response.content.decode()
    assert not Message.objects.exists()


def test_the_job_page_shows_its_messages_read_only_newest_last(
    dispatcher_client, sent_sms, django_assert_max_num_queries
):
    job = book_job(site=SiteFactory())
    for body in ["first text", "second text"]:
        send_sms(body=body, customer=job.customer, job=job, cause=Cause.DISPATCHER)
    with django_assert_max_num_queries(40):
        page = dispatcher_client.get(f"/admin/fieldservice/job/{job.pk}/change/").content.decode()
    assert page.index("first text") < page.index("second text")


def test_messaging_extends_the_job_admin_without_changing_the_domains_class():
    from django.contrib import admin

    from fieldservice.admin import JobAdmin
    from fieldservice.models import Job
    from messaging.admin import JobWithMessagesAdmin, MessageInline

    assert MessageInline not in JobAdmin.inlines
    assert type(admin.site._registry[Job]) is JobWithMessagesAdmin
    assert JobWithMessagesAdmin.inlines == [*JobAdmin.inlines, MessageInline]


def test_the_admin_index_is_the_dispatchers_page_by_the_projects_site():
    from django.contrib import admin

    from config.admin import BrandedAdminSite

    assert isinstance(admin.site, BrandedAdminSite)
    assert admin.site.index_template == "admin/dispatch/index.html"
    assert "index_template" not in vars(admin.site)  # the class says so; nobody set it on the instance
