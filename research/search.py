"""Research-action in the site search (core/search.py)."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource, register

from .models import ResearchEntry

register(SearchSource(
    key="research", label=_("Research-action"), list_url_name="research:entry-list", list_takes_query=False,
    published=lambda: ResearchEntry.objects.published(), title_field="title",
    extract_fields=("summary", "research_question"), columns=("title", "slug", "research_status", "deadline"),
))
