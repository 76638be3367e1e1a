from django.contrib.auth.management import create_permissions
from django.db import migrations

DISPATCHER_PERMISSIONS = {
    "fieldservice": {
        "customer": ["add", "change", "view"],
        "site": ["add", "change", "view"],
        "technician": ["view"],
        "job": ["add", "change", "view"],
        "task": ["add", "change", "delete", "view"],
        "tasktemplate": ["add", "change", "view"],
        "jobevent": ["view"],
    },
}


def create_dispatcher_group(apps, schema_editor):
    """The permissions a dispatcher needs and no more: no deleting jobs, customers or history."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Dispatcher")
    for app_label, models in DISPATCHER_PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [("fieldservice", "0002_default_task_templates"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_dispatcher_group, migrations.RunPython.noop)]
