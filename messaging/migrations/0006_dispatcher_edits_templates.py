"""Dispatchers edit the words of notifications and the business settings (not add or delete them)."""

from django.db import migrations

from fieldservice import dispatcher_permissions

CODENAMES = [
    "view_notificationtemplate",
    "change_notificationtemplate",
    "view_businesssettings",
    "change_businesssettings",
]


def grant(apps, schema_editor):
    dispatcher_permissions.grant(apps, "messaging", CODENAMES)


def revoke(apps, schema_editor):
    dispatcher_permissions.revoke(apps, "messaging", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("messaging", "0005_dispatch_pages")]

    operations = [migrations.RunPython(grant, revoke)]
