"""Which job event sends which text, when, and in whose words.

Receivers of the domain's signals (connected in `MessagingConfig.ready`) run inside the
change's transaction and put at most one text per job and occasion in the outbox: the
`dedupe_key` names the job, the kind, the window version and, for ETAs, the time announced.
Routine texts wait out the business's quiet hours in the site's zone; time-critical ones don't.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from string import Formatter
from typing import Protocol
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import CharField, ExpressionWrapper, F, Max, OuterRef, Q
from django.dispatch import Signal
from django.utils import timezone

from fieldservice import services, signals, timefmt
from fieldservice.models import CustomerState, Job, JobEvent, JobStatus, Technician
from messaging.models import (
    BusinessSettings,
    Cause,
    Message,
    MessageStatus,
    NotificationKind,
    NotificationTemplate,
    Promise,
)
from messaging.notify.texts import (
    APOLOGY,
    DEFAULT_TEMPLATES,
    ETA_STALE,
    PLACEHOLDERS,
    REPLY_OPTIONS,
    REPLY_OPTIONS_CONFIRMED,
    REVIEW_LINE,
    SAMPLE,
    SOMEONE,
    agree_articles,
)
from messaging.outbox.consent import opted_out
from messaging.outbox.delivery import (
    InvalidSMSError,
    OutgoingText,
    register_still_applies,
    send_many,
    send_sms,
)

logger = logging.getLogger(__name__)

Kind = NotificationKind

# Tunables, overridable as NOTIFY_<NAME> in settings.
DEFAULTS: dict[str, int] = {
    "REMINDER_MIN_NOTICE_HOURS": 3,  # a reminder due sooner than this after booking is noise
    "REMINDER_STALE_HOURS": 3,  # after downtime, a reminder older than this is skipped
    "REVIEW_DELAY_MINUTES": 120,  # the feedback request follows the visit by this much
    "REVIEW_STALE_HOURS": 24,
    "ETA_CHANGE_MINUTES": 10,  # a new ETA that moves less than this is not worth a text
    "STALE_ETA_MINUTES": 10,  # after the technician prompt, wait this long before telling the customer
    "STALE_ETA_GIVE_UP_HOURS": 2,  # an ETA passed longer ago than this is not announced any more
    "TRAVEL_MINUTES": 20,  # between two jobs of one technician
    "SLIP_MINUTES": 30,  # a forecast that moved less than this since the last warning stays quiet
    "LATE_MARGIN_MINUTES": 10,  # a forecast past the window by less than this is not a late text
    "LATE_STABLE_MINUTES": 5,  # the forecast must stay late this long before the customer hears
    "OVERRUN_MINUTES": 10,
    "DEPARTURE_WARNING_MINUTES": 10,
    "SETTLE_MINUTES": 5,  # a booking or change waits this long: further changes make it one text
    "SAME_NEWS_MINUTES": 5,  # one text of a kind per customer in this long; a newer one waits
    "IMMINENT_HOURS": 2,  # a booking or change for a visit this close goes without settling  # the dispatcher hears this long before the technician must leave  # a job past its plan with steps unticked needs at least this much more
    "LATE_CAP_PER_DAY": 2,  # texts of one late news (running late, ETA passed) per customer per local day
    "LOW_SCORE": 2,  # feedback at or below this needs the dispatcher
    "EARLY_HOUR": 7,  # news about this morning's visit, held overnight, goes at this local hour
    "MORNING_HOURS": 4,  # a visit opening within this long after quiet hours end is "this morning"
    "NOTICE_MINUTES": 60,  # news about a window reaches the customer at least this long before it
}

UPCOMING = frozenset({JobStatus.SCHEDULED, JobStatus.CONFIRMED})
# News about when (or whether) the visit happens: held overnight only as long as it still reaches
# the customer before the visit, and before they start their morning around it.
WINDOW_NEWS = frozenset({Kind.SCHEDULED, Kind.WINDOW_CHANGED, Kind.CANCELLED, Kind.RUNNING_LATE})
# Texts that announce a window: once it has ended, they announce nothing true.
# A booking or change waits a few minutes for the next edit; the last version is the one sent.
SETTLES = frozenset({Kind.SCHEDULED, Kind.WINDOW_CHANGED})
# Held texts naming an ETA: once the job's ETA moved on, a newer text says it.
NAMES_ETA = frozenset({Kind.EN_ROUTE, Kind.RUNNING_LATE, ETA_STALE})
ANNOUNCES_WINDOW = frozenset({Kind.SCHEDULED, Kind.REMINDER, Kind.MORNING_REMINDER, Kind.WINDOW_CHANGED})
# While a job is in one of these statuses, a held text of that kind still says something true.
APPLIES_WHILE: dict[str, frozenset[str]] = {
    Kind.SCHEDULED: UPCOMING,
    Kind.REMINDER: UPCOMING,
    Kind.MORNING_REMINDER: UPCOMING,
    Kind.WINDOW_CHANGED: UPCOMING,
    Kind.EN_ROUTE: frozenset({JobStatus.EN_ROUTE}),
    Kind.RUNNING_LATE: UPCOMING | {JobStatus.EN_ROUTE},
    ETA_STALE: frozenset({JobStatus.EN_ROUTE}),
    Kind.ARRIVED: frozenset({JobStatus.ON_SITE}),
    Kind.COMPLETED: frozenset({JobStatus.COMPLETED}),
    Kind.REVIEW_REQUEST: frozenset({JobStatus.COMPLETED}),
    Kind.CANCELLED: frozenset({JobStatus.CANCELLED}),
}
# Which texts promise a follow-up, and which texts keep (or supersede) each promise.
PROMISES: dict[str, str] = {
    Kind.MORNING_REMINDER: Promise.Owed.ON_THE_WAY,
    ETA_STALE: Promise.Owed.NEW_TIME,
}
SUPERSEDING = frozenset({Kind.ARRIVED, Kind.CANCELLED, Kind.WINDOW_CHANGED, Kind.SCHEDULED})
KEPT_BY: dict[str, frozenset[str]] = {
    Promise.Owed.ON_THE_WAY: SUPERSEDING | {Kind.EN_ROUTE},
    Promise.Owed.NEW_TIME: SUPERSEDING | {Kind.EN_ROUTE, Kind.RUNNING_LATE},
}
NOT_DELIVERED = (MessageStatus.REFUSED, MessageStatus.FAILED, MessageStatus.UNDELIVERED)


def knob(name: str) -> int:
    return getattr(settings, f"NOTIFY_{name}", DEFAULTS[name])


# --- words -----------------------------------------------------------------------------------


def template_errors(body: str) -> list[str]:
    """What is wrong with a template body, in words for the dispatcher; empty when it is fine."""
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(body)]
    except ValueError:
        return ["A { or } is unmatched. Placeholders look like {customer_first_name}."]
    known = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    errors = []
    for name, spec, conversion in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            errors.append(f"Unknown placeholder {{{name}}}. Use one of {known}.")
        elif spec or conversion:
            errors.append(f"Write {{{name}}} plainly, without ':' or '!'.")
    return errors


def validate_template(body: str) -> None:
    if errors := template_errors(body):
        raise ValidationError(errors)


def load_templates() -> dict[tuple[str, str], str]:
    """Every template body by (kind, language), as the dispatcher left them."""
    return {(t.kind, t.language): t.body for t in NotificationTemplate.objects.all()}


def fill(
    body: str,
    *,
    kind: str,
    language: str,
    business: BusinessSettings,
    customer_first_name: str,
    technician_first_name: str,
    window: str,
    eta: str = "",
    moved_by_business: bool = False,
    confirmed: bool = False,
) -> str:
    """The text of `body` with its placeholders filled; phrases follow `language`."""
    phrases_language = language if language in REPLY_OPTIONS else "en"
    reply_options = REPLY_OPTIONS[phrases_language].get(kind, "")
    if confirmed:
        reply_options = REPLY_OPTIONS_CONFIRMED[phrases_language].get(kind, reply_options)
    link = business.review_link
    values = {
        "customer_first_name": customer_first_name,
        "technician_first_name": technician_first_name or SOMEONE[phrases_language],
        "business_name": business.name,
        "business_phone": str(business.reply_phone or ""),
        "window": window,
        "eta": eta,
        "apology": APOLOGY[phrases_language].get(kind, "") if moved_by_business else "",
        "reply_options": reply_options,
        "review_line": REVIEW_LINE[phrases_language].format(link=link) if link else "",
    }
    return agree_articles(body.format_map(values).strip(), phrases_language)


def render(
    *,
    kind: str,
    job: Job,
    business: BusinessSettings,
    templates: dict[tuple[str, str], str] | None = None,
    eta: datetime | None = None,
    moved_by_business: bool = False,
) -> str:
    """The text of `kind` about `job` in the customer's language, falling back to English."""
    return render_words(
        kind=kind,
        language=job.customer.language,
        customer_first_name=job.customer.first_name,
        technician_first_name=job.technician.first_name if job.technician else "",
        window_start=job.window_start,
        window_end=job.window_end,
        zone=job.zone,
        confirmed=job.status == JobStatus.CONFIRMED,
        business=business,
        templates=templates if templates is not None else load_templates(),
        eta=eta,
        moved_by_business=moved_by_business,
    )


