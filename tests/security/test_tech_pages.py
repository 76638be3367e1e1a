"""Every technician page, found from the URL configuration, refuses strangers and other technicians."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from fieldservice.models import Job
from messaging.models import Message
from tests.factories import TechnicianFactory, UserFactory, book_job

pytestmark = pytest.mark.django_db


def routes(patterns=None, prefix: str = "") -> list[str]:
    """Every URL pattern as a route string, e.g. 'tech/jobs/<int:job_id>/'."""
    found = []
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            found.append(route)
    return found


TECH_ROUTES = [route for route in routes() if route.startswith("tech/")]


def path_for(route: str, job: Job) -> str:
    """The route filled in with `job` and its first task; an unknown parameter fails the test."""
    values = {"job_id": job.pk, "task_id": job.tasks.first().pk}
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda match: str(values[match.group(1)]), route)


@pytest.fixture
def owner():
    return TechnicianFactory(user=UserFactory(username="luis"))


@pytest.fixture
def job(owner):
    return book_job(technician=owner)


def snapshot(job: Job) -> tuple:
    job.refresh_from_db()
    return (job.status, job.technician_eta, [t.done_at for t in job.tasks.all()], Message.objects.count())


def test_the_technician_view_has_pages_to_check():
    assert "tech/jobs/<int:job_id>/" in TECH_ROUTES
    assert len(TECH_ROUTES) >= 5


@pytest.mark.parametrize("route", TECH_ROUTES)
def test_anonymous_users_are_sent_to_log_in_and_change_nothing(route, job):
    before = snapshot(job)
    for response in (
        Client().get(path_for(route, job)),
        Client().post(path_for(route, job), {"action": "arrived"}),
    ):
        assert response.status_code in {302, 405}
        if response.status_code == 302:
            assert response.url.startswith("/accounts/login/")
    assert snapshot(job) == before


@pytest.mark.parametrize("route", [r for r in TECH_ROUTES if "<" in r])
def test_another_technician_gets_not_found_for_a_job_that_is_not_theirs(route, job):
    stranger = Client()
    stranger.force_login(TechnicianFactory(user=UserFactory(username="maya")).user)
    before = snapshot(job)
    data = {"action": "arrived", "minutes": "15", "text": "Hello", "token": "t1"}
    assert stranger.get(path_for(route, job)).status_code in {404, 405}
    assert stranger.post(path_for(route, job), data).status_code in {404, 405}
    assert snapshot(job) == before


@pytest.mark.parametrize("route", [r for r in TECH_ROUTES if "<" in r])
def test_forms_refuse_a_post_without_the_csrf_token(route, job, owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner.user)
    before = snapshot(job)
    response = client.post(path_for(route, job), {"action": "arrived", "text": "Hello", "token": "t1"})
    assert response.status_code in {403, 405}
    assert snapshot(job) == before


def test_the_login_form_needs_the_csrf_token():
    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
