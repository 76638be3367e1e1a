from __future__ import annotations

import os
from datetime import datetime
from uuid import uuid4

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django_q.brokers import get_broker
from django_q.conf import Conf

from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job
from tests.sms_fixtures import (  # noqa: F401 - pytest finds fixtures by name here
    fault_proxy,
    fault_proxy_server,
    fresh_business_settings,
    inbound_handled_at_once,
    prism,
    q_sync,
    sent_sms,
    twilio_backend,
    twilio_token,
)


def pytest_configure(config):
    """`TEST_CLOCK=2026-12-07T00:05-08:00 pytest` runs the suite as if the wall clock read that
    moment, ticking on from it. The suite must pass at any hour of any day (CI starts whenever a
    change lands); this is how the risky hours (midnight, before opening, the evening) are tried
    without waiting for them. Subprocesses (Prism, a real worker) keep the real clock."""
    moment = os.environ.get("TEST_CLOCK")
    if moment:
        time_machine.travel(datetime.fromisoformat(moment), tick=True).start()


@pytest.fixture(scope="session", autouse=True)
def private_task_queue():
    """This test run's own django-q2 queue. A shared Redis (CI's, a developer's) keeps tasks from
    earlier runs and from the app; a worker in a test must see only the tasks this run enqueued.
    Prefix and cluster name stay equal so the scheduler still runs schedules without a cluster."""
    name = f"fieldservice-test-{uuid4().hex[:8]}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Conf, "PREFIX", name)
        patch.setattr(Conf, "CLUSTER_NAME", name)
        yield name
        if "redis" in settings.Q_CLUSTER:  # the ORM broker's rows go with the test database
            get_broker().delete_queue()


@pytest.fixture
def technician(db):
    return TechnicianFactory()


@pytest.fixture
def job(db, technician):
    return book_job(technician=technician)


@pytest.fixture
def dispatcher(db):
    """A staff user in the Dispatcher group (its permissions come from a migration)."""
    user = UserFactory(username="dispatch", is_staff=True)
    user.groups.add(Group.objects.get(name="Dispatcher"))
    return user


@pytest.fixture
def dispatcher_client(client, dispatcher):
    client.force_login(dispatcher)
    return client


def pytest_collection_modifyitems(items):
    """Transactional tests flush the database when they end; restore what migrations put there
    (task templates, the Dispatcher group) so the tests after them see a migrated database."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(pytest.mark.django_db(**marker.kwargs, serialized_rollback=True), append=False)


@pytest.fixture
def book(db):
    """book(start, hours=2): a job for a new customer with a technician named Maya."""

    def make(start, *, hours: int = 2, technician=None, site=None, tasks=None):
        technician = technician or TechnicianFactory(first_name="Maya")
        return book_job(
            site=site or SiteFactory(), technician=technician, start=start, hours=hours, tasks=tasks
        )

    return make
