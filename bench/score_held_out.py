"""Score every tuned corpus with a learned voice that never saw it (leave one corpus out).

    python manage.py build_interpreter_model --held-out-models build/held-out
    python bench/score_held_out.py [build/held-out]

Runs the project's own scorer (`manage.py evaluate`, the contract's metrics) once per corpus with INTERPRETER_MODEL set
to the model trained without that corpus, then prints each corpus's figures and the totals
(record-weighted) for intent accuracy and the `sure` metrics.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = ("intent_accuracy", "sure_share", "sure_intent_accuracy", "unsure_intent_accuracy")


def main() -> None:
    models = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "held-out"
    totals = {"records": 0, "sure": 0, "sure_right": 0, "right": 0, "sure_false_emergency": 0}
    totals["sure_missed_urgent"] = 0
    for corpus in sorted((ROOT / "corpora" / "tuned").glob("*.jsonl")):
        model = models / f"{corpus.stem}.npz"
        if not model.exists():
            sys.exit(
                f"{model} is missing: python manage.py build_interpreter_model --held-out-models {models}"
            )
        env = {**os.environ, "INTERPRETER_MODEL": str(model)}
        out = subprocess.run(
            [sys.executable, "manage.py", "evaluate", "--json", str(corpus)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        m = json.loads(out.stdout)
        n = m["records"]
        totals["records"] += n
        totals["right"] += round(m["intent_accuracy"] * n)
        sure = round(m["sure_share"] * n)
        totals["sure"] += sure
        totals["sure_right"] += round(m["sure_intent_accuracy"] * sure)
        totals["sure_false_emergency"] += m["sure_false_emergency"]
        totals["sure_missed_urgent"] += m["sure_missed_urgent"]
        figures = "  ".join(f"{k} {m[k]}" for k in KEYS)
        print(f"{corpus.stem:28} n={n:4}  {figures}  false_emergency {m['sure_false_emergency']}", flush=True)
    n = totals["records"]
    print(
        f"ALL n={n}  intent_accuracy {totals['right'] / n:.4f}  sure_share {totals['sure'] / n:.4f}  "
        f"sure_intent_accuracy {totals['sure_right'] / max(totals['sure'], 1):.4f}  "
        f"sure_false_emergency {totals['sure_false_emergency']}  sure_missed_urgent {totals['sure_missed_urgent']}"
    )


if __name__ == "__main__":
    main()
