"""The members directory's lines, written in Python."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from ..regions import country_name

register = template.Library()


@register.simple_tag
def organisation_list_item(organisation):
    """One line of the members directory. Written in Python (escaped by format_html): through the template engine
    a line cost about 0.3 ms, a third of the page (docs/performance.md, "Issue 12: list lines in Python")."""
    logo = (format_html('<img class="result__logo" src="{}" alt="" width="64" height="64" loading="lazy">',
                        organisation.logo_thumbnail.url) if organisation.logo_thumbnail else "")
    name, acronym = organisation.name, organisation.acronym
    meta = [escape(organisation.get_kind_display()), escape(organisation.get_membership_display())]
    if organisation.joined_year:
        # As {% blocktranslate %} writes it: the translation as it is, the year escaped.
        meta.append(gettext("joined in %(year)s") % {"year": escape(organisation.joined_year)})
    place = ""
    if organisation.country or organisation.city:
        city, country = organisation.city, organisation.country
        where = ((f"{escape(city)}{', ' if country else ''}" if city else "")
                 + (escape(country_name(country)) if country else ""))
        region = f" · {escape(organisation.get_region_display())}" if organisation.region else ""
        place = format_html("\n          <p>{}{}</p>\n          ", mark_safe(where), mark_safe(region))
    return format_html(
        '\n      <li class="result">\n        {}\n        <div>\n          <h3><a href="{}">{}</a>{}</h3>\n'
        '          <p class="card__meta">{}</p>\n          {}\n        </div>\n      </li>\n      ',
        logo, organisation.get_absolute_url(), name,
        format_html(' <span class="members-acronym">({})</span>', acronym) if acronym and acronym != name else "",
        mark_safe(" · ".join(meta)),  # each part escaped
        place,
    )
