"""The dispatcher's pages in the admin: needs attention (linked first on the admin index), a job's
conversation with a reply box, answers to reschedule requests, today's board and this week's numbers.

Each view checks a permission, parses the request, calls one function of `messaging.dispatch.desk` (or one
service) and renders; nothing here changes a row by itself.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from fieldservice import services, timefmt
from fieldservice.models import Job, Technician
from messaging.conversation import NotSentError, on_its_way_in_words, opt_out_of, thread_token
from messaging.dispatch import board
from messaging.dispatch import desk as dispatch
from messaging.dispatch.models import Conversation, TodayBoard, WeekNumbers
from messaging.models import Message

# The dispatcher's landing page is the admin index (config.admin.BrandedAdminSite); it opens
# with links to these pages.


def _job(job_id: int) -> Job:
    return get_object_or_404(Job.objects.select_related("customer", "site", "technician"), pk=job_id)


def _posted_id(request: HttpRequest, name: str) -> int | None:
    """A primary key from a form: plain ASCII digits of a sane length, else None. Anything else
    is a tampered or broken form, answered with a 400 by the caller rather than a failed query."""
    value = request.POST.get(name, "")
    return int(value) if re.fullmatch(r"[0-9]{1,18}", value) else None


def _moment(value: str) -> datetime:
    """The start of the window picked on the reschedule page; ValueError names what is wrong."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("That window could not be read; pick one of the listed windows.") from None
    if timezone.is_naive(moment):
        raise ValueError("That window has no time zone; pick one of the listed windows.")
    return moment


def _day(value: str) -> date | None:
    """The day picked on the reschedule page; a malformed one is ignored, not an error page."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class DispatchPageAdmin(admin.ModelAdmin):
    """A page, not a table: only viewing, and each view's own URLs."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    def _view(self, view, *, perm: str | None = None):
        """Admin login, the page's view permission and, for a POST, `perm` (the change it makes)."""

        def checked(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not self.has_view_permission(request):
                raise PermissionDenied
            if request.method == "POST" and perm and not request.user.has_perm(perm):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return self.admin_site.admin_view(checked)

    page = ""  # which link of the pages' navigation is current

    def _render(self, request: HttpRequest, template: str, title: str, **context) -> TemplateResponse:
        return TemplateResponse(
            request,
            f"admin/dispatch/{template}",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "opts": self.model._meta,
                "page": self.page,
                **context,
            },
        )


