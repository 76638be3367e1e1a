"""A relative, tenant, neighbour or carer texting for the customer (issue 13, read aloud on the r22-r24
unsure cards: "This is Harold's son" was answered "Thanks, Harold").

The card calls no one by the job's name, and its first option thanks the person for letting the
technician know on the customer's behalf, by the customer's name. Near misses, the customer speaking
of someone else, keep the name. Read end to end: the record in, the interpreter, the card out.
"""

from __future__ import annotations

import pytest

from messaging.assist import phrases
from messaging.management.commands.assist import assist_record

ON_BEHALF = [
    ("en", "This is Harold's son, dad is running about 20 min late"),
    ("en", "hi its his wife, can we push to friday"),
    ("en", "Im the tenant in the basement unit, is he still coming?"),
    ("en", "I'm texting for my mother, she says 2 works"),
    ("en", "this is her neighbor, she asked me to tell you the side gate is open"),
    ("en", "Writing on behalf of Mr. Jenkins: he'll be home by 2:30"),
    ("es", "soy su hija, mi papá llega 15 minutos tarde"),
    ("es", "Buenas, le escribo de parte de mi mamá, ¿puede venir el jueves?"),
    ("pt", "Oi, sou a filha do Sr. Jenkins, ele vai atrasar uns 20 minutos"),
    ("fr", "Bonjour, je suis sa fille, il aura 20 minutes de retard"),
    ("de", "Hallo, ich bin die Tochter von Herrn Jenkins, er verspätet sich 20 Minuten"),
    ("it", "Buongiorno, sono la figlia, mio padre arriva con 20 minuti di ritardo"),
]

# The customer speaks of someone else, or names themself: the card keeps calling them by name.
THE_CUSTOMER = [
    "my son is home, he'll let Sam in",
    "I'm a nurse so I work late, can we do 5?",
    "it's my daughter's car in the drive, park on the street",
    "this is Harold, running 10 late",
    "my neighbor has a key if I'm not back",
    "sorry my wife booked this, I'm the one home today. running 15 late",
]


def card(
    text: str,
    *,
    status: str = "en_route",
    received: str = "2026-11-10T13:10:00-08:00",
    last: str = "Acme Plumbing: Sam is on his way, ETA 1:30pm.",
) -> dict:
    return assist_record(
        {
            "id": "t",
            "text": text,
            "received_at": received,
            "timezone": "America/Los_Angeles",
            "window_start": "2026-11-10T13:00:00-08:00",
            "window_end": "2026-11-10T15:00:00-08:00",
            "job_status": status,
            "last_outbound": last,
            "job": {
                "trade": "plumbing",
                "summary": "water heater",
                "customer_name": "Harold Jenkins",
                "technician_name": "Sam",
                "tasks": [{"name": "Drain tank", "minutes": 15, "needs_customer": False}],
            },
        }
    )


@pytest.mark.parametrize(("language", "text"), ON_BEHALF)
def test_someone_texting_for_the_customer_is_thanked_and_not_called_by_the_customers_name(language, text):
    replies = [r["text"] for r in card(text)["replies"]]
    assert replies, text
    thanks = phrases.THANKS_FOR_TEXTING_FOR[language].format(customer="Harold")
    assert replies[0].startswith(thanks), replies[0]
    assert all("Harold" not in r.replace(thanks, "") for r in replies), replies
    assert replies[0].count(thanks) == 1


def test_the_thanks_takes_the_place_of_a_plain_thanks():
    first = card("This is Harold's son, dad is running about 20 min late")["replies"][0]["text"]
    assert "Thanks for letting me know" not in first, first


@pytest.mark.parametrize("text", THE_CUSTOMER)
def test_the_customer_speaking_of_someone_else_is_still_called_by_name(text):
    replies = [r["text"] for r in card(text)["replies"]]
    assert not any("behalf" in r for r in replies), replies
    assert any("Harold" in r for r in replies), replies


def test_a_wrong_number_is_still_asked_whose_number_it_is():
    replies = [
        r["text"] for r in card("I'm his neighbor? you have the wrong number, no Harold here")["replies"]
    ]
    assert not any("behalf" in r for r in replies), replies


# --- the customer is the one waiting: no lateness of theirs beside it, the technician on site too ---

WAITING = [
    "where'd he go, about done waiting",
    "been waiting an hour, where did your guy go??",
    "still waiting on your tech, did he leave?",
]
NOT_WAITING = ["sorry to keep you waiting, running 10 behind, start outside"]


def card_on_site(text: str) -> dict:
    return card(
        text, status="on_site", received="2026-11-10T14:10:00-08:00", last="Acme Plumbing: Sam has arrived."
    )


@pytest.mark.parametrize("text", WAITING)
def test_a_customer_kept_waiting_is_never_offered_work_while_the_technician_waits(text):
    replies = [r["text"] for r in card_on_site(text)["replies"]]
    assert replies, text
    assert not any("while I wait" in r or "when you get here" in r for r in replies), replies


@pytest.mark.parametrize("text", NOT_WAITING)
def test_the_customers_own_lateness_still_gets_work_started(text):
    replies = [r["text"] for r in card_on_site(text)["replies"]]
    assert any("start" in r.lower() for r in replies), replies


# --- hard times: a visit moved or cancelled for a death or an illness opens with sympathy ----------

HARD_TIMES = [
    (
        "reschedule",
        "we're so sorry but my mother passed away this week, can we move the appointment to next month",
    ),
    ("reschedule", "funeral is thursday so can we do friday instead"),
    ("reschedule", "Ha fallecido mi padre, ¿podemos cambiar la cita?"),
    ("cancel", "My husband is in the hospital, please cancel"),
]
NOT_HARD_TIMES = [
    "I work in the hospital till 4, can we do 5 instead",
    "my old water heater finally died lol, can we move to monday",
]
SYMPATHY = ("I'm so sorry to hear that", "Lo siento muchísimo")
CHEER = ("happy to reschedule!", "¡Claro", "You waited far too long", "instead of cancelling")


@pytest.mark.parametrize(("intent", "text"), HARD_TIMES)
def test_hard_times_open_with_sympathy_and_no_cheer(intent, text):
    result = card(text)
    assert result["interpretation"]["intent"] == intent
    replies = [r["text"] for r in result["replies"]]
    assert replies[0].startswith(SYMPATHY), replies
    assert not any(c in r for r in replies for c in CHEER), replies


@pytest.mark.parametrize("text", NOT_HARD_TIMES)
def test_a_broken_heater_or_a_hospital_shift_is_no_bereavement(text):
    replies = [r["text"] for r in card(text)["replies"]]
    assert not any(r.startswith(SYMPATHY) for r in replies), replies


def test_the_sympathetic_cancel_cancels_the_visit_when_sent():
    result = card("My husband is in the hospital, please cancel")
    assert result["replies"][0]["action"] == "cancel", result["replies"][0]
    spanish = card("Mi esposo está en el hospital, por favor cancele la cita")
    assert spanish["replies"][0]["text"].startswith("Lo siento muchísimo"), spanish["replies"]
    assert spanish["replies"][0]["action"] == "cancel"
