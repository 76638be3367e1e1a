"""The dispatcher's view of the conversation: every message, read-only, with a resend through
the outbox; messages on the job page; consent and its history."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from fieldservice.admin import JobAdmin
from fieldservice.models import Job

from .models import Cause, Consent, ConsentChange, Message
from .outbox import InvalidSMSError, check_sms, resend_message, send_sms

MESSAGE_FIELDS = [
    "created_at",
    "direction",
    "phone",
    "customer",
    "job",
    "body",
    "media_urls",
    "status",
    "cause",
    "notification_kind",
    "provider_sid",
    "error_code",
    "error_message",
    "segments",
    "encoding",
    "attempts",
    "send_after",
    "next_attempt_at",
    "sent_at",
    "delivered_at",
    "flagged",
    "handled_at",
    "sent_by",
    "interpretation",
]


class ReadOnlyMixin:
    """History is never edited or deleted from the admin."""

    def has_change_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False


class MessageInline(ReadOnlyMixin, admin.TabularInline):
    model = Message
    fk_name = "job"
    extra = 0
    ordering = ["created_at", "pk"]  # newest last, like a phone
    fields = ["created_at", "direction", "body", "status", "cause", "error_code", "flagged"]
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False


# fieldservice never imports messaging, so messaging adds its inline to the job page itself.
JobAdmin.inlines = [*JobAdmin.inlines, MessageInline]


class ReplyForm(forms.ModelForm):
    """A dispatcher's text to a customer; sent through the outbox, never saved directly."""

    class Meta:
        model = Message
        fields = ["customer", "job", "body"]

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("customer"):
            raise forms.ValidationError("Choose the customer to text.")
        job = data.get("job")
        if job and job.customer_id != data["customer"].pk:
            raise forms.ValidationError("That job belongs to another customer.")
        try:
            check_sms(body=data.get("body") or "", phone=data["customer"].phone)
        except InvalidSMSError as error:
            raise forms.ValidationError(str(error)) from error
        return data


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "direction",
        "phone",
        "customer",
        "job",
        "short_body",
        "status",
        "cause",
        "error_code",
        "attempts",
        "flagged",
    ]
    list_filter = ["status", "direction", "cause", "error_code", "flagged", "notification_kind"]
    list_select_related = ["customer", "job"]
    search_fields = ["phone", "body", "provider_sid", "customer__name"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-pk"]
    autocomplete_fields = ["customer", "job"]
    actions = ["resend_failed"]

    @admin.display(description="Text")
    def short_body(self, message: Message) -> str:
        return message.body if len(message.body) <= 60 else f"{message.body[:57]}..."

    def get_form(self, request: HttpRequest, obj: Message | None = None, change: bool = False, **kwargs):
        if obj is None:
            kwargs["form"] = ReplyForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Message | None = None) -> list[str]:
        return MESSAGE_FIELDS if obj else ReplyForm.Meta.fields

    def get_readonly_fields(self, request: HttpRequest, obj: Message | None = None) -> list[str]:
        return MESSAGE_FIELDS if obj else []

    def has_change_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False

    def has_resend_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("messaging.resend_message")

    def save_model(self, request: HttpRequest, obj: Message, form: forms.ModelForm, change: bool) -> None:
        data = form.cleaned_data
        sent = send_sms(
            body=data["body"],
            customer=data["customer"],
            job=data.get("job"),
            cause=Cause.DISPATCHER,
            sent_by=request.user,
        )
        obj.pk = sent.pk
        obj.refresh_from_db()

    @admin.action(description="Resend selected failed messages", permissions=["resend"])
    def resend_failed(self, request: HttpRequest, queryset: QuerySet[Message]) -> None:
        resent = 0
        for message in queryset.select_related("customer", "job"):
            try:
                resend_message(message=message, sent_by=request.user)
            except InvalidSMSError as error:
                self.message_user(request, f"Message #{message.pk}: {error}", messages.WARNING)
            else:
                resent += 1
        if resent:
            self.message_user(request, f"Queued {resent} message(s) again.", messages.SUCCESS)


@admin.register(Consent)
class ConsentAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["phone", "opted_out", "updated_at"]
    list_filter = ["opted_out"]
    search_fields = ["phone"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(ConsentChange)
class ConsentChangeAdmin(ReadOnlyMixin, admin.ModelAdmin):
    list_display = ["created_at", "phone", "opted_out", "source", "message"]
    list_filter = ["source", "opted_out"]
    search_fields = ["phone"]
    list_select_related = ["message"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


from . import admin_dispatch  # noqa: E402, F401  (the dispatcher's pages register themselves)
