"""A fault-injecting HTTP proxy on loopback, in front of the Prism mock of Twilio's API.

Prism answers only with the spec's success examples; this proxy answers instead, for chosen
`To` numbers or a chosen share of requests, with what Twilio really sends on failure: a JSON
error with a code (21211, 21610, 429/20429, 5xx), or silence past the client's timeout.
Prism's example answer always carries the same message SID; the proxy makes each one unique,
as Twilio's are, so a test can send many messages.
"""

from __future__ import annotations

import http.client
import json
import random
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Fault:
    status: int = 400
    code: int | None = None
    message: str = "Error"
    hang: float = 0.0  # hold the connection this long and answer nothing

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


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.by_number: dict[str, Fault] = {}
        self.share: float = 0.0
        self.share_fault: Fault = SERVER_ERROR
        self.random = random.Random(0)
        self.requests: list[dict[str, list[str]]] = []
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
            self.share, self.share_fault = 0.0, SERVER_ERROR
            self.random.seed(0)
            self.requests.clear()

    def sends(self) -> list[dict[str, list[str]]]:
        """The message-create requests that reached the proxy, as parsed forms."""
        return [form for form in self.requests if "To" in form]

    def _fault_for(self, form: dict[str, list[str]]) -> Fault | None:
        with self.lock:
            self.requests.append(form)
            to = (form.get("To") or [""])[0]
            if to in self.by_number:
                return self.by_number[to]
            if self.share and self.random.random() < self.share:
                return self.share_fault
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault = proxy._fault_for(parse_qs(body.decode()))
                if fault and fault.hang:
                    proxy.stopping.wait(fault.hang)
                    self.close_connection = True
                    return
                if fault:
                    self._answer(fault.status, fault.body(), "application/json")
                    return
                upstream = http.client.HTTPConnection(proxy.upstream_host, proxy.upstream_port, timeout=10)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in {"host", "connection"}}
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                response = upstream.getresponse()
                payload = response.read()
                if self.command == "POST" and response.status == 201:
                    payload = json.dumps({**json.loads(payload), "sid": f"SM{uuid.uuid4().hex}"}).encode()
                self._answer(response.status, payload, response.getheader("Content-Type", ""))
                upstream.close()

            def _answer(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = _relay  # noqa: N815 - http.server's naming

        return Handler
