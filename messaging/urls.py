from django.urls import path

from messaging.inbound import webhook as webhooks
from messaging.simulator import views as simulator

app_name = "sms"
urlpatterns = [
    path("inbound", webhooks.inbound, name="inbound"),
    path("status", webhooks.status, name="status"),
    path("simulator/", simulator.phone_list, name="simulator"),
    path("simulator/<int:customer_id>/", simulator.phone, name="simulator-phone"),
    path("simulator/<int:customer_id>/thread/", simulator.thread, name="simulator-thread"),
]
