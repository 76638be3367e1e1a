"""What the technician's job page shows of the conversation: the thread, the newest
customer message in words with ready-to-send replies, and a version stamp so live polling
sends only changes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db.models import Max
from django.utils import timezone

from fieldservice import timefmt
from fieldservice.models import Job

from .assist import Assist, assist
from .interpret import Interpretation
from .models import Direction, Message
from .understanding import job_facts

THREAD_LENGTH = 30  # the page stays small on a slow network; the admin has the full thread

INTENT_WORDS = {
    "emergency": "Emergency",
    "opt_out": "Asked to stop texts",
    "opt_in": "Texts back on",
    "help": "Asked for help",
    "cancel": "Wants to cancel",
    "reschedule": "Wants another time",
    "running_late": "Running late",
    "customer_arrived": "Home now",
    "where_is_tech": "Asking where you are",
    "complaint": "Unhappy",
    "access_info": "How to get in",
    "question": "Has a question",
    "confirm": "Confirmed",
    "thanks": "Thanks",
    "wrong_number": "Wrong number",
    "other": "Message",
}


@dataclass(frozen=True)
class Prompt:
    """The prompt card: what the newest customer text means, and what to send back."""

    message: Message
    summary: str
    assist: Assist
    reply_token: str
    doubt: str = ""  # said when the interpreter is not sure: a person reads the words and decides


def doubt(interpretation: Interpretation) -> str:
    """'Not sure: could also be "Wants another time". Nothing was done automatically.' or ''."""
    if interpretation.sure:
        return ""
    others = [f"“{INTENT_WORDS.get(a, a)}”" for a in interpretation.alternatives]
    could_be = f": could also be {' or '.join(others)}" if others else ""
    return f"Not sure what this means{could_be}. Nothing was sent or changed automatically: read their words."


@dataclass(frozen=True)
class JobPanel:
    job: Job
    thread: list[Message]
    prompt: Prompt | None
    version: str


def panel_version(job: Job) -> str:
    """Changes whenever a message on the job is added or changes status (one query)."""
    stamp = job.messages.aggregate(last=Max("updated_at"), newest=Max("pk"))
    return f"{stamp['newest'] or 0}-{stamp['last'].timestamp() if stamp['last'] else 0}"


def describe(job: Job, interpretation: Interpretation) -> str:
    """'Running late, about 20 min: expected 2:35 pm' — the interpretation in words."""
    words = INTENT_WORDS.get(interpretation.intent, "Message")
    if interpretation.arrival_at:
        minutes = round((interpretation.arrival_at - timezone.now()).total_seconds() / 60)
        expected = timefmt.clock(interpretation.arrival_at, job.zone)
        words += f", about {minutes} min: expected {expected}" if minutes > 0 else f": expected {expected}"
    if interpretation.requested_date or interpretation.requested_part_of_day or interpretation.requested_time:
        asked = [
            f"{interpretation.requested_date:%a %b} {interpretation.requested_date.day}"
            if interpretation.requested_date
            else "",
            interpretation.requested_part_of_day or "",
            interpretation.requested_time.strftime("%H:%M") if interpretation.requested_time else "",
        ]
        words += ": " + " ".join(part for part in asked if part)
    if interpretation.access_note:
        words += f": “{interpretation.access_note}”"
    return words


def job_panel(job: Job) -> JobPanel:
    recent = list(job.messages.order_by("-created_at", "-pk")[:THREAD_LENGTH])
    recent.reverse()
    newest = next((m for m in reversed(recent) if m.direction == Direction.INBOUND), None)
    prompt = None
    if newest is not None and newest.interpretation:
        interpretation = Interpretation.from_dict(newest.interpretation)
        prompt = Prompt(
            message=newest,
            summary=describe(job, interpretation),
            assist=assist(job_facts(job), interpretation, timezone.now(), message=newest.body),
            reply_token=uuid.uuid4().hex,
            doubt=doubt(interpretation),
        )
    return JobPanel(job=job, thread=recent, prompt=prompt, version=panel_version(job))
