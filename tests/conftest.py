from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from tests.factories import TechnicianFactory, UserFactory, book_job
from tests.sms_fixtures import (  # noqa: F401 - pytest finds fixtures by name here
    fault_proxy,
    fault_proxy_server,
    prism,
    q_sync,
    sent_sms,
    twilio_backend,
    twilio_token,
)


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
