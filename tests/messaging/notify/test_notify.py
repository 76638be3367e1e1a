"""Which job event sends which text, in whose words and hours (messaging.notify.notices)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from fieldservice import services, signals
from fieldservice.models import Job, JobEvent
from messaging.models import BusinessSettings, ConsentChange, Message, MessageStatus, NotificationTemplate
from messaging.notify import notices as notify
from messaging.notify.texts import DEFAULT_TEMPLATES
from messaging.outbox.consent import consent_change
from tests.factories import CustomerFactory, SiteFactory, book_job

pytestmark = pytest.mark.django_db

LA, NY = ZoneInfo("America/Los_Angeles"), ZoneInfo("America/New_York")


def texts(job: Job, kind: str | None = None) -> list[Message]:
    messages = Message.objects.outbound().filter(job=job).order_by("pk")
    return list(messages.filter(notification_kind=kind) if kind else messages)


def kinds(job: Job) -> list[str]:
    return [message.notification_kind for message in texts(job)]


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)


@pytest.fixture
def business():
    return BusinessSettings.load()


@pytest.fixture
def spanish_site():
    return SiteFactory(customer=CustomerFactory(name="Rosa Díaz", language="es"))


# --- templates ---------------------------------------------------------------------------


def test_every_shipped_template_uses_only_known_placeholders():
    bodies = NotificationTemplate.objects.values_list("body", flat=True)
    assert len(bodies) == 2 * len(DEFAULT_TEMPLATES)
    assert all(notify.template_errors(body) == [] for body in bodies)


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("Hi {customer_name}", "Unknown placeholder {customer_name}"),
        ("Hi {}", "Unknown placeholder {}"),
        ("ETA {eta:>10}", "Write {eta} plainly"),
        ("Hi {customer_first_name", "unmatched"),
        ("{customer.__class__}", "Unknown placeholder"),
    ],
)
def test_a_template_with_a_bad_placeholder_is_refused_with_a_reason(body, complaint):
    with pytest.raises(ValidationError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        notify.validate_template(body)


def test_the_customers_language_picks_the_template(spanish_site, technician):
    job = book_job(site=spanish_site, technician=technician, start=local(LA, 2030, 6, 11, 13))
    assert texts(job)[0].body == (
        "Hola Rosa, agendamos su visita de Field Service Co. para mar 11 jun, 1-3 pm. "
        "Responda C para confirmar o R para cambiar la cita."
    )


def test_a_language_without_a_template_falls_back_to_english(spanish_site, technician):
    NotificationTemplate.objects.filter(kind="scheduled", language="es").delete()
    job = book_job(site=spanish_site, technician=technician, start=local(LA, 2030, 6, 11, 13))
    assert texts(job)[0].body.startswith(
        "Hi Rosa, your Field Service Co. visit is booked for Tue Jun 11, 1-3 pm."
    )


def test_an_edited_template_is_what_the_customer_reads(technician):
    NotificationTemplate.objects.filter(kind="scheduled", language="en").update(
        body="{business_name}: see you {window}, {customer_first_name}!"
    )
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 9))
    assert texts(job)[0].body == "Field Service Co.: see you Tue Jun 11, 9-11 am, Dana!"


# --- which event sends what -----------------------------------------------------------------


def delivered(job: Job) -> None:
    """What the outbox does once the booking's few settling minutes are over."""
    Message.objects.filter(job=job, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SENT, sent_at=timezone.now() - timedelta(minutes=10)
    )


def test_a_window_moved_by_the_business_says_sorry_and_one_the_customer_asked_for_does_not(job):
    delivered(job)
    start = job.window_start + timedelta(days=1)
    services.job_reschedule(job=job, window_start=start, window_end=start + timedelta(hours=2), actor="disp")
    delivered(job)
    services.job_reschedule(
        job=job,
        window_start=start + timedelta(hours=3),
        window_end=start + timedelta(hours=5),
        actor="customer",
        moved_by_business=False,
    )
    first, second = texts(job, "window_changed")
    assert "Sorry for the change." in first.body
    assert "Sorry" not in second.body
    assert (first.dedupe_key, second.dedupe_key) == (
        f"job:{job.pk}:window_changed:v2",
        f"job:{job.pk}:window_changed:v3",
    )


def test_on_the_way_names_the_technician_and_the_eta_in_the_sites_zone(technician, time_machine):
    site = SiteFactory(timezone="America/New_York")
    job = book_job(site=site, technician=technician, start=local(NY, 2030, 6, 11, 13))
    time_machine.move_to(local(NY, 2030, 6, 11, 13, 40), tick=False)
    services.job_start_route(job=job, eta=local(NY, 2030, 6, 11, 14, 15), actor="luis")
    (text,) = texts(job, "en_route")
    assert text.body == "Luis from Field Service Co. is on the way, ETA 2:15 pm."
    assert text.send_after is None


