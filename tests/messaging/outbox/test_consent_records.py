"""Consent as the outbox records it (messaging.outbox.consent): the row a number has, its history,
and the read every text makes, whatever form the number is written in."""

from __future__ import annotations

import pytest

from messaging.models import Consent, ConsentChange
from messaging.outbox.consent import consent_change, is_opted_out

pytestmark = pytest.mark.django_db
PHONE = "+14155550123"
KEYWORD = ConsentChange.Source.KEYWORD


def test_a_stop_from_a_new_number_opts_it_out_once_with_its_history():
    change = consent_change(phone=PHONE, opted_out=True, source=KEYWORD)
    assert (change.phone, change.opted_out, change.source) == (PHONE, True, KEYWORD)
    assert consent_change(phone=PHONE, opted_out=True, source=KEYWORD) is None  # already so
    assert is_opted_out(PHONE)
    assert ConsentChange.objects.count() == 1
    assert Consent.objects.get().updated_at == change.created_at


def test_a_start_from_a_number_never_opted_out_changes_nothing_but_gives_it_a_row():
    assert consent_change(phone=PHONE, opted_out=False, source=KEYWORD) is None
    assert not Consent.objects.get(phone=PHONE).opted_out
    assert not ConsentChange.objects.exists()


def test_opting_back_in_is_recorded_and_lets_the_number_be_texted():
    consent_change(phone=PHONE, opted_out=True, source=KEYWORD)
    change = consent_change(phone=PHONE, opted_out=False, source=ConsentChange.Source.DISPATCHER)
    assert change is not None and not change.opted_out
    assert not is_opted_out(PHONE)
    assert list(ConsentChange.objects.order_by("pk").values_list("opted_out", flat=True)) == [True, False]


@pytest.mark.parametrize("written", [PHONE, "(415) 555-0123", "415-555-0123", "+1 415 555 0123"])
def test_a_number_is_read_and_changed_whatever_form_it_is_written_in(written):
    consent_change(phone=written, opted_out=True, source=KEYWORD)
    assert Consent.objects.get().phone == PHONE
    assert is_opted_out(PHONE) and is_opted_out(written)
    assert consent_change(phone=PHONE, opted_out=True, source=KEYWORD) is None


def test_a_sender_that_is_not_a_number_is_kept_as_given():
    consent_change(phone="MYSHOP", opted_out=True, source=KEYWORD)
    assert is_opted_out("MYSHOP")
    assert not is_opted_out(PHONE)
