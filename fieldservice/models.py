"""The domain of field work: who is visited, where, by whom, when, and what is done there.

State changes go through `fieldservice.services`; models only validate and describe.
"""

from __future__ import annotations

import functools
from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from .timefmt import clock


def validate_timezone(value: str) -> None:
    """Accept only IANA zone names, so every local time we show or parse is real."""
    if value not in _known_timezones():
        raise ValidationError(f"“{value}” is not a known IANA time zone (for example America/Chicago).")


@functools.cache
def _known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


class Language(models.TextChoices):
    ENGLISH = "en", "English"
    SPANISH = "es", "Spanish"


class Trade(models.TextChoices):
    HVAC = "hvac", "HVAC"
    PLUMBING = "plumbing", "Plumbing"
    ELECTRICAL = "electrical", "Electrical"
    APPLIANCE = "appliance", "Appliance repair"
    LOCKSMITH = "locksmith", "Locksmith"
    GARAGE_DOOR = "garage_door", "Garage door"
    PEST = "pest", "Pest control"
    ROOFING = "roofing", "Roofing"


class Customer(models.Model):
    name = models.CharField(max_length=120)
    phone = PhoneNumberField(unique=True, help_text="Mobile number; stored in E.164 (+15551234567).")
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.ENGLISH)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


