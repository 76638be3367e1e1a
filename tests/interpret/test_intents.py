from __future__ import annotations

import pytest

from .helpers import read

STATUS = "CoolBreeze HVAC: Luis is on the way, ETA 10:20am."
CONFIRM_REQUEST = "Reminder: Apex Plumbing visit tomorrow 8-10am. Reply C to confirm or R to reschedule."
NUMBERED = "FixRight: your repair is tomorrow 8-10am. Reply 1 to confirm, 2 to reschedule."
RATING = "How did Luis do today? Reply 1-5 (5 = excellent)."


@pytest.mark.parametrize("text", ["C", "y", "ok", "👍", "Yes"])
def test_bare_affirmative_confirms_after_a_request_to_confirm(text):
    assert read(text, last=CONFIRM_REQUEST).intent == "confirm"


@pytest.mark.parametrize("text", ["ok", "👍", "k"])
def test_bare_acknowledgement_after_a_status_update_is_thanks(text):
    assert read(text, last=STATUS).intent == "thanks"


def test_numbered_reply_codes_follow_what_the_last_text_offered():
    assert read("1", last=NUMBERED).intent == "confirm"
    assert read("2", last=NUMBERED).intent == "reschedule"
    assert read("R", last=CONFIRM_REQUEST).intent == "reschedule"


@pytest.mark.parametrize(
    ("text", "intent", "sentiment"),
    [
        ("5", "thanks", "positive"),
        ("4", "thanks", "positive"),
        ("2", "complaint", "negative"),
        ("3", "other", "neutral"),
    ],
)
def test_rating_replies_map_high_to_thanks_low_to_complaint_and_bare_three_to_other(text, intent, sentiment):
    result = read(text, last=RATING, status="completed")
    assert (result.intent, result.sentiment) == (intent, sentiment)


def test_reply_code_followed_by_a_question_keeps_both():
    result = read("C. Will he need access to the attic?", last=CONFIRM_REQUEST)
    assert result.intent == "question"
    assert "confirm" in result.intents


def test_negated_running_late_is_not_running_late():
    assert "running_late" not in read("I'm not running late, see you at 10").intents


def test_dont_cancel_is_not_a_cancellation():
    result = read("Running 30 late. Dont cancel me pls!!")
    assert result.intent == "running_late"
    assert "cancel" not in result.intents


def test_not_an_emergency_is_not_an_emergency():
    assert read("Furnace is making that noise again. Not an emergency").intent != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I smell gas in the kitchen, should I leave??",
        "sparks coming out of the outlet",
        "Water is pouring through the ceiling now!!!",
        "Está saliendo mucho humo del aire acondicionado",
        "No heat and I have a 3 week old baby. It's 52 in the house",
        "water heater is leaking all over the garage floor",
    ],
)
def test_danger_and_active_damage_are_urgent_emergencies(text):
    result = read(text)
    assert result.intent == "emergency"
    assert result.urgent


def test_an_angry_customer_threatening_to_leave_is_urgent_but_plain_annoyance_is_not():
    assert read("Worst service ever. Never using you again.").urgent
    assert not read("The last guy left mud on my carpet, please be more careful").urgent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("eta?", "where_is_tech"),
        ("ya viene el técnico?", "where_is_tech"),
        ("I'm home now", "customer_arrived"),
        ("ya llegué", "customer_arrived"),
        ("Please cancel my appointment, we sold the house", "cancel"),
        ("Cancelen la cita por favor", "cancel"),
        ("never mind we don't need the repair anymore, landlord fixed it", "cancel"),
        ("Wrong number, I don't have an appointment", "wrong_number"),
        ("Número equivocado", "wrong_number"),
        ("Muchas gracias, todo quedó muy bien!", "thanks"),
        ("How much is the diagnostic fee?", "question"),
        ("he tracked grease all over the kitchen and didnt clean up 😡", "complaint"),
        ("Sent from my iPhone", "other"),
    ],
)
def test_cue_lexicons_recognise_each_intent_in_english_and_spanish(text, intent):
    assert read(text).intent == intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Perdón, voy tarde. Llego como a las 10 y cuarto", "es"),
        ("Sorry, running late", "en"),
        ("Désolée, je suis en retard, j'arrive dans 15 minutes", "fr"),
        ("chu pogné dans le trafic, merci de m'attendre", "fr"),
        ("Sounds good. Gate code is still 1180 from last time", "en"),
        ("ok", "en"),
        # Kana is Japanese though its kanji are shared with Chinese; і/ї/є/ґ Ukrainian though
        # Cyrillic; ı/ğ Turkish though its ü and ö are German letters too.
        ("すみません、電車が止まっていて30分くらい遅れます", "ja"),
        ("师傅几点到？", "zh"),
        ("Вибачте, я запізнюся на пів години", "uk"),
        ("Извините, опоздаю на полчаса", "ru"),
        ("Συγγνώμη, θα αργήσω μισή ώρα", "el"),
        ("Yarın öğleden sonra gelebilir misiniz? Bugün evde değilim", "tr"),
        ("Entschuldigung, ich komme zehn Minuten später, es gibt Stau", "de"),
        # Dutch by its own function words, never French by "ben" (answered in English: no phrasebook);
        # Italian's lone "è" and elided "l'" no longer count as French
        ("Sorry, ben er over een kwartiertje", "nl"),
        ("Ik ben nu thuis", "nl"),
        ("Grazie Marco, lavoro perfetto! Finalmente l'asciugatrice scalda", "it"),
        ("La caldaia è rotta, fa freddissimo e ho un neonato", "it"),
        # near-misses: German thanks and a name that is a Dutch word stay where they were
        ("Vielen Dank, alles funktioniert wieder!", "de"),
        ("Ben is running late, he'll be there in 10", "en"),
        ("Très bien, à demain", "fr"),
    ],
)
def test_messages_are_tagged_with_their_language(text, language):
    assert read(text).language == language


