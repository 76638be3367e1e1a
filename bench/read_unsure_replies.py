"""Print the replies offered to unsure readings, for reading aloud.

    python bench/read_unsure_replies.py [CORPUS ...] [--count 20] [--all]

Runs `manage.py assist` (as a client runs it) over assist corpora (by default the tuned assist
corpora) and prints, for the first COUNT records the interpreter was not sure of, the customer's
text, its readings and every reply option with its label. Reading twenty of these aloud is how the
canned phrases that sound robotic, apologies offered to praise and "I'll start while I wait"
offered to a grievance were found (issue 13, h13assist). `--all` prints sure readings too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (
    "assist_h13_round10.jsonl",
    "assist_h13_round8.jsonl",
    "assist_dev.jsonl",
    "assist_held_out.jsonl",
)


def assist_outputs(records: list[dict]) -> list[dict]:
    """`manage.py assist` over the records, gold stripped."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for record in records:
            f.write(json.dumps({k: v for k, v in record.items() if k != "gold"}, ensure_ascii=False) + "\n")
    try:
        result = subprocess.run(  # noqa: S603 - our own command
            [sys.executable, "manage.py", "assist", f.name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(f.name).unlink()
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--all", action="store_true", help="sure readings too")
    args = parser.parse_args()
    paths = args.corpora or [ROOT / "corpora" / "tuned" / name for name in DEFAULT_CORPORA]
    records = [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    shown = 0
    for record, out in zip(records, assist_outputs(records), strict=True):
        reading = out.get("interpretation") or {}
        if shown == args.count or (reading.get("sure", True) and not args.all):
            continue
        shown += 1
        readings = " / ".join([reading.get("intent", "?"), *reading.get("alternatives", [])])
        print(f'{shown}. [{record["id"]}] "{record["text"]}"  ({record.get("job_status")})')
        print(f"   read as: {readings}; language {reading.get('language')}; sure {reading.get('sure')}")
        for reply in out.get("replies") or []:
            print(f"   - {reply['label']}: {reply['text']}")
        if out.get("start_now"):
            print("   start now: " + ", ".join(t["name"] for t in out["start_now"]))
        print()


if __name__ == "__main__":
    main()
