from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = "Messaging"

    def ready(self) -> None:
        from messaging.notify import admin as admin_templates  # noqa: F401 - the template and settings admins register themselves
        from messaging.notify import notices as notify

        notify.connect()
