"""The dispatcher edits the words and choices of proactive updates in the admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from messaging.models import BusinessSettings, NotificationTemplate
from messaging.notify.texts import DEFAULT_TEMPLATES

pytestmark = pytest.mark.django_db


def change_url(template: NotificationTemplate) -> str:
    return reverse("admin:messaging_notificationtemplate_change", args=[template.pk])


def count(client, body: str, kind: str = "scheduled", language: str = "en") -> dict:
    url = reverse("admin:messaging_notificationtemplate_count")
    return client.get(url, {"body": body, "kind": kind, "language": language}).json()


@pytest.fixture
def scheduled_en():
    return NotificationTemplate.objects.get(kind="scheduled", language="en")


def test_every_kind_has_an_english_and_a_spanish_template_and_none_can_be_added(admin_client):
    response = admin_client.get(reverse("admin:messaging_notificationtemplate_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == 2 * len(DEFAULT_TEMPLATES)
    assert admin_client.get(reverse("admin:messaging_notificationtemplate_add")).status_code == 403


def test_the_change_page_previews_the_text_with_sample_values_and_its_count(admin_client, scheduled_en):
    page = admin_client.get(change_url(scheduled_en)).content.decode()
    assert "Hi Dana, your Field Service Co. visit is booked for" in page
    assert "characters · GSM-7 · 1 segment" in page
    assert "messaging/template_count.js" in page
    assert "{customer_first_name}" in page


def test_an_unknown_placeholder_is_a_form_error_and_nothing_is_saved(admin_client, scheduled_en):
    response = admin_client.post(change_url(scheduled_en), {"body": "Hi {first_name}, see you {window}."})
    assert response.status_code == 200
    assert "Unknown placeholder {first_name}" in response.content.decode()
    scheduled_en.refresh_from_db()
    assert scheduled_en.body == DEFAULT_TEMPLATES["scheduled"]["en"]


def test_a_text_too_long_to_send_is_a_form_error(admin_client, scheduled_en):
    response = admin_client.post(change_url(scheduled_en), {"body": "😀" * 300})
    assert "the limit is" in response.content.decode()


def test_a_valid_edit_is_saved(admin_client, scheduled_en):
    response = admin_client.post(
        change_url(scheduled_en), {"body": "See you {window}, {customer_first_name}."}
    )
    assert response.status_code == 302
    scheduled_en.refresh_from_db()
    assert scheduled_en.body == "See you {window}, {customer_first_name}."


def test_the_live_count_says_when_one_curly_quote_switches_the_text_to_ucs2(admin_client):
    plain = count(admin_client, "We're on the way, {customer_first_name}.")
    curly = count(admin_client, "We’re on the way, {customer_first_name}.")
    assert (plain["encoding"], plain["characters"], plain["summary"]) == (
        "GSM-7",
        23,
        "23 characters · GSM-7 · 1 segment",
    )
    assert (curly["encoding"], curly["segments"]) == ("UCS-2", 1)
    assert count(admin_client, "x" * 160 + " {customer_first_name}")["segments"] == 2


def test_the_live_count_names_a_bad_placeholder(admin_client):
    result = count(admin_client, "Hi {nme}")
    assert result["errors"] and "Unknown placeholder {nme}" in result["summary"]


def test_the_live_count_is_for_staff_only(client):
    response = client.get(reverse("admin:messaging_notificationtemplate_count"), {"body": "x"})
    assert response.status_code == 302


def test_business_settings_are_one_row_edited_in_place(admin_client):
    response = admin_client.get(reverse("admin:messaging_businesssettings_changelist"))
    row = BusinessSettings.load()
    assert response.url == reverse("admin:messaging_businesssettings_change", args=[row.pk])
    form = {
        "name": "Cool Air Co.",
        "reply_phone": "+14155550100",
        "quiet_hours_start": "20:00",
        "quiet_hours_end": "09:00",
        "reminder_time": "18:00",
        "morning_reminder": "on",
        "review_link": "https://g.page/r/coolair/review",
        "disabled_kinds": ["arrived", "eta_stale"],
        "unanswered_minutes": "10",
        "work_days": ["0", "1", "2", "3", "4"],
    }
    assert admin_client.post(response.url, form).status_code == 302
    row.refresh_from_db()
    assert (row.name, row.morning_reminder, row.disabled_kinds) == (
        "Cool Air Co.",
        True,
        ["arrived", "eta_stale"],
    )
    assert BusinessSettings.objects.count() == 1
