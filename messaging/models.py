"""Everything said to and by customers: the outbox/inbox, consent, templates, business settings."""

from __future__ import annotations

import copy
import time as clock
from datetime import time
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.base import ModelState
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField


class Direction(models.TextChoices):
    OUTBOUND = "out", "Outbound"
    INBOUND = "in", "Inbound"


class MessageStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    DELIVERED = "delivered", "Delivered"
    UNDELIVERED = "undelivered", "Undelivered"
    FAILED = "failed", "Failed"
    REFUSED = "refused", "Not sent (refused)"
    RECEIVED = "received", "Received"


class Cause(models.TextChoices):
    NOTIFICATION = "notification", "Proactive update"
    TECHNICIAN = "technician", "Technician reply"
    DISPATCHER = "dispatcher", "Dispatcher reply"
    AUTO_REPLY = "auto_reply", "Automatic reply"
    CONSENT = "consent", "Consent confirmation"
    CUSTOMER = "customer", "Customer message"


class MessageQuerySet(models.QuerySet):
    def outbound(self) -> MessageQuerySet:
        return self.filter(direction=Direction.OUTBOUND)

    def inbound(self) -> MessageQuerySet:
        return self.filter(direction=Direction.INBOUND)


class Message(models.Model):
    """One SMS, either way. An outbound row is written before anything is sent (the outbox)."""

    direction = models.CharField(max_length=3, choices=Direction.choices)
    customer = models.ForeignKey(
        "fieldservice.Customer", on_delete=models.SET_NULL, null=True, blank=True, related_name="messages"
    )
    job = models.ForeignKey(
        "fieldservice.Job", on_delete=models.SET_NULL, null=True, blank=True, related_name="messages"
    )
    phone = PhoneNumberField(help_text="The customer's number (To when outbound, From when inbound).")
    body = models.TextField(blank=True)
    media_urls = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=12, choices=MessageStatus.choices, default=MessageStatus.QUEUED)
    cause = models.CharField(max_length=12, choices=Cause.choices)
    notification_kind = models.CharField(max_length=30, blank=True)
    dedupe_key = models.CharField(
        max_length=120,
        null=True,
        blank=True,
        unique=True,
        help_text="One message per job and occasion (e.g. job:12:reminder:v2); null when not deduplicated.",
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    provider_sid = models.CharField(max_length=64, null=True, blank=True, unique=True)
    error_code = models.CharField(max_length=16, blank=True)
    error_message = models.CharField(max_length=255, blank=True)
    segments = models.PositiveSmallIntegerField(default=1)
    encoding = models.CharField(max_length=5, default="GSM-7")
    attempts = models.PositiveSmallIntegerField(default=0)
    send_after = models.DateTimeField(null=True, blank=True, help_text="Held until then (quiet hours).")
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    interpretation = models.JSONField(null=True, blank=True)
    handled_at = models.DateTimeField(
        null=True, blank=True, help_text="When a person or the bot answered it."
    )
    # The webhook's reading of consent in an inbound text, stored with it: the worker acts on this
    # decision, not on one made again later, when the customer's consent may have changed (a "YES"
    # that confirmed a visit, then STOP: the YES must not opt them back in). NULL, not "": a text
    # stored another way (outbound, or before this column) has no decision, and "" is one ("none").
    consent_keyword = models.CharField(  # noqa: DJ001
        max_length=16,
        null=True,
        blank=True,
        help_text="Consent keyword the webhook read in this text (opt_out, opt_in, help; empty: none).",
    )
    flagged = models.BooleanField(default=False, help_text="Needs the dispatcher (e.g. unknown sender).")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["job", "created_at"]),
            models.Index(fields=["customer", "created_at"]),
            # A phone's thread and its last outbound text (the interpreter's context), newest first.
            models.Index(fields=["phone", "created_at"], name="message_phone_time"),
            # The last text we sent a phone before its answer (`last_outbound_before`, every text).
            models.Index(fields=["phone", "direction", "created_at"], name="message_phone_outbound"),
            # Inbound texts the worker has not interpreted yet, for the sweep that re-queues them.
            models.Index(
                fields=["created_at"],
                name="message_inbound_pending",
                condition=Q(direction="in", interpretation__isnull=True),
            ),
            models.Index(
                fields=["status", "next_attempt_at"],
                name="message_outbox_pending",
                condition=Q(status__in=["queued", "sending"]),
            ),
        ]
        permissions = [("resend_message", "Can resend a failed message")]

    def __str__(self) -> str:
        arrow = "→" if self.direction == Direction.OUTBOUND else "←"
        return f"{arrow} {self.phone}: {self.body[:40]}"


