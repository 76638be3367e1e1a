"""The outbox sweep runs every minute on the django-q2 cluster; dispatchers may read, answer
and resend messages and read consent history, but delete nothing."""

from django.db import migrations

from fieldservice import dispatcher_permissions

SWEEP = "messaging.tasks.sweep"
DISPATCHER_CODENAMES = [
    "view_message",
    "add_message",
    "resend_message",
    "view_consent",
    "view_consentchange",
]


def create(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        func=SWEEP,
        defaults={"name": "outbox sweep", "schedule_type": "I", "minutes": 1, "repeats": -1},
    )
    dispatcher_permissions.grant(apps, "messaging", DISPATCHER_CODENAMES)


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func=SWEEP).delete()
    dispatcher_permissions.revoke(apps, "messaging", DISPATCHER_CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("messaging", "0003_notification_sweep_schedules"),
        ("fieldservice", "0003_dispatcher_group"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
