"""`manage.py evaluate CORPUS [--assist] [--json]`: score the interpreter (or the assist) on a labelled
corpus with the evaluation contract's metrics (see `messaging.evaluation`)."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from messaging.evaluation import evaluate, load_corpus


class Command(BaseCommand):
    help = (
        "Score the interpreter on a labelled JSON Lines corpus (records with `gold`), or with --assist the "
        "technician's reply options: the evaluation contract's metrics."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("corpus", help="a JSON Lines file of labelled records (each with `gold`)")
        parser.add_argument("--assist", action="store_true", help="score the assist instead of interpret")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object, for scripts"
        )

    def handle(self, *args, corpus: str, assist: bool, as_json: bool, **options) -> None:
        try:
            with open(corpus, encoding="utf-8") as stream:
                records = load_corpus(stream)
        except OSError as exc:
            raise CommandError(f"cannot read {corpus}: {exc.strerror}.") from exc
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise CommandError(f"{corpus} is not a labelled corpus: {exc}") from exc
        if not records:
            raise CommandError(f"{corpus} holds no records.")
        figures = evaluate(records, assist=assist)
        if as_json:
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        for key, value in figures.items():
            shown = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
            self.stdout.write(f"{key:32} {shown}")
