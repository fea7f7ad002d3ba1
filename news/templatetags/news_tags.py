"""What the news add to the pages of lower apps (an organisation's, a project's): those apps may not import news,
so their pages load this tag (tests/core/test_layers.py)."""

from django import template
from django.template.defaultfilters import truncatewords, urlencode
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.dates import date_format, zone_name
from core.templatetags.core_tags import fallback_note_html, lang_attribute
from members.models import Organisation
from members.regions import country_name

from ..models import Article

register = template.Library()

ISO_WITH_OFFSET = "%Y-%m-%dT%H:%M:%S%z"  # 2026-12-03T14:00:00+0100


@register.inclusion_tag("news/_related_news.html")
def articles_of(owner):
    """The five latest published articles about an organisation or a project."""
    about = {"organisations": owner} if isinstance(owner, Organisation) else {"projects": owner}
    return {"articles": Article.objects.published().filter(**about).defer("body")[:5]}


@register.simple_tag
def event_when(event):
    """When an event takes place, in its own time zone named as people say it: "3 December 2026, 14:00–16:00
    (Paris time)", "1er décembre 2026, 14:00–16:00 (heure de Paris)", the end's date only when it ends on another
    day. Built here rather than in a template: lists show up to 40 events, and
    seven `date` filters in a `{% timezone %}` block cost most of each item."""
    start, end = timezone.localtime(event.start_at, event.zone), timezone.localtime(event.end_at, event.zone)
    end_day = f"{date_format(end, 'DATE_FORMAT')}, " if start.date() != end.date() else ""
    # strftime writes the times as Django's formats r"Y-m-d\TH:i:sO" and "H:i" did, at a tenth of the cost.
    return format_html(
        '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}{}</time> <span class="event-zone">({})</span>',
        start.strftime(ISO_WITH_OFFSET), date_format(start, "DATE_FORMAT"), start.strftime("%H:%M"),
        end.strftime(ISO_WITH_OFFSET), end_day, end.strftime("%H:%M"), zone_name(event.zone),
    )


@register.simple_tag
def event_place(event):
    """Where an event takes place, what is known of it: "Venue, City, Country · Online" (escaped as a tag's text).
    In Python: a template included per event cost ~0.3 ms each, on lists of up to 40 events."""
    country = country_name(event.country) if event.country else ""
    place = ", ".join(part for part in (event.venue, event.city, country) if part)
    if event.is_online:
        return f"{place} · {_('Online')}" if place else _("Online")
    return place


@register.simple_tag
def article_item(article):
    """One line of the news list and archive (`for_listing()` articles). Written in Python (escaped by format_html):
    through a template included per article a line cost about 0.5 ms (docs/performance.md, "Issue 12: list lines
    in Python")."""
    published = timezone.localtime(article.published_at)
    tags = ""
    if article.listed_tags:
        news_url = reverse("news:article-list")
        tags = format_html(
            '\n    <ul class="tag-list" aria-label="{}">\n      {}\n    </ul>\n    ', mark_safe(_("Topics")),
            mark_safe("".join(format_html('<li><a class="badge" href="{}?tag={}">{}</a></li>', news_url,
                                          urlencode(tag.slug), tag.label) for tag in article.listed_tags)))
    image = ""
    if article.image_thumbnail:
        size = (format_html(' width="{}" height="{}"', article.image_thumbnail_width, article.image_thumbnail_height)
                if article.image_thumbnail_width else "")
        image = format_html('<img class="article-result__image" src="{}" alt=""{} loading="lazy" decoding="async">',
                            article.image_thumbnail.url, size)
    return format_html(
        '\n<li class="result article-result">\n  <div class="article-result__text">\n'
        '    <h3{}><a href="{}">{}</a></h3>\n'
        '    <p class="card__meta"><time datetime="{}">{}</time></p>\n    <p{}>{}</p>\n    {}\n    {}\n  </div>\n'
        '  {}\n</li>\n',
        lang_attribute(article, "title"), article.get_absolute_url(), article.title,
        date_format(published, "c"), date_format(published, "DATE_FORMAT"),
        lang_attribute(article, "summary"), truncatewords(article.summary, 40),
        fallback_note_html(article, "title", "summary"), tags, image,
    )

