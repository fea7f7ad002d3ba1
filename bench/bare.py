"""The portal's WSGI application plus one bare Django page, for the cold half of the benchmark.

Issue 12 first measured the portal's cold pages "side by side with a bare Django page rendering 20 rows". This
is that page: `/bench/bare/?from=N` reads the 20 toolbox resources from id N down (title, address, date) with
one query and renders them with a ten-line Django template, through the same gunicorn, settings and middleware
as the portal's pages and /healthz. What it reaches is what any Django page with a template and a query reaches
on this machine: the ceiling of a real page, where /healthz (no template, `SELECT 1`) is the ceiling of the stack.
The portal never serves it: only `bench/run.py` starts gunicorn with this module.
"""
# The portal's application must be set up before its URLs and models are imported: the import order is meant.
# ruff: noqa: I001, E402

from django.http import Http404, HttpResponse
from django.template import engines
from django.urls import path

from network_site.wsgi import application  # noqa: F401  (gunicorn serves it)

import network_site.urls
from toolbox.models import Resource

PER_PAGE = 20
TEMPLATE = engines["django"].from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Resources from {{ first }}</title></head>
<body><h1>Resources</h1>
<ul>{% for row in rows %}
<li><a href="/toolbox/{{ row.slug }}/">{{ row.title_en }}</a>
 <time datetime="{{ row.date|date:'Y-m-d' }}">{{ row.date|date }}</time></li>
{% endfor %}</ul>
</body></html>""")


def bare_page(request):
    try:
        first = int(request.GET.get("from", "0"))
    except ValueError:
        raise Http404 from None
    # From an id rather than at an offset: an index range, so the database's part stays as small as can be.
    rows = Resource.objects.filter(pk__lte=first).order_by("-pk").values("slug", "title_en", "date")[:PER_PAGE]
    return HttpResponse(TEMPLATE.render({"rows": rows, "first": first}, request))


network_site.urls.urlpatterns.insert(0, path("bench/bare/", bare_page))
