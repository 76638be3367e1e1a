"""The dispatcher's tools. Every change of a job's state goes through `fieldservice.services`."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from . import services, timefmt
from .admin_labels import LabelledInlineFormSet, label_split_datetimes
from .models import Customer, Job, JobEvent, Site, Task, TaskTemplate, Technician


class SiteInline(admin.TabularInline):
    model = Site
    formset = LabelledInlineFormSet
    extra = 0
    fields = ["address", "timezone", "access_notes"]


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["name", "phone", "language", "created_at"]
    list_filter = ["language"]
    search_fields = ["name", "phone", "sites__address"]
    inlines = [SiteInline]


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):
    list_display = ["address", "customer", "timezone"]
    list_select_related = ["customer"]
    search_fields = ["address", "customer__name", "customer__phone"]
    autocomplete_fields = ["customer"]


@admin.register(Technician)
class TechnicianAdmin(admin.ModelAdmin):
    list_display = ["first_name", "user", "phone", "active"]
    list_filter = ["active"]
    list_select_related = ["user"]
    search_fields = ["first_name", "user__username", "phone"]


@admin.register(TaskTemplate)
class TaskTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "trade", "minutes", "needs_customer", "order"]
    list_filter = ["trade", "needs_customer"]
    list_editable = ["minutes", "needs_customer", "order"]


class TaskInline(admin.TabularInline):
    model = Task
    formset = LabelledInlineFormSet
    extra = 0
    fields = ["order", "name", "minutes", "needs_customer", "done_at"]
    readonly_fields = ["done_at"]


class JobEventInline(admin.TabularInline):
    model = JobEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "actor", "detail"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False


class LocalDayFilter(admin.SimpleListFilter):
    """Today, tomorrow and yesterday in the business's own zone."""

    title = "day"
    parameter_name = "day"
    OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(key, key.capitalize()) for key in self.OFFSETS]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Job]) -> QuerySet[Job]:
        if self.value() not in self.OFFSETS:
            return queryset
        day = timezone.localdate() + timedelta(days=self.OFFSETS[self.value()])
        start = datetime.combine(day, time.min, tzinfo=timezone.get_current_timezone())
        return queryset.on_local_day(start, start + timedelta(days=1))


class JobAdminForm(forms.ModelForm):
    class Meta:
        model = Job
        fields = ["customer", "site", "technician", "trade", "summary", "window_start", "window_end"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        label_split_datetimes(self)

    def clean(self) -> dict:
        data = super().clean()
        instance = self.instance
        if instance.pk and not instance.is_open:
            raise forms.ValidationError("This job is finished; it can no longer be changed.")
        window_moved = instance.pk and (
            (data.get("window_start"), data.get("window_end")) != (instance.window_start, instance.window_end)
        )
        if window_moved and instance.status not in services.RESCHEDULABLE:
            raise forms.ValidationError("The technician is already on site; the window can no longer move.")
        return data


class ReassignForm(ActionForm):
    technician = forms.ModelChoiceField(
        queryset=Technician.objects.filter(active=True), required=False, label="Technician (for reassign)"
    )


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    form = JobAdminForm
    action_form = ReassignForm
    list_display = [
        "id",
        "local_window",
        "status",
        "technician",
        "customer",
        "trade",
        "customer_state_in_words",
        "needs_attention",
    ]
    list_display_links = ["id", "local_window"]
    list_filter = [
        LocalDayFilter,
        "status",
        "technician",
        "trade",
        "needs_attention",
        "urgent",
        "customer_rating",
    ]
    list_select_related = ["customer", "site", "technician"]
    search_fields = ["customer__name", "customer__phone", "site__address", "summary"]
    date_hierarchy = "window_start"
    autocomplete_fields = ["customer", "site"]
    readonly_fields = [
        "status",
        "technician_eta",
        "customer_state",
        "customer_expected_at",
        "needs_attention",
        "attention_reason",
        "urgent",
        "customer_rating",
        "rated_at",
    ]
    inlines = [TaskInline, JobEventInline]

    class Media:
        js = ["fieldservice/admin_labels.js"]

    actions = ["confirm_jobs", "cancel_jobs", "reassign_jobs"]

    @admin.display(description="Customer state", ordering="customer_state")
    def customer_state_in_words(self, job: Job) -> str:
        return job.customer_state_in_words

    @admin.display(description="Window (site time)", ordering="window_start")
    def local_window(self, job: Job) -> str:
        return timefmt.window(job.window_start, job.window_end, job.zone)

    def save_model(self, request: HttpRequest, obj: Job, form: forms.ModelForm, change: bool) -> None:
        actor = request.user.get_username()
        data = form.cleaned_data
        if change:
            services.job_edit(job=obj, actor=actor, **{k: data[k] for k in form.changed_data if k in data})
            return
        job = services.job_schedule(
            customer=data["customer"],
            site=data["site"],
            technician=data.get("technician"),
            trade=data["trade"],
            summary=data["summary"],
            window_start=data["window_start"],
            window_end=data["window_end"],
            actor=actor,
        )
        obj.pk = job.pk
        obj.refresh_from_db()

    def _each(self, request: HttpRequest, queryset: QuerySet[Job], verb: str, change) -> None:
        done = 0
        for job in queryset:
            try:
                change(job)
            except services.JobStateError as error:
                self.message_user(request, f"Job #{job.pk}: {error}", messages.WARNING)
            else:
                done += 1
        if done:
            self.message_user(request, f"{verb} {done} job{'s' if done != 1 else ''}.", messages.SUCCESS)

    @admin.action(description="Confirm selected jobs", permissions=["change"])
    def confirm_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        actor = request.user.get_username()
        self._each(request, queryset, "Confirmed", lambda job: services.job_confirm(job=job, actor=actor))

    @admin.action(description="Cancel selected jobs", permissions=["change"])
    def cancel_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        actor = request.user.get_username()
        self._each(
            request,
            queryset,
            "Cancelled",
            lambda job: services.job_cancel(job=job, actor=actor, reason="Cancelled by the dispatcher"),
        )

    @admin.action(description="Reassign selected jobs to the chosen technician", permissions=["change"])
    def reassign_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        technician = Technician.objects.filter(pk=request.POST.get("technician") or None).first()
        if technician is None:
            self.message_user(request, "Choose a technician to reassign to.", messages.ERROR)
            return
        actor = request.user.get_username()
        self._each(
            request,
            queryset,
            f"Reassigned to {technician.first_name}:",
            lambda job: services.job_reassign(job=job, technician=technician, actor=actor),
        )