def render_words(
    *,
    kind: str,
    language: str,
    customer_first_name: str,
    technician_first_name: str,
    window_start: datetime,
    window_end: datetime,
    zone: tzinfo,
    confirmed: bool,
    business: BusinessSettings,
    templates: dict[tuple[str, str], str],
    eta: datetime | None = None,
    moved_by_business: bool = False,
) -> str:
    """`render` from the facts it needs, so a sweep can word a batch from one values() read."""
    language = language if (kind, language) in templates else "en"
    return fill(
        # the shipped English text, should someone delete the kind's rows
        templates.get((kind, language)) or DEFAULT_TEMPLATES[kind]["en"],
        kind=kind,
        language=language,
        business=business,
        customer_first_name=customer_first_name,
        technician_first_name=technician_first_name,
        window=timefmt.window(window_start, window_end, zone, language),
        eta=timefmt.clock(eta, zone) if eta else "",
        moved_by_business=moved_by_business,
        confirmed=confirmed,
    )


# --- when ------------------------------------------------------------------------------------


def quiet_end(*, at: datetime, zone: tzinfo, business: BusinessSettings) -> datetime | None:
    """When the quiet hours around `at` end in `zone`, or None when `at` is outside them."""
    start, end = business.quiet_hours_start, business.quiet_hours_end
    local = timezone.localtime(at, zone)
    now = local.time()
    if start == end:
        return None
    if start < end:
        quiet, end_day = start <= now < end, local.date()
    else:  # across midnight, e.g. 21:00-08:00
        quiet = now >= start or now < end
        end_day = local.date() + timedelta(days=1) if now >= start else local.date()
    return datetime.combine(end_day, end, tzinfo=zone) if quiet else None


