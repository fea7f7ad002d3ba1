"""What the research-action adds to the pages of lower apps: projects may not import research, so a project's
page loads this tag (tests/core/test_layers.py). Also the research list's lines and an entry's stage, written in
Python."""

from django import template
from django.template.defaultfilters import truncatewords
from django.utils import formats, timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.dates import date_format
from core.templatetags.core_tags import fallback_note_html, lang_attribute

from ..models import ResearchEntry

register = template.Library()


def _(message):
    """A translation as {% translate %} writes it: not escaped (translators may write "l'", which stays as is)."""
    return mark_safe(gettext(message))


@register.inclusion_tag("research/_research_of_project.html")
def research_of(project):
    """The published research-action entries a project takes part in."""
    return {"research_entries": ResearchEntry.objects.published().filter(projects=project)}


@register.simple_tag
def entry_stage(entry):
    """An entry's stage: a call's deadline (in the deadline's time zone), open or closed, else its research status."""
    if not (entry.is_call and entry.deadline):
        return format_html('<span class="research-stage">{}</span>', entry.get_research_status_display())
    deadline = timezone.localtime(entry.deadline, entry.deadline_zone)
    when = {"date": escape(date_format(deadline, "DATE_FORMAT"))}
    if entry.is_call_closed:
        return format_html('<span class="research-stage research-stage--closed">{}</span> '
                           '<time class="card__meta" datetime="{}">{}</time>',
                           _("Call closed"), date_format(deadline, "c"),
                           mark_safe(_("(deadline was %(date)s)") % when))  # the date was escaped
    when.update(time=escape(formats.time_format(deadline, "TIME_FORMAT")), zone=escape(entry.deadline_zone_name))
    return format_html('<time class="research-stage research-stage--open" datetime="{}">{}</time>',
                       date_format(deadline, "c"),
                       mark_safe(_("Call open until %(date)s, %(time)s (%(zone)s)") % when))  # values escaped


def entry_dates(entry):
    """ "May 2025 to April 2027", "from May 2025", "until April 2027" (escaped), or ""."""
    start, end = (escape(date_format(day, "YEAR_MONTH_FORMAT")) if day else "" for day in (entry.start_date,
                                                                                            entry.end_date))
    if start and end:
        return _("%(start)s to %(end)s") % {"start": start, "end": end}
    if start:
        return _("from %(start)s") % {"start": start}
    return _("until %(end)s") % {"end": end} if end else ""


@register.simple_tag
def entry_item(entry):
    """One line of the research-action list. Written in Python (escaped by format_html): through its three templates
    it cost about 0.9 ms a line (docs/performance.md, "Issue 12: list lines in Python")."""
    dates = entry_dates(entry)
    parts = [
        format_html('\n<li class="result research-result">\n  <div>\n    <h3{}><a href="{}">{}</a></h3>\n'
                    '    <p class="research-result__stage">{}{}</p>\n    <p{}>{}</p>\n    {}\n    ',
                    lang_attribute(entry, "title"), entry.get_absolute_url(), entry.title, entry_stage(entry),
                    format_html(' <span class="card__meta">{}</span>', mark_safe(dates)) if dates else "",
                    lang_attribute(entry, "summary"), truncatewords(entry.summary, 40),
                    fallback_note_html(entry, "title", "summary")),
    ]
    labelled = '\n    <p class="card__meta"><span class="research-result__label">{}</span> {}</p>\n    '
    if entry.published_projects:
        parts.append(format_html(labelled, _("Field projects:"),
                                 ", ".join(project.title for project in entry.published_projects)))
    parts.append("\n    ")
    if entry.listed_partners:
        parts.append(format_html(labelled, _("Partner institutions:"),
                                 ", ".join(organisation.display_name for organisation in entry.listed_partners)))
    parts.append("\n    ")
    if entry.listed_mission_areas:
        badges = "".join(format_html('<li class="badge">{}</li>', area.name) for area in entry.listed_mission_areas)
        parts.append(format_html('\n    <ul class="tag-list" aria-label="{}">\n      {}\n    </ul>\n    ',
                                 _("Mission areas"), mark_safe(badges)))  # each escaped
    parts.append("\n  </div>\n</li>\n")
    return mark_safe("".join(parts))  # every part went through format_html or escape
