"""Customer SMS reply understanding: `interpret(text, context) -> Interpretation`, no Django."""

from __future__ import annotations

from .core import interpret
from .types import INTENT_PRIORITY, Interpretation, MessageContext

__all__ = ["INTENT_PRIORITY", "Interpretation", "MessageContext", "interpret"]
