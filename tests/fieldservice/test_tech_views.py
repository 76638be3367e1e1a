from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from fieldservice import services
from fieldservice.models import JobStatus
from messaging.models import Cause, Direction, Message
from tests.factories import SiteFactory, TechnicianFactory, book_job

NOON_PACIFIC = datetime(2026, 6, 10, 19, 0, tzinfo=UTC)


@pytest.fixture
def tech_client(client, technician):
    client.force_login(technician.user)
    return client


def texted(job, body="running 20 late", n=1):
    for _ in range(n):
        Message.objects.create(
            direction=Direction.INBOUND,
            customer=job.customer,
            job=job,
            phone=job.customer.phone,
            body=body,
            status="received",
            cause=Cause.CUSTOMER,
        )


@time_machine.travel(NOON_PACIFIC, tick=False)
@pytest.mark.django_db
def test_job_list_shows_todays_own_jobs_in_window_order_with_a_badge_when_the_customer_texted(
    tech_client, technician, django_assert_max_num_queries
):
    late = book_job(technician=technician, start=timezone.now() + timedelta(hours=3), summary="Late job")
    early = book_job(technician=technician, start=timezone.now() + timedelta(hours=1), summary="Early job")
    book_job(technician=TechnicianFactory(first_name="Maya"), start=timezone.now(), summary="Maya's job")
    book_job(technician=technician, start=timezone.now() + timedelta(days=2), summary="Next week job")
    texted(late, n=2)
    with django_assert_max_num_queries(6):
        response = tech_client.get(reverse("tech:jobs"))
    body = response.content.decode()
    assert body.index("Early job") < body.index("Late job")
    assert "Maya's job" not in body
    assert "Next week job" not in body
    assert "2 new" in body
    assert early.customer.name in body


