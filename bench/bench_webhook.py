"""The inbound SMS webhook under load: 1,000 signed Twilio posts, one at a time.

Run from the project root: `python bench/bench_webhook.py`. Each post goes the whole way a real
one does: Django's request handling, the signature check, finding the customer, storing the
message once, consent keywords, queueing the worker's part (job, interpretation, its effect) on
the ORM broker, and the TwiML answer. `bench_webhook_ratio.py` measures the worker beside it.
Customers text from 50 numbers with jobs today; one post in ten comes from an unknown number.
Targets: median under 50 ms, worst case under 200 ms.
"""

from __future__ import annotations

import os
import statistics
import time
import uuid

from support import customers_with_a_visit_today, summary_ms, throwaway_database

POSTS = int(os.environ.get("BENCH_POSTS", "1000"))
CUSTOMERS = 50
BODIES = [
    "Running 15 min late, sorry!",
    "ok thanks",
    "Can you come at 3 instead?",
    "Where is the technician?",
    "Gate code is 4411",
    "👍",
    "Llego en 10 minutos",
    "HELP",
    "",
    "Perfect, see you then. " * 20,
]


def main() -> None:
    with throwaway_database("webhook") as database:
        from django.conf import settings
        from django_q.conf import Conf

        # A webhook only queues its replies' delivery (on the ORM broker here), as in production.
        Conf.SYNC = False
        from django.db import connection, reset_queries
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from messaging.sms.twilio import webhook as twilio

        settings.SMS_BACKEND = "messaging.sms.locmem.SMSBackend"
        settings.TWILIO_AUTH_TOKEN = "0123456789abcdef0123456789abcdef"  # noqa: S105 - a benchmark's own
        url = settings.PUBLIC_BASE_URL + "/sms/inbound"
        phones = customers_with_a_visit_today(CUSTOMERS)
        client = Client()
        timings, cpu, queries = [], [], []
        for n in range(POSTS):
            sid = f"SM{uuid.uuid4().hex}"
            sender = f"+1628555{n:04d}" if n % 10 == 9 else phones[n % CUSTOMERS]
            fields = twilio.simulated_post(
                sid=sid,
                sender=sender,
                to="+14155550100",
                body=BODIES[n % len(BODIES)],
                segments=1,
                account_sid="",
            )
            signature = twilio.sign(url=url, fields=fields, token=settings.TWILIO_AUTH_TOKEN)
            reset_queries()  # the connection keeps only the last 9,000 queries
            with CaptureQueriesContext(connection) as captured:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.post("/sms/inbound", fields, headers={twilio.SIGNATURE_HEADER: signature})
                timings.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            assert response.status_code == 200, response.status_code
            queries.append(len(captured))
        median_ms, worst_ms = statistics.median(timings) * 1000, max(timings) * 1000
        print(f"webhook: {POSTS} signed posts on {database}")
        print(f"  {summary_ms(timings)}  worst {worst_ms:.1f} ms  (target: median < 50 ms, worst < 200 ms)")
        print(f"  queries per post: median {statistics.median(queries):.0f}, most {max(queries)}")
        load = os.getloadavg()[0]
        print(
            f"  CPU per post: mean {statistics.mean(cpu) * 1000:.2f} ms (this process: the test client,"
            f" the query capture and the app), load average {load:.1f}"
        )
        if median_ms >= 50 or worst_ms >= 200:
            raise SystemExit("webhook benchmark missed its target")


if __name__ == "__main__":
    main()
