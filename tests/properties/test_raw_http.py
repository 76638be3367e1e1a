"""Both webhooks and the dispatcher's posts, over real HTTP with raw bytes (invalid UTF-8, NUL,
odd lengths, strange ids): every answer is below 500.

Signed the way Twilio signs, over the fields as Django will decode them, so the bytes get past
the signature check and reach the handlers instead of stopping at a 403.
"""

from __future__ import annotations

import http.client
import re
from urllib.parse import quote_from_bytes, urlsplit

import pytest
from django.conf import settings as django_settings
from django.http import QueryDict
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

INBOUND_FIELDS = ["MessageSid", "From", "To", "Body", "NumMedia", "MediaUrl0", "NumSegments", "OptOutType"]
STATUS_FIELDS = ["MessageSid", "MessageStatus", "ErrorCode", "To", "From"]
RAW = st.one_of(
    st.binary(max_size=60),
    st.sampled_from(
        [b"+14155550123", b"SM" + b"a" * 32, b"delivered", b"failed", b"30007", b"\x00", b"\xff\xfe"]
    ),
    st.binary(min_size=1000, max_size=3000),
)
NUMBERISH = st.one_of(
    st.sampled_from(["1", "abc", "\u00b2", "\u0663", "-1", "9" * 40, "", "1e3", " 1", "0x10"]),
    st.text(max_size=8),
)


def raw_form(fields: dict[str, bytes]) -> bytes:
    return "&".join(f"{name}={quote_from_bytes(value)}" for name, value in fields.items()).encode()


def post_raw(url: str, body: bytes, headers: dict[str, str]) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    try:
        connection.request(
            "POST",
            parts.path + (f"?{parts.query}" if parts.query else ""),
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", **headers},
        )
        return connection.getresponse().status
    finally:
        connection.close()


def signed_status(path: str, body: bytes) -> int:
    seen = QueryDict(body)  # what the view will see, invalid bytes replaced as Django does
    signature = RequestValidator(twilio_posts.AUTH_TOKEN).compute_signature(
        django_settings.PUBLIC_BASE_URL + path, {key: seen[key] for key in seen}
    )
    return post_raw(django_settings.PUBLIC_BASE_URL + path, body, {"X-Twilio-Signature": signature})


@pytest.fixture
def served(live_server, settings, twilio_token, sent_sms):
    settings.PUBLIC_BASE_URL = live_server.url
    customer = CustomerFactory(phone="+14155550123")
    book_job(site=SiteFactory(customer=customer))
    return live_server


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(INBOUND_FIELDS), RAW, max_size=8))
def test_the_inbound_webhook_never_answers_500_to_raw_bytes(served, fields):
    assert signed_status("/sms/inbound", raw_form(fields)) < 500


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(STATUS_FIELDS), RAW, max_size=5), message=NUMBERISH)
def test_the_status_webhook_never_answers_500_to_raw_bytes(served, fields, message):
    path = "/sms/status" + (f"?message={quote_from_bytes(message.encode())}" if message else "")
    assert signed_status(path, raw_form(fields)) < 500


@pytest.fixture
def dispatcher_session(served, dispatcher):
    """A logged-in dispatcher's cookies and CSRF token, as a browser holds them."""
    client = Client()
    client.force_login(dispatcher)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    token = "x" * 32  # any well-formed token works when the cookie and the header agree
    return {
        "Cookie": f"{django_settings.SESSION_COOKIE_NAME}={session}; csrftoken={token}",
        "X-CSRFToken": token,
    }


ADMIN_POSTS = [
    ("/admin/messaging/conversation/done/", ["job", "message"]),
    ("/admin/messaging/todayboard/{job}/reassign/", ["technician"]),
    ("/admin/messaging/conversation/{job}/change/", ["body", "token"]),
    ("/admin/messaging/conversation/{job}/reschedule/", ["answer", "technician", "start", "body"]),
    ("/admin/messaging/conversation/{job}/cancel/", ["reason"]),
]


@FUZZ
@given(
    which=st.sampled_from(ADMIN_POSTS),
    values=st.lists(st.one_of(NUMBERISH.map(str.encode), RAW), min_size=4, max_size=4),
)
def test_the_dispatchers_posts_never_answer_500(served, dispatcher_session, job, which, values):
    path, names = which
    body = raw_form(dict(zip(names, values, strict=False)))
    status = post_raw(
        served.url + path.format(job=job.pk), body, {**dispatcher_session, "Referer": served.url}
    )
    assert status < 500
    assert re.match(r"[1-4]\d\d", str(status))


def test_the_raw_posts_really_reach_the_views(served, dispatcher_session, job):
    """Not just refused at the door: a logged-in, CSRF-valid post gets the view's own answer."""
    headers = {**dispatcher_session, "Referer": served.url}
    assert post_raw(served.url + "/admin/messaging/conversation/done/", b"job=abc", headers) == 400
    assert (
        post_raw(served.url + "/admin/messaging/conversation/done/", f"job={job.pk}".encode(), headers) == 302
    )
    sid = b"SM" + b"c" * 32
    assert signed_status("/sms/status", raw_form({"MessageSid": sid, "MessageStatus": b"delivered"})) == 204
    assert (
        signed_status(
            "/sms/inbound", raw_form({"MessageSid": sid, "From": b"+14155550123", "Body": b"\xff hi"})
        )
        == 200
    )
