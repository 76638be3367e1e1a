"""Per-message latency of `interpret` (both voices: the rules and the learned model) over the dev
corpus texts, after warm-up, and of the learned voice alone.

Run from the project root: `python bench/bench_interpret.py [CORPUS]`. Prints median and p99
per message, the same over the 20 longest texts, and the share of messages that needed dateparser
(seen in their evidence). The machine is shared: report the load average beside the figures.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from messaging.interpret import interpret  # noqa: E402
from messaging.interpret.contract import context_from_record  # noqa: E402
from messaging.interpret.learned import voice  # noqa: E402
from messaging.interpret.resolve import warm_up  # noqa: E402
from messaging.interpret.voices import forget_texts  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "tuned" / "dev.jsonl"
ROUNDS = 5
LONGEST = 20


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [(r.get("text") or "", context_from_record(r)) for r in records]
    started = time.perf_counter()
    voice()  # the learned model is read once per process
    print(f"learned model load: {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    warm_up()
    for text, context in cases:
        interpret(text, context)
    print(f"warm-up (dateparser + one pass): {(time.perf_counter() - started) * 1000:.0f} ms")
    timings, cpu_timings = [], []
    dateparser_messages = 0
    for _ in range(ROUNDS):
        for text, context in cases:
            forget_texts()  # each text costs what a new one does: no cache carried from the last round
            t0, c0 = time.perf_counter(), time.process_time()
            result = interpret(text, context)
            timings.append(time.perf_counter() - t0)
            cpu_timings.append(time.process_time() - c0)
            dateparser_messages += any(e.startswith("dateparser") for e in result.evidence)
    print(f"messages: {len(cases)} x {ROUNDS} rounds, load average {os.getloadavg()[0]:.2f}")
    print(f"wall median: {statistics.median(timings) * 1000:.3f} ms  p99: {_p99(timings) * 1000:.3f} ms")
    # CPU time separates our cost from other processes competing for the cores.
    print(
        f"cpu  median: {statistics.median(cpu_timings) * 1000:.3f} ms  p99: {_p99(cpu_timings) * 1000:.3f} ms"
    )
    print(f"called dateparser: {dateparser_messages / len(timings):.1%} of messages")
    # Long texts are where the cue scan and the access note cost most: their tail on its own.
    longest = sorted(range(len(cases)), key=lambda i: -len(cases[i][0]))[:LONGEST]
    long_wall = [timings[r * len(cases) + i] for r in range(ROUNDS) for i in longest]
    long_cpu = [cpu_timings[r * len(cases) + i] for r in range(ROUNDS) for i in longest]
    print(
        f"{len(longest)} longest texts ({min(len(cases[i][0]) for i in longest)}+ characters): "
        f"wall median {statistics.median(long_wall) * 1000:.3f} ms  p99 {_p99(long_wall) * 1000:.3f} ms, "
        f"cpu median {statistics.median(long_cpu) * 1000:.3f} ms  p99 {_p99(long_cpu) * 1000:.3f} ms"
    )
    model = voice()
    learned = []
    for text, context in cases:
        c0 = time.process_time()
        model.guess(text, context)
        learned.append(time.process_time() - c0)
    print(
        f"learned voice alone, cpu median: {statistics.median(learned) * 1000:.3f} ms  p99: {_p99(learned) * 1000:.3f} ms"
    )


if __name__ == "__main__":
    main()
