"""The gateway's fixtures (Prism behind the fault proxy, the in-memory backend, synchronous tasks)."""

from __future__ import annotations

from tests.messaging.conftest import (  # noqa: F401 - pytest finds fixtures by name in a conftest
    fault_proxy,
    fault_proxy_server,
    prism,
    q_sync,
    sent_sms,
    twilio_backend,
    twilio_token,
)
