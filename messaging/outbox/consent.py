"""Whether a phone number may be texted, and the history of how that changed."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db import connections, router, transaction
from django.db.models import Exists
from django.utils import timezone

from messaging.db import compiled_insert
from messaging.models import Consent, ConsentChange, Message

_PHONE = Consent._meta.get_field("phone")


@functools.lru_cache(maxsize=4096)
def phone_as_stored(phone: str) -> object:
    """`phone` as the consent table stores it (E.164 when it is a valid number, else as given),
    which PhoneNumberField works out by parsing and validating the number: cached, as the same
    numbers come back again and again."""
    return _PHONE.get_prep_value(phone)


@functools.cache
def _opted_out_sql(alias: str) -> str:
    """The read of `is_opted_out`, written once per database from the model's names."""
    quote = connections[alias].ops.quote_name
    phone, opted_out = (quote(Consent._meta.get_field(name).column) for name in ("phone", "opted_out"))
    # Only the model's own names are written into the SQL; the phone is a parameter.
    return f"SELECT 1 FROM {quote(Consent._meta.db_table)} WHERE {phone} = %s AND {opted_out} LIMIT 1"  # noqa: S608


def is_opted_out(phone: str) -> bool:
    """Whether `phone` opted out. Read on every consent keyword and every text the outbox writes:
    one statement written once, not a queryset built and compiled each time (several times the
    database's own time for it)."""
    connection = connections[router.db_for_read(Consent)]
    with connection.cursor() as cursor:
        cursor.execute(_opted_out_sql(connection.alias), [phone_as_stored(str(phone))])
        return cursor.fetchone() is not None


def opted_out(phone: object) -> Exists:
    """`is_opted_out` as an expression (`phone` may be an OuterRef), to read with the row it gates."""
    return Exists(Consent.objects.filter(phone=phone, opted_out=True))


def consent_change(
    *, phone: str, opted_out: bool, source: str, message: Message | None = None
) -> ConsentChange | None:
    """Opt `phone` out (or back in) and keep the history; None when it already was, so a repeated
    STOP changes nothing and earns no second confirmation. The number's row is made (may text) if
    it has none, and locked while it is read and changed, so two racing keywords change it once.
    Written once per database, not built through the ORM for every keyword the webhook answers."""
    connection = connections[router.db_for_write(Consent)]
    stored, now = phone_as_stored(phone), timezone.now()
    statements = _consent_sql(connection.alias)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute(statements.make_row, [stored, False, _UPDATED_AT.get_db_prep_save(now, connection)])
        if cursor.fetchone() is None:  # the number had its row: lock it and read it
            cursor.execute(statements.lock_and_read, [stored])
            [was_opted_out] = cursor.fetchone()
            if bool(was_opted_out) == opted_out:
                return None
        elif not opted_out:  # a new row says "may text" already
            return None
        cursor.execute(statements.change, [opted_out, _UPDATED_AT.get_db_prep_save(now, connection), stored])
        return ConsentChange.objects.create(
            phone=phone, opted_out=opted_out, source=source, message=message, created_at=now
        )


_UPDATED_AT = Consent._meta.get_field("updated_at")


@dataclass(frozen=True)
class _ConsentStatements:
    make_row: str  # (phone, opted_out, updated_at): a row unless the number has one; RETURNING id
    lock_and_read: str  # (phone): opted_out, the row locked where the database can
    change: str  # (opted_out, updated_at, phone)


@functools.cache
def _consent_sql(alias: str) -> _ConsentStatements:
    connection = connections[alias]
    quote = connection.ops.quote_name
    table = quote(Consent._meta.db_table)
    phone, opted_out, updated_at = (
        quote(Consent._meta.get_field(name).column) for name in ("phone", "opted_out", "updated_at")
    )
    make_row = compiled_insert(
        Consent(phone="+14155550100", updated_at=timezone.now()),
        [_PHONE, Consent._meta.get_field("opted_out"), _UPDATED_AT],
        returning=[Consent._meta.pk],
        alias=alias,
    ).sql()
    # SQLite has no FOR UPDATE: its write transactions (IMMEDIATE) hold the whole database.
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    # Only the model's own names are written into the SQL; every value is a parameter.
    return _ConsentStatements(
        make_row=make_row,
        lock_and_read=f"SELECT {opted_out} FROM {table} WHERE {phone} = %s{lock}",  # noqa: S608
        change=f"UPDATE {table} SET {opted_out} = %s, {updated_at} = %s WHERE {phone} = %s",  # noqa: S608
    )
