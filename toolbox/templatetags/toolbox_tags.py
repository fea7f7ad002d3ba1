import functools
from urllib.parse import urlencode

from django import template
from django.template.defaultfilters import filesizeformat, truncatewords
from django.urls import reverse
from django.utils import translation
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, ngettext
from django.utils.translation import gettext as _

from core import languages
from core.templatetags.core_tags import fallback_note_html, lang_attribute
from core.templatetags.dates import date
from members.models import Organisation

from .. import services
from ..models import Resource

register = template.Library()


@register.inclusion_tag("toolbox/_resource_section.html")
def resources_of(owner):
    """The published resources of an organisation (its ten latest, and a link to all of them in the toolbox) or of a
    project (its twenty latest), for their pages: members and projects may not import the toolbox."""
    if isinstance(owner, Organisation):
        more_url = f"{reverse('toolbox:resource-list')}?{urlencode({'organisation': owner.slug})}"
        return {"resources": Resource.objects.for_listing().filter(organisations=owner)[:10], "more_url": more_url}
    return {"resources": Resource.objects.for_listing().filter(project=owner)[:20]}


@register.simple_tag
def resource_item(resource, heading_level=2):
    """A resource's line in a list (toolbox/_resource_item.html): kind, year, title, summary, makers, languages
    and download links. Written in Python (escaped by format_html): through the template engine a line cost
    ~0.5 ms, and a list shows twenty (docs/performance.md). Writes what the template wrote, blank lines included."""
    heading = heading_level or 2
    badge = ""
    if resource.is_members_only:
        badge = format_html(' <span class="badge badge--members">{}</span>', _("Members only"))
    organisations = resource.organisations.all()
    makers = ""
    if organisations:
        makers = format_html("{} · ", ", ".join(organisation.display_name for organisation in organisations))
    return format_html(
        '<li class="result resource">\n'
        '  <div>\n'
        '    <p class="card__meta">{} · <time datetime="{}">{}</time>{}</p>\n'
        '    <h{}{}><a href="{}">{}</a></h{}>\n'
        '    <p{}>{}</p>\n'
        '    {}\n'
        '    <p class="card__meta">\n'
        '      {}\n'
        '      {} {}\n'
        '    </p>\n'
        '    {}\n'
        '  </div>\n'
        '</li>',
        resource.get_kind_display(), resource.date.isoformat(), f"{resource.date.year:04d}", badge,
        heading, lang_attribute(resource, "title"), resource.get_absolute_url(), resource.title, heading,
        lang_attribute(resource, "summary"), truncatewords(resource.summary, 40),
        fallback_note_html(resource, "title", "summary"),
        makers,
        _("Available in:"), language_list(resource.languages),
        download_links(resource),
    )


@register.simple_tag
def kit_card(kit):
    """A kit's card in the kits list: cover, title, event, description and its number of resources (`item_count`).
    Written in Python like resource_item: through the template the twenty cards were ~40% of the page's time."""
    cover = ""
    if kit.cover:
        size = ""
        if kit.cover_thumbnail_width:
            size = format_html(' width="{}" height="{}"', localize(kit.cover_thumbnail_width),
                               localize(kit.cover_thumbnail_height))
        cover = format_html('<img class="card__image" src="{}" alt="{}"{}{} loading="lazy">',
                            (kit.cover_thumbnail or kit.cover).url, kit.cover_alt, lang_attribute(kit, "cover_alt"),
                            size)
    event = ""
    if kit.event:
        when = f" · {date(kit.event_date, 'YEAR_MONTH_FORMAT')}" if kit.event_date else ""
        event = format_html('<p class="card__meta">{}{}</p>', kit.event, when)
    count = ngettext("%(counter)s resource", "%(counter)s resources", kit.item_count) % {
        "counter": localize(kit.item_count)}
    return format_html(
        '<li class="card">\n'
        '      {}\n'
        '      <h2{}><a href="{}">{}</a></h2>\n'
        '      {}\n'
        '      <p{}>{}</p>\n'
        '      {}\n'
        '      <p class="card__meta">{}</p>\n'
        '    </li>',
        cover,
        lang_attribute(kit, "title"), kit.get_absolute_url(), kit.title,
        event,
        lang_attribute(kit, "description"), truncatewords(kit.description, 30),
        fallback_note_html(kit, "title", "description"),
        count,
    )


@register.filter
def language_name(code):
    """A language's name as the language switcher shows it, in that language ("fr" → "Français"), marked with
    `lang` (and `dir` for a right-to-left language) when the page is in another language, so a screen reader
    pronounces it right (WCAG 3.1.2). Safe HTML, for text; `languages.language_name` gives the plain name."""
    return _language_name_html(code, get_language())


