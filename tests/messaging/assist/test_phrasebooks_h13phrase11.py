"""Issue 13 (h13phrase11): every phrasebook whole, and each language answered in its own.

Japanese, Greek, Ukrainian, Turkish, Hebrew, Persian, Amharic, Somali, Bengali, Punjabi and Thai
had no phrasebook, so their customers were answered in English; a Portuguese smoke report was
answered in French (its ç counted as French's letter). The tests below are generated over every
book, so a book added later is checked the same way: every key of the English book has a home
(its own or its stand-in), the placeholders are the ones the other short books use, every reply
fits two SMS segments with long values in it, and a name left out leaves no honorific behind.
The probe corpus `corpora/tuned/assist_probe_phrase11.jsonl` (ids `p11-<language>-NN`) checks
that detection routes each text to its book.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from string import Formatter

import pytest

from messaging.assist import phrases
from messaging.assist.suggest import MAX_REPLY_CHARS, _without_empty_name
from messaging.hazards import HAZARDS
from messaging.management.commands.assist import assist_record

SHORT = sorted(phrases.SHORT_BOOKS)
REFERENCE = "fr"  # the first short book: every other one has its keys and placeholders
PROBE = Path(__file__).resolve().parents[3] / "corpora" / "tuned" / "assist_probe_phrase11.jsonl"


def placeholders(sentences: tuple[str, ...] | str) -> set[str]:
    text = sentences if isinstance(sentences, str) else " ".join(sentences)
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_the_new_languages_have_books():
    assert {"ja", "el", "uk", "tr", "he", "fa", "am", "so", "bn", "pa", "th"} <= set(phrases.SHORT_BOOKS)


@pytest.mark.parametrize("language", SHORT)
def test_every_english_key_has_a_home_in_the_book(language):
    book = phrases.REPLIES[language]
    missing = [
        key
        for key in phrases.REPLIES["en"]
        if key not in book
        and (stand_in := phrases.STAND_INS.get(key, "missing")) is not None
        and stand_in not in book
    ]
    assert not missing, missing


@pytest.mark.parametrize("language", SHORT)
def test_every_short_book_has_the_same_keys_labels_and_placeholders(language):
    book, reference = phrases.SHORT_BOOKS[language], phrases.SHORT_BOOKS[REFERENCE]
    assert set(book) == set(reference)
    for key, (label, sentences) in book.items():
        assert label == reference[key][0], key
        assert placeholders(sentences) == placeholders(reference[key][1]), key
        if key in phrases.REPLIES["en"]:
            assert placeholders(sentences) <= placeholders(phrases.REPLIES["en"][key][1]), key
        assert all(s.lstrip("~?").strip() for s in sentences), key


@pytest.mark.parametrize("language", SHORT)
def test_every_short_book_has_its_readings_openers_and_safety_step(language):
    meant, reference = phrases.READINGS_MEANT[language], phrases.READINGS_MEANT[REFERENCE]
    assert set(meant) == set(reference)
    for intent, templates in meant.items():
        assert placeholders(templates) <= placeholders(phrases.READINGS_MEANT["en"][intent]), intent
    assert language in phrases.WHERE_MEANT_ON_SITE
    for table in (phrases.OPENERS, phrases.RESCHEDULE_OPENERS):
        assert set(table[language]) == set(table[REFERENCE])
        assert all(placeholders(t) == {"first"} for t in table[language].values())
    assert all(language in h.advice for h in HAZARDS.values()) or language in phrases.GENERIC_SAFETY


# What a dropped name must not leave: a placeholder, an honorific with no name before it (Korean's
# "님", Japanese's "様", Persian's "عزیز", Punjabi's "ਜੀ"), Thai's "คุณ" with no name after it, a
# comma opening the text, or two spaces.
LEFT_BEHIND = re.compile(
    r"\{|(?:^|[\s,，、،፣:;!?.。！？])(?:님|様|عزیز|ਜੀ)|(?:^|\s)คุณ(?=[\s!?]|$)|^[\s,，、،፣:;]|  "
)


def longest(texts) -> str:
    return max(texts, key=len)


@pytest.mark.parametrize("language", SHORT)
@pytest.mark.parametrize("first", ["Maximiliana", ""])
def test_every_reply_fits_two_segments_with_long_values_and_names_nobody_when_the_name_is_unknown(
    language, first
):
    meant = [t.format(arrival="10:50") for ts in phrases.READINGS_MEANT[language].values() for t in ts]
    safety = [h.advice[language] for h in HAZARDS.values() if language in h.advice]
    values = {
        "first": first,
        "named": "Maximiliana Oyelaran-Castellanos",
        "arrival": "10:50",
        "eta": "10:50",
        "win_start": "10:00",
        "win_end": "12:00",
        "opener": longest(phrases.OPENERS[language].values()),
        "resched_opener": longest(phrases.RESCHEDULE_OPENERS[language].values()),
        "safety": longest([*safety, phrases.GENERIC_SAFETY.get(language, "")]),
        "meant": longest(meant),
        "meant_else": longest(meant),
    }
    values["opener"] = _without_empty_name(values["opener"], first).format(first=first)
    values["resched_opener"] = _without_empty_name(values["resched_opener"], first).format(first=first)
    joiner = phrases.SENTENCE_JOINERS.get(language, " ")
    for key, (_, sentences) in phrases.SHORT_BOOKS[language].items():
        needed = [
            _without_empty_name(s.lstrip("~?"), first) for s in sentences if not s.lstrip("~").startswith("?")
        ]
        text = joiner.join(s.format_map(values) for s in needed)
        assert len(text) <= MAX_REPLY_CHARS, (key, len(text), text)
        if not first and "named" not in placeholders(sentences):  # that reply is not offered then
            assert not LEFT_BEHIND.search(text), (key, text)


def probe_records() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("record", probe_records(), ids=lambda r: r["id"])
def test_a_probe_text_is_read_in_its_language_and_answered_from_its_book(record):
    language = record["id"].split("-")[1]
    out = assist_record({k: v for k, v in record.items() if k != "gold"})
    assert out["interpretation"]["language"] == language
    replies = out["replies"]
    assert 2 <= len(replies) <= 4
    assert not replies[0]["label"].startswith("In English:")
    assert replies[-1]["label"].startswith("In English:")
    assert all(len(r["text"]) <= MAX_REPLY_CHARS for r in replies)
    if record["gold"]["intent"] == "emergency" and out["interpretation"]["intent"] == "emergency":
        # the safety step in the customer's language, not English in the middle of the reply
        assert "Please" not in replies[0]["text"] and "911" in " ".join(r["text"] for r in replies[:-1])
