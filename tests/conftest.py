from __future__ import annotations

import pytest

from tests.factories import TechnicianFactory, book_job


@pytest.fixture
def technician(db):
    return TechnicianFactory()


@pytest.fixture
def job(db, technician):
    return book_job(technician=technician)


def pytest_collection_modifyitems(items):
    """Transactional tests flush the database when they end; restore what migrations put there
    (task templates, the Dispatcher group) so the tests after them see a migrated database."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(pytest.mark.django_db(**marker.kwargs, serialized_rollback=True), append=False)
