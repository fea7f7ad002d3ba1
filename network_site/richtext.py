"""Staff-written rich text, cleaned with an allowlist before it is stored.

Whatever an editor types or pastes, only these tags and attributes reach a visitor: no <script>,
no event handlers, no javascript: links.
"""

import nh3
from django.db import models
from django.utils.translation import gettext_lazy as _

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "a", "ul", "ol", "li",
    "blockquote", "abbr", "cite", "code", "hr", "figure", "figcaption", "table", "thead",
    "tbody", "tr", "th", "td", "caption",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "*": {"lang"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

HELP_TEXT = _(
    "Simple HTML: paragraphs, headings (h2–h4), bold, italic, links, lists, quotes and tables. "
    "Anything else (scripts, styles, embedded content) is removed when you save."
)


def clean_html(value):
    """Return `value` with everything outside the allowlist removed."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


class RichTextField(models.TextField):
    """A TextField whose HTML is sanitised on every write to the database (save, update, bulk)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("blank", True)
        kwargs.setdefault("help_text", HELP_TEXT)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        return clean_html(super().get_prep_value(value))
