"""Issue 13 (h13phrase12): Russian, Arabic, Hindi, Urdu, Polish, Dutch, Haitian Creole and
Indonesian/Malay customers answered in their own language, and detection that routes them there.

The keys, labels, placeholders, lengths and dropped-name checks are generated over every short book
in `test_phrasebooks_h13phrase11.py`, so the new books are checked there the same way. Here: the books
exist, Hindi or Urdu typed in Latin letters is answered in Latin letters, each probe card
(`corpora/tuned/assist_probe_phrase12.jsonl`, ids `p12-<language>-NN`) is read in its language and
answered from its book, and the detection families (Japanese in kanji alone, Urdu beside Persian,
Portuguese "tenho que sair", Hindi in Latin letters, Indonesian and Malay) with their near-misses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from messaging.assist import phrases
from messaging.assist.suggest import MAX_REPLY_CHARS, _reply_language
from messaging.interpret.core import _language
from messaging.interpret.normalize import normalise
from messaging.management.commands.assist import assist_record

PROBE = Path(__file__).resolve().parents[3] / "corpora" / "tuned" / "assist_probe_phrase12.jsonl"
NEW = {"ru", "ar", "hi", "hi-Latn", "ur", "pl", "nl", "ht", "id"}

# What a first reply in each language is written in: its script, or words only it uses here.
IN_LANGUAGE = {
    "ru": r"[а-яё]",
    "ar": r"^(?!.*[ےہںٹ]).*[\u0600-\u06ff]",
    "ur": r"[ےہںٹ]",
    "hi": r"[\u0900-\u097f]",
    "hi-Latn": r"\b(?:aap\w*|hai|hain|shukriya|maafi|bilkul|zaroor|koi)\b",
    "pl": r"[ąćęłńśźż]|\b(?:dziękuj\w*|przepraszam|wizyt\w*)\b",
    "nl": r"\b(?:ik|u|uw|bedankt|afspraak|graag|geen|zeker)\b",
    "ht": r"\b(?:mwen|mèsi|nou|ou|randevou|tanpri|wi|m ap)\b",
    "id": r"\b(?:terima kasih|saya|kunjungan|anda|kami|jangan|sama-sama)\b",
    "ja": r"[\u3040-\u30ff]",
    "pt": r"\b(?:obrigad\w*|você|visita|vou|claro)\b",
}


def test_the_new_languages_have_books():
    assert set(phrases.SHORT_BOOKS) >= NEW
    for table in (
        phrases.READINGS_MEANT,
        phrases.OPENERS,
        phrases.RESCHEDULE_OPENERS,
        phrases.GENERIC_SAFETY,
    ):
        assert set(table) >= NEW


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("main ghar pe hoon, aa jaiye", "hi-Latn"),
        ("mujhe appointment cancel karni hai", "hi-Latn"),
        ("मैं घर पर हूँ", "hi"),
        ("", "hi"),  # no text to see its letters by: the Hindi book as Hindi writes it
    ],
)
def test_hindi_in_latin_letters_is_answered_in_latin_letters(message, expected):
    assert _reply_language("hi", "en", message) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Japanese in kanji alone: a character Chinese writes otherwise, or a word Chinese does not say
        ("本日予約取消希望", "ja"),
        ("只今到着", "ja"),
        ("遅刻", "ja"),
        ("玄関前", "ja"),
        # near-misses: Chinese, simplified and traditional, stays Chinese
        ("我迟到二十分钟", "zh"),
        ("師傅到了嗎？請問幾點到", "zh"),
        ("取消預約", "zh"),
        ("谢谢你们", "zh"),
        ("我到家了", "zh"),
        # Urdu by its own letters; Persian and Arabic stay theirs
        ("میں گھر پر ہوں", "ur"),
        ("معذرت، میں 20 منٹ لیٹ ہوں", "ur"),
        ("من الان خونه‌ام", "fa"),
        ("تکنسین کجاست؟", "fa"),
        ("أنا في البيت الآن", "ar"),
        # Portuguese's "tenho"/"sair"; Spanish and French near-misses stay theirs
        ("Tenho que sair às 4", "pt"),
        ("Tenho que sair às 11:30, dá tempo?", "pt"),
        ("Tengo que salir a las 4", "es"),
        ("Je dois partir à 4h", "fr"),
        ("I have to leave at 4", "en"),
        # Hindi/Urdu in Latin letters by its polite requests and pronouns; English stays English
        ("maaf kijiye, main 20 minute late hoon", "hi"),
        ("bahut shukriya bhai, sab theek hai", "hi"),
        ("sorry running 20 minutes late", "en"),
        # Indonesian and Malay
        ("Ada bau gas di dapur!", "id"),
        ("Boleh tukar temujanji ke esok?", "id"),
        ("Pemanas mati, ada bayi dan di luar dingin sekali", "id"),
        ("Ik ben nu thuis", "nl"),
        ("gas smell in the kitchen", "en"),
    ],
)
def test_language_families(text, language):
    assert _language(normalise(text), text) == language


def probe_records() -> list[dict]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("record", probe_records(), ids=lambda r: r["id"])
def test_a_probe_text_is_read_in_its_language_and_answered_in_it(record):
    language = record["id"].split("-")[1]
    out = assist_record({k: v for k, v in record.items() if k != "gold"})
    assert out["interpretation"]["language"] == language
    replies = out["replies"]
    assert 2 <= len(replies) <= 4
    assert replies[-1]["label"].startswith("In English:")
    assert all(len(r["text"]) <= MAX_REPLY_CHARS for r in replies)
    book = "hi-Latn" if language == "hi" and record["text"].isascii() else language
    assert re.search(IN_LANGUAGE[book], replies[0]["text"].lower(), re.S), replies[0]["text"]
    if out["interpretation"]["intent"] == "emergency":
        assert "Please" not in replies[0]["text"] and "911" in " ".join(r["text"] for r in replies[:-1])
