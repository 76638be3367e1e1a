"""The dispatcher's timeline board in real Chromium, at a desk (1280 px) and on a phone (375 px), for
a seeded day with an overrunning visit, a late customer and an emergency (tests/board_day.py)."""

from __future__ import annotations

import pytest
import time_machine
from django.contrib.auth.models import Group

from messaging.models import Message, NotificationKind
from tests.board_day import AT_TWO, local, seed_slipping_day
from tests.browser.axe import serious_violations
from tests.browser.conftest import SIZES
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def day():
    with time_machine.travel(AT_TWO, tick=True):
        seeded = seed_slipping_day()
        dispatcher = UserFactory(username="dispatch", is_staff=True)
        dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
        yield seeded


def open_board(page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/login/?next=/admin/messaging/todayboard/")
    page.fill("input[name=username]", "dispatch")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#board .timeline")


def x_at(page, lane_selector: str, percent: float) -> float:
    """Where `percent` of the drawn day falls on a lane, in page pixels."""
    track = page.locator(lane_selector).bounding_box()
    return track["x"] + track["width"] * percent / 100


def percent_of_day(moment) -> float:
    return (moment - local(7)) / (local(19) - local(7)) * 100  # the day drawn: 7 am to 7 pm


def test_the_board_draws_the_day_where_the_data_says(screen, live_server, day, artifacts):
    size, page = screen
    open_board(page, live_server)
    luis_lane = f"#board ul.lane[data-technician='{day.luis.pk}']"

    # Blocks span their windows on their technician's line.
    for job, start, end in [(day.bea, local(13), local(14)), (day.cy, local(15), local(16))]:
        block = page.locator(f"{luis_lane} #job-{job.pk}")
        page.locator(f"#job-{job.pk}").scroll_into_view_if_needed()
        box = block.bounding_box()
        assert abs(box["x"] - x_at(page, luis_lane, percent_of_day(start))) < 3, size
        assert abs(box["x"] + box["width"] - x_at(page, luis_lane, percent_of_day(end))) < 3, size
        assert "at-risk" in block.get_attribute("class") and block.locator(".risk").is_visible()
    assert "at-risk" not in page.locator(f"#job-{day.dee.pk}").get_attribute("class")
    assert "overrunning" in page.locator(f"#job-{day.ona.pk}").get_attribute("class")
    assert page.locator(f"#lane-{day.luis.pk}").inner_text().endswith("running over")

    # The now line, the forecast under Bea's block (2:30 to 4 pm) and Lee's own time (3 pm).
    now_line = page.locator(f"{luis_lane} .now-line").bounding_box()
    assert abs(now_line["x"] - x_at(page, luis_lane, percent_of_day(AT_TWO))) < 3
    forecast = page.locator(f"{luis_lane} .forecast[data-job='{day.bea.pk}']").bounding_box()
    assert abs(forecast["x"] - x_at(page, luis_lane, percent_of_day(local(14, 30)))) < 3
    maya_lane = f"#board ul.lane[data-technician='{day.maya.pk}']"
    mark = page.locator(f"{maya_lane} .customer-mark[data-job='{day.lee.pk}']").bounding_box()
    assert abs(mark["x"] + mark["width"] / 2 - x_at(page, maya_lane, percent_of_day(local(15)))) < 3

    emergency = page.locator(f"#job-{day.gus.pk}")
    assert "emergency" in emergency.get_attribute("class")
    assert emergency.locator(".mark").inner_text() == "Emergency"
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size][0]  # no sideways page
    page.screenshot(path=str(artifacts / f"board-{size}.png"), full_page=True)
    assert serious_violations(page) == []

    # Clicking a block opens the conversation.
    page.locator(f"#job-{day.gus.pk} a.open").click()
    page.wait_for_selector("#thread")
    assert page.url.endswith(f"/admin/messaging/conversation/{day.gus.pk}/change/")


def test_the_dispatcher_texts_the_affected_customers_then_hands_one_to_a_free_technician(
    screen, live_server, day, artifacts
):
    size, page = screen
    open_board(page, live_server)
    affected = page.locator("#affected")
    assert [li.get_attribute("data-job") for li in affected.locator("li").all()] == [
        str(day.bea.pk),
        str(day.cy.pk),
    ]
    page.click("#tell-affected")
    page.wait_for_selector("text=Texting the new time to Bea")  # 2:35 pm: the clock ticks past 2
    late = Message.objects.filter(notification_kind=NotificationKind.RUNNING_LATE).order_by("job_id")
    assert [m.job_id for m in late] == [day.bea.pk, day.cy.pk]
    assert page.locator("#affected").count() == 0

    page.locator(f"#job-{day.cy.pk} a.move").click()
    page.wait_for_selector("#move")
    page.select_option("#move-technician", str(day.kim.pk))
    page.click("#move button[type=submit]")
    kim_lane = f"#board ul.lane[data-technician='{day.kim.pk}']"
    page.wait_for_selector(f"{kim_lane} #job-{day.cy.pk}")
    assert page.locator(f"#board ul.lane[data-technician='{day.luis.pk}'] #job-{day.cy.pk}").count() == 0
    assert "at-risk" not in page.locator(f"#job-{day.cy.pk}").get_attribute("class")
    told = Message.objects.get(job=day.cy, notification_kind=NotificationKind.WINDOW_CHANGED)
    assert "3-4 pm" in told.body
    page.screenshot(path=str(artifacts / f"board-after-move-{size}.png"), full_page=True)
