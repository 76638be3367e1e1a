from __future__ import annotations

import json

import pytest

from messaging.interpret import Interpretation
from messaging.interpret.contract import context_from_record, run_records

RECORD = {
    "id": "r1",
    "text": "running late, 20 min",
    "received_at": "2026-05-26T09:05:00-07:00",
    "timezone": "America/Los_Angeles",
    "window_start": "2026-05-26T08:00:00-07:00",
    "window_end": "2026-05-26T10:00:00-07:00",
    "job_status": "en_route",
    "last_outbound": None,
}


def test_each_record_gives_one_contract_object_in_order():
    lines = [json.dumps(RECORD), json.dumps({**RECORD, "id": "r2", "text": "STOP"})]
    out = list(run_records(lines))
    assert [o["id"] for o in out] == ["r1", "r2"]
    assert out[0]["intent"] == "running_late"
    assert out[0]["arrival_at"] == "2026-05-26T09:25:00-07:00"
    assert out[1]["intent"] == "opt_out"


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        "[1, 2]",
        json.dumps({**RECORD, "received_at": "yesterday"}),
        json.dumps({"id": "x", "text": "hi"}),
        json.dumps({**RECORD, "received_at": "2026-05-26T09:05:00"}),
    ],
)
def test_a_bad_line_yields_an_error_object_and_the_run_goes_on(line):
    out = list(run_records([line, json.dumps(RECORD)]))
    assert "error" in out[0]
    assert out[1]["intent"] == "running_late"


def test_blank_lines_are_skipped():
    assert len(list(run_records(["", json.dumps(RECORD), "  \n"]))) == 1


def test_context_from_record_needs_aware_times():
    context = context_from_record(RECORD)
    assert context.received_at.tzinfo is not None
    assert context.window_end.hour == 10


def test_interpretation_round_trips_through_its_dict():
    out = next(run_records([json.dumps({**RECORD, "text": "Can we do friday after 2 instead?"})]))
    out.pop("id")
    assert Interpretation.from_dict(out).to_dict() == out
