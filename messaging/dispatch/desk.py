"""The dispatcher's day: what needs a person now and why, a job's conversation, answers to
reschedule requests, today's board and this week's numbers.

Plain functions over the models; the admin pages in `admin_dispatch` only parse and render. Jobs
change through `fieldservice.services` and a person's texts through `conversation`, so the same rules
(signals, proactive updates, consent, one send per form) hold here as everywhere else.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from django.db import transaction
from django.db.models import Count, F, Max, Q, Sum
from django.utils import timezone

from fieldservice import services, timefmt
from fieldservice.models import CustomerState, Job, JobEvent, JobStatus, Technician
from messaging import describe
from messaging.assist.suggest import Reply, assist
from messaging.conversation import (
    STALE_FORM,
    NotSentError,
    check_form,
    mark_answered,
    notice_outcome,
    text_customer,
)
from messaging.dispatch.texts import DECLINE_RESCHEDULE
from messaging.inbound.understand import NOT_SURE_REASON, job_facts
from messaging.interpret.consent import consent_keyword
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation
from messaging.models import (
    BusinessSettings,
    Cause,
    ConsentChange,
    Direction,
    Message,
    MessageStatus,
)

# Most urgent first: danger, a customer left waiting, what goes wrong within the hour (a missed
# window, a text that never arrived and needs a call), then requests, complaints and the rest.
PRIORITY: dict[str, int] = {
    "emergency": 0,
    "unanswered": 1,
    "missing_window": 2,
    "failed_send": 3,
    "cancel": 4,
    "reschedule": 4,
    "complaint": 5,
    "unknown_sender": 6,
    "attention": 7,
}
CALL_KINDS = frozenset({"emergency", "failed_send"})
# How each kind reads on the queue.
KIND_LABELS: dict[str, str] = {
    "emergency": "Emergency",
    "unanswered": "Unanswered",
    "missing_window": "Missing window",
    "failed_send": "Not delivered",
    "cancel": "Cancel",
    "reschedule": "Reschedule",
    "complaint": "Complaint",
    "unknown_sender": "Unknown sender",
    "attention": "Attention",
}
REPLY_CAUSES = (Cause.TECHNICIAN, Cause.DISPATCHER, Cause.AUTO_REPLY)
# Replies a person wrote: one of them after a text the interpreter was not sure of means it was read.
PERSON_REPLY_CAUSES = (Cause.TECHNICIAN, Cause.DISPATCHER)
NOT_DELIVERED = (MessageStatus.FAILED, MessageStatus.UNDELIVERED)
# Unanswered or failed texts older than this are history for the numbers page, not a task now.
LOOKBACK = timedelta(days=3)
# Intents that tell nothing new about why a job was flagged ("thanks", "ok").
UNTELLING_INTENTS = frozenset({Intent.THANKS, Intent.OTHER, Intent.CONFIRM})

# When an accepted window may start, by part of day (site time); visits end by DAY_END.
PARTS_OF_DAY: dict[str | None, tuple[time, time]] = {
    None: (time(8), time(17)),
    "morning": (time(8), time(12)),
    "afternoon": (time(12), time(17)),
    "evening": (time(17), time(19)),
}
DAY_END = time(21)
SLOT_STEP = timedelta(hours=1)
WINDOWS_PER_TECHNICIAN = 2
MAX_WINDOWS = 6


def _local(moment: datetime, zone: tzinfo) -> str:
    return f"{timefmt.day(moment, zone)} {_clock(moment, zone)}"


def _clock(moment: datetime, zone: tzinfo) -> str:
    """'2:15 pm' in the site's zone, labelled when that is not the office's zone ('11:15 am MDT')."""
    return f"{timefmt.clock(moment, zone)}{timefmt.zone_label(moment, zone)}"


def _window(start: datetime, end: datetime, zone: tzinfo) -> str:
    return f"{timefmt.window(start, end, zone)}{timefmt.zone_label(start, zone)}"


def _waited(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


# --- needs attention ---------------------------------------------------------------------------


@dataclass
class AttentionRow:
    """One job (or, without a job, one phone number) waiting for a person, with every reason."""

    kinds: list[str]
    reasons: list[str]
    since: datetime
    job: Job | None = None
    message: Message | None = None  # the customer's text that explains it, if any
    phone: str = ""

    @property
    def kind(self) -> str:
        return min(self.kinds, key=PRIORITY.__getitem__)

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def priority(self) -> int:
        return PRIORITY[self.kind]

    @property
    def call(self) -> bool:
        """A call beats a text: the customer is in danger or never got ours."""
        return bool(CALL_KINDS.intersection(self.kinds))


def attention_queue(*, now: datetime) -> list[AttentionRow]:
    """Everything waiting for a person, one row per job or number, most urgent first, then oldest."""
    rows: dict[tuple[str, object], AttentionRow] = {}

    def add(
        kind: str, reason: str, since: datetime, *, job: Job | None, message: Message | None = None
    ) -> None:
        phone = str(job.customer.phone) if job else str(message.phone)
        row = rows.setdefault(
            ("job", job.pk) if job else ("phone", phone),
            AttentionRow(kinds=[], reasons=[], since=since, job=job, message=message, phone=phone),
        )
        row.kinds.append(kind)
        row.reasons.append(reason)
        row.since = min(row.since, since)
        row.message = row.message or message

    for job, message in _flagged_jobs():
        add(
            _job_kind(job, message),
            job.attention_reason or "Flagged urgent",
            _since(job, message),
            job=job,
            message=message,
        )
    for message in _unanswered(now=now):
        add(
            "unanswered",
            f"Waiting {_waited(now - message.created_at)} for an answer",
            message.created_at,
            job=message.job,
            message=message,
        )
    for message in _with_jobs(
        Message.objects.inbound().filter(
            flagged=True, handled_at__isnull=True, created_at__gte=now - LOOKBACK
        )
    ):
        reason = (
            "Text from a number we don't know"
            if message.customer_id is None
            else "This text could not be handled automatically"
        )
        add("unknown_sender", reason, message.created_at, job=message.job, message=message)
    for message in _undelivered(now=now):
        error = f"error {message.error_code}: " if message.error_code else ""
        reason = f"Our text was not delivered ({error}{message.error_message or message.get_status_display()}); call them"
        add("failed_send", reason, message.created_at, job=message.job, message=message)
    for job in _missing_window(now=now):
        add("missing_window", _missing_reason(job), job.updated_at, job=job)
    return sorted(rows.values(), key=lambda row: (row.priority, row.since))


def _with_jobs(messages):
    return messages.select_related("job__customer", "job__site", "job__technician")


def _flagged_jobs() -> list[tuple[Job, Message | None]]:
    """Flagged jobs, each with the newest customer text that tells why."""
    jobs = list(
        Job.objects.filter(Q(needs_attention=True) | Q(urgent=True)).select_related(
            "customer", "site", "technician"
        )
    )
    telling: dict[int, Message] = {}
    for message in (
        Message.objects.inbound().filter(job__in=[job.pk for job in jobs]).order_by("-created_at", "-pk")
    ):
        interpretation = message.interpretation or {}
        intent = interpretation.get("intent")
        # A text the interpreter was not sure of always tells: the dispatcher must read it.
        if intent and (intent not in UNTELLING_INTENTS or not interpretation.get("sure", True)):
            telling.setdefault(message.job_id, message)
    answered = _last_by_phone({str(m.phone) for m in telling.values()}, cause__in=PERSON_REPLY_CAUSES)
    return [
        (job, telling.get(job.pk))
        for job in jobs
        if not _unsure_flag_answered(job, telling.get(job.pk), answered)
    ]


def _unsure_flag_answered(job: Job, message: Message | None, answered: dict[str, datetime]) -> bool:
    """Whether the job is flagged only because a text was not understood for sure, and a person
    (technician or office) has answered that text since: they read it, which is what the flag asked.
    An urgent flag (possible danger) stays until someone clears it."""
    if job.urgent or message is None or not job.attention_reason.startswith(NOT_SURE_REASON):
        return False
    if (message.interpretation or {}).get("sure", True):
        return False
    return answered.get(str(message.phone), message.created_at) > message.created_at


def _job_kind(job: Job, message: Message | None) -> str:
    if job.urgent:
        return "emergency"
    interpretation = (message.interpretation or {}) if message else {}
    intent = interpretation.get("intent")
    if intent in {Intent.EMERGENCY, Intent.CANCEL, Intent.RESCHEDULE, Intent.COMPLAINT}:
        return intent
    return "complaint" if interpretation.get("sentiment") == "negative" else "attention"


def _since(job: Job, message: Message | None) -> datetime:
    return message.created_at if message else job.updated_at


def _last_by_phone(phones: set[str], **filters) -> dict[str, datetime]:
    """The newest outbound text to each of `phones` matching `filters` (one grouped query)."""
    rows = (
        Message.objects.outbound()
        .filter(phone__in=phones, **filters)
        .order_by()
        .values_list("phone")
        .annotate(last=Max("created_at"))
    )
    return {str(phone): last for phone, last in rows}


def _unanswered(*, now: datetime) -> list[Message]:
    """Customer texts older than the business's patience that nobody (bot, technician, office) answered."""
    minutes = BusinessSettings.load().unanswered_minutes
    waiting = list(
        _with_jobs(
            Message.objects.inbound().filter(
                handled_at__isnull=True,
                created_at__lte=now - timedelta(minutes=minutes),
                created_at__gte=now - LOOKBACK,
            )
        )
    )
    replied = _last_by_phone({str(m.phone) for m in waiting}, cause__in=REPLY_CAUSES)
    return [m for m in waiting if replied.get(str(m.phone), m.created_at) <= m.created_at]


