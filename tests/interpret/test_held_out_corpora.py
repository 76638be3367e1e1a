"""Floors on held-out corpora of hand-labelled texts phrased unlike the development corpus.

Each was written by someone who had not read the interpreter, before tuning on it; gold follows
eval/CONTRACT.md. `paraphrase_corpus.jsonl`: other regions, typos, capitals, dictation, Spanish,
indirect emergencies and complaints, many date forms. `voices_corpus.jsonl`: formal letters, slang,
dictation errors, UK/Australian/Indian English, relayed messages, landlords, DST edges.
`multilingual_corpus.jsonl`: Mexican, Caribbean and Spain Spanish, Spanglish and Quebec French.
`threads_corpus.jsonl`: texts in the style of eleven businesses' threads (US, Canada, UK, Ireland,
New Zealand, Australia): menus, day-first dates, "Monday week", a fortnight, 24-hour times.
`personas_corpus.jsonl`: 33 people texting several times each (a retired teacher, a night-shift nurse,
a landlord, a wheelchair user, a restaurant owner, a farmer, a couple contradicting each other).
`latino_quebec_corpus.jsonl`: informal US Latino Spanish ("orita", "xq", "ya mero", "pa' las 3"),
Spanglish and Quebec French ("chu en retard", "y'est où le technicien?"), with menus and ratings.
`hard_cases_corpus.jsonl`: negations and hypotheticals, times that are not arrivals, numbers that are
not times, one-character replies read against the last text, sarcasm, emergencies without the
obvious words.
`messy_corpus.jsonl`: short lowercase texts with autocorrect slips and phonetic spellings ("wya",
"cx tmrw", "cofirm", "be there in like 20-25"), emoji, merged texts, replies in the wrong thread.
`trade_talk_corpus.jsonl`: model and part numbers, sizes, temperatures, units and lots, prices,
landlords, tenants, property managers and commercial customers.
`times_corpus.jsonl`: arrival times and requested slots in every form ("twenty to five", "1530",
"3 30", "10-15" to "how far away are you?", "after 4 on Wed?", "same time next week", "two weeks
from now", "push it back an hour"), and times that are neither.
`long_texts_corpus.jsonl`: two to six sentences doing several things at once (late with access and a
question, a complaint with a new slot, an emergency in detail), labelled with every intent.
`spanish_corpus.jsonl`: Spanish from Mexico, Central and South America, the Caribbean and Spain
("ocupamos", "anulad", "curro", "cuarto para las 6", "entre 15 y 20 minutos", "regreso al mediodía").
`dev_like_corpus.jsonl` to `dev_like_4_corpus.jsonl`: four more samples of dev.jsonl's population by
four other writers (200 texts each; the last two with some Spanish, the last with some French).
The floors sit a little under what the interpreter reaches, so a regression in a cue family shows.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from messaging.interpret.contract import run_record

TUNED = Path(__file__).resolve().parents[2] / "corpora" / "tuned"

CORPORA = (
    "paraphrase_corpus.jsonl",
    "voices_corpus.jsonl",
    "multilingual_corpus.jsonl",
    "threads_corpus.jsonl",
    "personas_corpus.jsonl",
    "latino_quebec_corpus.jsonl",
    "hard_cases_corpus.jsonl",
    "messy_corpus.jsonl",
    "trade_talk_corpus.jsonl",
    "times_corpus.jsonl",
    "long_texts_corpus.jsonl",
    "spanish_corpus.jsonl",
    "dev_like_corpus.jsonl",
    "dev_like_2_corpus.jsonl",
    "dev_like_3_corpus.jsonl",
    "dev_like_4_corpus.jsonl",
)
FLOORS = {
    "intent": 0.96,
    "access": 0.95,
    "requested_date": 0.93,
    "arrival": 0.93,
    "urgent_recall": 0.95,
    "sentiment": 0.93,
}


# Where a labeller's convention differs: threads_corpus.jsonl labels a bare thumbs-up neutral (dev.jsonl:
# positive) and a polite "please stop texting me" negative (the other corpora: neutral); so does
# messy_corpus.jsonl, which also calls "k thx" neutral.
FLOOR_EXCEPTIONS = {
    ("threads_corpus.jsonl", "sentiment"): 0.9,
    ("messy_corpus.jsonl", "sentiment"): 0.88,
    # long_texts_corpus.jsonl counts a closing "thanks" on a cancellation as thanks and positive, and
    # takes the first of two days offered ("Thursday around 10? If not, anytime Friday"), unlike dev.
    ("long_texts_corpus.jsonl", "sentiment"): 0.86,
    ("long_texts_corpus.jsonl", "requested_date"): 0.88,
    ("long_texts_corpus.jsonl", "access"): 0.93,
    ("long_texts_corpus.jsonl", "urgent_recall"): 0.92,
    # dev_like_corpus.jsonl calls a bare "thx", "ok thanks" or thumbs-up neutral; dev.jsonl positive.
    ("dev_like_corpus.jsonl", "sentiment"): 0.9,
    ("dev_like_2_corpus.jsonl", "sentiment"): 0.9,
    ("dev_like_3_corpus.jsonl", "sentiment"): 0.9,
    ("dev_like_4_corpus.jsonl", "sentiment"): 0.9,
    ("dev_like_4_corpus.jsonl", "access"): 0.94,
    # its one missed note is a flat number given as the whole note's key ("Flat 12, second floor")
    ("dev_like_2_corpus.jsonl", "access"): 0.94,
}


def _score(name: str) -> dict[str, float]:
    corpus = TUNED / name
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [(r["gold"], run_record({k: v for k, v in r.items() if k != "gold"})) for r in records]

    def share(hits: list[bool]) -> float | None:
        return sum(hits) / len(hits) if hits else None

    def near(gold: str, got: str | None) -> bool:
        return (
            bool(got)
            and abs((datetime.fromisoformat(got) - datetime.fromisoformat(gold)).total_seconds()) <= 300
        )

    return {
        "name": name,
        "records": len(records),
        "intent": share([o["intent"] == g["intent"] for g, o in pairs]),
        "access": share(
            [g["access_key"].lower() in (o["access_note"] or "").lower() for g, o in pairs if g["access_key"]]
        ),
        "requested_date": share(
            [o["requested_date"] == g["requested_date"] for g, o in pairs if g["requested_date"]]
        ),
        "arrival": share([near(g["arrival_at"], o["arrival_at"]) for g, o in pairs if g["arrival_at"]]),
        "urgent_recall": share([o["urgent"] for g, o in pairs if g["urgent"]]),
        "sentiment": share([o["sentiment"] == g["sentiment"] for g, o in pairs]),
    }


@pytest.fixture(scope="module", params=CORPORA)
def scores(request) -> dict[str, float]:
    return _score(request.param)


def test_the_corpus_is_large_enough(scores):
    assert scores["records"] >= 100


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_held_out_floor(scores, metric):
    if scores[metric] is None:
        pytest.skip(f"{scores['name']} has no records that {metric} is measured on")
    floor = FLOOR_EXCEPTIONS.get((scores["name"], metric), FLOORS[metric])
    assert scores[metric] >= floor, f"{metric} {scores[metric]:.3f} fell below {floor}"