def local_at(day_of: datetime, *, zone: tzinfo, at: time, days: int = 0) -> datetime:
    """`at` o'clock in `zone` on the local day of `day_of` plus `days`."""
    return datetime.combine(timezone.localtime(day_of, zone).date() + timedelta(days=days), at, tzinfo=zone)


def same_local_day(a: datetime, b: datetime, zone: tzinfo) -> bool:
    return timezone.localtime(a, zone).date() == timezone.localtime(b, zone).date()


class Visit(Protocol):
    """What the timing of a text needs of its job: a `Job`, or a sweep's `NoticeJob`."""

    @property
    def window_start(self) -> datetime: ...

    @property
    def zone(self) -> tzinfo: ...


def send_time(
    *, kind: str, job: Visit, due: datetime, business: BusinessSettings, about_start: datetime | None = None
) -> datetime:
    """When a text that is not time-critical may go. Routine texts wait out the site's quiet hours.
    News about the window (a booking, a change, a cancellation, a delay on a later day) waits too,
    but must reach the customer before the visit it is about (`about_start`, the earlier of the
    old and new windows): news about a visit early next morning goes at the early hour (07:00),
    and about a visit tonight, at once. Never at the window's opening."""
    opens = quiet_end(at=due, zone=job.zone, business=business)
    if opens is None:
        return due
    if kind in WINDOW_NEWS:
        visit = min(about_start or job.window_start, job.window_start)
        if visit < opens + timedelta(hours=knob("MORNING_HOURS")):
            early = local_at(opens, zone=job.zone, at=time(knob("EARLY_HOUR")))
            latest = visit - timedelta(minutes=knob("NOTICE_MINUTES"))
            return max(due, min(early, latest, opens))
    return opens


# --- sending ---------------------------------------------------------------------------------


def dedupe_key(*, job: Job | NoticeJob, kind: str, eta: datetime | None = None) -> str:
    """One text per job, kind and window version (and announced time, for ETAs)."""
    key = f"job:{job.pk}:{kind}:v{job.window_version}"
    return f"{key}:{eta.astimezone(UTC):%Y%m%dT%H%MZ}" if eta else key


