"""What search engines and link previews read in a page's <head>: canonical address, OpenGraph and JSON-LD.

base.html fills the tags from a few blocks (`og_type`, `og_image`, `og_image_alt`, `twitter_card`,
`structured_data`); detail pages override them. The structured data is built in Python as dictionaries
(schema.org vocabulary) by each model's own `structured_data` method (helpers in core/seo.py) and serialised here
with json.dumps, never assembled in a template. Everything reads only what the view already loaded: no tag here
runs a query on a page whose view prefetched its relations.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, to_locale

from core.languages import SITE_LANGUAGES, local_path, page_paths
from core.seo import DEFAULT_IMAGE, Describer, plain_text, without_empty

register = template.Library()

# og:locale wants language_TERRITORY; the site writes British English.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}
# The characters that could end a <script> element or open a comment, as JSON escapes (what json_script does).
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- Head tags ----------------------------------------------------------------------------------------------------

def _canonical_path(request, language=None):
    """The page's path (in `language`, by default the page's own), with `?page=N` past a list's first page."""
    path = page_paths(request)[language] if language else local_path(request.path)
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        path += f"?page={int(page)}"
    return path


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's absolute address without its query string, except `?page=N` past the first page of a list."""
    request = context.get("request")
    if request is None:
        return ""
    return request.build_absolute_uri(_canonical_path(request))


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """[(hreflang, absolute address)] of this page in every language, and x-default (the English one)."""
    request = context.get("request")
    if request is None:
        return []
    alternates = [(code, request.build_absolute_uri(_canonical_path(request, code))) for code in SITE_LANGUAGES]
    default = dict(alternates)[settings.LANGUAGE_CODE]
    return [*alternates, ("x-default", default)]


@register.simple_tag(takes_context=True)
def absolute_uri(context, url):
    """`url` (a path, or a media URL that may already be absolute) as an absolute address."""
    request = context.get("request")
    if request is None:
        return settings.SITE_URL.rstrip("/") + url if url.startswith("/") else url
    return request.build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    return absolute_uri(context, static(path))


@register.simple_tag
def og_locale():
    language = get_language() or settings.LANGUAGE_CODE
    return OG_LOCALES.get(language, to_locale(language))


@register.simple_tag
def og_locale_alternates():
    """The og:locale of the page in the site's other languages."""
    current = get_language() or settings.LANGUAGE_CODE
    return [OG_LOCALES[code] for code in SITE_LANGUAGES if code != current and code in OG_LOCALES]


@register.simple_tag(takes_context=True)
def block_text(context, name):
    """The text of block `name` as this page fills it, for a second use (og:title repeats the <title> block).

    Renders the most specific version of the block the way BlockNode.render does, so `{{ block.super }}` works,
    then returns plain text (tags dropped, entities decoded, spaces collapsed); the tag's output is escaped again.
    """
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.pop(name) if block_context else None
    if block is None:
        return ""
    try:
        with context.push():
            node = type(block)(block.name, block.nodelist)
            node.context = context
            context["block"] = node
            text = node.nodelist.render(context)
    finally:
        block_context.push(name, block)
    return plain_text(text)


# --- Structured data (JSON-LD) ------------------------------------------------------------------------------------

@register.simple_tag(takes_context=True)
def json_ld(context, obj=None, **extra):
    """`<script type="application/ld+json">` describing `obj` (a page's object), or the Network without one.

    The object describes itself (its model's `structured_data`); extra arguments are things the view loaded for
    the page and passes on (an event's `photos`, a kit's `items`...).
    """
    describe = Describer(context.get("request"))
    data = network(describe) if obj is None else without_empty(obj.structured_data(describe, **extra))
    return json_script_ld({"@context": "https://schema.org", **data})


@register.simple_tag(takes_context=True)
def home_json_ld(context):
    """The home page's JSON-LD: the Network, and the site itself with its search, which search engines may offer
    as a search box under the site's result (schema.org WebSite with a SearchAction), in the page's language."""
    describe = Describer(context.get("request"))
    home = describe.url(reverse("home"))
    website = {
        "@type": "WebSite",
        "@id": home + "#website",
        "url": home,
        "name": gettext("Education and Solidarity Network"),
        "inLanguage": get_language(),
        "publisher": {"@id": home + "#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint",
                       "urlTemplate": describe.url(reverse("search")) + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }
    return json_script_ld({"@context": "https://schema.org", "@graph": [network(describe), website]})


def json_script_ld(data):
    """`data` as JSON inside a script element, safe whatever its strings contain (nothing can close the element)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above


def network(describe):
    """The Network itself: the home page, The Network pages and any page without an object of its own."""
    return {
        **describe.network_reference(),
        "description": gettext(
            "An international network of education unions, mutual health societies and their partners working "
            "for the health and social protection of education staff."
        ),
        "email": settings.CONTACT_EMAIL,
        "image": describe.url(static(DEFAULT_IMAGE)),
    }