@admin.register(Conversation)
class ConversationAdmin(DispatchPageAdmin):
    page = "queue"

    def get_urls(self) -> list:
        return [
            path("", self._view(self.queue_view), name="messaging_conversation_changelist"),
            path(
                "<int:job_id>/change/",
                self._view(self.job_view, perm="messaging.add_message"),
                name="messaging_conversation_change",
            ),
            path(
                "text/<int:message_id>/",
                self._view(self.number_view, perm="messaging.add_message"),
                name="messaging_conversation_number",
            ),
            path(
                "<int:job_id>/reschedule/",
                self._view(self.reschedule_view, perm="fieldservice.change_job"),
                name="messaging_conversation_reschedule",
            ),
            path(
                "<int:job_id>/cancel/",
                self._view(require_POST(self.cancel_view), perm="fieldservice.change_job"),
                name="messaging_conversation_cancel",
            ),
            path(
                "done/",
                self._view(require_POST(self.done_view), perm="fieldservice.change_job"),
                name="messaging_conversation_done",
            ),
        ]

    def queue_view(self, request: HttpRequest) -> TemplateResponse:
        rows = dispatch.attention_queue(now=timezone.now())
        return self._render(request, "queue.html", "Needs attention", rows=rows)

    def job_view(self, request: HttpRequest, job_id: int) -> HttpResponse:
        job = _job(job_id)
        if request.method == "POST":
            return self._reply(request, job=job)
        items = dispatch.thread(job=job)
        replies = dispatch.reply_options(job=job, items=items, now=timezone.now())
        return self._render(
            request,
            "conversation.html",
            f"Conversation: {job}",
            job=job,
            items=items,
            replies=replies,
            opt_out=opt_out_of(str(job.customer.phone)),
            token=thread_token(job=job),
        )

    def number_view(self, request: HttpRequest, message_id: int) -> HttpResponse:
        first = get_object_or_404(Message.objects.select_related("job"), pk=message_id)
        if first.job_id:
            return HttpResponseRedirect(reverse("admin:messaging_conversation_change", args=[first.job_id]))
        phone = str(first.phone)
        if request.method == "POST":
            return self._reply(request, phone=phone)
        items = dispatch.thread(phone=phone)
        return self._render(
            request,
            "conversation.html",
            f"Texts from {phone}",
            phone=phone,
            first=first,
            items=items,
            opt_out=opt_out_of(phone),
            token=thread_token(phone=phone),
        )

    def _reply(
        self, request: HttpRequest, *, job: Job | None = None, phone: str = ""
    ) -> HttpResponseRedirect:
        first_name = job.customer.first_name if job else phone
        try:
            sent = dispatch.dispatcher_reply(
                body=request.POST.get("body", ""),
                user=request.user,
                job=job,
                phone=phone,
                token=request.POST.get("token", ""),
            )
        except NotSentError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, on_its_way_in_words(sent, first_name=first_name))
        return HttpResponseRedirect(request.get_full_path())

    def reschedule_view(self, request: HttpRequest, job_id: int) -> HttpResponse:
        job = _job(job_id)
        if request.method == "POST":
            return self._answer_reschedule(request, job=job)
        items = dispatch.thread(job=job)
        asked = dispatch.reschedule_request(job=job, items=items, day=_day(request.GET.get("day", "")))
        return self._render(
            request,
            "reschedule.html",
            f"Reschedule: {job}",
            job=job,
            asked=asked,
            windows=dispatch.free_windows(job=job, request=asked, now=timezone.now()),
            closed=not dispatch.works_on(asked.day),
            decline=dispatch.decline_text(job=job, request=asked),
            opt_out=opt_out_of(str(job.customer.phone)),
            token=thread_token(job=job),
        )

    def _answer_reschedule(self, request: HttpRequest, *, job: Job) -> HttpResponseRedirect:
        conversation = reverse("admin:messaging_conversation_change", args=[job.pk])
        try:
            if request.POST.get("answer") == "accept":
                technician = get_object_or_404(Technician, pk=_posted_id(request, "technician"))
                start = _moment(request.POST.get("start", ""))
                accepted = dispatch.reschedule_accept(
                    job=job,
                    technician=technician,
                    window_start=start,
                    user=request.user,
                    token=request.POST.get("token", ""),
                )
                job = accepted.job
                window = timefmt.window(job.window_start, job.window_end, job.zone)
                moved = f"Moved to {technician.first_name}, {window}."
                if accepted.told:
                    messages.success(request, f"{moved} {accepted.telling}")
                else:
                    messages.error(request, f"{moved} {accepted.telling}")
            else:
                dispatch.reschedule_decline(
                    job=job,
                    body=request.POST.get("body", ""),
                    user=request.user,
                    token=request.POST.get("token", ""),
                )
                messages.success(request, "Declined; the customer is told the visit stays as it is.")
        except (services.JobStateError, NotSentError, ValueError) as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(request.get_full_path())
        return HttpResponseRedirect(conversation)

    def cancel_view(self, request: HttpRequest, job_id: int) -> HttpResponseRedirect:
        """Cancel the visit; say at once whether the customer is told."""
        job = _job(job_id)
        try:
            outcome = dispatch.cancel_visit(job=job, user=request.user, reason=request.POST.get("reason", ""))
        except services.JobStateError as error:
            messages.error(request, str(error))
        else:
            done = (
                f"Visit cancelled; it is off {job.technician.first_name}'s day."
                if job.technician
                else "Visit cancelled."
            )
            level = messages.success if outcome.told else messages.error
            level(request, f"{done} {outcome.telling}")
        return HttpResponseRedirect(reverse("admin:messaging_conversation_change", args=[job.pk]))

    def done_view(self, request: HttpRequest) -> HttpResponse:
        job_id, message_id = _posted_id(request, "job"), _posted_id(request, "message")
        if job_id is None and message_id is None:
            return HttpResponseBadRequest("Say which job or text to take off the queue.")
        job = _job(job_id) if job_id is not None else None
        phone = "" if job else str(get_object_or_404(Message, pk=message_id).phone)
        dispatch.attention_resolve(user=request.user, job=job, phone=phone)
        messages.success(request, "Taken off the queue.")
        return HttpResponseRedirect(reverse("admin:messaging_conversation_changelist"))


