"""Twilio's webhooks skip the middleware they do not use.

Twilio posts every text and every delivery status to two addresses, signed, without cookies,
without a session, a user, a CSRF token, flash messages, htmx or static files. Running the
browser's middleware (sessions, CSRF, auth, messages, axes, htmx, WhiteNoise) and the URL
resolver for each post was a good part of the webhook's CPU. This middleware sits right after
SecurityMiddleware (which still adds its headers and redirects plain HTTP when the site is
HTTPS) and hands the two webhook paths straight to their views; every other path goes on
through the whole stack untouched.

What the skipped middleware did that a webhook still needs is kept here: the host check
(ALLOWED_HOSTS, a 400 otherwise, as CommonMiddleware's get_host() would) and X-Frame-Options.
The views keep their own checks: POST only, Twilio's signature (403), the shape of a status (400).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from messaging.inbound import webhook

View = Callable[[HttpRequest], HttpResponse]


def webhook_views() -> dict[str, View]:
    """The webhook paths as the URLconf spells them (with the script prefix), and their views."""
    return {reverse("sms:inbound"): webhook.inbound, reverse("sms:status"): webhook.status}


class TwilioWebhookShortcut:
    """Answer Twilio's two webhook paths at once; pass every other request on."""

    def __init__(self, get_response: View) -> None:
        self.get_response = get_response
        self.views: dict[str, View] | None = None  # resolved on the first request: the URLconf is ready then

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.views is None:
            self.views = webhook_views()
        view = self.views.get(request.path)
        if view is None:
            return self.get_response(request)
        request.get_host()  # ALLOWED_HOSTS: DisallowedHost becomes a 400, as for any other path
        response = view(request)
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response
