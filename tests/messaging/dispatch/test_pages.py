"""Who may use the dispatcher's pages, and what they cost in queries with a full day of jobs."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from fieldservice import services
from messaging.inbound.store import receive_sms
from messaging.models import Cause, Message, MessageStatus
from messaging.outbox.delivery import send_sms
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sent_sms")]

NOW = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)  # Wednesday, 8 am in Los Angeles
_sids = itertools.count(1)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)


def page_urls(job_id: int, message_id: int) -> dict[str, str]:
    return {
        "queue": reverse("admin:messaging_conversation_changelist"),
        "conversation": reverse("admin:messaging_conversation_change", args=[job_id]),
        "texts from a number": reverse("admin:messaging_conversation_number", args=[message_id]),
        "reschedule": reverse("admin:messaging_conversation_reschedule", args=[job_id]),
        "board": reverse("admin:messaging_todayboard_changelist"),
        "numbers": reverse("admin:messaging_weeknumbers_changelist"),
    }


def text_in(body: str, phone: str) -> Message:
    receive_sms(fields={"MessageSid": f"SM{next(_sids):032d}", "From": phone, "Body": body})
    return Message.objects.inbound().latest("pk")


def test_a_technician_account_gets_no_admin(client):
    technician = TechnicianFactory(first_name="Luis")
    client.force_login(technician.user)
    for url in [reverse("admin:index"), reverse("admin:messaging_conversation_changelist")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_a_dispatcher_cannot_delete_messages(dispatcher_client):
    message = text_in("Hello?", "+14155559999")
    dispatcher = Group.objects.get(name="Dispatcher").user_set.get()
    assert not dispatcher.has_perm("messaging.delete_message")
    response = dispatcher_client.post(
        reverse("admin:messaging_message_delete", args=[message.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Message.objects.filter(pk=message.pk).exists()


def test_the_dispatcher_group_may_only_view_the_pages_and_acts_through_job_and_message_permissions():
    group = Group.objects.get(name="Dispatcher")
    pages = group.permissions.filter(content_type__model__in=["conversation", "todayboard", "weeknumbers"])
    assert sorted(pages.values_list("codename", flat=True)) == [
        "view_conversation",
        "view_todayboard",
        "view_weeknumbers",
    ]
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_job", "add_message"} <= codenames
    assert not {"delete_job", "delete_message", "change_message"} & codenames


def test_staff_without_the_pages_permission_are_refused(client):
    client.force_login(UserFactory(username="clerk", is_staff=True))
    assert client.get(reverse("admin:messaging_conversation_changelist")).status_code == 403
    assert client.get(reverse("admin:messaging_todayboard_changelist")).status_code == 403


def test_a_viewer_may_see_the_board_but_not_reassign(client):
    viewer = UserFactory(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_todayboard"))
    client.force_login(viewer)
    luis, maya = TechnicianFactory(first_name="Luis"), TechnicianFactory(first_name="Maya")
    job = book_job(technician=luis, start=NOW + timedelta(hours=2))
    assert client.get(reverse("admin:messaging_todayboard_changelist")).status_code == 200
    response = client.post(
        reverse("admin:messaging_todayboard_reassign", args=[job.pk]), {"technician": maya.pk}
    )
    assert response.status_code == 403
    job.refresh_from_db()
    assert job.technician == luis


# Queries measured with 200 jobs (session, user, permissions, then each page's own grouped lookups);
# none grows with the number of jobs, texts or technicians. A conversation and the reschedule page
# also read the customer's consent (the opt-out banner) and the thread's newest text (the form token).
BUDGETS = {
    "queue": 12,
    "conversation": 12,  # a reschedule's replies read the working days: settings and the diary
    "texts from a number": 8,
    "reschedule": 10,
    "board": 10,  # the timeline plans each day: the jobs' checklists, arrivals, the late text's words
    "numbers": 10,
}


def test_every_dispatcher_page_keeps_a_bounded_query_count_with_200_jobs(
    dispatcher_client, django_assert_max_num_queries
):
    technicians = [TechnicianFactory(first_name=name) for name in ("Luis", "Maya", "Danny", "Ana")]
    jobs = [
        book_job(
            site=SiteFactory(),
            technician=technicians[n % 4],
            start=NOW + timedelta(minutes=15 * n) if n < 40 else NOW + timedelta(days=1 + n % 5, hours=n % 8),
        )
        for n in range(200)
    ]
    for n, job in enumerate(jobs[:30]):
        phone = str(job.customer.phone)
        text_in(
            ["Can we move it to Friday afternoon?", "I smell gas!", "Running late, there by 11"][n % 3], phone
        )
        failed = send_sms(body="On the way", customer=job.customer, job=job, cause=Cause.NOTIFICATION)
        Message.objects.filter(pk=failed.pk).update(status=MessageStatus.FAILED, error_code="30003")
        if n % 5 == 0 and n < 20:  # one job under way per technician
            services.job_arrive(job=job, actor="test")
    stranger = text_in("Who is this?", "+14155559999")
    urls = page_urls(jobs[0].pk, stranger.pk)

    for page, url in urls.items():
        with django_assert_max_num_queries(BUDGETS[page]):
            response = dispatcher_client.get(url)
        assert response.status_code == 200, page
    assert len(dispatcher_client.get(urls["queue"]).context["rows"]) > 30
    assert sum(len(lane.blocks) for lane in dispatcher_client.get(urls["board"]).context["board"].lanes) >= 30
    assert timezone.now() == NOW
