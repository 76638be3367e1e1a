"""The drain's batches in one process: CPU a text, statements a batch, and where the CPU goes.

Run from the project root: `python bench/bench_drain_batch.py` (PostgreSQL when DATABASE_URL says
so; BENCH_DATABASE names the throwaway database). 50 customers with a visit today text lines of the
dev corpus, stored by the webhook's own path; the texts are then handled as the drain handles them
(`drain.handle_batch`, DRAIN_BATCH at a time, without Redis: no lock, no broker), the replies' delivery
tasks left queued (they are not the drain's: `bench_cluster_drain.py` measures the whole cluster).

Environment: BENCH_TEXTS (default 1000; the first batch warms up); BENCH_PROFILE=1 prints a
cProfile (CPU clock) of the measured batches (BENCH_PROFILE=x.prof also keeps it in x.prof).
"""

from __future__ import annotations

import cProfile
import json
import logging
import os
import pstats
import random
import statistics
import time
import uuid
from collections import Counter
from unittest import mock

from support import ROOT, customers_with_a_visit_today, throwaway_database

TEXTS = int(os.environ.get("BENCH_TEXTS", "1000"))
CUSTOMERS = 50
CORPUS = ROOT / "corpora" / "tuned" / "dev.jsonl"


def main() -> None:
    with throwaway_database("drain_batch") as database:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from messaging.inbound import drain, store
        from messaging.models import Message
        from messaging.outbox import delivery
        from messaging.sms.twilio import webhook as twilio

        phones = customers_with_a_visit_today(CUSTOMERS)
        bodies = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
        rng = random.Random(15)
        logging.getLogger("django-q").setLevel(logging.WARNING)
        with mock.patch.object(store, "hand_to_worker"):
            for n in range(TEXTS):
                post = twilio.simulated_post(
                    sid=f"SM{uuid.uuid4().hex}",
                    sender=phones[n % CUSTOMERS],
                    to="+14155550100",
                    body=rng.choice(bodies),
                    segments=1,
                    account_sid="",
                )
                store.receive_sms(fields=post)
        ids = list(Message.objects.inbound().order_by("pk").values_list("pk", flat=True))
        size = int(os.environ.get("BENCH_BATCH", drain.DRAIN_BATCH))  # texts waiting when a drain looks
        batches = [ids[n : n + size] for n in range(0, len(ids), size)]
        outcomes: Counter[str] = Counter()
        cpu, statements = [], []
        profile = cProfile.Profile(time.process_time) if os.environ.get("BENCH_PROFILE") else None
        kinds: Counter[str] = Counter()
        with mock.patch.object(delivery, "enqueue_deliveries"):  # the replies' tasks: not the drain's
            drain.handle_batch(batches[0], seen=set(), skip=set())  # warm up
            for batch in batches[1:]:
                connection.queries_log.clear()  # its 9,000 entries would wrap: counts from an empty log
                with CaptureQueriesContext(connection) as captured:
                    started = time.process_time()
                    if profile:
                        profile.enable()
                    outcomes.update(drain.handle_batch(batch, seen=set(), skip=set()))
                    if profile:
                        profile.disable()
                    cpu.append((time.process_time() - started) / len(batch))
                statements.append(len(captured) / len(batch))
                kinds.update(" ".join(query["sql"].split()[:3])[:60] for query in captured)
        measured = sum(len(batch) for batch in batches[1:])
        print(f"drain batches: {measured} texts in {len(batches) - 1} batches on {database}")
        print(
            f"  CPU a text: mean {statistics.mean(cpu) * 1000:.2f} ms, median {statistics.median(cpu) * 1000:.2f} ms"
            f" (load average {os.getloadavg()[0]:.1f}); statements a text: {statistics.mean(statements):.2f}"
        )
        for kind, count in kinds.most_common(14):
            print(f"  {count / measured:5.2f} a text  {kind}")
        print("  outcomes:", dict(outcomes.most_common()))
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(60)
            if os.environ["BENCH_PROFILE"].endswith(".prof"):
                profile.dump_stats(os.environ["BENCH_PROFILE"])


if __name__ == "__main__":
    main()
