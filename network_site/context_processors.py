import functools

from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.languages import offered_language, switcher_links

# The site's tabs, in order. A tab is listed here once its app has public pages.
NAVIGATION = [
    ("network:index", _("The Network")),
    ("members:organisation-list", _("Members")),
    ("projects:project-list", _("Projects")),
    ("toolbox:resource-list", _("Toolbox")),
    ("research:entry-list", _("Research-action")),
    ("news:article-list", _("News")),
]


@functools.cache
def tab_urls(script_prefix, language):
    """The tabs' addresses in a language: the same for every request, so reversed once per process."""
    return [reverse(url_name) for url_name, _label in NAVIGATION]


def site(request):
    """Navigation tabs (with the current one marked), the language switcher and the language offered to the
    browser, and contact details, for every page. No queries."""
    path = getattr(request, "path", "")
    tabs = [
        {"url": url, "label": label, "is_current": path.startswith(url)}
        for url, (_url_name, label) in zip(tab_urls(get_script_prefix(), get_language()), NAVIGATION, strict=True)
    ]
    languages = switcher_links(request) if hasattr(request, "get_full_path") else []
    return {
        "nav_tabs": tabs,
        "contact_email": settings.CONTACT_EMAIL,
        "languages": languages,
        "offered_language": offered_language(request, languages) if languages else None,
    }
