"""News articles and events in the site search (core/search.py)."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource, register

from .models import Article, Event

register(SearchSource(
    key="news", label=_("News"), list_url_name="news:article-list", list_takes_query=False,
    published=lambda: Article.objects.published(), title_field="title", extract_fields=("summary", "body"),
    columns=("title", "slug", "published_at"), newest=("-published_at", "-pk"),
))
register(SearchSource(
    key="events", label=_("Events"), list_url_name="news:event-list", list_takes_query=False,
    published=lambda: Event.objects.published(), title_field="title", extract_fields=("summary", "description"),
    columns=("title", "slug", "kind", "start_at", "time_zone", "city", "is_online"),
))
