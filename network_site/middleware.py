import logging
import re
import uuid

from django.conf import settings
from django.db import connection
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.template import loader
from django.urls import reverse

from .log import current_request_id

logger = logging.getLogger(__name__)


class QueryCountHeaderMiddleware:
    """Adds `X-DB-Queries: n` to every response: the SQL queries that request ran. Only installed when the
    environment sets BENCH_COUNT_QUERIES=1 (the benchmark), never in normal service."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-DB-Queries"] = str(count)
        return response


class PageGZipMiddleware(GZipMiddleware):
    """Compresses pages, feeds and calendars, never downloads: a file streamed with byte ranges must reach the
    visitor exactly as stored (PDFs, images and ZIPs are compressed already)."""

    def process_response(self, request, response):
        if response.streaming:
            return response
        return super().process_response(request, response)


# A request id from the proxy is kept only when it looks like one (nginx's $request_id is 32 hex digits).
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class RequestIdMiddleware:
    """Gives every request an id (`request.id`): the proxy's `X-Request-ID` when sane, else a new one. Every log
    line of the request carries it (network_site.log) and the response says it, so a visitor's report, the proxy
    log and the error mail can be matched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request.id = given if SANE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request.id
        return response


RETRY_AFTER_SECONDS = 30


def database_unavailable(request):
    """The 503 page: rendered without a request context, so nothing (no context processor, no session) touches the
    database that just failed."""
    content = loader.get_template("503.html").render({"contact_email": settings.CONTACT_EMAIL})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    # Logged once as a warning by the caller; Django would log every 503 as an error (one mail per request).
    response._has_been_logged = True
    return response


def is_database_unavailable(exception):
    # Connection refused or lost, and also a statement or lock timeout (psycopg2's QueryCanceled and
    # LockNotAvailable are OperationalErrors): the site is overloaded or the database away, not broken.
    return isinstance(exception, (OperationalError, InterfaceError))


class DatabaseUnavailableMiddleware:
    """A database that does not answer (or answers too slowly) gives a 503 page with `Retry-After`, not a 500.
    Errors raised by other middleware reach the 500 handler, which does the same (views.server_error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        # A warning, not an error: an outage would otherwise mail the admins once per request; /healthz, and the
        # monitoring watching it, report an outage.
        # The reason in the line itself: "connection refused", "canceling statement due to statement timeout"...
        reason = (str(exception).strip().splitlines() or [type(exception).__name__])[0]
        logger.warning("Database unavailable or too slow: %s %s (%s)", request.method, request.path, reason,
                       exc_info=exception)
        return database_unavailable(request)


class StaffStatementTimeoutMiddleware:
    """The admin's queries may run for DB_STATEMENT_TIMEOUT (10 s): staff pages over every row, searches, exports.
    Every other request keeps the connection's own PUBLIC_STATEMENT_TIMEOUT (2 s), so a visitor's expensive search is
    cancelled (a 503 page) rather than keeping a worker and the database busy. Raised for the admin's request, then
    reset to the connection's value, as connections are reused by the next request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.DB_TIMEOUTS or not request.path_info.startswith(reverse("admin:index")):
            return self.get_response(request)
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = %s", [settings.DB_STATEMENT_TIMEOUT])
        try:
            return self.get_response(request)
        finally:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("RESET statement_timeout")
            except DatabaseError:
                # A broken connection: never hand it to a public request with the staff's timeout.
                connection.close()
