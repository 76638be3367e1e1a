"""The gateway's webhook fixtures."""

from __future__ import annotations

from tests.messaging.conftest import q_sync, sent_sms, twilio_token  # noqa: F401 - fixtures, by name
