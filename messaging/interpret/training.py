"""Train the learned voice with scikit-learn, check it, and measure it on corpora it did not see.

Only `manage.py build_interpreter_model` (and a first use without a built model) imports this
module; serving a message needs NumPy alone (see `learned`). Training is deterministic: the same
corpora and library versions give the same weights.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from .contract import context_from_record
from .learned import (
    BLOCKS,
    FORMAT_VERSION,
    SEED,
    LearnedModel,
    features,
    labelled_records,
    save,
    training_files,
)

# Regularisation chosen by leave-one-corpus-out cross-validation (see `cross_validate`).
C = 10.0
MIN_DF = {"word": 1, "char": 2, "context": 1}
SELF_CHECK_TOLERANCE = 1e-6


def _tokens(records: Sequence[dict[str, Any]]) -> list[dict[str, list[str]]]:
    return [features(r.get("text") or "", context_from_record(r)) for r in records]


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def fit(records: Sequence[dict[str, Any]]) -> tuple[dict[str, np.ndarray], list[dict[str, list[str]]]]:
    """Train on `records` (each with `gold.intent`); return the model's arrays and the features used."""
    tokens = _tokens(records)
    labels = [r["gold"]["intent"] for r in records]
    vectorizers, matrices, arrays = {}, [], {}
    offset = 0
    for block in BLOCKS:
        vectorizer = TfidfVectorizer(
            analyzer=_identity, sublinear_tf=True, min_df=MIN_DF[block], lowercase=False
        )
        matrices.append(vectorizer.fit_transform([t[block] for t in tokens]))
        names = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        arrays[f"{block}_names"] = np.array(names, dtype=str)
        arrays[f"{block}_idf"] = vectorizer.idf_.astype(np.float64)
        arrays[f"{block}_offset"] = np.array(offset)
        offset += len(names)
        vectorizers[block] = vectorizer
    classifier = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    classifier.fit(hstack(matrices).tocsr(), labels)
    arrays["classes"] = np.array(classifier.classes_, dtype=str)
    arrays["weights"] = classifier.coef_.T.astype(np.float64)
    arrays["bias"] = classifier.intercept_.astype(np.float64)
    _self_check(arrays, records, tokens, vectorizers, classifier)
    return arrays, tokens


def _self_check(
    arrays: dict[str, np.ndarray],
    records: Sequence[dict[str, Any]],
    tokens: list[dict[str, list[str]]],
    vectorizers: dict[str, Any],
    classifier: Any,
) -> None:
    """The saved arrays must score exactly as scikit-learn does, or the build fails."""
    sample = list(range(0, len(records), max(1, len(records) // 200)))
    matrix = hstack([vectorizers[b].transform([tokens[i][b] for i in sample]) for b in BLOCKS]).tocsr()
    expected = classifier.predict_proba(matrix)
    model = LearnedModel(arrays, {})
    for row, i in enumerate(sample):
        got = model.probabilities(records[i].get("text") or "", context_from_record(records[i]))
        if np.abs(got - expected[row]).max() > SELF_CHECK_TOLERANCE:
            raise AssertionError(
                f"the exported model disagrees with scikit-learn on record {records[i]['id']}"
            )


def corpora_digest(files: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def build(
    files: Sequence[Path], *, exclude: Sequence[str] = ()
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Train on the labelled records of `files` except the corpora named in `exclude`."""
    kept = [f for f in files if f.name not in set(exclude) and f.stem not in set(exclude)]
    records = list(labelled_records(kept))
    if not records:
        raise ValueError("No labelled records to train on.")
    arrays, _ = fit(records)
    meta = {
        "format": FORMAT_VERSION,
        "trained_on": [f.name for f in kept],
        "records": len(records),
        "corpora_sha256": corpora_digest(kept),
        "scikit_learn": sklearn.__version__,
        "C": C,
        "labels": dict(sorted(Counter(r["gold"]["intent"] for r in records).items())),
    }
    return arrays, meta


def build_and_save(
    path: Path, *, files: Sequence[Path] | None = None, exclude: Sequence[str] = ()
) -> dict[str, Any]:
    # One BLAS thread: on a busy machine more threads only wait for each other.
    with threadpool_limits(limits=1):
        arrays, meta = build(files if files is not None else training_files(), exclude=exclude)
    save(path, arrays, meta)
    return meta


def cross_validate(files: Sequence[Path]) -> dict[str, Any]:
    """Leave one corpus out: train on the others, score the one left out. Near-duplicate corpora
    (copies of the development corpus) still leak a little; the figures are a ceiling for new text."""
    per_corpus, correct, total = {}, 0, 0
    for held in files:
        with threadpool_limits(limits=1):
            hits, count = _score_held_out(files, held)
        if count:
            per_corpus[held.name] = round(hits / count, 3)
            correct, total = correct + hits, total + count
    return {
        "accuracy": round(correct / total, 4) if total else None,
        "records": total,
        "per_corpus": per_corpus,
    }


def _score_held_out(files: Sequence[Path], held: Path) -> tuple[int, int]:
    """Correct intents and records of `held`, by a model trained on every other corpus."""
    train = list(labelled_records([f for f in files if f != held]))
    test = list(labelled_records([held]))
    if not test:
        return 0, 0
    model = LearnedModel(fit(train)[0], {})
    hits = sum(
        model.guess(r.get("text") or "", context_from_record(r)).intent == r["gold"]["intent"] for r in test
    )
    return hits, len(test)
