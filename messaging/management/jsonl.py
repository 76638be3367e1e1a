"""The shape shared by `manage.py interpret` and `manage.py assist` (see eval/CONTRACT.md):
JSON Lines from FILE or standard input, one JSON object per line out, in order."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from messaging.interpret.contract import run_records


class JsonLinesCommand(BaseCommand):
    """Subclasses set `handle_record(record) -> dict`; a bad line becomes {"id", "error"}."""

    @staticmethod
    def handle_record(record: dict) -> dict:
        raise NotImplementedError

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="?", help="a JSON Lines file; standard input when omitted")

    def handle(self, *args, **options) -> None:
        path = options.get("file")
        try:
            stream = open(path, encoding="utf-8") if path else sys.stdin  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CommandError(
                f"cannot read {path}: {exc.strerror}. Pass a JSON Lines file or pipe one in."
            ) from exc
        try:
            for result in run_records(stream, self.handle_record):
                self.stdout.write(json.dumps(result, ensure_ascii=False))
        finally:
            if path:
                stream.close()
