from django.urls import path

from . import views

app_name = "tech"
urlpatterns = [
    path("", views.job_list, name="jobs"),
    path("jobs/<int:job_id>/", views.job_detail, name="job"),
    path("jobs/<int:job_id>/status/", views.job_status, name="job_status"),
    path("jobs/<int:job_id>/tasks/<int:task_id>/toggle/", views.task_toggle, name="task_toggle"),
]
