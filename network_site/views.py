import logging
import sys

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.db import connection
from django.db.models import F, Func, Subquery
from django.db.utils import DatabaseError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve

from core.cache import cached, cached_choices
from core.models import MissionArea
from members.models import Organisation
from news.models import Article, Event
from projects.models import Project
from research.models import ResearchEntry
from toolbox.models import Kit, Resource

from .middleware import database_unavailable, is_database_unavailable
from .models import NetworkPage
from .search import search_site

logger = logging.getLogger(__name__)


def home(request):
    # Each block reads only the columns its cards show (modeltranslation adds each text's other languages, which the
    # fallbacks read): the rows' search vectors, long texts and the lead organisations' descriptions were read and
    # made into Python for nothing (a third of the home page's CPU was its ten queries).
    # The number of members comes with the featured ones (a subquery): one query less on a first view.
    published_count = Organisation.objects.published().order_by().annotate(n=Func(F("pk"), function="COUNT"))
    featured_members = list(Organisation.objects.for_listing().filter(is_featured=True)
                            .annotate(published_count=Subquery(published_count.values("n")))[:8])
    context = {
        "mission_areas": cached_choices("home-mission-areas", MissionArea.objects.all),
        "featured_members": featured_members,
        "featured_projects": Project.objects.published().filter(is_featured=True).select_related(
            "lead_organisation"
        ).only(
            "status", "title", "slug", "summary", "project_status", "start_date", "image_thumbnail",
            "image_thumbnail_width", "image_thumbnail_height",
            "lead_organisation__status", "lead_organisation__name", "lead_organisation__acronym",
        )[:6],
        "member_count": (featured_members[0].published_count if featured_members
                         else cached("home-member-count", Organisation.objects.published().count)),
        "latest_resources": Resource.objects.for_listing().order_by("-date", "-created_at")[:4],
        "featured_kit": Kit.objects.published().filter(is_featured=True).only(
            "status", "title", "slug", "description", "event_date", "cover", "cover_alt", "cover_thumbnail",
            "cover_thumbnail_width", "cover_thumbnail_height",
        ).order_by("-event_date").first(),
        # The newest three, featured or not: a featured article is highlighted, never kept above newer news.
        "latest_news": Article.objects.published().only(
            "status", "published_at", "title", "slug", "summary", "is_featured",
        ).order_by("-published_at")[:3],
        "next_events": Event.objects.upcoming().only(
            "status", "published_at", "title", "slug", "kind", "start_at", "end_at", "time_zone", "is_online", "city",
        )[:3],
        "current_research": ResearchEntry.objects.current().only(
            "status", "published_at", "title", "slug", "summary", "research_status", "start_date",
        ).order_by("-start_date")[:3],
    }
    return render(request, "network_site/home.html", context)


def network_page(request, slug=None):
    """The Network section: `/network/` opens its first page, `/network/<slug>/` any other."""
    pages = list(NetworkPage.objects.published().only("title", "slug", "order", "status"))
    if slug is None:
        if not pages:
            raise Http404("No published Network page yet.")
        slug = pages[0].slug
    page = get_object_or_404(NetworkPage.objects.published(), slug=slug)
    return render(request, "network_site/networkpage_detail.html", {"page": page, "pages": pages})


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not. Says nothing else."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    # Search results are endless variations of the same pages, in every language.
    search_pages = [f"Disallow: {translate_url(reverse('search'), code)}" for code, _name in settings.LANGUAGES]
    lines = ["User-agent: *", "Disallow: /admin/", *search_pages, "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    return redirect(static("img/favicon.ico"), permanent=True)


# Media types a browser may display inline; anything else is sent as a download.
INLINE_MEDIA_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"}


@require_safe
def media(request, path):
    """Uploaded files, when no reverse proxy serves them. Never rendered as a page of this site."""
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:
        raise Http404("Not a media file.") from None
    content_type = response.get("Content-Type", "").split(";")[0]
    if content_type not in INLINE_MEDIA_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def server_error(request):
    """The 500 page, rendered without touching the database (it may be the thing that failed). A database that
    does not answer, raised outside a view (in a middleware), still gets the 503 page."""
    if is_database_unavailable(sys.exc_info()[1]):
        logger.warning("Database unavailable (outside a view): %s", request.path)
        return database_unavailable(request)
    template = loader.get_template("500.html")
    # The page only says someone was told when error mails go somewhere (ADMINS, see settings LOGGING).
    context = {"contact_email": settings.CONTACT_EMAIL, "errors_reported": bool(settings.ADMINS)}
    return HttpResponse(template.render(context), status=500)


@require_safe
def search(request):
    """The site search, `/search/?q=` (see network_site/search.py): any query gets a page, never an error."""
    return render(request, "network_site/search.html", {"search": search_site(request.GET.get("q", ""))})
