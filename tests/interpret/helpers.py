"""Shared builders for interpreter tests: a context in a site zone with aware datetimes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation, MessageContext, interpret
from messaging.interpret.core import interpret as rules_only

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


# The rules-only tests of the generalisation rounds: a text received on a Wednesday afternoon about
# tomorrow's 1-3 pm visit, after the day-before reminder.
WEDNESDAY_AFTERNOON = datetime(2026, 6, 10, 16, 0, tzinfo=TZ)
REMINDER = "Acme Home Services: reminder, Luis arrives tomorrow between 1 and 3pm. Reply C to confirm."


def read_rules_only(text: str, *, status: str = "scheduled", last: str | None = REMINDER) -> Interpretation:
    """The rules' reading alone (no learned voice, which has trained on the families' corpora and
    proves nothing about them) of `text` received Wednesday 4 pm about tomorrow's 1-3 pm visit."""
    tomorrow = WEDNESDAY_AFTERNOON.replace(day=11)
    return rules_only(
        text,
        MessageContext(
            received_at=WEDNESDAY_AFTERNOON,
            timezone=ZONE,
            window_start=tomorrow.replace(hour=13),
            window_end=tomorrow.replace(hour=15),
            job_status=status,
            last_outbound=last,
        ),
    )


def rules_intent(found: Interpretation) -> str:
    """The rules' own intent in a combined reading. Where the rules found no cue and the learned voice
    was confident, the learned voice leads an unsure reading (`voices.LEARNED_LEADS_OVER_FALLBACK`)
    and the rules' intent is the first alternative: a near-miss of a cue is the rules' to get right."""
    led = any(line.startswith("best reading: the learned voice's") for line in found.evidence)
    return found.alternatives[0] if led else found.intent


def acted_on_as(found: Interpretation, intent: str) -> bool:
    """Whether the project would act alone on `found` as `intent` (a sure reading of it)."""
    return found.sure and found.intent == intent


# The language-family tests (h13lang7, h13lang8, h13deep8): a text received at 8:40 on a Wednesday,
# before that morning's 9-11 window, read by the rules alone.
MORNING_DAY = "2026-10-14"  # a Wednesday: Thursday is the 15th, Friday the 16th


def read_rules_on_day(
    text: str,
    *,
    last: str | None,
    status: str = "scheduled",
    day: str = MORNING_DAY,
    at: str = "08:40",
    window: tuple[str, str] = ("09:00", "11:00"),
) -> Interpretation:
    """The rules' reading of `text` received at `at` on `day`, about that day's `window`."""
    return rules_only(
        text,
        MessageContext(
            received_at=local(day, at),
            timezone=ZONE,
            window_start=local(day, window[0]),
            window_end=local(day, window[1]),
            job_status=status,
            last_outbound=last,
        ),
    )


def read_rules_in_zone(text: str, *, zone: str, sent: datetime, window_start: datetime) -> Interpretation:
    """The rules' reading of `text` sent at `sent` in `zone`, about a two-hour visit from
    `window_start`, after no text of the business's: the time-grammar rounds read phrases so."""
    return rules_only(
        text,
        MessageContext(
            received_at=sent,
            timezone=zone,
            window_start=window_start,
            window_end=window_start + timedelta(hours=2),
            job_status="scheduled",
            last_outbound=None,
        ),
    )


def read_at(
    text: str, *, sent: str, visit: str, status: str = "scheduled", last: str | None
) -> Interpretation:
    """Both voices' reading of `text` sent at `sent` (local ISO, the test site's zone) about a two-hour
    visit from `visit`: the requested-time rounds read their phrases so."""
    start = datetime.fromisoformat(visit).replace(tzinfo=TZ)
    return interpret(
        text,
        MessageContext(
            received_at=datetime.fromisoformat(sent).replace(tzinfo=TZ),
            timezone=ZONE,
            window_start=start,
            window_end=start + timedelta(hours=2),
            job_status=status,
            last_outbound=last,
        ),
    )
