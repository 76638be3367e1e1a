"""Real Chromium (Debian's package) driven by Playwright against a live server."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from playwright.sync_api import sync_playwright

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; the tests still use the ORM
# directly to arrange data and check results, which Django allows only when told so.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(
            "Chromium is missing: `make test` installs Debian's chromium package (apt-get install chromium)."
        )
    return path


def next_working_morning(*, weekday: int = 1, at: time = time(10, 30)) -> datetime:
    """The next Tuesday at 10:30 am Pacific (by default) after the current clock: a plain working
    morning, within a week of the real date so that the browser (which keeps the real clock) still
    accepts the session cookies the server sets."""
    zone = ZoneInfo("America/Los_Angeles")
    today = datetime.now(zone).date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    return datetime.combine(day, at, tzinfo=zone)


@pytest.fixture(autouse=True)
def working_morning(request):
    """Each browser test runs on a working morning, ticking on from it, whatever the real hour: a
    test seeded "10 minutes ago" and "in 3 hours" must not cross midnight or land in quiet hours
    when CI happens to run at night. Tests about other hours travel on their own (time_machine
    nests); the journeys in tests/journeys run the same stories at every hour on purpose."""
    with time_machine.travel(next_working_morning(), tick=True):
        yield


@pytest.fixture
def browser(transactional_db):
    """One Chromium per test, started after the test database is ready: Playwright runs an event
    loop in this thread, and the database set-up must not run inside it."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def live_server_sessions_end_first(django_db_setup, django_db_blocker):
    """The live server's threads keep PostgreSQL sessions that they close only as they are
    collected; end them before the test database is dropped (this fixture is torn down just
    before the database, after the live server)."""
    yield
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture
def phone(browser):
    """A fresh page the size of a phone (375 x 812), with touch."""
    context = browser.new_context(viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


# The dispatcher's screens: a desk at 1280 px and a phone at 375 px.
SIZES = {"desk": (1280, 900), "phone": (375, 812)}


@pytest.fixture(params=list(SIZES))
def screen(request, browser):
    """(size name, page) at each of SIZES: the admin's pages are checked on both."""
    width, height = SIZES[request.param]
    phone = request.param == "phone"
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield request.param, page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def sign_in(page, live_server, username: str, password: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/tech/")