def _undelivered(*, now: datetime) -> list[Message]:
    """Failed texts not dealt with, unless a later text to the same number got through."""
    failed = list(
        _with_jobs(
            Message.objects.outbound().filter(
                status__in=NOT_DELIVERED, handled_at__isnull=True, created_at__gte=now - LOOKBACK
            )
        )
    )
    arrived = _last_by_phone(
        {str(m.phone) for m in failed}, status__in=(MessageStatus.SENT, MessageStatus.DELIVERED)
    )
    return [m for m in failed if arrived.get(str(m.phone), m.created_at) <= m.created_at]


def _missing_window(*, now: datetime) -> list[Job]:
    """Open visits where the customer or the technician will only be there after the window ends."""
    return list(
        Job.objects.filter(status__in=services.RESCHEDULABLE, window_end__gt=now - timedelta(hours=2))
        .filter(
            Q(customer_state=CustomerState.LATE, customer_expected_at__gt=F("window_end"))
            | Q(technician_eta__gt=F("window_end"))
        )
        .select_related("customer", "site", "technician")
    )


def _missing_reason(job: Job) -> str:
    ends = _clock(job.window_end, job.zone)
    late_customer = job.customer_state == CustomerState.LATE and job.customer_expected_at
    if late_customer and job.customer_expected_at > job.window_end:
        at = _clock(job.customer_expected_at, job.zone)
        return f"{job.customer.first_name} will be home at {at}, after the window ends at {ends}"
    who = job.technician.first_name if job.technician else "The technician"
    return (
        f"{who} expects to arrive at {_clock(job.technician_eta, job.zone)}, after the window ends at {ends}"
    )