def test_evidence_names_the_words_that_decided():
    result = read("running late, 20 min")
    assert any("running late" in e for e in result.evidence)
    assert any("arrival" in e for e in result.evidence)


def test_access_note_keeps_the_code_as_written_and_the_code_is_not_a_time():
    result = read("Be there in 20. Gate code is 1530#", at="09:30")
    assert "1530" in result.access_note
    assert result.arrival_at.strftime("%H:%M") == "09:50"


def test_access_mentioned_only_inside_a_question_is_not_an_access_note():
    assert read("Does he need me to move my car out of the garage?").access_note is None


def test_pets_and_parking_are_access_notes():
    assert "dog" in read("Beware of dog!! He's friendly but jumps").access_note
    assert "street" in read("please park on the street not the driveway").access_note


@pytest.mark.parametrize(
    "text",
    [
        "Smells like rotten eggs near the stove",
        "There's water leaking from the ceiling light",
        "Hay una fuga de agua",
    ],
)
def test_gas_smells_and_water_through_ceilings_are_emergencies(text):
    assert read(text).intent == "emergency"


def test_an_eta_the_customer_gives_is_not_a_question_about_the_technician():
    result = read("Traffic is crazy, ETA 9:40", at="09:05")
    assert result.intents == ("running_late",)
    assert result.arrival_at.strftime("%H:%M") == "09:40"


def test_a_reschedule_done_by_the_business_is_a_grievance_not_a_request():
    assert read("This is the 3rd time you've rescheduled on me").intent == "complaint"
    assert read("Ridiculous, 3rd time rescheduling").intent == "complaint"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Would Wednesday work at all? Tomorrow's gone a bit pear shaped", "2026-06-17"),
        ("does friday suit instead", "2026-06-12"),
    ],
)
def test_asking_whether_another_day_would_work_is_a_reschedule_for_that_day(text, day):
    result = read(text, status="scheduled", window_day="2026-06-11", at="18:00")
    assert result.intent == "reschedule"
    assert result.requested_date.isoformat() == day


@pytest.mark.parametrize(
    "text",
    ["still at the dentist, prob 3:15", "ugh traffic on the 101 is horrible", "stuck at work, leaving now"],
)
def test_being_held_up_somewhere_else_is_running_late(text):
    assert read(text, status="on_site").intent == "running_late"


def test_a_price_that_seems_high_is_a_complaint_not_a_wait():
    result = read("charge seems high for 20 min of work", status="completed")
    assert result.intent == "complaint"
    assert result.arrival_at is None


@pytest.mark.parametrize("text", ["how much longer", "How much longer?", "so how much longer will it take?"])
def test_how_much_longer_with_the_technician_on_site_asks_about_the_work(text):
    assert read(text, status="on_site", last="Luis has arrived.").intent == "question"


@pytest.mark.parametrize("text", ["how much longer", "How much longer?"])
def test_how_much_longer_before_he_arrives_asks_where_he_is(text):
    assert read(text, status="en_route", last="Luis is on his way! ETA 1:40 PM.").intent == "where_is_tech"


@pytest.mark.parametrize("name", ["Maria", "Dave", "the Lopez family", "Kim from 4B"])
@pytest.mark.parametrize("lead", ["hi this is", "hey it's", "this is"])
def test_a_customer_naming_themself_before_their_lateness_is_late_not_asking_about_the_tech(lead, name):
    result = read(f"{lead} {name} running a little late")
    assert result.intent == "running_late", result.evidence


@pytest.mark.parametrize("text", ["my phone is at 5% so text dont call", "battery at 10 percent, be quick"])
def test_a_share_is_no_clock(text):
    assert read(text).arrival_at is None