def notify(
    *,
    job: Job,
    kind: str,
    urgent: bool = False,
    due: datetime | None = None,
    eta: datetime | None = None,
    moved_by_business: bool = False,
    business: BusinessSettings | None = None,
    templates: dict[tuple[str, str], str] | None = None,
    owed: bool = False,
    about_start: datetime | None = None,
) -> Message | None:
    """Put the `kind` text about `job` in the outbox once; a routine one waits out quiet hours.
    Returns None when the business switched the kind off or the text cannot be sent as it is.
    `owed`: a promised follow-up, sent even when the business switched its kind off."""
    business = business or BusinessSettings.load()
    if kind in business.disabled_kinds and not owed:
        return None
    now = timezone.now()
    due = max(due or now, now)
    settled = now + timedelta(minutes=knob("SETTLE_MINUTES"))
    if (
        kind in SETTLES
        and job.window_start - now > timedelta(hours=knob("IMMINENT_HOURS"))
        # settling must not push a text sent in the evening into the night
        and bool(quiet_end(at=settled, zone=job.zone, business=business))
        == bool(quiet_end(at=now, zone=job.zone, business=business))
    ):
        due = max(due, settled)
    due = max(due, _next_slot_for_news(job=job, kind=kind, now=now))
    if not urgent:
        due = send_time(kind=kind, job=job, due=due, business=business, about_start=about_start)
    body = render(
        kind=kind,
        job=job,
        business=business,
        templates=templates,
        eta=eta,
        moved_by_business=moved_by_business,
    )
    try:
        message = send_sms(
            body=body,
            customer=job.customer,
            job=job,
            cause=Cause.NOTIFICATION,
            notification_kind=kind,
            dedupe_key=dedupe_key(job=job, kind=kind, eta=eta),
            send_after=due if due > now else None,
        )
    except InvalidSMSError as error:
        # One customer's unroutable number or an overlong text must not undo the job change or stall a sweep.
        # The reason can quote the customer's number: the log names the job, the dispatcher sees the rest.
        logger.warning("Job %s: %s text not sent (%s).", job.pk, kind, type(error).__name__)
        return None
    if message.status not in NOT_DELIVERED:
        keep_promises(job=job, message=message)
        record_promise(job=job, message=message)
    return message


@dataclass(frozen=True, slots=True)
class NoticeJob:
    """What a routine notice needs to know of its job, read as values by a sweep's one query per
    batch (building a job, its customer, site and technician as models for each of 500 rows, and
    parsing each phone number on the way, was most of the reminder sweep's CPU)."""

    pk: int
    window_start: datetime
    window_end: datetime
    window_version: int
    status: str
    created_at: datetime
    customer_id: int
    customer_name: str
    customer_phone: str
    customer_language: str
    site_timezone: str
    technician_first_name: str | None
    number_opted_out: bool

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.site_timezone)


# The columns of `NoticeJob` beyond the job's own, for `Job.objects.values(*NOTICE_JOB_FIELDS,
# **NOTICE_JOB_VALUES)`. The phone is read as plain text: PhoneNumberField would parse each one.
NOTICE_JOB_FIELDS = (
    "pk",
    "window_start",
    "window_end",
    "window_version",
    "status",
    "created_at",
    "customer_id",
)
NOTICE_JOB_VALUES = {
    "customer_name": F("customer__name"),
    "customer_phone": ExpressionWrapper(F("customer__phone"), output_field=CharField()),
    "customer_language": F("customer__language"),
    "site_timezone": F("site__timezone"),
    "technician_first_name": F("technician__first_name"),
    "number_opted_out": opted_out(OuterRef("customer__phone")),
}


