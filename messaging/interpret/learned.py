"""The learned voice: a linear text classifier over the labelled corpora, independent of the rules.

Trained with scikit-learn (TF-IDF word and character n-grams, multinomial logistic regression) by
`manage.py build_interpreter_model`, which `make install` runs. The trained model is saved by this
module as plain arrays (feature names, idf weights, coefficients) in a NumPy `.npz` read with
`allow_pickle=False`: nothing executable is ever loaded. Scoring a message needs only NumPy and
`features()` below, the very function training used, so the two can never tokenise differently.

The model is read once per process, lazily, on the first message (`voice()`).
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .normalize import clean, emoji_words
from .types import MessageContext

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
# Only the tuned corpora may train: a sealed corpus is scored once, then never trained or tuned on.
TRAINING_DIR = CORPORA / "tuned"
DEFAULT_MODEL_PATH = ROOT / "build" / "interpreter-model.npz"
BUILD_COMMAND = "python manage.py build_interpreter_model"
FORMAT_VERSION = 1

WORD = re.compile(r"\w+|[?!]")
DIGITS = re.compile(r"\d+")
# Scripts written without spaces between words (Han, kana) or with particles fused to them (Hangul).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CHAR_NGRAMS = (2, 5)
# Context is a few tokens: the job's state and whether the last text asked or told something.
# A bare "C" or "yes" means nothing without them.
OUTBOUND_ASKS = re.compile(r"\?|\breply\b|\bconfirm\b|\brespond", re.I)
OUTBOUND_STOP = re.compile(r"\bstop\b|\bopted? out\b|\bunsubscribed\b", re.I)
BLOCKS = ("word", "char", "context")
SEED = 0


class ModelMissingError(RuntimeError):
    """The trained model file is not there: it is built, not shipped."""


def model_path() -> Path:
    """Where the model lives: $INTERPRETER_MODEL (cross-validation builds its own), else build/."""
    return Path(os.environ.get("INTERPRETER_MODEL") or DEFAULT_MODEL_PATH)


# --- features: shared by training and scoring -------------------------------------------------


MAX_CHARS = 2000  # as the rules read: an SMS is never longer, and a flood of text costs no more


def _prepared(text: str) -> str:
    """Lowercase, emoji as words, digits folded so '20 min' and '15 min' look alike."""
    return DIGITS.sub("0", emoji_words(clean((text or "")[:MAX_CHARS])).lower())


def _words(prepared: str) -> list[str]:
    tokens = WORD.findall(prepared)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def _chars(prepared: str) -> list[str]:
    """Character n-grams inside word boundaries (scikit-learn's `char_wb`), word by word, shortest
    first. One comprehension: a long text has about a thousand, and one list built in a single
    loop costs a quarter less than a list extended once per word and length."""
    low, high = CHAR_NGRAMS
    return [
        padded[i : i + n]
        for padded in [f" {word} " for word in prepared.split()]
        for n in range(low, min(high, len(padded)) + 1)
        for i in range(len(padded) - n + 1)
    ]


def _context(context: MessageContext | None) -> list[str]:
    if context is None:
        return ["status=none", "outbound=none"]
    outbound = context.last_outbound or ""
    said = (
        "none"
        if not outbound
        else "stop"
        if OUTBOUND_STOP.search(outbound)
        else "asks"
        if OUTBOUND_ASKS.search(outbound)
        else "tells"
    )
    return [f"status={context.job_status or 'none'}", f"outbound={said}"]


def features(text: str, context: MessageContext | None) -> dict[str, list[str]]:
    """The tokens of each feature block for one message."""
    prepared = _prepared(text)
    return {"word": _words(prepared), "char": _chars(prepared), "context": _context(context)}


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Guess:
    """The learned voice's reading: intents with probabilities, most likely first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def intent(self) -> str:
        return self.ranked[0][0]

    @property
    def probability(self) -> float:
        return self.ranked[0][1]

    @property
    def margin(self) -> float:
        """How far the first reading is ahead of the second: small means torn between two."""
        return self.ranked[0][1] - (self.ranked[1][1] if len(self.ranked) > 1 else 0.0)

    def probability_of(self, intent: str) -> float:
        return next((p for label, p in self.ranked if label == intent), 0.0)


class LearnedModel:
    """TF-IDF features and logistic regression weights, as arrays; `guess` scores one message."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]):
        self.meta = meta
        self.classes: tuple[str, ...] = tuple(str(c) for c in arrays["classes"])
        # (features, classes), row after row in memory: a message takes a few hundred rows, and rows
        # stored apart (the file holds the array column after column) are slower to gather.
        self.weights = np.ascontiguousarray(arrays["weights"], dtype=np.float64)
        self.bias = arrays["bias"].astype(np.float64)
        # Per block: feature name -> (its column, its idf weight), one look-up a token. The weights
        # as Python floats: one message reads a few hundred of them, one at a time.
        self.features: dict[str, dict[str, tuple[int, float]]] = {}
        for block in BLOCKS:
            names = arrays[f"{block}_names"].tolist()
            offset = int(arrays[f"{block}_offset"])
            idf = arrays[f"{block}_idf"].astype(np.float64).tolist()
            self.features[block] = {name: (offset + i, idf[i]) for i, name in enumerate(names)}

    def vector(self, text: str, context: MessageContext | None) -> tuple[list[int], list[float]]:
        """Sparse TF-IDF (sublinear tf, each block L2-normalised) as feature indices and values."""
        indices: list[int] = []
        values: list[float] = []
        for block, tokens in features(text, context).items():
            lookup = self.features[block].get
            # Tokens are counted before they are looked up (a long text repeats its character
            # n-grams); distinct tokens have distinct columns, so the order and counts are the same.
            # Most tokens come once, and (1 + log 1) * w is w to the last bit: no logarithm for them.
            weighted: dict[int, float] = {}
            for token, n in Counter(tokens).items():
                found = lookup(token)
                if found is not None:
                    column, weight = found
                    weighted[column] = weight if n == 1 else (1.0 + math.log(n)) * weight
            norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
            indices.extend(weighted)
            values.extend(v / norm for v in weighted.values())
        return indices, values

    def known_share(self, text: str) -> float:
        """How much of the text's words the voice was trained on (punctuation and digits aside).

        A text in a language neither voice reads ("kombiden gaz kokusu geliyor, ne yapmalıyım?")
        shares almost no word with the training corpora; then the learned voice's agreement with the
        rules' fallback comes from the question mark alone and says nothing of its meaning. A run of
        Han, kana or Hangul is one "word" to the tokeniser, so it counts by the share of its
        character pairs the voice knows ("师傅几点到" is known pair by pair, never whole)."""
        words = [w for w in WORD.findall(_prepared(text)) if w not in ("?", "!") and w.strip("0")]
        if not words:
            return 1.0
        vocabulary, chars = self.features["word"], self.features["char"]
        known = 0.0
        for word in words:
            if UNSPACED.search(word) and len(word) > 1:
                pairs = [word[i : i + 2] for i in range(len(word) - 1)]
                known += sum(pair in chars for pair in pairs) / len(pairs)
            else:
                known += word in vocabulary
        return known / len(words)

    def probabilities(self, text: str, context: MessageContext | None) -> np.ndarray:
        indices, values = self.vector(text, context)
        scores = self.bias.copy()
        if indices:
            scores += np.asarray(values) @ self.weights[indices]
        scores -= np.max(scores)
        exp = np.exp(scores)
        probabilities: np.ndarray = exp / exp.sum()
        return probabilities

    def probability_of(self, intent: str, text: str, context: MessageContext | None) -> float:
        """How likely `text` alone means `intent` (a piece of a message, read by itself)."""
        if intent not in self.classes:
            return 0.0
        return float(self.probabilities(text, context)[self.classes.index(intent)])

    def guess(self, text: str, context: MessageContext | None) -> Guess:
        probs = self.probabilities(text, context)
        order = np.argsort(-probs, kind="stable")
        return Guess(tuple((self.classes[i], float(probs[i])) for i in order))


def save(path: Path, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
    """Write the model as plain arrays plus JSON metadata (no pickles), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial.npz")  # two builders never share one
    np.savez_compressed(partial, meta=np.array(json.dumps(meta, sort_keys=True)), **arrays)  # type: ignore[arg-type]  # numpy stubs type **kwds as allow_pickle
    partial.replace(path)


def load(path: Path) -> LearnedModel:
    if not path.exists():
        raise ModelMissingError(
            f"The interpreter's learned model is missing ({path}). Build it with `{BUILD_COMMAND}` "
            "(`make install` does)."
        )
    with np.load(path, allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    meta = json.loads(str(arrays.pop("meta")))
    if meta.get("format") != FORMAT_VERSION:
        raise ModelMissingError(
            f"{path} is from another version of the code: rebuild it with `{BUILD_COMMAND}`."
        )
    return LearnedModel(arrays, meta)


_loaded: dict[Path, LearnedModel] = {}
_lock = threading.Lock()


def voice() -> LearnedModel:
    """The model for this process, read on first use. When it was never built (a fresh clone that
    skipped `make install`), it is built now from the tuned corpora, once, and saved."""
    path = model_path()
    model = _loaded.get(path)
    if model is not None:
        return model
    with _lock:
        if path not in _loaded:
            if not path.exists() and "INTERPRETER_MODEL" not in os.environ:
                from .training import build_and_save  # scikit-learn is only needed to build

                build_and_save(path)
            _loaded[path] = load(path)
    return _loaded[path]


# --- the labelled records ---------------------------------------------------------------------


def training_files(directory: Path = TRAINING_DIR) -> list[Path]:
    """The labelled corpora training may read: `corpora/tuned/*.jsonl`, never anything sealed."""
    files = sorted(directory.glob("*.jsonl"))
    sealed = [f for f in files if "sealed" in f.resolve().parts]
    if sealed:
        raise ValueError(f"Sealed corpora must never train the model: {sealed}")
    return files


def labelled_records(files: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Each record with a gold intent, tagged with the corpus it came from (`_corpus`)."""
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                record = json.loads(line)
                if (record.get("gold") or {}).get("intent"):
                    yield {**record, "_corpus": file.name}