# --- the conversation --------------------------------------------------------------------------


@dataclass(frozen=True)
class ThreadItem:
    """One text of a conversation, with what the interpreter made of it (inbound only)."""

    message: Message
    when: str
    interpretation: Interpretation | None
    zone: tzinfo

    @property
    def inbound(self) -> bool:
        return self.message.direction == Direction.INBOUND

    @property
    def understood(self) -> str:
        """'reschedule, Thu Jun 12 afternoon, negative, urgent' in words, or ''."""
        found = self.interpretation
        if found is None:
            return ""
        parts = [" + ".join(found.intents or (found.intent,)).replace("_", " ")]
        if asked := describe.asked_for(found):
            parts.append(f"for {asked}")
        if found.arrival_at:
            parts.append(f"there at {_clock(found.arrival_at, self.zone)}")
        if found.sentiment != "neutral":
            parts.append(found.sentiment)
        if found.urgent:
            parts.append("urgent")
        if found.access_note:
            parts.append(f"access note: {found.access_note}")
        if not found.sure:
            others = " or ".join(a.replace("_", " ") for a in found.alternatives)
            parts.append(f"not sure{f' (could be {others})' if others else ''}")
        return ", ".join(parts)


def _thread_messages(*, job: Job | None, phone: str):
    return Message.objects.filter(job=job) if job else Message.objects.filter(phone=phone, job__isnull=True)


