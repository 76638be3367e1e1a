"""Families of phrasings in Japanese, Turkish, Dutch, Greek and Ukrainian (issue 13, h13lang7): blind
corpora wrote texts in these languages and the interpreter had no word for them (a Japanese "sorry,
about 15 minutes late", a Turkish "I want to cancel the appointment", a gas smell asked as "what should
I do?"). Each family is the product of its parts, so a rule that knows one example only fails on its
neighbours. Hazards are read by the rules alone: danger is the rules' to name.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from .helpers import local, read, read_rules_on_day

DAY = "2026-10-14"  # a Wednesday
REMINDER = "Reminder: your technician arrives today between 9 and 11. Reply C to confirm."


def _scheduled(text: str, last: str | None = REMINDER):
    return read(text, at="08:40", day=DAY, window=("09:00", "11:00"), status="scheduled", last=last)


def _rules(text: str, last: str | None = REMINDER):
    return read_rules_on_day(text, last=last, day=DAY)


MINUTES = (10, 15, 20, 40)
LATENESS_TEMPLATES = (
    ("すみません、{n}分ほど遅れます", "late"),
    ("渋滞で{n}分くらい遅れそうです", "late"),
    ("あと{n}分で着きます", "in"),
    ("Özür dilerim, {n} dakika gecikeceğim", "late"),
    ("{n} dakika kadar geç kalacağım", "late"),
    ("{n} dakikaya oradayım", "in"),
    ("Sorry, ik ben {n} minuten later", "late"),
    ("sta in de file, {n} minuten te laat", "late"),
    ("ben er over {n} minuten", "in"),
    ("Συγγνώμη, θα αργήσω {n} λεπτά", "late"),
    ("σε {n} λεπτά είμαι εκεί", "in"),
    ("Вибачте, запізнюся на {n} хвилин", "late"),
    ("запізнюся хвилин на {n}", "late"),
    ("буду за {n} хвилин", "in"),
)


@pytest.mark.parametrize(
    ("template", "counts", "minutes"), [(*t, n) for t, n in itertools.product(LATENESS_TEMPLATES, MINUTES)]
)
def test_lateness_in_minutes_in_the_five_languages(template, counts, minutes):
    found = _scheduled(template.format(n=minutes))
    assert found.intent == "running_late", found.evidence
    base = local(DAY, "09:00") if counts == "late" else local(DAY, "08:40")
    assert found.arrival_at == base + timedelta(minutes=minutes), found.evidence


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("三十分遅れます、ごめんなさい", 30),
        ("二十分ほど遅れます", 20),
        ("Trafikteyim, yirmi dakika geç kalacağım", 20),
        ("Yarım saat gecikeceğim, kusura bakmayın", 30),
        ("ik ben een half uur later, excuses", 30),
        ("twintig minuten te laat, sorry", 20),
        ("Έχει κίνηση, θα αργήσω είκοσι λεπτά", 20),
        ("Θα αργήσω μισή ώρα, συγγνώμη", 30),
        ("Стою в заторі, запізнюся хвилин на двадцять", 20),
        ("Запізнюся на пів години, вибачте", 30),
    ],
)
def test_spelled_lateness_in_the_five_languages(text, minutes):
    found = _scheduled(text)
    assert found.intent == "running_late", found.evidence
    assert found.arrival_at == local(DAY, "09:00") + timedelta(minutes=minutes), found.evidence


# Wednesday 2026-10-14: tomorrow is Thursday the 15th, Friday the 16th, Monday the 19th.
@pytest.mark.parametrize(
    ("text", "day", "part"),
    [
        ("明日の午後に変更できますか？", "2026-10-15", "afternoon"),
        ("金曜日の朝に変えてもらえますか", "2026-10-16", "morning"),
        ("月曜日の午後でもいいですか？", "2026-10-19", "afternoon"),
        ("Yarın öğleden sonraya alabilir miyiz?", "2026-10-15", "afternoon"),
        ("Cuma sabah olabilir mi?", "2026-10-16", "morning"),
        ("Pazartesi akşam uygun mu?", "2026-10-19", "evening"),
        ("Kan het vrijdagmiddag worden in plaats daarvan?", "2026-10-16", "afternoon"),
        ("Kan het morgenochtend?", "2026-10-15", "morning"),
        ("Kan het maandagavond?", "2026-10-19", "evening"),
        ("Μπορούμε να το κάνουμε αύριο το απόγευμα;", "2026-10-15", "afternoon"),
        ("Γίνεται την Παρασκευή το πρωί;", "2026-10-16", "morning"),
        ("Можна перенести на завтра після обіду?", "2026-10-15", "afternoon"),
        ("Чи можна в п'ятницю вранці?", "2026-10-16", "morning"),
        ("Чи можна в понеділок ввечері?", "2026-10-19", "evening"),
    ],
)
def test_another_day_and_part_of_day_in_the_five_languages(text, day, part):
    found = _scheduled(text)
    assert found.intent == "reschedule", found.evidence
    assert str(found.requested_date) == day, found.evidence
    assert found.requested_part_of_day == part, found.evidence


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("ガスの臭いがします、どうすればいいですか？", "gas"),
        ("台所がガス臭いです", "gas"),
        ("Evde gaz kokusu var, ne yapmalıyım?", "gas"),
        ("Ik ruik gas in de keuken, wat moet ik doen?", "gas"),
        ("Μυρίζει γκάζι στο σπίτι, τι να κάνω;", "gas"),
        ("Пахне газом у квартирі, що робити?", "gas"),
        ("天井から水が漏れてきて止まりません", "water"),
        ("Tavandan su akıyor, durmuyor", "water"),
        ("Er stroomt water door het plafond", "water"),
        ("Τρέχει νερό από το ταβάνι", "water"),
        ("Зі стелі ллється вода", "water"),
        ("コンセントから火花が出て焦げ臭いです", "electrical"),
        ("Prizden kıvılcım çıktı ve yanık kokusu var", "electrical"),
        ("Vonken uit het stopcontact en het ruikt verbrand", "electrical"),
        ("Βγάζει σπίθες η πρίζα και μυρίζει καμένο", "electrical"),
        ("З розетки іскрить і пахне горілим", "electrical"),
        ("一酸化炭素の警報器が鳴っています", "carbon_monoxide"),
        ("Karbonmonoksit alarmı çalıyor", "carbon_monoxide"),
        ("Het koolmonoxide alarm gaat af", "carbon_monoxide"),
        ("Χτυπάει ο ανιχνευτής μονοξειδίου του άνθρακα", "carbon_monoxide"),
        ("Спрацював датчик чадного газу", "carbon_monoxide"),
        ("暖房が壊れて、赤ちゃんがいるのに家が凍えるほど寒いです", "no_heat"),
        ("Kalorifer çalışmıyor, evde bebek var ve dışarısı eksi 10 derece", "no_heat"),
        ("Verwarming doet het niet, het vriest en mijn moeder van 90 is hier", "no_heat"),
        ("Δεν έχουμε θέρμανση, έχει παγωνιά έξω και έχω μωρό", "no_heat"),
        ("Не працює опалення, вдома немовля, а надворі мороз", "no_heat"),
    ],
)
def test_hazards_in_the_five_languages_are_the_rules(text, hazard):
    found = _rules(text)
    assert found.intent == "emergency", found.evidence
    assert found.urgent
    assert found.hazard == hazard, found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "ガスの点検は何時ごろになりますか？",
        "警報器の電池を交換してもらえますか？",
        "暖房が少し弱いのですが、見てもらえますか？",
        "Gaz faturası neden bu kadar yüksek?",
        "Kombi biraz su damlatıyor, bakabilir mi?",
        "Kalorifer çalışmıyor, yarın gelebilir mi?",
        "Geçen yıl gaz kokusu vardı, şimdi sadece kontrol",
        "Kan hij ook naar het gasfornuis kijken?",
        "De kraan lekt een beetje, kan hij daar ook naar kijken?",
        "Koolmonoxide melder piept, ik denk de batterij",
        "De verwarming doet het niet, kan hij morgen komen?",
        "Πόσο κοστίζει ο έλεγχος του λέβητα αερίου;",
        "Στάζει λίγο η βρύση, μπορεί να τη δει;",
        "Η πρίζα δεν δουλεύει",
        "Чи перевіряєте ви газові котли?",
        "Трохи капає кран, може глянути?",
        "Можете встановити датчик чадного газу?",
    ],
)
def test_look_alikes_of_hazards_in_the_five_languages_are_none(text):
    found = _rules(text)
    assert found.intent != "emergency", found.evidence
    assert not found.urgent, found.evidence


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("予約をキャンセルしたいです", "cancel"),
        ("Randevuyu iptal etmek istiyorum", "cancel"),
        ("Ik wil de afspraak annuleren", "cancel"),
        ("Θέλω να ακυρώσω το ραντεβού", "cancel"),
        ("Хочу скасувати запис", "cancel"),
        ("技術者の方は今どこですか？", "where_is_tech"),
        ("Teknisyen nerede?", "where_is_tech"),
        ("Waar blijft de monteur?", "where_is_tech"),
        ("Πού είναι ο τεχνικός;", "where_is_tech"),
        ("Де майстер?", "where_is_tech"),
        ("もうメッセージを送らないでください", "opt_out"),
        ("Bana artık mesaj göndermeyin", "opt_out"),
        ("Stuur me alstublieft geen berichten meer", "opt_out"),
        ("Παρακαλώ μη μου στέλνετε άλλα μηνύματα", "opt_out"),
        ("Більше не надсилайте мені повідомлень", "opt_out"),
        ("ありがとうございました！", "thanks"),
        ("Çok teşekkürler", "thanks"),
        ("Bedankt, super geholpen!", "thanks"),
        ("Ευχαριστώ πολύ!", "thanks"),
        ("Дякую, все чудово!", "thanks"),
        ("İki saattir bekledim, rezalet!", "complaint"),
        ("Drie uur gewacht, dit is belachelijk", "complaint"),
        ("Περίμενα τρεις ώρες, απαράδεκτο!", "complaint"),
        ("門の暗証番号は4821です", "access_info"),
        ("Kapı şifresi 7390", "access_info"),
        ("De poortcode is 5512", "access_info"),
        ("Ο κωδικός της πόρτας είναι 2468", "access_info"),
        ("П'ятий поверх, квартира 21", "access_info"),
    ],
)
def test_every_intent_in_the_five_languages(text, intent):
    assert _rules(text).intent == intent


@pytest.mark.parametrize(
    "text", ["はい", "Evet", "Ja", "Ναι", "Так", "はい、大丈夫です", "Tamam, uygun", "Εντάξει, ισχύει"]
)
def test_a_bare_yes_after_a_confirm_request_confirms(text):
    assert _rules(text).intent == "confirm"


@pytest.mark.parametrize(
    "text", ["はい", "Evet", "Ναι", "Ik wil weer berichten ontvangen", "Tekrar mesaj almak istiyorum"]
)
def test_yes_or_asking_for_texts_again_after_an_opt_out_opts_in(text):
    assert _rules(text, last="You have been unsubscribed. Reply START to resubscribe.").intent == "opt_in"


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb geen sms meer gekregen over de afspraak",
        "Randevuyu iptal edersem ücret var mı?",
        "Yarın evdeyim",
        "家に着いたら連絡します",
        "Komt de monteur met een ladder?",
    ],
)
def test_near_misses_in_the_five_languages(text):
    found = _rules(text)
    assert found.intent not in ("opt_out", "cancel", "customer_arrived", "where_is_tech"), found.evidence
