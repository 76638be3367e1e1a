"""Spanish intent reading as texted across countries (issue 13, h13es9): the one-word yeses of each country
read against the last outbound text ("va", "sale", "dale", "listo", "de una", "bacán", "vale", "ta bien",
"okis"), where is he asked sideways ("ya mero?", "sigue en pie lo de hoy?"), the customer nearly there or
home ("voy llegando", "ya llegamos"), someone at home opening the door, another day asked the way people
say it ("pásenlo pal viernes", "no puedo hoy pero mañana sí"), grievances without "mal servicio", wrong
numbers without "número equivocado", BAJA and ALTA. Each family is the product of its parts, so a rule
that knows one example only fails on its neighbours; near-misses sit beside each. Read by the rules alone:
the learned voice is trained on the probe corpus (`corpora/tuned/families_h13_h13es9.jsonl`).
"""

from __future__ import annotations

import itertools

import pytest

from messaging.interpret.consent import consent_keyword

from .helpers import read_rules_on_day

DAY = "2026-10-14"  # a Wednesday: Thursday is the 15th, Friday the 16th
REMINDER = "Acme Servicios: recordatorio, Luis llega hoy entre 9 y 11. Responda C para confirmar."
REMINDER_EN = "Acme: your visit is booked for today 9-11am. Reply C to confirm."
ON_THE_WAY = "Acme Servicios: Luis va en camino, llega en unos 20 min."
ON_THE_WAY_EN = "Acme: Luis is on the way, ETA about 20 minutes."
ARRIVED = "Acme Servicios: Luis ha llegado a su domicilio."
DELAYED = "Acme Servicios: disculpe, Luis viene con unos 30 min de retraso."
OPTED_OUT = "Acme Servicios: ya no recibirá mensajes. Responda ALTA para volver a recibirlos."


def _rules(text: str, last: str | None = REMINDER, status: str = "scheduled", at: str = "08:40"):
    return read_rules_on_day(text, last=last, status=status, day=DAY, at=at)


ACKS = ("va", "sale", "dale", "órale", "listo", "de una", "bacán", "vale", "ta bien", "okis", "joya", "simón")
TAILS = ("", " pues", "!", ", gracias", " 👍")
ASKS = (REMINDER, REMINDER_EN)
STATUS = ((ON_THE_WAY, "en_route"), (ON_THE_WAY_EN, "en_route"), (ARRIVED, "on_site"), (DELAYED, "scheduled"))


@pytest.mark.parametrize(("ack", "tail", "last"), list(itertools.product(ACKS, TAILS, ASKS)))
def test_a_bare_yes_to_a_request_to_confirm_confirms(ack, tail, last):
    found = _rules(ack + tail, last=last)
    assert found.intent == "confirm", found.evidence


@pytest.mark.parametrize(("ack", "tail", "status"), list(itertools.product(ACKS, TAILS, STATUS)))
def test_a_bare_yes_to_a_status_update_thanks(ack, tail, status):
    found = _rules(ack + tail, last=status[0], status=status[1], at="09:20")
    assert found.intent == "thanks", found.evidence


@pytest.mark.parametrize(
    ("text", "last"),
    list(
        itertools.product(
            (
                "listo parce",
                "dale loco",
                "sale carnal",
                "ya, dale",
                "oki doki",
                "ta to",
                "va mano",
                "chévere pana",
            ),
            (REMINDER, ON_THE_WAY),
        )
    ),
)
def test_a_bare_yes_with_the_word_for_a_friend(text, last):
    found = _rules(text, last=last, status="en_route" if last == ON_THE_WAY else "scheduled", at="09:20")
    assert found.intent == ("thanks" if last == ON_THE_WAY else "confirm"), found.evidence


@pytest.mark.parametrize("text", ["loco", "hermano, el técnico no llegó", "mano de obra incluida?"])
def test_a_friend_word_alone_is_no_yes(text):
    assert _rules(text).intent not in ("confirm", "thanks")


@pytest.mark.parametrize("text", ["perfecto gracias", "listo, muchas gracias", "vale, mil gracias"])
def test_a_yes_with_thanks_to_a_reminder_confirms_and_thanks(text):
    found = _rules(text)
    assert found.intent == "confirm" and "thanks" in found.intents, found.evidence


@pytest.mark.parametrize(
    "text", ["va a llegar tarde?", "sale agua del calentador", "listo el trabajo?", "vale la pena cambiarlo?"]
)
def test_near_misses_of_the_bare_yes_are_read_for_what_they_say(text):
    found = _rules(text)
    assert found.intent != "confirm", found.evidence


@pytest.mark.parametrize(
    ("opening", "access"),
    list(
        itertools.product(
            ("si ta bien, ", "ok sale, ", "dale, "),
            ("la llave la tiene la vecina", "el código del portón es 2580", "mi esposo le abre"),
        )
    ),
)
def test_a_yes_then_a_way_in_gives_both(opening, access):
    found = _rules(opening + access)
    assert found.intent == "access_info" and "confirm" in found.intents, found.evidence
    assert "thanks" not in found.intents, found.evidence  # the Caribbean "ta" is no British "ta"


WHERE = (
    "ya mero?",
    "y ya mero?",
    "sigue en pie lo de hoy?",
    "¿sigue en pie la cita de hoy?",
    "¿viene hoy al final o qué?",
    "¿vienen hoy o no?",
    "todavía vienen hoy?",
    "siempre viene hoy el técnico?",
    "klk con el técnico, viene?",
    "ya va llegando?",
    "¿en cuánto llega?",
    "el muchacho se perdió o qué",
    "ya merito?",
    "¿sigue en pie lo de esta mañana?",
    "asere y el técnico",
    "che el técnico viene o qué onda",
    "ta bien pero q hora más o menos llega?",
)


