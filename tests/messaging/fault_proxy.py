"""A fault-injecting HTTP proxy on loopback, in front of the Prism mock of Twilio's API.

Prism answers only with the spec's success examples; this proxy answers instead, for chosen
`To` numbers or a chosen share of requests, with what Twilio really sends on failure: a JSON
error with a code (21211, 21610, 429/20429, 5xx), or silence past the client's timeout.
Prism's example answer always carries the same message SID; the proxy makes each one unique,
as Twilio's are, so a test can send many messages.

It also plays the part of Twilio that Prism cannot: it remembers every text Prism accepted
(`accepted`), serves them back on the Messages list (so the app can ask "do you have it?"),
and can lose the answer to a send that was accepted (`ACCEPT_THEN_RESET`, `ACCEPT_THEN_HANG`):
Twilio has the text, the app only sees a reset or a timeout.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import random
import socket
import struct
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit


@dataclass(frozen=True)
class Fault:
    status: int = 400
    code: int | None = None
    message: str = "Error"
    hang: float = 0.0  # hold the connection this long and answer nothing
    accept_first: bool = False  # Twilio takes the text, then the answer is lost (reset or hang)

    def body(self) -> bytes:
        code = self.code or self.status
        return json.dumps(
            {
                "code": code,
                "message": self.message,
                "more_info": f"https://www.twilio.com/docs/errors/{code}",
                "status": self.status,
            }
        ).encode()


INVALID_NUMBER = Fault(400, 21211, "The 'To' number +15005550001 is not a valid phone number.")
UNSUBSCRIBED = Fault(400, 21610, "Attempt to send to unsubscribed recipient")
NOT_MOBILE = Fault(400, 21614, "'To' number is not a valid mobile number")
TOO_MANY_REQUESTS = Fault(429, 20429, "Too Many Requests")
SERVER_ERROR = Fault(500, None, "Internal Server Error")
UNAVAILABLE = Fault(503, None, "Service Unavailable")
HANG = Fault(hang=1.0)
ACCEPT_THEN_RESET = Fault(accept_first=True)
ACCEPT_THEN_HANG = Fault(accept_first=True, hang=3.0)


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.by_number: dict[str, Fault] = {}
        self.share: float = 0.0
        self.share_fault: Fault = SERVER_ERROR
        self.share_faults: list[Fault] = []  # when set, each faulty request draws one of these
        # Late delivery reports, as Twilio sends them: signed with this token, after a delay drawn
        # from `callback_delay` seconds. None: no callbacks at all (Prism sends none either).
        self.callback_token: str | None = None
        self.callback_delay: tuple[float, float] = (5.0, 60.0)
        self.random = random.Random(0)
        self.requests: list[dict[str, list[str]]] = []
        self.accepted: list[dict] = []  # what Twilio holds: one entry per text it took
        self.callbacks: list[tuple[str, object]] = []  # (sid, the app's answer) per report sent
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self.lock:
            self.by_number.clear()
            self.share, self.share_fault, self.share_faults = 0.0, SERVER_ERROR, []
            self.callback_token = None
            self.random.seed(0)
            self.requests.clear()
            self.accepted.clear()
            self.callbacks.clear()

    def sends(self) -> list[dict[str, list[str]]]:
        """The message-create requests that reached the proxy, as parsed forms."""
        return [form for form in self.requests if "To" in form]

    def accepted_to(self, to: str) -> list[dict]:
        with self.lock:
            return [text for text in self.accepted if text["to"] == to]

    def _accept(self, form: dict[str, list[str]]) -> dict:
        """This text as Twilio holds it: a unique SID (Prism's example answer always has the same)."""
        record = {
            "sid": f"SM{uuid.uuid4().hex}",
            "to": (form.get("To") or [""])[0],
            "body": (form.get("Body") or [""])[0],
            "date_created": email.utils.formatdate(usegmt=True),
        }
        with self.lock:
            self.accepted.append(record)
            token, delay = self.callback_token, self.random.uniform(*self.callback_delay)
        callback = (form.get("StatusCallback") or [""])[0]
        if token and callback:
            timer = threading.Timer(delay, self._report_delivered, args=(callback, record, token))
            timer.daemon = True
            timer.start()
        return record

    def _report_delivered(self, url: str, record: dict, token: str) -> None:
        """Twilio's `delivered` callback for an accepted text, signed as Twilio signs it."""
        from twilio.request_validator import RequestValidator

        fields = {
            "MessageSid": record["sid"],
            "SmsSid": record["sid"],
            "MessageStatus": "delivered",
            "SmsStatus": "delivered",
            "AccountSid": "AC" + "a" * 32,
            "To": record["to"],
            "From": "+14155550100",
            "ApiVersion": "2010-04-01",
        }
        signature = RequestValidator(token).compute_signature(url, fields)
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        try:
            connection.request(
                "POST",
                f"{parts.path}?{parts.query}",
                body=urlencode(fields),
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": signature,
                },
            )
            with self.lock:
                self.callbacks.append((record["sid"], connection.getresponse().status))
        except OSError as error:
            with self.lock:
                self.callbacks.append((record["sid"], repr(error)))
        finally:
            connection.close()

    def _forget(self, record: dict) -> None:
        with self.lock:
            self.accepted.remove(record)

    def _fault_for(self, form: dict[str, list[str]]) -> Fault | None:
        with self.lock:
            self.requests.append(form)
            to = (form.get("To") or [""])[0]
            if to in self.by_number:
                return self.by_number[to]
            if self.share and self.random.random() < self.share:
                return self.random.choice(self.share_faults) if self.share_faults else self.share_fault
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                form = parse_qs(body.decode())
                fault = proxy._fault_for(form) if self.command == "POST" else None
                if fault and fault.accept_first:
                    self._forward(body, form)  # Twilio has it now...
                    if fault.hang:  # ...and its answer never comes
                        proxy.stopping.wait(fault.hang)
                    else:  # ...and the connection is reset before the answer
                        self.connection.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    self.close_connection = True
                    return
                if fault and fault.hang:
                    proxy.stopping.wait(fault.hang)
                    self.close_connection = True
                    return
                if fault:
                    self._answer(fault.status, fault.body(), "application/json")
                    return
                status, payload, content_type = self._forward(body, form)
                self._answer(status, payload, content_type)

            def _forward(self, body: bytes, form: dict[str, list[str]]) -> tuple[int, bytes, str]:
                """Prism answers (and checks the request against Twilio's spec); the proxy fills in
                what a stateful Twilio would: a unique SID, and the texts it holds on a list."""
                # A text counts as Twilio's from the moment the request arrives (unless Prism then
                # refuses it), so a retry however quick finds it, as it would at Twilio.
                sending = self.command == "POST" and "To" in form
                record = proxy._accept(form) if sending else None
                upstream = http.client.HTTPConnection(proxy.upstream_host, proxy.upstream_port, timeout=10)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in {"host", "connection"}}
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                response = upstream.getresponse()
                payload, status = response.read(), response.status
                content_type = response.getheader("Content-Type", "")
                upstream.close()
                if record is not None and status == 201:
                    payload = json.dumps({**json.loads(payload), **record}).encode()
                elif record is not None:
                    proxy._forget(record)
                elif (
                    self.command == "GET"
                    and status == 200
                    and urlsplit(self.path).path.endswith("/Messages.json")
                ):
                    to = (parse_qs(urlsplit(self.path).query).get("To") or [""])[0]
                    page = json.loads(payload)
                    page["messages"] = list(reversed(proxy.accepted_to(to)))  # newest first, as Twilio lists
                    page["next_page_uri"] = None  # the one page there is
                    payload = json.dumps(page).encode()
                return status, payload, content_type

            def _answer(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = _relay  # noqa: N815 - http.server's naming

        return Handler
