"""Whether a phone number may be texted, and the history of how that changed."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Exists
from django.utils import timezone

from messaging.models import Consent, ConsentChange, Message


def is_opted_out(phone: str) -> bool:
    return Consent.objects.filter(phone=phone, opted_out=True).exists()


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