@pytest.mark.parametrize(("text", "status"), list(itertools.product(WHERE, ("scheduled", "en_route"))))
def test_where_is_he_asked_sideways(text, status):
    found = _rules(text, last=ON_THE_WAY if status == "en_route" else REMINDER, status=status, at="10:40")
    assert found.intent == "where_is_tech", found.evidence


@pytest.mark.parametrize(
    "text", ["ya mero llego", "siempre viene tarde ese señor", "sigue en pie lo de mañana, gracias"]
)
def test_where_is_he_near_misses(text):
    assert _rules(text, at="10:40").intent != "where_is_tech"


@pytest.mark.parametrize(
    "text",
    [
        "lo estamos esperando desde las 8",
        "estoy esperando desde las 9, ¿dónde viene?",
        "una vergüenza, 3 horas esperando",
    ],
)
def test_a_wait_since_a_time_is_a_grievance(text):
    found = _rules(text, at="11:30")
    assert "complaint" in found.intents, found.evidence
    assert found.arrival_at is None, found.evidence  # hours waited are no arrival


@pytest.mark.parametrize(
    "text",
    ["ya llegamos", "ya llegamos, toque no más", "ya vine, estoy en la casa", "acá estoy ya, en el depto"],
)
def test_here_now(text):
    found = _rules(text, last=ARRIVED, status="on_site", at="09:20")
    assert found.intent == "customer_arrived", found.evidence


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("voy llegando", None),
        ("ya estoy por llegar", None),
        ("estoy a unas cuadras", None),
        ("ya estoy por llegar, como 10 minutillos", 10),
        ("llegando, 5 min", 5),
    ],
)
def test_nearly_there_keeps_the_technician_waiting(text, minutes):
    found = _rules(text, last=ARRIVED, status="on_site", at="09:20")
    assert found.intent == "running_late", found.evidence
    if minutes:
        assert found.arrival_at is not None and found.arrival_at.minute == 20 + minutes, found.evidence


@pytest.mark.parametrize(
    ("who", "verb"),
    list(
        itertools.product(
            ("mi mamá", "mi esposo", "mi hija", "el portero", "la vecina"), ("le abre", "lo recibe")
        )
    ),
)
def test_someone_at_home_opens(who, verb):
    found = _rules(f"{who} {verb}, yo estoy en el trabajo", last=ON_THE_WAY, status="en_route", at="09:20")
    assert found.intent == "access_info" and found.access_note, found.evidence


RESCHEDULE = (
    ("ntp, mejor pásenlo pal viernes", "2026-10-16"),
    ("déjalo para el jueves", "2026-10-15"),
    ("no puedo hoy pero mañana en la tarde sí", "2026-10-15"),
    ("qué pena, hoy no se va a poder. el viernes en la mañana les queda?", "2026-10-16"),
    ("hoy no, el jueves les sirve?", "2026-10-15"),
)


@pytest.mark.parametrize(("text", "day"), RESCHEDULE)
def test_another_day_asked_as_texted(text, day):
    found = _rules(text)
    assert found.intent == "reschedule", found.evidence
    assert str(found.requested_date) == day, found.evidence
    assert "question" not in found.intents, found.evidence  # "qué pena" exclaims, it does not ask


def test_cancel_and_ask_for_other_days_gives_both():
    found = _rules("oye cancela lo de hoy y dime qué días tienen la otra semana")
    assert found.intent == "cancel" and "reschedule" in found.intents, found.evidence


@pytest.mark.parametrize("verb", ["cancélame", "cancelame", "cancélenme"])
def test_cancel_me_the_visit(verb):
    assert _rules(f"{verb} la cita de hoy por fa").intent == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "no manches, otra vez me dejan plantada",
        "nos volvieron a dejar plantados",
        "qué vaina, otra vez me dejaron esperando",
        "es una vergüenza",
        "he perdido el día de trabajo por ustedes",
        "ya me tienen harta",
    ],
)
def test_grievances_without_bad_service(text):
    found = _rules(text, at="11:30")
    assert found.intent == "complaint", found.evidence
    assert found.sentiment == "negative", found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "si no llega en media hora llamo a otro",
        "llevo toda la mañana esperando, si no viene contrato a otro",
        "ya me tienen harto, me voy con otros",
    ],
)
def test_a_threat_to_leave_is_urgent(text):
    found = _rules(text, at="11:30")
    assert found.urgent, found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "no conozco a ningún técnico",
        "quién es? yo no tengo ninguna cita",
        "yo no tengo ningún servicio con ustedes",
        "este no es el cel de María",
        "ese no es el número de Jorge, lo cambié hace meses",
    ],
)
def test_not_mine_in_spanish(text):
    found = _rules(text)
    assert found.intent == "wrong_number", found.evidence


@pytest.mark.parametrize(
    "text", ["no conozco al técnico nuevo, cómo se llama?", "no tengo ningún problema con la hora"]
)
def test_not_mine_near_misses(text):
    assert _rules(text).intent != "wrong_number"


@pytest.mark.parametrize("text", ["BAJA", "baja", "Baja."])
def test_baja_alone_opts_out(text):
    assert consent_keyword(text) == "opt_out"
    assert _rules(text, last=None).intent == "opt_out"


@pytest.mark.parametrize("text", ["ALTA", "alta"])
def test_alta_opts_back_in_only_after_an_opt_out(text):
    assert _rules(text, last=OPTED_OUT).intent == "opt_in"
    assert _rules(text).intent != "opt_in"


@pytest.mark.parametrize("text", ["la presión está baja", "la batería está baja, trae una?"])
def test_baja_in_a_sentence_is_no_opt_out(text):
    assert _rules(text).intent != "opt_out"
