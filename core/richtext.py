"""Staff-written rich text: written in an editor (django-prose-editor), cleaned with an allowlist before it is
stored, shown to visitors by the `richtext` filter.

The editor offers exactly what the public templates style (EXTENSIONS), and the sanitiser's allowlist is
derived from the same list: whatever an editor types or pastes, only those tags reach a visitor (no <script>,
no event handlers, no javascript: links).
"""

import re

import nh3
from django.db import models
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.fields import ProseEditorFormField, _actually_empty

ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# The editor's toolbar, and so everything a rich text can hold.
EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    # Links open in the same tab (no target=), with the schemes a visitor can safely follow.
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
}

_allowlist = allowlist_from_extensions(EXTENSIONS)
ALLOWED_TAGS = frozenset(_allowlist["tags"])
# rel is not kept from the input: every link gets rel="noopener noreferrer" (nh3's link_rel).
ALLOWED_ATTRIBUTES = {tag: set(names) - {"rel"} for tag, names in _allowlist["attributes"].items()}

HELP_TEXT = _(
    "Simple HTML: paragraphs, headings (h2–h4), bold, italic, links, lists, quotes and tables. "
    "Anything else (scripts, styles, embedded content) is removed when you save."
)
# Shown under the editor in the admin (HELP_TEXT stays the field's own, as written in the migrations).
EDITOR_HELP_TEXT = _(
    "Headings, bold, italic, lists, links and quotes, as on the public pages. Pasted text keeps only these; "
    "anything else is removed when you save."
)

# A stored text holding one of these is laid out in HTML already; anything else is plain text or inline
# formatting only, whose blank lines separate paragraphs.
_BLOCK_TAG = re.compile(r"<(p|h[1-6]|ul|ol|li|blockquote|table|figure|hr|div)[\s>/]", re.IGNORECASE)


def clean_html(value):
    """Return `value` with everything outside the allowlist removed."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def clean_editor_html(value):
    """The editor's output cleaned; an empty editor (one empty paragraph) is an empty text."""
    return _actually_empty(clean_html(value))


def render_richtext(value):
    """HTML for a visitor: stored HTML as it is (it was cleaned on save), and text without block elements
    (typed before the editor existed, or imported) as paragraphs, one per blank-line-separated block."""
    if not value:
        return ""
    if _BLOCK_TAG.search(value):
        return mark_safe(value)
    # Already cleaned, so already escaped: keep its inline tags and entities as they are.
    return linebreaks_filter(value, autoescape=False)


_BULLET = ("- ", "• ", "* ")


def render_sheet_text(value):
    """A toolbox sheet's plain text as HTML, with the same rules as its PDF (toolbox/sheets.py): blank lines
    separate paragraphs, one paragraph per line, and lines starting with "- ", "• " or "* " form a list."""
    if not value:
        return ""
    parts = []
    for block in value.replace("\r\n", "\n").split("\n\n"):
        bullets = []
        for line in (line.strip() for line in block.split("\n")):
            if not line:
                continue
            if line[:2] in _BULLET:
                bullets.append(f"<li>{escape(line[2:].strip())}</li>")
                continue
            if bullets:
                parts.append(f"<ul>{''.join(bullets)}</ul>")
                bullets = []
            parts.append(f"<p>{escape(line)}</p>")
        if bullets:
            parts.append(f"<ul>{''.join(bullets)}</ul>")
    return mark_safe("\n".join(parts))


class RichTextField(models.TextField):
    """A TextField whose HTML is sanitised on every write to the database (save, update, bulk), edited in the
    admin with the rich-text editor."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("blank", True)
        kwargs.setdefault("help_text", HELP_TEXT)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        return clean_html(super().get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": ProseEditorFormField,
            "config": {"extensions": EXTENSIONS},
            "sanitize": clean_editor_html,
            "help_text": EDITOR_HELP_TEXT,
        }
        return super().formfield(**(defaults | kwargs))
