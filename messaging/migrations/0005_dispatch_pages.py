"""The dispatcher's pages (proxies, no tables) and the Dispatcher group's permission to view them.

Acting on those pages needs the permissions the group already has: fieldservice.change_job to
reschedule, reassign or clear a flag, messaging.add_message to reply. Nothing here may delete."""

from django.db import migrations

from fieldservice import dispatcher_permissions

PAGES = ["view_conversation", "view_todayboard", "view_weeknumbers"]


def grant(apps, schema_editor):
    dispatcher_permissions.grant(apps, "messaging", PAGES)


def revoke(apps, schema_editor):
    dispatcher_permissions.revoke(apps, "messaging", PAGES)


class Migration(migrations.Migration):
    dependencies = [
        ("fieldservice", "0003_dispatcher_group"),
        ("messaging", "0004_outbox_sweep_and_dispatcher_permissions"),
    ]

    operations = [
        migrations.CreateModel(
            name="Conversation",
            fields=[],
            options={"verbose_name": "conversation", "verbose_name_plural": "needs attention", "proxy": True},
            bases=("fieldservice.job",),
        ),
        migrations.CreateModel(
            name="TodayBoard",
            fields=[],
            options={"verbose_name": "today's board", "verbose_name_plural": "today's board", "proxy": True},
            bases=("fieldservice.job",),
        ),
        migrations.CreateModel(
            name="WeekNumbers",
            fields=[],
            options={
                "verbose_name": "this week's numbers",
                "verbose_name_plural": "this week's numbers",
                "proxy": True,
            },
            bases=("messaging.message",),
        ),
        migrations.RunPython(grant, revoke),
    ]
