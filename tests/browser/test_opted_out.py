"""What a technician and a dispatcher see once a customer has texted STOP: a notice, and reply
boxes that cannot be used (the technician at 375 px, the dispatcher at a desk)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from messaging.inbound.store import receive_sms
from tests.browser.conftest import sign_in
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job

# serialized_rollback: the Dispatcher group comes from a data migration and must outlive the flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct-horse-battery"
DANA = "+14155550123"


@pytest.fixture
def opted_out_job():
    luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
    site = SiteFactory(customer__name="Dana Ortiz", customer__phone=DANA)
    job = book_job(technician=luis, site=site, start=timezone.now() + timedelta(hours=1))
    receive_sms(fields={"MessageSid": "SM" + "1" * 32, "From": DANA, "Body": "running 20 min late, sorry!"})
    receive_sms(fields={"MessageSid": "SM" + "2" * 32, "From": DANA, "Body": "STOP"})
    return job


def test_the_technician_sees_the_opt_out_and_cannot_reply(phone, live_server, opted_out_job, artifacts):
    sign_in(phone, live_server, "luis", PASSWORD)
    phone.goto(f"{live_server.url}/tech/jobs/{opted_out_job.pk}/")
    notice = phone.locator("#opted-out")
    assert "Dana opted out of texts" in notice.inner_text()
    assert notice.is_visible()
    # No reply can be sent from the page: the card offers none, or they are switched off.
    reply_controls = phone.locator("form[action$='/messages/reply/'] :is(button, textarea)")
    assert not [n for n in range(reply_controls.count()) if reply_controls.nth(n).is_enabled()]
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    phone.screenshot(path=str(artifacts / "tech-job-opted-out.png"), full_page=True)


def test_the_dispatcher_sees_the_opt_out_and_the_reply_box_is_off(
    browser, live_server, opted_out_job, artifacts
):
    dispatcher = UserFactory(username="dispatch", is_staff=True)
    dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
    desk = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    desk.goto(f"{live_server.url}/admin/login/?next=/admin/messaging/conversation/{opted_out_job.pk}/change/")
    desk.fill("input[name=username]", "dispatch")
    desk.fill("input[name=password]", PASSWORD)
    desk.click("input[type=submit]")
    banner = desk.locator("#opted-out")
    assert "Dana opted out of texts" in banner.inner_text()
    assert desk.locator(".reply-box textarea").is_disabled()
    assert desk.locator(".reply-box button[type=submit]").is_disabled()
    desk.screenshot(path=str(artifacts / "dispatcher-conversation-opted-out.png"), full_page=True)
