"""Ship the English and Spanish texts of every notification; rows the dispatcher already has stay."""

from django.db import migrations

from messaging.notify.texts import DEFAULT_TEMPLATES


def load(apps, schema_editor):
    NotificationTemplate = apps.get_model("messaging", "NotificationTemplate")
    for kind, texts in DEFAULT_TEMPLATES.items():
        for language, body in texts.items():
            NotificationTemplate.objects.get_or_create(kind=kind, language=language, defaults={"body": body})


class Migration(migrations.Migration):
    dependencies = [("messaging", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
