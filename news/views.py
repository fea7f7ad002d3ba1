"""News articles: the filtered list, the yearly archive and the article page.

Every query starts from `Article.objects.published()`, so a draft or an article scheduled for later is hidden on all
these pages (and in previous/next links and the "latest news") until its time, without anyone acting.
"""

from urllib.parse import quote, urlencode

from django.db.models import Prefetch, Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext
from django.views.generic import DetailView, YearArchiveView

from core.listing import FacetedListView
from core.preview import PreviewMixin
from members.models import Organisation
from projects.models import Project
from toolbox.models import Resource

from .filters import ArticleFilter, published_years
from .models import Article

ARTICLES_PER_PAGE = 12
LATEST_COUNT = 5
NEWEST_FIRST = ["-published_at", "-pk"]


def latest_articles_for(*, organisation=None, project=None, limit=5):
    """The latest published articles about an organisation and/or a project (instances or ids), newest first."""
    articles = Article.objects.for_listing().order_by(*NEWEST_FIRST)
    if organisation is not None:
        articles = articles.filter(organisations=organisation)
    if project is not None:
        articles = articles.filter(projects=project)
    return articles[:limit]


def feed_links(tag=None):
    """The RSS and Atom feeds for the page: of all news, or of one tag's news (None for a tag the feed addresses
    cannot hold: taggit makes non-ASCII slugs such as "santé", the URL's slug converter takes ASCII only)."""
    if tag is None:
        return {"rss": reverse("news:feed-rss"), "atom": reverse("news:feed-atom")}
    try:
        return {
            "rss": reverse("news:tag-feed-rss", kwargs={"tag": tag}),
            "atom": reverse("news:tag-feed-atom", kwargs={"tag": tag}),
        }
    except NoReverseMatch:
        return None


class ArticleListView(FacetedListView):
    """Published news, newest first, filtered by topic, mission area and year, with counts beside each value."""

    filterset_class = ArticleFilter
    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE
    facets = {"tag": "tags__slug", "mission_area": "mission_areas__slug", "year": "published_at__year"}

    def get_queryset(self):
        return Article.objects.for_listing().order_by(*NEWEST_FIRST)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The years come from the choices the filter form already read: no extra query.
        context["years"] = [int(value) for value, _label in ArticleFilter.choices_for(self.request)["year"] if value]
        context["feeds"] = feed_links()
        tag = self.filterset.form.cleaned_data.get("tag") if self.filterset.is_valid() else None
        if tag:
            context["tag_name"] = dict(ArticleFilter.choices_for(self.request)["tag"]).get(tag, tag)
            context["tag_feeds"] = feed_links(tag)
        return context


class ArticleYearArchiveView(YearArchiveView):
    """The published news of one year; a year without any is a 404 (also a year that only has scheduled news)."""

    template_name = "news/article_archive.html"
    context_object_name = "articles"
    date_field = "published_at"
    make_object_list = True
    allow_empty = False
    allow_future = False
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        return Article.objects.for_listing().order_by(*NEWEST_FIRST)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["years"] = published_years()
        context["feeds"] = feed_links()
        return context


def share_links(*, url, title):
    """Plain links that share `url`: nothing is loaded from these sites until the visitor follows one."""
    text = f"{title} {url}"
    sites = [
        ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})),
        ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ("x", "X (Twitter)", "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title})),
        ("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": text})),
    ]
    return [
        # mailto: wants %20 for spaces, not "+".
        {"name": "email", "label": gettext("Send by e-mail"),
         "href": f"mailto:?subject={quote(title, safe='')}&body={quote(text, safe='')}"},
        *({"name": name, "label": gettext("Share on %(site)s") % {"site": site}, "href": href}
          for name, site, href in sites),
    ]


class ArticleDetailView(PreviewMixin, DetailView):
    """One published article with its links, attachments, neighbours and share links. Drafts and scheduled: 404."""

    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().select_related("kit").prefetch_related(
            "tags",
            "mission_areas",
            Prefetch(
                "organisations",
                queryset=Organisation.objects.published().only("name", "acronym", "slug", "status"),
                to_attr="published_organisations",
            ),
            Prefetch(
                "projects",
                queryset=Project.objects.published().only("title", "slug", "status").order_by("title"),
                to_attr="published_projects",
            ),
            # for_listing() brings each resource's files and organisations, for the download links.
            Prefetch("resources", queryset=Resource.objects.for_listing(), to_attr="published_resources"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        others = Article.objects.published().exclude(pk=article.pk).only("title", "slug", "published_at")
        same_time = Q(published_at=article.published_at)
        # The redundant `lte`/`gte` lets PostgreSQL start its walk of the date index at this article: the OR alone
        # is only a filter, so it read every article published since (up to thousands, ~20 ms) to find one.
        previous = (others.filter(published_at__lte=article.published_at)
                    .filter(Q(published_at__lt=article.published_at) | (same_time & Q(pk__lt=article.pk)))
                    .order_by(*NEWEST_FIRST)[:1])
        following = (others.filter(published_at__gte=article.published_at)
                     .filter(Q(published_at__gt=article.published_at) | (same_time & Q(pk__gt=article.pk)))
                     .order_by("published_at", "pk")[:1])
        # Both in one query (UNION ALL), told apart by their place before or after this article.
        here = (article.published_at, article.pk)
        neighbours = list(previous.union(following, all=True))
        context["previous_article"] = next((other for other in neighbours if (other.published_at, other.pk) < here),
                                           None)
        context["next_article"] = next((other for other in neighbours if (other.published_at, other.pk) > here), None)
        context["latest_articles"] = others.order_by(*NEWEST_FIRST)[:LATEST_COUNT]
        absolute_url = self.request.build_absolute_uri(article.get_absolute_url())
        context["absolute_url"] = absolute_url
        context["share_links"] = share_links(url=absolute_url, title=article.title)
        context["feeds"] = feed_links()
        return context
