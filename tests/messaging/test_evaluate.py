"""`manage.py evaluate`: the evaluation contract's metrics, computed by the project itself.

The metric functions are held to figures worked out by hand on outputs written here; the command is
run on a small corpus this file writes, and its figures are checked against what the interpreter
answers for the same records through `manage.py interpret`.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from messaging.evaluation import assist_metrics, interpret_metrics

WINDOW = {
    "received_at": "2026-06-10T10:30:00-07:00",
    "timezone": "America/Los_Angeles",
    "window_start": "2026-06-10T10:00:00-07:00",
    "window_end": "2026-06-10T12:00:00-07:00",
    "job_status": "on_site",
    "last_outbound": "CoolBreeze HVAC: Luis has arrived.",
}


def gold(intent: str, **labels) -> dict:
    return {
        "intent": intent,
        "intents": labels.pop("intents", [intent]),
        "arrival_at": None,
        "requested_date": None,
        "requested_time": None,
        "requested_part_of_day": None,
        "urgent": False,
        "sentiment": "neutral",
        "access_key": None,
        **labels,
    }


def record(record_id: str, text: str, **labels) -> dict:
    return {"id": record_id, "text": text, **WINDOW, "gold": gold(**labels)}


def output(intent: str, **fields) -> dict:
    return {"intent": intent, "intents": [intent], "urgent": False, "sentiment": "neutral", **fields}


def test_interpret_metrics_match_figures_worked_out_by_hand():
    records = [
        record(
            "late-close", "running 20 late", intent="running_late", arrival_at="2026-06-10T10:50:00-07:00"
        ),
        record("late-far", "running 20 late", intent="running_late", arrival_at="2026-06-10T10:50:00-07:00"),
        record(
            "late-and-gate",
            "running 20 late, gate code 4411",
            intent="running_late",
            intents=["running_late", "access_info"],
            access_key="4411",
        ),
        record(
            "leak", "water pouring through the ceiling", intent="emergency", urgent=True, sentiment="negative"
        ),
        record("thanks", "thanks!", intent="thanks", sentiment="positive"),
    ]
    outputs = [
        output("running_late", arrival_at="2026-06-10T10:54:00-07:00"),  # 4 minutes off: counts
        output("running_late", arrival_at="2026-06-10T10:56:00-07:00"),  # 6 minutes off: does not
        # The note holds the key but is the whole message: found, not precise.
        output(
            "running_late",
            access_note="running 20 late, gate code 4411",
            arrival_at="2026-06-10T10:50:00-07:00",
        ),
        output("question"),  # the emergency missed
        output("emergency", urgent=True, sentiment="positive"),  # a false emergency
    ]
    figures = interpret_metrics(records, outputs)
    assert figures["records"] == 5
    assert figures["errors"] == 0
    assert figures["intent_accuracy"] == 0.6
    assert figures["intent_f1_by_label"] == {"emergency": 0.0, "running_late": 1.0, "thanks": 0.0}
    assert figures["arrival_within_5min"] == 0.5
    assert figures["arrival_records"] == 2
    assert figures["arrival_spurious"] == 1
    assert figures["urgent_precision"] == 0.0
    assert figures["urgent_recall"] == 0.0
    assert figures["sentiment_accuracy"] == 0.8
    assert figures["access_found"] == 1.0
    assert figures["access_precise"] == 0.0
    assert figures["confusions"] == [("emergency->question", 1), ("thanks->emergency", 1)]
    assert "sure_share" not in figures, "the sure figures apply only when the outputs carry `sure`"

    outputs[2]["access_note"] = "gate code 4411"
    assert interpret_metrics(records, outputs)["access_precise"] == 1.0


def test_sure_figures_judge_only_what_the_project_acts_on_alone():
    records = [
        record("a", "running 20 late", intent="running_late"),
        record("b", "smoke detector chirping, battery i think", intent="question"),
        record("c", "gas smell in the kitchen", intent="emergency", urgent=True),
        record("d", "can he come friday instead", intent="reschedule"),
    ]
    outputs = [
        output("running_late", sure=True),
        output("emergency", urgent=True, sure=True),  # acted on, and wrong: the worst mistake
        output("emergency", urgent=False, sure=True),  # acted on without flagging the danger
        output("cancel", sure=False),  # wrong, but a person decides
    ]
    figures = interpret_metrics(records, outputs)
    assert figures["sure_share"] == 0.75
    assert figures["sure_intent_accuracy"] == 0.6667
    assert figures["unsure_intent_accuracy"] == 0.0
    assert figures["sure_false_emergency"] == 1
    assert figures["sure_missed_urgent"] == 1


def assist_record(text: str, intent: str, **labels) -> dict:
    job = {
        "trade": "hvac",
        "summary": "AC not cooling",
        "customer_name": "Dana Ortiz",
        "technician_name": "Luis",
        "tasks": [
            {"name": "Inspect outdoor condenser", "minutes": 15, "needs_customer": False},
            {"name": "Test thermostat", "minutes": 10, "needs_customer": True},
        ],
    }
    return {"id": intent, "text": text, **WINDOW, "job": job, "gold": gold(intent, **labels)}


def test_assist_checks_pass_fitting_replies_and_name_the_ones_that_fail():
    records = [
        assist_record("running 20 late", "running_late", arrival_at="2026-06-10T10:50:00-07:00"),
        assist_record("STOP", "opt_out"),
    ]
    outputs = [
        {
            "replies": [
                {"text": "No problem, Dana! I'll start on the outdoor unit and see you at 10:50."},
                {"text": "Thanks for letting me know. Want me to get started outside?"},
            ],
            "start_now": [{"name": "Inspect outdoor condenser"}],
        },
        {"replies": [], "start_now": []},
    ]
    figures = assist_metrics(records, outputs)
    assert figures["records_all_checks_pass"] == 1.0, figures["failures_sample"]
    assert figures["checks"]["no replies after opt_out"] == "1/1"

    outputs[0]["replies"][0]["text"] = "No problem, Dana! See you at 3:15."  # a time nobody named
    outputs[0]["start_now"] = [{"name": "Test thermostat"}]  # needs the customer
    figures = assist_metrics(records, outputs)
    assert figures["records_all_checks_pass"] == 0.5
    assert set(figures["failures_sample"]) == {
        "running_late: no invented clock times",
        "running_late: start_now only tasks without the customer",
    }


def write_corpus(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def run_evaluate(*args) -> str:
    out = io.StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


def test_the_command_scores_a_corpus_with_the_interpreters_own_answers(tmp_path):
    # "STOP" labelled right and labelled wrong: whatever else changes, exactly half the intents are right.
    corpus = write_corpus(
        tmp_path / "small.jsonl",
        [
            record("stop", "STOP", intent="opt_out"),
            record("stop-mislabelled", "STOP", intent="thanks"),
            record("late", "running 20 late", intent="running_late", arrival_at="2026-06-10T10:50:00-07:00"),
            record("empty", "", intent="other"),
        ],
    )
    figures = json.loads(run_evaluate(corpus, "--json"))
    assert figures["records"] == 4
    assert figures["errors"] == 0

    unlabelled = tmp_path / "unlabelled.jsonl"
    lines = (tmp_path / "small.jsonl").read_text().splitlines()
    unlabelled.write_text(
        "".join(
            json.dumps({k: v for k, v in json.loads(line).items() if k != "gold"}) + "\n" for line in lines
        )
    )
    interpreted = io.StringIO()
    call_command("interpret", str(unlabelled), stdout=interpreted)
    answers = [json.loads(line) for line in interpreted.getvalue().splitlines()]
    assert answers[0]["intent"] == "opt_out"
    expected_right = 1 + (answers[2]["intent"] == "running_late") + (answers[3]["intent"] == "other")
    assert figures["intent_accuracy"] == expected_right / 4
    assert figures["confusions"][0] == ["thanks->opt_out", 1]

    text = run_evaluate(corpus)
    assert text.splitlines()[0].split() == ["records", "4"]
    assert "intent_accuracy" in text


def test_the_command_scores_the_assist(tmp_path):
    corpus = write_corpus(
        tmp_path / "assist.jsonl",
        [assist_record("running 20 late", "running_late", arrival_at="2026-06-10T10:50:00-07:00")],
    )
    figures = json.loads(run_evaluate(corpus, "--assist", "--json"))
    assert figures["records"] == 1
    assert figures["interpretation"]["records"] == 1
    assert "2-4 replies" in figures["checks"]
    assert 0.0 <= figures["records_all_checks_pass"] <= 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ('{"id": "x", "text": "hi"}\n', "needs a `gold` object"),
        ("not json\n", "is not a labelled corpus"),
        ("\n", "holds no records"),
    ],
)
def test_bad_corpora_get_a_clear_answer(tmp_path, content, message):
    path = tmp_path / "corpus.jsonl"
    if content is not None:
        path.write_text(content)
    with pytest.raises(CommandError, match=message):
        run_evaluate(str(path))
