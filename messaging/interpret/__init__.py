"""Customer SMS reply understanding: `interpret(text, context) -> Interpretation`, no Django."""

from __future__ import annotations

from .types import INTENT_PRIORITY, Interpretation, MessageContext
from .voices import interpret, warm_up

__all__ = ["INTENT_PRIORITY", "Interpretation", "MessageContext", "interpret", "warm_up"]
