"""A customer threatening to go to another company, in the languages the first leaving cue did not
read (issue 13, h13assist8): Chinese, Korean, German, Russian, Italian, Tagalog, Japanese, Dutch and
Polish. The rules read it as a complaint whatever grievance comes before it; a company or a
technician named as the one that came before is a near miss."""

from __future__ import annotations

import itertools

import pytest

from .helpers import read_rules_on_day

DAY = "2026-12-09"
THREATS = {
    "zh": ("再不来我就找别的公司了", "我要换一家公司", "不来的话我找其他师傅"),
    "ko": ("다른 업체 부를게요", "그냥 다른 회사 알아볼게요"),
    "de": ("Ich rufe eine andere Firma an.", "dann hole ich mir einen anderen Handwerker"),
    "ru": ("я найду другую фирму", "вызову другого мастера"),
    "it": ("chiamo un'altra ditta", "cerco un altro idraulico"),
    "tl": ("hahanap na lang ako ng ibang kumpanya", "tatawag na lang ako sa ibang technician"),
    "ja": ("他の業者に頼みます",),
    "nl": ("dan bel ik een ander bedrijf",),
    "pl": ("zadzwonię do innej firmy",),
}
BEFORE = {
    "zh": ("", "太慢了！", "等了一上午。"),
    "ko": ("", "오전 내내 기다렸어요. "),
    "de": ("", "Schon wieder zu spät. "),
    "ru": ("", "Опять опаздываете, "),
    "it": ("", "Sempre in ritardo, "),
    "tl": ("", "Ang tagal naman, "),
    "ja": ("", "もう待てません。"),
    "nl": ("", "Alweer te laat, "),
    "pl": ("", "Znowu spóźnienie, "),
}
NEAR_MISSES = (
    "上次别的公司没修好，所以才找你们",
    "다른 업체가 못 고쳐서 연락드렸어요",
    "Die andere Firma hat es letztes Jahr nicht repariert",
    "Другая фирма не смогла починить, поэтому вызвали вас",
    "L'altra ditta non l'ha riparato, per questo vi ho chiamato",
)


def _rules(text: str, status: str = "scheduled"):
    """Received at 11:10, after the 8-10 window, with no text sent before."""
    return read_rules_on_day(text, last=None, status=status, day=DAY, at="11:10", window=("08:00", "10:00"))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (before + threat, status)
        for lang, threats in THREATS.items()
        for before, threat in itertools.product(BEFORE[lang], threats)
        for status in ("scheduled", "en_route")
    ],
)
def test_a_leave_threat_is_a_complaint_to_the_rules(text, status):
    reading = _rules(text, status)
    assert "complaint" in reading.intents, (text, reading.intents, reading.evidence)
    assert "emergency" not in reading.intents


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_another_company_that_came_before_is_no_leave_threat(text):
    reading = _rules(text)
    assert not any("leaving_more_languages" in e for e in reading.evidence), reading.evidence
