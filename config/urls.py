from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from fieldservice.health import health

urlpatterns = [
    path("", RedirectView.as_view(url="/tech/", permanent=False)),
    path("admin/", admin.site.urls),
    path("tech/", include("fieldservice.tech.urls")),
    path("tech/", include("messaging.tech.urls")),
    path("sms/", include("messaging.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("health", health, name="health"),
]
