from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = "Messaging"

    def ready(self) -> None:
        from django_q.signals import post_spawn

        from fieldservice.tech.panels import register_job_panel
        from messaging import tasks
        from messaging.notify import admin as admin_templates  # noqa: F401 - the template and settings admins register themselves
        from messaging.notify import notices as notify
        from messaging.tech.views import messages_panel

        notify.connect()
        register_job_panel(messages_panel)
        post_spawn.connect(tasks.warm_up_worker, dispatch_uid="messaging.warm_up_worker")
