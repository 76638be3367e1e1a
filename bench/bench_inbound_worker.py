"""The worker's part of each customer's text, in one process: CPU a text, and the statements.

Run from the project root: `python bench/bench_inbound_worker.py`. 50 customers with a job today
text lines of the dev corpus; each text is stored by the webhook's own path (`receive_sms`) and
then handled by the task the django-q2 cluster runs (`messaging.tasks.handle_inbound`): filed
under its job, interpreted, applied, answered (the answers' deliveries run in this process too,
through the default SMS backend: no broker is touched). The cluster's own cost (pickling, signing, its
processes) is not here: `bench_webhook_ratio.py` measures the whole pipeline with a real cluster.
The figure that matters on a shared machine is the CPU a text (time.process_time): the whole
pipeline's rate on two cores is bounded by about 2 s / (webhook CPU + worker CPU a text).

Environment: BENCH_TEXTS (default 600; the first 50 warm up: imports, the model, connections);
BENCH_PROFILE=1 prints a cProfile (CPU clock) of the measured texts (BENCH_PROFILE=x.prof also
keeps it in x.prof); BENCH_SHOW=n prints the statements of the n-th text measured; BENCH_DATABASE names the
PostgreSQL database (sessions sharing a server).
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

TEXTS = int(os.environ.get("BENCH_TEXTS", "600"))
SHOW = int(os.environ.get("BENCH_SHOW", "-1"))
WARM_UP = 50
CUSTOMERS = 50
CORPUS = ROOT / "corpora" / "tuned" / "dev.jsonl"


def main() -> None:
    with throwaway_database("inbound_worker") as database:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from messaging import tasks
        from messaging.inbound import store
        from messaging.models import Message
        from messaging.sms.twilio import webhook as twilio

        phones = customers_with_a_visit_today(CUSTOMERS)
        bodies = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
        rng = random.Random(15)
        logging.getLogger("django-q").setLevel(logging.WARNING)  # a line for each delivery run inline
        # Stored as the webhook stores them; handed to the worker below, one by one, and timed.
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
        for message_id in ids[:WARM_UP]:
            tasks.handle_inbound(message_id)
        cpu, statements = [], []
        kinds: Counter[str] = Counter()  # each statement's opening words: what the texts cost
        profile = cProfile.Profile(time.process_time) if os.environ.get("BENCH_PROFILE") else None
        for message_id in ids[WARM_UP:]:
            with CaptureQueriesContext(connection) as captured:
                started = time.process_time()
                if profile:
                    profile.enable()
                tasks.handle_inbound(message_id)
                if profile:
                    profile.disable()
                cpu.append(time.process_time() - started)
            statements.append(len(captured))
            if len(cpu) - 1 == SHOW:
                for query in captured:
                    print("   ", query["sql"][:400])
            kinds.update(" ".join(query["sql"].split()[:3])[:60] for query in captured)
        print(f"inbound worker: {len(cpu)} texts on {database}")
        print(
            f"  CPU a text: mean {statistics.mean(cpu) * 1000:.1f} ms, median {statistics.median(cpu) * 1000:.1f} ms"
            f" (load average {os.getloadavg()[0]:.1f}); statements: mean {statistics.mean(statements):.2f}, median {statistics.median(statements):.0f},"
            f" most {max(statements)}"
        )
        for kind, count in kinds.most_common(12):
            print(f"  {count / len(cpu):5.2f} a text  {kind}")
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
            if os.environ["BENCH_PROFILE"].endswith(".prof"):  # a file name: kept for pstats
                profile.dump_stats(os.environ["BENCH_PROFILE"])


if __name__ == "__main__":
    main()
