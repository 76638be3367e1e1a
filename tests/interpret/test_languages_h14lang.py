"""Families of phrasings in the languages a blind multilingual inbox read worst (issue 13, h14lang):
wrong number in Dutch, Scandinavian, Turkish, Greek, Hebrew, Ukrainian and Japanese; the customer's own
hour home ("Jag är hemma först kl 3", "Saat 3'te evde olurum", "2時に帰ります", "저는 2시에 와요", "אגיע
הביתה בשעה 3", "Я буду вдома о 2") and a bare "I'll be late"; a bad job or a leak back after the repair
(a complaint, not a flood); "Больше не пишите мне"; "на утро"; and a heads-up asked for ("avísame cuando
esté a 10 minutos"), whose minutes are the technician's. Each family has its near-misses. Read by the
rules alone, on a Wednesday (Thursday the 15th, Friday the 16th), before a 9-11 window.
"""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import local, read_rules_on_day

DAY = "2026-10-14"
REMINDER = "Reminder: your technician arrives today between 9 and 11. Reply C to confirm."
RATING = "Thanks for choosing us! How did we do? Reply 1-5."


def _rules(text: str, last: str | None = REMINDER, status: str = "scheduled"):
    return read_rules_on_day(text, last=last, status=status, day=DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Verkeerd nummer, ik heb geen afspraak",
        "Fel nummer",
        "Feil nummer",
        "Forkert nummer, jeg har ikke bestilt noget",
        "Yanlış numara",
        "Yanlış kişiye yazdınız",
        "Λάθος αριθμός",
        "טעות במספר",
        "Ви помилилися номером",
        "番号が間違っています",
    ],
)
def test_wrong_number(text: str) -> None:
    assert _rules(text).intent == "wrong_number"


@pytest.mark.parametrize(
    "text",
    ["Mijn huisnummer is 12", "Kapı numarası 12", "Ο αριθμός του σπιτιού είναι 12", "部屋番号は12です"],
)
def test_a_house_or_room_number_is_no_wrong_number(text: str) -> None:
    assert _rules(text).intent != "wrong_number"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Jag är hemma först kl 10", 10),
        ("Jeg er hjemme klokken 10", 10),
        ("Saat 10'da evde olurum", 10),
        ("Eve saat 10 gibi gelirim", 10),
        ("10時に帰ります", 10),
        ("Sarò a casa alle 10", 10),
        ("저는 10시에 와요", 10),
        ("אני אגיע הביתה בשעה 10", 10),
        ("Я буду вдома о 10", 10),
    ],
)
def test_the_customers_own_hour_home(text: str, hour: int) -> None:
    result = _rules(text)
    assert result.intent == "running_late"
    assert result.arrival_at == local(DAY, f"{hour}:00")


@pytest.mark.parametrize(
    "text",
    [
        "Jag blir lite sen",
        "Jeg bliver lidt forsinket",
        "Biraz gecikeceğim",
        "少し遅れます",
        "Я трохи запізнюсь",
    ],
)
def test_a_bare_lateness(text: str) -> None:
    assert _rules(text).intent == "running_late"


@pytest.mark.parametrize(
    "text",
    [
        "Jag är hemma hela dagen",
        "Teknisyen gecikecek mi?",
        "技術者は2時に着きますか？",
        "기사님 2시에 와요?",
        "Майстер запізнюється?",
        "christmas eve at 2?",
    ],
)
def test_the_technicians_hour_or_a_day_is_no_lateness(text: str) -> None:
    assert _rules(text).intent != "running_late"


@pytest.mark.parametrize(
    "text",
    [
        "Mycket dåligt jobb, det läcker fortfarande",
        "Πολύ άσχημη δουλειά, το κλιματιστικό πάλι δεν δουλεύει",
        "수리가 제대로 안 됐어요. 또 물이 새요",
        "修完还是漏水，太失望了",
    ],
)
def test_a_bad_job_or_a_leak_back_after_the_repair_is_a_complaint(text: str) -> None:
    result = _rules(text, last=RATING, status="completed")
    assert result.intent == "complaint"
    assert not result.urgent


