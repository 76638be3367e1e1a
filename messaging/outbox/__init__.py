"""Every text the business sends: consent.py (who opted out), segments.py (what a text costs),
delivery.py (send_sms writes the outbox row; delivery, retries, provider status, the sweep)."""
