from __future__ import annotations

import pytest

from messaging.models import Direction, Message
from tests.factories import CustomerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(is_staff=True))
    return client


@pytest.fixture
def dana(db):
    return CustomerFactory(name="Dana Ortiz", phone="+14155550123")


def test_texting_hi_in_the_simulator_goes_through_the_signed_webhook_and_shows_up(
    staff_client, dana, settings
):
    settings.TWILIO_AUTH_TOKEN = ""  # no Twilio account: the simulator signs with its own key
    response = staff_client.post(f"/sms/simulator/{dana.pk}/", {"body": "hi"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    # At night the office's "we're closed" note may follow it: the customer's own text is the one here.
    message = Message.objects.inbound().get()
    assert (message.direction, message.customer, message.body) == (Direction.INBOUND, dana, "hi")
    assert message.provider_sid.startswith("SM")
    assert "hi" in response.content.decode()


def test_the_simulator_lists_customers_and_shows_their_thread(staff_client, dana):
    assert "Dana Ortiz" in staff_client.get("/sms/simulator/").content.decode()
    page = staff_client.get(f"/sms/simulator/{dana.pk}/")
    assert page.status_code == 200
    assert 'hx-trigger="every 2s"' in page.content.decode()


def test_the_simulators_key_does_not_sign_posts_once_twilio_is_configured(staff_client, dana, settings):
    settings.SMS_BACKEND = "messaging.sms.twilio.backend.SMSBackend"
    assert staff_client.get("/sms/simulator/").status_code == 404


def test_the_simulator_is_for_staff_when_debug_is_off(client, dana, settings):
    settings.DEBUG = False
    assert client.get("/sms/simulator/").status_code == 404
