"""The inbound webhook over any signed combination of Twilio's fields and strangers': never a 500."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import CustomerFactory, SiteFactory, book_job
from tests.messaging import twilio_posts

pytestmark = pytest.mark.django_db

TWILIO_FIELDS = [
    "MessageSid",
    "SmsSid",
    "SmsMessageSid",
    "AccountSid",
    "MessagingServiceSid",
    "From",
    "To",
    "Body",
    "NumMedia",
    "MediaUrl0",
    "MediaContentType0",
    "MediaUrl11",
    "NumSegments",
    "SmsStatus",
    "ApiVersion",
    "OptOutType",
    "FromCity",
    "FromCountry",
]
VALUES = st.one_of(
    st.text(max_size=40),
    st.text(min_size=1000, max_size=2000),
    st.sampled_from(
        ["+14155550123", "4155550123", "-3", "99999999999", "STOP", "START", "help", "SM1", "0", ""]
    ),
)
FIELDS = st.dictionaries(
    st.one_of(st.sampled_from(TWILIO_FIELDS), st.text(min_size=1, max_size=12)), VALUES, max_size=12
)


@pytest.fixture
def dana(db):
    customer = CustomerFactory(name="Dana Ortiz", phone="+14155550123")
    book_job(site=SiteFactory(customer=customer))
    return customer


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=FIELDS)
def test_any_signed_post_is_answered_without_a_server_error(client, twilio_token, sent_sms, dana, fields):
    body = urlencode(fields)
    response = client.post(
        "/sms/inbound",
        body,
        content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": twilio_posts.signature("/sms/inbound", fields)},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
