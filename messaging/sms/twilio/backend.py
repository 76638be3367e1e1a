"""Sends through Twilio's Programmable Messaging API with the official client."""

from __future__ import annotations

import functools
import os
import threading
from datetime import datetime, timedelta
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies
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


class SharedHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client, made safe to share between the sending threads and cheaper per
    call, optionally talking to `base_url` instead of api.twilio.com (a local mock in tests).

    - The library keeps the last request and response on the instance and returns the response
      from there: two threads could swap answers (and SIDs). Here they are kept per thread.
    - requests reads the proxy and CA settings from the environment on every call; they are read
      once, for Twilio's address, when the client is made."""

    def __init__(self, *, base_url: str = "", **kwargs) -> None:
        self._per_thread = threading.local()
        super().__init__(pool_connections=True, **kwargs)
        self.base_url = base_url.rstrip("/")
        session = self.session or requests.Session()  # pool_connections: one session, kept
        self.session = session
        session.proxies.update(get_environ_proxies(self.base_url or TWILIO_API))
        session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        session.trust_env = False

    @property  # type: ignore[override]
    def _test_only_last_request(self):
        return getattr(self._per_thread, "request", None)

    @_test_only_last_request.setter
    def _test_only_last_request(self, value) -> None:
        self._per_thread.request = value

    @property  # type: ignore[override]
    def _test_only_last_response(self):
        return getattr(self._per_thread, "response", None)

    @_test_only_last_response.setter
    def _test_only_last_response(self, value) -> None:
        self._per_thread.response = value

    def request(self, method: str, url: str, *args, **kwargs):
        if self.base_url:
            url = url.replace(TWILIO_API, self.base_url, 1)
        return super().request(method, url, *args, **kwargs)


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
    http_client = SharedHttpClient(base_url=base_url, timeout=timeout)
    # Deliveries run on SMS_SEND_THREADS threads at once (outbox.deliver_messages): a kept-alive
    # connection each (requests' default pool keeps 10 and opens and drops the rest per call).
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
