"""What the technician's job page shows of the conversation: the thread, the newest customer
message as a calm card (who, what they said, what it means, when they'll be there, how to get
in, the work to start, the replies), and a version stamp so live polling sends only changes.

The card says each thing once, in its own place: the text once, the access detail once, the
arrival time once. After a person answers, the card shows what was sent instead of the replies.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max
from django.utils import timezone

from fieldservice import timefmt
from fieldservice.models import Job
from messaging import describe
from messaging.assist.suggest import Assist, Note, assist
from messaging.conversation import Optout, opt_out_of
from messaging.hazards import hazard
from messaging.inbound.understand import job_facts
from messaging.interpret import Interpretation
from messaging.interpret.intent import Intent
from messaging.models import Cause, Direction, Message, MessageStatus

THREAD_LENGTH = 30  # the page stays small on a slow network; the admin has the full thread

INTENT_WORDS = {
    Intent.EMERGENCY: "Emergency",
    Intent.OPT_OUT: "Asked to stop texts",
    Intent.OPT_IN: "Texts back on",
    Intent.HELP: "Asked for help",
    Intent.CANCEL: "Wants to cancel",
    Intent.RESCHEDULE: "Wants another time",
    Intent.RUNNING_LATE: "Running late",
    Intent.CUSTOMER_ARRIVED: "Home now",
    Intent.WHERE_IS_TECH: "Asking where you are",
    Intent.COMPLAINT: "Unhappy",
    Intent.ACCESS_INFO: "How to get in",
    Intent.QUESTION: "Has a question",
    Intent.CONFIRM: "Confirmed",
    Intent.THANKS: "Thanks",
    Intent.WRONG_NUMBER: "Wrong number",
    Intent.OTHER: "Message",
}
# The card shows the arrival time and the access detail in their own rows; these notes would
# only say them again.
NOTES_SHOWN_ELSEWHERE = {"arrival", "access"}
# A person's answer to the customer, which closes the card's replies.
PERSON_CAUSES = {Cause.TECHNICIAN, Cause.DISPATCHER}
NOT_SENT = {MessageStatus.REFUSED, MessageStatus.FAILED, MessageStatus.UNDELIVERED}


@dataclass(frozen=True)
class Answer:
    """The reply a person sent after the customer's text, and whether it really went."""

    message: Message
    by_you: bool

    @property
    def sent(self) -> bool:
        return self.message.status not in NOT_SENT

    @property
    def status_words(self) -> str:
        if not self.sent:
            reason = self.message.error_message or self.message.get_status_display()
            return f"Not sent: {reason}"
        return {
            MessageStatus.QUEUED: "Sending",
            MessageStatus.SENDING: "Sending",
            MessageStatus.SENT: "Sent",
            MessageStatus.DELIVERED: "Delivered",
        }.get(self.message.status, self.message.get_status_display())


@dataclass(frozen=True)
class Prompt:
    """The prompt card: what the newest customer text means, and what to send back."""

    message: Message
    first_name: str
    meaning: str
    sure: bool
    expected: str | None  # "around 2:55 pm (in 20 min)": when the late customer will be there
    access: str | None  # the way in this text gave, as written
    assist: Assist
    notes: tuple[Note, ...]  # the heads-up not already shown in the card's own rows
    answer: Answer | None
    reply_token: str
    doubt: str = ""  # said when the interpreter is not sure: a person reads the words and decides

    @property
    def announcement(self) -> str:
        """What a screen reader says when this text arrives while the page is open."""
        meaning = self.meaning if self.sure else f"Not sure: {self.meaning}"
        return f"New text from {self.first_name}: “{self.message.body}”. {meaning}."


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
    # The opt-out in force for the customer: the panel says so and offers no reply, also when the
    # STOP arrives while the page is open (the live poll brings it).
    opt_out: Optout | None = None


def panel_version(job: Job, opt_out: Optout | None = None) -> str:
    """Changes whenever a message on the job is added or changes status, or the customer's
    consent changes (a STOP is not always filed under the job)."""
    stamp = job.messages.aggregate(last=Max("updated_at"), newest=Max("pk"))
    consent = "stop" if opt_out is not None else "ok"
    return f"{stamp['newest'] or 0}-{stamp['last'].timestamp() if stamp['last'] else 0}-{consent}"


