"""Content-Security-Policy and Permissions-Policy for every HTML page.

Public pages run no script at all (JSON-LD is a data block, which browsers never execute, so `script-src 'none'`
allows it). The admin runs Django's scripts and those of its rich-text editor: scripts from this site, plus inline
ones that carry the request's nonce (`{{ request.csp_nonce }}`, e.g. the editor's import map); its widgets set
inline styles, hence `'unsafe-inline'` for styles there only.
"""

import re
import secrets

from django.conf import settings
from django.shortcuts import render

PUBLIC_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

ADMIN_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'nonce-{nonce}'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

# Browser features no page of the site uses.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in [
    "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
    "microphone", "midi", "payment", "publickey-credentials-get", "serial", "usb", "xr-spatial-tracking",
    "browsing-topics",
])

# The admin, also under a language prefix should it get one.
ADMIN_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]+)?/)?admin/")


class SecurityPolicyMiddleware:
    """Sets both policies on HTML responses that have none yet (the media view sets its own, stricter one). Placed
    above the page cache, so a page served from the cache gets them too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_admin = bool(ADMIN_PATH.match(request.path_info))
        if is_admin:
            request.csp_nonce = secrets.token_urlsafe(18)
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            policy = ADMIN_POLICY.format(nonce=request.csp_nonce) if is_admin else PUBLIC_POLICY
            response.headers.setdefault("Content-Security-Policy", policy)
            response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def client_ip(request):
    """The visitor's address, for counting failed log-ins: `X-Forwarded-For` only when the request comes from our own
    proxy (TRUSTED_PROXY_IPS), whose nginx sets it to the address it saw; else the connection's own address."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.TRUSTED_PROXY_IPS:
        # The right-most entry is the one our proxy added; anything left of it came from the visitor.
        return forwarded.split(",")[-1].strip() or remote
    return remote


def locked_out(request, original_response=None, credentials=None):
    """The page shown instead of logging in while an account or address is locked (django-axes)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "registration/locked_out.html", context, status=429)
