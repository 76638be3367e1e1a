"""A journey through the real stack: the customer's phone posts signed webhooks, the worker takes
its tasks from the django-q2 queue, the technician and the dispatcher use their pages, and the
customer reads what arrived in the phone simulator. Nothing here writes what a journey should
produce; set-up (booking the visit) goes through `services`, as the dispatcher's booking does."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.module_loading import import_string
from django_q.brokers import get_broker
from django_q.signing import SignedPackage

from fieldservice.models import Job
from messaging import tasks as messaging_tasks
from tests.factories import SiteFactory, TechnicianFactory, UserFactory, book_job
from tests.messaging.twilio_posts import fields, post

ZONES = ("America/Los_Angeles", "America/New_York", "Pacific/Honolulu", "Europe/London")
CLOCKS = {
    "early": time(6, 30),
    "midday": time(12, 0),
    "late-afternoon": time(16, 30),
    "evening": time(21, 30),
}
DAY = date(2026, 6, 10)  # a Wednesday
PHONE = "+14155550123"


@dataclass(frozen=True)
class Moment:
    """Where and when a run happens: a wall-clock time in a zone, and the customer's language."""

    zone: str
    day: date
    clock: time
    language: str
    fold: int = 0  # which of a fall-back night's repeated hours

    @property
    def at(self) -> datetime:
        return datetime.combine(self.day, self.clock, tzinfo=ZoneInfo(self.zone)).replace(fold=self.fold)

    def later(self, minutes: int) -> datetime:
        """`minutes` of real time after the moment (across a DST change, the wall clock jumps)."""
        return (self.at.astimezone(ZoneInfo("UTC")) + timedelta(minutes=minutes)).astimezone(
            ZoneInfo(self.zone)
        )


def matrix(languages=("en", "es")) -> list:
    """Every clock time in every zone, in each language; ids read 'Europe/London-evening-es'."""
    return [
        pytest.param(Moment(zone, DAY, clock, language), id=f"{zone}-{name}-{language}")
        for zone in ZONES
        for name, clock in CLOCKS.items()
        for language in languages
    ]


# The nights the clocks change: the US falls back at 2 am on Sunday, November 1, 2026 (1:00-1:59
# happens twice); the UK springs forward at 1 am on Sunday, March 29, 2026 (1:00-1:59 never happens).
DST_NIGHTS = {
    "us-fall-back": Moment("America/Los_Angeles", date(2026, 11, 1), time(1, 40), "en"),
    "us-fall-back-es": Moment("America/New_York", date(2026, 11, 1), time(1, 50), "es"),
    "uk-spring-forward": Moment("Europe/London", date(2026, 3, 29), time(0, 50), "en"),
}


def dst_nights() -> list:
    return [pytest.param(moment, id=name) for name, moment in DST_NIGHTS.items()]


