"""`interpret` over any combination of context fields (tests/interpret covers arbitrary text in a fixed
context); its output always keeps the contract and survives a round trip through the stored JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from messaging.interpret import INTENT_PRIORITY, Interpretation, MessageContext, interpret
from messaging.interpret.types import PARTS_OF_DAY, SENTIMENTS

# Hypothesis takes naive bounds and attaches the zone itself.
MOMENTS = st.datetimes(
    min_value=datetime(2020, 1, 1),  # noqa: DTZ001
    max_value=datetime(2035, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.text(min_size=300, max_size=1600),
    st.text(alphabet="0123456789:apm -", max_size=40),
)


@settings(max_examples=150, deadline=None)
@given(
    text=TEXTS,
    received=MOMENTS,
    zone=st.sampled_from(
        ["America/Los_Angeles", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham", "UTC"]
    ),
    window=st.one_of(
        st.none(),
        st.tuples(
            st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)),
            st.timedeltas(min_value=timedelta(hours=-2), max_value=timedelta(hours=8)),
        ),
    ),
    job_status=st.sampled_from([None, "scheduled", "en_route", "on_site", "completed", "cancelled"]),
    last_outbound=st.one_of(st.none(), st.text(max_size=320)),
)
def test_any_context_gives_an_interpretation_within_the_contract(
    text, received, zone, window, job_status, last_outbound
):
    start = received + window[0] if window else None
    context = MessageContext(
        received_at=received,
        timezone=zone,
        window_start=start,
        window_end=start + window[1] if window else None,
        job_status=job_status,
        last_outbound=last_outbound,
    )
    result = interpret(text, context)
    assert result.intent in INTENT_PRIORITY and result.intent == result.intents[0]
    assert set(result.intents) <= set(INTENT_PRIORITY)
    assert result.sentiment in SENTIMENTS
    assert result.requested_part_of_day in (None, *PARTS_OF_DAY)
    assert isinstance(result.urgent, bool)
    assert result.arrival_at is None or result.arrival_at.tzinfo is not None
    stored = json.loads(json.dumps(result.to_dict()))
    assert Interpretation.from_dict(stored) == result
