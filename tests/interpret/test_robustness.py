from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from messaging.interpret import INTENT_PRIORITY, MessageContext, interpret
from messaging.interpret.types import PARTS_OF_DAY, SENTIMENTS

from .helpers import read


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "📷",
        "🙂🙂🙂",
        "?",
        "\x00\x07\x1b[31m",
        "Привет 你好 مرحبا",
        "a" * 1600,
        "ok " * 533,
        "\u200b\ufeff",
    ],
)
def test_texts_that_are_not_sentences_never_raise_and_fall_back_sensibly(text):
    result = read(text)
    assert result.intent in INTENT_PRIORITY
    assert result.arrival_at is None


def test_empty_and_picture_only_messages_are_other():
    assert read("").intent == "other"
    assert read("📷").intent == "other"


def test_a_long_message_with_a_stop_request_is_still_read():
    assert read("blah " * 300 + "please stop texting me").intent == "opt_out"


# Hypothesis takes naive bounds and attaches the zone itself.
_MOMENTS = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=datetime(2028, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=300),
    received=_MOMENTS,
    zone=st.sampled_from(["America/Chicago", "Europe/London", "Australia/Adelaide", "Nope/Zone"]),
)
def test_any_unicode_text_gives_a_valid_interpretation(text, received, zone):
    context = MessageContext(
        received_at=received,
        timezone=zone,
        window_start=received + timedelta(hours=1),
        window_end=received + timedelta(hours=3),
        job_status="scheduled",
        last_outbound=None,
    )
    result = interpret(text, context)
    assert result.intent in INTENT_PRIORITY
    assert result.intent == result.intents[0]
    assert set(result.intents) <= set(INTENT_PRIORITY)
    assert result.sentiment in SENTIMENTS
    assert result.requested_part_of_day in (None, *PARTS_OF_DAY)
    assert result.arrival_at is None or result.arrival_at.tzinfo is not None


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "running",
                "late",
                "by",
                "3",
                "10",
                "min",
                "at",
                "1530",
                "tomorrow",
                "mañana",
                "half",
                "past",
                "quarter",
                "to",
                "til",
                "gate",
                "code",
                "4411",
                "stop",
                "cancel",
                "not",
                "?",
                "the",
                "16th",
                "june",
                "a",
                "las",
                "y",
                "media",
                "in",
                "out",
                "-",
                "noon",
                "ish",
                "arvo",
                "next",
                "week",
                "friday",
            ]
        ),
        max_size=12,
    )
)
def test_time_words_in_any_order_never_raise(words):
    result = read(" ".join(words))
    assert result.arrival_at is None or result.arrival_at.tzinfo is not None
