from __future__ import annotations

from datetime import date, time

import pytest

from .helpers import local, read


def hm(result) -> str:
    return result.arrival_at.strftime("%H:%M") if result.arrival_at else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 min away", "09:25"),
        ("10 out", "09:15"),
        ("in 5", "09:10"),
        ("be there in half an hour", "09:35"),
        ("an hour and a half away sorry", "10:35"),
        ("back in 10-15", "09:20"),
        ("be there in fifteen!!", "09:20"),
        ("llego en 20 minutos", "09:25"),
    ],
)
def test_distances_count_from_when_the_message_arrived(text, expected):
    assert hm(read(text, at="09:05")) == expected


def test_running_late_with_minutes_counts_from_window_start_before_window():
    assert hm(read("I'll be 20 minutes late", at="08:40")) == "09:20"


def test_running_late_with_minutes_counts_from_received_at_inside_window():
    assert hm(read("Running 30 late", at="09:10")) == "09:40"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("running late, home by 3", "15:00"),
        ("be there 3:30", "15:30"),
        ("there by quarter past 2", "14:15"),
        ("home around 4ish", "16:00"),
        ("can't be there before noon", "12:00"),
        ("be there 10 til 3", "14:50"),
        ("llego a las 3 y media", "15:30"),
        ("running late, at 1530", "15:30"),
        ("won't be home before half 2", "14:30"),
    ],
)
def test_clock_times_resolve_to_their_next_waking_occurrence(text, expected):
    assert hm(read(text, at="11:00", window=("10:00", "12:00"))) == expected


def test_quarter_to_without_an_hour_is_the_next_quarter_to():
    assert hm(read("I'll be back at quarter to", at="14:22", window=("14:00", "16:00"))) == "14:45"


def test_arrival_is_aware_and_in_the_site_zone():
    result = read("running late, 10 min")
    assert result.arrival_at.utcoffset() == local("2026-06-10", "09:00").utcoffset()


def test_a_time_from_the_past_or_the_appointment_is_not_the_arrival():
    result = read(
        "Your guy was supposed to be here at 8, I waited till 9:30. I can be back at 11:30", at="09:55"
    )
    assert hm(result) == "11:30"
    assert (
        hm(
            read(
                "I'll be about 20 minutes late for the 1 o'clock appt", at="12:58", window=("13:00", "15:00")
            )
        )
        == "13:20"
    )


def test_minutes_after_that_count_from_the_eta_in_the_last_text():
    result = read("I'll be 30 min after that", at="09:00", last="Tyler is on the way, ETA 9:40am.")
    assert hm(result) == "10:10"


def test_tomorrow_moves_an_arrival_time_to_tomorrow():
    result = read("Heads up for tomorrow, I'll be home at 1:15 not 1", at="18:00", window_day="2026-06-11")
    assert result.arrival_at == local("2026-06-11", "13:15")


def test_house_numbers_phone_numbers_and_roads_are_not_times():
    assert read("Hey it's Jen at 114 Alder, call 555-0142").arrival_at is None
    assert hm(read("stuck on the 405, be there in 10", at="09:05")) == "09:15"


def test_reschedule_to_a_weekday_with_a_part_of_day():
    result = read("Can we do thursday afternoon instead?", day="2026-06-10")
    assert result.intent == "reschedule"
    assert (result.requested_date, result.requested_part_of_day) == (date(2026, 6, 11), "afternoon")


def test_reschedule_with_no_day_means_the_appointments_own_date():
    result = read(
        "Can he come this afternoon instead of this morning?", at="07:15", window=("08:00", "10:00")
    )
    assert (result.requested_date, result.requested_part_of_day) == (date(2026, 6, 10), "afternoon")


def test_after_3_gives_a_time_and_no_part_of_day():
    result = read("Could you come friday instead, after 3?", day="2026-06-10")
    assert (result.requested_date, result.requested_time, result.requested_part_of_day) == (
        date(2026, 6, 12),
        time(15, 0),
        None,
    )


def test_month_name_dates_go_through_dateparser_on_a_short_span():
    result = read("Need to reschedule to June 16th, 2026 at 9am", day="2026-06-10")
    assert (result.requested_date, result.requested_time) == (date(2026, 6, 16), time(9, 0))
    assert any(e.startswith("dateparser 'june 16 2026'") for e in result.evidence)


def test_spanish_reschedule_tells_tomorrow_from_morning():
    result = read("Mañana no puedo. ¿Pueden venir el sábado por la mañana?", day="2026-06-10")
    assert (result.requested_date, result.requested_part_of_day) == (date(2026, 6, 13), "morning")


def test_moving_from_one_weekday_to_another_takes_the_target_day():
    result = read(
        "Could we change Monday to Wednesday morning please?", day="2026-06-12", window_day="2026-06-15"
    )
    assert result.requested_date == date(2026, 6, 17)


def test_arvo_is_afternoon_and_the_nth_is_a_day_of_the_month():
    assert read("can we bump it to thursday arvo?", day="2026-06-10").requested_part_of_day == "afternoon"
    assert read("Can we do 2pm on the 16th instead", day="2026-06-10").requested_date == date(2026, 6, 16)


def test_month_name_dates_without_a_year_are_the_next_such_day():
    result = read("can we switch to May 4th?", day="2026-06-10")
    assert result.requested_date == date(2027, 5, 4)
    assert not any(e.startswith("dateparser") for e in result.evidence)


def test_sat_is_saturday_only_where_a_day_fits():
    assert read("Can we do Sat instead?", day="2026-06-10").requested_date == date(2026, 6, 13)
    result = read("sat in traffic, 10 min", at="09:05")
    assert (result.intent, hm(result)) == ("running_late", "09:15")


def test_a_wait_said_of_the_technician_is_not_the_customers_arrival():
    assert read("lemme know when he's 10 min out").arrival_at is None


def test_a_request_said_after_the_day_still_asks_for_it():
    result = read("tomorrow works better, anytime after 10", day="2026-06-10")
    assert (result.intent, result.requested_date, result.requested_time) == (
        "reschedule",
        date(2026, 6, 11),
        time(10, 0),
    )


def test_a_bare_clock_time_the_evening_before_a_morning_visit_is_that_mornings():
    result = read(
        "I won't be in till about 9 but my neighbour at no.14 has a key",
        day="2026-06-10",
        at="18:10",
        window=("08:00", "12:00"),
        window_day="2026-06-11",
        status="scheduled",
    )
    assert result.intent == "running_late"
    assert result.arrival_at == local("2026-06-11", "09:00")
