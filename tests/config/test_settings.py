"""Settings come from the environment; each case imports them fresh in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'debug': settings.DEBUG, 'db': settings.DATABASES['default']['ENGINE'], "
    "'db_name': settings.DATABASES['default']['NAME'], 'q': settings.Q_CLUSTER, "
    "'hosts': settings.ALLOWED_HOSTS, 'public': settings.PUBLIC_BASE_URL, 'tz': settings.TIME_ZONE, "
    "'options': settings.DATABASES['default'].get('OPTIONS', {})}))"
)


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}}
    clean |= {"DJANGO_SETTINGS_MODULE": "config.settings", **env}
    return subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_local_defaults_are_debug_sqlite_in_wal_mode_and_the_orm_broker():
    result = load_settings()
    values = json.loads(result.stdout)
    assert values["debug"] is True
    assert values["db"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in values["options"]["init_command"]
    assert values["options"]["timeout"] >= 5
    assert values["q"]["orm"] == "default"
    assert "redis" not in values["q"]


def test_database_url_and_redis_url_switch_to_postgresql_and_the_redis_broker():
    values = json.loads(
        load_settings(
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/test", REDIS_URL="redis://127.0.0.1:6379/0"
        ).stdout
    )
    assert values["db"] == "django.db.backends.postgresql"
    assert values["db_name"] == "test"
    assert values["q"]["redis"] == "redis://127.0.0.1:6379/0"
    assert "orm" not in values["q"]


def test_production_refuses_to_start_with_the_default_secret_key():
    result = load_settings(DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_starts_with_a_real_secret_key_and_reads_hosts_and_public_url():
    result = load_settings(
        DEBUG="false",
        DJANGO_SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="sms.example.com, app.example.com",
        PUBLIC_BASE_URL="https://sms.example.com/",
        TIME_ZONE="America/Chicago",
    )
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == ["sms.example.com", "app.example.com"]
    assert values["public"] == "https://sms.example.com"
    assert values["tz"] == "America/Chicago"


def test_a_misspelt_business_timezone_fails_at_start_up():
    result = load_settings(TIME_ZONE="America/Chicgo")
    assert result.returncode != 0
    assert "Chicgo" in result.stderr
