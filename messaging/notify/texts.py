"""The words of proactive updates, as data: shipped defaults (loaded by a migration, then
edited in the admin), the placeholders a template may use, and the short phrases that fill
some of them. Keys are notification kinds and language codes."""

from __future__ import annotations

import re

from messaging.models import NotificationKind

# Placeholder name: what the dispatcher sees in the admin's help.
PLACEHOLDERS: dict[str, str] = {
    "customer_first_name": "The customer's first name",
    "technician_first_name": "The technician's first name (or 'our technician')",
    "business_name": "The business name from Business settings",
    "business_phone": "The reply-to phone from Business settings",
    "window": "The arrival window in the site's time, e.g. 'Tue Jun 10, 1-3 pm'",
    "eta": "The time we expect to arrive, e.g. '2:15 pm'",
    "apology": "An apology when we moved the window or are past it (empty when the customer asked)",
    "reply_options": "What the customer can reply, e.g. 'Reply C to confirm or R to reschedule.'",
    "review_line": "The public review link sentence (empty when no link is configured)",
}

ETA_STALE = NotificationKind.ETA_STALE

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    "scheduled": {
        "en": "Hi {customer_first_name}, your {business_name} visit is booked for {window}. {reply_options}",
        "es": "Hola {customer_first_name}, agendamos su visita de {business_name} para {window}. {reply_options}",
    },
    "reminder": {
        "en": "Reminder from {business_name}: we'll see you tomorrow, {window}. {reply_options}",
        "es": "Recordatorio de {business_name}: le visitamos mañana, {window}. {reply_options}",
    },
    "morning_reminder": {
        "en": "Good morning {customer_first_name}! {business_name} visits you today, {window}. "
        "We'll text when {technician_first_name} is on the way.",
        "es": "¡Hola {customer_first_name}! {business_name} le visita hoy, {window}. "
        "Le avisamos cuando {technician_first_name} vaya en camino.",
    },
    "window_changed": {
        "en": "Hi {customer_first_name}, your {business_name} visit is now {window}. {apology}{reply_options}",
        "es": "Hola {customer_first_name}, su visita de {business_name} ahora es {window}. "
        "{apology}{reply_options}",
    },
    "en_route": {
        "en": "{technician_first_name} from {business_name} is on the way, ETA {eta}. {apology}",
        "es": "{technician_first_name} de {business_name} va en camino, llega a las {eta}. {apology}",
    },
    "running_late": {
        "en": "Sorry {customer_first_name}, {technician_first_name} is running late and now expects "
        "to reach you around {eta} (your window: {window}). {reply_options}",
        "es": "Disculpe {customer_first_name}, {technician_first_name} va con retraso y espera llegar "
        "a las {eta} (su horario: {window}). {reply_options}",
    },
    ETA_STALE: {
        "en": "{customer_first_name}, {technician_first_name} is running behind the {eta} we gave you. "
        "We've asked for a new time and will text it as soon as we have it. {reply_options}",
        "es": "{customer_first_name}, {technician_first_name} va con retraso respecto a las {eta}. "
        "Le pedimos una nueva hora y se la enviamos en cuanto la tengamos. {reply_options}",
    },
    "arrived": {
        "en": "{technician_first_name} from {business_name} has arrived.",
        "es": "{technician_first_name} de {business_name} acaba de llegar.",
    },
    "completed": {
        "en": "Thanks, {customer_first_name}! Your {business_name} visit is complete. "
        "Questions? Just reply here.",
        "es": "¡Gracias, {customer_first_name}! Su visita de {business_name} ha terminado. "
        "Si tiene preguntas, responda a este mensaje.",
    },
    "review_request": {
        "en": "How did {technician_first_name} do, {customer_first_name}? "
        "Reply with a number from 1 (poor) to 5 (great).{review_line}",
        "es": "¿Qué tal lo hizo {technician_first_name}, {customer_first_name}? "
        "Responda del 1 (mal) al 5 (excelente).{review_line}",
    },
    "cancelled": {
        "en": "Your {business_name} visit for {window} is cancelled. To book again, just reply here.",
        "es": "Su visita de {business_name} para {window} fue cancelada. "
        "Para agendar otra, responda a este mensaje.",
    },
}

# The phrases behind {reply_options}, per kind; kinds not listed get an empty string.
REPLY_OPTIONS: dict[str, dict[str, str]] = {
    "en": {
        "scheduled": "Reply C to confirm or R to reschedule.",
        "reminder": "Reply C to confirm or R to reschedule.",
        "window_changed": "Reply C to confirm or R to pick another time.",
        "running_late": "Reply R to reschedule.",
        ETA_STALE: "Reply R to reschedule.",
    },
    "es": {
        "scheduled": "Responda C para confirmar o R para cambiar la cita.",
        "reminder": "Responda C para confirmar o R para cambiar la cita.",
        "window_changed": "Responda C para confirmar o R para elegir otra hora.",
        "running_late": "Responda R para cambiar la cita.",
        ETA_STALE: "Responda R para cambiar la cita.",
    },
}

# {reply_options} for a customer who has already confirmed: no second request to confirm.
REPLY_OPTIONS_CONFIRMED: dict[str, dict[str, str]] = {
    "en": {"reminder": "You're confirmed; reply R if you need another time."},
    "es": {"reminder": "Ya tiene su cita confirmada; responda R si necesita otra hora."},
}

# {apology}: for a window we moved, or an on-my-way whose ETA is past the window.
APOLOGY = {
    "en": {"window_changed": "Sorry for the change. ", "en_route": "Sorry for the wait."},
    "es": {"window_changed": "Disculpe el cambio. ", "en_route": "Disculpe la demora."},
}

REVIEW_LINE = {
    "en": " We'd also love a public review: {link}",
    "es": " También nos ayuda mucho una reseña: {link}",
}

SOMEONE = {"en": "our technician", "es": "nuestro técnico"}

# "a las 1:30" reads wrong: one o'clock takes the singular article ("a la 1:30", "de la 1 pm").
_ONE_OCLOCK = re.compile(r"\b([Ll])as (1(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\d:])")


def agree_articles(text: str, language: str) -> str:
    """The text with articles agreeing with the clock times it names, for `language`."""
    return _ONE_OCLOCK.sub(r"\1a \2", text) if language == "es" else text


# Sample values for the admin's preview and live count.
SAMPLE = {
    "customer_first_name": "Dana",
    "technician_first_name": "Luis",
    "eta": "2:15 pm",
}
