from django.conf import settings
from django.urls import reverse
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


def site(request):
    """Navigation tabs (with the current one marked), the language switcher and the language offered to the
    browser, and contact details, for every page. No queries."""
    path = getattr(request, "path", "")
    tabs = []
    for url_name, label in NAVIGATION:
        url = reverse(url_name)
        tabs.append({"url": url, "label": label, "is_current": path.startswith(url)})
    languages = switcher_links(request) if hasattr(request, "get_full_path") else []
    return {
        "nav_tabs": tabs,
        "contact_email": settings.CONTACT_EMAIL,
        "languages": languages,
        "offered_language": offered_language(request, languages) if languages else None,
    }