def notify_many(
    *, jobs: Sequence[NoticeJob], kind: str, business: BusinessSettings, templates: dict[tuple[str, str], str]
) -> int:
    """`notify` for a sweep's batch of routine notices (the reminders): the same send times
    (spacing after the customer's last text of the kind, quiet hours), words, dedupe keys,
    consent and promises, in a fixed number of statements however many jobs the batch holds: the
    customers' last texts in one read, the outbox rows in one insert that skips the keys already
    there (a racing sweep's), the promises in one insert. Returns how many rows it wrote."""
    if kind in SETTLES or kind in WINDOW_NEWS or any(kind in kinds for kinds in KEPT_BY.values()):
        raise ValueError(f"{kind} texts settle, wait as window news or keep promises: send them with notify")
    if kind in business.disabled_kinds or not jobs:
        return 0
    now = timezone.now()
    spacing = timedelta(minutes=knob("SAME_NEWS_MINUTES"))
    last_sent = _last_sent_by_customer(customer_ids={job.customer_id for job in jobs}, kind=kind, now=now)
    texts, job_of = [], {}
    for job in jobs:
        last = last_sent.get(job.customer_id)
        due = send_time(kind=kind, job=job, due=max(now, last + spacing) if last else now, business=business)
        key = dedupe_key(job=job, kind=kind)
        job_of[key] = job.pk
        name = job.customer_name
        texts.append(
            OutgoingText(
                body=render_words(
                    kind=kind,
                    language=job.customer_language,
                    customer_first_name=name.split()[0] if name.strip() else "",  # Customer.first_name
                    technician_first_name=job.technician_first_name or "",
                    window_start=job.window_start,
                    window_end=job.window_end,
                    zone=job.zone,
                    confirmed=job.status == JobStatus.CONFIRMED,
                    business=business,
                    templates=templates,
                ),
                phone=job.customer_phone,
                customer_id=job.customer_id,
                job_id=job.pk,
                cause=Cause.NOTIFICATION,
                notification_kind=kind,
                dedupe_key=key,
                send_after=due if due > now else None,
                number_opted_out=job.number_opted_out,
            )
        )
    outcome = send_many(texts, now=now)
    for key, error in outcome.invalid.items():
        # As notify: one customer's unroutable number or an overlong text must not stall the sweep.
        logger.warning("Job %s: %s text not sent (%s).", job_of[key], kind, type(error).__name__)
    owed = PROMISES.get(kind)
    kept = [written.message_id for written in outcome.written.values() if not written.refused]
    if owed is not None and kept:
        _record_promises(owed=owed, message_ids=kept)
    return len(outcome.written)