class Site(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="sites")
    address = models.CharField(max_length=255)
    timezone = models.CharField(
        max_length=64, default=settings.TIME_ZONE, validators=[validate_timezone], help_text="IANA name."
    )
    access_notes = models.TextField(blank=True, help_text="Gate code, key, pets, parking.")

    class Meta:
        ordering = ["address"]

    def __str__(self) -> str:
        return self.address

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Technician(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="technician")
    first_name = models.CharField(max_length=60, help_text="How customers are told who is coming.")
    phone = PhoneNumberField(blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["first_name"]

    def __str__(self) -> str:
        return self.first_name


class JobStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CONFIRMED = "confirmed", "Confirmed"
    EN_ROUTE = "en_route", "On the way"
    ON_SITE = "on_site", "On site"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class CustomerState(models.TextChoices):
    ON_TIME = "on_time", "On time"
    LATE = "late", "Running late"
    HOME = "home", "Home"


# Named, not "not completed or cancelled": an IN list seeks the customer's open jobs in the
# (customer, status, window_start) index; a NOT IN read every job the customer ever had.
OPEN_STATUSES = (JobStatus.SCHEDULED, JobStatus.CONFIRMED, JobStatus.EN_ROUTE, JobStatus.ON_SITE)


class JobQuerySet(models.QuerySet):
    def open(self) -> JobQuerySet:
        return self.filter(status__in=OPEN_STATUSES)

    def on_local_day(self, day_start: datetime, day_end: datetime) -> JobQuerySet:
        """Jobs whose window overlaps [day_start, day_end)."""
        return self.filter(window_start__lt=day_end, window_end__gt=day_start)


class Job(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="jobs")
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="jobs")
    technician = models.ForeignKey(
        Technician, on_delete=models.SET_NULL, null=True, blank=True, related_name="jobs"
    )
    trade = models.CharField(max_length=20, choices=Trade.choices)
    summary = models.CharField(max_length=200)
    window_start = models.DateTimeField(help_text="Arrival window start (stored in UTC).")
    window_end = models.DateTimeField(help_text="Arrival window end (stored in UTC).")
    window_version = models.PositiveIntegerField(default=1, editable=False)
    status = models.CharField(max_length=20, choices=JobStatus.choices, default=JobStatus.SCHEDULED)
    technician_eta = models.DateTimeField(null=True, blank=True)
    customer_state = models.CharField(
        max_length=10, choices=CustomerState.choices, default=CustomerState.ON_TIME
    )
    customer_expected_at = models.DateTimeField(
        null=True, blank=True, help_text="When a late customer says they will be there."
    )
    needs_attention = models.BooleanField(default=False)
    attention_reason = models.CharField(max_length=255, blank=True)
    urgent = models.BooleanField(default=False)
    customer_rating = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="The customer's 1-5 answer to the feedback request.",
    )
    rated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["window_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(window_end__gt=F("window_start")), name="job_window_end_after_start"
            ),
            models.CheckConstraint(
                condition=Q(customer_rating__isnull=True) | Q(customer_rating__range=(1, 5)),
                name="job_customer_rating_1_to_5",
            ),
        ]
        indexes = [
            models.Index(fields=["technician", "window_start"]),
            models.Index(fields=["status", "window_start"]),
            models.Index(fields=["needs_attention", "window_start"]),
            # A customer's jobs by time: which job an inbound text is about.
            models.Index(fields=["customer", "window_start"], name="job_customer_window"),
            # A customer's open jobs (the worker's find_job for every text), however many old ones
            # they have: SQLite ignores a partial index when the statuses come as parameters.
            models.Index(fields=["customer", "status", "window_start"], name="job_customer_open"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_trade_display()}: {self.summary}"

    def clean(self) -> None:
        if self.window_start and self.window_end and self.window_end <= self.window_start:
            raise ValidationError({"window_end": "The window must end after it starts."})
        if self.site_id and self.customer_id and self.site.customer_id != self.customer_id:
            raise ValidationError({"site": "This site belongs to another customer."})

    @property
    def zone(self) -> ZoneInfo:
        return self.site.zone

    @property
    def local_window_start(self) -> datetime:
        return timezone.localtime(self.window_start, self.zone)

    @property
    def local_window_end(self) -> datetime:
        return timezone.localtime(self.window_end, self.zone)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def customer_state_in_words(self) -> str:
        """'running late, expected 2:35 pm', 'home', 'on time' (times in the site's zone)."""
        if self.customer_state == CustomerState.LATE and self.customer_expected_at:
            return f"running late, expected {clock(self.customer_expected_at, self.zone)}"
        return self.get_customer_state_display().lower()


class Task(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="tasks")
    name = models.CharField(max_length=120)
    minutes = models.PositiveSmallIntegerField(default=15)
    needs_customer = models.BooleanField(
        default=True,
        help_text="Inside the home or needs the homeowner. Off for exterior, truck or paperwork.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class TaskTemplate(models.Model):
    """A trade's default checklist line, copied onto each new job of that trade."""

    trade = models.CharField(max_length=20, choices=Trade.choices)
    name = models.CharField(max_length=120)
    minutes = models.PositiveSmallIntegerField(default=15)
    needs_customer = models.BooleanField(default=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["trade", "order"]
        constraints = [models.UniqueConstraint(fields=["trade", "name"], name="task_template_unique_name")]

    def __str__(self) -> str:
        return f"{self.get_trade_display()}: {self.name}"


class JobEvent(models.Model):
    """Append-only log of what happened to a job and who did it."""

    class Kind(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CONFIRMED = "confirmed", "Confirmed"
        WINDOW_CHANGED = "window_changed", "Window changed"
        REASSIGNED = "reassigned", "Reassigned"
        EN_ROUTE = "en_route", "On the way"
        ETA_CHANGED = "eta_changed", "ETA changed"
        DELAYED = "delayed", "Delayed"
        ARRIVED = "arrived", "Arrived"
        COMPLETED = "completed", "Completed"
        CANCELLED = "cancelled", "Cancelled"
        CUSTOMER_LATE = "customer_late", "Customer running late"
        CUSTOMER_HOME = "customer_home", "Customer home"
        ATTENTION = "attention", "Needs attention"
        ATTENTION_CLEARED = "attention_cleared", "Attention cleared"
        TASK_DONE = "task_done", "Task done"
        NOTE = "note", "Note"
        RATED = "rated", "Rated by the customer"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    actor = models.CharField(
        max_length=120, blank=True, help_text="Who did it: a user, 'customer' or 'system'."
    )
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"
