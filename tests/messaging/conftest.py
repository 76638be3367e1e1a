from __future__ import annotations

import pytest
from django_q.conf import Conf

from messaging.sms import locmem
from tests.messaging import twilio_posts


@pytest.fixture
def sent_sms(settings):
    """Texts handed to the in-memory backend, in order."""
    settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
    locmem.sent.clear()
    yield locmem.sent
    locmem.sent.clear()


@pytest.fixture
def q_sync(monkeypatch):
    """Run django-q2 tasks at once, in this process (django-q2 reads its settings at import)."""
    monkeypatch.setattr(Conf, "SYNC", True)


@pytest.fixture
def twilio_token(settings):
    settings.TWILIO_AUTH_TOKEN = twilio_posts.AUTH_TOKEN
    settings.PUBLIC_BASE_URL = "https://sms.example.com"
    return twilio_posts.AUTH_TOKEN
