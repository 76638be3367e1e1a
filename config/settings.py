"""Every setting comes from the environment, with safe defaults for a local demo.

Production sets at least DJANGO_SECRET_KEY, DEBUG=false, ALLOWED_HOSTS, DATABASE_URL,
REDIS_URL and PUBLIC_BASE_URL; see README.md for the full list.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_proxy_ssl_header(name: str, default: str) -> tuple[str, str] | None:
    """The header a TLS-terminating proxy sets to say the request came over HTTPS, written as
    "X-Forwarded-Proto: https" (or Django's "HTTP_X_FORWARDED_PROTO,https"); empty for none."""
    raw = os.environ.get(name, default).strip()
    if not raw:
        return None
    separator = next((sep for sep in (":", "=", ",") if sep in raw), None)
    header, value = (part.strip() for part in raw.split(separator, 1)) if separator else ("", "")
    if not header or not value:
        raise ImproperlyConfigured(f'{name} looks like "X-Forwarded-Proto: https" (or empty), not {raw!r}.')
    meta = header.upper().replace("-", "_")
    return (meta if meta.startswith("HTTP_") else f"HTTP_{meta}", value)


INSECURE_DEFAULT_SECRET_KEY = "django-insecure-local-demo-key-change-me"  # noqa: S105

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", INSECURE_DEFAULT_SECRET_KEY)
if not DEBUG and SECRET_KEY == INSECURE_DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured("DEBUG is off: set DJANGO_SECRET_KEY to a long random value.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
# The public address Twilio posts to; webhook signatures are checked against it (proxies change Host).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://localhost:8000").rstrip("/")

INSTALLED_APPS = [
    "config.admin.BrandedAdminConfig",  # django.contrib.admin under the business name, its index the dispatcher's page
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_q",
    "phonenumber_field",
    "fieldservice",
    "messaging",
    "demo",  # `manage.py demo` and `seed_demo`: stages the domain and messaging together
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Twilio's webhooks need none of what follows (sessions, CSRF, users, static files): answered here.
    "messaging.inbound.shortcut.TwilioWebhookShortcut",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # the admin templates messaging replaces (branding, labelled inline tables) come before the admin's own
        "DIRS": [
            BASE_DIR / "fieldservice" / "tech" / "templates",
            BASE_DIR / "messaging" / "admin_overrides",
        ],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

SQLITE_PATH = os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the django-q2 cluster read while one of them writes;
    # the busy timeout makes a writer wait for the lock instead of failing at once. Connections
    # persist (conn_max_age above), so the pragmas run once per connection, not per request.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/tech/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "en-us"
# The business's own zone: the default for new sites. Each site keeps its own zone.
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Los_Angeles")
ZoneInfo(TIME_ZONE)  # fail at start-up, not at the first message, on a misspelt zone
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

PHONENUMBER_DEFAULT_REGION = os.environ.get("PHONENUMBER_DEFAULT_REGION", "US")
PHONENUMBER_DB_FORMAT = "E164"

REDIS_URL = os.environ.get("REDIS_URL", "")
Q_CLUSTER = {
    "name": "fieldservice",
    "workers": int(os.environ.get("Q_WORKERS", "2")),
    "timeout": 60,
    "retry": 120,
    "max_attempts": 1,  # our send task retries by itself, with backoff, and records each attempt
    "catch_up": False,  # after downtime the sweeps catch up themselves, without replaying every tick
    "ack_failures": True,
    # A worker is replaced after this many tasks (django-q2's default, 500, bounds a leak's growth).
    # Each replacement forks a fresh worker that opens its database connection and warms up again;
    # with a task a text and one a reply, 500 was a new worker every few seconds in a busy hour.
    "recycle": env_int("Q_RECYCLE", 5000),
    "label": "Task queue",
    # django-q2 logs each task queued and run at INFO (the "Enqueued" line is dropped: LOGGING).
    "log_level": os.environ.get("LOG_LEVEL", "INFO"),
}
# With Redis, the worker handles stored texts in batch drains, one per partition of the customers
# at a time (messaging/inbound/drain.py): as many partitions as workers keeps them all busy.
INBOUND_DRAINS = env_int("INBOUND_DRAINS", int(Q_CLUSTER["workers"]))
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["poll"] = 0.5

# SMS. The default backend stores messages for the phone simulator (/sms/simulator/); production
# sets SMS_BACKEND=messaging.sms.twilio.backend.SMSBackend and the TWILIO_* variables.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "messaging.sms.outbox.SMSBackend")
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
TWILIO_FROM_NUMBER = os.environ.get("TWILIO_FROM_NUMBER", "")
TWILIO_MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID", "")
# Twilio answers STOP/START/HELP itself (Advanced Opt-Out): record consent, send no confirmation of our own.
TWILIO_ADVANCED_OPT_OUT = env_bool("TWILIO_ADVANCED_OPT_OUT", False)
# Only for tests: the address of a local mock of Twilio's API (Prism) instead of https://api.twilio.com.
TWILIO_API_BASE_URL = os.environ.get("TWILIO_API_BASE_URL", "")
TWILIO_TIMEOUT = float(os.environ.get("TWILIO_TIMEOUT", "10"))
SMS_MAX_SEGMENTS = int(os.environ.get("SMS_MAX_SEGMENTS", "4"))
SMS_MAX_ATTEMPTS = int(os.environ.get("SMS_MAX_ATTEMPTS", "5"))
# Texts one worker hands to Twilio at the same time when many are due (a sweep, the morning burst):
# each send mostly waits 100-300 ms for Twilio's answer. The threads only talk to Twilio (a kept-alive
# connection each), never to the database: 2 workers x 32 is 64 calls to Twilio at once.
SMS_SEND_THREADS = int(os.environ.get("SMS_SEND_THREADS", "32"))

# HTTPS in production. Behind a proxy that terminates TLS, SECURE_PROXY_SSL_HEADER names the header it
# sets (and must strip from clients). Plain-HTTP requests are redirected when the public address is
# HTTPS; /health stays reachable over HTTP for load balancers. HSTS is opt-in: browsers remember it.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PUBLIC_BASE_URL.startswith("https://"))
    SECURE_REDIRECT_EXEMPT = [r"^health$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)

# Phone numbers never reach the logs: our own lines redact them, and the filter catches the rest
# (the twilio client logs each request's address, which for a lookup names the recipient).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_phone_numbers": {"()": "messaging.redact.RedactPhoneNumbers"},
        "drop_task_enqueued": {"()": "config.log_filters.DropTaskEnqueued"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_phone_numbers"],
        }
    },
    "loggers": {
        "twilio.http_client": {"filters": ["redact_phone_numbers"]},
        # django-q2 has no handler of its own here (the root's): its INFO lines come through it.
        "django-q": {"filters": ["drop_task_enqueued"]},
        # A worker's "interpreter ready" line, whatever LOG_LEVEL says: one line a worker's start
        # (the benchmarks wait for it before they send).
        "messaging.tasks": {"level": "INFO"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# --- Login lockout (django-axes) ---------------------------------------------------------------
# Repeated failed logins (admin and technician) lock that username from that address out for a
# while, so passwords cannot be guessed at speed. Axes' backend goes first and its middleware last.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
