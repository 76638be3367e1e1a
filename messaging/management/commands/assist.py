"""`manage.py assist [FILE]`: reply options for each JSON Lines record, as in eval/CONTRACT.md.

One JSON object per input line, in order; a bad line gives {"id", "error"} and the run goes on.
Records are read as the interpreter's contract reads them (`messaging.interpret.contract`); this
file adds only what assist needs beyond that: the job's facts, and the technician's ETA, which the
contract's records carry only inside the last text the business sent ("ETA 12:10pm").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.assist.suggest import JobFacts, TaskFacts, assist
from messaging.interpret import MessageContext, interpret
from messaging.interpret.contract import context_from_record
from messaging.management.jsonl import JsonLinesCommand

ETA = re.compile(r"\bETA:?\s*(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\b\.?)?", re.I)


class Command(JsonLinesCommand):
    help = "Suggest replies, start-now tasks and heads-up notes for customer texts (JSON Lines in and out)."

    @staticmethod
    def handle_record(record: dict) -> dict:
        return assist_record(record)


def assist_record(record: dict) -> dict:
    """The contract's assist object for one record: the interpretation, then the assist."""
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    context = context_from_record(record)
    interpretation = interpret(text, context)
    result = assist(
        job_facts(record.get("job") or {}, context), interpretation, context.received_at, message=text
    )
    return {"id": record.get("id"), "interpretation": interpretation.to_dict(), **result.to_dict()}


def job_facts(job: dict, context: MessageContext) -> JobFacts:
    """The job's facts from a record's `job` object and the message's context."""
    return JobFacts(
        customer_name=job.get("customer_name") or "",
        technician_name=job.get("technician_name") or "",
        timezone=context.timezone,
        window_start=context.window_start,
        window_end=context.window_end,
        job_status=context.job_status or "scheduled",
        trade=job.get("trade") or "",
        summary=job.get("summary") or "",
        tasks=tuple(
            TaskFacts(
                name=str(t["name"]),
                minutes=int(t["minutes"]),
                needs_customer=bool(t.get("needs_customer", True)),
                done=bool(t.get("done", False)),
            )
            for t in job.get("tasks") or ()
        ),
        technician_eta=eta_from_text(
            context.last_outbound or "", context.received_at, ZoneInfo(context.timezone)
        ),
        language=job.get("language") or "en",
    )


def eta_from_text(text: str, received_at: datetime, zone: ZoneInfo) -> datetime | None:
    """The ETA a business text names ("ETA 12:10pm", "ETA 8:30"), read as the time of day nearest
    to when the customer's reply arrived."""
    match = ETA.search(text)
    if not match:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    hours = [hour % 12 + (12 if half == "p" else 0)] if half else [hour, (hour + 12) % 24]
    local = received_at.astimezone(zone)
    readings = [
        datetime.combine(local.date() + timedelta(days=shift), datetime.min.time(), zone).replace(
            hour=h, minute=minute
        )
        for h in hours
        for shift in (-1, 0, 1)
    ]
    return min(readings, key=lambda reading: abs(reading - local))
