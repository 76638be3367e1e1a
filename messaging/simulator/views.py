"""The phone simulator: text as a demo customer without a Twilio account.

Available while the outbox backend is on, to staff (or anyone in DEBUG). A typed reply is
posted, signed, through the inbound webhook's own code (`webhooks.process_inbound`).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from twilio.request_validator import RequestValidator

from fieldservice.models import Customer
from messaging.inbound.webhook import process_inbound, public_url, signing_token, simulator_enabled
from messaging.models import Message
from messaging.outbox.segments import count_segments

THREAD_LENGTH = 50
SIMULATOR_TO = "+15005550006"  # Twilio's test "from" number, when no real number is configured


def _check_allowed(request: HttpRequest) -> None:
    if not simulator_enabled() or not (settings.DEBUG or request.user.is_staff):
        raise Http404("The phone simulator runs only with the outbox SMS backend, for staff.")


def twilio_post(*, customer: Customer, body: str) -> dict[str, str]:
    """The fields Twilio posts for a text from `customer`."""
    sid = f"SM{uuid.uuid4().hex}"
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": body,
        "To": settings.TWILIO_FROM_NUMBER or SIMULATOR_TO,
        "NumSegments": str(count_segments(body).segments),
        "MessageSid": sid,
        "AccountSid": settings.TWILIO_ACCOUNT_SID or f"AC{'0' * 32}",
        "From": str(customer.phone),
        "ApiVersion": "2010-04-01",
    }


def phone_list(request: HttpRequest) -> HttpResponse:
    _check_allowed(request)
    customers = Customer.objects.order_by("name")[:100]
    return render(request, "messaging/simulator/list.html", {"customers": customers})


def _thread(customer: Customer) -> list[Message]:
    """Newest first: the page lays it out bottom-up (column-reverse), so it opens on the newest text."""
    return list(Message.objects.filter(phone=customer.phone).order_by("-created_at", "-pk")[:THREAD_LENGTH])


def _context(customer: Customer) -> dict:
    """The thread, with times on the customer's own clock (their newest site's zone), as their
    phone shows them."""
    site = customer.sites.order_by("-pk").first()
    return {"customer": customer, "thread": _thread(customer), "zone": site.timezone if site else None}


def phone(request: HttpRequest, customer_id: int) -> HttpResponse:
    _check_allowed(request)
    customer = get_object_or_404(Customer, pk=customer_id)
    if request.method == "POST" and (body := request.POST.get("body", "").strip()):
        url = public_url(reverse("sms:inbound"))
        fields = twilio_post(customer=customer, body=body)
        signature = RequestValidator(signing_token()).compute_signature(url, fields)
        process_inbound(url=url, fields=fields, signature=signature)
        if not request.htmx:
            return redirect("sms:simulator-phone", customer_id=customer.pk)
    if request.htmx:
        return render(request, "messaging/simulator/_thread.html", _context(customer))
    return render(request, "messaging/simulator/phone.html", _context(customer))


def thread(request: HttpRequest, customer_id: int) -> HttpResponse:
    _check_allowed(request)
    customer = get_object_or_404(Customer, pk=customer_id)
    return render(request, "messaging/simulator/_thread.html", _context(customer))
