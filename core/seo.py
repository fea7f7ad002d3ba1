"""What a content type needs to describe itself to search engines in schema.org's vocabulary (JSON-LD).

Each public model has a `structured_data(describe)` method returning a dictionary (empty values are dropped
afterwards); `describe` is a `Describer`, which turns paths into absolute addresses for the current request and
refers to the Network. network_site's `{% json_ld %}` tag calls the method and writes the script element, so an
app describes its own content without importing the site's templatetags.
"""

import html
import re

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext

LOGO = "img/logo.svg"
# The picture of pages without one of their own (the link preview's, og:image).
DEFAULT_IMAGE = "img/og-default.png"
# "CC BY-NC-SA 4.0" and the like, for a link to the licence deed.
CREATIVE_COMMONS = re.compile(r"^CC[ -](?P<kind>BY(-NC)?(-SA|-ND)?)[ -](?P<version>\d\.\d)$", re.IGNORECASE)


class Describer:
    """Absolute addresses built from the request (or `SITE_URL` without one), and the Network as a reference."""

    def __init__(self, request):
        self.request = request

    def url(self, path):
        if self.request is None:
            return settings.SITE_URL.rstrip("/") + path if path.startswith("/") else path
        return self.request.build_absolute_uri(path)

    def image(self, field_file):
        return self.url(field_file.url) if field_file else None

    def images(self, *field_files):
        """Addresses of the stored images, or the site's default picture when there are none (search engines
        show an article or event with a picture only)."""
        return [self.url(field_file.url) for field_file in field_files if field_file] or [
            self.url(static(DEFAULT_IMAGE))
        ]

    def network_reference(self):
        """The Network as publisher, author, parent or default organiser of what the site describes."""
        return {
            "@type": "Organization",
            "@id": self.url(reverse("home")) + "#organization",
            "name": gettext("Education and Solidarity Network"),
            "url": self.url(reverse("home")),
            "logo": {"@type": "ImageObject", "url": self.url(static(LOGO))},
        }


def plain_text(value, limit=None):
    """Rich text or rendered HTML as one line of plain text, optionally cut at `limit` characters."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    return Truncator(text).chars(limit) if limit else text


def licence_url(licence):
    """The Creative Commons deed of a licence written "CC BY-NC-SA 4.0", else None (the text is used as is)."""
    match = CREATIVE_COMMONS.match((licence or "").strip())
    if not match:
        return None
    return f"https://creativecommons.org/licenses/{match['kind'].lower()}/{match['version']}/"


def iso(value):
    """ISO 8601 with the UTC offset (a datetime) or a plain date, without microseconds."""
    if value is None:
        return None
    if hasattr(value, "microsecond"):
        value = value.replace(microsecond=0)
    return value.isoformat()


def without_empty(data):
    """The dictionary without keys whose value is None, "" or an empty list (schema.org: absent, not empty)."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
