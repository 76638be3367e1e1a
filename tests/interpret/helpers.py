"""Shared builders for interpreter tests: a context in a site zone with aware datetimes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation, MessageContext, interpret

ZONE = "America/Chicago"
TZ = ZoneInfo(ZONE)


def local(day: str, clock: str) -> datetime:
    """An aware datetime in the test site's zone, e.g. local("2026-06-10", "09:05")."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=TZ)


def read(
    text: str,
    *,
    at: str = "09:05",
    day: str = "2026-06-10",
    window: tuple[str, str] | None = ("09:00", "11:00"),
    window_day: str | None = None,
    status: str = "en_route",
    last: str | None = None,
) -> Interpretation:
    """Interpret `text` received at `day` `at` with an arrival window on `window_day` (default the same day)."""
    wday = window_day or day
    return interpret(
        text,
        MessageContext(
            received_at=local(day, at),
            timezone=ZONE,
            window_start=local(wday, window[0]) if window else None,
            window_end=local(wday, window[1]) if window else None,
            job_status=status,
            last_outbound=last,
        ),
    )
