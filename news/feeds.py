"""RSS 2.0 and Atom 1.0 feeds of the latest news, for all news and per tag.

Links are made absolute by the syndication framework from the request's host. Items come from
`Article.objects.for_listing()`, so drafts and scheduled articles never appear before their time.
"""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .filters import published_tags
from .models import Article

FEED_LENGTH = 20
NETWORK_NAME = _("Education and Solidarity Network")


class LatestNewsRss(Feed):
    feed_type = Rss201rev2Feed
    title = _("News of the Education and Solidarity Network")
    description = _(
        "News of the education unions, mutual health societies and partners of the Education and Solidarity "
        "Network, for the health and social protection of education staff."
    )
    author_name = NETWORK_NAME
    item_author_name = NETWORK_NAME

    def link(self):
        return reverse("news:article-list")

    def items(self):
        return Article.objects.for_listing().order_by("-published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers take a description as HTML (Atom says so: type="html"); the summary is plain text.
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # Atom requires <updated> on every entry; an article edited before its scheduled time was updated "then".
        return max(item.published_at, item.updated_at)

    def item_categories(self, item):
        return [tag.label for tag in item.listed_tags]

    def item_enclosures(self, item):
        """The article's picture, as its page shows it (the WebP copy), for feed readers to show beside it."""
        if not item.image_thumbnail:
            return []
        try:
            length = item.image_thumbnail.size
        except OSError:  # missing from storage: the entry goes without its picture
            return []
        return [Enclosure(item.image_thumbnail.url, str(length), "image/webp")]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # The syndication framework makes links absolute, not enclosures: their address must be (RSS 2.0).
        for entry in feed.items:
            for enclosure in entry["enclosures"]:
                enclosure.url = request.build_absolute_uri(enclosure.url)
        return feed


class LatestNewsAtom(LatestNewsRss):
    feed_type = Atom1Feed
    subtitle = LatestNewsRss.description


class TagNewsRss(LatestNewsRss):
    """The latest news with one tag; an unknown tag, or one only drafts carry, is a 404."""

    def get_object(self, request, tag):
        return get_object_or_404(published_tags(), slug=tag)

    def title(self, obj):
        return _("News of the Education and Solidarity Network: %(tag)s") % {"tag": obj.label}

    def description(self, obj):
        return _("The latest news of the Education and Solidarity Network about %(tag)s.") % {"tag": obj.label}

    def link(self, obj):
        return f"{reverse('news:article-list')}?{urlencode({'tag': obj.slug})}"

    def items(self, obj):
        return Article.objects.for_listing().filter(tags=obj).order_by("-published_at", "-pk")[:FEED_LENGTH]


class TagNewsAtom(TagNewsRss):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