class Consent(models.Model):
    """Whether a phone number may be texted, now. History lives in `ConsentChange`."""

    phone = PhoneNumberField(unique=True)
    opted_out = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.phone}: {'opted out' if self.opted_out else 'may text'}"


class ConsentChange(models.Model):
    class Source(models.TextChoices):
        KEYWORD = "keyword", "Keyword (STOP/START)"
        WORDS = "words", "Request in words"
        CARRIER = "carrier", "Carrier or Twilio: number unsubscribed"
        ADVANCED_OPT_OUT = "advanced", "Twilio Advanced Opt-Out"
        DISPATCHER = "dispatcher", "Dispatcher"

    phone = PhoneNumberField(db_index=True)
    opted_out = models.BooleanField()
    source = models.CharField(max_length=12, choices=Source.choices)
    message = models.ForeignKey(Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.phone} {'out' if self.opted_out else 'in'} ({self.get_source_display()})"


class NotificationKind(models.TextChoices):
    SCHEDULED = "scheduled", "Booking confirmation"
    REMINDER = "reminder", "Reminder (day before)"
    MORNING_REMINDER = "morning_reminder", "Reminder (morning of)"
    WINDOW_CHANGED = "window_changed", "Window changed"
    EN_ROUTE = "en_route", "On the way"
    RUNNING_LATE = "running_late", "Technician running late"
    ARRIVED = "arrived", "Arrived"
    COMPLETED = "completed", "Completed"
    REVIEW_REQUEST = "review_request", "Feedback request"
    CANCELLED = "cancelled", "Cancelled"
    ETA_STALE = "eta_stale", "ETA passed, no new one yet"


class NotificationTemplate(models.Model):
    """The words of one notification kind in one language; placeholders like {customer_first_name}."""

    kind = models.CharField(max_length=30, choices=NotificationKind.choices)
    language = models.CharField(max_length=2, choices=[("en", "English"), ("es", "Spanish")])
    body = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "language"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "language"], name="template_one_per_kind_language")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.language})"


# Monday is 0, as in `date.weekday()`; what a new business works until it says otherwise.
WEEKDAY_CHOICES = [
    (0, "Monday"),
    (1, "Tuesday"),
    (2, "Wednesday"),
    (3, "Thursday"),
    (4, "Friday"),
    (5, "Saturday"),
    (6, "Sunday"),
]
DEFAULT_WORK_DAYS = (0, 1, 2, 3, 4, 5)


def default_work_days() -> list[int]:
    return list(DEFAULT_WORK_DAYS)


# Values a caller cannot change in place: a copy may share them.
_UNCHANGEABLE = (str, int, float, bool, type(None), time)


