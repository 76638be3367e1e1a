"""Turn recognised time mentions into aware datetimes in the site's zone.

dateparser is used only for canonical day spans our recognisers leave open (month-name dates);
it never sees a whole message. Its settings follow what works in 1.5.0: a naive local
RELATIVE_BASE, no TIMEZONE, future preference, and the zone attached here afterwards.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from .timewords import Clock
from .vocab import BUSINESS_PM_BEFORE, WAKING_HOURS

DATEPARSER_LANGUAGES: tuple[str, ...] = ("en", "es")
DATEPARSER_SETTINGS: dict[str, object] = {"PREFER_DATES_FROM": "future", "RETURN_TIME_AS_PERIOD": True}


def parse_day_span(span: str, received_local: datetime) -> date | None:
    """The day a short canonical span ("november 10 2027", "6/15/2027") names, counted from the message.

    A parser is built per call (about 10 us): dateparser is not thread-safe and the base moves.
    """
    base = received_local.replace(tzinfo=None)
    parser = _date_data_parser()(
        languages=list(DATEPARSER_LANGUAGES), settings={**DATEPARSER_SETTINGS, "RELATIVE_BASE": base}
    )
    data = parser.get_date_data(span)
    if data is None or data.date_obj is None or data.period not in ("day", "time"):
        return None
    day: date = data.date_obj.date()
    return day


@cache
def _date_data_parser() -> Any:
    """dateparser's parser class, imported on first need: most messages never need it (~0.2 s import)."""
    from dateparser.date import DateDataParser

    return DateDataParser


def warm_up() -> None:
    """Load dateparser and its locales now, so no later message pays 100+ ms (for long-lived workers)."""
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    for span in ("november 10 2026", "16 junio 2027", "6/15/2026"):
        parse_day_span(span, now)


def _waking(hour: int) -> bool:
    return WAKING_HOURS[0] <= hour < WAKING_HOURS[1]


def _hours(clock: Clock) -> list[int]:
    if clock.meridiem == "am":
        return [clock.hour % 12]
    if clock.meridiem == "pm":
        return [clock.hour % 12 + 12]
    if clock.hour > 12 or clock.hour == 0:
        return [clock.hour]
    return [clock.hour % 12, clock.hour % 12 + 12]


def clock_on_or_after(clock: Clock, received_local: datetime, day: date | None = None) -> datetime:
    """When a clock time falls: on `day` if given, else its next occurrence after the message.

    Without am/pm: on another day the business reading ("after 2" is 14:00), otherwise the next
    occurrence in waking hours.
    """
    tz = received_local.tzinfo
    if clock.next_at_minute:
        at = received_local.replace(minute=clock.minute, second=0, microsecond=0)
        return at if at > received_local else at + timedelta(hours=1)
    hours = _hours(clock)
    if day is not None and day != received_local.date():
        hour = (
            hours[0] if len(hours) == 1 else (hours[1] if clock.hour % 12 < BUSINESS_PM_BEFORE else hours[0])
        )
        return datetime.combine(day, time(hour, clock.minute), tzinfo=tz)
    start = received_local.date()
    for offset in range(2):
        for hour in hours:
            at = datetime.combine(start + timedelta(days=offset), time(hour, clock.minute), tzinfo=tz)
            if at > received_local and (len(hours) == 1 or _waking(hour)):
                return at
    return datetime.combine(start + timedelta(days=1), time(hours[-1], clock.minute), tzinfo=tz)


# An ETA sent late in the evening names a time soon: its next occurrence past midnight, within this
# many hours, wins over waking hours.
ETA_SOON_HOURS = 3


def eta_on_or_after(clock: Clock, received_local: datetime) -> datetime:
    """When a customer's own arrival time falls: said in the evening, its next occurrence past
    midnight when that is within `ETA_SOON_HOURS` ("running late, be there at 12:15" sent at
    11:50 pm is 12:15 am, not noon), else as `clock_on_or_after` (the next one in waking hours).
    Near-misses: "be there at 5:40" sent at 5:30 am stays 5:40 pm, the waking reading; "at 9"
    sent at 10 pm is 9 am. Hours are measured in real time, across a DST night's change."""
    if clock.next_at_minute or clock.meridiem or received_local.hour < WAKING_HOURS[1] - 1:
        return clock_on_or_after(clock, received_local)
    tz = received_local.tzinfo
    now = received_local.astimezone(UTC)
    soonest = min(
        (
            at
            for offset in range(2)
            for hour in _hours(clock)
            if (
                at := datetime.combine(
                    received_local.date() + timedelta(days=offset), time(hour, clock.minute), tzinfo=tz
                )
            ).astimezone(UTC)
            > now
        ),
        key=lambda at: at.astimezone(UTC),
    )
    past_midnight = soonest.date() > received_local.date()
    if past_midnight and soonest.astimezone(UTC) - now <= timedelta(hours=ETA_SOON_HOURS):
        return soonest
    return clock_on_or_after(clock, received_local)
