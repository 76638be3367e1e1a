from django.urls import path

from messaging.tech import views as tech_views

app_name = "tech_messages"
urlpatterns = [
    path("jobs/<int:job_id>/messages/panel/", tech_views.panel, name="panel"),
    path("jobs/<int:job_id>/messages/reply/", tech_views.reply, name="reply"),
]
