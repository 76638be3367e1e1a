from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from fieldservice.models import Job, JobStatus
from tests.factories import SiteFactory, TechnicianFactory, book_job


@pytest.mark.django_db
def test_job_changelist_query_count_does_not_grow_with_rows(dispatcher_client, django_assert_max_num_queries):
    technicians = [TechnicianFactory(first_name=name) for name in ("Luis", "Maya", "Danny")]
    for n in range(50):
        book_job(technician=technicians[n % 3], start=timezone.now() + timedelta(hours=n))
    with django_assert_max_num_queries(14):
        response = dispatcher_client.get(reverse("admin:fieldservice_job_changelist"))
    assert response.status_code == 200
    assert response.content.count(b'class="action-select"') == 50


@pytest.mark.django_db
def test_job_changelist_shows_the_window_in_the_sites_own_zone(dispatcher_client):
    site = SiteFactory(timezone="America/Denver")
    start = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)  # 1 pm in Denver
    book_job(site=site, start=start)
    response = dispatcher_client.get(reverse("admin:fieldservice_job_changelist"))
    assert "Tue Dec 1, 1-3 pm" in response.content.decode()


@time_machine.travel(datetime(2026, 6, 10, 17, 0, tzinfo=UTC), tick=False)  # 10 am in Los Angeles
@pytest.mark.django_db
def test_day_filter_keeps_only_the_chosen_local_day(dispatcher_client):
    today = book_job(start=timezone.now() + timedelta(hours=2))
    tomorrow = book_job(start=timezone.now() + timedelta(days=1))
    url = reverse("admin:fieldservice_job_changelist")
    shown = {job.pk for job in dispatcher_client.get(url + "?day=today").context["cl"].result_list}
    assert shown == {today.pk}
    shown = {job.pk for job in dispatcher_client.get(url + "?day=tomorrow").context["cl"].result_list}
    assert shown == {tomorrow.pk}


@pytest.mark.django_db
def test_search_finds_jobs_by_customer_phone(dispatcher_client):
    job = book_job()
    book_job()
    response = dispatcher_client.get(
        reverse("admin:fieldservice_job_changelist"), {"q": str(job.customer.phone)[-7:]}
    )
    assert [j.pk for j in response.context["cl"].result_list] == [job.pk]


