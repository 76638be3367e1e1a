"""Granting the Dispatcher group its permissions, for data migrations (works on historical apps)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions

GROUP = "Dispatcher"


def _permissions(apps, app_label: str, codenames: list[str]):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )


def grant(apps, app_label: str, codenames: list[str]) -> None:
    """Give the Dispatcher group `codenames` of `app_label`, creating the permissions first:
    Django makes them only after all migrations, too late for a data migration."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*_permissions(apps, app_label, codenames))


def revoke(apps, app_label: str, codenames: list[str]) -> None:
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group:
        group.permissions.remove(*_permissions(apps, app_label, codenames))
