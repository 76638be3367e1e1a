"""The interpreter's input and output: plain frozen dataclasses, no Django."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

INTENT_PRIORITY: tuple[str, ...] = (
    "emergency",
    "opt_out",
    "opt_in",
    "help",
    "cancel",
    "reschedule",
    "running_late",
    "customer_arrived",
    "where_is_tech",
    "complaint",
    "access_info",
    "question",
    "confirm",
    "thanks",
    "wrong_number",
    "other",
)
JOB_STATUSES: tuple[str, ...] = ("scheduled", "confirmed", "en_route", "on_site", "completed", "cancelled")
SENTIMENTS: tuple[str, ...] = ("negative", "neutral", "positive")
PARTS_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening")


@dataclass(frozen=True)
class MessageContext:
    """What is known when a customer's text arrives. Datetimes are aware."""

    received_at: datetime
    timezone: str
    window_start: datetime | None = None
    window_end: datetime | None = None
    job_status: str | None = None
    last_outbound: str | None = None


@dataclass(frozen=True)
class Interpretation:
    """What a customer's text means, with the words that decided it (`evidence`)."""

    intent: str
    intents: tuple[str, ...]
    arrival_at: datetime | None = None
    requested_date: date | None = None
    requested_time: time | None = None
    requested_part_of_day: str | None = None
    urgent: bool = False
    sentiment: str = "neutral"
    access_note: str | None = None
    language: str = "en"
    evidence: tuple[str, ...] = field(default_factory=tuple)
    # Whether the project may act on this reading without a person. `interpret` always decides it
    # (two voices agree, clearly: see voices.py); a reading built by hand or stored before the flag
    # existed is taken as given, as it always was.
    sure: bool = True
    # Other intents a voice found likely: when not sure, the replies offered fit these too.
    alternatives: tuple[str, ...] = field(default_factory=tuple)
    # The danger an emergency reports (`cues.emergency.KINDS`: "gas", "carbon_monoxide", "water"...),
    # so no other module re-reads the customer's words to choose safety advice. None otherwise.
    hazard: str | None = None

    @property
    def emergency_seen(self) -> bool:
        """Whether either voice sees danger: a person is alerted at once, sure or not."""
        return "emergency" in self.intents or "emergency" in self.alternatives

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (without `id`), plus `language`, `evidence`, `alternatives` and
        `hazard`."""
        return {
            "intent": self.intent,
            "intents": list(self.intents),
            "arrival_at": self.arrival_at.isoformat() if self.arrival_at else None,
            "requested_date": self.requested_date.isoformat() if self.requested_date else None,
            "requested_time": self.requested_time.strftime("%H:%M") if self.requested_time else None,
            "requested_part_of_day": self.requested_part_of_day,
            "urgent": self.urgent,
            "sentiment": self.sentiment,
            "access_note": self.access_note,
            "language": self.language,
            "evidence": list(self.evidence),
            "sure": self.sure,
            "alternatives": list(self.alternatives),
            "hazard": self.hazard,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Interpretation:
        """The inverse of `to_dict`, for interpretations stored as JSON and read back."""

        def when(key: str, parse: Callable[[str], Any]) -> Any:
            value = data.get(key)
            return parse(value) if value else None

        return cls(
            intent=data["intent"],
            intents=tuple(data.get("intents") or (data["intent"],)),
            arrival_at=when("arrival_at", datetime.fromisoformat),
            requested_date=when("requested_date", date.fromisoformat),
            requested_time=when("requested_time", time.fromisoformat),
            requested_part_of_day=data.get("requested_part_of_day"),
            urgent=bool(data.get("urgent", False)),
            sentiment=data.get("sentiment", "neutral"),
            access_note=data.get("access_note"),
            language=data.get("language", "en"),
            evidence=tuple(data.get("evidence") or ()),
            sure=bool(data.get("sure", True)),
            alternatives=tuple(data.get("alternatives") or ()),
            hazard=data.get("hazard"),
        )
