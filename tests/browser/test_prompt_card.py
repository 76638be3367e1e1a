"""The moment the product exists for: a late customer's text reaches the technician's phone,
already understood, with replies to tap and work to start."""

from __future__ import annotations

import urllib.parse
import urllib.request
from datetime import timedelta

import pytest
from django.utils import timezone

from fieldservice import services
from messaging.models import Cause, Message
from tests.browser.conftest import sign_in
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job
from tests.messaging.twilio_posts import AUTH_TOKEN, fields, signature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def twilio_settings(settings, live_server):
    settings.PUBLIC_BASE_URL = live_server.url
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
    return settings


def dana_with_luis(*, starting_in: timedelta):
    """Dana's visit in Los Angeles with Luis, its window starting `starting_in` from now."""
    luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
    site = SiteFactory(
        customer__name="Dana Ortiz", customer__phone="+14155550123", timezone="America/Los_Angeles"
    )
    return book_job(site=site, technician=luis, start=timezone.now() + starting_in)


def open_as_luis(phone, live_server, job) -> None:
    """Luis signs in on his phone and opens the visit's page."""
    sign_in(phone, live_server, "luis", "correct-horse-battery")
    phone.goto(f"{live_server.url}/tech/jobs/{job.pk}/")


def text_from(live_server, phone: str, body: str) -> None:
    """Post a signed inbound SMS to the live server, as Twilio would."""
    data = fields("inbound_sms", From=phone, Body=body)
    request = urllib.request.Request(  # noqa: S310 - the live server on loopback
        f"{live_server.url}/sms/inbound",
        data=urllib.parse.urlencode(data).encode(),
        headers={"X-Twilio-Signature": signature("/sms/inbound", data)},
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200


def test_a_late_customers_text_appears_as_a_prompt_card_and_one_tap_replies(
    phone, live_server, twilio_settings, artifacts
):
    job = services.job_arrive(job=dana_with_luis(starting_in=timedelta(minutes=-10)), actor="luis")
    open_as_luis(phone, live_server, job)
    phone.evaluate("window.notReloaded = true")

    text_from(live_server, "+14155550123", "stuck in traffic, be there in 20")
    card = phone.wait_for_selector("#prompt-card", timeout=8_000)
    assert phone.evaluate("window.notReloaded") is True, "the page reloaded instead of updating in place"
    assert "Running late" in card.inner_text()
    assert phone.locator(".start-now li").count() >= 1
    phone.screenshot(path=str(artifacts / "tech-prompt-card.png"), full_page=True)

    first_reply = phone.locator("form.reply").first
    chosen = first_reply.locator("input[name=text]").get_attribute("value")
    first_reply.locator("button").dblclick()
    phone.wait_for_selector(".flash li")
    sent = Message.objects.filter(job=job, cause=Cause.TECHNICIAN)
    assert list(sent.values_list("body", flat=True)) == [chosen]
    assert "Dana" in chosen


def test_an_unsure_text_shows_the_technician_it_is_not_sure_and_offers_a_reply_for_each_reading(
    phone, live_server, twilio_settings, artifacts
):
    job = services.job_arrive(job=dana_with_luis(starting_in=timedelta(minutes=-10)), actor="luis")
    open_as_luis(phone, live_server, job)
    # Late, and a cancellation if he can't wait: two requests that act differently, so a person decides.
    text_from(live_server, "+14155550123", "running late 20 min, cancel if he can't wait")
    card = phone.wait_for_selector("#prompt-card", timeout=8_000)
    words = card.inner_text()
    assert "Not sure what this means" in words
    assert "running late 20 min, cancel if he can't wait" in words
    labels = phone.locator(".reply-label").all_inner_texts()
    assert any(label.startswith("If cancel") for label in labels)
    assert any(label.startswith("If late") for label in labels)
    assert not Message.objects.filter(job=job, cause=Cause.AUTO_REPLY).exists()
    phone.screenshot(path=str(artifacts / "tech-prompt-card-unsure.png"), full_page=True)


def test_a_carbon_monoxide_alarm_reaches_the_technician_as_an_emergency_with_co_advice(
    phone, live_server, twilio_settings, artifacts
):
    from messaging.hazards import hazard, safety_advice

    job = dana_with_luis(starting_in=timedelta(minutes=30))
    open_as_luis(phone, live_server, job)
    text_from(live_server, "+14155550123", "Le détecteur de monoxyde de carbone sonne, qu'est-ce qu'on fait?")
    card = phone.wait_for_selector("#prompt-card", timeout=8_000)
    seen = card.inner_text()
    assert "emergency: carbon monoxide alarm" in seen.lower()  # "Maybe “emergency: ...”" when not sure
    # Sure or not, the technician's heads-up names the danger and the reply to tap carries CO advice.
    assert hazard("carbon_monoxide").heads_up in seen or "It may be: carbon monoxide alarm." in seen
    assert safety_advice("carbon_monoxide", "en") in seen
    phone.screenshot(path=str(artifacts / "tech-prompt-card-co-alarm.png"), full_page=True)
    job.refresh_from_db()
    assert job.urgent
