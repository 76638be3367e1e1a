"""The dispatcher's timeline board: where each visit sits, what the day's forecast draws on it, who a
slipping day affects, moving a visit, and its cost in queries (constant in technicians and jobs)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from fieldservice.models import JobEvent
from messaging.dispatch import board
from messaging.models import Cause, Message, NotificationKind
from tests.board_day import AT_TWO, ZONE, local, seed_slipping_day
from tests.factories import SiteFactory, TechnicianFactory, book_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("sent_sms")]


def percent(moment: datetime, drawn: board.Board) -> float:
    return round((moment - drawn.start) / (drawn.end - drawn.start) * 100, 2)


@pytest.fixture
def day():
    with time_machine.travel(AT_TWO, tick=False):
        yield seed_slipping_day()


def test_each_visit_spans_its_window_on_its_technicians_line(day):
    drawn = board.day_board(now=AT_TWO)
    assert (drawn.start, drawn.end) == (local(7), local(19))
    assert [lane.name for lane in drawn.lanes] == ["Ana", "Kim", "Luis", "Maya", "Unassigned"]
    luis = next(lane for lane in drawn.lanes if lane.name == "Luis")
    assert [block.job for block in luis.blocks] == [day.ona, day.bea, day.cy, day.dee]
    bea = drawn.block(day.bea.pk)
    assert (bea.left, bea.width) == (percent(local(13), drawn), pytest.approx(100 / 12, abs=0.01))
    assert drawn.now_at == percent(AT_TWO, drawn) == 58.33
    assert [tick.label for tick in drawn.ticks][:2] == ["7 am", "8 am"]


def test_the_overrunning_visit_pushes_the_later_customers_past_their_windows(day):
    drawn = board.day_board(now=AT_TWO)
    ona, bea, cy, dee = (drawn.block(job.pk) for job in (day.ona, day.bea, day.cy, day.dee))
    # On site since 11:15 with two hours of steps unticked: done about 2:10 (the overrun allowance).
    assert ona.overrunning and not ona.at_risk
    assert (ona.arrival, ona.finish) == (local(11, 15), local(14, 10))
    # Bea: 2:10 + 20 min travel = 2:30, after her 1-2 pm window; Cy after Bea's 90 minutes.
    assert (bea.at_risk, bea.arrival, bea.arrival_at) == (True, local(14, 30), percent(local(14, 30), drawn))
    assert (cy.at_risk, cy.arrival) == (True, local(16, 20))
    assert not dee.at_risk and dee.arrival == local(17, 40)
    assert next(lane for lane in drawn.lanes if lane.name == "Luis").running_over
    assert {block.job for block in drawn.at_risk} == {day.bea, day.cy}
    assert "will miss the window" in bea.words and "running over" in ona.words


def test_a_late_customer_and_an_emergency_are_drawn_where_they_are(day):
    drawn = board.day_board(now=AT_TWO)
    lee, gus, done = drawn.block(day.lee.pk), drawn.block(day.gus.pk), drawn.block(day.done.pk)
    assert (lee.customer_expected, lee.customer_at) == (local(15), percent(local(15), drawn))
    assert lee.arrival == local(15) and not lee.at_risk  # Maya waits for Lee, still in the window
    assert gus.emergency and gus.arrival == local(14, 40) and gus.finish == local(15, 40)
    assert gus.words.startswith("Emergency, Gus Gas")
    assert done.status == "completed" and done.arrival_at is None and done.finish is None


def test_the_board_names_who_is_affected_with_the_text_they_would_get(day):
    affected = board.day_board(now=AT_TWO).affected
    assert [(a.job, a.expected_label) for a in affected] == [(day.bea, "2:30 pm"), (day.cy, "4:20 pm")]
    assert affected[0].text.startswith(
        "Sorry Bea, Luis is running late and now expects to reach you around 2:30 pm"
    )


def test_telling_the_affected_customers_is_one_action_through_the_services(day, dispatcher_client):
    with time_machine.travel(AT_TWO, tick=False):
        url = reverse("admin:messaging_todayboard_tell")
        response = dispatcher_client.post(url, {"job": [day.bea.pk, day.cy.pk]})
        assert response.status_code == 302
        texts = Message.objects.filter(notification_kind=NotificationKind.RUNNING_LATE)
        assert {(m.job, m.body.split(" (")[0]) for m in texts} == {
            (day.bea, "Sorry Bea, Luis is running late and now expects to reach you around 2:30 pm"),
            (day.cy, "Sorry Cy, Luis is running late and now expects to reach you around 4:20 pm"),
        }
        assert JobEvent.objects.filter(kind=JobEvent.Kind.DELAYED).count() == 2
        assert board.day_board(now=AT_TWO).affected == []  # told: the board no longer offers them


def test_handing_a_warned_customer_to_a_free_technician_tells_them_they_are_back_in_the_window(
    day, dispatcher_client
):
    with time_machine.travel(AT_TWO, tick=False):
        board.tell_affected(job_ids=[day.cy.pk], now=AT_TWO, user=day.luis.user)
        url = reverse("admin:messaging_todayboard_reassign", args=[day.cy.pk])
        assert dispatcher_client.post(url, {"technician": day.kim.pk}).status_code == 302
        drawn = board.day_board(now=AT_TWO)
    kim = next(lane for lane in drawn.lanes if lane.name == "Kim")
    assert [block.job for block in kim.blocks] == [day.cy]
    assert not drawn.block(day.cy.pk).at_risk and drawn.block(day.cy.pk).arrival == local(15)
    text = Message.objects.get(job=day.cy, notification_kind=NotificationKind.WINDOW_CHANGED)
    assert "visit is now Wed Jun 10, 3-4 pm" in text.body


def test_moving_a_visit_to_another_time_announces_the_new_window(day, dispatcher_client):
    with time_machine.travel(AT_TWO, tick=False):
        url = reverse("admin:messaging_todayboard_reassign", args=[day.bea.pk])
        response = dispatcher_client.post(
            url, {"technician": day.kim.pk, "start": local(15, 30).isoformat()}, follow=True
        )
    day.bea.refresh_from_db()
    assert (day.bea.technician, day.bea.window_start, day.bea.window_end) == (
        day.kim,
        local(15, 30),
        local(16, 30),
    )
    # the booking text was still held, so the customer hears of the visit as it now stands
    text = Message.objects.filter(job=day.bea, cause=Cause.NOTIFICATION).latest("created_at", "pk")
    assert text.notification_kind in (NotificationKind.SCHEDULED, NotificationKind.WINDOW_CHANGED)
    assert "3:30-4:30 pm" in text.body
    assert f"Job #{day.bea.pk} is now Kim&#x27;s." in response.content.decode()


def test_the_board_page_draws_blocks_now_line_and_legend(day, dispatcher_client):
    with time_machine.travel(AT_TWO, tick=False):
        page = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist")).content.decode()
        poll = dispatcher_client.get(
            reverse("admin:messaging_todayboard_changelist"), headers={"HX-Request": "true"}
        ).content.decode()
        moving = dispatcher_client.get(reverse("admin:messaging_todayboard_changelist"), {"move": day.bea.pk})
    assert 'class="now-line" aria-hidden="true" style="left: 58.33%"' in page
    assert f'id="job-{day.bea.pk}"' in page and "at-risk" in page and "Legend" in page
    assert "Text 2 customers their new time" in page
    assert poll.lstrip().startswith('<div id="board"') and "<html" not in poll and "Legend" not in poll
    assert "Move Bea Behind's visit" in moving.content.decode()
    assert moving.context["starts"][0][1] == "Today 2:30 pm"


@pytest.mark.parametrize(
    ("clock", "span", "now_at"),
    [
        ((6, 0), ((6, 0), (19, 0)), 0.0),  # before the working day: it starts at 6 to show now
        ((23, 30), ((7, 0), None), 97.06),  # late at night: drawn until midnight, now near the end
        ((12, 45), ((7, 0), (19, 0)), 47.92),
    ],
)
def test_the_board_makes_sense_at_any_hour(clock, span, now_at):
    now = datetime(2026, 6, 10, *clock, tzinfo=ZONE)
    with time_machine.travel(now, tick=False):
        luis = TechnicianFactory(first_name="Luis")
        morning = book_job(site=SiteFactory(), technician=luis, start=local(9))
        afternoon = book_job(site=SiteFactory(), technician=luis, start=local(13))
        drawn = board.day_board(now=now)
    first, last = span
    assert drawn.start == local(*first)
    assert drawn.end == (local(*last) if last else datetime(2026, 6, 11, tzinfo=ZONE))
    assert drawn.now_at == now_at
    risky = {block.job for block in drawn.at_risk}
    if clock == (23, 30):  # nobody went: both windows are long gone, the customers must hear
        assert risky == {morning, afternoon} and len(drawn.affected) == 2
    elif clock == (6, 0):
        assert risky == set() and drawn.block(morning.pk).arrival == local(9)


def seed_technicians(count: int, jobs_each: int) -> None:
    for n in range(count):
        technician = TechnicianFactory(first_name=f"Tech{n}")
        for j in range(jobs_each):
            book_job(
                site=SiteFactory(), technician=technician, start=local(7) + timedelta(minutes=50 * j), hours=1
            )


@pytest.mark.parametrize("technicians", [1, 10])
def test_the_board_reads_the_day_in_a_constant_number_of_queries(technicians, django_assert_num_queries):
    with time_machine.travel(AT_TWO, tick=False):
        seed_technicians(technicians, 12)
        first = TechnicianFactory(first_name="Zed")
        on_site = book_job(site=SiteFactory(), technician=first, start=local(13, 30))
        from fieldservice import services

        services.job_arrive(job=on_site, actor="zed")
        # technicians, jobs, their tasks, arrivals, and the texts' templates (business settings are cached)
        with django_assert_num_queries(5):
            drawn = board.day_board(now=AT_TWO)
    assert sum(len(lane.blocks) for lane in drawn.lanes) == technicians * 12 + 1


def test_handing_a_warned_customer_to_a_busy_technician_tells_them_the_new_time(day):
    with time_machine.travel(AT_TWO, tick=False):
        board.tell_affected(job_ids=[day.bea.pk], now=AT_TWO, user=day.luis.user)
        moved = board.move_visit(job=day.bea, technician=day.ana, window_start=None, user=day.luis.user)
    # Ana first finishes Gus's emergency (there 2:40, an hour's work), then 20 minutes on the road.
    assert moved.told is True, moved.telling
    newest = Message.objects.filter(job=day.bea, notification_kind=NotificationKind.RUNNING_LATE).latest("pk")
    assert "Ana is running late and now expects to reach you around 4 pm" in newest.body


def test_handing_over_a_visit_nobody_was_warned_about_texts_nobody(day):
    with time_machine.travel(AT_TWO, tick=False):
        before = Message.objects.count()
        moved = board.move_visit(job=day.dee, technician=day.kim, window_start=None, user=day.luis.user)
    assert moved.told is None and "keeps the same window" in moved.telling
    assert Message.objects.count() == before
    day.dee.refresh_from_db()
    assert day.dee.technician == day.kim
