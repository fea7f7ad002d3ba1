"""Every page type of the portal, as a path on the live site (details found from their lists)."""

import re
import urllib.request

LIST_PAGES = {
    "home": "/",
    "network": "/network/",
    "members": "/members/",
    "projects": "/projects/",
    "toolbox": "/toolbox/",
    "kits": "/toolbox/kits/",
    "news": "/news/",
    "events": "/news/events/",
    "research": "/research/",
    "search-results": "/search/?q=health",
    "toolbox-search": "/toolbox/?q=health",
    "not-found": "/this-page-does-not-exist/",
}
# Detail page type: (list page to find it on, pattern of its links)
DETAIL_PAGES = {
    "member": ("/members/", r'href="(/members/[\w-]+/)"'),
    "project": ("/projects/", r'href="(/projects/[\w-]+/)"'),
    "resource": ("/toolbox/", r'href="(/toolbox/(?!kits/)[\w-]+/)"'),
    "kit": ("/toolbox/kits/", r'href="(/toolbox/kits/[\w-]+/)"'),
    "article": ("/news/", r'href="(/news/(?!events/|feed/|tag/|\d{4}/)[\w-]+/)"'),
    "event": ("/news/events/", r'href="(/news/events/[\w-]+/)"'),
    "research-entry": ("/research/", r'href="(/research/[\w-]+/)"'),
}
# Every public page type is also checked in French and Spanish ("toolbox@fr" is /fr/toolbox/).
OTHER_LANGUAGES = ["fr", "es"]
ADMIN_PAGES = {
    "admin-list": "/admin/toolbox/resource/",
    "admin-change": None,  # the change form of the first resource in the admin list
}


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


def public_page_types():
    """Every public page type, in English and in the other languages."""
    english = [*LIST_PAGES, *DETAIL_PAGES]
    return english + [f"{name}@{language}" for language in OTHER_LANGUAGES for name in english]


def resolve_pages(base_url):
    """{page type: path} for every public page type, in every language."""
    pages = dict(LIST_PAGES)
    for name, (list_path, pattern) in DETAIL_PAGES.items():
        match = re.search(pattern, fetch(base_url + list_path))
        assert match, f"no {name} link found on {list_path}"
        pages[name] = match.group(1)
    for language in OTHER_LANGUAGES:
        pages.update({f"{name}@{language}": f"/{language}{path}" for name, path in list(pages.items())
                      if "@" not in name})
    return pages
