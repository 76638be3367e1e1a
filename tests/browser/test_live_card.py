"""The prompt card lives on the technician's phone: texts arrive while they work, and nothing they
are doing is undone. Real Chromium at 375 px, texts through the signed webhook."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from fieldservice import services
from messaging.models import Cause, Message
from tests.browser.axe import serious_violations
from tests.browser.conftest import sign_in
from tests.browser.test_prompt_card import text_from, twilio_settings  # noqa: F401 - a fixture
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("twilio_settings"),
]
DANA = "+14155550123"
MODEL_MOMENT = "running about 20 min late, gate code is 4411"
DRAFT = "No problem Dana, I'll start on the condenser. Take your time"


@pytest.fixture
def dana_late(live_server):
    luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
    site = SiteFactory(customer__name="Dana Ortiz", customer__phone=DANA, timezone="America/Los_Angeles")
    job = book_job(site=site, technician=luis, start=timezone.now() - timedelta(minutes=10))
    return services.job_arrive(job=job, actor="luis")


def card_shows(phone, words: str) -> None:
    phone.wait_for_function(
        "words => (document.querySelector('#prompt-card .said') || {}).textContent?.includes(words)",
        arg=words,
        timeout=10_000,
    )


def test_a_new_text_keeps_the_draft_the_open_editor_and_the_focus_and_is_announced(
    phone, live_server, dana_late, artifacts
):
    sign_in(phone, live_server, "luis", "correct-horse-battery")
    phone.goto(f"{live_server.url}/tech/jobs/{dana_late.pk}/")
    text_from(live_server, DANA, MODEL_MOMENT)
    card_shows(phone, MODEL_MOMENT)
    phone.wait_for_function(
        "document.getElementById('panel-announcer').textContent.includes('New text from Dana')"
    )
    assert phone.locator("#prompt-card .meaning").inner_text().endswith("Running late")
    phone.wait_for_function("document.getElementById('customer-state').textContent.includes('running late')")
    phone.screenshot(path=str(artifacts / "tech-calm-card.png"), full_page=True)
    assert serious_violations(phone) == []

    phone.click("#prompt-card summary")
    phone.fill("#reply-draft", DRAFT)
    phone.type("#reply-draft", " ")  # the caret stays at the end, in the box
    text_from(live_server, DANA, "actually more like 30, sorry!")
    card_shows(phone, "actually more like 30, sorry!")

    assert phone.input_value("#reply-draft") == DRAFT + " "
    assert phone.evaluate("document.querySelector('#prompt-card details.editor').open")
    assert phone.evaluate("document.activeElement.id") == "reply-draft"
    phone.wait_for_function(
        "document.getElementById('panel-announcer').textContent.includes('actually more like 30, sorry!')"
    )
    assert phone.locator("#thread li.in").count() == 2
    phone.keyboard.type("and see you soon.")
    assert phone.input_value("#reply-draft").endswith("Take your time and see you soon.")
    phone.screenshot(path=str(artifacts / "tech-card-draft-kept.png"), full_page=True)

    phone.click("#prompt-card .edit-reply button")
    phone.wait_for_selector("#prompt-card .sent-reply")
    sent = Message.objects.get(cause=Cause.TECHNICIAN)
    assert sent.body == DRAFT + " and see you soon."
    assert phone.locator("#prompt-card form").count() == 0, "no second send from the card"
    assert "You replied" in phone.locator("#prompt-card .sent-reply").inner_text()


def test_a_new_text_with_no_editing_replaces_the_card_and_keeps_focus_on_the_replies(
    phone, live_server, dana_late
):
    sign_in(phone, live_server, "luis", "correct-horse-battery")
    phone.goto(f"{live_server.url}/tech/jobs/{dana_late.pk}/")
    text_from(live_server, DANA, "running 10 late")
    card_shows(phone, "running 10 late")
    phone.focus('#prompt-card [data-reply="1"]')
    text_from(live_server, DANA, "make that 25 min, traffic")
    card_shows(phone, "make that 25 min, traffic")
    assert phone.evaluate("document.activeElement.dataset.reply") == "1"
    assert phone.evaluate("document.activeElement.closest('#prompt-card') !== null")


def test_one_tap_replaces_the_replies_with_what_was_sent(phone, live_server, dana_late, artifacts):
    sign_in(phone, live_server, "luis", "correct-horse-battery")
    phone.goto(f"{live_server.url}/tech/jobs/{dana_late.pk}/")
    text_from(live_server, DANA, MODEL_MOMENT)
    card_shows(phone, MODEL_MOMENT)
    chosen = phone.locator("form.reply").first.locator("input[name=text]").get_attribute("value")
    phone.locator("form.reply").first.locator("button").click()
    phone.wait_for_selector("#prompt-card .sent-reply")
    assert chosen in phone.locator("#prompt-card .sent-reply").inner_text()
    assert phone.locator("#prompt-card button").count() == 0
    phone.screenshot(path=str(artifacts / "tech-card-after-reply.png"), full_page=True)
    assert serious_violations(phone) == []