def thread(*, job: Job | None = None, phone: str = "") -> list[ThreadItem]:
    """Every text of a job (or of a number without a job), both ways, oldest first."""
    zone = job.zone if job else timezone.get_current_timezone()
    return [
        ThreadItem(
            message=message,
            when=_local(message.created_at, zone),
            interpretation=Interpretation.from_dict(message.interpretation)
            if message.interpretation
            else None,
            zone=zone,
        )
        for message in _thread_messages(job=job, phone=phone)
        .select_related("sent_by")
        .order_by("created_at", "pk")
    ]


def reply_options(*, job: Job, items: list[ThreadItem], now: datetime) -> tuple[Reply, ...]:
    """Assist's reply options for the customer's latest understood text, if any. Replies that do
    something besides texting ("Cancel it") are left out: this page's fill buttons only fill the
    box, and the page has its own Cancel the visit button."""
    latest = next((item for item in reversed(items) if item.interpretation), None)
    if latest is None:
        return ()
    replies = assist(job_facts(job), latest.interpretation, now, message=latest.message.body).replies
    return tuple(reply for reply in replies if not reply.action)


def dispatcher_reply(*, body: str, user, token: str, job: Job | None = None, phone: str = "") -> Message:
    """Text the customer as `user`; their waiting texts count as answered once it is on its way.
    Raises `NotSentError` saying why nothing went (see `conversation.text_customer`)."""
    if not token:
        raise NotSentError(STALE_FORM)
    return text_customer(
        body=body,
        sender=user,
        cause=Cause.DISPATCHER,
        token=f"dispatch:{token}",
        job=job,
        customer=job.customer if job else None,
        phone=phone,
    )


def attention_resolve(*, user, job: Job | None = None, phone: str = "") -> None:
    """Take a row off the queue: the job's flag is cleared and the thread counts as dealt with."""
    with transaction.atomic():
        if job:
            services.job_clear_attention(job=job, actor=user.get_username())
        mark_answered(job=job, phone=phone)


# --- reschedule requests -----------------------------------------------------------------------


@dataclass(frozen=True)
class RescheduleRequest:
    """What the customer asked for, and the day the free windows are looked up on."""

    message: Message | None
    day: date
    part_of_day: str | None
    at: time | None
    words: str  # " to Thu Jun 12, afternoon", or "" when they named nothing


def reschedule_request(*, job: Job, items: list[ThreadItem], day: date | None = None) -> RescheduleRequest:
    """The customer's latest request to move the visit; `day` overrides the day looked at."""
    latest = next(
        (i for i in reversed(items) if i.interpretation and Intent.RESCHEDULE in i.interpretation.intents),
        None,
    )
    found = latest.interpretation if latest else None
    asked = found.requested_date if found else None
    return RescheduleRequest(
        message=latest.message if latest else None,
        day=day or asked or job.local_window_start.date(),
        part_of_day=found.requested_part_of_day if found else None,
        at=found.requested_time if found else None,
        words=describe.request(found) if found else "",
    )


@dataclass(frozen=True)
class FreeWindow:
    technician: Technician
    start: datetime
    end: datetime
    label: str


def _overlaps(start: datetime, end: datetime, busy: list[tuple[datetime, datetime]]) -> bool:
    return any(s < end and start < e for s, e in busy)