@admin.register(TodayBoard)
class TodayBoardAdmin(DispatchPageAdmin):
    page = "board"

    def get_urls(self) -> list:
        return [
            path("", self._view(self.board_view), name="messaging_todayboard_changelist"),
            path(
                "<int:job_id>/reassign/",
                self._view(require_POST(self.reassign_view), perm="fieldservice.change_job"),
                name="messaging_todayboard_reassign",
            ),
            path(
                "tell/",
                self._view(require_POST(self.tell_view), perm="fieldservice.change_job"),
                name="messaging_todayboard_tell",
            ),
        ]

    def board_view(self, request: HttpRequest) -> TemplateResponse:
        now = timezone.now()
        # the permission and the link prefix read once, not for each of a hundred blocks
        drawing = {
            "board": board.day_board(now=now),
            "can_move": request.user.has_perm("fieldservice.change_job"),
            "conversations": reverse("admin:messaging_conversation_changelist"),
        }
        if request.htmx:
            return self._render(request, "_board.html", "Today's board", **drawing)
        moving = None
        if re.fullmatch(r"[0-9]{1,18}", request.GET.get("move", "")):
            moving = (
                Job.objects.select_related("customer", "site", "technician")
                .filter(pk=request.GET["move"])
                .first()
            )
        starts = board.move_starts(now=now) if moving else []
        window = timefmt.window(moving.window_start, moving.window_end, moving.zone) if moving else ""
        return self._render(
            request,
            "board.html",
            "Today's board",
            moving=moving,
            moving_window=window,
            starts=starts,
            **drawing,
        )

    def reassign_view(self, request: HttpRequest, job_id: int) -> HttpResponse:
        """Move a visit from the board: another technician and, when chosen, another start."""
        technician_id = _posted_id(request, "technician")
        if technician_id is None:
            return HttpResponseBadRequest("Choose a technician.")
        technician = get_object_or_404(Technician, pk=technician_id)
        try:
            start = _moment(request.POST["start"]) if request.POST.get("start") else None
            outcome = board.move_visit(
                job=_job(job_id), technician=technician, window_start=start, user=request.user
            )
        except (services.JobStateError, ValueError) as error:
            messages.error(request, str(error))
        else:
            level = messages.error if outcome.told is False else messages.success  # False: call them
            level(request, f"Job #{job_id} is now {technician.first_name}'s. {outcome.telling}")
        return HttpResponseRedirect(reverse("admin:messaging_todayboard_changelist"))

    def tell_view(self, request: HttpRequest) -> HttpResponse:
        """Text the customers a slipping day affects their new expected time, in one action."""
        job_ids = [int(v) for v in request.POST.getlist("job") if re.fullmatch(r"[0-9]{1,18}", v)]
        if not job_ids:
            return HttpResponseBadRequest("Say which customers to tell.")
        told = board.tell_affected(job_ids=job_ids, now=timezone.now(), user=request.user)
        if told:
            names = ", ".join(f"{a.job.customer.first_name} ({a.expected_label})" for a in told)
            messages.success(request, f"Texting the new time to {names}.")
        else:
            messages.info(request, "Nobody to tell any more: the day has moved on since the page was drawn.")
        return HttpResponseRedirect(reverse("admin:messaging_todayboard_changelist"))


@admin.register(WeekNumbers)
class WeekNumbersAdmin(DispatchPageAdmin):
    page = "numbers"

    def get_urls(self) -> list:
        return [path("", self._view(self.numbers_view), name="messaging_weeknumbers_changelist")]

    def numbers_view(self, request: HttpRequest) -> TemplateResponse:
        week = dispatch.week_numbers(now=timezone.now())
        bars = dispatch.arrival_bars(days=week.days)
        return self._render(request, "numbers.html", "This week's numbers", week=week, bars=bars)
