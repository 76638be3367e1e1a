"""How times read to people: "2:15 pm", "Tue Jun 10, 1-3 pm" (or "mar 10 jun, 1-3 pm" in
Spanish: the clock reads the same, sentences end without a doubled period), in the site's zone."""

from __future__ import annotations

from datetime import datetime, tzinfo

from django.utils import timezone

DAY_NAMES = {"es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")}
MONTH_NAMES = {"es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")}


def clock(value: datetime, zone: tzinfo | None = None) -> str:
    """'2 pm', '2:15 pm': minutes only when they are not zero."""
    local = timezone.localtime(value, zone) if zone else value
    hour = local.hour % 12 or 12
    suffix = "pm" if local.hour >= 12 else "am"
    return f"{hour} {suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d} {suffix}"


def day(value: datetime, zone: tzinfo | None = None, language: str = "en") -> str:
    """'Tue Jun 10' ('mar 10 jun')."""
    local = timezone.localtime(value, zone) if zone else value
    if language in DAY_NAMES:
        return f"{DAY_NAMES[language][local.weekday()]} {local.day} {MONTH_NAMES[language][local.month - 1]}"
    return f"{local:%a %b} {local.day}"


def window(start: datetime, end: datetime, zone: tzinfo, language: str = "en") -> str:
    """'Tue Jun 10, 1-3 pm' or 'Tue Jun 10, 11 am-1 pm' in `zone`."""
    local_start, local_end = timezone.localtime(start, zone), timezone.localtime(end, zone)
    first = clock(local_start)
    if (local_start.hour < 12) == (local_end.hour < 12):
        first = first.split(" ", 1)[0]
    span = f"{first}-{clock(local_end)}"
    if local_start.date() != local_end.date():
        span = f"{clock(local_start)}-{day(local_end, language=language)} {clock(local_end)}"
    return f"{day(local_start, language=language)}, {span}"


def zone_label(value: datetime, zone: tzinfo) -> str:
    """' EDT' when `zone` reads another clock than the business's own zone at `value` (so an
    office in Los Angeles sees that a Denver visit's 9 am is Denver's), else ''."""
    home = timezone.get_default_timezone()
    if value.astimezone(zone).utcoffset() == value.astimezone(home).utcoffset():
        return ""
    return f" {value.astimezone(zone).tzname()}"
