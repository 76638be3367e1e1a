"""Spanish a native speaker would send, and what each shipped template costs in SMS segments."""

from __future__ import annotations

import importlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps

from fieldservice import services
from messaging.inbound.replies import reply_text
from messaging.models import BusinessSettings, Message, NotificationTemplate
from messaging.notify import notices as notify
from messaging.notify.texts import DEFAULT_TEMPLATES, agree_articles
from messaging.outbox.segments import count_segments
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("llega a las 1:30 pm.", "llega a la 1:30 pm."),
        ("llega a las 1 pm.", "llega a la 1 pm."),
        ("Las 1:05 pm es la hora", "La 1:05 pm es la hora"),
        # near misses: other hours keep the plural
        ("llega a las 10:15 am.", "llega a las 10:15 am."),
        ("llega a las 11 am.", "llega a las 11 am."),
        ("llega a las 12:30 pm.", "llega a las 12:30 pm."),
        ("llega a las 2:15 pm.", "llega a las 2:15 pm."),
    ],
)
def test_one_oclock_takes_the_singular_article_in_spanish(text, expected):
    assert agree_articles(text, "es") == expected
    assert agree_articles(text, "en") == text


def test_a_spanish_on_my_way_at_half_past_one_reads_a_la_and_the_reminder_is_neutral(time_machine):
    site = SiteFactory(customer=CustomerFactory(name="Rosa Díaz", language="es"))
    job = book_job(
        site=site, technician=TechnicianFactory(first_name="Luis"), start=datetime(2030, 6, 11, 13, tzinfo=LA)
    )
    time_machine.move_to(datetime(2030, 6, 11, 13, 5, tzinfo=LA), tick=False)
    services.job_start_route(job=job, eta=datetime(2030, 6, 11, 13, 30, tzinfo=LA), actor="luis")
    assert Message.objects.get(job=job, notification_kind="en_route").body == (
        "Luis de Field Service Co. va en camino, llega a la 1:30 pm."
    )
    reminder = notify.render(kind="reminder", job=job, business=BusinessSettings.load())
    assert "le visitamos mañana" in reminder and "lo visitamos" not in reminder
    assert reply_text(
        "where_en_route", language="es", business="X", first="Rosa", tech="Luis", eta="1:10 pm"
    ).endswith("alrededor de la 1:10 pm.")


def sample(kind: str, language: str) -> str:
    return notify.fill(
        DEFAULT_TEMPLATES[kind][language],
        kind=kind,
        language=language,
        business=BusinessSettings(
            name="Field Service Co.", review_link="https://g.page/r/fieldservice/review"
        ),
        customer_first_name="Rosa",
        technician_first_name="Luis",
        window="Tue Jun 11, 1-3 pm" if language == "en" else "mar 11 jun, 1-3 pm",
        eta="2:15 pm",
        moved_by_business=True,
    )


SEGMENTS = {  # kind: (English, Spanish) segments with sample values; all GSM-7
    "scheduled": (1, 1),
    "reminder": (1, 1),
    "morning_reminder": (1, 1),
    "window_changed": (1, 1),
    "en_route": (1, 1),
    "running_late": (1, 1),
    "eta_stale": (1, 1),
    "arrived": (1, 1),
    "completed": (1, 1),
    "review_request": (1, 1),
    "cancelled": (1, 1),
}


@pytest.mark.parametrize("kind", DEFAULT_TEMPLATES)
def test_every_shipped_template_is_gsm7_in_both_languages_and_spanish_costs_no_more_segments(kind):
    counts = {language: count_segments(sample(kind, language)) for language in ("en", "es")}
    assert {c.encoding for c in counts.values()} == {"GSM-7"}, {k: sample(kind, k) for k in counts}
    assert (counts["en"].segments, counts["es"].segments) == SEGMENTS[kind]


def test_a_template_still_holding_the_old_default_is_reworded_and_an_edited_one_is_left_alone():
    migration = importlib.import_module("messaging.migrations.0009_h18_promise_ledger")
    (old_reminder, new_reminder) = migration.REWORDED[("reminder", "es")]
    NotificationTemplate.objects.filter(kind="reminder", language="es").update(body=old_reminder)
    NotificationTemplate.objects.filter(kind="arrived", language="es").update(
        body="{technician_first_name} llegó"
    )
    migration.reword(apps, None)
    assert NotificationTemplate.objects.get(kind="reminder", language="es").body == new_reminder
    assert (
        NotificationTemplate.objects.get(kind="arrived", language="es").body
        == "{technician_first_name} llegó"
    )