def test_setting_off_with_an_eta_past_the_window_is_on_the_way_news_with_an_apology(technician, time_machine):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 14, 30), tick=False)
    services.job_start_route(job=job, eta=local(LA, 2030, 6, 11, 15, 20), actor="luis")
    assert kinds(job) == ["scheduled", "en_route"]
    assert texts(job, "en_route")[0].body == (
        "Luis from Field Service Co. is on the way, ETA 3:20 pm. Sorry for the wait."
    )


def test_an_eta_that_slips_past_the_window_on_the_way_is_an_apology_with_a_way_to_reschedule(
    technician, time_machine
):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 14, 30), tick=False)
    services.job_start_route(job=job, eta=local(LA, 2030, 6, 11, 14, 50), actor="luis")
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 15, 20), actor="luis")
    assert kinds(job) == ["scheduled", "en_route", "running_late"]
    assert texts(job, "running_late")[0].body == (
        "Sorry Dana, Luis is running late and now expects to reach you around 3:20 pm "
        "(your window: Tue Jun 11, 1-3 pm). Reply R to reschedule."
    )


def test_a_small_eta_change_is_not_texted_and_a_real_one_is_told_once(technician, time_machine):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 13, 0), tick=False)
    services.job_start_route(job=job, eta=local(LA, 2030, 6, 11, 13, 30), actor="luis")
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 13, 35), actor="luis")
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 13, 50), actor="luis")
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 13, 35), actor="luis")
    services.job_update_eta(job=job, eta=local(LA, 2030, 6, 11, 13, 50), actor="luis")
    assert [text.body[-8:] for text in texts(job, "en_route")] == ["1:30 pm.", "1:50 pm.", "1:35 pm."]


def test_the_same_signal_twice_sends_one_text(job):
    event = job.events.get()
    signals.job_scheduled.send(sender=Job, job=job, event=event)
    signals.job_scheduled.send(sender=Job, job=job, event=event)
    assert kinds(job) == ["scheduled"]


def test_arrival_is_texted_only_when_the_business_wants_it(technician, business, time_machine):
    first, second = book_job(technician=technician), book_job(technician=technician)
    time_machine.move_to(first.window_start, tick=False)
    for job in (first, second):
        services.job_arrive(job=job, actor="luis")
        services.job_complete(job=job, actor="luis")  # one job at a time
        business.arrived_enabled = True
        business.save()
    assert "arrived" not in kinds(first)
    assert texts(second, "arrived")[0].body == "Luis from Field Service Co. has arrived."


def test_a_kind_the_business_switched_off_is_not_sent(technician, business):
    business.disabled_kinds = ["scheduled"]
    business.save()
    job = book_job(technician=technician)
    assert kinds(job) == []


def test_cancelling_confirms_it_and_an_opted_out_customer_gets_nothing(job):
    consent_change(phone=str(job.customer.phone), opted_out=True, source=ConsentChange.Source.KEYWORD)
    services.job_cancel(job=job, actor="disp")
    (cancelled,) = texts(job, "cancelled")
    assert cancelled.status == MessageStatus.REFUSED


def test_a_customer_hears_we_are_late_at_most_twice_a_day(technician, time_machine):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 13))
    time_machine.move_to(local(LA, 2030, 6, 11, 12), tick=False)
    for minutes in (30, 60, 90):
        services.job_mark_delayed(
            job=job, expected_at=job.window_end + timedelta(minutes=minutes), actor="disp"
        )
    assert [text.body.split("around ")[1][:7] for text in texts(job, "running_late")] == [
        "3:30 pm",
        "4 pm (y",
    ]


# --- quiet hours ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (local(NY, 2030, 6, 10, 20, 59), None),
        (local(NY, 2030, 6, 10, 21, 0), local(NY, 2030, 6, 11, 8, 0)),
        (local(NY, 2030, 6, 11, 2, 0), local(NY, 2030, 6, 11, 8, 0)),
        (local(NY, 2030, 6, 11, 8, 0), None),
        # the night the clocks go back: still 08:00 local, which is 13:00 UTC
        (local(NY, 2030, 11, 2, 23, 0), datetime(2030, 11, 3, 13, 0, tzinfo=UTC)),
    ],
)
def test_quiet_hours_are_the_sites_local_night(at, expected, business):
    assert notify.quiet_end(at=at, zone=NY, business=business) == expected


def test_quiet_hours_inside_one_day_work_too(business):
    business.quiet_hours_start, business.quiet_hours_end = time(12), time(13)
    assert notify.quiet_end(at=local(LA, 2030, 6, 10, 12, 30), zone=LA, business=business) == local(
        LA, 2030, 6, 10, 13
    )
    assert notify.quiet_end(at=local(LA, 2030, 6, 10, 13, 0), zone=LA, business=business) is None


