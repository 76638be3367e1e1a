"""The interpretation in words: what the customer asked for, said once for everyone who reads it.

The bot's acknowledgement puts it inside the customer's text, so it is in their language
(" para el vie 12 jun, por la tarde", never "para cambiar la visita to Thu Jun 12"); the
dispatcher's thread, the reschedule page, the technician's card and the queue's reason say the same
request in English ("Fri Jun 12, afternoon"). One module, so they never disagree on what was asked.
"""

from __future__ import annotations

from datetime import datetime, time

from django.utils import timezone

from fieldservice import timefmt
from messaging.interpret import Interpretation

# The words around the request, per language (English otherwise).
REQUEST_LEAD = {"en": " to ", "es": " para "}
DAY_LEAD = {"es": "el "}
CLOCK_LEAD = {"es": "las "}  # "las 3 pm"; the replies' agree_articles makes it "la 1 pm"
CLOCK_AFTER_DAY = {"es": "a las "}
PART_OF_DAY_WORDS = {
    "es": {"morning": "por la mañana", "afternoon": "por la tarde", "evening": "por la noche"}
}


def _language(language: str) -> str:
    return language if language in REQUEST_LEAD else "en"


def asked_for(interpretation: Interpretation, language: str = "en") -> str:
    """'Fri Jun 12, afternoon', 'Fri Jun 12, 3 pm', '1:30 pm' ('el vie 12 jun, por la tarde'): the
    day and time the customer asked for, or '' when they named none."""
    language = _language(language)
    parts = []
    if interpretation.requested_date:
        noon = datetime.combine(interpretation.requested_date, time(12))
        parts.append(DAY_LEAD.get(language, "") + timefmt.day(noon, language=language))
    if interpretation.requested_time:
        moment = datetime.combine(
            interpretation.requested_date or timezone.localdate(), interpretation.requested_time
        )
        lead = (CLOCK_AFTER_DAY if parts else CLOCK_LEAD).get(language, "")
        parts.append(lead + timefmt.clock(moment))
    elif interpretation.requested_part_of_day:
        part = interpretation.requested_part_of_day
        parts.append(PART_OF_DAY_WORDS.get(language, {}).get(part, part))
    return ", ".join(parts)


def request(interpretation: Interpretation, language: str = "en") -> str:
    """' to Fri Jun 12, afternoon' (' para el vie 12 jun, por la tarde') to follow "move the visit",
    or '' when the customer named no day or time."""
    asked = asked_for(interpretation, language)
    return f"{REQUEST_LEAD[_language(language)]}{asked}" if asked else ""
