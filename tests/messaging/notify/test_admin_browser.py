"""The live count in real Chromium: a dispatcher types a curly quote and sees UCS-2."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from messaging.models import NotificationTemplate
from tests.browser.conftest import browser  # noqa: F401 - the fixture, shared with the browser tests
from tests.factories import UserFactory

# serialized_rollback: the Dispatcher group and the templates come from data migrations.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_dispatcher_sees_the_count_switch_to_ucs2_as_they_type_a_curly_quote(browser, live_server):  # noqa: F811
    dispatcher = UserFactory(username="dispatch", is_staff=True)
    dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
    template = NotificationTemplate.objects.get(kind="en_route", language="en")
    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    page.set_default_timeout(10_000)
    page.goto(
        f"{live_server.url}/admin/login/?next=/admin/messaging/notificationtemplate/{template.pk}/change/"
    )
    page.fill("input[name=username]", "dispatch")
    page.fill("input[name=password]", "correct-horse-battery")
    page.click("input[type=submit]")

    count = page.locator("[data-preview-count]")
    assert "GSM-7 · 1 segment" in count.inner_text()
    page.fill("textarea[name=body]", "{technician_first_name}’s on the way, ETA {eta}.")
    page.wait_for_function("document.querySelector('[data-preview-count]').textContent.includes('UCS-2')")
    assert count.inner_text() == "31 characters · UCS-2 · 1 segment"
    assert page.locator("[data-preview-text]").inner_text() == "Luis’s on the way, ETA 2:15 pm."

    page.fill("textarea[name=body]", "Hi {name}")
    page.wait_for_function("document.querySelector('[data-preview-count]').textContent.includes('Unknown')")
    page.click("input[name=_save]")
    assert "Unknown placeholder {name}" in page.locator(".errorlist").inner_text()
