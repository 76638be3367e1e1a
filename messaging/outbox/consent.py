"""Whether a phone number may be texted, and the history of how that changed."""

from __future__ import annotations

import functools

from django.db import connections, router, transaction
from django.db.models import Exists
from django.utils import timezone

from messaging.models import Consent, ConsentChange, Message


@functools.cache
def _opted_out_sql(alias: str) -> str:
    """The read of `is_opted_out`, written once per database from the model's names: every text
    the outbox writes makes it, and built by the ORM each time it cost about a millisecond."""
    quote = connections[alias].ops.quote_name
    phone, opted_out = (quote(Consent._meta.get_field(name).column) for name in ("phone", "opted_out"))
    # Only the model's own names are written into the SQL; the number is a parameter.
    return f"SELECT 1 FROM {quote(Consent._meta.db_table)} WHERE {phone} = %s AND {opted_out}"  # noqa: S608


def is_opted_out(phone: str) -> bool:
    connection = connections[router.db_for_read(Consent)]
    number = Consent._meta.get_field("phone").get_db_prep_value(phone, connection)  # as the ORM stores it
    with connection.cursor() as cursor:
        cursor.execute(_opted_out_sql(connection.alias), [number])
        return cursor.fetchone() is not None


def opted_out(phone: object) -> Exists:
    """`is_opted_out` as an expression (`phone` may be an OuterRef), to read with the row it gates."""
    return Exists(Consent.objects.filter(phone=phone, opted_out=True))


def consent_change(
    *, phone: str, opted_out: bool, source: str, message: Message | None = None
) -> ConsentChange | None:
    """Opt `phone` out (or back in) and keep the history; None when it already was, so a repeated
    STOP changes nothing and earns no second confirmation."""
    with transaction.atomic():
        consent, _ = Consent.objects.select_for_update().get_or_create(phone=phone)
        if consent.opted_out == opted_out:
            return None
        now = timezone.now()
        consent.opted_out, consent.updated_at = opted_out, now
        consent.save(update_fields=["opted_out", "updated_at"])
        return ConsentChange.objects.create(
            phone=phone, opted_out=opted_out, source=source, message=message, created_at=now
        )
