from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = "Messaging"

    def ready(self) -> None:
        from . import admin_templates, notify  # noqa: F401 - the template and settings admins register themselves

        notify.connect()
