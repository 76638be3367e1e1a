"""The worker's reads compiled once per database give what the ORM's querysets give."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from fieldservice.models import Job, JobStatus
from messaging.inbound.pipeline import stored_text
from messaging.inbound.understand import find_job
from messaging.models import Cause, Direction, Message, MessageStatus
from tests.factories import CustomerFactory, SiteFactory, TechnicianFactory, book_job

pytestmark = pytest.mark.django_db


def inbound(**values: object) -> Message:
    return Message.objects.create(
        direction=Direction.INBOUND,
        status=MessageStatus.RECEIVED,
        cause=Cause.CUSTOMER,
        body="running late",
        media_urls=["https://example.com/a.jpg"],
        interpretation=None,
        **values,
    )


def test_the_stored_text_is_the_orms_with_its_customer():
    customer = CustomerFactory(phone="+14155550123", language="es")
    message = inbound(customer=customer, phone="+14155550123")
    read = stored_text(message.pk)
    expected = Message.objects.select_related("customer").get(pk=message.pk)
    for field in Message._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(expected, field.attname), field.name
    assert read.created_at.tzinfo is not None  # converted as the ORM converts (SQLite stores text)
    assert read.media_urls == ["https://example.com/a.jpg"]
    assert str(read.phone) == "+14155550123"
    assert not read._state.adding
    with CaptureQueriesContext(connection) as queries:
        assert (read.customer, read.customer.language) == (customer, "es")
    assert len(queries) == 0  # read with the text


def test_a_strangers_text_has_no_customer_and_an_outbound_or_missing_one_is_not_found():
    stranger = inbound(phone="+16285550199")
    read = stored_text(stranger.pk)
    with CaptureQueriesContext(connection) as queries:
        assert read.customer is None
    assert len(queries) == 0
    outbound = Message.objects.create(
        direction=Direction.OUTBOUND, status=MessageStatus.SENT, cause=Cause.AUTO_REPLY, phone="+16285550199"
    )
    for missing in (outbound.pk, outbound.pk + 100):
        with pytest.raises(Message.DoesNotExist):
            stored_text(missing)


def test_find_job_reads_the_open_jobs_locked_with_site_and_technician_in_one_statement():
    customer = CustomerFactory()
    technician = TechnicianFactory(first_name="Sam")
    now = timezone.now()
    done = book_job(site=SiteFactory(customer=customer), start=now - timedelta(hours=3))
    Job.objects.filter(pk=done.pk).update(status=JobStatus.COMPLETED)
    later = book_job(site=SiteFactory(customer=customer), start=now + timedelta(days=3))
    today = book_job(
        site=SiteFactory(customer=customer), technician=technician, start=now + timedelta(hours=1)
    )
    book_job(start=now + timedelta(hours=1))  # another customer's
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        found = find_job(customer, now=now)
        assert (found, found.site, found.technician, found.customer) == (
            today,
            today.site,
            technician,
            customer,
        )
        assert found.customer is customer  # the text's own, not read again
    [read] = [query["sql"] for query in queries if query["sql"].startswith("SELECT")]
    if connection.features.has_select_for_update_of:
        assert 'FOR UPDATE OF "fieldservice_job"' in read, read
    with transaction.atomic():
        Job.objects.filter(pk=today.pk).update(status=JobStatus.CANCELLED)
        assert find_job(customer, now=now) == later  # the next upcoming one
        Job.objects.filter(pk=later.pk).update(status=JobStatus.CANCELLED)
        assert find_job(customer, now=now) == done  # else the most recent


def test_phone_numbers_parsed_once_are_each_reads_own_and_the_orms():
    """The compiled reads parse a number once per process; each read still gets its own object,
    equal to the ORM's (a stored number that is not valid keeps its raw text, as the ORM's does)."""
    customer = CustomerFactory(phone="+14155550123")
    first, second = (inbound(customer=customer, phone="+14155550123") for _ in range(2))
    odd = inbound(phone="12345")
    a, b, c = stored_text(first.pk), stored_text(second.pk), stored_text(odd.pk)
    assert a.phone == b.phone == Message.objects.get(pk=first.pk).phone
    assert a.phone is not b.phone and a.phone is not a.customer.phone
    a.phone.raw_input = "changed"
    assert stored_text(first.pk).phone.raw_input == "+14155550123"
    assert c.phone == Message.objects.get(pk=odd.pk).phone and str(c.phone) == "12345"
