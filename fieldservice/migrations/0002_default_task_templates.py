from django.db import migrations

from fieldservice.task_templates import DEFAULT_TASKS


def load_templates(apps, schema_editor):
    TaskTemplate = apps.get_model("fieldservice", "TaskTemplate")
    for trade, lines in DEFAULT_TASKS.items():
        for order, (name, minutes, needs_customer) in enumerate(lines, start=1):
            TaskTemplate.objects.get_or_create(
                trade=trade, name=name, defaults={"minutes": minutes, "needs_customer": needs_customer, "order": order}
            )


def unload_templates(apps, schema_editor):
    TaskTemplate = apps.get_model("fieldservice", "TaskTemplate")
    for trade, lines in DEFAULT_TASKS.items():
        TaskTemplate.objects.filter(trade=trade, name__in=[name for name, _, _ in lines]).delete()


class Migration(migrations.Migration):
    dependencies = [("fieldservice", "0001_initial")]
    operations = [migrations.RunPython(load_templates, unload_templates)]
