from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from toolbox.models import FILE_LANGUAGES

register = template.Library()
LANGUAGE_NAMES = dict(FILE_LANGUAGES)


@register.filter
def language_name(code):
    """The display name of a file language code ("fr" → "French"), translated."""
    return str(LANGUAGE_NAMES.get(code, code))


@register.simple_tag
def file_description(resource_file):
    """What a visitor gets: "PDF, 4 pages, 280 KB, French"."""
    parts = [resource_file.get_format_display()]
    if resource_file.page_count:
        parts.append(ngettext("%(count)d page", "%(count)d pages", resource_file.page_count)
                     % {"count": resource_file.page_count})
    parts.append(filesizeformat(resource_file.size))
    parts.append(language_name(resource_file.language))
    return ", ".join(str(part) for part in parts)


@register.simple_tag
def sheet_description(resource):
    parts = ["PDF"]
    if resource.sheet_page_count:
        parts.append(ngettext("%(count)d page", "%(count)d pages", resource.sheet_page_count)
                     % {"count": resource.sheet_page_count})
    if resource.sheet_size:
        parts.append(filesizeformat(resource.sheet_size))
    parts.append(language_name(resource.language))
    return ", ".join(str(part) for part in parts)


@register.filter
def language_list(codes):
    """ "en,fr" → "English, French"."""
    return ", ".join(language_name(code) for code in (codes or "").split(",") if code)


@register.simple_tag
def available_in_note(files, current_language):
    others = [language_name(file.language) for file in files if file.language != current_language]
    return _("Also available in: %(languages)s") % {"languages": ", ".join(others)} if others else ""
