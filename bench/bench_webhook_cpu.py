"""CPU a request of the inbound webhook beside the bare reference app, both in this one process.

Run from the project root: `python bench/bench_webhook_cpu.py` (part of `make bench`). The
project's WSGI handler (production settings: DEBUG off, its whole middleware list) and a handler
for bench/reference_app.py's view (no middleware: Twilio's signature and one insert) answer the
same kind of signed posts (fresh MessageSids, the dev corpus's texts, customers' numbers, as
bench_webhook_ratio.py posts them) on the same database connection, in turns that alternate, so a
busy machine slows both alike: the figure that means something is the ratio. Without a web
server in front, each request costs less than under gunicorn (whose part is the same for both).
`--profile` prints where the webhook's CPU goes (cProfile, sorted by own time).

Environment: DATABASE_URL and REDIS_URL as the app reads them (SQLite and the ORM broker when
unset); BENCH_CPU_POSTS (a turn, default 1000), BENCH_CPU_TURNS (each side, default 4),
BENCH_CPU_TEXTS ("all", default; "consent" or "plain": the texts answered at once, or the others).
"""

from __future__ import annotations

import io
import json
import os
import random
import secrets
import statistics
import sys
import time
from collections.abc import Callable
from urllib.parse import urlencode

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ["SMS_BACKEND"] = "messaging.sms.locmem.SMSBackend"
os.environ["TWILIO_AUTH_TOKEN"] = secrets.token_hex(16)
os.environ["PUBLIC_BASE_URL"] = "http://127.0.0.1:8000"  # what reference_app signs against, too
os.environ["ALLOWED_HOSTS"] = "127.0.0.1"

from support import ROOT, customer_post, throwaway_database  # noqa: E402

POSTS = int(os.environ.get("BENCH_CPU_POSTS", "1000"))
TURNS = int(os.environ.get("BENCH_CPU_TURNS", "4"))
CUSTOMERS = 100
CORPUS = ROOT / "corpora" / "tuned" / "dev.jsonl"

TEXTS = os.environ.get("BENCH_CPU_TEXTS", "all")  # "consent" or "plain" for a part of the corpus

WSGIApp = Callable[[dict, Callable], object]


def is_consent_keyword(text: str) -> bool:
    """Whether the webhook answers `text` at once (STOP, START, HELP and their kin; a bare YES)."""
    from messaging.interpret.consent import OPT_IN_AFTER_OPT_OUT, consent_keyword, keyword_form

    return bool(consent_keyword(text, after_opt_out=True)) or keyword_form(text) in OPT_IN_AFTER_OPT_OUT


def signed_posts(count: int, phones: list[str], seed: int) -> list[tuple[bytes, str]]:
    """`count` form bodies with their signatures, made before the clock starts."""
    from django.conf import settings

    from messaging.sms.twilio import webhook as twilio

    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
    if TEXTS != "all":  # the consent keywords (a twelfth of the corpus) only, or every other text
        texts = [text for text in texts if (TEXTS == "consent") == is_consent_keyword(text)]
    rng = random.Random(seed)
    url = settings.PUBLIC_BASE_URL + "/sms/inbound"
    posts = []
    for _ in range(count):
        fields = customer_post(rng, phones=phones, texts=texts)
        signature = twilio.sign(url=url, fields=fields, token=settings.TWILIO_AUTH_TOKEN)
        posts.append((urlencode(fields).encode(), signature))
    return posts


