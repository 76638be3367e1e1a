from django.contrib.admin.apps import AdminConfig


class FieldServiceAdminConfig(AdminConfig):
    """django.contrib.admin with the project's site as `admin.site`."""

    default_site = "config.admin.FieldServiceAdminSite"
