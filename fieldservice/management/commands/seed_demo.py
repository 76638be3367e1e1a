from django.core.management.base import BaseCommand

from fieldservice.demo import seed_demo


class Command(BaseCommand):
    help = "Create a realistic demo day (technicians, customers, jobs today and tomorrow). Idempotent."

    def handle(self, *args, **options) -> None:
        counts = seed_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['technicians']} technicians, {counts['customers']} customers, "
                f"{counts['jobs_created']} new jobs."
            )
        )
