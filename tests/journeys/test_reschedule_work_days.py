"""The reschedule page offers windows only on the days the business goes out (BusinessSettings.
work_days), as the replies about days do: it used to offer Sunday slots the rest of the app
says are closed."""

from __future__ import annotations

from datetime import date, time

import pytest
from django.urls import reverse

from messaging.models import BusinessSettings
from tests.journeys.stack import Moment, visible_words

pytestmark = [pytest.mark.django_db, pytest.mark.real_queue]

MONDAY_TO_FRIDAY = [0, 1, 2, 3, 4]
WEDNESDAY_MIDDAY = Moment("America/New_York", date(2026, 6, 10), time(12), "en")


@pytest.fixture
def moment():
    return WEDNESDAY_MIDDAY


def asked_for_saturday(stack, moment):
    job = stack.book(moment.later(24 * 60))
    stack.customer_texts("Could we do Saturday morning instead?")
    return stack.request(
        stack.office, "get", reverse("admin:messaging_conversation_reschedule", args=[job.pk])
    )


@pytest.mark.parametrize(
    "work_days", [MONDAY_TO_FRIDAY, [0, 1, 2, 3, 4, 6]], ids=["weekdays", "not-saturday"]
)
def test_a_closed_day_offers_no_window_and_says_why(stack, moment, at, work_days):
    BusinessSettings.objects.update_or_create(pk=1, defaults={"work_days": work_days})
    page = asked_for_saturday(stack, moment)
    assert page.context["windows"] == []
    assert "The business does not go out on Saturdays" in visible_words(page.content.decode())


def test_a_working_saturday_offers_its_windows(stack, moment, at):
    BusinessSettings.objects.update_or_create(pk=1, defaults={"work_days": [*MONDAY_TO_FRIDAY, 5]})
    page = asked_for_saturday(stack, moment)
    windows = page.context["windows"]
    assert windows and all(w.start.astimezone(moment.at.tzinfo).date() == date(2026, 6, 13) for w in windows)
    assert "does not go out" not in visible_words(page.content.decode())
