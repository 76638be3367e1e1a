"""Dispatchers edit the words of notifications and the business settings (not add or delete them)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_notificationtemplate",
    "change_notificationtemplate",
    "view_businesssettings",
    "change_businesssettings",
]


def _permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="messaging", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    app_config = apps.get_app_config("messaging")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Dispatcher")
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name="Dispatcher").first()
    if group:
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("messaging", "0005_dispatch_pages")]

    operations = [migrations.RunPython(grant, revoke)]
