"""EXPLAIN every statement of an inbound text's path, on a database with a big history.

Run from the project root: `python bench/explain_hot_path.py` (SQLite file) or with DATABASE_URL
(PostgreSQL; BENCH_DATABASE names the throwaway database). It seeds what bench_webhook_ratio
seeds (500 customers with a job today), adds its history (BENCH_HISTORY_MESSAGES messages,
100,000 old jobs, all of the old jobs one customer's), then sends texts from that customer and
from an ordinary one through the webhook's store (`store_text`) and the worker
(`handle_stored_text`: the stored-text read, find_job, last_outbound_before, the claim, the
changes and replies), capturing each statement. Each is explained; a statement that reads a big
table (messages, jobs) without an index is listed, with its plan, and makes the exit status 1.
Issue 15: no query whose cost grows with the size of the message history.
"""

from __future__ import annotations

import os
import sys
import time

from support import throwaway_database

BIG_TABLES = ("messaging_message", "fieldservice_job")
TEXTS = ("On my way home, be there in 10", "Can we move it to Friday?", "STOP", "5")


def plan_of(sql: str, params: object) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"EXPLAIN {sql}", params)
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return [row[-1] for row in cursor.fetchall()]


def time_of(sql: str, params: object, runs: int = 5) -> float:
    """The median wall time of a read, run again a few times (a lock it takes is released at once)."""
    from django.db import connection

    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            cursor.fetchall()
        timings.append(time.perf_counter() - started)
    return sorted(timings)[runs // 2]


class Recorder:
    """Each statement the connection runs, with its parameters, labelled with the current side."""

    def __init__(self) -> None:
        self.side = ""
        self.statements: list[tuple[str, str, object]] = []

    def __call__(self, execute, sql, params, many, context):
        if self.side and not many:
            self.statements.append((self.side, sql, params))
        return execute(sql, params, many, context)


def scans_history(sql: str, plan: list[str]) -> bool:
    """Whether the plan reads a big table without an index (a cost that grows with history)."""
    for line in plan:
        text = line.strip().lstrip("-> ").strip()
        for table in BIG_TABLES:
            if table not in text:
                continue
            if text.startswith("Seq Scan") or (text.startswith("SCAN") and "USING" not in text):
                return True
    return False


def main() -> int:
    history = int(os.environ.get("BENCH_HISTORY_MESSAGES", "1000000"))
    os.environ["BENCH_HISTORY_MESSAGES"] = str(history)
    with throwaway_database("explain_hot_path") as database:
        import bench_webhook_ratio as ratio
        from django.db import connection
        from django.utils import timezone

        from messaging.inbound import store
        from messaging.inbound.pipeline import handle_stored_text
        from messaging.sms.twilio import webhook as twilio

        # the worker's part is run below, on its own, not from the webhook's queued task
        store.hand_to_worker = lambda message_id, keyword=None: None
        started = time.monotonic()
        ratio.CUSTOMERS = int(os.environ.get("BENCH_CUSTOMERS", ratio.CUSTOMERS))
        ratio.seed()
        ratio.HISTORY_MESSAGES = history
        ratio.add_history()
        print(
            f"{database}: seeded, {history:,} messages and 100,000 jobs added in {time.monotonic() - started:.0f} s"
        )

        recorder = Recorder()
        with connection.execute_wrapper(recorder):
            for number, phone in enumerate(("+16285550000", "+16285550001")):
                for n, body in enumerate(TEXTS):
                    fields = twilio.simulated_post(
                        sid=f"SMexplain{number}x{n}",
                        sender=phone,
                        to="+14155550100",
                        body=body,
                        segments=1,
                        account_sid="",
                    )
                    text = twilio.parse_inbound(fields)
                    recorder.side = "webhook"
                    store.store_text(text)
                    recorder.side = ""
                    stored = connection.cursor()
                    stored.execute("SELECT id FROM messaging_message WHERE provider_sid = %s", [text.sid])
                    message_id = stored.fetchone()[0]
                    recorder.side = "worker"
                    handle_stored_text(message_id, keyword=None)
                    recorder.side = ""
        statements = recorder.statements
        print(f"{len(statements)} statements captured for {2 * len(TEXTS)} texts at {timezone.now():%H:%M}")

        seen, problems = set(), 0
        for side, sql, params in statements:
            shape = " ".join(sql.split())[:160]
            if (
                sql.split()[0].upper() in {"SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT"}
                or shape in seen
            ):
                continue
            seen.add(shape)
            plan = plan_of(sql, params)
            bad = scans_history(sql, plan)
            problems += bad
            took = (
                f", {time_of(sql, params) * 1000:.2f} ms" if sql.lstrip().upper().startswith("SELECT") else ""
            )
            print(
                f"\n[{side}] {'SCAN OF A BIG TABLE' if bad else 'indexed'}{took}: {' '.join(sql.split())[:300]}"
            )
            for line in plan:
                print(f"    {line}")
        print(f"\n{len(seen)} distinct statements; {problems} read a big table without an index")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
