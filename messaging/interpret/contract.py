"""The JSON Lines contract of `manage.py interpret` (see eval/CONTRACT.md), without Django.

`context_from_record` is shared with the `assist` command, which reads the same records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, cast

from .types import MessageContext
from .voices import interpret

_REQUIRED = ("received_at", "timezone")


def _when(value: object, key: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be an ISO 8601 string")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"{key} needs a UTC offset")
    return moment


def context_from_record(record: dict[str, Any]) -> MessageContext:
    """The MessageContext a contract record describes; ValueError names the field that is wrong."""
    missing = [k for k in _REQUIRED if not record.get(k)]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    last_outbound = record.get("last_outbound")
    return MessageContext(
        received_at=cast(datetime, _when(record["received_at"], "received_at")),  # required: never None
        timezone=str(record["timezone"]),
        window_start=_when(record.get("window_start"), "window_start"),
        window_end=_when(record.get("window_end"), "window_end"),
        job_status=record.get("job_status"),
        last_outbound=last_outbound if isinstance(last_outbound, str) else None,
    )


def parse_line(line: str) -> dict[str, Any]:
    """One JSONL line as a record dict; ValueError when it is not a JSON object."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    return record


def run_record(record: dict[str, Any]) -> dict[str, Any]:
    """The contract's output object for one record."""
    text = record.get("text")
    context = context_from_record(record)
    return {"id": record.get("id"), **interpret(text if isinstance(text, str) else "", context).to_dict()}


def run_records(
    lines: Iterable[str], handle: Callable[[dict[str, Any]], dict[str, Any]] = run_record
) -> Iterator[dict[str, Any]]:
    """`handle`'s object for each non-blank input line, in order; a bad line yields {"id", "error"}.

    dateparser loads on the first record that needs it, so a run without such dates never pays for it.
    """
    for line in lines:
        if not line.strip():
            continue
        record_id = None
        try:
            record = parse_line(line)
            record_id = record.get("id")
            yield handle(record)
        except Exception as exc:  # noqa: BLE001 - one bad record must never stop the run
            yield {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}
