"""The gateway's own automatic replies, by kind and language. Placeholders: {business}, {call_us}."""

from __future__ import annotations

REPLIES: dict[str, dict[str, str]] = {
    "opt_out": {
        "en": "{business}: You're unsubscribed and will get no more texts from us. Reply START to resubscribe.",
        "es": "{business}: Se ha dado de baja y no recibirá más mensajes. Responda START para volver a suscribirse.",
    },
    "opt_in": {
        "en": "{business}: You're subscribed again to visit updates. Reply STOP to unsubscribe, HELP for help.",
        "es": "{business}: Está suscrito de nuevo a los avisos de su visita. Responda STOP para darse de baja.",
    },
    "help": {
        "en": "{business}: texts about your service visit.{call_us} Reply STOP to unsubscribe.",
        "es": "{business}: mensajes sobre su visita de servicio.{call_us} Responda STOP para darse de baja.",
    },
    "unknown_sender": {
        "en": "{business}: Thanks for your text. We couldn't match this number to a booking, so someone "
        "from our office will get back to you.{call_us}",
        "es": "{business}: Gracias por su mensaje. No encontramos una cita con este número; alguien de "
        "nuestra oficina le responderá.{call_us}",
    },
}
CALL_US = {"en": " Call us at {phone}.", "es": " Llámenos al {phone}."}


def reply_text(kind: str, *, language: str, business: str, phone: str) -> str:
    language = language if language in REPLIES[kind] else "en"
    call_us = CALL_US[language].format(phone=phone) if phone else ""
    return REPLIES[kind][language].format(business=business, call_us=call_us)