def _busy_times(
    *, technician_ids: list[int], exclude: Job, until: datetime | None = None
) -> dict[int, list[tuple[datetime, datetime]]]:
    """When each technician is taken, as the board tells it: each open job from its window's start
    until the window ends or, later, until the work left is done after the technician really gets
    there (their ETA, a customer who will be late, or now for a visit under way)."""
    now = timezone.now()
    jobs = (
        Job.objects.open()
        .exclude(pk=exclude.pk)
        .filter(technician_id__in=technician_ids)
        .annotate(work_left=Sum("tasks__minutes", filter=Q(tasks__done_at__isnull=True)))
    )
    if until is not None:
        jobs = jobs.filter(window_start__lt=until)
    busy: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for job in jobs.only(
        "technician_id",
        "window_start",
        "window_end",
        "status",
        "technician_eta",
        "customer_state",
        "customer_expected_at",
    ):
        there = [job.window_start]
        if job.status == JobStatus.ON_SITE:
            there.append(now)
        elif job.technician_eta or job.status == JobStatus.EN_ROUTE:
            there.append(job.technician_eta or now)
        if job.customer_state == CustomerState.LATE and job.customer_expected_at:
            there.append(job.customer_expected_at)
        done_by = max(there) + timedelta(minutes=job.work_left or 0)
        busy[job.technician_id].append((job.window_start, max(job.window_end, done_by)))
    return busy


def works_on(day: date) -> bool:
    """Whether the business goes out on `day`'s weekday (its settings' working days)."""
    return day.weekday() in BusinessSettings.load().work_weekdays


def free_windows(*, job: Job, request: RescheduleRequest, now: datetime) -> list[FreeWindow]:
    """A short list of windows as long as the job's, on the requested day and part of day, when an
    active technician has no other open job; the job's own technician first. None on a day the
    business does not go out (its settings' working days), as every reply about days agrees."""
    if not works_on(request.day):
        return []
    zone, length = job.zone, job.window_end - job.window_start
    first, last = PARTS_OF_DAY.get(request.part_of_day, PARTS_OF_DAY[None])
    if request.at:
        first, last = request.at, (datetime.combine(request.day, request.at) + SLOT_STEP).time()
    first_start = datetime.combine(request.day, first, tzinfo=zone)
    last_start = datetime.combine(request.day, last, tzinfo=zone)
    day_end = datetime.combine(request.day, DAY_END, tzinfo=zone)
    technicians = sorted(
        Technician.objects.filter(active=True), key=lambda t: (t.pk != job.technician_id, t.first_name)
    )
    busy = _busy_times(technician_ids=[t.pk for t in technicians], exclude=job, until=day_end)
    options: list[FreeWindow] = []
    for technician in technicians:
        start, found = first_start, 0
        while start <= last_start and start + length <= day_end and found < WINDOWS_PER_TECHNICIAN:
            if start > now and not _overlaps(start, start + length, busy[technician.pk]):
                label = f"{technician.first_name}: {_window(start, start + length, zone)}"
                options.append(
                    FreeWindow(technician=technician, start=start, end=start + length, label=label)
                )
                found += 1
            start += SLOT_STEP
    return options[:MAX_WINDOWS]


@dataclass(frozen=True)
class Outcome:
    """A job a dispatcher changed, and whether (and how) the customer is told."""

    job: Job
    told: bool
    telling: str


def _tell_or_keep(*, job: Job, since: datetime, actor: str, done: str) -> Outcome:
    """After a change whose notification tells the customer (the newest one written since `since`,
    whatever its kind: a moved visit never announced is announced as a booking): when it is on its
    way, the job leaves the queue and the customer's texts count as answered; otherwise the queue
    keeps the job, with `done` and the need to call them, until someone does."""
    notice = (
        Message.objects.filter(job=job, cause=Cause.NOTIFICATION, created_at__gte=since)
        .order_by("-created_at", "-pk")
        .first()
    )
    told, telling = notice_outcome(notice, first_name=job.customer.first_name)
    if told:
        job = services.job_clear_attention(job=job, actor=actor)
        mark_answered(job=job, up_to=notice.created_at)
    else:
        job = services.job_flag_attention(
            job=job, reason=f"{done}, but {job.customer.first_name} was not texted: call them", actor=actor
        )
    return Outcome(job=job, told=told, telling=telling)


