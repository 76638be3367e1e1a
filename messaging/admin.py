"""The dispatcher's view of the conversation: every message, read-only, with a resend through
the outbox; messages on the job page; consent and its history."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

from fieldservice.admin import JobAdmin
from fieldservice.models import Job
from messaging.outbox.delivery import InvalidSMSError, check_sms

from .conversation import (
    NotSentError,
    new_form_token,
    on_its_way_in_words,
    opted_out_refusal,
    resend,
    text_customer,
)
from .models import Cause, Consent, ConsentChange, Message

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


class JobWithMessagesAdmin(JobAdmin):
    """The job's admin page with its texts. fieldservice never imports messaging, so messaging
    registers this extension of the domain's JobAdmin in its place (leaving JobAdmin itself as is)."""

    inlines = [*JobAdmin.inlines, MessageInline]


admin.site.unregister(Job)
admin.site.register(Job, JobWithMessagesAdmin)


class ReplyForm(forms.ModelForm):
    """A dispatcher's text to a customer; sent through the conversation service, never saved
    directly. The hidden token makes a double-submitted form send once."""

    token = forms.CharField(widget=forms.HiddenInput, initial=new_form_token)

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
        customer = data["customer"]
        if refusal := opted_out_refusal(phone=customer.phone, first_name=customer.first_name):
            raise forms.ValidationError(refusal)
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
        return MESSAGE_FIELDS if obj else [*ReplyForm.Meta.fields, "token"]

    def get_readonly_fields(self, request: HttpRequest, obj: Message | None = None) -> list[str]:
        return MESSAGE_FIELDS if obj else []

    def has_change_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Message | None = None) -> bool:
        return False

    def has_resend_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("messaging.resend_message")

    def save_model(self, request: HttpRequest, obj: Message, form: forms.ModelForm, change: bool) -> None:
        """Send through the conversation service; what happened is reported by `response_add`."""
        data = form.cleaned_data
        try:
            sent = text_customer(
                body=data["body"],
                sender=request.user,
                cause=Cause.DISPATCHER,
                token=f"admin:{data['token']}",
                job=data.get("job"),
                customer=data["customer"],
            )
        except NotSentError as error:
            obj.not_sent = str(error)
            sent = error.message
        if sent is not None:
            obj.pk = sent.pk
            obj.refresh_from_db()

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets, change: bool) -> None:
        """Nothing to save beside the text: the outbox row is the record."""

    def log_addition(self, request: HttpRequest, obj: Message, message: object):
        return super().log_addition(request, obj, message) if obj.pk else None

    def response_add(self, request: HttpRequest, obj: Message, post_url_continue: str | None = None):
        """The truth about the send: on its way, or not sent and why (never "added successfully")."""
        first_name = obj.customer.first_name if obj.customer else "the customer"
        if not_sent := getattr(obj, "not_sent", ""):
            self.message_user(request, not_sent, messages.ERROR)
        else:
            self.message_user(request, on_its_way_in_words(obj, first_name=first_name), messages.SUCCESS)
        if obj.pk:
            return HttpResponseRedirect(reverse("admin:messaging_message_change", args=[obj.pk]))
        return HttpResponseRedirect(reverse("admin:messaging_message_add"))

    @admin.action(description="Resend selected failed messages", permissions=["resend"])
    def resend_failed(self, request: HttpRequest, queryset: QuerySet[Message]) -> None:
        resent = 0
        for message in queryset.select_related("customer", "job"):
            try:
                resend(message=message, sender=request.user)
            except NotSentError as error:
                self.message_user(request, f"Message #{message.pk}: {error}", messages.ERROR)
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


from messaging.dispatch import admin as admin_dispatch  # noqa: E402, F401  (the dispatcher's pages register themselves)
