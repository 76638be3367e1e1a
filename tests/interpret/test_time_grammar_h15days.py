"""Day words and clock words of issue 15's round h15days (corpora/tuned/families_h15_h15days.jsonl), generated.

(1) The day after tomorrow said as one word or phrase (Czech "pozítří", Swedish "i övermorgon", Cantonese
"後日", Mandarin "大后天" three days on, Korean "글피", Indonesian "lusa", Turkish "öbür gün", Farsi "pas
farda", Swahili "kesho kutwa", Kazakh "бүрсігүні", Ukrainian "післязавтра", Hungarian "holnaputánra",
Nigerian "next tomorrow", Scots "the day after the morra", Bengali "porshu", Tamil "naalai marunaal",
...); (2) clock words counted toward the next hour ("kvart i tre", "fél háromra", "negyed négy", "пів на
третю", "полтретьего", "üç buçukta", "üçe çeyrek kala", "dreiviertel drei", "čtvrt na tři"); (3) a
quarter or half of an hour as a wait ("om et kvarters tid", "negyed óra múlva", "через четверть часа").
Near misses stay unread. Readings are the rules' alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from messaging.interpret import Interpretation
from messaging.interpret.normalize import normalise

from .helpers import read_rules_in_zone

ZONE = "Europe/Berlin"
# A Monday morning: the day after tomorrow is Wednesday 2026-12-09, three days on Thursday the 10th.
SENT = datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo(ZONE))
IN_TWO = "2026-12-09"
IN_THREE = "2026-12-10"


def _read(text: str, sent: datetime = SENT, window_hour: int = 13) -> Interpretation:
    start = sent + timedelta(days=1) if sent == SENT else sent
    return read_rules_in_zone(
        text, zone=ZONE, sent=sent, window_start=start.replace(hour=window_hour, minute=0)
    )


def _check(cases: Sequence[tuple[str, object]], got: Callable[[str], object]) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _date(text: str) -> str | None:
    found = _read(text)
    return found.requested_date.isoformat() if found.requested_date else None


DAY_AFTER_TOMORROW = [
    "pozítří", "pozitri", "i övermorgon", "i overmorgen", "後日", "后天", "明後日", "あさって", "모레", "lusa",
    "öbür gün", "yarından sonra", "pas farda", "پس‌فردا", "kesho kutwa", "бүрсігүні", "послезавтра",
    "післязавтра", "holnapután", "holnaputánra", "pojutrze", "next tomorrow", "the day after the morra",
    "parson", "porshu", "পরশু", "naalai marunaal", "sa makalawa", "poimâine", "prekosutra",
]  # fmt: skip
THREE_DAYS = ["大后天", "大後日", "しあさって", "글피"]
FRAMES = ["can we move it to {w}?", "{w} instead please", "could you come {w} afternoon instead?"]


def test_day_after_tomorrow_words_are_read_as_the_day() -> None:
    cases = [(frame.format(w=word), "day after tomorrow") for word in DAY_AFTER_TOMORROW for frame in FRAMES]
    _check(
        cases,
        lambda text: "day after tomorrow" if "day after tomorrow" in normalise(text) else normalise(text),
    )
    three = [(frame.format(w=word), "in three days") for word in THREE_DAYS for frame in FRAMES]
    _check(three, lambda text: "in three days" if "in three days" in normalise(text) else normalise(text))


def test_day_after_tomorrow_asked_for_is_two_days_on() -> None:
    cases = [(frame.format(w=word), IN_TWO) for word in DAY_AFTER_TOMORROW for frame in FRAMES[:2]]
    cases += [(frame.format(w=word), IN_THREE) for word in THREE_DAYS for frame in FRAMES[:2]]
    cases += [
        ("Dnes to nestihnu, můžete přijít pozítří?", IN_TWO),
        ("Mnaweza kuja kesho kutwa badala yake?", IN_TWO),
        ("Бүрсігүні келе аласыздар ма?", IN_TWO),
        ("Át lehet tenni holnaputánra?", IN_TWO),
        ("Можна перенести на післязавтра?", IN_TWO),
        ("Please can you come next tomorrow instead", IN_TWO),
        ("能不能改到大后天？", IN_THREE),
        ("글피로 옮길 수 있나요?", IN_THREE),
        ("改去後日下晝得唔得？兩點半左右", IN_TWO),
    ]
    _check(cases, _date)


def test_day_after_tomorrow_near_misses() -> None:
    cases = [
        ("木曜日に変更できますか？詳細は後日連絡します", IN_THREE),  # Japanese 後日: at a later date
        ("next, tomorrow at 10 would be better", "2026-12-08"),
        ("can we do tomorrow instead? the morra's no good for my wife", "2026-12-08"),
    ]
    _check(cases, _date)
    for text in ("後日ご連絡いたします", "a agência lusa noticiou", "geçen gün geldiniz"):
        assert "day after tomorrow" not in normalise(text), text


# (hours in words 1-11 as each language says them in the pattern, template, minutes, hours back)
CLOCK_WORDS: list[tuple[list[str], str, int, int]] = [
    ("ett två tre fyra fem sex sju åtta nio tio elva".split(), "kvart i {h}", 45, 1),
    ("ett två tre fyra fem sex sju åtta nio tio elva".split(), "kvart över {h}", 15, 0),
    ("et to tre fire fem seks syv otte ni ti elleve".split(), "kvart over {h}", 15, 0),
    ("ett to tre fire fem seks sju åtte ni ti elleve".split(), "kvart på {h}", 45, 1),
    ("egy kettő három négy öt hat hét nyolc kilenc tíz tizenegy".split(), "fél {h}", 30, 1),
    ("egyre kettőre háromra négyre ötre hatra hétre nyolcra kilencre tízre tizenegyre".split(), "fél {h}", 30, 1),
    ("egy kettő három négy öt hat hét nyolc kilenc tíz tizenegy".split(), "negyed {h}", 15, 1),
    ("egykor kettőkor háromkor négykor ötkor hatkor hétkor nyolckor kilenckor tízkor tizenegykor".split(), "háromnegyed {h}", 45, 1),
    ("першу другу третю четверту п'яту шосту сьому восьму дев'яту десяту одинадцяту".split(), "пів на {h}", 30, 1),
    ("першу другу третю четверту п'яту шосту сьому восьму дев'яту десяту одинадцяту".split(), "чверть на {h}", 15, 1),
    ("перша друга третя четверта п'ята шоста сьома восьма дев'ята десята одинадцята".split(), "за чверть {h}", 45, 1),
    ("первого второго третьего четвёртого пятого шестого седьмого восьмого девятого десятого одиннадцатого".split(), "пол{h}", 30, 1),
    ("первого второго третьего четвертого пятого шестого седьмого восьмого девятого десятого одиннадцатого".split(), "четверть {h}", 15, 1),
    ("bir iki üç dört beş altı yedi sekiz dokuz on".split() + ["on bir"], "saat {h} buçukta", 30, 0),
    ("bire ikiye üçe dörde beşe altıya yediye sekize dokuza ona".split() + ["on bire"], "{h} çeyrek kala", 45, 1),
    ("biri ikiyi üçü dördü beşi altıyı yediyi sekizi dokuzu onu".split() + ["on biri"], "{h} çeyrek geçe", 15, 0),
    ("eins zwei drei vier fünf sechs sieben acht neun zehn elf".split(), "dreiviertel {h}", 45, 1),
    ("jednu dvě tři čtyři pět šest sedm osm devět deset jedenáct".split(), "čtvrt na {h}", 15, 1),
    ("jednu dvě tři čtyři pět šest sedm osm devět deset jedenáct".split(), "tři čtvrtě na {h}", 45, 1),
    ("eins zwei drei vier fünf sechs sieben acht neun zehn elf".split(), "viertel {h}", 15, 1),
    ("eins zwei drei vier fünf sechs sieben acht neun zehn elf".split(), "um viertel {h}", 15, 1),
    ("pierwsza druga trzecia czwarta piąta szósta siódma ósma dziewiąta dziesiąta jedenasta".split(), "za kwadrans {h}", 45, 1),
]  # fmt: skip


def _hm(said: int, minutes: int, back: int) -> str:
    return f"at {(said - back - 1) % 12 + 1}:{minutes:02d}"


def test_clock_words_counted_toward_the_next_hour() -> None:
    cases = [
        (template.format(h=word), _hm(said, minutes, back))
        for words, template, minutes, back in CLOCK_WORDS
        for said, word in enumerate(words, start=1)
    ]
    cases += [
        ("kvart i 3", "at 2:45"),
        ("kl. kvart över 4", "at 4:15"),
        ("3'e çeyrek kala", "at 2:45"),
        ("2'yi çeyrek geçe", "at 2:15"),
        ("4 buçukta", "at 4:30"),
        ("пів на 3", "at 2:30"),
    ]
    _check(cases, lambda text: next((p for p in [normalise(text)] if p.startswith("at ")), normalise(text)))


def _slot(text: str) -> tuple[str | None, str | None]:
    found = _read(text)
    return (
        found.requested_date.isoformat() if found.requested_date else None,
        found.requested_time.strftime("%H:%M") if found.requested_time else None,
    )


def test_a_clock_word_asked_for_on_another_day_is_a_working_hour() -> None:
    cases = [
        ("Kan vi flytta till onsdag kvart i tre?", (IN_TWO, "14:45")),
        ("Kan vi rykke det til onsdag kvart over to?", (IN_TWO, "14:15")),
        ("Át tudjuk tenni szerdára fél háromra?", (IN_TWO, "14:30")),
        ("Áttehetnénk csütörtökre negyed négyre?", (IN_THREE, "15:15")),
        ("Можна перенести на середу на пів на третю?", (IN_TWO, "14:30")),
        ("Randevuyu çarşamba üç buçuğa alabilir miyiz?", (IN_TWO, "15:30")),
        ("Çarşamba dörde çeyrek kala gelebilir misiniz?", (IN_TWO, "15:45")),
        ("Geht es auch Donnerstag um dreiviertel elf?", (IN_THREE, "10:45")),
        ("Können wir auf Donnerstag, viertel drei gehen? Morgen klappt nicht", (IN_THREE, "14:15")),
        ("Můžeme to přesunout na středu na čtvrt na tři?", (IN_TWO, "14:15")),
        ("pozítří v půl třetí?", (IN_TWO, "14:30")),
    ]
    _check(cases, _slot)


LATE_SENT = datetime(2026, 12, 8, 13, 20, tzinfo=ZoneInfo(ZONE))


def _arrival(text: str) -> str | None:
    found = read_rules_in_zone(text, zone=ZONE, sent=LATE_SENT, window_start=LATE_SENT.replace(minute=0))
    return found.arrival_at.strftime("%H:%M") if found.arrival_at else None


def test_clock_words_and_quarter_hours_as_arrivals() -> None:
    cases = [
        ("Jag är lite försenad, kvart i tre är jag hemma", "14:45"),
        ("Jeg er lidt forsinket, kvart på tre er jeg hjemme", "14:45"),
        ("Jeg er lidt forsinket, er hjemme kvart over to", "14:15"),
        ("Опаздываю, буду дома в полтретьего", "14:30"),
        ("Biraz geç kalacağım, üçe çeyrek kala evde olurum", "14:45"),
        ("Bin spät dran, bin dreiviertel drei zu Hause", "14:45"),
        ("Jeg er forsinket, er der om et kvarters tid", "13:35"),
        ("Jag är försenad, är hemma om en kvart", "13:35"),
        ("Késésben vagyok, negyed óra múlva ott vagyok", "13:35"),
        ("Опаздываю, буду через четверть часа", "13:35"),
        ("Geciktim, bir buçuk saate oradayım", "14:50"),
        ("Опоздаю на четверть часа", "13:35"),
        ("Spóźnię się trochę, będę za kwadrans", "13:35"),
        ("Przepraszam, spóźnię się, będę w domu za kwadrans trzecia", "14:45"),
        ("Bocsánat, késni fogok, fél háromra érek haza", "14:30"),
    ]
    _check(cases, _arrival)


def test_clock_word_near_misses() -> None:
    for text in (
        "Det tar en kvart att hitta parkering",
        "halva priset var bra",
        "fél órát késem",
        "bir buçuk saat sürer",
        "iki buçuk milyon lira",
        "пів години",
        "полчаса",
        "пол второго этажа затопило",
        "ein Viertel der Wohnung ist noch offen",
        "eine Viertelstunde",
    ):
        assert " at " not in f" {normalise(text)} ", (text, normalise(text))
    # "выехал полчаса назад": half an hour ago is no wait; the lateness named is
    assert _arrival("Опаздываю минут на 20, выехал полчаса назад") == "13:40"


def test_the_ask_and_the_day_turned_down_around_those_words() -> None:
    """The request said in the same language as the day word, and the day turned down before it."""
    cases = [
        ("明日は無理なので、あさっての午後にしてもらえますか", IN_TWO),
        ("詳細は後日お知らせしますが、金曜日に変更をお願いします", "2026-12-11"),
        ("大后天上午方便吗？改一下时间", IN_THREE),
        ("فردا نیستم، پس فردا صبح بیاید لطفا", IN_TWO),
        ("Fundi aje keshokutwa asubuhi tafadhali, kesho sipo", IN_TWO),
        ("நாளை முடியாது, நாளை மறுநாள் வர முடியுமா?", IN_TWO),
        ("Kunnen we naar vrijdag? Het kost me een kwartier om thuis te komen", "2026-12-11"),
        ("Naweza kuhamisha hadi Jumamosi asubuhi?", "2026-12-12"),
        ("しあさってじゃなくて、その次の日にしてもらえたら助かります", "2026-12-11"),
    ]
    _check(cases, _date)
    # "您先等等可以吗" asks the technician to wait, no new slot; "A szerelő késni fog?" asks about his lateness
    assert _read("师傅不好意思 下午三点半左右才能到家 您先等等可以吗").intent != "reschedule"
    assert _read("A szerelő késni fog?").intent != "running_late"