def _told_already(job: Job) -> Outcome:
    """A change already made: how the customer was told of it (the newest notification)."""
    notice = Message.objects.filter(job=job, cause=Cause.NOTIFICATION).order_by("-created_at", "-pk").first()
    told, telling = notice_outcome(notice, first_name=job.customer.first_name)
    return Outcome(job=job, told=told, telling=telling)


def reschedule_accept(
    *, job: Job, technician: Technician, window_start: datetime, user, token: str = ""
) -> Outcome:
    """Give the customer the window they asked for; the window-changed update tells them, without
    an apology (they moved it). Their request counts as answered only if that update is on its way.

    The same answer posted again (a double tap, a second tab) changes and texts nothing: it reports
    how the first went. Another answer from a page older than the thread (`token`, the thread as
    the page showed it) is refused with `NotSentError`. Raises `JobStateError` when the technician
    is no longer free."""
    if (job.technician_id, job.window_start) == (technician.pk, window_start):
        return _told_already(job)
    check_form(token=token, job=job)
    window_end = window_start + (job.window_end - job.window_start)
    if _overlaps(
        window_start, window_end, _busy_times(technician_ids=[technician.pk], exclude=job)[technician.pk]
    ):
        raise services.JobStateError(f"{technician.first_name} is no longer free then; pick another window.")
    actor, since = user.get_username(), timezone.now()
    with transaction.atomic():
        job = services.job_reassign(job=job, technician=technician, actor=actor)
        job = services.job_reschedule(
            job=job, window_start=window_start, window_end=window_end, actor=actor, moved_by_business=False
        )
        window = _window(job.window_start, job.window_end, job.zone)
        return _tell_or_keep(job=job, since=since, actor=actor, done=f"Moved to {window}")


def cancel_visit(*, job: Job, user, reason: str = "") -> Outcome:
    """Cancel the visit from its conversation, through the services: the customer gets the
    cancellation text and the visit leaves the technician's day (shown there as cancelled).
    Raises `JobStateError` when the job can no longer be cancelled (under way or finished)."""
    actor, since = user.get_username(), timezone.now()
    with transaction.atomic():
        reason = reason.replace("\x00", "").strip()[:200] or "Cancelled by the office"
        job = services.job_cancel(job=job, actor=actor, reason=reason)
        return _tell_or_keep(job=job, since=since, actor=actor, done="Cancelled")


def decline_text(*, job: Job, request: RescheduleRequest) -> str:
    """An empathetic no, naming what they asked and the window that stays, in their language."""
    language = job.customer.language if job.customer.language in DECLINE_RESCHEDULE else "en"
    return DECLINE_RESCHEDULE[language].format(
        first=job.customer.first_name,
        request=request.words,
        window=timefmt.window(job.window_start, job.window_end, job.zone, language),
    )


def reschedule_decline(*, job: Job, body: str, user, token: str) -> Message:
    """Say no to the request (the window stays) and take the job off the queue; `NotSentError`
    (and the job stays on the queue) when the answer cannot be sent."""
    with transaction.atomic():
        message = dispatcher_reply(body=body, user=user, job=job, token=token)
        services.job_clear_attention(job=job, actor=user.get_username())
    return message


# --- this week's numbers -----------------------------------------------------------------------


@dataclass(frozen=True)
class DayArrivals:
    day: date
    on_time: int
    late: int


@dataclass(frozen=True)
class WeekNumbers:
    start: datetime
    end: datetime
    days: tuple[DayArrivals, ...]
    customer_texts: int
    answered: int
    answered_automatically: int
    response_times: tuple[timedelta, ...]
    opt_outs: int
    sent: int
    failed: int
    ratings: tuple[int, ...]

    @property
    def arrivals(self) -> int:
        return sum(d.on_time + d.late for d in self.days)

    @property
    def on_time(self) -> int:
        return sum(d.on_time for d in self.days)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.arrivals if self.arrivals else None

    @property
    def median_first_response(self) -> timedelta | None:
        return statistics.median(self.response_times) if self.response_times else None

    @property
    def median_first_response_words(self) -> str:
        median = self.median_first_response
        return _waited(median) if median is not None else "–"

    @property
    def automatic_share(self) -> float | None:
        return self.answered_automatically / self.customer_texts if self.customer_texts else None

    @property
    def average_rating(self) -> float | None:
        return statistics.mean(self.ratings) if self.ratings else None


