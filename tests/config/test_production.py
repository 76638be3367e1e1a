"""The README's production steps, checked: `manage.py check --deploy` is clean with the documented
variables, the HTTPS settings come from the environment, and /health tells the truth about what
would break every page (static files not collected, the database gone)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.db import DatabaseError
from django.utils.functional import empty

ROOT = Path(__file__).resolve().parents[2]
# The production variables the README documents (its "Production" section), with example values.
PRODUCTION = {
    "DEBUG": "false",
    "DJANGO_SECRET_KEY": "k3Yq0-very-long-random-value-for-tests-only-7fJ2mZpR8sWx1cVb9nLe4tHu",
    "ALLOWED_HOSTS": "sms.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://sms.example.com",
    "PUBLIC_BASE_URL": "https://sms.example.com",
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
}


def production_section() -> str:
    readme = (ROOT / "README.md").read_text()
    return readme[readme.index("## Production") :].split("\n## ", 1)[0]


# Not the test run's own: the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE would fail `check --deploy`.
NOT_PASSED_ON = {"DATABASE_URL", "REDIS_URL", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, *args], cwd=ROOT, env=clean | env, capture_output=True, text=True, check=False
    )


def test_the_readme_documents_every_production_variable_and_collectstatic():
    section = production_section()
    for name in PRODUCTION:
        assert name in section, f"{name} is missing from the README's production section"
    assert "collectstatic" in section
    assert "check --deploy" in section


@pytest.mark.slow
def test_check_deploy_is_clean_with_the_documented_production_variables():
    result = run_manage("manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

    without_hsts = {k: v for k, v in PRODUCTION.items() if not k.startswith("SECURE_HSTS")}
    result = run_manage("manage.py", "check", "--deploy", **without_hsts)
    assert "security.W004" in result.stderr + result.stdout, "the check is not just silent"


PRINT_HTTPS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps([getattr(settings, name, None) for name in ('SECURE_PROXY_SSL_HEADER', "
    "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD')]))"
)


def https_settings(**env: str) -> list:
    result = run_manage("-c", PRINT_HTTPS, DJANGO_SETTINGS_MODULE="config.settings", **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_the_https_settings_come_from_the_environment():
    assert https_settings(**PRODUCTION) == [["HTTP_X_FORWARDED_PROTO", "https"], True, 31536000, True, True]
    plain = {**PRODUCTION, "PUBLIC_BASE_URL": "http://10.0.0.5:8000"}
    for name in ("SECURE_PROXY_SSL_HEADER", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):
        plain.pop(name)
    # Defaults: the usual proxy header, no redirect for a plain-HTTP public address, no HSTS.
    assert https_settings(**plain)[:3] == [["HTTP_X_FORWARDED_PROTO", "https"], False, 0]
    assert https_settings(**plain, SECURE_PROXY_SSL_HEADER="")[0] is None
    assert https_settings(**plain, SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_SCHEME,https")[0] == [
        "HTTP_X_FORWARDED_SCHEME",
        "https",
    ]
    bad = run_manage(
        "-c",
        PRINT_HTTPS,
        DJANGO_SETTINGS_MODULE="config.settings",
        **{**PRODUCTION, "SECURE_HSTS_SECONDS": "a year"},
    )
    assert bad.returncode != 0 and "SECURE_HSTS_SECONDS" in bad.stderr


@pytest.fixture
def production_static(settings, tmp_path):
    """DEBUG off with production's static files storage, collecting into an empty folder."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    return settings


@pytest.mark.django_db
def test_health_is_ok_when_the_app_can_serve_pages(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
@pytest.mark.slow
def test_health_fails_and_says_why_until_static_files_are_collected(client, production_static, admin_user):
    response = client.get("/health")
    assert response.status_code == 503
    assert re.search(r"static files are not collected.*collectstatic", response.content.decode())

    call_command("collectstatic", "--noinput", verbosity=0)
    staticfiles_storage._wrapped = empty  # the web server restarted: it reads the new manifest
    assert client.get("/health").status_code == 200
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_health_fails_when_the_database_does_not_answer(client, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("fieldservice.health.connection.cursor", broken)
    response = client.get("/health")
    assert response.status_code == 503
    assert b"the database does not answer" in response.content
