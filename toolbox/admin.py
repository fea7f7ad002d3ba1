import csv

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin import AccessibleAdminMixin, PublishableAdmin, image_preview, publish, unpublish
from core.cache import clear_page_cache
from core.dates import date_format

from . import services, statistics
from .downloads import serve_download
from .forms import ResourceFileForm, ResourceFileFormSet
from .models import (
    SHEET,
    DownloadCount,
    Kit,
    KitDownloadCount,
    KitItem,
    Resource,
    ResourceFile,
    ResourceFileVersion,
)
from .templatetags.toolbox_tags import file_description, language_name, sheet_description
from .validators import EXTENSIONS, inspect_file


def count_label(code):
    """What a download count is of: a language's file, or the generated sheet."""
    return _("PDF sheet") if code == SHEET else language_name(code)


def downloads_plot(rows, title, csv_url):
    """The plot of a resource's or kit's downloads per day, with its CSV link (as on the staff home page)."""
    return render_to_string("admin/includes/downloads_plot.html", {"plot": statistics.plot(rows, title, csv_url)})


def object_csv_view(modeladmin, request, pk, rows_for, prefix):
    """The CSV of one object's downloads per day, for staff allowed to see the object."""
    obj = get_object_or_404(modeladmin.model, pk=pk)
    if not modeladmin.has_view_permission(request, obj):
        raise PermissionDenied
    return statistics.per_day_csv(rows_for(obj), f"{prefix}-{obj.slug}-downloads.csv")


