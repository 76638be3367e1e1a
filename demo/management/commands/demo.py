"""`manage.py demo`: migrate, seed, then run the web server and the django-q2 cluster
together until Ctrl-C stops both."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.day import welcome


class Command(BaseCommand):
    help = "Run the demo: migrate, seed demo data, start the web server and the task cluster (Ctrl-C stops both)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--reset", action="store_true", help="throw the demo's day away first and lay out a fresh one"
        )

    def handle(self, *args, host: str, port: int, reset: bool, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo", reset=reset, stdout=self.stdout)
        base = f"http://{host}:{port}"
        # Read from the database before the servers start: afterwards a Ctrl-C must find the
        # children already under the `finally` below, however slow a busy database makes this.
        greeting = welcome(base)
        manage = [sys.executable, "manage.py"]
        processes: list[subprocess.Popen] = []
        stopping = False

        def stop(*_: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        try:
            processes.append(subprocess.Popen([*manage, "qcluster"]))  # noqa: S603 - our own interpreter and script
            processes.append(subprocess.Popen([*manage, "runserver", "--noreload", f"{host}:{port}"]))  # noqa: S603
            self.stdout.write(
                self.style.SUCCESS(f"\nField service demo is running at {base}. Ctrl-C stops it.\n")
            )
            self.stdout.write(greeting)
            while not stopping and all(p.poll() is None for p in processes):
                time.sleep(0.3)
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        failed = [p.args[-1] for p in processes if p.returncode not in (0, -signal.SIGINT, -signal.SIGTERM)]
        if failed and not stopping:
            raise CommandError(f"{', '.join(failed)} stopped unexpectedly; see the output above.")