class BusinessSettings(models.Model):
    """The business's own choices; one row, created with defaults on first use."""

    name = models.CharField(max_length=120, default="Field Service Co.")
    reply_phone = PhoneNumberField(blank=True, help_text="Number customers can call.")
    quiet_hours_start = models.TimeField(
        default=time(21, 0), help_text="No routine texts from this local time..."
    )
    quiet_hours_end = models.TimeField(default=time(8, 0), help_text="...until this local time.")
    reminder_time = models.TimeField(default=time(17, 0), help_text="Local time of the day-before reminder.")
    morning_reminder = models.BooleanField(
        default=False, help_text="Also remind on the morning of the visit."
    )
    arrived_enabled = models.BooleanField(
        default=False, help_text="Text the customer when the technician arrives."
    )
    review_link = models.URLField(
        blank=True, help_text="Public review page, sent to every customer who rates us."
    )
    disabled_kinds = models.JSONField(default=list, blank=True, help_text="Notification kinds switched off.")
    advanced_opt_out = models.BooleanField(
        default=False, help_text="Twilio Advanced Opt-Out is on: Twilio confirms STOP/START itself."
    )
    unanswered_minutes = models.PositiveSmallIntegerField(
        default=10, help_text="A customer message unanswered this long needs the dispatcher."
    )
    work_days = models.JSONField(
        default=default_work_days,
        help_text="Days of the week the business goes out on jobs (Monday is 0). Replies that offer "
        "or refuse a day read these.",
    )

    class Meta:
        verbose_name = verbose_name_plural = "business settings"

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        super().save(*args, **kwargs)
        type(self).forget_cached()

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        type(self).forget_cached()
        return super().delete(*args, **kwargs)

    @property
    def work_weekdays(self) -> tuple[int, ...]:
        """The working days as sorted weekday numbers; a row saved with none works the default days."""
        days = sorted({int(d) for d in self.work_days or () if str(d).isdigit() and 0 <= int(d) <= 6})
        return tuple(days) or DEFAULT_WORK_DAYS

    def clean(self) -> None:
        """The day-before reminder must fall outside quiet hours: held until morning, it would say
        "tomorrow" on the day itself."""
        from django.core.exceptions import ValidationError

        start, end, at = self.quiet_hours_start, self.quiet_hours_end, self.reminder_time
        if None in (start, end, at) or start == end:
            return
        quiet = start <= at < end if start < end else (at >= start or at < end)
        if quiet:
            raise ValidationError(
                {
                    "reminder_time": f"{at:%H:%M} is inside quiet hours ({start:%H:%M}-{end:%H:%M}): "
                    "the reminder would wait until morning and say “tomorrow” on the day itself. "
                    "Pick a time outside quiet hours, e.g. 17:00."
                }
            )

    # Read on every text and every notification, changed a few times a year: each process keeps a
    # copy. Saving clears the saving process's copy at once; the others re-read within CACHE_SECONDS.
    CACHE_SECONDS: ClassVar[float] = 10.0
    _cached: ClassVar[tuple[float, BusinessSettings] | None] = None

    @classmethod
    def load(cls) -> BusinessSettings:
        """The settings row (created with defaults on first use), from this process's copy when
        it is fresh. Each caller gets its own copy, so changing one without saving changes nothing."""
        cached = cls._cached
        if cached is None or clock.monotonic() - cached[0] > cls.CACHE_SECONDS:
            settings_row, _ = cls.objects.get_or_create(pk=1)
            cached = cls._cached = (clock.monotonic(), settings_row)
        return cached[1].own_copy()

    def own_copy(self) -> BusinessSettings:
        """A copy of this row that shares nothing a caller could change: the instance and its state
        are copied, and only its mutable values (the JSON lists, the phone number) deeply. A whole
        deepcopy walked every value and cost ten times as much, on every text and notification."""
        twin = type(self).__new__(type(self))
        state = vars(twin)["_state"] = ModelState()  # its own: no relation cached (it has none)
        state.db, state.adding = self._state.db, self._state.adding
        for name, value in vars(self).items():
            if name != "_state":
                vars(twin)[name] = value if isinstance(value, _UNCHANGEABLE) else copy.deepcopy(value)
        return twin

    @classmethod
    def forget_cached(cls) -> None:
        """Read the row afresh on the next `load` (after a save, or a test's rollback)."""
        cls._cached = None


class PromiseQuerySet(models.QuerySet):
    def open(self) -> PromiseQuerySet:
        return self.filter(kept_at__isnull=True, void=False)


class Promise(models.Model):
    """A follow-up a text promised the customer ("We'll text when Maya is on the way", "we'll text
    the new time as soon as we have it"). It is owed whatever caps apply: caps limit repetition of
    the same news, never the news a customer was told to expect. Kept by the first later text that
    carries the news (or news that supersedes it: the visit moved, was cancelled, the technician is
    at the door); void when the promising text itself never reached the customer."""

    class Owed(models.TextChoices):
        ON_THE_WAY = "on_the_way", "A text when the technician is on the way"
        NEW_TIME = "new_time", "A text with the new time"

    job = models.ForeignKey("fieldservice.Job", on_delete=models.CASCADE, related_name="promises")
    owed = models.CharField(max_length=20, choices=Owed.choices)
    made_by = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="promises_made")
    made_at = models.DateTimeField(default=timezone.now)
    kept_by = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="promises_kept"
    )
    kept_at = models.DateTimeField(null=True, blank=True)
    void = models.BooleanField(default=False, help_text="The promising text never reached the customer.")

    objects = PromiseQuerySet.as_manager()

    class Meta:
        ordering = ["made_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["made_by", "owed"], name="promise_once_per_text")]
        indexes = [models.Index(fields=["job", "kept_at"])]

    def __str__(self) -> str:
        state = "kept" if self.kept_at else "void" if self.void else "open"
        return f"Job {self.job_id}: {self.get_owed_display()} ({state})"


class LateWatch(models.Model):
    """Since when the day's forecast has put a job past its window: a late text goes only when
    the forecast has stayed late for a few minutes, not on one sweep's blip."""

    job = models.OneToOneField("fieldservice.Job", on_delete=models.CASCADE, related_name="late_watch")
    late_since = models.DateTimeField()
    expected_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Job {self.job_id} late since {self.late_since:%H:%M}"
