"""Hazards said plainly in fifteen languages, and the decoys beside them (issue 13, h13hazard5).

The families are cue records in `messaging/interpret/cues/emergency.py` (their examples and
near-misses run in `test_cues.py`); here, whole readings through both voices, and the learned
voice's lone emergency set aside when the text itself says the thing is benign."""

from __future__ import annotations

import pytest

from messaging.interpret import Interpretation
from messaging.interpret.learned import Guess
from messaging.interpret.voices import combine

from .helpers import read

HAZARDS = (
    "Se está saliendo el agua por el foco del pasillo, está goteando bastante",
    "Le chauffe-eau fuit et l'eau ne s'arrête pas, le sous-sol est inondé",
    "Sinto cheiro de gás na área de serviço",
    "Im Keller steht das Wasser knöcheltief",
    "La cantina si sta allagando, l'acqua è alla caviglia",
    "Nước thải trào lên từ cống, mùi hôi lắm",
    "Walang heater tapos nagyeyelo sa labas, may baby kami",
    "燃气报警器响了，闻到很浓的煤气味",
    "보일러가 멈췄고 밖은 영하 15도예요. 아기가 있어요",
    "पाइप फट गया है और पानी रुक नहीं रहा",
    "Нет отопления, мороз, дома бабушка",
    "Ścieki wybijają z kratki w piwnicy",
    "الماسورة انفجرت والمي في كل مكان",
    "Tiyo a pete, dlo ap soti toupatou",
    "the AC died, it's 44 out and my newborn is really flushed",
)
DECOYS = (
    "A rua tá alagada, vou chegar uns 20 minutos atrasado",
    "On a eu une inondation au sous-sol l'an dernier, pouvez-vous vérifier la pompe?",
    "Lane pase sousòl la te inonde, èske li ka tcheke ponp lan?",
    "Czujnik dymu piszczy co minutę, pewnie bateria. Czy technik może przywieźć nową?",
    "Der Rohrbruch von gestern ist repariert, Sie brauchen nicht mehr zu kommen",
    "Vocês consertam vazamento de gás?",
    "El aire no funciona, mi mamá tiene 85 años, ¿pueden venir mañana?",
    "Heizung ist ausgefallen, wann kommt der Techniker?",
    "Mi hijo no para de preguntar cuándo llega el técnico",
    "El detector de monóxido está sonando porque la pila está baja",
    "Le détecteur de CO sonne parce que la pile est faible",
)


@pytest.mark.parametrize("text", HAZARDS)
def test_a_hazard_said_plainly_in_another_language_is_an_emergency(text: str):
    found = read(text, status="scheduled")
    assert found.intent == "emergency" and found.urgent, (text, found.evidence)


@pytest.mark.parametrize("text", DECOYS)
def test_a_decoy_beside_the_hazard_words_is_not_urgent(text: str):
    found = read(text, status="scheduled")
    assert not found.urgent and "emergency" not in found.intents, (text, found.evidence)


def _rules() -> Interpretation:
    return Interpretation(intent="other", intents=("other",), evidence=("cue -> x",))


def test_the_learned_voice_alone_still_sets_urgent():
    found = combine(_rules(), Guess((("emergency", 0.9), ("other", 0.05))))
    assert found.urgent


def test_the_learned_voice_alone_is_set_aside_when_the_text_says_it_is_benign():
    found = combine(
        _rules(), Guess((("emergency", 0.9), ("other", 0.05))), benign="emergency.veto.said_not_urgent"
    )
    assert not found.urgent
    assert "the learned voice's emergency set aside: emergency.veto.said_not_urgent" in found.evidence


def test_a_hazard_the_rules_read_is_never_set_aside():
    rules = Interpretation(intent="emergency", intents=("emergency",), urgent=True, evidence=("hazard",))
    assert combine(rules, Guess((("other", 0.9), ("emergency", 0.05))), benign="x").urgent


@pytest.mark.parametrize(
    "text",
    (
        "Tumutulo ang gripo sa kusina",
        "No sale agua caliente de la regadera",
        "The hallway light flickers now and then",
        "Le détecteur de CO sonne parce que la pile est faible",
        "Il y a une fuite sous l'évier, rien de grave",
    ),
)
def test_what_the_learned_voice_mistakes_for_a_hazard_reads_benign(text: str):
    from messaging.interpret.cues.emergency import said_benign
    from messaging.interpret.normalize import normalise

    assert said_benign(normalise(text))


@pytest.mark.parametrize(
    "text",
    (
        "basement is filling up fast, it's over my ankles",
        "Le tuyau que vous avez réparé hier fuit, l'eau coule du plafond",
        "the CO alarm is going off and the baby is sleepy",
        "I got shocked touching the kitchen faucet",
        "lights keep flickering and we hear popping inside the wall",
    ),
)
def test_a_hazard_does_not_read_benign(text: str):
    from messaging.interpret.cues.emergency import said_benign
    from messaging.interpret.normalize import normalise

    assert said_benign(normalise(text)) is None
