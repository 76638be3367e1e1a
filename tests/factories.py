"""Test data. Jobs are booked through `services.job_schedule`, as the app does it."""

from __future__ import annotations

from datetime import datetime, timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from fieldservice import services
from fieldservice.models import Customer, Job, Site, Technician


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's idiom
        if create:
            obj.save()


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    name = factory.Sequence(lambda n: f"Dana Ortiz{n}")
    phone = factory.Sequence(lambda n: f"+1415555{n % 10000:04d}")
    language = "en"


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site

    customer = factory.SubFactory(CustomerFactory)
    address = factory.Sequence(lambda n: f"{100 + n} Valencia St, San Francisco, CA")
    timezone = "America/Los_Angeles"
    access_notes = ""


class TechnicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Technician

    user = factory.SubFactory(UserFactory)
    first_name = "Luis"
    phone = "+14155550101"


def book_job(
    *,
    site: Site | None = None,
    technician: Technician | None = None,
    start: datetime | None = None,
    hours: int = 2,
    trade: str = "hvac",
    summary: str = "AC not cooling",
    tasks: list[dict] | None = None,
) -> Job:
    """Book a job the way the dispatcher does; by default two hours from now, tomorrow."""
    site = site or SiteFactory()
    start = start or timezone.now().replace(microsecond=0) + timedelta(days=1)
    return services.job_schedule(
        customer=site.customer,
        site=site,
        technician=technician,
        trade=trade,
        summary=summary,
        window_start=start,
        window_end=start + timedelta(hours=hours),
        tasks=tasks,
        actor="test",
    )