class ResourceFileInline(admin.StackedInline):
    model = ResourceFile
    form = ResourceFileForm
    formset = ResourceFileFormSet
    extra = 0
    fields = ["language", "file", "description", "preview", "previous_versions"]
    readonly_fields = ["description", "preview", "previous_versions"]

    @admin.display(description=_("what visitors get"))
    def description(self, obj):
        if not obj.pk:
            return _("Derived when you save: format, size, pages, checksum and a thumbnail.")
        return format_html(
            "{} · {} <code>{}</code><br>{} {} · {} <a href='{}'>{}</a>",
            file_description(obj), _("SHA-256"), obj.sha256, _("Uploaded as"), obj.original_name,
            _("public address:"), obj.get_absolute_url(), obj.get_absolute_url(),
        )

    @admin.display(description=_("thumbnail"))
    def preview(self, obj):
        if not obj.pk or not obj.thumbnail:
            return "—"
        return format_html('<img src="{}" alt="" style="max-width:120px;max-height:120px;object-fit:contain">',
                           obj.get_thumbnail_url())

    @admin.display(description=_("previous versions"))
    def previous_versions(self, obj):
        if not obj.pk:
            return "—"
        versions = obj.versions.all()
        if not versions:
            return _("None: this is the first upload.")
        return format_html_join(
            "", "<div><a href='{}'>{}</a> · {} · {} {} · <a href='{}'>{}</a></div>",
            ((reverse("admin:toolbox_resourcefileversion_download", args=[version.pk]), version.original_name,
              filesizeformat(version.size), _("replaced on"), version.replaced_at.strftime("%Y-%m-%d %H:%M"),
              reverse("admin:toolbox_resourcefileversion_make_current", args=[version.pk]), _("Make current…"))
             for version in versions),
        )


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    list_display = ["title", "kind", "language", "available_in", "date", "downloads", "status_badge", "audience"]
    list_filter = ["status", "is_members_only", "kind", "mission_areas", "language", "date"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organisations", "project"]
    date_hierarchy = "date"
    inlines = [ResourceFileInline]
    readonly_fields = ["pdf_sheets", "downloads", "downloads_by_language", "downloads_per_day", "available_in",
                       "files_updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "kind", "language", "date", "status", "is_members_only"]}),
        (_("Who, where and what about"), {"fields": ["organisations", "project", "countries", "mission_areas", "tags",
                                                      "licence"]}),
        (_("The uniform sheet"), {
            "description": _("Write each section as plain text. Leave a blank line between paragraphs; start a "
                             "line with “- ” for a bullet point. Empty sections are left out."),
            "fields": ["context", "objectives", "target_public", "activities", "results", "lessons_learned",
                       "contact"],
        }),
        (_("Files and downloads"), {"fields": ["pdf_sheets", "available_in", "files_updated_at", "downloads",
                                               "downloads_by_language", "downloads_per_day"]}),
    ]

    actions = ["publish", "unpublish"]

    @admin.action(description=publish.short_description)
    def publish(self, request, queryset):
        publish(self, request, queryset)
        self._rebuild_kits_of(queryset)

    @admin.action(description=unpublish.short_description)
    def unpublish(self, request, queryset):
        unpublish(self, request, queryset)
        self._rebuild_kits_of(queryset)

    def _rebuild_kits_of(self, queryset):
        """A kit's ZIPs hold its published resources only: built again now, not when a visitor asks for them."""
        for kit in Kit.objects.filter(items__resource__in=queryset).distinct():
            services.kit_build_archives(kit=kit)

    def get_queryset(self, request):
        return (super().get_queryset(request).prefetch_related("files", "sheets")
                .annotate(total_downloads=Coalesce("download_total__count", 0)))

    @admin.display(description=_("who sees it"), ordering="is_members_only")
    def audience(self, obj):
        """Members-only resources stand out in the list: visitors never see them."""
        if obj.is_members_only:
            return format_html("<strong>{}</strong>", _("Members only"))
        return _("Everyone")

    @admin.display(description=_("downloads"), ordering="total_downloads")
    def downloads(self, obj):
        return getattr(obj, "total_downloads", 0)

    @admin.display(description=_("available in"), ordering="languages")
    def available_in(self, obj):
        """The languages of the sheet and files by name ("English, Français"), not as codes."""
        codes = obj.languages
        return format_html_join(", ", "{}", ((language_name(code),) for code in codes)) if codes else "—"

    @admin.display(description=_("uniform PDF sheets"))
    def pdf_sheets(self, obj):
        """The sheet in each language of the site, as visitors download it (read-only: made from the fields)."""
        built = list(obj.sheets.all()) if obj.pk else []
        if not built:
            return _("Made when you save, one per language.")
        return format_html_join(
            "", "<div><a href='{}' hreflang='{}'>{}</a> ({}) · {} {}</div>",
            ((sheet.get_absolute_url(), sheet.language, language_name(sheet.language),
              sheet_description(obj, sheet.language), _("built on"),
              date_format(timezone.localtime(sheet.built_at), "DATETIME_FORMAT"))
             for sheet in services.page_language_first(built, "")),
        )

    @admin.display(description=_("downloads by language"))
    def downloads_by_language(self, obj):
        if not obj.pk:
            return "—"
        rows = obj.download_counts.values("language").annotate(total=Sum("count")).order_by("language")
        if not rows:
            return _("No download yet.")
        return format_html_join(", ", "{}", (
            (gettext("%(language)s: %(number)s") % {"language": count_label(row["language"]), "number": row["total"]},)
            for row in rows
        ))

    @admin.display(description=_("downloads per day"))
    def downloads_per_day(self, obj):
        if not obj.pk:
            return "—"
        return downloads_plot(statistics.downloads_per_day(resource=obj),
                              _("Downloads of this resource per day"),
                              reverse("admin:toolbox_resource_downloads_csv", args=[obj.pk]))

    def get_urls(self):
        return [
            path("<int:pk>/downloads.csv", self.admin_site.admin_view(self.downloads_csv_view),
                 name="toolbox_resource_downloads_csv"),
            *super().get_urls(),
        ]

    def downloads_csv_view(self, request, pk):
        return object_csv_view(self, request, pk, lambda resource: statistics.downloads_per_day(resource=resource),
                               "resource")

    def save_formset(self, request, form, formset, change):
        if formset.model is ResourceFile:
            for inline_form in formset.forms:
                replacing = inline_form.instance.pk and "file" in inline_form.changed_data
                if replacing and inline_form not in formset.deleted_forms:
                    services.resource_file_keep_previous(resource_file=inline_form.instance)
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        resource = form.instance
        resource.refresh_from_db()  # forgets the files and sheets prefetched before the inlines were saved
        services.resource_refresh(resource=resource)
        services.kits_refresh_for(resource=resource)


class KitItemInline(AccessibleAdminMixin, admin.TabularInline):
    model = KitItem
    extra = 1
    autocomplete_fields = ["resource"]
    fields = ["order", "resource"]
    ordering = ["order"]


@admin.register(Kit)
class KitAdmin(PublishableAdmin):
    list_display = ["cover_preview", "title", "event", "event_date", "status_badge", "is_featured"]
    list_display_links = ["title"]  # the cover is decorative beside it (alt="")
    list_filter = ["status", "is_featured"]
    search_fields = ["title", "event", "description"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [KitItemInline]
    revision_follow = ["items"]  # a revision of a kit keeps its list of resources
    readonly_fields = ["cover_preview", "archives_built", "downloads_per_day"]
    fields = ["title", "slug", "description", "event", "event_date", "cover", "cover_preview", "cover_alt",
              "is_featured", "status", "archives_built", "downloads_per_day"]

    @admin.display(description=_("cover"))
    def cover_preview(self, obj):
        return image_preview(obj.cover, 80)

    @admin.display(description=_("ZIP files"))
    def archives_built(self, obj):
        if not obj.pk:
            return _("Built when you save.")
        archives = obj.archives.all()
        if not archives:
            return _("None: the kit has no published resource yet.")
        return format_html_join(
            ", ", "<a href='{}'>{}</a> ({})",
            ((reverse("toolbox:kit-download", args=[obj.slug, archive.language]), language_name(archive.language),
              filesizeformat(archive.size)) for archive in archives),
        )

    @admin.display(description=_("ZIP downloads per day"))
    def downloads_per_day(self, obj):
        if not obj.pk:
            return "—"
        return downloads_plot(statistics.kit_downloads_per_day(kit=obj), _("Downloads of this kit's ZIP files per day"),
                              reverse("admin:toolbox_kit_downloads_csv", args=[obj.pk]))

    def get_urls(self):
        return [
            path("<int:pk>/downloads.csv", self.admin_site.admin_view(self.downloads_csv_view),
                 name="toolbox_kit_downloads_csv"),
            *super().get_urls(),
        ]

    def downloads_csv_view(self, request, pk):
        return object_csv_view(self, request, pk, lambda kit: statistics.kit_downloads_per_day(kit=kit), "kit")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.kit_build_archives(kit=form.instance)


@admin.action(description=_("Export the selected counts as CSV"))
def export_counts_csv(modeladmin, request, queryset):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="toolbox-downloads.csv"'
    writer = csv.writer(response)
    writer.writerow(["day", "resource", "slug", "language", "downloads"])
    for row in queryset.select_related("resource").order_by("day", "resource__title", "language"):
        writer.writerow([row.day.isoformat(), row.resource.title, row.resource.slug, row.language, row.count])
    return response


class CountLanguageFilter(admin.SimpleListFilter):
    """The languages counted, by name ("Français", "PDF sheet") rather than code."""

    title = _("file")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        codes = DownloadCount.objects.order_by("language").values_list("language", flat=True).distinct()
        return [(code, count_label(code)) for code in codes]

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


@admin.register(DownloadCount)
class DownloadCountAdmin(admin.ModelAdmin):
    list_display = ["day", "resource", "what", "count"]
    list_filter = [CountLanguageFilter, "day"]
    fields = ["resource", "what", "day", "count"]
    search_fields = ["resource__title_en", "resource__title_fr", "resource__title_es"]
    date_hierarchy = "day"
    list_select_related = ["resource"]
    actions = [export_counts_csv]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("file"), ordering="language")
    def what(self, obj):
        return count_label(obj.language)

    def get_urls(self):
        return [
            path("per-day.csv", self.admin_site.admin_view(self.per_day_csv_view),
                 name="toolbox_downloadcount_per_day"),
            *super().get_urls(),
        ]

    def per_day_csv_view(self, request):
        """Downloads of every resource together per day, the last 90 days (the staff home's plot)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return statistics.per_day_csv(statistics.downloads_per_day(), "toolbox-downloads-per-day.csv")


@admin.register(KitDownloadCount)
class KitDownloadCountAdmin(admin.ModelAdmin):
    """Kit ZIP downloads per kit, language and day: read-only, like the resources' counts."""

    list_display = ["day", "kit", "language", "count"]
    list_filter = ["language", "day"]
    search_fields = ["kit__title_en", "kit__title_fr", "kit__title_es"]
    date_hierarchy = "day"
    list_select_related = ["kit"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("per-day.csv", self.admin_site.admin_view(self.per_day_csv_view),
                 name="toolbox_kitdownloadcount_per_day"),
            *super().get_urls(),
        ]

    def per_day_csv_view(self, request):
        """Downloads of every kit's ZIPs together per day, the last 90 days (the staff home's plot)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return statistics.per_day_csv(statistics.kit_downloads_per_day(), "kit-downloads-per-day.csv")


@admin.register(ResourceFileVersion)
class ResourceFileVersionAdmin(admin.ModelAdmin):
    """Previous versions of files: staff can look at and download them; visitors never see them."""

    list_display = ["original_name", "resource_file", "file_size", "uploaded_at", "replaced_at"]
    fields = ["resource_file", "original_name", "file_size", "sha256", "uploaded_at", "replaced_at", "download"]
    list_filter = ["replaced_at"]
    search_fields = ["original_name", "resource_file__resource__title_en", "resource_file__resource__title_fr",
                     "resource_file__resource__title_es"]
    list_select_related = ["resource_file__resource"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("size"), ordering="size")
    def file_size(self, obj):
        return filesizeformat(obj.size)

    @admin.display(description=_("file"))
    def download(self, obj):
        url = reverse("admin:toolbox_resourcefileversion_download", args=[obj.pk])
        return format_html("<a href='{}'>{}</a>", url, obj.original_name or _("Download"))

    def get_urls(self):
        return [
            path("<int:pk>/download/", self.admin_site.admin_view(self.download_view),
                 name="toolbox_resourcefileversion_download"),
            path("<int:pk>/make-current/", self.admin_site.admin_view(self.make_current_view),
                 name="toolbox_resourcefileversion_make_current"),
            *super().get_urls(),
        ]

    def download_view(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        version = get_object_or_404(ResourceFileVersion.objects.select_related("resource_file__resource"), pk=pk)
        # Named and typed after what the file is (read from its content), never after what it was uploaded as
        # ("fdp.exe" that is a PDF downloads as a .pdf).
        try:
            with version.file.open("rb") as stored:
                info = inspect_file(File(stored, name=version.file.name))
            extension, content_type = EXTENSIONS[info.format], info.content_type
        except (ValidationError, OSError):
            extension, content_type = "bin", "application/octet-stream"
        resource_file = version.resource_file
        filename = services.download_filename(resource_file.resource, resource_file.language, extension)
        filename = filename.replace(f".{extension}", f"-{version.uploaded_at:%Y-%m-%d}.{extension}")
        response, _counted = serve_download(
            request, field_file=version.file, size=version.size, content_type=content_type,
            filename=filename, etag=version.sha256, language=resource_file.language,
        )
        return response

    def make_current_view(self, request, pk):
        """Make a previous version the current file again (same public address), after a confirmation page."""
        if not request.user.has_perm("toolbox.change_resource"):
            raise PermissionDenied
        version = get_object_or_404(ResourceFileVersion.objects.select_related("resource_file__resource"), pk=pk)
        resource_file = version.resource_file
        resource = resource_file.resource
        back = reverse("admin:toolbox_resource_change", args=[resource.pk])
        if request.method == "POST":
            try:
                services.resource_file_restore_version(resource_file=resource_file, version=version,
                                                       user=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                clear_page_cache()  # the resource's page shows the file's size and pages
                messages.success(request, _("“%(name)s” is the current %(language)s file again, at the same "
                                            "address.") % {"name": version.original_name,
                                                           "language": language_name(resource_file.language)})
            return redirect(back)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Make this version current again?"), "subtitle": str(resource),
            "opts": Resource._meta, "resource": resource, "resource_file": resource_file, "version": version,
            "back_url": back, "language": language_name(resource_file.language),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/toolbox/make_current.html", context)
