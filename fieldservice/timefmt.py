"""How times read to people: "2:15 pm", "Tue Jun 10, 1-3 pm", in the site's own zone."""

from __future__ import annotations

from datetime import datetime, tzinfo

from django.utils import timezone


def clock(value: datetime, zone: tzinfo | None = None) -> str:
    """'2 pm', '2:15 pm': minutes only when they are not zero."""
    local = timezone.localtime(value, zone) if zone else value
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour} {suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d} {suffix}"


def day(value: datetime, zone: tzinfo | None = None) -> str:
    """'Tue Jun 10'."""
    local = timezone.localtime(value, zone) if zone else value
    return f"{local:%a %b} {local.day}"


def window(start: datetime, end: datetime, zone: tzinfo) -> str:
    """'Tue Jun 10, 1-3 pm' or 'Tue Jun 10, 11 am-1 pm' in `zone`."""
    local_start, local_end = timezone.localtime(start, zone), timezone.localtime(end, zone)
    same_half = (local_start.hour < 12) == (local_end.hour < 12)
    first = clock(local_start)
    if same_half:
        first = first.rsplit(" ", 1)[0]
    span = f"{first}-{clock(local_end)}"
    if local_start.date() != local_end.date():
        span = f"{clock(local_start)}-{day(local_end)} {clock(local_end)}"
    return f"{day(local_start)}, {span}"
