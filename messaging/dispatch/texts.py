"""The dispatcher's ready-made words, per language. Placeholders: {first}, {request} (" to Thu
Jun 12, afternoon" or ""), {window} (the visit's current window in words)."""

from __future__ import annotations

DECLINE_RESCHEDULE: dict[str, str] = {
    "en": "I'm sorry, {first}, we can't move your visit{request}, and I know that's frustrating when "
    "you've planned around it. Your visit stays {window}. Reply with another day or time and "
    "we'll find one that suits you.",
    "es": "Lo siento, {first}, no podemos hacer ese cambio, y entiendo que es frustrante si ya lo "
    "había planeado. Su visita sigue {window}. Responda con otro día u hora y buscaremos uno que "
    "le convenga.",
}