def week_numbers(*, now: datetime) -> WeekNumbers:
    """Monday (the business's zone) until now. Ratings are the visits rated this week, each once
    with its latest score (`Job.customer_rating`, stored when the customer answers the request)."""
    zone = timezone.get_current_timezone()
    today = timezone.localdate(now, zone)
    start = datetime.combine(today - timedelta(days=today.weekday()), time.min, tzinfo=zone)
    week = {"created_at__gte": start, "created_at__lte": now}

    per_day: dict[date, list[int]] = {start.date() + timedelta(days=n): [0, 0] for n in range(7)}
    arrived = JobEvent.objects.filter(kind=JobEvent.Kind.ARRIVED, **week).values_list(
        "created_at", "job__window_end"
    )
    for at, window_end in arrived:
        per_day[timezone.localdate(at, zone)][at > window_end] += 1

    texts = [
        (str(phone), at, body)
        for phone, at, body in Message.objects.inbound()
        .filter(customer__isnull=False, **week)
        .values_list("phone", "created_at", "body")
        if not consent_keyword(body)
    ]
    replies: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for phone, at, cause in (
        Message.objects.outbound()
        .filter(cause__in=REPLY_CAUSES, created_at__gte=start)
        .order_by("created_at", "pk")
        .values_list("phone", "created_at", "cause")
    ):
        replies[str(phone)].append((at, cause))
    response_times, automatic = [], 0
    for phone, at, _body in texts:
        answers = replies[phone]
        index = bisect_left(answers, at, key=lambda answer: answer[0])
        if index < len(answers):
            response_times.append(answers[index][0] - at)
            automatic += answers[index][1] == Cause.AUTO_REPLY

    sends = Message.objects.outbound().filter(**week).exclude(status=MessageStatus.REFUSED)
    counts = sends.aggregate(sent=Count("pk"), failed=Count("pk", filter=Q(status__in=NOT_DELIVERED)))
    return WeekNumbers(
        start=start,
        end=now,
        days=tuple(DayArrivals(day=day, on_time=n[0], late=n[1]) for day, n in per_day.items()),
        customer_texts=len(texts),
        answered=len(response_times),
        answered_automatically=automatic,
        response_times=tuple(response_times),
        opt_outs=ConsentChange.objects.filter(opted_out=True, **week).count(),
        sent=counts["sent"],
        failed=counts["failed"],
        ratings=tuple(
            Job.objects.filter(rated_at__gte=start, rated_at__lte=now)
            .order_by("rated_at", "pk")
            .values_list("customer_rating", flat=True)
        ),
    )


@dataclass(frozen=True)
class Bar:
    x: int
    label: str
    on_time_y: int
    on_time_height: int
    late_y: int
    late_height: int
    total: int


def arrival_bars(*, days: tuple[DayArrivals, ...], height: int = 120, width: int = 40) -> list[Bar]:
    """Stacked bar geometry (on time below, late above) for the week's SVG chart; the bars stand
    on y = height + 15, leaving room above the tallest for its total."""
    top = max((d.on_time + d.late for d in days), default=0) or 1
    base = height + 15
    bars = []
    for n, day in enumerate(days):
        on_time_h = round(height * day.on_time / top)
        late_h = round(height * day.late / top)
        bars.append(
            Bar(
                x=n * (width + 10),
                label=f"{day.day:%a}",
                on_time_y=base - on_time_h,
                on_time_height=on_time_h,
                late_y=base - on_time_h - late_h,
                late_height=late_h,
                total=day.on_time + day.late,
            )
        )
    return bars
