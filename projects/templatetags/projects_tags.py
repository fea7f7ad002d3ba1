"""What the projects add to the pages of lower apps: members may not import projects, so an organisation's page
loads this tag (tests/core/test_layers.py). Also the project list's lines, written in Python."""

from django import template
from django.template.defaultfilters import date, truncatewords
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.dates import date_format
from core.templatetags.core_tags import fallback_note_html, lang_attribute
from members.regions import country_name

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


@register.simple_tag
def project_items(projects):
    """The `<li>` of each project, as the organisation page lists them. Written in Python (escaped by format_html):
    an organisation may lead or join a hundred projects, and through a template include each cost ~0.3 ms."""
    items = []
    for project in projects:
        years = ""
        if project.start_date:
            years = " · " + date(project.start_date, "Y")
            if project.end_date and project.end_date.year != project.start_date.year:
                years += "–" + date(project.end_date, "Y")
        items.append(format_html(
            '<li class="result">\n  <div>\n    <h4{}><a href="{}">{}</a></h4>\n'
            '    <p class="card__meta">{}{}</p>\n    <p{}>{}</p>\n  </div>\n</li>\n',
            lang_attribute(project, "title"), project.get_absolute_url(), project.title,
            project.get_project_status_display(), years,
            lang_attribute(project, "summary"), truncatewords(project.summary, 40),
        ))
    return mark_safe("".join(items))  # every value above went through format_html


def _(message):
    """A translation as {% translate %} writes it: not escaped (translators may write "l'", which stays as is)."""
    return mark_safe(gettext(message))


@register.simple_tag
def project_list_item(project):
    """One line of the project list. Written in Python (escaped by format_html): through the template engine a line
    cost about 0.6 ms, a third of the page (docs/performance.md, "Issue 12: list lines in Python")."""
    image = ""
    if project.image_thumbnail:
        size = (format_html(' width="{}" height="{}"', project.image_thumbnail_width, project.image_thumbnail_height)
                if project.image_thumbnail_width else "")
        image = format_html('<img class="project-result__image" src="{}" alt=""{} loading="lazy">',
                            project.image_thumbnail.url, size)
    meta = [escape(project.get_project_status_display())]
    if project.start_date:
        start = escape(date_format(project.start_date, "YEAR_MONTH_FORMAT"))
        if project.end_date:
            end = escape(date_format(project.end_date, "YEAR_MONTH_FORMAT"))
            meta.append(_("%(start)s to %(end)s") % {"start": start, "end": end})
        else:
            meta.append(_("since %(start)s") % {"start": start})
    if project.countries:
        meta.append(", ".join(escape(country_name(country)) for country in project.countries))
    lead = project.lead_organisation
    led_by = (format_html('<p class="card__meta">{}</p>', mark_safe(_("Led by %(name)s") % {
        "name": escape(lead.display_name)})) if lead is not None and lead.is_published else "")
    areas = project.listed_mission_areas
    return format_html(
        '\n      <li class="result project-result">\n        {}\n        <div>\n'
        '          <h3{}><a href="{}">{}</a></h3>\n          <p class="card__meta">\n            {}\n          </p>\n'
        '          <p{}>{}</p>\n          {}\n          {}\n          {}\n        </div>\n      </li>\n      ',
        image, lang_attribute(project, "title"), project.get_absolute_url(), project.title,
        mark_safe(" · ".join(meta)),  # each part escaped
        lang_attribute(project, "summary"), truncatewords(project.summary, 40),
        fallback_note_html(project, "title", "summary"), led_by,
        format_html('\n          <ul class="tag-list" aria-label="{}">\n            {}\n          </ul>\n          ',
                    _("Mission areas"),
                    mark_safe("".join(format_html('<li class="badge">{}</li>', area.name) for area in areas)))
        if areas else "",
    )
