"""The outbox sweep runs every minute on the django-q2 cluster; dispatchers may read, answer
and resend messages and read consent history, but delete nothing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    app_config = apps.get_app_config("messaging")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Dispatcher")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="messaging", codename__in=DISPATCHER_CODENAMES)
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func=SWEEP).delete()
    group = apps.get_model("auth", "Group").objects.filter(name="Dispatcher").first()
    if group:
        group.permissions.remove(
            *apps.get_model("auth", "Permission").objects.filter(
                content_type__app_label="messaging", codename__in=DISPATCHER_CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("messaging", "0003_notification_sweep_schedules"),
        ("fieldservice", "0003_dispatcher_group"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
