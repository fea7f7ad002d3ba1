import functools
import logging

from django.core.files.base import ContentFile
from django.db.models import Count, F, Func, OuterRef, Prefetch, Subquery
from django.db.utils import OperationalError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.access import sees_members_only, user_of
from core.languages import shown_order
from core.listing import FacetedListView
from core.preview import PreviewMixin, can_preview
from core.search import all_titles, clean_query, query_words, search_language
from core.suggestions import suggested_query

from . import services
from .downloads import serve_download
from .filters import FACETS, ResourceFilter
from .models import (
    NOT_LISTED,
    NOT_SHOWN,
    SHEET,
    Kit,
    KitItem,
    Resource,
    ResourceFile,
    published_organisations,
)
from .validators import EXTENSIONS

logger = logging.getLogger(__name__)

# How long a visitor is asked to wait before trying a download again.
RETRY_AFTER_SECONDS = 30


def download_unavailable(request):
    """503 with Retry-After: the download is being prepared, or the database is busy or away. Never cached."""
    response = render(request, "toolbox/download_unavailable.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def unavailable_when_database_stuck(view):
    """A download whose queries hit the lock or statement timeout (or a database outage) answers 503 at once with
    Retry-After, instead of a 500 or a worker hanging."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except OperationalError:
            logger.warning("Download %s unavailable: database stuck or away", request.path, exc_info=True)
            return download_unavailable(request)

    return wrapper


def _record_or_close(response, record, **kwargs):
    """Count the download; if the database cannot (a timeout), close the opened file before the 503."""
    try:
        record(**kwargs)
    except OperationalError:
        response.close()
        raise


class ResourceListView(FacetedListView):
    model = Resource
    filterset_class = ResourceFilter
    template_name = "toolbox/resource_list.html"
    facets = FACETS
    facet_keys = "facet_keys"

    def get_queryset(self):
        # Built once per request: the filter set and the counts both start from it (~1 ms of query building each).
        if not hasattr(self, "_listing"):
            self._listing = Resource.objects.for_listing(user_of(self.request))
        return self._listing

    def audience(self):
        return "members" if sees_members_only(user_of(self.request)) else "public"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["result_count"] and not self.filterset.form.errors:
            context["suggestion"], context["suggestion_url"] = self.suggestion()
        return context

    def suggestion(self):
        """"Did you mean", as the site search offers it, from the published resources' titles, and the address of
        the list with the suggested words instead (the other filters kept): only asked for when nothing was found."""
        query = clean_query(self.request.GET.get("q"))
        words = query_words(query)
        if not words:
            return "", ""
        titles = [(Resource.objects.visible_to(user_of(self.request)), lambda: all_titles(Resource))]
        suggestion = suggested_query(query, words, search_language(), titles)
        if not suggestion:
            return "", ""
        params = self.request.GET.copy()
        params.pop("page", None)
        params["q"] = suggestion
        return suggestion, f"{self.request.path}?{params.urlencode()}"


class ResourceDetailView(PreviewMixin, DetailView):
    template_name = "toolbox/resource_detail.html"

    def get_queryset(self):
        files = ResourceFile.objects.annotate(version_count=Count("versions")).order_by("language")
        return (
            Resource.objects.visible_to(user_of(self.request))
            .with_page_sheet()
            .select_related("project")
            .defer(*NOT_SHOWN, "project__search_vector_en", "project__search_vector_fr", "project__search_vector_es")
            .prefetch_related(
                published_organisations(), "mission_areas", "tags", Prefetch("files", queryset=files),
                Prefetch("kits", queryset=Kit.objects.published().only("title", "slug")),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resource = self.object
        # The visitor's language first, then the others in a stable order.
        context["files"] = services.page_language_first(resource.files.all(), get_language())
        context["related_resources"] = (
            Resource.objects.related_to(resource).with_page_sheet()
            .prefetch_related(published_organisations(), "files").defer(*NOT_LISTED)[:4]
        )
        return context


def _resource_or_404(request, queryset, slug):
    """A published resource the user may see (a members-only one for members: visible_to); a draft only for staff
    previewing it (and then nothing is counted)."""
    try:
        return get_object_or_404(queryset.visible_to(user_of(request)), slug=slug)
    except Http404:
        if not can_preview(request, Resource):
            raise
        return get_object_or_404(queryset, slug=slug)


@unavailable_when_database_stuck
@require_safe
def download(request, slug, language=None):
    """The permanent download address of a resource: its current file, in a language or the best one."""
    resource = _resource_or_404(request, Resource.objects.prefetch_related("files"), slug)
    files = {file.language: file for file in resource.files.all()}
    if language is None:
        # The file in the page's language (/fr/…/download/ gives the French one), else the best other one.
        resource_file = services.file_for_language(resource, get_language())
    else:
        resource_file = files.get(language)
        if resource_file is None and not (language == resource.language and not files):
            raise Http404("No file in this language.")
    if resource_file is None:
        # No file at all: the uniform sheet, in the language asked for if the site has it, else the page's.
        return _serve_sheet(request, slug, language if language in services.network_language_codes() else None)
    with translation.override(resource_file.language):  # named after the title in the file's language if written
        filename = services.download_filename(resource, resource_file.language, EXTENSIONS[resource_file.format])
    response, is_new = serve_download(
        request, field_file=resource_file.file, size=resource_file.size, content_type=resource_file.content_type,
        filename=filename, etag=resource_file.sha256, language=resource_file.language,
    )
    if is_new and resource.is_published:
        _record_or_close(response, services.download_record, resource=resource, language=resource_file.language)
    return response


@unavailable_when_database_stuck
@require_safe
def sheet(request, slug):
    """The resource's uniform PDF sheet in the page's language (/fr/toolbox/<slug>/sheet/ is the French one),
    generated from its fields and rebuilt only when what it shows changed."""
    return _serve_sheet(request, slug)


def _serve_sheet(request, slug, language=None):
    language = language or get_language()
    with_sheet_fields = Resource.objects.select_related("project").prefetch_related(
        published_organisations(), "mission_areas"
    )
    resource = _resource_or_404(request, with_sheet_fields, slug)
    fingerprint = services.sheet_fingerprint(resource, language)
    built = services.built_sheet(resource, language, fingerprint)
    if built is not None:
        field_file, size = built.file, built.size
    else:
        # Not built yet, or out of date (an organisation renamed…): drawn for this visitor alone, in memory, with
        # no row locked or written; staff saving the resource stores it.
        pdf = services.build_sheet_pdf(services.sheet_content(resource, language))
        field_file, size = ContentFile(pdf, name="sheet.pdf"), len(pdf)
    with translation.override(language):  # the file is named after the title in the sheet's language
        filename = services.download_filename(resource, f"{language}-sheet", "pdf")
    response, is_new = serve_download(
        request, field_file=field_file, size=size, content_type="application/pdf",
        filename=filename, etag=fingerprint, language=language,
    )
    if is_new and resource.is_published:
        _record_or_close(response, services.download_record, resource=resource, language=SHEET)
    return response


@unavailable_when_database_stuck
@require_safe
def thumbnail(request, slug, language):
    """The first-page picture of a resource's file: private storage, so a draft's is seen by staff only. Published
    ones may be cached for an hour (an unpublished resource's stops being served within that hour at most)."""
    resource = _resource_or_404(request, Resource.objects.all(), slug)
    resource_file = get_object_or_404(ResourceFile.objects.exclude(thumbnail=""), resource=resource, language=language)
    if not resource_file.thumbnail.storage.exists(resource_file.thumbnail.name):
        raise Http404("Thumbnail missing.")
    etag = f'"{resource_file.sha256}"'
    # A browser that has it already (every card of every list asks again once the hour is over) gets a 304.
    response = get_conditional_response(request, etag=etag) or FileResponse(
        resource_file.thumbnail.open("rb"), content_type="image/webp")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["ETag"] = etag
    public = resource.is_published and not resource.is_members_only
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response


class KitListView(ListView):
    template_name = "toolbox/kit_list.html"
    paginate_by = 20

    def get_queryset(self):
        # A count per kit of its 10–20 items (their index), not a COUNT(...) FILTER over a join grouped by every
        # column of the kit, which read all 20,000 resources to test the filter (136 ms → 1.3 ms, bench); the
        # paginator's count leaves it out.
        published_items = KitItem.objects.filter(kit=OuterRef("pk"), resource__in=Resource.objects.published())
        item_count = Subquery(published_items.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n"))
        return (
            Kit.objects.published()
            .annotate(item_count=item_count)
            .order_by(*shown_order(Kit, "-event_date", "title"))
        )


class KitDetailView(PreviewMixin, DetailView):
    template_name = "toolbox/kit_detail.html"

    def get_queryset(self):
        items = (
            KitItem.objects.filter(resource__in=Resource.objects.published())
            .select_related("resource")
            .defer(*(f"resource__{name}" for name in NOT_LISTED))
            .prefetch_related(
                "resource__files", "resource__sheets",
                Prefetch("resource__organisations", queryset=published_organisations().queryset),
            )
        )
        return Kit.objects.published().prefetch_related(Prefetch("items", queryset=items), "archives")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = items = list(self.object.items.all())
        context["archives"] = list(self.object.archives.all())
        # The ZIP in the visitor's language first.
        context["kit_languages"] = services.page_language_first(
            services.kit_languages(self.object, items), get_language(), code=str
        )
        return context


@unavailable_when_database_stuck
@require_safe
def kit_download(request, slug, language):
    """The whole kit as one ZIP in a language, built when the kit or its files changed, never while a visitor
    waits: a ZIP not built yet (or out of date) answers 503 and is built once that answer is sent."""
    kit = get_object_or_404(Kit.objects.published().prefetch_related("archives"), slug=slug)
    archive = services.kit_current_archive(kit=kit, language=language)
    if archive is None:
        if language not in services.kit_languages(kit):
            raise Http404("This kit has no files in this language.")
        response = download_unavailable(request)
        # Django calls a response's closers once it is sent (the server's close()): the visitor does not wait.
        response._resource_closers.append(functools.partial(_build_after_response, kit))
        return response
    with translation.override(language):  # named after the kit's title in the ZIP's language if written
        filename = services.download_filename(kit, language, "zip")
    response, is_new = serve_download(
        request, field_file=archive.file, size=archive.size, content_type="application/zip",
        filename=filename, etag=archive.sha256, language=language,
    )
    if is_new:
        _record_or_close(response, services.kit_download_record, kit=kit, language=language)
    return response


def _build_after_response(kit):
    """Build the kit's out-of-date ZIPs once the 503 is sent; skipped when another builder is at work."""
    try:
        services.kit_build_archives(kit=kit, wait=False)
    except Exception:  # the visitor has their answer; staff saving the kit builds it too
        logger.exception("Could not build the ZIPs of kit %s", kit.slug)
