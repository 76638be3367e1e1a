"""Twilio's webhooks read into neutral records: the only place Twilio's field names are known.

An inbound post becomes an `InboundText`, a status callback a `StatusReport`; the inbound stage
stores and acts on those, whatever provider sent them. Signing (the `X-Twilio-Signature` check),
the TwiML answer and the shape of a post the phone simulator makes are here for the same reason.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from twilio.request_validator import RequestValidator, add_port, remove_port
from twilio.twiml.messaging_response import MessagingResponse

SIGNATURE_HEADER = "X-Twilio-Signature"
MAX_MEDIA = 10  # Twilio's own limit per MMS
MAX_SEGMENTS = 100  # far above Twilio's 1,600 characters; a wild NumSegments still fits the column
MAX_MEDIA_URL = 2048
MAX_SID = 64
# Twilio's OptOutType (sent only when its Advanced Opt-Out is on) in our keyword names.
OPT_OUT_TYPES = {"STOP": "opt_out", "START": "opt_in", "HELP": "help"}

# What a status callback's fields look like when Twilio sends them. Anything else is refused with
# a 400 before it reaches the database: a NUL byte, an over-long code or a non-ASCII "digit"
# would otherwise fail deep inside a query.
_PROVIDER_SID = re.compile(r"[A-Za-z0-9]{2,64}")
_ERROR_CODE = re.compile(r"[0-9]{0,16}")


@dataclass(frozen=True)
class InboundText:
    """A customer's text as the provider reported it."""

    sid: str  # the provider's id: a retried post carries the same one
    sender: str  # as given: an E.164 number, or a short code or a name
    body: str
    media_urls: tuple[str, ...]
    segments: int
    # "opt_out", "opt_in" or "help" when the provider has already answered a consent keyword itself
    # (Twilio's Advanced Opt-Out), else "".
    provider_keyword: str


@dataclass(frozen=True)
class StatusReport:
    """A delivery report for one of our texts."""

    sid: str
    status: str  # the provider's word: "queued", "sent", "delivered", "undelivered", "failed"...
    error_code: str


def signature_ok(*, url: str, fields: Mapping[str, str], signature: str, token: str) -> bool:
    """Whether `signature` is Twilio's (or the simulator's) signature of this post, by `token`.

    Exactly what twilio's RequestValidator.validate accepts for a form post: the signature of the
    address without its port or with it (Twilio's signing is inconsistent). The validator rebuilds
    both addresses and computes both signatures for every post; here the two addresses are made
    once per URL, the one as given is tried first (the other is needed only for a post that fails
    it), and the HMAC is keyed once per token."""
    if not (token and signature):
        return False
    keyed, given = _keyed_sha1(token), signature.encode("utf-8", "replace")
    return any(
        hmac.compare_digest(_signature(keyed, address, fields), given) for address in _signed_addresses(url)
    )


@functools.lru_cache(maxsize=8)
def _keyed_sha1(token: str) -> hmac.HMAC:
    """HMAC-SHA1 keyed with the token (Twilio's legacy signature), copied for each post: keying
    it again for every post is half the cost of a short message's HMAC."""
    return hmac.new(token.encode("utf-8"), digestmod=hashlib.sha1)


@functools.lru_cache(maxsize=64)
def _signed_addresses(url: str) -> tuple[str, ...]:
    """The two addresses the validator accepts a signature of (twilio's own `remove_port` and
    `add_port`), the one equal to `url` first."""
    parsed = urlparse(url)
    addresses = {str(remove_port(parsed)), str(add_port(parsed))}
    return tuple(sorted(addresses, key=lambda address: address != url))


def _field_values(fields: Mapping[str, str]) -> Iterable[tuple[str, list[str]]]:
    """Each field's name and all its values (a form may repeat a field; a dict holds one)."""
    lists = getattr(fields, "lists", None)
    return lists() if lists is not None else ((name, [value]) for name, value in fields.items())


def _signature(keyed: hmac.HMAC, address: str, fields: Mapping[str, str]) -> bytes:
    """Twilio's signature of a form post, as RequestValidator.compute_signature makes it: the
    address, then each field's name and value in order of name, then of value, each pair once."""
    mac = keyed.copy()
    signed = [address]
    for name, values in sorted(_field_values(fields)):
        signed.extend(name + value for value in sorted(set(values)))
    mac.update("".join(signed).encode("utf-8"))
    return base64.b64encode(mac.digest())


def sign(*, url: str, fields: Mapping[str, str], token: str) -> str:
    return str(RequestValidator(token).compute_signature(url, dict(fields)))


def _int(value: object, default: int = 0) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def media_links(fields: Mapping[str, str], count: int) -> tuple[str, ...]:
    """The attachments' addresses that can be shown as links: http(s) only, of a sane length.
    A customer's post decides these strings, so `javascript:` and the like are dropped here,
    before anything stores or renders them."""
    urls = (fields.get(f"MediaUrl{i}") or "" for i in range(count))
    return tuple(
        url for url in urls if url.lower().startswith(("https://", "http://")) and len(url) <= MAX_MEDIA_URL
    )


def parse_inbound(fields: Mapping[str, str]) -> InboundText | None:
    """The text an (already verified) inbound post carries; None without a message id, which
    could not be deduplicated."""
    # PostgreSQL text cannot hold NUL: it is noise wherever it appears in a post.
    fields = {key: value.replace("\x00", "") for key, value in fields.items()}
    sid = (fields.get("MessageSid") or fields.get("SmsMessageSid") or fields.get("SmsSid") or "")[:MAX_SID]
    if not sid:
        return None
    return InboundText(
        sid=sid,
        sender=(fields.get("From") or "").strip(),
        body=fields.get("Body") or "",
        media_urls=media_links(fields, min(max(_int(fields.get("NumMedia")), 0), MAX_MEDIA)),
        segments=min(max(_int(fields.get("NumSegments"), 1), 1), MAX_SEGMENTS),
        provider_keyword=OPT_OUT_TYPES.get((fields.get("OptOutType") or "").upper(), ""),
    )


def sender_of(fields: Mapping[str, str]) -> str:
    """Who posted, for a log line about a post that is ignored."""
    return fields.get("From") or ""


def parse_status(fields: Mapping[str, str]) -> StatusReport | None:
    """The report a status callback carries; None when it is not in Twilio's shape."""
    sid, error_code = fields.get("MessageSid", ""), fields.get("ErrorCode", "")
    if not (_PROVIDER_SID.fullmatch(sid) and _ERROR_CODE.fullmatch(error_code)):
        return None
    return StatusReport(sid=sid, status=fields.get("MessageStatus", ""), error_code=error_code)


def twiml(reply: str | None) -> str:
    """The answer to an inbound post: the reply to text back at once, or nothing (the answer to
    almost every text, built once rather than an XML tree per text)."""
    if reply is None:
        return EMPTY_TWIML
    response = MessagingResponse()
    response.message(reply)
    return str(response)


EMPTY_TWIML = str(MessagingResponse())


def simulated_post(
    *, sid: str, sender: str, to: str, body: str, segments: int, account_sid: str
) -> dict[str, str]:
    """The fields Twilio posts for a text from `sender` to `to` (the phone simulator's post)."""
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": body,
        "To": to,
        "NumSegments": str(segments),
        "MessageSid": sid,
        "AccountSid": account_sid or f"AC{'0' * 32}",
        "From": sender,
        "ApiVersion": "2010-04-01",
    }
