from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = "Messaging"

    def ready(self) -> None:
        from fieldservice.tech.panels import register_job_panel
        from messaging.notify import admin as admin_templates  # noqa: F401 - the template and settings admins register themselves
        from messaging.notify import notices as notify
        from messaging.tech.views import messages_panel

        notify.connect()
        register_job_panel(messages_panel)
