"""Sends through Twilio's Programmable Messaging API with the official client."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from requests.adapters import HTTPAdapter
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import NewConnectionError

from messaging.sms.base import (
    AMBIGUOUS_CODE,
    AmbiguousSMSError,
    BaseSMSBackend,
    PermanentSMSError,
    RetryableSMSError,
    SMSError,
    is_retryable,
)

TWILIO_API = "https://api.twilio.com"
# Twilio's clock and ours differ a little; a text found by lookup may carry a slightly earlier time.
CLOCK_SKEW = timedelta(minutes=2)
LOOKUP_PAGE = 50


class RedirectingHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client, talking to `base_url` instead of api.twilio.com (a local mock in tests)."""

    def __init__(self, *, base_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args, **kwargs):
        return super().request(method, url.replace(TWILIO_API, self.base_url, 1), *args, **kwargs)


def status_callback_url(reference: str) -> str:
    """Where Twilio reports delivery. It carries our message id: Twilio can report (or the worker
    can die) before the provider's SID is saved, and the report must still find its text."""
    url = settings.PUBLIC_BASE_URL + reverse("sms:status")
    return f"{url}?{urlencode({'message': reference})}" if reference else url


def _error(error: TwilioRestException) -> SMSError:
    code = str(error.code or error.status)
    text = f"Twilio {error.status}: {error.msg}"[:255]
    if error.status == 429 or error.status >= 500 or is_retryable(code):
        return RetryableSMSError(text, code=code)
    return PermanentSMSError(text, code=code)


@functools.lru_cache(maxsize=4)
def _client(account_sid: str, auth_token: str, *, base_url: str, timeout: float) -> Client:
    """One client per configuration and process, so its HTTP session keeps connections to Twilio open."""
    http_client = (
        RedirectingHttpClient(base_url=base_url, timeout=timeout)
        if base_url
        else TwilioHttpClient(timeout=timeout)
    )
    # Deliveries run on SMS_SEND_THREADS threads at once (outbox.deliver_messages): a connection each.
    adapter = HTTPAdapter(pool_maxsize=max(settings.SMS_SEND_THREADS, 10))
    http_client.session.mount("https://", adapter)
    http_client.session.mount("http://", adapter)
    return Client(account_sid, auth_token, http_client=http_client)


def _network_error(error: requests.RequestException) -> SMSError:
    """A connection that was never made sent nothing: retry freely. Anything later (a timeout
    waiting for the answer, a reset after the request was written) may have left the text with
    Twilio: the retry asks Twilio first."""
    if isinstance(error, requests.ConnectTimeout) or (
        isinstance(error, requests.ConnectionError) and _never_connected(error)
    ):
        return RetryableSMSError(f"Could not reach Twilio: {error}"[:255], code="network")
    return AmbiguousSMSError(f"No answer from Twilio: {error}"[:255], code=AMBIGUOUS_CODE)


def _never_connected(error: requests.ConnectionError) -> bool:
    """requests wraps a refused or failed connection as MaxRetryError(reason=NewConnectionError);
    a reset after the request was written arrives as a ProtocolError instead."""
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, NewConnectionError)


class SMSBackend(BaseSMSBackend):
    def __init__(self) -> None:
        if not (settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN):
            raise ImproperlyConfigured(
                "The twilio SMS backend needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN."
            )
        if not (settings.TWILIO_FROM_NUMBER or settings.TWILIO_MESSAGING_SERVICE_SID):
            raise ImproperlyConfigured(
                "The twilio SMS backend needs TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID."
            )
        self.client = _client(
            settings.TWILIO_ACCOUNT_SID,
            settings.TWILIO_AUTH_TOKEN,
            base_url=settings.TWILIO_API_BASE_URL,
            timeout=settings.TWILIO_TIMEOUT,
        )

    def send(self, *, to: str, body: str, reference: str = "") -> str:
        self.validate(to=to, body=body)
        sender = (
            {"messaging_service_sid": settings.TWILIO_MESSAGING_SERVICE_SID}
            if settings.TWILIO_MESSAGING_SERVICE_SID
            else {"from_": settings.TWILIO_FROM_NUMBER}
        )
        try:
            message = self.client.messages.create(
                to=to,
                body=body,
                status_callback=status_callback_url(reference),
                **sender,
            )
        except TwilioRestException as error:
            raise _error(error) from error
        except requests.RequestException as error:
            raise _network_error(error) from error
        return message.sid

    def find_sent(self, *, to: str, body: str, since: datetime) -> str | None:
        """Twilio's most recent texts to `to` (one page, newest first), matched on body and time."""
        try:
            recent = list(self.client.messages.page(to=to, page_size=LOOKUP_PAGE))  # one page, no paging on
        except TwilioRestException as error:
            raise _error(error) from error
        except requests.RequestException as error:
            raise RetryableSMSError(f"Could not ask Twilio: {error}"[:255], code=AMBIGUOUS_CODE) from error
        for text in recent:
            created = text.date_created
            if text.body == body and (created is None or created >= since - CLOCK_SKEW):
                return text.sid
        return None
