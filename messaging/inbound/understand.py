"""Every inbound text is interpreted once, stored with its evidence, and applied to its job.

`understand_inbound` is called by the inbound pipeline after the message is stored and consent
keywords are handled. Job changes go through `fieldservice.services`; texts through the outbox.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cached_property

from django.conf import settings
from django.db import connections, router, transaction
from django.db.models.functions import TruncDate
from django.utils import timezone

from fieldservice import services, timefmt
from fieldservice.models import Customer, Job, JobStatus
from messaging import describe
from messaging.assist.suggest import JobFacts, TaskFacts
from messaging.conversation import ON_ITS_WAY, mark_text_answered
from messaging.hazards import hazard, safety_advice
from messaging.inbound.compiled import CompiledRead, compile_read, compiled_once, padded
from messaging.inbound.replies import REPLIES, reply_text
from messaging.interpret import Interpretation, MessageContext, interpret
from messaging.interpret.intent import Intent
from messaging.interpret.rating import only_a_rating, rating_in
from messaging.models import BusinessSettings, Cause, Direction, Message, NotificationKind
from messaging.notify.notices import UPCOMING, knob, record_feedback
from messaging.outbox.consent import is_opted_out
from messaging.outbox.delivery import ACCEPTED_BY_PROVIDER, OutgoingText, send_many, send_sms

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LastOutbound:
    """The last text a customer received before theirs: what reading their answer uses."""

    body: str
    notification_kind: str
    job_id: int | None


@functools.cache
def _last_outbound_sql(alias: str) -> str:
    """The read of `last_outbound_before`, written once per database from the model's names.
    Built by the ORM for every text it cost about a millisecond of CPU: ten times PostgreSQL's
    own time for it, and a tenth of the worker's part of a text. It reads the phone, direction
    and time index (`message_phone_outbound`): through the phone and time index alone it stepped
    back over every text the customer sent since our last one (all of their history, for a
    number we never texted)."""
    field, quote = Message._meta.get_field, connections[alias].ops.quote_name
    column = {name: quote(field(name).column) for name in ("body", "notification_kind", "job", "direction")}
    column |= {name: quote(field(name).column) for name in ("phone", "created_at", "status", "id")}
    statuses = ", ".join(["%s"] * len(ACCEPTED_BY_PROVIDER))
    # Only the model's own names are written into the SQL; every value is a parameter.
    return (
        f"SELECT {column['body']}, {column['notification_kind']}, {column['job']}"  # noqa: S608
        f" FROM {quote(Message._meta.db_table)}"
        f" WHERE {column['direction']} = %s AND {column['phone']} = %s AND {column['created_at']} <= %s"
        f" AND {column['status']} IN ({statuses}) AND {column['id']} <> %s"
        f" ORDER BY {column['created_at']} DESC, {column['id']} DESC LIMIT 1"
    )


def last_outbound_statement(message: Message) -> tuple[str, list[object]]:
    """The SQL and parameters that find the text before `message` (see `last_outbound_before`)."""
    connection = connections[router.db_for_read(Message)]
    created_at = Message._meta.get_field("created_at").get_db_prep_value(message.created_at, connection)
    params = [Direction.OUTBOUND, str(message.phone), created_at, *sorted(ACCEPTED_BY_PROVIDER), message.pk]
    return _last_outbound_sql(connection.alias), params


def last_outbound_before(message: Message) -> LastOutbound | None:
    """The last text the customer actually received before `message`: a refused, failed or
    still queued one never reached them, so it cannot be what they are answering. Only what the
    reading of an answer uses is read (its words, its kind, its job): every text costs this read."""
    sql, params = last_outbound_statement(message)
    with connections[router.db_for_read(Message)].cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return None if row is None else LastOutbound(body=row[0], notification_kind=row[1], job_id=row[2])


@functools.cache
def _last_outbound_of_sql(alias: str, count: int) -> str:
    """`last_outbound_before` for `count` texts at once: each text's last received text is found
    by the same read (a subquery per text, through the same index), in one statement."""
    field, quote = Message._meta.get_field, connections[alias].ops.quote_name
    column = {name: quote(field(name).column) for name in ("body", "notification_kind", "job", "direction")}
    column |= {name: quote(field(name).column) for name in ("phone", "created_at", "status", "id")}
    table = quote(Message._meta.db_table)
    statuses = ", ".join(["%s"] * len(ACCEPTED_BY_PROVIDER))
    texts = ", ".join(["%s"] * count)
    # Only the model's own names are written into the SQL; every value is a parameter.
    return (
        f"SELECT inbound.{column['id']}, sent.{column['body']}, sent.{column['notification_kind']},"  # noqa: S608
        f" sent.{column['job']} FROM {table} inbound LEFT JOIN {table} sent ON sent.{column['id']} = ("
        f"SELECT earlier.{column['id']} FROM {table} earlier WHERE earlier.{column['direction']} = %s"
        f" AND earlier.{column['phone']} = inbound.{column['phone']}"
        f" AND earlier.{column['created_at']} <= inbound.{column['created_at']}"
        f" AND earlier.{column['status']} IN ({statuses}) AND earlier.{column['id']} <> inbound.{column['id']}"
        f" ORDER BY earlier.{column['created_at']} DESC, earlier.{column['id']} DESC LIMIT 1)"
        f" WHERE inbound.{column['id']} IN ({texts})"
    )


def last_outbound_of(message_ids: Collection[int]) -> dict[int, LastOutbound | None]:
    """`last_outbound_before` for several texts in one read (the drain's batch): by text id."""
    if not message_ids:
        return {}
    connection = connections[router.db_for_read(Message)]
    ids = padded(list(message_ids))  # a statement for each power of two
    sql = _last_outbound_of_sql(connection.alias, len(ids))
    with connection.cursor() as cursor:
        cursor.execute(sql, [Direction.OUTBOUND, *sorted(ACCEPTED_BY_PROVIDER), *ids])
        rows = cursor.fetchall()
    return {
        pk: None if body is None else LastOutbound(body=body, notification_kind=kind, job_id=job_id)
        for pk, body, kind, job_id in rows
    }


def context_for(message: Message, *, last_outbound: LastOutbound | None = None) -> MessageContext:
    """What the interpreter needs to know about the moment a text arrived."""
    job = message.job
    return MessageContext(
        received_at=message.created_at,
        timezone=job.site.timezone if job else settings.TIME_ZONE,
        window_start=job.window_start if job else None,
        window_end=job.window_end if job else None,
        job_status=job.status if job else None,
        last_outbound=last_outbound.body if last_outbound else None,
    )


def understand_inbound(
    message: Message,
    *,
    file_under_job: bool = False,
    text_before: Callable[[Message], LastOutbound | None] = last_outbound_before,
) -> Interpretation | None:
    """Interpret `message` once (a retried delivery finds it done), store it and act on it.

    One short transaction: the text's job is read once, under a row lock, with what the reading
    and the changes need (its site, customer and technician); the interpreter reads the text in
    its light; the claim stores the reading and files the text under the job; the changes reuse
    the locked job. The job used to be read twice (once to find it, once under the lock): about
    a tenth of the worker's CPU a text. The interpreter (a millisecond or two) now runs under the
    job's lock: other changes to that one job wait that long (on SQLite, one writer at a time,
    every writer does).

    The text's job is `message.job_id` when it is already filed; with `file_under_job`, a text
    not yet filed goes under its customer's likeliest job (`find_job`). `text_before` finds the
    text the customer answers (the drain gives what it read for its whole batch)."""
    if message.direction != Direction.INBOUND:
        raise ValueError("Only inbound messages are interpreted.")
    with transaction.atomic():
        message.job = _locked_job_of(message, find=file_under_job)
        last_outbound = text_before(message)
        interpretation = interpret(message.body, context_for(message, last_outbound=last_outbound))
        with services.one_lock_per_job(*filter(None, [message.job])):
            reading = interpretation.to_dict()  # written by the claim, kept on the message
            if not claim(message, reading):
                return None
            message.interpretation = reading
            apply_interpretation(message, interpretation, last_outbound=last_outbound)
    return interpretation


@functools.cache
def _claim_sql(alias: str) -> str:
    """The claim of `claim`, written once per database from the model's names (an ORM update
    built for every text cost about half a millisecond of CPU)."""
    field, quote = Message._meta.get_field, connections[alias].ops.quote_name
    column = {name: quote(field(name).column) for name in ("interpretation", "job", "updated_at", "id")}
    # Only the model's own names are written into the SQL; every value is a parameter.
    return (
        f"UPDATE {quote(Message._meta.db_table)}"  # noqa: S608
        f" SET {column['interpretation']} = %s, {column['job']} = %s, {column['updated_at']} = %s"
        f" WHERE {column['id']} = %s AND {column['interpretation']} IS NULL"
    )


def claim(message: Message, interpretation: dict[str, object]) -> bool:
    """Store the reading of a text not yet read, filed under `message.job_id`: False when another
    run read it first (the claim is what makes handling a text twice change nothing twice)."""
    connection = connections[router.db_for_write(Message)]
    values = [
        Message._meta.get_field("interpretation").get_db_prep_save(interpretation, connection),
        message.job_id,
        Message._meta.get_field("updated_at").get_db_prep_save(timezone.now(), connection),
        message.pk,
    ]
    with connection.cursor() as cursor:
        cursor.execute(_claim_sql(connection.alias), values)
        return cursor.rowcount == 1


def _locked_job_of(message: Message, *, find: bool) -> Job | None:
    """The job the text is filed under (or, with `find`, its customer's likeliest), read as it is
    now under a row lock in the caller's transaction."""
    if message.job_id:
        return services.lock_job(message.job_id)
    if find and message.customer is not None:
        return find_job(message.customer, now=message.created_at)
    return None


# A customer id no customer has: where each text's customer goes in the compiled read.
_CUSTOMER = -15015


@compiled_once
def _open_jobs_read(alias: str) -> CompiledRead:
    """A customer's open jobs, locked (the job rows only: PostgreSQL cannot lock the nullable side
    of the outer join to technician), with their site and technician: the read `find_job` makes
    for every text, compiled once per database (about a millisecond of CPU a text through the
    ORM). Unordered (`find_job` sorts the few it gets): ordered by window, SQLite walked the
    (customer, window_start) index through every job the customer ever had to skip the sort,
    instead of seeking their open ones in (customer, status, window_start)."""
    jobs = Job.objects.filter(customer_id=_CUSTOMER).open().order_by()
    return compile_read(
        jobs.select_for_update(of=("self",)).select_related("site", "technician"), alias, _CUSTOMER
    )


def find_job(customer: Customer, *, now: datetime) -> Job | None:
    """The job a customer's text is most likely about: today's open job (in the site's zone),
    else the next upcoming one, else the most recent. The jobs are read under a row lock (the
    caller's transaction), with what `services.lock_job` reads: the changes the text makes use
    the job found without reading it again. Their customer is `customer` itself (not read again)."""
    alias = router.db_for_write(Job)
    open_jobs = sorted(_open_jobs_read(alias).fetch(alias, customer.pk), key=lambda job: job.window_start)
    for job in open_jobs:
        Job.customer.field.set_cached_value(job, customer)
    for job in open_jobs:
        today = timezone.localdate(now, job.zone)
        if job.local_window_start.date() <= today <= job.local_window_end.date():
            return job
    upcoming = next((job for job in open_jobs if job.window_start > now), None)
    if upcoming:
        return upcoming
    jobs = customer.jobs.select_for_update(of=("self",)).select_related("site", "technician")
    return jobs.filter(window_start__lte=now).order_by("-window_start").first()


def apply_interpretation(
    message: Message, interpretation: Interpretation, *, last_outbound: LastOutbound | None = None
) -> None:
    """Change the job and answer what the bot can answer; leave the rest to people."""
    intents, job = set(interpretation.intents), message.job
    if interpretation.intent in {Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP} or job is None:
        return  # consent is the inbound pipeline's; unknown senders are already flagged there
    score = rating_in(message.body)
    if score and last_outbound and last_outbound.notification_kind == NotificationKind.REVIEW_REQUEST:
        rated = job if last_outbound.job_id in {None, job.pk} else Job.objects.get(pk=last_outbound.job_id)
        record_feedback(job=rated, score=score)
        kind = "rated_low" if score <= knob("LOW_SCORE") else "rated_mid" if score == 3 else "rated"
        _auto_reply(message, kind, answers=only_a_rating(message.body))
        return
    if not job.is_open:
        if (
            interpretation.intent in {Intent.COMPLAINT, Intent.RESCHEDULE, Intent.EMERGENCY}
            or interpretation.urgent
            or not interpretation.sure
        ):
            services.job_flag_attention(job=job, reason=_reason(interpretation), urgent=interpretation.urgent)
        return
    actor = "customer"
    # One text flags its job once: an emergency's flag already carries the most urgent reason.
    emergency = interpretation.emergency_seen
    if emergency:
        # Danger never waits for agreement: a person is alerted now; the safety text needs a sure reading.
        services.job_flag_attention(job=job, reason=_reason(interpretation), urgent=True, actor=actor)
        if interpretation.sure and Intent.EMERGENCY in intents:
            _send_safety_advice(message, interpretation)
    if not interpretation.sure:
        if not emergency:
            services.job_flag_attention(job=job, reason=_reason(interpretation), urgent=False, actor=actor)
        return  # no automatic text, no change to the job, no access note: a person decides
    if Intent.RUNNING_LATE in intents:
        services.job_mark_customer_late(job=job, expected_at=interpretation.arrival_at, actor=actor)
    elif Intent.CUSTOMER_ARRIVED in intents:
        services.job_mark_customer_home(job=job, actor=actor)
    if (
        Intent.CONFIRM in intents
        and job.status in UPCOMING
        and not intents & {Intent.CANCEL, Intent.RESCHEDULE}
    ):
        if job.status == JobStatus.SCHEDULED:
            services.job_confirm(job=job, actor=actor)
        if intents <= {
            Intent.CONFIRM,
            Intent.THANKS,
        }:  # a bare "C" or "yes": answered; anything more waits for a person
            _auto_reply(message, "confirmed")
    if interpretation.access_note:
        services.job_add_access_note(
            job=job,
            note=interpretation.access_note,
            actor=actor,
            source=f"text of {_local(job, message.created_at)}",
        )
    if intents & {Intent.CANCEL, Intent.RESCHEDULE}:
        kind = "cancel" if Intent.CANCEL in intents else "reschedule"
        if not emergency:
            services.job_flag_attention(
                job=job, reason=_reason(interpretation), urgent=interpretation.urgent, actor=actor
            )
        language = message.customer.language if message.customer else "en"
        request = describe.request(interpretation, language)
        _auto_reply(message, kind, request=request, answers=not emergency)
    elif interpretation.intent == Intent.WHERE_IS_TECH:
        _answer_where(message, job)
    elif not emergency and (
        interpretation.intent == Intent.COMPLAINT
        or (interpretation.sentiment == "negative" and interpretation.urgent)
    ):
        services.job_flag_attention(
            job=job, reason=_reason(interpretation), urgent=interpretation.urgent, actor=actor
        )


def _answer_where(message: Message, job: Job) -> None:
    if job.status == JobStatus.EN_ROUTE and job.technician_eta and job.technician_eta > timezone.now():
        _auto_reply(message, "where_en_route", eta=timefmt.clock(job.technician_eta, job.zone))
    elif job.status == JobStatus.ON_SITE:
        _auto_reply(message, "where_on_site")
    else:
        services.job_flag_attention(job=job, reason="Customer asks where the technician is", actor="customer")


def _send_safety_advice(message: Message, interpretation: Interpretation) -> None:
    """The hazard table's advice for the kind reported. In the customer's language when they chose
    one; a customer left on the default English who writes in Spanish or French gets the advice in
    the language they wrote in (a French text about a CO alarm gets French CO advice)."""
    customer_language = message.customer.language if message.customer else "en"
    written_in = interpretation.language
    language = (
        written_in if customer_language == "en" and written_in in REPLIES["emergency"] else customer_language
    )
    advice = safety_advice(interpretation.hazard, language)
    # Safety advice is not an answer: the text stays waiting for a person (badge, queue).
    _auto_reply(
        message, "emergency", language=language, answers=False, safety=advice[:1].lower() + advice[1:]
    )


def _auto_reply(
    message: Message, kind: str, *, language: str | None = None, answers: bool = True, **values: str
) -> None:
    """The bot's answer in the customer's language (or `language`), once per text and kind; with
    `answers` the text counts as answered (the bot said all there is to say until a person acts).

    Written by `send_many` (one compiled INSERT ... ON CONFLICT DO NOTHING, no savepoint), not
    `send_sms` (the ORM's insert in a savepoint of its own): the same checks and consent gate, at
    about a third of the CPU; the reply's dedupe key still makes a second run write nothing."""
    if kind not in REPLIES:
        return
    customer, job = message.customer, message.job
    language = language or (customer.language if customer else "en")
    body = reply_text(
        kind,
        language=language,
        business=BusinessSettings.load().name,
        first=customer.first_name if customer else "there",
        tech=job.technician.first_name if job and job.technician else "your technician",
        eta=values.get("eta", ""),
        request=values.get("request", ""),
        safety=values.get("safety", ""),
        window=timefmt.window(job.window_start, job.window_end, job.zone, language) if job else "",
    )
    dedupe_key, phone = f"auto:{message.pk}:{kind}", str(message.phone)
    if customer is None:  # send_many writes to customers only
        reply = send_sms(
            body=body,
            phone=phone,
            job=job,
            cause=Cause.AUTO_REPLY,
            notification_kind=kind,
            dedupe_key=dedupe_key,
        )
        on_its_way = reply.status in ON_ITS_WAY
    else:
        text = OutgoingText(
            body=body,
            phone=phone,
            customer_id=customer.pk,
            job_id=job.pk if job else None,
            cause=Cause.AUTO_REPLY,
            notification_kind=kind,
            dedupe_key=dedupe_key,
            number_opted_out=is_opted_out(phone),
        )
        sent = send_many([text])
        if dedupe_key in sent.invalid:
            raise sent.invalid[dedupe_key]  # as send_sms would: the text is flagged for a person
        written = sent.written.get(dedupe_key)
        on_its_way = (
            not written.refused
            if written
            else Message.objects.filter(
                dedupe_key=dedupe_key, status__in=ON_ITS_WAY
            ).exists()  # an earlier run's
        )
    if answers and on_its_way:
        mark_text_answered(message)


def _local(job: Job, moment: datetime) -> str:
    return f"{timefmt.day(moment, job.zone)} {timefmt.clock(moment, job.zone)}"


# How the queue's line for a reading the project was not sure of begins: a person answering that
# text has read it, and the flag goes with the answer (`dispatch.desk`).
NOT_SURE_REASON = "Not sure, please read the text."


def _reason(interpretation: Interpretation) -> str:
    """The dispatcher's queue line: what the customer wants, in words, and whether we are not sure."""
    reason = _wanted(interpretation)
    if interpretation.sure:
        return reason
    if interpretation.emergency_seen and interpretation.intent != Intent.EMERGENCY:
        reason = f"Possible EMERGENCY: {reason[0].lower()}{reason[1:]}"
    others = [a.replace("_", " ") for a in interpretation.alternatives if a != "emergency"]
    could_be = f"; could be {' or '.join(others)}" if others else ""
    return f"{NOT_SURE_REASON} {reason}{could_be}"


def _wanted(interpretation: Interpretation) -> str:
    labels = {
        Intent.EMERGENCY: "EMERGENCY reported by the customer",
        Intent.CANCEL: "Customer asks to cancel",
        Intent.RESCHEDULE: "Customer asks to reschedule",
        Intent.COMPLAINT: "Customer complaint",
        Intent.WHERE_IS_TECH: "Customer asks where the technician is",
        Intent.RUNNING_LATE: "Customer running late",
        Intent.CUSTOMER_ARRIVED: "Customer says they are home",
        Intent.ACCESS_INFO: "Customer gives access details",
        Intent.CONFIRM: "Customer confirms",
    }
    reason = labels.get(interpretation.intent, f"Customer message needs a person ({interpretation.intent})")
    if interpretation.intent == Intent.EMERGENCY:
        reason = f"{reason} ({hazard(interpretation.hazard).label})"
    asked = describe.asked_for(interpretation)  # "Fri Jun 12, afternoon": words a dispatcher reads
    requested = [asked] if asked else []
    if interpretation.arrival_at:
        requested.append(f"expected {timefmt.clock(interpretation.arrival_at)}")  # in the site's zone
    return f"{reason}: {', '.join(requested)}" if requested else reason


# How far either side of today the diary is read for the weekdays the business is booked on.
BOOKED_DAYS_SPAN = timedelta(days=28)


class Deferred(Collection):
    """A collection read from the database the first time it is asked about. Assist needs the
    working days only to answer a request for another day, so most cards never pay for them."""

    def __init__(self, load: Callable[[], Collection]) -> None:
        self._load = load

    @cached_property
    def items(self) -> frozenset:
        return frozenset(self._load())

    def __contains__(self, item: object) -> bool:
        return item in self.items

    def __iter__(self) -> Iterator:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def booked_days(zone: tzinfo, *, around: datetime) -> frozenset[date]:
    """The local days (in `zone`) that have a job booked within `BOOKED_DAYS_SPAN` of `around`."""
    days = (
        Job.objects.exclude(status=JobStatus.CANCELLED)
        .filter(window_start__range=(around - BOOKED_DAYS_SPAN, around + BOOKED_DAYS_SPAN))
        .annotate(day=TruncDate("window_start", tzinfo=zone))
        .order_by()
        .values_list("day", flat=True)
        .distinct()
    )
    return frozenset(days)


def job_facts(job: Job, *, language: str | None = None) -> JobFacts:
    """What assist needs to know about a job, from the database (two queries, and two more when a
    reply needs the working days)."""
    tasks = tuple(
        TaskFacts(name=t.name, minutes=t.minutes, needs_customer=t.needs_customer, done=t.done_at is not None)
        for t in job.tasks.all()
    )
    next_job = (
        Job.objects.open()
        .filter(technician_id=job.technician_id, window_start__gt=job.window_start)
        .exclude(pk=job.pk)
        .order_by("window_start")
        .values_list("window_start", flat=True)
        .first()
        if job.technician_id
        else None
    )
    return JobFacts(
        customer_name=job.customer.name,
        technician_name=job.technician.first_name if job.technician else "",
        timezone=job.site.timezone,
        window_start=job.window_start,
        window_end=job.window_end,
        job_status=job.status,
        trade=job.trade,
        summary=job.summary,
        tasks=tasks,
        technician_eta=job.technician_eta,
        language=language or job.customer.language,
        site_notes=tuple(line for line in job.site.access_notes.splitlines() if line.strip()),
        next_job_window_start=next_job,
        work_days=Deferred(lambda: BusinessSettings.load().work_weekdays),
        booked_days=Deferred(lambda: booked_days(job.zone, around=timezone.now())),
    )
