"""The model moment in real Chromium at a few of the journeys' clock times and zones: the
technician waits on site, Dana's signed text reaches the live server, the worker's tasks run from
the queue, the card updates in place on a 375 px phone, the technician taps a reply, the customer's
phone simulator shows it, and the dispatcher's board shows Dana's new ETA.

Screenshots of the card (375 px) and of the dispatcher's queue and board go to test-artifacts/."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group

from fieldservice import services, timefmt
from messaging.models import Cause, Message, MessageStatus
from tests.browser.conftest import sign_in
from tests.browser.test_dispatcher import desk  # noqa: F401 - a fixture
from tests.browser.test_prompt_card import text_from
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job
from tests.journeys.stack import Moment, run_waiting_tasks
from tests.messaging.twilio_posts import AUTH_TOKEN

pytestmark = [
    pytest.mark.browser,
    pytest.mark.real_queue,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct-horse-battery"
DANA = "+14155550123"
LATE = {
    "en": "running about 20 min late, gate code is 4411",
    "es": "voy como 20 minutos tarde, el código del portón es 4411",
}
MOMENTS = [
    # The demo: 4:30 pm Pacific, when the card used to call Dana upset.
    pytest.param(
        Moment("America/Los_Angeles", date(2026, 6, 10), time(16, 30), "en"), id="pacific-late-afternoon"
    ),
    pytest.param(Moment("Pacific/Honolulu", date(2026, 6, 10), time(21, 30), "es"), id="honolulu-evening-es"),
    pytest.param(Moment("Europe/London", date(2026, 6, 10), time(6, 30), "en"), id="london-early"),
]


@pytest.fixture
def stack_settings(settings, live_server):
    settings.PUBLIC_BASE_URL = live_server.url
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.SMS_BACKEND = "messaging.sms.outbox.SMSBackend"  # what the phone simulator shows
    return settings


def worker_runs() -> None:
    """The worker takes what the live server queued (and what those tasks queue in turn)."""
    while run_waiting_tasks():
        pass


@pytest.mark.parametrize("moment", MOMENTS)
def test_the_model_moment_in_chromium(phone, desk, live_server, stack_settings, artifacts, moment):  # noqa: F811
    name = f"{moment.zone.split('/')[-1].lower()}-{moment.clock:%H%M}-{moment.language}"
    with time_machine.travel(moment.at - timedelta(days=2), tick=True):
        luis = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
        dispatcher = UserFactory(username="dispatch", is_staff=True)
        dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
        site = SiteFactory(
            customer__name="Dana Ortiz",
            customer__phone=DANA,
            customer__language=moment.language,
            timezone=moment.zone,
        )
        job = book_job(
            site=site,
            technician=luis,
            start=moment.later(-15),
            tasks=[{"name": "Inspect outdoor condenser unit", "minutes": 15, "needs_customer": False}],
        )
    with time_machine.travel(moment.at, tick=True):
        services.job_arrive(job=job, actor="luis")
        expected = timefmt.clock(moment.later(20))

        sign_in(phone, live_server, "luis", PASSWORD)
        phone.goto(f"{live_server.url}/tech/jobs/{job.pk}/")
        phone.evaluate("window.notReloaded = true")
        text_from(live_server, DANA, LATE[moment.language])
        worker_runs()
        card = phone.wait_for_selector("#prompt-card", timeout=8_000)
        assert phone.evaluate("window.notReloaded") is True, "the card arrives in place"
        words = " ".join(card.inner_text().split())
        assert "Running late" in words and f"Arriving around {expected}" in words
        assert "Inspect outdoor condenser unit" in words and "Unhappy" not in words
        phone.screenshot(path=str(artifacts / f"journey-card-{name}.png"), full_page=True)

        reply = phone.locator("#prompt-card form.reply").first
        chosen = reply.locator("input[name=text]").get_attribute("value")
        reply.locator("button").click()
        phone.wait_for_selector(".flash li")
        worker_runs()
        assert "Not sent" not in phone.locator(".flash").inner_text()
        assert Message.objects.get(cause=Cause.TECHNICIAN).status == MessageStatus.SENT
        phone.wait_for_selector("#prompt-card >> text=You replied")
        phone.screenshot(path=str(artifacts / f"journey-card-replied-{name}.png"), full_page=True)

        desk.goto(f"{live_server.url}/admin/login/?next=/admin/")
        desk.fill("input[name=username]", "dispatch")
        desk.fill("input[name=password]", PASSWORD)
        desk.click("input[type=submit]")
        desk.goto(f"{live_server.url}/sms/simulator/{job.customer_id}/")
        assert chosen in desk.inner_text("body"), "Dana's phone received the reply"
        desk.goto(f"{live_server.url}/admin/messaging/todayboard/")
        assert f"late until {expected}" in desk.inner_text(f"#job-{job.pk}")
        desk.screenshot(path=str(artifacts / f"journey-board-{name}.png"), full_page=True)
        desk.goto(f"{live_server.url}/admin/messaging/conversation/")
        assert "complaint" not in desk.inner_text("body").lower()
        desk.screenshot(path=str(artifacts / f"journey-queue-{name}.png"), full_page=True)
