"""Every reading of every tuned corpus record, as JSON: the guard for changes that must read alike.

A speed-up of the interpreter (issue 13) must change no reading. Run this before the change and
after it and compare the two files byte for byte:

    .venv/bin/python tools/dump_readings.py build/readings-before.json
    ...change...
    .venv/bin/python tools/dump_readings.py build/readings-after.json
    cmp build/readings-before.json build/readings-after.json

Each record's entry holds both voices' combined reading (`Interpretation.to_dict`: intent, sure,
every field, the evidence) and the learned voice's probabilities at full precision, so a change to
either voice's arithmetic shows too. Nothing timed is written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from messaging.interpret import interpret  # noqa: E402
from messaging.interpret.contract import context_from_record  # noqa: E402
from messaging.interpret.learned import TRAINING_DIR, training_files, voice  # noqa: E402


def readings(directory: Path = TRAINING_DIR) -> dict[str, list[dict[str, object]]]:
    """Corpus file name -> one entry per record, in file order."""
    model = voice()
    dumped: dict[str, list[dict[str, object]]] = {}
    for corpus in training_files(directory):
        entries: list[dict[str, object]] = []
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or ""
            try:
                context = context_from_record(record)
            except ValueError as exc:
                entries.append({"id": record.get("id"), "error": str(exc)})
                continue
            entries.append(
                {
                    "id": record.get("id"),
                    "reading": interpret(text, context).to_dict(),
                    "learned": [[label, repr(p)] for label, p in model.guess(text, context).ranked],
                }
            )
        dumped[corpus.name] = entries
    return dumped


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: dump_readings.py OUTPUT.json")
    output = Path(sys.argv[1])
    output.parent.mkdir(parents=True, exist_ok=True)
    dumped = readings()
    output.write_text(
        json.dumps(dumped, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{sum(len(entries) for entries in dumped.values())} readings -> {output}")


if __name__ == "__main__":
    main()
