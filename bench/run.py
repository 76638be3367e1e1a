"""Run every benchmark, each in its own process, and print one table of the figures at the end.

Run from the project root: `make bench` (or `python bench/run.py [NAME ...]` for some of them).
The benchmarks use DATABASE_URL as the app does (SQLite when unset), each on a throwaway database
of its own; the load test always runs on PostgreSQL and Redis, as in production. A benchmark that
fails or overruns its time limit shows as FAILED in the table, and the run exits non-zero.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class Benchmark:
    name: str
    command: list[str]
    figures: str  # a regex: the output lines that go in the table
    timeout: int  # seconds


BENCHMARKS = [
    Benchmark(
        "interpret, per message",
        [PYTHON, "bench/bench_interpret.py"],
        r"^(wall|cpu|messages|called)",
        120,
    ),
    Benchmark(
        "manage.py interpret, dev corpus",
        [PYTHON, "manage.py", "interpret", str(ROOT / "corpora" / "tuned" / "dev.jsonl")],
        r"^manage\.py interpret",
        120,
    ),
    Benchmark("inbound webhook, one at a time", [PYTHON, "bench/bench_webhook.py"], r"^(webhook|  )", 300),
    Benchmark(
        "webhook CPU beside the reference, in process",
        [PYTHON, "bench/bench_webhook_cpu.py"],
        r"^(webhook CPU|  )",
        300,
    ),
    Benchmark(
        "inbound worker, CPU and statements a text",
        [PYTHON, "bench/bench_inbound_worker.py"],
        r"^(inbound worker|  CPU)",
        300,
    ),
    Benchmark(
        "webhook beside a bare reference app",
        [PYTHON, "bench/bench_webhook_ratio.py"],
        r"^(database|machine|ratio|pipeline|history|  )",
        900,
    ),
    Benchmark(
        "reminder sweep, 100,000 jobs",
        [PYTHON, "bench/bench_reminder_sweep.py"],
        r"^(database|seeded|sweep|reminder|  )",
        420,
    ),
    Benchmark("outbox throughput", [PYTHON, "bench/bench_outbox.py"], r"^(database|locmem|twilio)", 300),
    Benchmark(
        "morning burst, 10,000 texts",
        [PYTHON, "bench/bench_burst.py"],
        r"^(database|burst|load average)",
        420,
    ),
    Benchmark("pages, 200 jobs", [PYTHON, "bench/bench_pages.py"], r"^(database|technician|admin)", 300),
    Benchmark(
        "board, 10 technicians, 120 jobs", [PYTHON, "bench/bench_board.py"], r"^(database|board|budget)", 300
    ),
    Benchmark(
        "load: gunicorn + qcluster, 60 s",
        [PYTHON, "bench/load.py"],
        r"^(database|requests|  |checks|throughput|webhook|pages|inbound|outbound)",
        420,
    ),
]


def run(benchmark: Benchmark) -> tuple[list[str], float, bool]:
    """Run one benchmark, echoing its output; returns its table lines, seconds and success."""
    print(f"\n=== {benchmark.name}: {' '.join(benchmark.command[1:])}", flush=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            benchmark.command, cwd=ROOT, capture_output=True, text=True, timeout=benchmark.timeout
        )
    except subprocess.TimeoutExpired:
        return [f"FAILED: over its {benchmark.timeout} s limit"], time.monotonic() - started, False
    elapsed = time.monotonic() - started
    output = result.stdout
    if benchmark.command[1] == "manage.py":
        records = sum(1 for line in output.splitlines() if line.strip())
        output = f"manage.py interpret: {records} records in {elapsed:.2f} s (process start included)\n"
    print(output, end="", flush=True)
    if result.returncode != 0:
        print(result.stderr[-3000:], file=sys.stderr)
        return [f"FAILED: exit {result.returncode}"], elapsed, False
    lines = [line.rstrip() for line in output.splitlines() if re.match(benchmark.figures, line)]
    return lines or ["(no figures printed)"], elapsed, True


def main() -> int:
    chosen = [b for b in BENCHMARKS if not sys.argv[1:] or any(a in b.name for a in sys.argv[1:])]
    started = time.monotonic()
    rows = [(benchmark, *run(benchmark)) for benchmark in chosen]
    width = max(len(b.name) for b in chosen)
    print(f"\n{'benchmark':<{width}}  {'secs':>5}  figures")
    print(f"{'-' * width}  {'-' * 5}  {'-' * 60}")
    for benchmark, lines, elapsed, _ in rows:
        for i, line in enumerate(lines):
            label, secs = (benchmark.name, f"{elapsed:5.0f}") if i == 0 else ("", "")
            print(f"{label:<{width}}  {secs:>5}  {line.strip()}")
    print(f"\nwhole run: {time.monotonic() - started:.0f} s")
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
