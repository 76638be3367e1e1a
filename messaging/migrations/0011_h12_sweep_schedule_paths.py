"""The notification sweeps moved to messaging/notify/sweeps.py (issue 12's relayout): the schedules
that 0003 stored under the old paths now name the new ones, or the worker could not import them."""

from django.db import migrations

MOVED = {
    f"messaging.sweeps.{name}": f"messaging.notify.sweeps.{name}"
    for name in ("sweep_reminders", "sweep_review_requests", "sweep_stale_etas", "sweep_day_slips")
}


def rename(apps, from_to):
    Schedule = apps.get_model("django_q", "Schedule")
    for old, new in from_to.items():
        Schedule.objects.filter(func=old).update(func=new)


def forward(apps, schema_editor):
    rename(apps, MOVED)


def backward(apps, schema_editor):
    rename(apps, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [("messaging", "0010_h15_hot_path_indexes")]

    operations = [migrations.RunPython(forward, backward)]