def environ(body: bytes, signature: str) -> dict:
    """What gunicorn hands the application for one post."""
    return {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": "/sms/inbound",
        "QUERY_STRING": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_X_TWILIO_SIGNATURE": signature,
        "HTTP_CONNECTION": "close",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def serve(app: WSGIApp, posts: list[tuple[bytes, str]]) -> float:
    """Answer every post as a WSGI server would (the body read, the response closed); CPU seconds."""
    statuses: list[str] = []

    def start_response(status: str, headers: list, exc_info: object = None) -> None:
        statuses.append(status)

    environs = [environ(body, signature) for body, signature in posts]
    started = time.process_time()
    for env in environs:
        response = app(env, start_response)
        b"".join(response)  # type: ignore[call-overload]
        response.close()  # type: ignore[attr-defined]
    cpu = time.process_time() - started
    refused = [status for status in statuses if not status.startswith("200")]
    if refused:
        raise SystemExit(f"{len(refused)} posts were not answered 200: {refused[:3]}")
    return cpu


def handlers() -> tuple[WSGIApp, WSGIApp]:
    """The project's WSGI application and the reference app's (no middleware, its own URLconf)."""
    from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
    from django.test.utils import override_settings

    sys.path.insert(0, str(ROOT / "bench"))
    import reference_app  # the settings are configured already: its view and table helper only

    class ReferenceRequest(WSGIRequest):
        urlconf = "reference_app"  # what a middleware may set; the handler resolves with it

    class ReferenceHandler(WSGIHandler):
        request_class = ReferenceRequest

    reference_app.create_table()
    with override_settings(MIDDLEWARE=[]):
        reference = ReferenceHandler()
    return WSGIHandler(), reference


def main() -> None:
    profile = "--profile" in sys.argv[1:]
    with throwaway_database("webhook_cpu") as database:
        from django.conf import settings
        from django_q.conf import Conf
        from support import customers_with_a_visit_today  # noqa: I001 - Django must be set up first

        Conf.SYNC = False  # the webhook only queues the worker's part, as in production
        Conf.PREFIX = Conf.CLUSTER_NAME = f"bench-webhook-cpu-{secrets.token_hex(4)}"  # a queue of its own
        phones = customers_with_a_visit_today(CUSTOMERS)
        project, reference = handlers()
        broker = "Redis" if "redis" in settings.Q_CLUSTER else "ORM"
        try:
            serve(project, signed_posts(200, phones, seed=0))  # warm up: imports, caches, connections
            serve(reference, signed_posts(200, phones, seed=1))
            if profile:
                show_profile(project, signed_posts(POSTS, phones, seed=2))
                return
            figures: dict[str, list[float]] = {"reference": [], "webhook": []}
            for turn in range(TURNS):
                for name, app in (("reference", reference), ("webhook", project)):
                    posts = signed_posts(POSTS, phones, seed=10 + 2 * turn + (name == "webhook"))
                    figures[name].append(serve(app, posts) / POSTS * 1000)
        finally:
            if broker == "Redis":
                from messaging.inbound.store import worker_queue

                connection = worker_queue().connection
                for key in connection.scan_iter(f"*{Conf.PREFIX}*"):
                    connection.delete(key)
        print(f"webhook CPU in process: {database}, {broker} broker, DEBUG {settings.DEBUG}, texts: {TEXTS}")
        print(
            f"  {TURNS} turns of {POSTS} posts each side, alternating; load average {os.getloadavg()[0]:.1f}"
        )
        for name, label in (
            ("reference", "reference (signature + one insert)"),
            ("webhook", "project /sms/inbound"),
        ):
            turns = ", ".join(f"{ms:.3f}" for ms in figures[name])
            print(
                f"  {label}: CPU median {statistics.median(figures[name]):.3f} ms a request (turns: {turns})"
            )
        ratios = [web / ref for web, ref in zip(figures["webhook"], figures["reference"], strict=True)]
        print(
            f"  ratio: the webhook costs {statistics.median(ratios):.2f}x the reference's CPU a request"
            f" (turn by turn {min(ratios):.2f}-{max(ratios):.2f}x)"
        )


def show_profile(app: WSGIApp, posts: list[tuple[bytes, str]]) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile(time.process_time)  # CPU, not the waits for the database
    profiler.enable()
    serve(app, posts)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(40)
    stats.sort_stats("cumulative").print_stats(60)
    print(out.getvalue())


if __name__ == "__main__":
    main()
