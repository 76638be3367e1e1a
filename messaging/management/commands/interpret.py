"""`manage.py interpret [FILE]`: the contract's JSON Lines interpreter (see eval/CONTRACT.md)."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from messaging.interpret.contract import run_records


class Command(BaseCommand):
    help = "Interpret customer SMS records (JSON Lines on stdin or FILE); one JSON object per line out."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="a JSON Lines file; standard input when omitted")

    def handle(self, *args, **options):
        path = options.get("file")
        try:
            stream = open(path, encoding="utf-8") if path else sys.stdin  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CommandError(
                f"cannot read {path}: {exc.strerror}. Pass a JSON Lines file or pipe one in."
            ) from exc
        try:
            for result in run_records(stream):
                self.stdout.write(json.dumps(result, ensure_ascii=False))
        finally:
            if path:
                stream.close()
