"""A dispatcher's first minute: the urgent text is on top of the queue, answered from the conversation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from messaging.inbound.store import receive_sms
from messaging.inbound.understand import understand_inbound
from messaging.models import Cause, Message
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, UserFactory, book_job

# serialized_rollback: the Dispatcher group comes from a data migration and must outlive the flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def desk(browser):
    """A desktop-sized page, as dispatchers use the admin."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def text_in(body: str, *, phone: str, sid: str) -> None:
    receive_sms(fields={"MessageSid": sid, "From": phone, "Body": body})
    understand_inbound(Message.objects.inbound().get(provider_sid=sid))


def test_a_dispatcher_sees_the_urgent_text_first_and_answers_it(desk, live_server, artifacts):
    dispatcher = UserFactory(username="dispatch", is_staff=True)
    dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
    luis = TechnicianFactory(first_name="Luis")
    start = timezone.now() + timedelta(hours=3)
    calm = book_job(site=SiteFactory(customer=CustomerFactory(name="Mo Ving")), technician=luis, start=start)
    gas = book_job(site=SiteFactory(customer=CustomerFactory(name="Gus Gas")), technician=luis, start=start)
    text_in("Can we move it to Friday afternoon?", phone=str(calm.customer.phone), sid="SM" + "1" * 32)
    text_in("I smell gas in the kitchen!", phone=str(gas.customer.phone), sid="SM" + "2" * 32)

    desk.goto(f"{live_server.url}/admin/login/?next=/admin/")
    desk.fill("input[name=username]", "dispatch")
    desk.fill("input[name=password]", PASSWORD)
    desk.click("input[type=submit]")
    desk.click("#dispatch-links >> text=Needs attention")

    top = desk.locator("#queue .queue-row").first
    assert top.get_attribute("data-kind") == "emergency"
    assert "I smell gas in the kitchen!" in top.inner_text()
    desk.screenshot(path=str(artifacts / "dispatcher-queue.png"), full_page=True)
    top.locator("a.open").click()

    desk.wait_for_selector("#thread >> text=I smell gas in the kitchen!")
    desk.locator(".reply-options .fill").first.click()
    assert desk.input_value(".reply-box textarea")  # one click fills an assist reply
    reply = "Gus, please get everyone outside now. Luis is on his way and I'll call you in a minute."
    desk.fill(".reply-box textarea", reply)
    desk.click(".reply-box button[type=submit]")

    desk.wait_for_selector(f"#thread li.out >> text={reply}")
    sent = Message.objects.outbound().get(cause=Cause.DISPATCHER)
    assert (sent.body, sent.job, sent.sent_by) == (reply, gas, dispatcher)
    desk.screenshot(path=str(artifacts / "dispatcher-conversation.png"), full_page=True)
