"""The project's admin site: under the business's own name (its header, page titles and login page
say who the dispatcher works for, from `BusinessSettings`, not "Django administration"), and its
index is the dispatcher's landing page, opening with the pages that need a dispatcher
(messaging/templates/admin/dispatch/index.html). The project says so here, where the site is made,
rather than an app replacing the shared site's template when its admin module is imported.

Installed in place of `django.contrib.admin` (settings.INSTALLED_APPS), so `admin.site` and every
`@admin.register` use this site; nothing here reads the database until a page is drawn.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest


class BrandedAdminSite(admin.AdminSite):
    index_template = "admin/dispatch/index.html"

    def each_context(self, request: HttpRequest) -> dict:
        from messaging.models import BusinessSettings

        context = super().each_context(request)
        name = BusinessSettings.load().name
        context.update(site_header=name, site_title=f"{name} dispatch")
        return context

    @property
    def index_title(self) -> str:  # the admin index's heading
        from messaging.models import BusinessSettings

        return f"{BusinessSettings.load().name}: dispatch and settings"


class BrandedAdminConfig(AdminConfig):
    default_site = "config.admin.BrandedAdminSite"
