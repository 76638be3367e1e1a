"""Admin entries for the dispatcher's pages: proxies, so each page has its own view permission
and its own line on the admin index, without a table of its own."""

from __future__ import annotations

from fieldservice.models import Job
from messaging.models import Message


class Conversation(Job):
    """A job seen as its conversation; the list of them is the "Needs attention" queue."""

    class Meta:
        proxy = True
        app_label = "messaging"
        verbose_name = "conversation"
        verbose_name_plural = "needs attention"


class TodayBoard(Job):
    class Meta:
        proxy = True
        app_label = "messaging"
        verbose_name = verbose_name_plural = "today's board"


class WeekNumbers(Message):
    class Meta:
        proxy = True
        app_label = "messaging"
        verbose_name = verbose_name_plural = "this week's numbers"
