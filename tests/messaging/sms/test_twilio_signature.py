"""The webhook's signature check accepts exactly what twilio's RequestValidator accepts.

`twilio.signature_ok` checks the usual signature with its own keyed HMAC (made once per token)
and leaves every other post to the validator; these tests hold it to the validator's verdict on
genuine, port-signed and forged posts.
"""

from __future__ import annotations

import random
import string

import pytest
from django.http import QueryDict
from twilio.request_validator import RequestValidator

from messaging.sms.twilio import webhook as twilio

TOKEN = "0123456789abcdef0123456789abcdef"
OTHER_TOKEN = "fedcba9876543210fedcba9876543210"
URLS = [
    "https://example.com/sms/inbound",
    "https://example.com:443/sms/inbound",
    "http://127.0.0.1:8000/sms/inbound",
    "https://example.com/sms/status?message=42",
]


def random_post(rng: random.Random) -> dict[str, str]:
    alphabet = string.ascii_letters + string.digits + " +&=%?é👍\n"
    post = twilio.simulated_post(
        sid=f"SM{rng.getrandbits(128):032x}",
        sender=f"+1415555{rng.randrange(10_000):04d}",
        to="+14155550100",
        body="".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 200))),
        segments=1,
        account_sid="",
    )
    if rng.random() < 0.3:
        post["OptOutType"] = "STOP"
    return post


def validator_says(url: str, fields, signature: str, token: str = TOKEN) -> bool:
    return bool(RequestValidator(token).validate(url, fields, signature))


@pytest.mark.parametrize("url", URLS)
def test_a_genuine_signature_is_accepted_as_the_validator_accepts_it(url):
    rng = random.Random(url)
    for _ in range(50):
        post = random_post(rng)
        signature = twilio.sign(url=url, fields=post, token=TOKEN)
        assert twilio.signature_ok(url=url, fields=post, signature=signature, token=TOKEN)
        assert validator_says(url, post, signature)


def test_a_signature_over_the_address_with_its_port_is_accepted_as_the_validator_accepts_it():
    post = random_post(random.Random(1))
    signed_with_port = twilio.sign(url="https://example.com:443/sms/inbound", fields=post, token=TOKEN)
    url = "https://example.com/sms/inbound"
    assert validator_says(url, post, signed_with_port)
    assert twilio.signature_ok(url=url, fields=post, signature=signed_with_port, token=TOKEN)


@pytest.mark.parametrize("url", URLS)
def test_forged_posts_are_refused_as_the_validator_refuses_them(url):
    rng = random.Random(f"forged {url}")
    for _ in range(50):
        post = random_post(rng)
        genuine = twilio.sign(url=url, fields=post, token=TOKEN)
        forgeries = [
            ({**post, "Body": post["Body"] + "!"}, genuine),  # a field changed after signing
            ({**post, "Extra": "1"}, genuine),  # a field added
            ({k: v for k, v in post.items() if k != "NumMedia"}, genuine),  # a field dropped
            (post, twilio.sign(url=url, fields=post, token=OTHER_TOKEN)),  # another account's token
            (post, twilio.sign(url=url + "x", fields=post, token=TOKEN)),  # another address
            (post, genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB")),  # a changed digit
            (post, genuine.lower()),
            (post, genuine + " "),
            (post, "é" + genuine[1:]),  # not even ASCII
        ]
        for fields, signature in forgeries:
            assert not validator_says(url, fields, signature)
            assert not twilio.signature_ok(url=url, fields=fields, signature=signature, token=TOKEN)


def test_a_repeated_field_is_signed_with_each_of_its_values_as_the_validator_signs_it():
    url = URLS[0]
    form = QueryDict(mutable=True)
    for name, value in [("Body", "b"), ("MediaUrl0", "x"), ("Body", "a"), ("Body", "a"), ("From", "+1")]:
        form.appendlist(name, value)
    signature = RequestValidator(TOKEN).compute_signature(url, form)
    assert twilio.signature_ok(url=url, fields=form, signature=signature, token=TOKEN)
    only_first = RequestValidator(TOKEN).compute_signature(url, form.dict())  # one value a field
    assert not validator_says(url, form, only_first)
    assert not twilio.signature_ok(url=url, fields=form, signature=only_first, token=TOKEN)


@pytest.mark.parametrize("token, signature", [("", "anything"), (TOKEN, "")])
def test_no_token_or_no_signature_is_refused(token, signature):
    post = random_post(random.Random(2))
    assert not twilio.signature_ok(url=URLS[0], fields=post, signature=signature, token=token)
