"""What the bot says by itself, by kind and language: consent answers, unknown senders, and answers
to customers' texts. Placeholders: {business}, {call_us}, and for answers to a job's customer
{first} (first name), {tech}, {eta}, {request} (the day or time asked for) and {safety} (the
hazard table's advice)."""

from __future__ import annotations

from messaging.notify.texts import agree_articles  # "a la 1:30", as the notifications say it

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
    "help_opted_out": {
        "en": "{business}: texts about your service visit. You're unsubscribed and get no texts; "
        "reply START to get them again.{call_us}",
        "es": "{business}: mensajes sobre su visita de servicio. Está dado de baja y no recibe mensajes; "
        "responda START para recibirlos de nuevo.{call_us}",
    },
    "after_hours": {
        "en": "{business}: Thanks for your message. Our office is closed right now; we'll read it and get "
        "back to you after {opens}. If this is an emergency, call 911.",
        "es": "{business}: Gracias por su mensaje. La oficina está cerrada ahora; lo leeremos y le "
        "responderemos después de las {opens}. Si es una emergencia, llame al 911.",
    },
    "unknown_sender": {
        "en": "{business}: Thanks for your text. We couldn't match this number to a booking, so someone "
        "from our office will get back to you.{call_us}",
        "es": "{business}: Gracias por su mensaje. No encontramos una cita con este número; alguien de "
        "nuestra oficina le responderá.{call_us}",
    },
    "reschedule": {
        "en": "Thanks, {first}. We got your request to move the visit{request}. Someone from {business} will confirm a new time with you shortly.",
        "es": "Gracias, {first}. Recibimos su solicitud para cambiar la visita{request}. Alguien de {business} le confirmará el nuevo horario en breve.",
    },
    "confirmed": {
        "en": "Thanks, {first}! Your visit on {window} is confirmed.",
        "es": "Gracias, {first}. Su visita del {window} queda confirmada.",
    },
    "rated": {
        "en": "Thanks for your rating, {first}! We're glad it went well.",
        "es": "Gracias por su respuesta, {first}. Nos alegra que todo saliera bien.",
    },
    "rated_mid": {
        "en": "Thanks for your rating, {first}. It helps us do better.",
        "es": "Gracias por su respuesta, {first}. Nos ayuda a mejorar.",
    },
    "rated_low": {
        "en": "Sorry the visit wasn't better, {first}. Someone from {business} will call you.",
        "es": "Lamentamos que la visita no fuera mejor, {first}. Alguien de {business} va a llamarle.",
    },
    "cancel": {
        "en": "Thanks for letting us know, {first}. Someone from {business} will confirm the cancellation with you shortly.",
        "es": "Gracias por avisarnos, {first}. Alguien de {business} le confirmará la cancelación en breve.",
    },
    "where_en_route": {
        "en": "Hi {first}, {tech} is on the way and should be there about {eta}.",
        "es": "Hola {first}, {tech} va en camino y debería llegar alrededor de las {eta}.",
    },
    "where_on_site": {
        "en": "Hi {first}, {tech} has arrived and is at your place now.",
        "es": "Hola {first}, {tech} ya llegó y está en su domicilio.",
    },
    # The safety advice comes from the hazard table (messaging/hazards.py), by the kind reported.
    "emergency": {
        "en": "{first}, {safety} We're alerting {business} and someone will call you right away.",
        "es": "{first}, {safety} Estamos avisando a {business} y alguien le llamará enseguida.",
        "fr": "{first}, {safety} Nous prévenons {business} et quelqu'un vous appellera tout de suite.",
    },
}
CALL_US = {"en": " Call us at {phone}.", "es": " Llámenos al {phone}.", "fr": " Appelez-nous au {phone}."}


def reply_text(kind: str, *, language: str, business: str, phone: str = "", **values: str) -> str:
    """The reply in the customer's language (English when there is no translation)."""
    language = language if language in REPLIES[kind] else "en"
    call_us = CALL_US[language].format(phone=phone) if phone else ""
    return agree_articles(
        REPLIES[kind][language].format(business=business, call_us=call_us, **values), language
    )
