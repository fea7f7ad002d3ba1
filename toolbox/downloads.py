"""Serving a stored file as a download: streamed, resumable (HTTP Range), cacheable by checksum.

Django's FileResponse streams but ignores Range; a visitor on a slow line whose download breaks must be
able to resume, so single byte ranges are honoured here (RFC 9110). Several ranges in one request are
rare and answered with the whole file, as the RFC allows.
"""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import content_disposition_header

CHUNK_SIZE = 64 * 1024
# At most 18 digits a side: int() refuses over 4,300 digits (a 500), and no file is anywhere near 10**18 bytes.
_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")


def _cache_headers(response, *, etag, language):
    """What a 304 repeats of the 200 (RFC 9110, 15.4.5): a cache updates its copy's headers from it, so a 304
    without them, or with the page's Content-Language that LocaleMiddleware would add, would change the copy."""
    response["ETag"] = f'"{etag}"'
    # Not kept by shared caches: an unpublished file must stop being served at once, and each download counted.
    response["Cache-Control"] = "private, no-cache"
    # The language of the file, not of the address it came from (/fr/…/download/en/ is an English file).
    response["Content-Language"] = language
    return response


def _security_headers(response, *, content_type, filename, etag, language):
    response["Content-Type"] = content_type
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Accept-Ranges"] = "bytes"
    return _cache_headers(response, etag=etag, language=language)


def parse_range(header, size):
    """(start, end) inclusive for a satisfiable single range, None to send the whole file, or "invalid"."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match:
        return None  # several ranges, another unit or absurd numbers: send the whole file
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            return "invalid"
        return max(size - length, 0), size - 1
    start = int(first)
    if last and int(last) < start:
        return None  # not a valid range: ignored, the whole file is sent (RFC 9110, 14.2)
    if start >= size:
        return "invalid"
    end = min(int(last), size - 1) if last else size - 1
    return start, end


def _read_range(file, start, length):
    try:
        file.seek(start)
        remaining = length
        while remaining > 0:
            chunk = file.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        file.close()


def serve_download(request, *, field_file, size, content_type, filename, etag, language):
    """The response for a download of a file in `language`, and whether it is a new download (not a resumed or
    cached one)."""
    quoted_etag = f'"{etag}"'
    # Django's own checks: If-None-Match with the weak comparison (W/"x" matches "x") and If-Match, RFC 9110 13.1.
    # The 304 has no Content-Type (HttpResponseNotModified), so nothing takes it for an empty HTML page.
    # (A failed If-Match gets its 412 here too.)
    answered = get_conditional_response(request, etag=quoted_etag)
    if answered is not None:
        return _cache_headers(answered, etag=etag, language=language), False

    byte_range = parse_range(request.headers.get("Range"), size)
    if_range = request.headers.get("If-Range")
    if byte_range and if_range and if_range.strip() != quoted_etag:
        byte_range = None  # the file changed since the first part was fetched: start again

    if byte_range == "invalid":
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response, False

    if request.method == "HEAD":
        response = HttpResponse()
        response["Content-Length"] = str(size)
        return _security_headers(response, content_type=content_type, filename=filename, etag=etag,
                                 language=language), False

    if byte_range is None:
        response = FileResponse(field_file.open("rb"), as_attachment=True, filename=filename)
        response["Content-Length"] = str(size)
        counted = True
    else:
        start, end = byte_range
        length = end - start + 1
        response = StreamingHttpResponse(_read_range(field_file.open("rb"), start, length), status=206)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
        counted = start == 0  # a resumed download was already counted when it began
    return _security_headers(response, content_type=content_type, filename=filename, etag=etag,
                             language=language), counted