def meaning(interpretation: Interpretation) -> str:
    """'Running late', 'Wants another time: Fri Jun 12 afternoon': the reading in one line. The
    arrival time and the access detail have their own rows on the card."""
    words = INTENT_WORDS.get(interpretation.intent, "Message")
    if interpretation.intent == Intent.EMERGENCY:
        words += f": {hazard(interpretation.hazard).label}"  # "Emergency: Carbon monoxide alarm"
    if asked := describe.asked_for(interpretation):
        words += f": {asked}"
    return words


def expected(job: Job, interpretation: Interpretation, now: datetime) -> str | None:
    """'around 2:55 pm (in 20 min)' for a late customer who said when they'll be there."""
    if Intent.RUNNING_LATE not in (interpretation.intents or (interpretation.intent,)):
        return None
    if not interpretation.arrival_at:
        return "no time given yet"
    at = timefmt.clock(interpretation.arrival_at, job.zone)
    minutes = round((interpretation.arrival_at - now).total_seconds() / 60)
    return f"around {at} (in {minutes} min)" if minutes > 0 else f"around {at}"


# An access note this close to the whole text is the text again: the card already quotes it.
ACCESS_SHARE_OF_TEXT = 0.8


def access_detail(note: str | None, text: str) -> str | None:
    """The way in this text gave, for its own row on the card; None when the note is (nearly) the
    whole text, which the card quotes once already."""
    if not note or len(note.strip()) > ACCESS_SHARE_OF_TEXT * len(text.strip()):
        return None
    return note.strip()


def is_sure(interpretation: Interpretation, stored: dict) -> bool:
    """Whether the system stands by its reading (the contract's `sure`); a reading stored before
    `sure` existed counts as sure."""
    return getattr(interpretation, "sure", stored.get("sure", True)) is not False


def answer_after(message: Message, thread: list[Message], viewer: object | None) -> Answer | None:
    """The first reply a person sent after `message`, if any."""
    for later in thread:
        if (
            later.direction == Direction.OUTBOUND
            and later.cause in PERSON_CAUSES
            and (later.created_at, later.pk) > (message.created_at, message.pk)
        ):
            by_you = viewer is not None and later.sent_by_id == getattr(viewer, "pk", None)
            return Answer(message=later, by_you=by_you)
    return None


def consent_and_version(job: Job) -> tuple[Optout | None, str]:
    """The customer's opt-out and the panel's version stamp, read once: the poll's "nothing
    changed" check and the panel it then renders share them."""
    opt_out = opt_out_of(str(job.customer.phone))
    return opt_out, panel_version(job, opt_out)


def job_panel(
    job: Job, *, viewer: object | None = None, state: tuple[Optout | None, str] | None = None
) -> JobPanel:
    """The panel for `job` as `viewer` (the signed-in user) sees it; `state` is what
    `consent_and_version` returned, when the caller read it already."""
    recent = list(job.messages.order_by("-created_at", "-pk")[:THREAD_LENGTH])
    recent.reverse()
    newest = next((m for m in reversed(recent) if m.direction == Direction.INBOUND), None)
    prompt = None
    if newest is not None and newest.interpretation:
        now = timezone.now()
        interpretation = Interpretation.from_dict(newest.interpretation)
        help_ = assist(job_facts(job), interpretation, now, message=newest.body)
        prompt = Prompt(
            message=newest,
            first_name=job.customer.first_name,
            meaning=meaning(interpretation),
            sure=is_sure(interpretation, newest.interpretation),
            expected=expected(job, interpretation, now),
            access=access_detail(interpretation.access_note, newest.body),
            assist=help_,
            notes=tuple(n for n in help_.notes if n.kind not in NOTES_SHOWN_ELSEWHERE),
            answer=answer_after(newest, recent, viewer),
            reply_token=uuid.uuid4().hex,
            doubt=doubt(interpretation),
        )
    opt_out, version = state or consent_and_version(job)
    return JobPanel(job=job, thread=recent, prompt=prompt, version=version, opt_out=opt_out)
