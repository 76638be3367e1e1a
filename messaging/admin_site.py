"""The admin under the business's own name: its header, page titles and login page say who the
dispatcher works for (from `BusinessSettings`), not "Django administration".

Installed in place of `django.contrib.admin` (settings.INSTALLED_APPS), so `admin.site` and every
`@admin.register` use this site; nothing here reads the database until a page is drawn.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest


class BrandedAdminSite(admin.AdminSite):
    def each_context(self, request: HttpRequest) -> dict:
        from .models import BusinessSettings

        context = super().each_context(request)
        name = BusinessSettings.load().name
        context.update(site_header=name, site_title=f"{name} dispatch")
        return context

    @property
    def index_title(self) -> str:  # the admin index's heading
        from .models import BusinessSettings

        return f"{BusinessSettings.load().name}: dispatch and settings"


class BrandedAdminConfig(AdminConfig):
    default_site = "messaging.admin_site.BrandedAdminSite"
