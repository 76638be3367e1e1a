from django.apps import AppConfig


class FieldServiceConfig(AppConfig):
    name = "fieldservice"
    verbose_name = "Field service"
