"""A request to stop texting said as a sentence, in the languages the interpreter reads beyond English
and Spanish (`lexicon.STOP_REQUESTS`, issue 13, h13lang3): each phrasing is an opt-out, and the
near-misses that share its words (a thing that stopped working, "enough waiting", a thank-you for a
text) are not. Rules only: the learned voice proves nothing here."""

from __future__ import annotations

import pytest

from .helpers import read_rules_only


def _intents(text: str) -> tuple[str, ...]:
    return read_rules_only(text).intents


STOP_REQUESTS = {
    "ko": ["더 이상 문자 보내지 마세요", "다시는 연락하지 마세요", "문자 보내지 마세요 제발"],
    "tl": ["wala nang text please", "ayoko na ng text", "pakitigil na po ang pag-text"],
    "pt": ["chega de mensagens, por favor", "chega de sms"],
    "vi": ["hủy nhận tin giúp tôi", "huy nhan tin"],
    "ar": ["توقفوا عن إرسال الرسائل", "احذفوا رقمي من فضلكم"],
    "ru": ["перестаньте мне писать", "перестаньте присылать эти сообщения"],
    "pl": ["proszę przestać mi pisać", "przestańcie mi wysyłać te wiadomości", "przestań pisać"],
    "zh": ["请把我从名单里删除", "把我從名單中移除"],
}


@pytest.mark.parametrize("text", [text for texts in STOP_REQUESTS.values() for text in texts])
def test_a_request_to_stop_texting_said_as_a_sentence_is_an_opt_out(text):
    assert "opt_out" in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "문자 감사합니다, 내일 뵙겠습니다",  # thanks for the text, see you tomorrow
        "chega de esperar, o técnico ainda vem?",  # enough waiting: is he still coming?
        "przestało działać ogrzewanie",  # the heating stopped working
        "батарея перестала греть",  # the radiator stopped heating
        "wala pang tubig sa gripo",  # still no water from the tap
        "请把旧零件留给我",  # please leave the old part for me
    ],
)
def test_look_alikes_of_a_stop_request_are_not_an_opt_out(text):
    assert "opt_out" not in _intents(text), text
