"""The sure flag on texts the learned voice never saw: five folds of whole tuned corpora.

On blind corpora the sure flag is right when set but set less often than on the tuned corpora,
whose texts the learned voice was trained on. This measures it honestly: the tuned corpus files,
sorted by name, are dealt round-robin into five folds; for each fold a model is trained on the
other four (`training.build_and_save` with `exclude`, as `manage.py build_interpreter_model
--exclude` does) and every record of the fold is read with that model (INTERPRETER_MODEL).

    .venv/bin/python tools/sure_folds.py [--rebuild] [--out build/sure-folds.json]

Prints, per fold and over all, the sure share, the sure intent accuracy, the intent accuracy and
the sure false emergencies; `--out` keeps every held-out reading (the text and the last text, gold
and read intent, the rules' labels, sure, the evidence) for a closer look. The fold models are kept
in build/sure-folds/ and rebuilt only with `--rebuild` (after a change to the learned voice's
training or to a tuned corpus).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from messaging.interpret.learned import labelled_records, training_files  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "build" / "sure-folds"
FOLDS = 5


def folds() -> list[list[Path]]:
    """The tuned corpus files dealt round-robin, by sorted name, into `FOLDS` folds."""
    files = training_files()
    return [files[k::FOLDS] for k in range(FOLDS)]


def _build(k: int) -> str:
    from messaging.interpret import training

    held = folds()[k]
    training.build_and_save(MODELS / f"fold{k}.npz", exclude=[f.name for f in held])
    return f"fold {k}: built without {len(held)} corpora"


def _read_fold(k: int) -> list[dict[str, object]]:
    os.environ["INTERPRETER_MODEL"] = str(MODELS / f"fold{k}.npz")
    from messaging.interpret import interpret
    from messaging.interpret.contract import context_from_record
    from messaging.interpret.learned import voice

    readings = []
    for record in labelled_records(folds()[k]):
        try:
            context = context_from_record(record)
        except ValueError:
            continue
        reading = interpret(record.get("text") or "", context)
        guess = voice().guess(record.get("text") or "", context)
        gold = record["gold"]
        readings.append(
            {
                "fold": k,
                "corpus": record["_corpus"],
                "id": record.get("id"),
                "gold": gold["intent"],
                "gold_urgent": bool(gold.get("urgent")),
                "intent": reading.intent,
                "intents": list(reading.intents),
                "text": record.get("text"),
                "last_outbound": record.get("last_outbound"),
                "sure": reading.sure,
                "urgent": reading.urgent,
                "learned": [[label, round(p, 4)] for label, p in guess.ranked[:3]],
                "cues": len(
                    {e.split("'")[0] for e in reading.evidence if e.endswith(f"-> {reading.intent}")}
                ),
                "evidence": [
                    e for e in reading.evidence if e.startswith(("learned voice", "sure", "not sure"))
                ],
            }
        )
    return readings


def figures(readings: list[dict[str, object]]) -> dict[str, float | int]:
    sure = [r for r in readings if r["sure"]]
    return {
        "records": len(readings),
        "sure_share": round(len(sure) / len(readings), 4),
        "sure_intent_accuracy": round(sum(r["gold"] == r["intent"] for r in sure) / max(1, len(sure)), 4),
        "intent_accuracy": round(sum(r["gold"] == r["intent"] for r in readings) / len(readings), 4),
        "sure_false_emergency": sum(r["intent"] == "emergency" and r["gold"] != "emergency" for r in sure),
        "sure_missed_urgent": sum(bool(r["gold_urgent"]) and not r["urgent"] for r in sure),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args()
    missing = [k for k in range(FOLDS) if options.rebuild or not (MODELS / f"fold{k}.npz").exists()]
    with Pool(2) as pool:
        for line in pool.map(_build, missing):
            print(line, file=sys.stderr)
        per_fold = pool.map(_read_fold, range(FOLDS))
    every = [r for fold in per_fold for r in fold]
    for k, readings in enumerate(per_fold):
        print(f"fold {k}", json.dumps(figures(readings)))
    print("all   ", json.dumps(figures(every)))
    if options.out:
        options.out.write_text(json.dumps(every, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
