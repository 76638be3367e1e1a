"""The demo's five-step walkthrough (README, `manage.py demo`'s welcome), followed in Chromium on a demo
day seeded at a fixed afternoon clock: each step's page, login and promise, with screenshots."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from demo import day as demo
from fieldservice.models import Customer, CustomerState
from messaging.models import Cause, Direction, Message, MessageStatus
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AFTERNOON = datetime(2026, 6, 10, 14, 10, tzinfo=ZoneInfo("America/Los_Angeles"))


@pytest.fixture
def demo_settings(settings, live_server, q_sync):
    """As `make demo` runs: the phone simulator's backend, DEBUG on (the simulator needs no login),
    and the task cluster's work done at once (q_sync)."""
    settings.DEBUG = True
    settings.SMS_BACKEND = "messaging.sms.outbox.SMSBackend"
    settings.PUBLIC_BASE_URL = live_server.url
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return settings


def text_in_simulator(page, base: str, customer: Customer, body: str) -> None:
    page.goto(f"{base}/sms/simulator/{customer.pk}/")
    page.fill("input[name=body]", body)
    page.click("form.send button")
    page.wait_for_selector(f".bubble.in:has-text({body!r})")


def test_the_readme_walkthrough_does_what_each_step_promises(browser, demo_settings, live_server, artifacts):
    base = live_server.url
    with time_machine.travel(AFTERNOON, tick=True):
        demo.seed_demo()
        welcome = demo.welcome(base)
        dana = Customer.objects.get(name=demo.OUT_CUSTOMER)
        aisha = Customer.objects.get(name=demo.EMERGENCY_CUSTOMER)
        job = demo.out_customer_job()
        assert "shifted" not in welcome, "an afternoon demo reads as an ordinary working day"

        # 1. The phone simulator, as Dana, no login: her thread holds Luis's text, then hers.
        simulator = browser.new_context(viewport={"width": 420, "height": 860}).new_page()
        simulator.set_default_timeout(10_000)
        text_in_simulator(simulator, base, dana, demo.LATE_TEXT)
        bubbles = simulator.locator(".bubble").all_inner_texts()
        luis_asked = next(i for i, text in enumerate(bubbles) if "nobody's answering" in text)
        hers = next(i for i, text in enumerate(bubbles) if demo.LATE_TEXT in text)
        assert hers < luis_asked, "the thread is newest first: her text sits above Luis's"
        simulator.screenshot(path=str(artifacts / "demo-1-simulator-late-text.png"), full_page=True)

        # 2. As luis, at phone size: Dana's job shows her text on the prompt card.
        phone = browser.new_context(
            viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True
        ).new_page()
        phone.set_default_timeout(10_000)
        sign_in(phone, live_server, "luis", demo.DEMO_PASSWORD)
        assert f"{base}/tech/jobs/{job.pk}/" in welcome
        phone.goto(f"{base}/tech/jobs/{job.pk}/")
        card = phone.wait_for_selector("#prompt-card")
        assert demo.LATE_TEXT in card.inner_text()
        assert phone.locator("form.reply").count() >= 2
        assert phone.evaluate("document.documentElement.scrollWidth") <= 375, "the page fits a phone"
        phone.screenshot(path=str(artifacts / "demo-2-technician-card.png"), full_page=True)
        job.refresh_from_db()
        assert job.customer_state != CustomerState.HOME

        # 3. Tap a reply: the page says it was sent.
        first_reply = phone.locator("form.reply").first
        chosen = first_reply.locator("input[name=text]").get_attribute("value")
        first_reply.locator("button").tap()
        assert "Sent to Dana" in phone.wait_for_selector(".flash li").inner_text()
        phone.screenshot(path=str(artifacts / "demo-3-reply-sent.png"), full_page=True)

        # 4. The simulator, Dana's thread: Luis's reply has arrived.
        simulator.wait_for_selector(f".bubble.out:has-text({chosen[:40]!r})", timeout=8_000)
        reply = Message.objects.get(job=job, cause=Cause.TECHNICIAN, body=chosen)
        assert reply.status == MessageStatus.SENT
        simulator.screenshot(path=str(artifacts / "demo-4-simulator-reply.png"), full_page=True)

        # 5. An emergency from Aisha; as dispatch, Needs attention has it first.
        text_in_simulator(simulator, base, aisha, demo.EMERGENCY_TEXT)
        assert Message.objects.filter(direction=Direction.INBOUND, customer=aisha).exists()
        office = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        office.set_default_timeout(10_000)
        office.goto(f"{base}/admin/login/?next=/admin/messaging/conversation/")
        office.fill("input[name=username]", demo.DISPATCHER_USERNAME)
        office.fill("input[name=password]", demo.DEMO_PASSWORD)
        office.click("input[type=submit]")
        office.wait_for_url(f"{base}/admin/messaging/conversation/")
        first_row = office.locator("#queue tr.queue-row").first
        assert first_row.get_attribute("data-kind") == "emergency"
        assert demo.EMERGENCY_CUSTOMER in first_row.inner_text()
        assert first_row.locator("a.call").count() == 1
        office.screenshot(path=str(artifacts / "demo-5-dispatcher-queue.png"), full_page=True)
