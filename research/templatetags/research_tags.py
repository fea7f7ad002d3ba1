"""What the research-action adds to the pages of lower apps: projects may not import research, so a project's
page loads this tag (tests/core/test_layers.py)."""

from django import template

from ..models import ResearchEntry

register = template.Library()


@register.inclusion_tag("research/_research_of_project.html")
def research_of(project):
    """The published research-action entries a project takes part in."""
    return {"research_entries": ResearchEntry.objects.published().filter(projects=project)}
