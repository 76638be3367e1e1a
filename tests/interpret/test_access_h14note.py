"""Today's state beside the lasting way in (issue 13, h14note).

The access note is the site's permanent record (`services.job_add_access_note`), so a piece that only tells how
things stand today (a lift out of order, ice or snow not cleared, a pet shut away today, someone asleep, a part
of the site blocked today, the customer coming down to let him in) is left out when another piece holds the way
in. A lasting fact stays ("the front door sticks", "the gate is always locked"), and so does a piece that is the
only way in, and a broken buzzer or doorbell (what the technician needs to know to get in).
"""

from __future__ import annotations

import pytest

from messaging.interpret.access import access_note

from .helpers import read_rules_only


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Buzz 3 on the panel and I'll let him in", "Buzz 3 on the panel"),
        (
            "the intercom is broken, call me when you get here and I'll come down",
            "the intercom is broken, call me when you get here",
        ),
        (
            "Lockbox on the porch rail, code 2580. The elevator is out today",
            "Lockbox on the porch rail, code 2580.",
        ),
        (
            "Come round the side, gate's unlocked. Snow's not plowed on the drive yet",
            "Come round the side, gate's unlocked.",
        ),
        ("Gate code 8080, the dog's crated today", "Gate code 8080"),
        ("Key's under the frog statue. My husband is asleep upstairs", "Key's under the frog statue."),
        ("Toque el timbre del 5C y le abro", "Toque el timbre del 5C"),
        ("Sonnez au 3. L'ascenseur est en panne aujourd'hui", "Sonnez au 3."),
        ("Code 2468. Der Aufzug ist heute außer Betrieb", "Code 2468."),
        ("Il codice è 7070. L'ascensore oggi è guasto", "Il codice è 7070."),
        ("Toca o interfone no 202 que eu abro", "Toca o interfone no 202"),
        ("Sa likod po dumaan, sira po yung gate sa harap ngayon", "Sa likod po dumaan"),
        ("Side passage is open if he wants to look at the flue", "Side passage is open"),
        ("Mi faccia uno squillo quando arriva e scendo ad aprire", "Mi faccia uno squillo quando arriva"),
        (
            "There's a skip blocking the driveway today, the side gate code is 9043",
            "the side gate code is 9043",
        ),
        ("Código do portão 7531. Meu marido está dormindo", "Código do portão 7531."),
        # near-misses: lasting facts, the only way in, a broken bell, a pet's place
        (
            "the back gate is always locked so use the front, code 6021",
            "the back gate is always locked so use the front, code 6021",
        ),
        ("Front door sticks, give it a good shove", "Front door sticks, give it a good shove"),
        ("I'll open the garage, come in that way.", "I'll open the garage, come in that way."),
        (
            "Dont ring the bell baby is napping, text me when ur here",
            "Dont ring the bell baby is napping, text me when ur here",
        ),
        ("Doorbell's broken, knock loud", "Doorbell's broken, knock loud"),
        (
            "sparky the dog will be in the backyard, he's friendly",
            "sparky the dog will be in the backyard, he's friendly",
        ),
    ],
)
def test_today_state_is_left_out(text: str, note: str) -> None:
    assert access_note(text) == note


@pytest.mark.parametrize(
    "text",
    [
        "Va bene. Mi faccia uno squillo quando arriva e scendo ad aprire",
        "Side passage is open if he wants to look at the flue",
        "Toca o interfone no 202 que eu abro",
        "Sim. Pode entrar pelo portão lateral, está aberto",
    ],
)
def test_way_in_for_this_visit_is_found(text: str) -> None:
    assert "access_info" in read_rules_only(text).intents
