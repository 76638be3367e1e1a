"""Time families of issue 13's fifth time round (corpora/tuned/families_h13_time5.jsonl), generated.

December-January holidays (Epiphany / Día de Reyes, MLK Day, Australia Day, Waitangi Day, New Year,
"le lendemain de Noël", "christmas eve eve") and a stretch between two of them; "week from Friday"
without its "a"; two hours or parts offered (the first is asked for); "this time tomorrow"; the same
time in other languages; "end of the day"; a cancelled time beside a new slot; counts of weeks in
Portuguese, French and German; a lateness in number words; a German hour in words after "halb".
Each family crosses its words with itertools and checks its near-misses.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from messaging.interpret.timewords import moveable_anchor

from .helpers import read

MLK = {2026: date(2026, 1, 19), 2027: date(2027, 1, 18), 2028: date(2028, 1, 17)}
PRESIDENTS = {2026: date(2026, 2, 16), 2027: date(2027, 2, 15)}


def _check(cases, got) -> None:
    failures = [(text, got(text), want) for text, want in cases if got(text) != want]
    assert not failures, f"{len(failures)} of {len(cases)} wrong, e.g. {failures[:8]}"


def _asked(text: str, day: str = "2026-12-10", at: str = "10:00", window_day: str | None = None):
    result = read(
        text, at=at, day=day, status="scheduled", window_day=window_day or day, window=("13:00", "15:00")
    )
    return (
        result.requested_date and result.requested_date.isoformat(),
        result.requested_time and result.requested_time.strftime("%H:%M"),
        result.requested_part_of_day,
    )


def _date(text: str, day: str = "2026-12-10") -> str | None:
    return _asked(text, day)[0]


def test_mlk_and_presidents_day_are_third_mondays():
    for year, monday in MLK.items():
        assert moveable_anchor("mlk day", year) == monday
    for year, monday in PRESIDENTS.items():
        assert moveable_anchor("presidents day", year) == monday


SAID = ("can we move it to {}?", "could you come {} instead", "how about {}", "{} would suit us better")
HOLIDAYS = {
    "epiphany": "2027-01-06",
    "día de reyes": "2027-01-06",
    "three kings day": "2027-01-06",
    "mlk day": "2027-01-18",
    "martin luther king day": "2027-01-18",
    "australia day": "2027-01-26",
    "waitangi day": "2027-02-06",
    "new year's day": "2027-01-01",
    "the day after new year": "2027-01-02",
    "the monday after new year": "2027-01-04",
    "christmas eve eve": "2026-12-23",
    "the day after boxing day": "2026-12-27",
}


def test_december_january_holidays_by_name():
    cases = [(frame.format(name), want) for frame, (name, want) in itertools.product(SAID, HOLIDAYS.items())]
    _check(cases, _date)


def test_the_day_after_or_before_a_holiday_in_french_spanish_portuguese():
    cases = [
        ("le lendemain de Noël, possible ?", "2026-12-26"),
        ("plutôt la veille de Noël ?", "2026-12-24"),
        ("¿puede venir el día después de navidad?", "2026-12-26"),
        ("pode ser o dia depois do natal?", "2026-12-26"),
    ]
    # "la veille de Noël" is Christmas Eve itself, the day before Christmas
    _check(cases, _date)


def test_in_the_new_year_is_no_day():
    for text in ("can we rebook in the new year", "let's do it in the new year sometime"):
        assert _date(text) is None, text


def test_a_stretch_between_two_days_is_no_day_but_a_day_beside_it_is():
    for text in (
        "anytime between christmas and new year works",
        "can he come sometime between boxing day and new year's eve",
    ):
        assert _date(text) is None, text
    assert _date("anytime between christmas and new year, like the 29th?") == "2026-12-29"
    # "between 1 and 3" is a window of hours: its day is the visit's and its time the first hour
    assert _asked("can we do between 1 and 3 friday?")[:2] == ("2026-12-11", "13:00")


def test_week_from_a_weekday_without_its_count():
    # received Tuesday 2026-11-10
    cases = [
        (f"{lead}week from {name}{tail}", want)
        for (name, want), lead, tail in itertools.product(
            {"friday": "2026-11-20", "thursday": "2026-11-19", "monday": "2026-11-23"}.items(),
            ("", "can we do a ", "how about "),
            ("?", " instead", ""),
        )
    ]
    _check(cases, lambda text: _date(text, "2026-11-10"))
    assert _date("can we do next week on friday?", "2026-11-10") == "2026-11-20"  # the coming week's Friday


def test_two_hours_or_parts_offered_ask_for_the_first():
    cases = [
        (f"{lead}{first} or {second} {day}", (f"{int(first) % 12 + 12 * (int(first) < 7):02d}:00"))
        for lead, (first, second), day in itertools.product(
            ("could we do ", "can he come at ", ""),
            (("10", "11"), ("2", "3"), ("9", "10")),
            ("tomorrow", "on friday"),
        )
    ]
    _check(cases, lambda text: _asked(text)[1])
    assert _asked("monday morning or tuesday afternoon would be great")[::2] == ("2026-12-14", "morning")
    assert _asked("thurs or fri afternoon", "2026-12-08")[::2] == (
        "2026-12-10",
        "afternoon",
    )  # the part closes both days


def test_this_time_tomorrow_is_the_clock_the_text_was_sent_at():
    for at in ("09:30", "15:45"):
        for text in (
            "this time tomorrow?",
            "can we do about this time tomorrow",
            "tomorrow this time instead?",
        ):
            assert _asked(text, at=at)[:2] == ("2026-12-11", at), (text, at)


def test_the_same_time_in_other_languages_keeps_the_window_start():
    cases = [
        ("¿a la misma hora la próxima semana?", ("2026-12-17", "13:00")),
        ("même heure demain ?", ("2026-12-11", "13:00")),
        ("na mesma hora amanhã?", ("2026-12-11", "13:00")),
        ("same time on friday?", ("2026-12-11", "13:00")),
    ]
    _check(cases, lambda text: _asked(text)[:2])


def test_end_of_the_day_is_the_visits_day_or_the_day_named():
    assert _asked("can he come end of the day instead?")[:3] == ("2026-12-10", None, None)
    assert _asked("tomorrow, end of day?")[0] == "2026-12-11"
    assert _asked("demain en fin de journée ?")[0] == "2026-12-11"


def test_a_cancelled_time_is_not_the_time_asked_for():
    for verb in ("cancel the", "cancelling the", "cancel my"):
        got = _asked(f"{verb} 3pm and rebook me for friday morning")
        assert got == ("2026-12-11", None, "morning"), (verb, got)


def test_counts_of_weeks_in_other_languages():
    cases = [
        ("pode ser daqui a duas semanas?", "2026-12-24"),
        ("dans deux semaines ?", "2026-12-24"),
        ("in zwei Wochen?", "2026-12-24"),
        ("dans quinze jours plutôt", "2026-12-24"),
        ("em 2 semanas?", "2026-12-24"),
    ]
    _check(cases, _date)


def _arrival(text: str, at: str = "09:10") -> str | None:
    result = read(text, at=at, day="2026-12-10", status="scheduled", window=("09:00", "11:00"))
    return result.arrival_at and result.arrival_at.strftime("%H:%M")


def test_a_lateness_in_number_words():
    words = {"ten": 10, "fifteen": 15, "twenty": 20, "twenty five": 25, "thirty": 30}
    cases = [
        (f"{lead} {word} {tail}", (timedelta(hours=9, minutes=10 + minutes)))
        for (word, minutes), lead, tail in itertools.product(
            words.items(), ("running", "sorry, about"), ("late", "behind")
        )
    ]
    _check(
        cases,
        lambda text: (
            _arrival(text) and timedelta(hours=int(_arrival(text)[:2]), minutes=int(_arrival(text)[3:]))
        ),
    )
    for text in ("is it too late to move tomorrow's appointment?", "one late night and now this"):
        assert _arrival(text) is None, text


def test_a_guess_raised_is_minutes_not_a_clock():
    assert _arrival("about 20, maybe 25 minutes out") == "09:35"
    assert _arrival("be there at 4, maybe 10 min after that", at="15:20") == "16:10"


def test_give_me_a_number_word_and_a_bare_range_on_the_way():
    assert _arrival("give me five") == "09:15"
    assert _arrival("otw, 15-20") == "09:30"
    assert _arrival("on the way, 10 to 15") == "09:25"


def test_german_half_hour_in_words():
    for word, want in (("vier", "15:30"), ("fünf", "16:30"), ("zehn", "09:30")):
        assert _arrival(f"bin gegen halb {word} da", at="08:40" if word == "zehn" else "14:50") == want, word


# ---- round 2 (h13t5b records) ----


def test_a_day_then_would_be_grand_or_good_asks_for_it():
    cases = [
        (f"{day} {tail}", want)
        for (day, want), tail in itertools.product(
            {"thursday week": "2026-12-24", "friday": "2026-12-11", "the 14th": "2026-12-14"}.items(),
            ("would be grand", "would be good", "would be lovely"),
        )
    ]
    _check(cases, _date)


def test_fortnight_today_or_tomorrow_without_its_article():
    cases = [
        ("fortnight today?", "2026-12-24"),
        ("fortnight tomorrow?", "2026-12-25"),
        ("a fortnight today", "2026-12-24"),
    ]
    _check(cases, _date)


def test_next_weekday_in_french_spanish_portuguese_on_the_eve_of_that_weekdays_visit():
    # received Wednesday 2026-12-09 about Thursday's visit: "next Thursday" is the week after
    cases = [
        ("jeudi prochain à 10h ?", "2026-12-17"),
        ("¿el jueves de la semana que viene por la tarde?", "2026-12-17"),
        ("mardi prochain à 10h ?", "2026-12-15"),
    ]
    _check(cases, lambda text: _asked(text, "2026-12-09", window_day="2026-12-10")[0])


def test_german_day_after_tomorrow_early_is_its_morning():
    assert _asked("übermorgen früh?")[::2] == ("2026-12-12", "morning")
    assert _asked("übermorgen vormittags?")[::2] == ("2026-12-12", "morning")


def test_say_before_an_hour_is_a_clock():
    assert _asked("tomorrow late afternoon, say 4?")[1:] == ("16:00", "afternoon")
    assert _arrival("I'd say 20 minutes") == "09:30"


def test_a_hedged_lateness_before_the_window_counts_from_its_start():
    for text in ("an hour or so behind, traffic", "20ish late sorry", "running 15 or so behind"):
        want = {"an": "10:00", "20ish": "09:20", "running": "09:15"}[text.split()[0]]
        assert _arrival(text, at="08:30") == want, text


def test_come_then_refers_to_the_day_named_before():
    for text in (
        "I'm off on MLK day, could he come then?",
        "the part arrives monday, can he do it then?",
        "we'll be home on the 14th, can you come then?",
    ):
        assert _date(text) is not None, text
    assert _date("I'm off on MLK day, could he come then?") == "2027-01-18"


def test_any_day_between_two_days_asks_without_a_day():
    result = read(
        "any day between boxing day and new year's eve", at="10:00", day="2026-12-10", status="scheduled"
    )
    assert result.intent == "reschedule" and result.requested_date is None


def test_the_same_hour_next_week_in_french():
    assert _asked("même heure la semaine prochaine ?")[:2] == ("2026-12-17", "13:00")


def test_a_vague_lateness_gives_no_time_but_a_vague_distance_still_five_minutes():
    for text in (
        "gonna be a few minutes late",
        "running a couple of minutes behind",
        "I'll be a few mins late, sorry",
    ):
        result = read(text, at="08:50", day="2026-12-10", status="scheduled")
        assert result.intent == "running_late" and result.arrival_at is None, text
    assert _arrival("be there in a couple minutes, parking now") == "09:15"
    assert _arrival("a few minutes late, maybe 15") == "09:25"  # the size said after it counts


# ---- round 3 (h13t5c records) ----


def test_a_slot_after_a_day_turned_down_asks_for_it_whatever_the_punctuation():
    assert _asked("No puedo mañana, ¿pasado mañana después de las 3?")[:2] == ("2026-12-12", "15:00")
    assert _asked("can't do tomorrow, ¿thursday after 3?", "2026-12-08")[:2] == ("2026-12-10", "15:00")


def test_whatever_suits_and_ok_if_we_do_ask_for_the_slot():
    cases = [
        ("Thursday at 10 or Friday at 2, whatever suits you guys", "2026-12-17"),
        ("ok if we do the 15th?", "2026-12-15"),
        ("okay if we move it to monday?", "2026-12-14"),
    ]
    _check(cases, _date)


def test_tomorrow_about_this_time():
    for text in (
        "Could he do tomorrow, say about this time?",
        "tomorrow around this time?",
        "tomorrow, like this time?",
    ):
        assert _asked(text, at="14:20")[:2] == ("2026-12-11", "14:20"), text


def test_fifteen_days_and_the_same_hour_in_portuguese():
    assert _asked("daqui a quinze dias, mesmo horário?")[:2] == ("2026-12-24", "13:00")


def test_minutes_in_french_german_portuguese_words():
    for text, want in (
        ("j'arrive dans vingt minutes", "09:30"),
        ("Bin in zwanzig Minuten da", "09:30"),
        ("chego em vinte minutos", "09:30"),
        ("dans dix minutes", "09:20"),
    ):
        assert _arrival(text) == want, text


def test_the_following_weekday_after_another_day():
    assert (
        _date("Please cancel Thursday's visit and rebook for the following Tuesday", "2026-12-08")
        == "2026-12-15"
    )
    assert (
        _date("can we do the following tuesday?", "2026-12-08") == "2026-12-15"
    )  # no day before it: the next one


def test_cancel_then_move_it_in_spanish_is_a_reschedule():
    result = read(
        "Quiero cancelar la cita de mañana y pasarla al lunes",
        at="10:00",
        day="2026-12-09",
        status="scheduled",
    )
    assert result.intent == "reschedule" and result.requested_date.isoformat() == "2026-12-14"


# ---- round 4 (h13t5d records) ----


def test_an_hour_from_which_a_day_follows_is_not_a_day_turned_down():
    for text in ("anytime from 1 tomorrow", "from 2 tomorrow works", "from 10 on friday?"):
        assert _date(text, "2026-12-08") in ("2026-12-09", "2026-12-11"), text
    assert _date("I'm away from tomorrow, can we do next month?", "2026-12-08") != "2026-12-09"


def test_from_an_hour_onwards_is_only_a_slot():
    assert _asked("thursday from 2 onwards", "2026-12-08")[:2] == ("2026-12-10", "14:00")
    assert _asked("friday 3 or later?", "2026-12-08")[:2] == ("2026-12-11", "15:00")


def test_after_work_then_an_hour_is_asked_for():
    assert _asked("after work tomorrow, like 6?")[:2] == ("2026-12-11", "18:00")


def test_a_window_of_hours_said_with_to_starts_at_its_first_hour():
    cases = [
        (f"could we do {a} to {b} {day}", f"{a + 12 if a < 8 else a:02d}:00")
        for (a, b), day in itertools.product(((2, 4), (9, 11), (1, 3)), ("on monday", "tomorrow"))
    ]
    _check(cases, lambda text: _asked(text)[1])
    assert _arrival("be there at 10 to 4 tomorrow", at="09:00") == "15:50"  # ten to four, a clock


def test_meridiem_with_dots_after_a_clock():
    for text in ("Saturday at 5:00 p.m.?", "saturday 5 p.m.", "saturday at 5 p.m"):
        assert _asked(text)[:2] == ("2026-12-12", "17:00"), text


def test_four_digit_clock_after_about():
    assert _arrival("be there about 1215", at="11:50") == "12:15"


def test_if_he_does_evenings_asks():
    assert _asked("wed evening after 7 if he does evenings", "2026-12-07") == (
        "2026-12-09",
        "19:00",
        "evening",
    )


# ---- round 5 (h13t5e records) ----


def test_the_week_after_same_day_same_time():
    assert _asked("can we do it the week after, same day same time?") == ("2026-12-17", "13:00", None)
    # "what's open the week after?" names a week, no day
    assert _asked("not gonna work on the 3rd, what's open the week after?")[0] is None


def test_this_time_next_week_keeps_the_window_start():
    assert _asked("could we try this time next week instead?")[:2] == ("2026-12-17", "13:00")


def test_a_slot_then_if_that_is_doable_or_would_be_easiest():
    cases = [
        ("before 11 tomorrow if that's doable", ("2026-12-11", "11:00")),
        ("3 or 4 on Saturday would be easiest", ("2026-12-12", "15:00")),
        ("I work till 2 so any time after 2:30 on Monday", ("2026-12-14", "14:30")),
        ("Passt es Ihnen am 4. Januar um halb 10?", ("2027-01-04", "09:30")),
    ]
    _check(cases, lambda text: _asked(text)[:2])
    # "if that's ok" after a time the customer gets home stays an arrival
    result = read(
        "be home this arvo around 2 if that's ok, got held up",
        at="09:00",
        day="2026-12-10",
        status="scheduled",
    )
    assert result.intent == "running_late"


def test_another_range_of_minutes():
    assert _arrival("Another 10-15, sorry", at="12:20") == "12:35"
    assert _arrival("another 5 to 10 then", at="12:20") == "12:30"
