from django.core.management.base import BaseCommand, CommandError

from demo.day import DemoError, is_stale, reset_demo, seed_demo


class Command(BaseCommand):
    help = (
        "Create the demo business and a day laid out around the current time (technicians, customers, "
        "jobs done, under way, later and tomorrow, with the texts they were sent). Adds nothing when the "
        "demo day exists; --reset replaces it with a fresh one."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--reset", action="store_true", help="throw the demo's day away first and lay out a fresh one"
        )

    def handle(self, *args, reset: bool, **options) -> None:
        if reset:
            removed = reset_demo()
            self.stdout.write(f"Demo day removed: {removed['jobs']} jobs, {removed['messages']} texts.")
        try:
            counts = seed_demo()
        except DemoError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['technicians']} technicians, {counts['customers']} customers, "
                f"{counts['jobs_created']} new jobs."
            )
        )
        if is_stale():
            self.stdout.write(
                self.style.WARNING(
                    "The demo's day was laid out for an earlier time (the customer who is out is no longer "
                    "waited for). Start over with `manage.py demo --reset` to lay it out around now."
                )
            )