@functools.lru_cache(maxsize=128)
def _language_name_html(code, current):
    # A few languages, three page languages: each written once per process, not once per file of a list.
    name = languages.language_name(code)
    if code == current:
        return format_html("{}", name)
    try:
        right_to_left = get_language_info(code)["bidi"]
    except KeyError:
        return format_html("{}", name)  # not a language Django knows: no `lang` to claim
    if right_to_left:
        return format_html('<span lang="{}" dir="rtl">{}</span>', code, name)
    return format_html('<span lang="{}">{}</span>', code, name)


def _description(parts):
    """Parts joined with ", ", each escaped unless it is already safe HTML (a language's name). What
    format_html_join(", ", "{}", …) gives, without formatting each part: a list line describes each of its files."""
    return mark_safe(", ".join(conditional_escape(part) for part in parts))  # each part escaped


@register.simple_tag
def file_description(resource_file):
    """What a visitor gets: "PDF, 4 pages, 280 KB, Français"."""
    parts = [resource_file.get_format_display()]
    if resource_file.page_count:
        parts.append(ngettext("%(count)d page", "%(count)d pages", resource_file.page_count)
                     % {"count": resource_file.page_count})
    parts.append(filesizeformat(resource_file.size))
    parts.append(language_name(resource_file.language))
    return _description(parts)


@register.simple_tag
def sheet_description(resource, language=None):
    """What the sheet in `language` (the page's by default) is: "PDF, 2 pages, 31 KB, Français". Its headings are
    in that language; the language named is the one its texts are shown in (another one where they are not
    written in that language yet, as on the page)."""
    if language is None and hasattr(resource, "page_sheet_size"):  # Resource.objects.with_page_sheet()
        size, page_count = resource.page_sheet_size, resource.page_sheet_page_count
    else:
        sheet = resource.sheet_in(language)
        size, page_count = (sheet.size, sheet.page_count) if sheet is not None else (None, None)
    language = language or get_language()
    parts = ["PDF"]
    if page_count:
        parts.append(ngettext("%(count)d page", "%(count)d pages", page_count) % {"count": page_count})
    if size:
        parts.append(filesizeformat(size))
    with translation.override(language):
        text_language = languages.shown_language(resource, "summary")
    parts.append(language_name(text_language))
    return _description(parts)


@register.simple_tag
def download_links(resource):
    """The download links of a resource in a list: each file (the page's language first), or the uniform sheet when
    it has none. Written in Python (escaped by format_html): through the template they were a third of a list
    line's time, and a list shows twenty lines (docs/performance.md)."""
    title = format_html("<span{}>{}</span>", lang_attribute(resource, "title"), resource.title)
    files = page_language_first(resource.files.all())
    if files:
        links = [format_html('\n      <li><a href="{}" hreflang="{}" download>{} <span class="download-links__what">'
                             '({})</span><span class="visually-hidden">: {}</span></a></li>\n      ',
                             file.get_absolute_url(), file.language, _("Download"), file_description(file), title)
                 for file in files]
    else:
        links = [format_html('<li><a href="{}" download>{} <span class="download-links__what">({})</span>'
                             '<span class="visually-hidden">: {}</span></a></li>\n    ',
                             resource.get_sheet_url(), _("Download the sheet"), sheet_description(resource), title)]
    # The blank lines and indentation the template wrote, so the page stays the same.
    return format_html('\n    \n    <ul class="download-links">\n      {}{}</ul>\n    \n    ',
                       mark_safe("".join(links)),  # each went through format_html
                       "\n    " if files else "")


@register.filter
def language_list(codes):
    """["en", "fr"] (or one code) → "English, Français" (the page's language first)."""
    codes = [codes] if isinstance(codes, str) else list(codes or [])
    return _description(language_name(code) for code in services.page_language_first(codes, get_language(), code=str))


@register.filter
def page_language_first(files):
    """A resource's files (or a kit's ZIPs) with the one in the page's language first, then the others in a stable
    order."""
    return services.page_language_first(files, get_language())


@register.simple_tag
def available_in_note(files, current_language=None):
    """ "Also available in: English, Español": the languages of `files` other than the page's, or ""."""
    current_language = current_language or get_language()
    others = [language_name(file.language) for file in services.page_language_first(files, current_language)
              if file.language != current_language]
    if not others:
        return ""
    # The translated sentence is escaped; only the names (safe HTML with `lang`) are put in as they are.
    before, _placeholder, after = _("Also available in: %(languages)s").partition("%(languages)s")
    return format_html("{}{}{}", before, _description(others), after)
