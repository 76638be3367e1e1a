"""`BusinessSettings.load` gives each caller its own copy, cheaply."""

from __future__ import annotations

import pytest

from messaging.models import BusinessSettings

pytestmark = pytest.mark.django_db


def test_each_load_is_a_copy_that_shares_nothing_changeable():
    BusinessSettings.objects.update_or_create(
        pk=1, defaults={"reply_phone": "+14155550100", "disabled_kinds": ["reminder"], "work_days": [0, 1, 2]}
    )
    BusinessSettings.forget_cached()
    first, second = BusinessSettings.load(), BusinessSettings.load()
    assert first is not second and first.pk == second.pk == 1
    for name in ("disabled_kinds", "work_days", "reply_phone"):
        assert getattr(first, name) == getattr(second, name)
        assert getattr(first, name) is not getattr(second, name), name
    first.disabled_kinds.append("review_request")
    first.work_days.append(5)
    first.reply_phone.raw_input = "changed"
    first.name = "Changed"
    third = BusinessSettings.load()
    assert (third.disabled_kinds, third.work_days) == (["reminder"], [0, 1, 2])
    assert third.reply_phone.raw_input != "changed" and third.name != "Changed"
    assert first._state is not third._state and not third._state.adding and third._state.db == "default"
