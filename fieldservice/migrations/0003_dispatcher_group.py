from django.db import migrations

from fieldservice import dispatcher_permissions

# The permissions a dispatcher needs and no more: no deleting jobs, customers or history.
DISPATCHER_PERMISSIONS = {
    "customer": ["add", "change", "view"],
    "site": ["add", "change", "view"],
    "technician": ["view"],
    "job": ["add", "change", "view"],
    "task": ["add", "change", "delete", "view"],
    "tasktemplate": ["add", "change", "view"],
    "jobevent": ["view"],
}
CODENAMES = [f"{action}_{model}" for model, actions in DISPATCHER_PERMISSIONS.items() for action in actions]


def create_dispatcher_group(apps, schema_editor):
    dispatcher_permissions.grant(apps, "fieldservice", CODENAMES)


def remove_dispatcher_permissions(apps, schema_editor):
    dispatcher_permissions.revoke(apps, "fieldservice", CODENAMES)


class Migration(migrations.Migration):
    dependencies = [("fieldservice", "0002_default_task_templates"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_dispatcher_group, remove_dispatcher_permissions)]
