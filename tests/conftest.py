from __future__ import annotations

import pytest

from tests.factories import TechnicianFactory, book_job


@pytest.fixture
def technician(db):
    return TechnicianFactory()


@pytest.fixture
def job(db, technician):
    return book_job(technician=technician)
