from __future__ import annotations

import pytest
import time_machine
from django.conf import settings

from tests.journeys.stack import Stack
from tests.sms_fixtures import drop_queued_tasks


@pytest.fixture(autouse=True)
def journey_settings(settings, twilio_token):
    """The outbox backend (the simulator shows what it sent) and a signing token for the webhook."""
    settings.SMS_BACKEND = "messaging.sms.outbox.SMSBackend"
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher"
    ]  # sign-in is not the journey
    return settings


@pytest.fixture(autouse=True)
def empty_queue():
    """A Redis broker keeps what earlier tests queued; the database broker's rows roll back."""
    if settings.REDIS_URL:
        drop_queued_tasks()
    yield
    if settings.REDIS_URL:
        drop_queued_tasks()


@pytest.fixture
def at(moment):
    """The run placed at its local clock time; the clock ticks, as a live morning's does."""
    with time_machine.travel(moment.at, tick=True) as traveller:
        yield traveller


@pytest.fixture
def stack(db, moment, at, django_capture_on_commit_callbacks):
    return Stack(moment=moment, capture=django_capture_on_commit_callbacks, clock=at)
