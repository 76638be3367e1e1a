"""`/health`: whether this process can serve pages, for load balancers and the person deploying.

200 "ok" when it can; otherwise 503 with one line per problem, saying what to do. It checks what
breaks every page without breaking start-up: the database, and (with DEBUG off) the collected
static files, without which every HTML page fails with a 500.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse

# A file every page's stylesheet list includes (the admin's and the technician view's base).
PROBE_STATIC_FILE = "admin/css/base.css"


def static_files_problem() -> str:
    """Why static files cannot be served, or ''. With DEBUG on, Django serves them from the apps."""
    if settings.DEBUG:
        return ""
    try:
        staticfiles_storage.url(PROBE_STATIC_FILE)
    except ValueError:  # the manifest storage has no entry: collectstatic never ran (or ran after start-up)
        return (
            f"static files are not collected in {settings.STATIC_ROOT}: run `manage.py collectstatic "
            "--noinput`, then restart the web server"
        )
    return ""


def database_problem() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return f"the database does not answer: {type(error).__name__}"
    return ""


def health(request: HttpRequest) -> HttpResponse:
    problems = [problem for problem in (database_problem(), static_files_problem()) if problem]
    if problems:
        return HttpResponse("\n".join(problems) + "\n", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
