"""The sitemap at /sitemap.xml: every page visitors may see, with the date it last changed.

One section per kind of content, each listing what its model's `published()` returns, so drafts and items
scheduled for later never appear; plus a section for the home page and the list pages, dated by the latest
change of what they list. A section file runs a count and one query for its page of rows, whatever the number
of rows, with only the fields the address and the date need; the index reads every section's number of items and
latest change in one query (`published_totals`).

Addresses use the scheme and host of the request (`protocol = None`), as the canonical links of the pages do;
behind the production proxy, SECURE_PROXY_SSL_HEADER makes that https.

Languages: every page is listed once per language of settings.LANGUAGES (English without a prefix, /fr/, /es/),
each with its hreflang alternates and an x-default pointing to the English address (Django's `i18n`,
`alternates` and `x_default`). The sitemap URL itself stays outside `i18n_patterns`.
"""

from functools import cached_property

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, Max, Value
from django.db.models.functions import Greatest
from django.urls import reverse

from core.cache import request_memo
from members.models import Organisation
from news.models import Article, Event
from projects.models import Project
from research.models import ResearchEntry
from toolbox.models import Kit, Resource

from .models import NetworkPage


class EveryLanguagePaginator(Paginator):
    """Pages of items where each item is listed once per language: a page reads only its own rows (Django's
    multilingual sitemap would read every row of the section to build its list of pairs)."""

    def __init__(self, items, per_page, languages):
        super().__init__(items, per_page)
        self.languages = languages

    def _get_page(self, object_list, number, paginator):
        pairs = [(item, code) for item in object_list for code in self.languages]
        return super()._get_page(pairs, number, paginator)


class BaseSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    # The number of items, when the index already read it with every section's (get_latest_lastmod()).
    known_count = None

    @property
    def paginator(self):
        languages = self._languages()
        paginator = EveryLanguagePaginator(self.items(), max(1, self.limit // len(languages)), languages)
        if self.known_count is not None:
            paginator.count = self.known_count  # items: the pages are cut in items, each listed in every language
        return paginator


class PublishedSitemap(BaseSitemap):
    """The published items of `model`, dated by their last edit (or publication time, if later).

    Split into files of `limit` addresses (limit / 3 items, each in three languages) listed by the index at
    /sitemap.xml, so no request loads tens of thousands of rows at once."""

    model = None
    limit = 5000
    # What get_absolute_url() and lastmod() read.
    fields = ("slug", "updated_at")

    def items(self):
        return self.model.objects.published().only(*self.fields).order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # For the index, which then asks for the number of files: both from the one query of every section's.
        self.known_count, latest = published_totals()[self.model]
        return latest


class ScheduledSitemap(PublishedSitemap):
    fields = ("slug", "updated_at", "published_at")

    def lastmod(self, item):
        # Written before its publication time: it changed for visitors when it appeared.
        return max(item.updated_at, item.published_at)


class NetworkPageSitemap(PublishedSitemap):
    model = NetworkPage


class OrganisationSitemap(PublishedSitemap):
    model = Organisation


class ProjectSitemap(PublishedSitemap):
    model = Project


class ResourceSitemap(PublishedSitemap):
    model = Resource
    fields = ("slug", "updated_at", "files_updated_at")

    def lastmod(self, item):
        return max(filter(None, [item.updated_at, item.files_updated_at]))


class KitSitemap(PublishedSitemap):
    model = Kit


class ArticleSitemap(ScheduledSitemap):
    model = Article


class EventSitemap(ScheduledSitemap):
    model = Event


class ResearchEntrySitemap(ScheduledSitemap):
    model = ResearchEntry


# The latest change of each model, as an expression over its published rows.
LAST_CHANGE = {
    NetworkPage: Max("updated_at"),
    Organisation: Max("updated_at"),
    Project: Max("updated_at"),
    # PostgreSQL's GREATEST skips NULL: a resource whose files never changed counts its edits.
    Resource: Max(Greatest("updated_at", "files_updated_at")),
    Kit: Max("updated_at"),
    Article: Max(Greatest("updated_at", "published_at")),
    Event: Max(Greatest("updated_at", "published_at")),
    ResearchEntry: Max(Greatest("updated_at", "published_at")),
}


def published_totals():
    """{model: (number of published items, when the latest of them changed or None)}, for all models in one UNION
    query, made once per request (the index asks for each section's, and the list pages' section for all).

    Each part is an aggregate without GROUP BY (the constant `section` is not grouped on), so it always gives one
    row, with 0 and NULL for a model without published items.
    """
    memo = request_memo.get()
    if memo is not None and "sitemap_totals" in memo:
        return memo["sitemap_totals"]
    models = list(LAST_CHANGE)
    parts = [
        model.objects.published()
        .order_by()
        .annotate(section=Value(index, output_field=IntegerField()))
        .values("section")
        .annotate(items=Count("pk"), latest=LAST_CHANGE[model])
        .values_list("section", "items", "latest")
        for index, model in enumerate(models)
    ]
    rows = parts[0].union(*parts[1:], all=True)
    totals = {models[section]: (items, latest) for section, items, latest in rows}
    if memo is not None:
        memo["sitemap_totals"] = totals
    return totals


class ListPagesSitemap(BaseSitemap):
    """The home page and the list pages. The Network's first address answers only once a page is published."""

    # URL name: the models whose items the page lists (None: everything, for the home page).
    pages = {
        "home": None,
        "network:index": [NetworkPage],
        "members:organisation-list": [Organisation],
        "projects:project-list": [Project],
        "toolbox:resource-list": [Resource],
        "toolbox:kit-list": [Kit],
        "research:entry-list": [ResearchEntry],
        "news:article-list": [Article],
        "news:event-list": [Event],
    }

    @cached_property
    def latest(self):
        return {model: latest for model, (_items, latest) in published_totals().items()}

    def get_latest_lastmod(self):
        return max(filter(None, self.latest.values()), default=None)

    def items(self):
        return [name for name in self.pages if name != "network:index" or self.latest.get(NetworkPage)]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        models = self.pages[item] or list(LAST_CHANGE)
        return max(filter(None, (self.latest.get(model) for model in models)), default=None)


# Classes, not instances: the sitemap view makes fresh ones per request (ListPagesSitemap caches per instance).
SITEMAPS = {
    "pages": ListPagesSitemap,
    "network": NetworkPageSitemap,
    "members": OrganisationSitemap,
    "projects": ProjectSitemap,
    "toolbox": ResourceSitemap,
    "kits": KitSitemap,
    "news": ArticleSitemap,
    "events": EventSitemap,
    "research": ResearchEntrySitemap,
}