def visible_words(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


@dataclass
class Stack:
    """The people of one journey and the pages they use."""

    moment: Moment
    capture: object  # pytest-django's django_capture_on_commit_callbacks
    clock: object  # the time_machine traveller placing the run
    technician: object = None
    dispatcher: object = None
    tech: Client = field(default_factory=Client)
    office: Client = field(default_factory=Client)
    phone: Client = field(default_factory=Client)

    def __post_init__(self) -> None:
        self.technician = TechnicianFactory(user=UserFactory(username="luis"), first_name="Luis")
        self.dispatcher = UserFactory(username="dispatch", is_staff=True)
        self.dispatcher.groups.add(Group.objects.get(name="Dispatcher"))
        self.tech.force_login(self.technician.user)
        self.office.force_login(self.dispatcher)

    # --- set-up ------------------------------------------------------------------------------

    def book(
        self,
        start: datetime,
        *,
        hours: int = 2,
        tasks: list[dict] | None = None,
        phone: str = PHONE,
        name: str = "Dana Ortiz",
    ) -> Job:
        """The visit, booked two days ahead through the booking service (set-up, not outcome)."""
        site = SiteFactory(
            customer__name=name,
            customer__phone=phone,
            customer__language=self.moment.language,
            timezone=self.moment.zone,
            access_notes="",
        )
        # Booked two days ahead at noon on the site's clock, outside quiet hours; the booking text
        # settles for a few minutes and goes with the worker's next sweep.
        zone = ZoneInfo(self.moment.zone)
        booked = datetime.combine(start.astimezone(zone).date() - timedelta(days=2), time(12), tzinfo=zone)
        with time_machine.travel(booked, tick=True), self.capture(execute=True):
            job = book_job(site=site, technician=self.technician, start=start, hours=hours, tasks=tasks)
        with time_machine.travel(booked + timedelta(minutes=10), tick=True):
            self.settle()
            with self.capture(execute=True):
                messaging_tasks.sweep()
            self.settle()
        return job

    # --- the stack -----------------------------------------------------------------------------

    def settle(self) -> None:
        """Run what the workers would: every queued task, and what their commits queue in turn."""
        for _ in range(20):
            with self.capture(execute=True) as callbacks:
                ran = run_waiting_tasks()
            if not ran and not callbacks:
                return
        raise AssertionError("the queue never emptied")

    def minutes_pass(self, minutes: int) -> None:
        """Time goes by; the worker's every-minute sweep sends what was held until now."""
        self.clock.shift(timedelta(minutes=minutes))
        with self.capture(execute=True):
            messaging_tasks.sweep()
        self.settle()

    def request(self, client: Client, method: str, url: str, data: dict | None = None):
        """One request as a browser makes it; what it commits reaches the queue, then the worker."""
        with self.capture(execute=True):
            response = getattr(client, method)(url, data or {}, follow=method == "post")
        self.settle()
        assert response.status_code == 200, (url, response.status_code)
        return response

    def customer_texts(self, body: str):
        """A text from the customer's phone: Twilio's signed post to the webhook."""
        with self.capture(execute=True):
            response = post(self.phone, "/sms/inbound", fields("inbound_sms", From=PHONE, Body=body))
        assert response.status_code == 200
        self.settle()
        return response

    # --- the technician --------------------------------------------------------------------------

    def twilio_reports(self, message, status: str) -> None:
        """Twilio's signed status callback for one of our texts ('undelivered_30003', ...)."""
        message.refresh_from_db()
        sid = message.provider_sid
        with self.capture(execute=True):
            response = post(
                self.phone,
                f"/sms/status?message={message.pk}",
                fields(f"status_{status}", MessageSid=sid, SmsSid=sid),
            )
        assert response.status_code in {200, 204}, response.status_code
        self.settle()

    def tech_page(self, job: Job) -> str:
        return self.request(self.tech, "get", reverse("tech:job", args=[job.pk])).content.decode()

    def tech_day(self) -> str:
        return self.request(self.tech, "get", reverse("tech:jobs")).content.decode()

    def tech_status(self, job: Job, action: str, **extra: str) -> str:
        response = self.request(
            self.tech, "post", reverse("tech:job_status", args=[job.pk]), {"action": action, **extra}
        )
        return response.content.decode()

    def card(self, job: Job) -> str:
        page = self.tech_page(job)
        match = re.search(r'<section class="card prompt[^"]*" id="prompt-card".*?</section>', page, re.S)
        assert match, "no prompt card on the technician's page"
        return match.group(0)

    def tap_first_reply(self, job: Job, *, card: str | None = None) -> tuple[str, str]:
        """Tap the card's first one-tap reply, as the page's form posts it; returns (text, flash).
        `card`: a card read earlier, for a tap from a page left open (stale)."""
        card = card or self.card(job)
        form = re.search(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', card, re.S)
        assert form, "the card offers no reply to tap"
        values = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.group(2)))
        data = {name: unescape(value) for name, value in values.items() if name != "csrfmiddlewaretoken"}
        response = self.request(self.tech, "post", unescape(form.group(1)), data)
        return data["text"], flash(response)

    # --- the dispatcher ------------------------------------------------------------------------

    def queue(self) -> str:
        return self.request(
            self.office, "get", reverse("admin:messaging_conversation_changelist")
        ).content.decode()

    def board(self) -> str:
        return self.request(
            self.office, "get", reverse("admin:messaging_todayboard_changelist")
        ).content.decode()

    def conversation(self, job: Job):
        return self.request(self.office, "get", reverse("admin:messaging_conversation_change", args=[job.pk]))

    # --- the customer's phone ----------------------------------------------------------------------

    def phone_thread(self, job: Job) -> str:
        """The customer's thread in the phone simulator, as the customer's phone shows it."""
        url = reverse("sms:simulator-phone", args=[job.customer_id])
        return visible_words(self.request(self.office, "get", url).content.decode())


def run_waiting_tasks() -> int:
    """Run the tasks waiting in this run's django-q2 queue, as a worker takes them; returns how
    many ran. Unlike a worker it does not wait on an empty queue (the database broker polls)."""
    broker, ran = get_broker(), 0
    while broker.queue_size():
        if not (taken := broker.dequeue()):
            break  # a task enqueued this very instant of a frozen clock is not due yet
        for ack_id, payload in taken:
            task = SignedPackage.loads(payload)
            function = task["func"] if callable(task["func"]) else import_string(task["func"])
            function(*task["args"], **task["kwargs"])
            broker.acknowledge(ack_id)
            ran += 1
    return ran


def flash(response) -> str:
    return " ".join(str(message) for message in response.context["messages"]) if response.context else ""
