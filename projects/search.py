"""Projects in the site search (core/search.py)."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource, register

from .models import Project

register(SearchSource(
    key="projects", label=_("Projects"), list_url_name="projects:project-list", list_takes_query=True,
    published=lambda: Project.objects.published(), title_field="title", extract_fields=("summary", "context"),
    columns=("title", "slug", "project_status", "start_date"),
))
