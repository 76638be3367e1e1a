"""The one twilio client a worker's sending threads share: each thread gets its own answer."""

from __future__ import annotations

import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from messaging.sms.twilio.backend import SMSBackend


class EchoingTwilio(BaseHTTPRequestHandler):
    """Accepts a text after a few random milliseconds; its SID spells the number it went to."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        time.sleep(random.uniform(0, 0.005))  # noqa: S311 - jitter, not security
        to = form["To"][0]
        body = json.dumps({"sid": f"SM{to[1:]:0>32}", "status": "queued", "to": to}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def echoing_twilio(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingTwilio)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.TWILIO_API_BASE_URL = f"http://127.0.0.1:{server.server_address[1]}"
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN = "AC" + "b" * 32, "secret"
    settings.TWILIO_FROM_NUMBER, settings.TWILIO_MESSAGING_SERVICE_SID = "+14155550100", ""
    settings.PUBLIC_BASE_URL = "https://sms.example.com"
    yield
    server.shutdown()
    server.server_close()


def test_texts_sent_at_once_on_many_threads_each_get_their_own_sid(echoing_twilio):
    backend = SMSBackend()
    numbers = [f"+1415555{n:04d}" for n in range(240)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        sids = list(pool.map(lambda to: backend.send(to=to, body="Reminder: tomorrow 9-11 am."), numbers))
    assert sids == [f"SM{to[1:]:0>32}" for to in numbers]
    assert SMSBackend().client is backend.client  # one client, its connections kept, per process