def _record_promises(*, owed: str, message_ids: list[int]) -> None:
    """`record_promise` for many texts just written: one INSERT ... SELECT from their rows, a
    statement however many (bulk_create would split it by SQLite's assumed 999 parameters)."""
    promise, message = Promise._meta, Message._meta
    quote = connection.ops.quote_name
    columns = ", ".join(
        quote(promise.get_field(name).column) for name in ("job", "owed", "made_by", "made_at", "void")
    )
    marks = ", ".join(["%s"] * len(message_ids))
    # names come from the models; the values go as parameters
    sql = (
        f"INSERT INTO {quote(promise.db_table)} ({columns}) "  # noqa: S608
        f"SELECT {quote(message.get_field('job').column)}, %s, {quote(message.pk.column)}, "
        f"{quote(message.get_field('created_at').column)}, %s FROM {quote(message.db_table)} "
        f"WHERE {quote(message.pk.column)} IN ({marks})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [owed, False, *message_ids])


def _last_sent_by_customer(*, customer_ids: set[int], kind: str, now: datetime) -> dict[int, datetime]:
    """`_next_slot_for_news`'s read for many customers at once: when each last got a `kind` text
    that went out within the spacing, by customer id."""
    spacing = timedelta(minutes=knob("SAME_NEWS_MINUTES"))
    recent = (
        Message.objects.filter(
            customer_id__in=customer_ids,
            notification_kind=kind,
            status__in=[MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED],
            sent_at__gt=now - spacing,
        )
        .values("customer_id")
        .annotate(last=Max("sent_at"))
        .order_by()
    )
    return {row["customer_id"]: row["last"] for row in recent}


def _next_slot_for_news(*, job: Job, kind: str, now: datetime) -> datetime:
    """The earliest a `kind` text may reach this customer: five minutes after the last one of the
    same kind that went out, so quick successive updates arrive as one (a held one, overtaken by
    a newer update, is dropped at delivery)."""
    spacing = timedelta(minutes=knob("SAME_NEWS_MINUTES"))
    last = (
        Message.objects.filter(
            customer=job.customer,
            notification_kind=kind,
            status__in=[MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED],
            sent_at__gt=now - spacing,
        )
        .order_by("-sent_at")
        .values_list("sent_at", flat=True)
        .first()
    )
    return max(now, last + spacing) if last else now


def told_about_booking(job: Job) -> bool:
    """Whether the customer has (or is about to get, unchanged) a text telling them of this booking."""
    booked = Message.objects.filter(job=job, notification_kind__in=[Kind.SCHEDULED, Kind.WINDOW_CHANGED])
    return booked.filter(
        status__in=[MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED]
    ).exists()


# --- the promise ledger ------------------------------------------------------------------------


def record_promise(*, job: Job, message: Message) -> Promise | None:
    """Write down the follow-up `message` promises, if its kind promises one."""
    owed = PROMISES.get(message.notification_kind)
    if owed is None:
        return None
    promise, _ = Promise.objects.get_or_create(
        made_by=message, owed=owed, defaults={"job": job, "made_at": message.created_at}
    )
    return promise


def keep_promises(*, job: Job, message: Message) -> int:
    """Mark the promises `message` keeps: open ones made earlier about `job`, and kept ones whose
    keeping text was dropped before it went out (a superseded change). Returns how many."""
    owed = [o for o, kinds in KEPT_BY.items() if message.notification_kind in kinds]
    if not owed:
        return 0
    # a keeper still queued may yet be overtaken and dropped: the newest keeper takes over
    unkept = Q(kept_at__isnull=True) | Q(kept_by__status__in=(*NOT_DELIVERED, MessageStatus.QUEUED))
    return (
        Promise.objects.filter(unkept, job=job, owed__in=owed, void=False)
        .exclude(made_by=message)
        .update(kept_by=message, kept_at=message.created_at)
    )


def owed_follow_up(job: Job, owed: str | None = None) -> bool:
    """Whether the customer was promised news about `job` that has not been sent yet."""
    promises = Promise.objects.open().filter(job=job).exclude(made_by__status__in=NOT_DELIVERED)
    return promises.filter(owed=owed).exists() if owed else promises.exists()


def unkept_promises() -> list[Promise]:
    """Promises whose follow-up never came although the job moved on (finished or cancelled), or
    whose keeping text was dropped: what an audit (and the week's simulation) must find empty."""
    closed = [JobStatus.COMPLETED, JobStatus.CANCELLED]
    broken = Q(kept_at__isnull=True, job__status__in=closed) | Q(kept_by__status__in=NOT_DELIVERED)
    return list(
        Promise.objects.filter(broken, void=False)
        .exclude(made_by__status__in=NOT_DELIVERED)
        .select_related("job", "made_by")
    )


def tell_late(*, job: Job, kind: str, eta: datetime) -> Message | None:
    """An apology with the new time, unless the customer has heard this same news enough today.
    The cap counts texts of `kind` only ("running late" and "ETA passed" are different news) and
    never holds back a new time the customer was promised."""
    now = timezone.now()
    owed = kind == Kind.RUNNING_LATE and owed_follow_up(job, Promise.Owed.NEW_TIME)
    told_today = Message.objects.filter(
        customer=job.customer,
        notification_kind=kind,
        created_at__gte=local_at(now, zone=job.zone, at=time(0)),
    ).count()
    if told_today >= knob("LATE_CAP_PER_DAY") and not owed:
        logger.info("Job %s: not telling the customer again that we are late (%s today).", job.pk, told_today)
        return None
    urgent = same_local_day(now, job.window_start, job.zone)
    return notify(job=job, kind=kind, eta=eta, urgent=urgent, owed=owed)


def announce_eta(*, job: Job, eta: datetime) -> Message | None:
    """A new ETA while on the way: on the way, or an apology when it misses the window."""
    if eta > job.window_end:
        return tell_late(job=job, kind=Kind.RUNNING_LATE, eta=eta)
    owed = owed_follow_up(job)
    return notify(job=job, kind=Kind.EN_ROUTE, eta=eta, urgent=True, owed=owed)


def still_applies(message: Message) -> bool:
    """Whether a held notification still tells the truth (the job has not moved on, its window not
    changed); delivery should drop the ones that don't. Other texts always apply. The job is the
    one delivery read with the claimed row (`select_related("job__site")`), as it stood then."""
    kind = message.notification_kind
    statuses = APPLIES_WHILE.get(kind)
    if message.cause != Cause.NOTIFICATION or statuses is None or message.job_id is None:
        return True
    job = message.job
    current = dedupe_key(job=job, kind=kind)
    key = message.dedupe_key or ""
    if job.status not in statuses or not (key == current or key.startswith(f"{current}:")):
        return False
    now = timezone.now()
    if kind in NAMES_ETA and key != dedupe_key(job=job, kind=kind, eta=job.technician_eta):
        return False  # overtaken: a newer ETA went (or goes) out in its own text
    if kind in ANNOUNCES_WINDOW and job.window_end <= now:
        return False  # a confirmation held overnight for a night visit already over
    # a day-before reminder delivered on the day itself would say "tomorrow" about today
    return not (kind == Kind.REMINDER and same_local_day(now, job.window_start, job.zone))


def record_feedback(*, job: Job, score: int) -> None:
    """The customer's 1-5 rating: a low one puts the job in the dispatcher's queue. The review link
    went to everyone with the request, whatever they would score (no review gating)."""
    job = services.job_record_rating(job=job, score=score)
    if score <= knob("LOW_SCORE"):
        services.job_flag_attention(job=job, reason=f"Customer rated the visit {score}/5", actor="customer")


# --- the technician's day --------------------------------------------------------------------


def _arrivals(jobs: list[Job]) -> dict[int, datetime]:
    """When the technician reached each of `jobs` (the last arrival, should it have been redone)."""
    on_site = [job.pk for job in jobs if job.status == JobStatus.ON_SITE]
    if not on_site:
        return {}
    events = JobEvent.objects.filter(job_id__in=on_site, kind=JobEvent.Kind.ARRIVED).order_by("created_at")
    return dict(events.values_list("job_id", "created_at"))


def work_left(job: Job, *, now: datetime, arrived_at: datetime | None) -> timedelta:
    """How long the technician still needs at `job`, counting the time already spent there: the
    unticked checklist minutes less the time on site that ticked steps do not explain. Once the
    plan is used up with steps unticked, the job is running over and needs a little more."""
    tasks = list(job.tasks.all())
    left = sum(t.minutes for t in tasks if t.done_at is None)
    if not left:
        return timedelta(0)
    done = sum(t.minutes for t in tasks if t.done_at is not None)
    spent = (now - arrived_at) if arrived_at else timedelta(0)
    unexplained = max(spent - timedelta(minutes=done), timedelta(0))
    return max(timedelta(minutes=left) - unexplained, timedelta(minutes=knob("OVERRUN_MINUTES")))


def forecast_day(*, technician: Technician, now: datetime) -> list[tuple[Job, datetime]]:
    """When `technician` should reach each of today's jobs not yet reached: after the work left
    on earlier jobs (time already spent on site counts), a travel allowance and any late
    customer, never before the window opens."""
    jobs = [
        job
        for job in technician.jobs.open()
        .filter(window_start__gt=now - timedelta(days=1), window_start__lt=now + timedelta(days=1))
        .select_related("site", "customer", "technician")
        .prefetch_related("tasks")
        if same_local_day(job.window_start, now, job.zone)
    ]
    planned = plan_day(jobs, now=now, arrivals=_arrivals(jobs))
    return [(job, arrival) for job, arrival, _finish in planned if job.status != JobStatus.ON_SITE]


def plan_day(
    jobs: list[Job], *, now: datetime, arrivals: dict[int, datetime]
) -> list[tuple[Job, datetime, datetime]]:
    """One technician's open jobs of a day in the order they will be done, each with when the
    technician reaches it (for a job on site: when they arrived, or now if unknown) and when they
    should be done there. No queries: `jobs` come with their tasks, `arrivals` with the time each
    job on site was reached, so the board can plan every technician's day from one read."""
    travel = timedelta(minutes=knob("TRAVEL_MINUTES"))
    started = {JobStatus.ON_SITE: 0, JobStatus.EN_ROUTE: 1}
    jobs = sorted(jobs, key=lambda job: (started.get(job.status, 2), job.window_start, job.pk))
    free_at, planned = now, []
    for job in jobs:
        if job.status == JobStatus.ON_SITE:
            start = now
        elif job.status == JobStatus.EN_ROUTE:
            start = max(now, job.technician_eta or now)
        else:
            start = max(free_at + travel, job.window_start)
        if job.customer_state == CustomerState.LATE and job.customer_expected_at:
            start = max(start, job.customer_expected_at)
        free_at = start + work_left(job, now=now, arrived_at=arrivals.get(job.pk))
        reached = arrivals.get(job.pk, start) if job.status == JobStatus.ON_SITE else start
        planned.append((job, reached, free_at))
    return planned


# --- receivers -------------------------------------------------------------------------------


def on_scheduled(sender: object, *, job: Job, **kwargs: object) -> None:
    notify(job=job, kind=Kind.SCHEDULED)


def on_window_changed(
    sender: object,
    *,
    job: Job,
    moved_by_business: bool = True,
    previous_start: datetime | None = None,
    **kwargs: object,
) -> None:
    if not told_about_booking(job):
        # The customer never got the booking (held overnight, or changed before it went): their
        # first text is the booking as it now stands, not an apology for a change they never saw.
        notify(job=job, kind=Kind.SCHEDULED, about_start=previous_start)
        return
    notify(job=job, kind=Kind.WINDOW_CHANGED, moved_by_business=moved_by_business, about_start=previous_start)


def on_en_route(sender: object, *, job: Job, **kwargs: object) -> None:
    """Setting off is its own news, whatever the ETA: "on the way" (with an apology when the ETA is
    past the window), never counted or capped as "running late"."""
    late = job.technician_eta > job.window_end
    owed = owed_follow_up(job)
    notify(
        job=job, kind=Kind.EN_ROUTE, eta=job.technician_eta, urgent=True, moved_by_business=late, owed=owed
    )


def on_eta_changed(
    sender: object, *, job: Job, previous_eta: datetime | None = None, **kwargs: object
) -> None:
    moved = abs(job.technician_eta - previous_eta) if previous_eta else timedelta.max
    promised = owed_follow_up(job, Promise.Owed.NEW_TIME)  # however close the new time is, it is owed
    if (
        moved >= timedelta(minutes=knob("ETA_CHANGE_MINUTES"))
        or job.technician_eta > job.window_end
        or promised
    ):
        announce_eta(job=job, eta=job.technician_eta)


def on_delayed(sender: object, *, job: Job, expected_at: datetime, **kwargs: object) -> None:
    tell_late(job=job, kind=Kind.RUNNING_LATE, eta=expected_at)


def on_arrived(sender: object, *, job: Job, **kwargs: object) -> None:
    """Arrival is texted when the business wants it, and whenever the customer is still owed the
    news we promised (the technician arrived without tapping "on my way" or a new ETA)."""
    business = BusinessSettings.load()
    owed = owed_follow_up(job)
    if business.arrived_enabled or owed:
        notify(job=job, kind=Kind.ARRIVED, urgent=True, business=business, owed=owed)


def on_completed(sender: object, *, job: Job, **kwargs: object) -> None:
    notify(job=job, kind=Kind.COMPLETED)


# The job a person is cancelling with their own text ("Done, Dana: your visit today is
# cancelled."): that text tells the customer, so the office's notice would say it twice.
_CANCELLED_IN_PERSONS_WORDS: ContextVar[int | None] = ContextVar("cancelled_in_persons_words", default=None)


@contextmanager
def cancelled_in_a_persons_words(job: Job) -> Iterator[None]:
    """Within this block, cancelling `job` sends no cancellation notice: a person's text does."""
    reset = _CANCELLED_IN_PERSONS_WORDS.set(job.pk)
    try:
        yield
    finally:
        _CANCELLED_IN_PERSONS_WORDS.reset(reset)


def on_cancelled(sender: object, *, job: Job, **kwargs: object) -> None:
    if _CANCELLED_IN_PERSONS_WORDS.get() == job.pk:
        return
    notify(job=job, kind=Kind.CANCELLED)


RECEIVERS: dict[Signal, object] = {
    signals.job_scheduled: on_scheduled,
    signals.window_changed: on_window_changed,
    signals.job_en_route: on_en_route,
    signals.eta_changed: on_eta_changed,
    signals.job_delayed: on_delayed,
    signals.job_arrived: on_arrived,
    signals.job_completed: on_completed,
    signals.job_cancelled: on_cancelled,
}


def connect() -> None:
    """Listen to the job's events, and have the outbox drop held notices that no longer apply."""
    register_still_applies(still_applies)
    for signal, receiver in RECEIVERS.items():
        signal.connect(receiver, sender=Job, dispatch_uid=f"messaging.notify.notices.{receiver.__name__}")


def sample_text(*, body: str, kind: str, language: str, business: BusinessSettings) -> str:
    """`body` filled with sample values (tomorrow 1-3 pm in the business's zone), for the admin."""
    zone = timezone.get_default_timezone()
    start = local_at(timezone.now(), zone=zone, at=time(13), days=1)
    return fill(
        body,
        kind=kind,
        language=language,
        business=business,
        customer_first_name=SAMPLE["customer_first_name"],
        technician_first_name=SAMPLE["technician_first_name"],
        window=timefmt.window(start, start + timedelta(hours=2), zone, language),
        eta=SAMPLE["eta"],
        moved_by_business=True,
    )
