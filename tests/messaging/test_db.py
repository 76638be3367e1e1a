"""One compiled INSERT taken apart (messaging.db), as the webhook and the outbox use it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models.functions import Now
from django.utils import timezone

from messaging.db import compiled_insert, sql_literal
from messaging.models import Consent

pytestmark = pytest.mark.django_db

FIELDS = [Consent._meta.get_field(name) for name in ("phone", "opted_out", "updated_at")]


def consent_insert():
    return compiled_insert(
        Consent(phone="+14155550100", opted_out=False, updated_at=timezone.now()),
        FIELDS,
        returning=[Consent._meta.pk, Consent._meta.get_field("phone")],
        alias=connection.alias,
    )


def test_the_insert_is_split_around_one_placeholder_a_field():
    insert = consent_insert()
    assert insert.head.rstrip().endswith("VALUES")
    assert insert.placeholders == ["%s", "%s", "%s"]
    assert "RETURNING" in insert.tail.upper()
    assert insert.sql() == insert.with_columns(["%s"] * 3)


def test_the_row_repeats_for_many_rows_and_a_repeated_key_is_ignored():
    insert, now = consent_insert(), timezone.now()
    rows = [("+14155550101", True, now), ("+14155550102", False, now), ("+14155550101", False, now)]
    with connection.cursor() as cursor:
        cursor.execute(insert.sql(2), [value for row in rows[:2] for value in row])
        written = cursor.fetchall()
        cursor.execute(insert.sql(1), list(rows[2]))  # the phone is unique: nothing written
        again = cursor.fetchall()
    assert [phone for _, phone in written] == ["+14155550101", "+14155550102"]
    assert again == []
    assert Consent.objects.get(phone="+14155550101").opted_out


def test_a_column_may_be_an_expression_in_place_of_its_placeholder():
    insert = consent_insert()
    columns = insert.placeholders
    columns[1] = "(1 = 1)"
    with connection.cursor() as cursor:
        cursor.execute(insert.with_columns(columns), ["+14155550103", timezone.now()])
    assert Consent.objects.get(phone="+14155550103").opted_out


def test_a_field_the_orm_does_not_write_as_a_placeholder_is_refused():
    template = Consent(phone="+14155550100", opted_out=False, updated_at=Now())  # SQL, no placeholder
    with pytest.raises(ImproperlyConfigured, match="VALUES"):
        compiled_insert(template, FIELDS, returning=[Consent._meta.pk], alias=connection.alias)


@pytest.mark.parametrize(
    ("value", "written"),
    [(None, "NULL"), (0, "0"), (12, "12"), ("", "''"), ("received", "'received'"), ("GSM-7", "'GSM-7'")],
)
def test_a_plain_constant_is_written_inline(value, written):
    assert sql_literal(value) == written


@pytest.mark.parametrize(
    "value", [True, False, "it's", "100%", "a b", "x'; DROP TABLE t; --", 1.5, [], timezone.now()]
)
def test_anything_else_stays_a_parameter(value):
    assert sql_literal(value) is None


def test_a_plain_constant_reads_back_as_itself():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {sql_literal('GSM-7')}, {sql_literal(7)}, {sql_literal(None)}")  # noqa: S608
        assert cursor.fetchone() == ("GSM-7", 7, None)
