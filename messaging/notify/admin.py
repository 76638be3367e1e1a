"""The dispatcher's words and choices in the admin: notification templates (validated on save,
previewed, counted live as they type) and the one row of business settings.

The live count asks the server (`count/`), so characters, encoding and segments are the
gateway's own `segments.count_segments` of the text as the customer would read it.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from messaging.models import WEEKDAY_CHOICES, BusinessSettings, NotificationKind, NotificationTemplate
from messaging.notify.notices import sample_text, template_errors
from messaging.notify.texts import PLACEHOLDERS
from messaging.outbox.segments import count_segments

KIND_CHOICES = NotificationKind.choices


def sample_count(*, body: str, kind: str, language: str) -> dict:
    """What the admin shows under a template: problems, or the sample text and its cost."""
    errors = template_errors(body)
    if errors:
        return {"errors": errors}
    text = sample_text(body=body, kind=kind, language=language, business=BusinessSettings.load())
    count = count_segments(text)
    return {
        "errors": [],
        "text": text,
        "characters": len(text),
        "encoding": count.encoding,
        "segments": count.segments,
        "too_long": count.segments > settings.SMS_MAX_SEGMENTS,
    }


class NotificationTemplateForm(forms.ModelForm):
    class Meta:
        model = NotificationTemplate
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5, "cols": 80, "data-template-body": ""})}

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if errors := template_errors(body):
            raise forms.ValidationError(errors)
        count = sample_count(body=body, kind=self.instance.kind, language=self.instance.language)
        if count["too_long"]:
            raise forms.ValidationError(
                f"With sample values this is {count['segments']} SMS segments ({count['encoding']}); "
                f"the limit is {settings.SMS_MAX_SEGMENTS}. Shorten it."
            )
        return body


@admin.register(NotificationTemplate)
class NotificationTemplateAdmin(admin.ModelAdmin):
    """One template per kind and language ships with the app; the dispatcher edits the words."""

    form = NotificationTemplateForm
    list_display = ["kind_label", "language", "body"]
    list_filter = ["language", "kind"]
    readonly_fields = ["kind_label", "language", "placeholders", "preview"]
    fields = ["kind_label", "language", "body", "preview", "placeholders"]

    class Media:
        js = ["messaging/template_count.js"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    @admin.display(description="Kind", ordering="kind")
    def kind_label(self, obj: NotificationTemplate) -> str:
        return dict(KIND_CHOICES).get(obj.kind, obj.kind)

    @admin.display(description="Placeholders you can use")
    def placeholders(self, obj: NotificationTemplate) -> str:
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li><code>{{{}}}</code>: {}</li>", PLACEHOLDERS.items()),
        )

    @admin.display(description="Preview with sample values")
    def preview(self, obj: NotificationTemplate) -> str:
        count = sample_count(body=obj.body, kind=obj.kind, language=obj.language)
        return format_html(
            '<div data-template-preview data-url="{}" data-kind="{}" data-language="{}">'
            '<p data-preview-text style="white-space: pre-wrap">{}</p>'
            "<p data-preview-count>{}</p></div>",
            reverse("admin:messaging_notificationtemplate_count"),
            obj.kind,
            obj.language,
            count.get("text", ""),
            describe(count),
        )

    def get_urls(self) -> list:
        count = self.admin_site.admin_view(self.count_view)
        return [path("count/", count, name="messaging_notificationtemplate_count"), *super().get_urls()]

    def count_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_or_change_permission(request):
            return JsonResponse({"errors": ["Not allowed."]}, status=403)
        count = sample_count(
            body=request.GET.get("body", ""),
            kind=request.GET.get("kind", ""),
            language=request.GET.get("language", "en"),
        )
        return JsonResponse({**count, "summary": describe(count)})


def describe(count: dict) -> str:
    """'142 characters · GSM-7 · 1 segment', or the problems."""
    if count["errors"]:
        return " ".join(count["errors"])
    plural = "" if count["segments"] == 1 else "s"
    summary = f"{count['characters']} characters · {count['encoding']} · {count['segments']} segment{plural}"
    return f"{summary} (over the limit of {settings.SMS_MAX_SEGMENTS})" if count["too_long"] else summary


SETTINGS_FIELDSETS = [
    (None, {"fields": ["name", "reply_phone"]}),
    ("When we work", {"fields": ["work_days"]}),
    ("When we text", {"fields": ["quiet_hours_start", "quiet_hours_end", "reminder_time"]}),
    ("What we text", {"fields": ["morning_reminder", "arrived_enabled", "review_link", "disabled_kinds"]}),
    ("Conversation", {"fields": ["advanced_opt_out", "unanswered_minutes"]}),
]


class BusinessSettingsForm(forms.ModelForm):
    disabled_kinds = forms.MultipleChoiceField(
        choices=KIND_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Ticked kinds are not sent.",
    )
    work_days = forms.TypedMultipleChoiceField(
        choices=WEEKDAY_CHOICES,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Tick at least one day the business works."},
        help_text="Replies never refuse a ticked day, nor offer an unticked one.",
    )

    class Meta:
        model = BusinessSettings
        fields = [name for _, options in SETTINGS_FIELDSETS for name in options["fields"]]


@admin.register(BusinessSettings)
class BusinessSettingsAdmin(admin.ModelAdmin):
    """A single row: the list goes straight to it, created with defaults on first visit."""

    form = BusinessSettingsForm
    fieldsets = SETTINGS_FIELDSETS

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        row = BusinessSettings.load()
        return HttpResponseRedirect(reverse("admin:messaging_businesssettings_change", args=[row.pk]))
