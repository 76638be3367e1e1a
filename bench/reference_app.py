"""The reference the inbound webhook is measured against: a bare Django app that checks Twilio's
signature and inserts one row, nothing else (no middleware, no models), with persistent database
connections as the project uses. Served by gunicorn as `reference_app:application`.

Environment: DATABASE_URL (SQLite when unset: SQLITE_PATH, with the project's WAL settings),
TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL. The table is created by `create_table()` before it starts.
"""

from __future__ import annotations

import os

import dj_database_url
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.http import HttpResponse, HttpResponseForbidden
from django.urls import path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from twilio.request_validator import RequestValidator

TABLE = "bench_reference_text"


def database() -> dict:
    config = dj_database_url.config(
        default=f"sqlite:///{os.environ.get('SQLITE_PATH', 'reference.sqlite3')}",
        conn_max_age=60,
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":  # as config.settings does
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
        }
    return config


if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "reference-only"),
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={"default": database()},
        USE_TZ=True,
    )

VALIDATOR = RequestValidator(os.environ.get("TWILIO_AUTH_TOKEN", ""))
URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/") + "/sms/inbound"


@csrf_exempt
def inbound(request):
    if not VALIDATOR.validate(URL, request.POST, request.headers.get("X-Twilio-Signature", "")):
        return HttpResponseForbidden("Bad or missing X-Twilio-Signature.")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TABLE} (sid, phone, body, created_at) VALUES (%s, %s, %s, %s)"  # noqa: S608
            " ON CONFLICT (sid) DO NOTHING",
            [
                request.POST.get("MessageSid", ""),
                request.POST.get("From", ""),
                request.POST.get("Body", ""),
                timezone.now(),
            ],
        )
    return HttpResponse('<?xml version="1.0" encoding="UTF-8"?><Response />', content_type="text/xml")


urlpatterns = [path("sms/inbound", inbound)]


def create_table() -> None:
    serial = "integer PRIMARY KEY AUTOINCREMENT" if connection.vendor == "sqlite" else "bigserial PRIMARY KEY"
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (id {serial}, sid varchar(64) UNIQUE NOT NULL,"
            " phone varchar(128) NOT NULL, body text NOT NULL, created_at timestamp with time zone NOT NULL)"
        )


application = get_wsgi_application()
