"""Downloads at a glance: counts per day and top resources for the staff, read from the per-day count tables
(DownloadCount for files and sheets, KitDownloadCount for kit ZIPs), one query each, and drawn as SVG on the
server (pygal) so the plots read without JavaScript."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

from django.db.models import Q, Sum
from django.http import HttpResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.dates import date_format

from .models import DownloadCount, KitDownloadCount, Resource

DAYS = 90


def window(days=DAYS):
    """The `days` days ending today (the site's time zone), oldest first."""
    today = timezone.localdate()
    return [today - datetime.timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def _per_day(counts, days):
    """(day, downloads) for every day of the window, days without downloads as 0. One query."""
    dates = window(days)
    totals = dict(counts.filter(day__gte=dates[0], day__lte=dates[-1]).values_list("day").annotate(Sum("count")))
    return [(day, totals.get(day, 0)) for day in dates]


def downloads_per_day(*, resource=None, organisation=None, days=DAYS):
    """Downloads of toolbox files and PDF sheets per day: of every resource together, of `resource`, or of the
    resources `organisation` made (the members' area)."""
    counts = DownloadCount.objects.all()
    if resource is not None:
        counts = counts.filter(resource=resource)
    if organisation is not None:
        counts = counts.filter(resource__organisations=organisation)
    return _per_day(counts, days)


def kit_downloads_per_day(*, kit=None, days=DAYS):
    """Downloads of kit ZIPs (every language) per day: of every kit together, or of `kit`."""
    counts = KitDownloadCount.objects.all()
    if kit is not None:
        counts = counts.filter(kit=kit)
    return _per_day(counts, days)


def top_resources(*, days=DAYS, limit=10):
    """The `limit` most downloaded resources of the last `days` days (drafts included: staff look at them too),
    with `recent_downloads`. One query."""
    since = window(days)[0]
    recent = Sum("download_counts__count", filter=Q(download_counts__day__gte=since))
    return list(
        Resource.objects.annotate(recent_downloads=recent).filter(recent_downloads__gt=0)
        .only("title", "slug", "status").order_by("-recent_downloads", "title")[:limit]
    )


def per_day_csv(rows, filename):
    """A CSV file of (day, downloads) rows: UTF-8 without BOM, a header in the staff member's language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("day"), _("downloads")])
    writer.writerows((day.isoformat(), count) for day, count in rows)
    response = HttpResponse(buffer.getvalue().encode(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def per_day_svg(rows, *, title, description):
    """An inline SVG bar chart of (day, downloads) rows: no script (pygal's own included), a <title> and a
    <desc> that screen readers announce. Returns markup safe to insert in a page."""
    import pygal  # imported here: only staff pages draw plots
    from pygal.etree import etree

    # pygal switches to lxml when it is installed (pikepdf, a test tool, brings it); the tree is finished below
    # with xml.etree, so pygal must build it with xml.etree too.
    etree.to_etree()
    chart = pygal.Bar(
        js=[], disable_xml_declaration=True, explicit_size=False, width=720, height=240, show_legend=False,
        x_label_rotation=0, show_minor_x_labels=False, x_labels_major_every=15, truncate_label=-1,
        margin=8, spacing=2, print_values=False, style=pygal.style.Style(
            background="transparent", plot_background="transparent", foreground="#333", foreground_strong="#333",
            foreground_subtle="#ddd", colors=("#205067",), font_family="sans-serif", label_font_size=11,
            major_label_font_size=11,
        ),
    )
    chart.x_labels = [date_format(day, "SHORT_DATE_FORMAT") for day, _count in rows]
    highest = max((count for _day, count in rows), default=0)
    if highest < 10:  # whole downloads on the axis, never 0.1, 0.2...
        chart.y_labels = list(range(max(highest, 1) + 1))
    chart.add(_("downloads"), [count for _day, count in rows])
    tree = chart.render_tree()
    for parent in list(tree.iter()):
        for child in list(parent):
            # pygal's configuration script, its comments and its <title>Pygal</title>
            if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] in {"script", "title"}:
                parent.remove(child)
    chart_id = tree.get("id")
    title_element = ET.Element("title", id=f"{chart_id}-title")
    title_element.text = str(title)
    desc_element = ET.Element("desc", id=f"{chart_id}-desc")
    desc_element.text = str(description)
    tree.insert(0, desc_element)
    tree.insert(0, title_element)
    tree.set("role", "img")
    tree.set("aria-labelledby", f"{chart_id}-title {chart_id}-desc")
    tree.set("focusable", "false")
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    return ET.tostring(tree, encoding="unicode")


def summary(rows):
    """Total and busiest day of (day, downloads) rows, for the plot's description."""
    total = sum(count for _day, count in rows)
    busiest = max(rows, key=lambda row: row[1]) if rows else None
    if not total:
        return _("No download in the last %(days)d days.") % {"days": len(rows)}
    return ngettext(
        "%(total)d download in the last %(days)d days; the busiest day was %(day)s with %(count)d.",
        "%(total)d downloads in the last %(days)d days; the busiest day was %(day)s with %(count)d.", total,
    ) % {"total": total, "days": len(rows), "day": date_format(busiest[0], "DATE_FORMAT"), "count": busiest[1]}


def plot(rows, title, csv_url):
    """What templates/admin/includes/downloads_plot.html shows: the SVG, a summary in words and the CSV link."""
    description = summary(rows)
    return {
        "title": str(title), "summary": description, "csv_url": csv_url,
        "svg": mark_safe(per_day_svg(rows, title=title, description=description)),  # built from numbers
    }
