"""What the projects add to the pages of lower apps: members may not import projects, so an organisation's page
loads this tag (tests/core/test_layers.py)."""

from django import template

from ..models import Project

register = template.Library()


@register.inclusion_tag("projects/_projects_of_organisation.html")
def projects_of(organisation):
    """The published projects `organisation` leads or takes part in, in one query; a project it leads and also
    partners in is listed once, as led."""
    projects = list(
        Project.objects.published()
        .involving(organisation)
        .only("title", "slug", "summary", "project_status", "start_date", "end_date", "lead_organisation_id")
    )
    return {
        "led_projects": [project for project in projects if project.lead_organisation_id == organisation.pk],
        "partner_projects": [project for project in projects if project.lead_organisation_id != organisation.pk],
    }
