"""`manage.py build_interpreter_model`: train the interpreter's learned voice from corpora/tuned/.

`make install` runs it (and again whenever a tuned corpus changes). Options:

    --output PATH          where to write the model (default build/interpreter-model.npz)
    --exclude NAME         leave a corpus out (repeatable), e.g. to score it as unseen text
    --held-out-models DIR  one model per tuned corpus, trained without it, for `score.py` runs
    --cross-validate       print leave-one-corpus-out accuracy instead of building
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand

from messaging.interpret.learned import model_path, training_files


class Command(BaseCommand):
    help = "Train the interpreter's learned voice on corpora/tuned/*.jsonl (never corpora/sealed/)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=None)
        parser.add_argument("--exclude", action="append", default=[])
        parser.add_argument("--held-out-models", type=Path, default=None)
        parser.add_argument("--cross-validate", action="store_true")

    def handle(self, *args, **options):
        from messaging.interpret import training  # scikit-learn loads only for this command

        files = training_files()
        started = time.monotonic()
        if options["cross_validate"]:
            figures = training.cross_validate(files)
            self.stdout.write(json.dumps(figures, indent=2))
            return
        if options["held_out_models"]:
            folder: Path = options["held_out_models"]
            for held in files:
                meta = training.build_and_save(folder / f"{held.stem}.npz", files=files, exclude=[held.name])
                self.stdout.write(f"{held.stem}: trained on {meta['records']} records without it")
            return
        output = options["output"] or model_path()
        meta = training.build_and_save(output, files=files, exclude=options["exclude"])
        self.stdout.write(
            f"Interpreter model: {meta['records']} labelled records from {len(meta['trained_on'])} corpora "
            f"-> {output} ({time.monotonic() - started:.1f} s)"
        )
