"""axe-core inside Chromium: no serious or critical violation on the pages people work in all day,
the technician's (at 375 px) and the dispatcher's queue and conversation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from fieldservice import services
from tests.browser.axe import serious_violations
from tests.browser.conftest import sign_in
from tests.browser.test_dispatcher import desk, text_in  # noqa: F401 - a fixture
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, UserFactory, book_job

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def busy_day(db):
    """Luis's day: an emergency, a late customer while he is on site, a quiet job (on the working
    morning every browser test runs on: at 9 pm the later visits would be tomorrow's)."""
    luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
    now = timezone.now()
    late = book_job(
        site=SiteFactory(customer=CustomerFactory(name="Dana Ortiz", phone="+14155550123")),
        technician=luis,
        start=now - timedelta(minutes=10),
    )
    services.job_arrive(job=late, actor="luis")
    gas = book_job(
        site=SiteFactory(customer=CustomerFactory(name="Gus Gas", phone="+14155550124")),
        technician=luis,
        start=now + timedelta(hours=3),
    )
    book_job(site=SiteFactory(), technician=luis, start=now + timedelta(hours=5))
    text_in("running about 20 min late, gate code is 4411", phone="+14155550123", sid="SM" + "1" * 32)
    text_in("I smell gas in the kitchen!", phone="+14155550124", sid="SM" + "2" * 32)
    return {"late": late, "gas": gas}


def test_the_technicians_pages_have_no_serious_accessibility_violation(
    phone, live_server, busy_day, artifacts
):
    phone.goto(f"{live_server.url}/accounts/login/")
    assert serious_violations(phone) == []
    sign_in(phone, live_server, "luis", PASSWORD)
    assert phone.locator(".job-row").first.locator(".badge.emergency").inner_text() == "Emergency"
    assert (
        phone.locator(".job-row .badge.emergency").first.bounding_box()["height"] < 36
    )  # a badge, not a block
    phone.screenshot(path=str(artifacts / "tech-day-list.png"), full_page=True)
    assert serious_violations(phone) == []
    for job in busy_day.values():
        phone.goto(f"{live_server.url}/tech/jobs/{job.pk}/")
        phone.wait_for_selector("#prompt-card")
        assert serious_violations(phone) == [], f"job {job.pk}"
    phone.screenshot(path=str(artifacts / "tech-emergency-card.png"), full_page=True)


def test_the_dispatchers_queue_and_conversation_have_no_serious_accessibility_violation(
    desk,  # noqa: F811 - the fixture imported above
    live_server,
    busy_day,
):
    dispatcher = UserFactory(username="dispatch", is_staff=True)
    dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
    desk.goto(f"{live_server.url}/admin/login/?next=/admin/")
    desk.fill("input[name=username]", "dispatch")
    desk.fill("input[name=password]", PASSWORD)
    desk.click("input[type=submit]")
    desk.click("#dispatch-links >> text=Needs attention")
    desk.wait_for_selector("#queue .queue-row")
    assert serious_violations(desk) == []
    desk.locator("#queue .queue-row").first.locator("a.open").click()
    desk.wait_for_selector("#thread")
    assert serious_violations(desk) == []
