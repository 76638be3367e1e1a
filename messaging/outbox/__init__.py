"""Every text the business sends: checks, the outbox row, delivery, retries and status."""
