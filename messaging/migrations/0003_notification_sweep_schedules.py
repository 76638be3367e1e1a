"""Run the notification sweeps on the django-q2 cluster; every worker may pick them up."""

from django.db import migrations

# Function path: minutes between runs. Time-critical ones (ETAs, a slipping day) run every minute.
SWEEPS = {
    "messaging.sweeps.sweep_reminders": 5,
    "messaging.sweeps.sweep_review_requests": 10,
    "messaging.sweeps.sweep_stale_etas": 1,
    "messaging.sweeps.sweep_day_slips": 2,
}


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    for func, minutes in SWEEPS.items():
        Schedule.objects.update_or_create(
            func=func,
            defaults={
                "name": func.rsplit(".", 1)[1],
                "schedule_type": "I",
                "minutes": minutes,
                "repeats": -1,
            },
        )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func__in=SWEEPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("messaging", "0002_default_notification_templates"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
