"""The project's admin site: the dispatcher's landing page is its index.

The index opens with the pages that need a dispatcher (messaging/templates/admin/dispatch/
index.html). The project says so here, where the site is made, rather than an app replacing the
shared site's template when its admin module is imported.
"""

from django.contrib import admin


class FieldServiceAdminSite(admin.AdminSite):
    index_template = "admin/dispatch/index.html"
