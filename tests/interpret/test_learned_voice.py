"""The learned voice: trained only on corpora/tuned/, saved without pickles, loaded fast, deterministic."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from messaging.interpret import learned, training

from .helpers import ZONE, local

RECORD = {
    "received_at": "2026-06-10T09:05:00-05:00",
    "timezone": ZONE,
    "window_start": "2026-06-10T09:00:00-05:00",
    "window_end": "2026-06-10T11:00:00-05:00",
    "job_status": "en_route",
    "last_outbound": None,
}
TUNED_TEXTS = {
    "running_late": [
        "running 20 late sorry",
        "stuck in traffic, 15 min behind",
        "be there in 10, running late",
    ],
    "reschedule": ["can we move it to thursday", "need another day please", "could he come friday instead"],
    "thanks": ["thanks so much!", "thank you, great job", "cheers, appreciate it"],
}


def _corpus(path: Path, texts: dict[str, list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({**RECORD, "id": f"{intent}{i}", "text": text, "gold": {"intent": intent}})
        for intent, examples in texts.items()
        for i, text in enumerate(examples)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def corpora(tmp_path):
    """A tuned corpus and, beside it, a sealed one whose label must never reach a model."""
    _corpus(tmp_path / "tuned" / "small.jsonl", TUNED_TEXTS)
    _corpus(tmp_path / "sealed" / "unseen.jsonl", {"poisoned_label": ["sealed text one", "sealed text two"]})
    return tmp_path


def test_training_never_opens_a_sealed_corpus(corpora, monkeypatch):
    opened: list[Path] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self.resolve())
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    monkeypatch.setattr(Path, "read_bytes", lambda self: opened.append(self.resolve()) or b"")
    files = learned.training_files(corpora / "tuned")
    arrays, meta = training.build(files)
    assert opened and all("sealed" not in path.parts for path in opened)
    assert "poisoned_label" not in arrays["classes"].tolist()
    assert meta["trained_on"] == ["small.jsonl"]


def test_the_project_trains_on_tuned_corpora_only():
    files = learned.training_files()
    assert files, "corpora/tuned/ holds the labelled corpora"
    assert all(f.parent == learned.CORPORA / "tuned" for f in files)


def test_a_sealed_folder_is_refused_outright(corpora):
    with pytest.raises(ValueError, match="Sealed"):
        learned.training_files(corpora / "sealed")


def test_the_build_is_deterministic_and_saved_without_pickles(corpora, tmp_path):
    files = learned.training_files(corpora / "tuned")
    first, second = tmp_path / "one.npz", tmp_path / "two.npz"
    training.build_and_save(first, files=files)
    training.build_and_save(second, files=files)
    with np.load(first, allow_pickle=False) as a, np.load(second, allow_pickle=False) as b:
        assert sorted(a.files) == sorted(b.files)
        for key in a.files:
            assert np.array_equal(a[key], b[key]), key
    model = learned.load(first)
    assert model.meta["records"] == 9
    assert model.guess("running 20 late", None).intent == "running_late"


def test_a_missing_model_names_the_command_that_builds_it(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERPRETER_MODEL", str(tmp_path / "absent.npz"))
    with pytest.raises(learned.ModelMissingError, match="build_interpreter_model"):
        learned.voice()


def test_the_project_model_loads_in_under_a_second():
    path = learned.model_path()
    learned.voice()  # built on first use when `make install` has not run
    started = time.process_time()
    model = learned.load(path)
    assert time.process_time() - started < 1.0
    assert set(model.classes) >= {"running_late", "reschedule", "emergency", "confirm"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hey running about 25 behind, sorry!", "running_late"),
        ("any chance we could push this to next week?", "reschedule"),
        ("please cancel my appointment", "cancel"),
        ("where is your guy? nobody here yet", "where_is_tech"),
    ],
)
def test_the_learned_voice_reads_plain_texts(text, intent):
    from messaging.interpret import MessageContext

    context = MessageContext(
        received_at=local("2026-06-10", "09:05"),
        timezone=ZONE,
        window_start=local("2026-06-10", "09:00"),
        window_end=local("2026-06-10", "11:00"),
        job_status="en_route",
    )
    assert learned.voice().guess(text, context).intent == intent


@pytest.mark.parametrize(
    "text", ["", "   ", "🙂🙂🙂", "x" * 100_000, "\x00\u200b", "¿Dónde está el técnico?"]
)
def test_any_text_gets_a_reading_quickly(text):
    model = learned.voice()
    started = time.process_time()
    found = model.guess(text, None)
    assert time.process_time() - started < 0.05
    assert found.intent in model.classes
    assert abs(sum(p for _, p in found.ranked) - 1.0) < 1e-6
