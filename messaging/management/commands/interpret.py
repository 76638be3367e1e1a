"""`manage.py interpret [FILE]`: the contract's JSON Lines interpreter (see eval/CONTRACT.md)."""

from __future__ import annotations

from messaging.interpret.contract import run_record
from messaging.management.jsonl import JsonLinesCommand


class Command(JsonLinesCommand):
    help = "Interpret customer SMS records (JSON Lines on stdin or FILE); one JSON object per line out."
    handle_record = staticmethod(run_record)