def test_quiet_hours_hold_for_a_site_in_another_zone_than_the_business(technician, time_machine, settings):
    assert settings.TIME_ZONE == "America/Los_Angeles"
    new_york = SiteFactory(timezone="America/New_York")
    # 7:30 pm for the business, 10:30 pm at the site: the confirmation waits for the site's morning.
    time_machine.move_to(local(LA, 2030, 6, 10, 19, 30), tick=False)
    late = book_job(site=new_york, technician=technician, start=local(NY, 2030, 6, 12, 9))
    assert texts(late)[0].send_after == local(NY, 2030, 6, 11, 8)
    # 6 am for the business, 9 am at the site: it goes once the booking settled, not held for the night.
    time_machine.move_to(local(LA, 2030, 6, 11, 6, 0), tick=False)
    early = book_job(site=SiteFactory(timezone="America/New_York"), technician=technician)
    assert texts(early)[0].send_after == local(LA, 2030, 6, 11, 6, 5)


def test_time_critical_texts_ignore_quiet_hours(technician, time_machine):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 11, 20), hours=2)
    time_machine.move_to(local(LA, 2030, 6, 11, 21, 15), tick=False)
    services.job_start_route(job=job, eta=local(LA, 2030, 6, 11, 21, 40), actor="luis")
    assert texts(job, "en_route")[0].send_after is None
    services.job_arrive(job=job, actor="luis")
    services.job_complete(job=job, actor="luis")
    assert texts(job, "completed")[0].send_after == local(LA, 2030, 6, 12, 8)


# --- held texts that stopped being true ------------------------------------------------------


def applies_now(message: Message) -> bool:
    """`still_applies` on the row read afresh with its job, as delivery reads it when it claims it."""
    return notify.still_applies(Message.objects.select_related("job__site").get(pk=message.pk))


def test_a_held_reminder_does_not_apply_once_the_window_moved_or_the_job_is_cancelled(job):
    confirmation = texts(job)[0]
    assert applies_now(confirmation)
    start = job.window_start + timedelta(days=1)
    services.job_reschedule(job=job, window_start=start, window_end=start + timedelta(hours=2), actor="disp")
    assert not applies_now(confirmation)
    # the customer never got the first booking: the new one is their first text, a booking
    moved = texts(job, "scheduled")[1]
    assert "Sorry" not in moved.body
    assert applies_now(moved)
    services.job_cancel(job=job, actor="disp")
    assert not applies_now(moved)
    assert applies_now(texts(job, "cancelled")[0])


def test_a_text_that_is_not_a_notification_always_applies(job):
    reply = Message.objects.create(direction="out", phone=job.customer.phone, job=job, cause="dispatcher")
    assert notify.still_applies(reply)


# --- feedback -------------------------------------------------------------------------------


def test_a_low_rating_puts_the_job_in_the_attention_queue_and_a_good_one_does_not(job):
    other = book_job()
    for done in (job, other):
        services.job_arrive(job=done, actor="luis")
        services.job_complete(job=done, actor="luis")
    notify.record_feedback(job=job, score=2)
    notify.record_feedback(job=other, score=4)
    job.refresh_from_db()
    other.refresh_from_db()
    assert (job.needs_attention, job.attention_reason) == (True, "Customer rated the visit 2/5")
    assert not other.needs_attention
    assert (job.customer_rating, other.customer_rating) == (2, 4)
    assert job.rated_at is not None
    assert job.events.filter(kind=JobEvent.Kind.RATED, detail__score=2).exists()
    with pytest.raises(ValueError, match="1 to 5"):
        notify.record_feedback(job=job, score=6)


def test_a_text_too_long_to_send_is_logged_and_the_booking_still_stands(technician, caplog):
    NotificationTemplate.objects.filter(kind="scheduled", language="en").update(body="{window} " * 200)
    job = book_job(technician=technician)
    assert Job.objects.filter(pk=job.pk).exists()
    assert kinds(job) == []
    assert "scheduled text not sent" in caplog.text


def test_a_delay_announced_the_night_before_goes_before_the_customers_morning_and_one_on_the_day_at_once(
    technician, time_machine
):
    job = book_job(technician=technician, start=local(LA, 2030, 6, 12, 9))
    time_machine.move_to(local(LA, 2030, 6, 11, 22, 0), tick=False)
    services.job_mark_delayed(job=job, expected_at=local(LA, 2030, 6, 12, 11, 30), actor="disp")
    time_machine.move_to(local(LA, 2030, 6, 12, 10, 0), tick=False)
    services.job_mark_delayed(job=job, expected_at=local(LA, 2030, 6, 12, 12, 0), actor="disp")
    night, day = texts(job, "running_late")
    assert (night.send_after, day.send_after) == (local(LA, 2030, 6, 12, 7), None)


def test_a_held_reminder_for_a_job_cancelled_meanwhile_is_not_sent(job, sent_sms):
    from messaging.outbox.delivery import deliver_message, send_sms

    held = send_sms(
        body="Reminder: Luis comes tomorrow.",
        customer=job.customer,
        job=job,
        cause="notification",
        notification_kind="reminder",
        dedupe_key=f"job:{job.pk}:reminder:v{job.window_version}",
    )
    services.job_cancel(job=job, actor="dispatch")
    assert deliver_message(message_id=held.pk) == "refused: no longer applies"
    assert Message.objects.get(pk=held.pk).status == MessageStatus.REFUSED
    assert "Reminder: Luis comes tomorrow." not in [sms.body for sms in sent_sms]