@pytest.mark.django_db
def test_another_technicians_job_is_a_404(tech_client):
    other = book_job(technician=TechnicianFactory(first_name="Maya"))
    assert tech_client.get(reverse("tech:job", args=[other.pk])).status_code == 404
    assert (
        tech_client.post(reverse("tech:job_status", args=[other.pk]), {"action": "arrived"}).status_code
        == 404
    )
    task = other.tasks.first()
    assert tech_client.post(reverse("tech:task_toggle", args=[other.pk, task.pk])).status_code == 404
    other.refresh_from_db()
    assert other.status == JobStatus.SCHEDULED


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_sign_in(client, job):
    response = client.get(reverse("tech:job", args=[job.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_a_staff_user_without_a_technician_profile_is_refused(admin_client, job):
    assert admin_client.get(reverse("tech:jobs")).status_code == 403


@pytest.mark.django_db
def test_job_page_query_count_does_not_grow_with_conversation_or_checklist(
    tech_client, technician, django_assert_max_num_queries
):
    site = SiteFactory(access_notes="Gate code 4411")
    job = book_job(
        site=site,
        technician=technician,
        tasks=[
            {"name": f"Task {n}", "minutes": 10, "needs_customer": n % 2 == 0, "order": n} for n in range(40)
        ],
    )
    texted(job, n=60)
    with django_assert_max_num_queries(12):
        response = tech_client.get(reverse("tech:job", args=[job.pk]))
    body = response.content.decode()
    assert "Task 39" in body
    assert "Gate code 4411" in body
    assert "running 20 late" in body
    assert "maps/search" in body


@pytest.mark.django_db
def test_on_my_way_with_plus_minutes_sets_the_eta(tech_client, job):
    with time_machine.travel(NOON_PACIFIC, tick=False):
        tech_client.post(reverse("tech:job_status", args=[job.pk]), {"action": "en_route", "minutes": "30"})
    job.refresh_from_db()
    assert job.status == JobStatus.EN_ROUTE
    assert job.technician_eta == NOON_PACIFIC + timedelta(minutes=30)


@time_machine.travel(NOON_PACIFIC, tick=False)
@pytest.mark.django_db
def test_a_typed_eta_is_read_in_the_sites_own_zone(tech_client, technician):
    job = book_job(site=SiteFactory(timezone="America/Denver"), technician=technician)
    tech_client.post(reverse("tech:job_status", args=[job.pk]), {"action": "en_route", "clock": "14:15"})
    job.refresh_from_db()
    assert job.technician_eta == datetime(2026, 6, 10, 20, 15, tzinfo=UTC)  # 2:15 pm in Denver


@pytest.mark.django_db
def test_a_new_eta_while_on_the_way_updates_it(tech_client, job):
    services.job_start_route(job=job, eta=timezone.now(), actor="luis")
    tech_client.post(reverse("tech:job_status", args=[job.pk]), {"action": "eta", "minutes": "15"})
    job.refresh_from_db()
    assert job.technician_eta > timezone.now() + timedelta(minutes=14)


@pytest.mark.django_db
def test_arrived_then_completed(tech_client, job):
    tech_client.post(reverse("tech:job_status", args=[job.pk]), {"action": "arrived"})
    tech_client.post(reverse("tech:job_status", args=[job.pk]), {"action": "completed"})
    job.refresh_from_db()
    assert job.status == JobStatus.COMPLETED


@pytest.mark.django_db
def test_an_illegal_status_change_is_explained_not_a_crash(tech_client, job):
    response = tech_client.post(
        reverse("tech:job_status", args=[job.pk]), {"action": "completed"}, follow=True
    )
    assert "cannot become completed" in response.content.decode()


@pytest.mark.django_db
def test_an_eta_without_a_choice_asks_for_one(tech_client, job):
    response = tech_client.post(
        reverse("tech:job_status", args=[job.pk]), {"action": "en_route"}, follow=True
    )
    assert "Pick an ETA" in response.content.decode()
    job.refresh_from_db()
    assert job.status == JobStatus.SCHEDULED


@pytest.mark.django_db
def test_ticking_a_task_with_htmx_returns_just_that_row(tech_client, job):
    task = job.tasks.filter(needs_customer=False).first()
    response = tech_client.post(reverse("tech:task_toggle", args=[job.pk, task.pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f'id="task-{task.pk}"' in response.content.decode()
    assert "done" in response.content.decode()
    task.refresh_from_db()
    assert task.done_at is not None


@pytest.mark.django_db
def test_status_changes_need_post_and_csrf(client, technician, job):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(technician.user)
    assert strict.get(reverse("tech:job_status", args=[job.pk])).status_code == 405
    assert strict.post(reverse("tech:job_status", args=[job.pk]), {"action": "arrived"}).status_code == 403


@pytest.mark.django_db
def test_the_live_panel_answers_204_when_nothing_changed(tech_client, job):
    url = reverse("tech_messages:panel", args=[job.pk])
    first = tech_client.get(url)
    version = first.content.decode().split('data-version="')[1].split('"')[0]
    assert tech_client.get(url, {"v": version}).status_code == 204
    texted(job, body="gate code 4411")
    changed = tech_client.get(url, {"v": version})
    assert changed.status_code == 200
    assert "gate code 4411" in changed.content.decode()


@pytest.mark.django_db
def test_the_job_page_shows_the_panels_other_apps_registered_in_order(tech_client, job, monkeypatch):
    """The domain's job page knows panels only through the registry; messaging's is the first."""
    from django.utils.html import format_html

    from fieldservice.tech import panels
    from messaging.tech.views import messages_panel

    assert panels._job_panels == [messages_panel]
    extra = lambda request, job: format_html('<section id="extra">{}</section>', job.summary)  # noqa: E731
    monkeypatch.setattr(panels, "_job_panels", [*panels._job_panels, extra])
    body = tech_client.get(reverse("tech:job", args=[job.pk])).content.decode()
    assert body.index('id="job-panel"') < body.index(f'<section id="extra">{job.summary}</section>')
