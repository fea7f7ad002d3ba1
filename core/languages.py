"""The site's three languages: their names, the switcher's links, the browser's language and content fallbacks.

The language of a page comes from its address only (English without a prefix, /fr/, /es/), so every address
always shows the same thing to everybody and can be cached and shared. A browser asking for French or Spanish
on an English page is *offered* that language (a link at the top of the page), never redirected.
"""

import functools
from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.cache import has_vary_header, patch_vary_headers
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.translation import get_language, get_language_info, override
from django.utils.translation.trans_real import parse_accept_lang_header
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, resolution_order

SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def language_name(code):
    """A language's name in that language ("Français"), as the switcher and the toolbox's language filter show
    it, so a visitor recognises their own language whatever the page's language."""
    try:
        name = get_language_info(code)["name_local"]
    except KeyError:
        return code
    return name[:1].upper() + name[1:]


def local_path(path):
    """`path` with one leading slash: "//other.example/x" is a path of this site, not another site's address."""
    return "/" + path.lstrip("/")


def page_paths(request):
    """{code: this page's path in that language}, without the query string. Worked out once per request: the
    language switcher and the <head>'s alternates both need it."""
    paths = getattr(request, "_page_paths", None)
    if paths is None:
        paths = request._page_paths = translate_path(local_path(request.path))
    return paths


def translate_path(path):
    """{code: `path` in that language}: Django's translate_url() for every language, with the path resolved once
    instead of once per language (each resolve walks the URL patterns: a 404 page tried them all three times)."""
    parts = urlsplit(path)
    try:
        match = resolve(unquote(parts.path))
    except Resolver404:
        return dict.fromkeys(SITE_LANGUAGES, path)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    paths = {}
    for code in SITE_LANGUAGES:
        with override(code):
            try:
                translated = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                paths[code] = path
            else:
                paths[code] = urlunsplit(parts._replace(path=translated))
    return paths


@functools.cache
def _language_names(code):
    return language_name(code), get_language_info(code)["name_local"]


def switcher_links(request):
    """The current page in each language: [{code, name, name_in_text, url, is_current}], query string kept
    (filters, page). `name_in_text` is the name as written within a sentence ("français")."""
    current = get_language()
    query = request.META.get("QUERY_STRING", "")
    query = "?" + iri_to_uri(query) if query else ""
    here = local_path(request.path)
    links = []
    for code, path in page_paths(request).items():
        name, name_in_text = _language_names(code)
        # A path the site does not know (a 404 page) comes back untranslated: it links to itself, escaped.
        url = (escape_uri_path(path) if path == here else path) + query
        links.append({"code": code, "name": name, "name_in_text": name_in_text, "url": url,
                      "is_current": code == current})
    return links


def browser_language(accept_language):
    """The site language the browser prefers most ("fr"), or "" when it names none of them."""
    for tag, _quality in parse_accept_lang_header(accept_language or ""):
        code = tag.split("-")[0].lower()
        if code in SITE_LANGUAGES:
            return code
    return ""


BROWSER_LANGUAGE = "HTTP_X_BROWSER_LANGUAGE"


class BrowserLanguageMiddleware:
    """Notes the site language the browser prefers ("fr", or "") as if the browser had sent it in an
    `X-Browser-Language` header, and says English pages vary with it.

    English pages may offer the browser's language, so the page cache must keep a copy per offered language.
    Django's cache ignores `Vary: Accept-Language` when translations are on (it keys pages on the page's
    language instead), and the raw header would make one copy per browser set-up anyway: this header has at
    most four values. Placed just inside UpdateCacheMiddleware, so the cache sees both the header and the Vary.
    Shared caches in front of the site still vary on the raw Accept-Language, which LocaleMiddleware sets.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META[BROWSER_LANGUAGE] = browser_language(request.META.get("HTTP_ACCEPT_LANGUAGE"))
        response = self.get_response(request)
        if has_vary_header(response, "Accept-Language"):
            patch_vary_headers(response, ["X-Browser-Language"])
        return response


def offered_language(request, links):
    """The switcher link of the browser's language when the page is in another one and was reached without a
    language prefix (English); None otherwise. A page under /fr/ or /es/ was chosen: nothing is offered."""
    code = request.META.get(BROWSER_LANGUAGE, "")
    if not code or code == settings.LANGUAGE_CODE or get_language() != settings.LANGUAGE_CODE:
        return None
    return next((link for link in links if link["code"] == code), None)


def shown_language(obj, field):
    """The language `obj.<field>` is shown in on this page: the visitor's, or the first fallback that has a
    text. For the note saying so and for `lang` on the text.

    A toolbox resource may be written in a language the site is not in (Portuguese, Arabic): its texts are in
    the default language's columns, and its `language` says what they really are."""
    current = get_language() or settings.LANGUAGE_CODE
    for code in resolution_order(current):
        if getattr(obj, f"{field}_{code}", None):
            own = getattr(obj, "language", None)
            if code == settings.LANGUAGE_CODE and own and own not in SITE_LANGUAGES:
                return own
            return code
    return current


# --- In queries: modeltranslation rewrites `title` to the visitor's column only (`title_fr`), which is empty
# where a text is not translated, so code that searches or sorts across languages names the columns itself.

def translated_fields(model):
    """The names of `model`'s fields written per language, in the order core/translation.py lists them
    (the title first)."""
    try:
        return tuple(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        return ()


def columns_of(model, names):
    """The columns of fields `names`: those of every language for a translated field (title_en, title_fr,
    title_es), the field itself otherwise."""
    translated = translated_fields(model)
    return [
        column
        for name in names
        for column in ([build_localized_fieldname(name, code) for code in AVAILABLE_LANGUAGES]
                       if name in translated else [name])
    ]


def shown_text(model, name, language=None):
    """SQL for the text of field `name` as `obj.<name>` shows it in `language` (by default the page's): its
    column, else the first fallback language's that is not empty. To sort by what visitors read."""
    if name not in translated_fields(model):
        return F(name)
    language = language or get_language() or settings.LANGUAGE_CODE
    columns = [NullIf(F(build_localized_fieldname(name, code)), Value("")) for code in resolution_order(language)]
    return Coalesce(*columns, output_field=TextField()) if len(columns) > 1 else columns[0]


def alphabetical(expression, language=None):
    """`expression` (a field's name or SQL) sorted A–Z in the alphabet of `language` (by default the page's), not in
    byte order: "Éducation" among the E in French, "Ñ" after "N" in Spanish (core/migrations/0002)."""
    code = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if code not in dict(settings.LANGUAGES):
        code = settings.LANGUAGE_CODE
    return Collate(F(expression) if isinstance(expression, str) else expression, f"alphabet_{code}")


@functools.cache
def _text_fields(model):
    return {field.name for field in model._meta.concrete_fields
            if field.get_internal_type() in ("CharField", "TextField")}


def shown_order(model, *fields):
    """An order_by() list where a translated field sorts by the text the page shows ("-title" too), texts in the
    page's alphabet, ending with the primary key so pages never repeat or skip a row."""
    ordering = []
    for field in fields:
        name = field.lstrip("-")
        expression = shown_text(model, name) if name in translated_fields(model) else F(name)
        if name in _text_fields(model):
            expression = alphabetical(expression)
        ordering.append(expression.desc() if field.startswith("-") else expression.asc())
    return [*ordering, "pk"]