def test_a_flood_after_the_repair_is_still_an_emergency() -> None:
    assert _rules("修完还是漏水，满地都是水", last=RATING, status="completed").intent == "emergency"


@pytest.mark.parametrize("text", ["Fungerar bra nu, tack så mycket", "Πολύ καλή δουλειά, ευχαριστώ"])
def test_praise_after_the_visit_is_no_complaint(text: str) -> None:
    assert _rules(text, last=RATING, status="completed").intent != "complaint"


@pytest.mark.parametrize("text", ["Больше не пишите мне", "Більше не пишіть мені"])
def test_stop_texting_with_more_first(text: str) -> None:
    assert _rules(text).intent == "opt_out"


def test_russian_na_utro_is_the_morning() -> None:
    result = _rules("Можно перенести на завтра на утро?")
    assert (result.intent, result.requested_date, result.requested_part_of_day) == (
        "reschedule",
        date(2026, 10, 15),
        "morning",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Avísame cuando esté a 10 minutos",
        "Sagen Sie mir Bescheid, wenn er 10 Minuten entfernt ist",
        "let me know when he's 10 min out",
    ],
)
def test_a_heads_up_asked_for_is_no_lateness(text: str) -> None:
    result = _rules(text)
    assert result.intent != "running_late"
    assert result.arrival_at is None


def test_telling_when_i_am_near_keeps_the_lateness() -> None:
    assert _rules("I'll text you when I'm 10 min out").intent == "running_late"


# second round, after the second probe: more verbs of coming home, yes words joined by a comma, the
# service judged in the past tense, "stop met sms'en"
@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Ik kom om 10 uur thuis, eerder lukt niet", 10),
        ("Θα γυρίσω σπίτι στις 10", 10),
        ("10時には家にいます", 10),
        ("Я приду домой к 10", 10),
        ("Je rentre à 10h", 10),
        ("Estarei em casa às 10", 10),
    ],
)
def test_more_verbs_of_coming_home(text: str, hour: int) -> None:
    result = _rules(text)
    assert result.intent == "running_late"
    assert result.arrival_at == local(DAY, f"{hour}:00")


@pytest.mark.parametrize("text", ["Ναι, εντάξει", "כן, מאשר", "Ja tack", "Ja takk"])
def test_yes_words_joined_confirm_a_reminder(text: str) -> None:
    assert _rules(text).intent == "confirm"


@pytest.mark.parametrize(
    "text",
    [
        "Heel slecht geholpen, de verwarming doet het nog steeds niet",
        "İşçilik çok kötüydü, hala su akıtıyor",
        "対応が最悪でした",
        "השירות היה גרוע, הטכנאי איחר בשעתיים",
    ],
)
def test_the_service_judged_after_the_visit(text: str) -> None:
    assert _rules(text, last=RATING, status="completed").intent == "complaint"


def test_stop_met_smsen_is_an_opt_out() -> None:
    assert _rules("Stop met sms'en alsjeblieft").intent == "opt_out"


# third round, after the third probe
@pytest.mark.parametrize("text", ["הטכנאי בדרך?", "Ο τεχνικός είναι καθ' οδόν;"])
def test_is_he_on_the_way_asked(text: str) -> None:
    assert _rules(text).intent == "where_is_tech"


def test_the_customers_own_way_is_not_asking_after_him() -> None:
    assert _rules("אני בדרך").intent != "where_is_tech"


def test_sent_to_the_wrong_person_in_ukrainian() -> None:
    assert _rules("Ви надіслали не тій людині").intent == "wrong_number"


def test_hoeren_sie_auf_is_an_opt_out() -> None:
    assert _rules("Hören Sie auf, mir SMS zu schicken").intent == "opt_out"
