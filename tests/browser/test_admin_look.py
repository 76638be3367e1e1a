"""The admin looks like the product and fits the screen: the business's name on the login page and
in the header, the queue and the jobs list without sideways scrolling at 1280 px and on a phone,
and a job form a screen reader can fill in (axe-core: no serious or critical violation)."""

from __future__ import annotations

import pytest
import time_machine
from django.contrib.auth.models import Group

from messaging.models import BusinessSettings
from tests.board_day import AT_TWO, seed_slipping_day
from tests.browser.axe import serious_violations
from tests.browser.conftest import SIZES
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def day():
    with time_machine.travel(AT_TWO, tick=True):
        business = BusinessSettings.load()
        business.name = "Bright Air Heating & Cooling"
        business.save()
        seeded = seed_slipping_day()
        dispatcher = UserFactory(username="dispatch", is_staff=True)
        dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
        yield seeded


def sign_in_admin(page, live_server, next_path: str) -> None:
    page.goto(f"{live_server.url}/admin/login/?next={next_path}")
    assert page.locator("#site-name").inner_text() == "Bright Air Heating & Cooling"
    assert page.title().endswith("Bright Air Heating & Cooling dispatch")
    page.fill("input[name=username]", "dispatch")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_admin_carries_the_business_name_and_fits_the_screen(screen, live_server, day, artifacts):
    size, page = screen
    width = SIZES[size][0]
    sign_in_admin(page, live_server, "/admin/")
    page.wait_for_selector("#dispatch-links")
    assert page.locator("#site-name").inner_text() == "Bright Air Heating & Cooling"
    assert "Bright Air Heating & Cooling: dispatch and settings" in page.locator("h1").inner_text()

    page.goto(f"{live_server.url}/admin/messaging/conversation/")
    page.wait_for_selector("#queue")
    assert page_width(page) <= width, "the queue scrolls sideways"
    page.screenshot(path=str(artifacts / f"admin-queue-{size}.png"), full_page=True)

    page.goto(f"{live_server.url}/admin/fieldservice/job/?day=today")
    page.wait_for_selector("#result_list")
    page.screenshot(path=str(artifacts / f"admin-jobs-{size}.png"), full_page=True)
    assert page_width(page) <= width, "the jobs list scrolls sideways"
    if size == "desk":  # every column in sight, "Needs attention" included, none behind a scroll
        results = page.locator("#changelist .results")
        assert results.evaluate("frame => frame.scrollWidth <= frame.clientWidth"), "the job table scrolls"
        header = page.locator("#result_list thead th", has_text="Needs attention").bounding_box()
        frame = results.bounding_box()
        assert header["x"] + header["width"] <= frame["x"] + frame["width"]
    assert serious_violations(page) == []


def test_a_screen_reader_can_book_a_job_on_the_job_form(screen, live_server, day, artifacts):
    size, page = screen
    sign_in_admin(page, live_server, f"/admin/fieldservice/job/{day.bea.pk}/change/")
    page.wait_for_selector("#job_form")
    page.screenshot(path=str(artifacts / f"admin-job-form-{size}.png"), full_page=True)
    found = serious_violations(page)
    assert found == [], "\n".join(found)
    page.goto(f"{live_server.url}/admin/fieldservice/job/add/")
    page.wait_for_selector("#job_form")
    assert serious_violations(page) == []
    assert page.get_by_label("Window start: date").count() == 1
    assert page.get_by_label("Window start: time").count() == 1


def test_the_conversation_page_tells_links_apart_without_colour(screen, live_server, day):
    size, page = screen
    sign_in_admin(page, live_server, f"/admin/messaging/conversation/{day.gus.pk}/change/")
    page.wait_for_selector("#thread")
    assert serious_violations(page) == []