@pytest.mark.django_db
def test_change_form_renders_with_tasks_and_history(dispatcher_client, job):
    response = dispatcher_client.get(reverse("admin:fieldservice_job_change", args=[job.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Inspect outdoor condenser unit" in body
    assert "Scheduled" in body


@pytest.mark.django_db
def test_adding_a_job_in_the_admin_books_it_through_the_service(dispatcher_client, technician):
    site = SiteFactory()
    start = timezone.localtime() + timedelta(days=2)
    response = dispatcher_client.post(
        reverse("admin:fieldservice_job_add"),
        {
            "customer": site.customer.pk,
            "site": site.pk,
            "technician": technician.pk,
            "trade": "plumbing",
            "summary": "Leak under the sink",
            "window_start_0": start.strftime("%Y-%m-%d"),
            "window_start_1": "09:00:00",
            "window_end_0": start.strftime("%Y-%m-%d"),
            "window_end_1": "11:00:00",
            **_empty_inlines(dispatcher_client, reverse("admin:fieldservice_job_add")),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    job = Job.objects.get(summary="Leak under the sink")
    assert job.events.filter(kind="scheduled", actor="dispatch").exists()
    assert job.tasks.count() > 0


@pytest.mark.django_db
def test_window_ending_before_it_starts_is_a_form_error(dispatcher_client):
    site = SiteFactory()
    day = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d")
    response = dispatcher_client.post(
        reverse("admin:fieldservice_job_add"),
        {
            "customer": site.customer.pk,
            "site": site.pk,
            "trade": "hvac",
            "summary": "x",
            "window_start_0": day,
            "window_start_1": "11:00:00",
            "window_end_0": day,
            "window_end_1": "09:00:00",
            **_empty_inlines(dispatcher_client, reverse("admin:fieldservice_job_add")),
        },
    )
    assert response.status_code == 200
    assert "The window must end after it starts." in response.content.decode()


@pytest.mark.django_db
def test_customer_with_a_bad_phone_number_is_a_form_error(dispatcher_client):
    response = dispatcher_client.post(
        reverse("admin:fieldservice_customer_add"),
        {"name": "Bad Number", "phone": "12345", "language": "en", "notes": "", **_site_inlines()},
    )
    assert response.status_code == 200
    assert "Enter a valid phone number" in response.content.decode()


@pytest.mark.django_db
def test_site_with_an_unknown_timezone_is_a_form_error(dispatcher_client):
    customer = SiteFactory().customer
    response = dispatcher_client.post(
        reverse("admin:fieldservice_site_add"),
        {
            "customer": customer.pk,
            "address": "1 Main St",
            "timezone": "Mars/Olympus_Mons",
            "access_notes": "",
        },
    )
    assert response.status_code == 200
    assert "not a known IANA time zone" in response.content.decode()


@pytest.mark.django_db
def test_confirm_and_cancel_actions_go_through_the_services(dispatcher_client, job):
    other = book_job()
    url = reverse("admin:fieldservice_job_changelist")
    dispatcher_client.post(url, {"action": "confirm_jobs", "_selected_action": [job.pk]})
    dispatcher_client.post(url, {"action": "cancel_jobs", "_selected_action": [other.pk]})
    job.refresh_from_db()
    other.refresh_from_db()
    assert job.status == JobStatus.CONFIRMED
    assert other.status == JobStatus.CANCELLED
    assert other.events.filter(kind="cancelled", actor="dispatch").exists()


@pytest.mark.django_db
def test_reassign_action_moves_jobs_to_the_chosen_technician(dispatcher_client, job):
    maya = TechnicianFactory(first_name="Maya")
    dispatcher_client.post(
        reverse("admin:fieldservice_job_changelist"),
        {"action": "reassign_jobs", "_selected_action": [job.pk], "technician": maya.pk},
    )
    job.refresh_from_db()
    assert job.technician == maya


@pytest.mark.django_db
def test_illegal_action_reports_the_reason_instead_of_failing(dispatcher_client, job):
    from fieldservice import services

    services.job_cancel(job=job, actor="dispatch")
    response = dispatcher_client.post(
        reverse("admin:fieldservice_job_changelist"),
        {"action": "confirm_jobs", "_selected_action": [job.pk]},
        follow=True,
    )
    assert "cannot become confirmed" in response.content.decode()


@pytest.mark.django_db
def test_dispatcher_cannot_delete_jobs(dispatcher_client, job):
    response = dispatcher_client.get(reverse("admin:fieldservice_job_delete", args=[job.pk]))
    assert response.status_code == 403


@pytest.mark.django_db
def test_a_technician_account_has_no_admin_access(client, technician):
    client.force_login(technician.user)
    response = client.get(reverse("admin:fieldservice_job_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def _empty_inlines(client=None, url: str = "") -> dict:
    """The management forms of every inline on the add page, with no rows (other apps add inlines)."""
    page = client.get(url).content.decode()
    prefixes = re.findall(r'name="([\w-]+)-TOTAL_FORMS"', page)
    management = {}
    for prefix in prefixes:
        management |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    return management


def _site_inlines() -> dict:
    return {
        "sites-TOTAL_FORMS": "0",
        "sites-INITIAL_FORMS": "0",
        "sites-MIN_NUM_FORMS": "0",
        "sites-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.django_db
def test_changelist_shows_a_late_customers_expected_arrival_in_site_time(dispatcher_client):
    from fieldservice import services

    site = SiteFactory(timezone="America/Denver")
    job = book_job(site=site, start=datetime(2026, 12, 1, 20, 0, tzinfo=UTC))
    services.job_mark_customer_late(job=job, expected_at=datetime(2026, 12, 1, 20, 35, tzinfo=UTC))
    response = dispatcher_client.get(reverse("admin:fieldservice_job_changelist"))
    assert "running late, expected 1:35 pm" in response.content.decode()
