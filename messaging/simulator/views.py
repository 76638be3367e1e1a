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

from fieldservice.models import Customer
from messaging.inbound.webhook import process_inbound, public_url, signing_token, simulator_enabled
from messaging.models import Message
from messaging.outbox.segments import count_segments
from messaging.sms.twilio import webhook as twilio

THREAD_LENGTH = 50
SIMULATOR_TO = "+15005550006"  # Twilio's test "from" number, when no real number is configured


def _check_allowed(request: HttpRequest) -> None:
    if not simulator_enabled() or not (settings.DEBUG or request.user.is_staff):
        raise Http404("The phone simulator runs only with the outbox SMS backend, for staff.")


def twilio_post(*, customer: Customer, body: str) -> dict[str, str]:
    """The fields the provider posts for a text from `customer`."""
    return twilio.simulated_post(
        sid=f"SM{uuid.uuid4().hex}",
        sender=str(customer.phone),
        to=settings.TWILIO_FROM_NUMBER or SIMULATOR_TO,
        body=body,
        segments=count_segments(body).segments,
        account_sid=settings.TWILIO_ACCOUNT_SID,
    )


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
        signature = twilio.sign(url=url, fields=fields, token=signing_token())
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
