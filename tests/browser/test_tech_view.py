from __future__ import annotations

import pytest

from fieldservice.models import Task
from tests.browser.conftest import sign_in
from tests.factories import TechnicianFactory, UserFactory, book_job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def luis(db):
    return TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")


def test_technician_works_a_job_on_a_phone_sized_screen(phone, live_server, luis, artifacts):
    job = book_job(technician=luis)
    sign_in(phone, live_server, "luis", PASSWORD)
    phone.goto(f"{live_server.url}/tech/jobs/{job.pk}/")
    phone.wait_for_selector("h2:has-text('Checklist')")
    # Nothing scrolls sideways at 375 px.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    # Every button is big enough for a thumb.
    small = phone.evaluate(
        "[...document.querySelectorAll('button')].filter(b => b.offsetParent)"
        ".map(b => b.getBoundingClientRect()).filter(r => r.height < 44 || r.width < 44).length"
    )
    assert small == 0
    task = job.tasks.filter(needs_customer=False).first()
    phone.click(f"#task-{task.pk} button.tick")
    phone.wait_for_selector(f"#task-{task.pk}.done")
    assert Task.objects.get(pk=task.pk).done_at is not None
    phone.screenshot(path=str(artifacts / "tech-job-page.png"), full_page=True)


def test_another_technician_cannot_open_the_job(phone, live_server, luis):
    job = book_job(technician=luis)
    TechnicianFactory(user=UserFactory(username="maya"), first_name="Maya")
    sign_in(phone, live_server, "maya", PASSWORD)
    response = phone.goto(f"{live_server.url}/tech/jobs/{job.pk}/")
    assert response.status == 404
