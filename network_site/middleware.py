from django.db import connection
from django.middleware.gzip import GZipMiddleware


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
