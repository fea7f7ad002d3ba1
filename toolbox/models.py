import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.core.files.storage import storages
from django.db import models
from django.db.models import Case, OuterRef, Prefetch, Subquery, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager

from core.access import sees_members_only
from core.images import make_thumbnail
from core.languages import shown_language, shown_order
from core.models import (
    ChoiceLabels,
    MissionArea,
    Publishable,
    PublishableQuerySet,
    Searchable,
    TranslatedTags,
    search_indexes,
)
from core.search import matching
from core.seo import iso, licence_url, plain_text, without_empty
from core.storage import delete_file_after_commit
from core.urls import SLUG, slug_url
from core.validators import validate_image
from members.regions import region_for_country

# A resource's texts by weight, for the toolbox and site searches: search_text holds its summary and sheet in every
# language, its makers, tags and the text of its files (toolbox/services.py).
RESOURCE_WEIGHTS = {"A": ("title",), "B": ("summary",), "C": ("search_text",)}

# Languages a file or sheet can be in. The Network works in the first three.
FILE_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("de", _("German")),
    ("ar", _("Arabic")),
]


class ResourceKind(models.TextChoices):
    ACTION_SHEET = "action", _("Action sheet")
    MEMBER_PRESENTATION = "member", _("Member presentation")
    PROJECT_SHEET = "project", _("Project sheet")
    GUIDE = "guide", _("Guide")
    POSTER = "poster", _("Poster or leaflet")
    TRAINING = "training", _("Training material")
    SURVEY = "survey", _("Survey or report")


class FileFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    JPEG = "jpeg", "JPEG"
    PNG = "png", "PNG"
    WEBP = "webp", "WebP"
    ODT = "odt", _("OpenDocument text")
    ODS = "ods", _("OpenDocument spreadsheet")
    ODP = "odp", _("OpenDocument presentation")
    DOCX = "docx", _("Word document")
    XLSX = "xlsx", _("Excel spreadsheet")
    PPTX = "pptx", _("PowerPoint presentation")


def resource_file_path(instance, filename):
    """A generated name: uploads never overwrite each other and no uploaded name reaches the disk."""
    return _generated_name("files", filename)


def _generated_name(folder, filename):
    return f"toolbox/{folder}/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:6]}"


def sheet_path(instance, filename):
    return _generated_name("sheets", filename)


def thumbnail_path(instance, filename):
    return _generated_name("thumbnails", filename)


def archive_path(instance, filename):
    return _generated_name("kits", filename)


COVER_THUMBNAIL_SIZE = (640, 400)


def cover_path(instance, filename):
    return _generated_name("covers", filename)


def private_storage():
    """Where toolbox files live: outside MEDIA_ROOT, so only the download views can serve them."""
    return storages["private"]



def published_organisations():
    """Prefetch of a resource's organisations that visitors may see (a draft member stays unnamed)."""
    from members.models import Organisation

    return Prefetch("organisations", queryset=Organisation.objects.published().only("name", "acronym", "slug",
                                                                                       "status"))


# Derived columns no page shows: left out of the queries of pages (the three search vectors are several KB each).
NOT_SHOWN = ("search_text", "search_vector_en", "search_vector_fr", "search_vector_es", "facet_keys")
# What a list line does not show either: the uniform sheet's texts.
NOT_LISTED = ("context", "objectives", "target_public", "activities", "results", "lessons_learned", "contact",
              *NOT_SHOWN)


class ResourceQuerySet(PublishableQuerySet):
    def published(self):
        """What any visitor may see: published and public. Members-only resources are left out here, so that every
        list, feed, sitemap, search, kit and count built on published() stays public; visible_to() adds them for
        those who may see them."""
        return super().published().filter(is_members_only=False)

    def visible_to(self, user):
        """What `user` may see: the published resources, members-only ones included for logged-in members and
        staff (core.access.sees_members_only)."""
        if sees_members_only(user):
            return super().published()
        return self.published()

    def for_listing(self, user=None):
        """Published resources as lists show them; with `user`, those that user may see (visible_to)."""
        return (
            (self.visible_to(user) if user is not None else self.published())
            .prefetch_related(published_organisations(), "files")
            .with_page_sheet()
            .defer(*NOT_LISTED)
        )

    def search(self, query):
        """Resources having every word of `query` in their title, summary, sheet, files' text, makers or tags, in
        any language, as the site search finds them (core/search.py): on the stored vector of the page's language
        (its stemming, accents ignored, each word also as the start of a longer one), with a `rank`."""
        return matching(self, query)

    def with_page_sheet(self):
        """With `page_sheet_size` and `page_sheet_page_count`: those of the sheet in the page's language (None if it
        is not built yet), for the download links, without a query more."""
        language = get_language() or settings.LANGUAGE_CODE
        # One sheet per language: no ordering (the model's joined the resource table into each subquery).
        sheets = ResourceSheet.objects.filter(resource=OuterRef("pk"), language=language).order_by()
        return self.annotate(page_sheet_size=Subquery(sheets.values("size")[:1]),
                             page_sheet_page_count=Subquery(sheets.values("page_count")[:1]))

    def order_by_relevance(self):
        if "rank" in self.query.annotations:
            return self.order_by(*shown_order(Resource, "-rank", "-date", "title"))
        return self.order_by(*shown_order(Resource, "-date", "title"))

    def related_to(self, resource, limit=4):
        """Up to `limit` other published resources sharing its project, an organisation or a mission area, the
        closest first: same project, then same organisation, then same mission area, newest first in each.

        Each of the three is its own small query, newest first with a LIMIT (the project's index, the link
        tables' indexes, the date index), so the page never ranks every resource of a mission area (a third of
        the toolbox): one statement, whatever the number of resources.
        """
        others = Resource.objects.published().exclude(pk=resource.pk).order_by(*shown_order(Resource, "-date", "title"))
        organisation_ids = [organisation.pk for organisation in resource.organisations.all()]
        area_ids = [area.pk for area in resource.mission_areas.all()]
        closest = []
        if resource.project_id:
            closest.append(others.filter(project_id=resource.project_id))
        if organisation_ids:
            links = Resource.organisations.through.objects.filter(organisation_id__in=organisation_ids)
            closest.append(others.filter(pk__in=links.values("resource_id")))
        if area_ids:
            links = Resource.mission_areas.through.objects.filter(missionarea_id__in=area_ids)
            closest.append(others.filter(pk__in=links.values("resource_id")))
        if not closest:
            return self.none()
        # The strongest link first. Each group's SQL (Django's, every value a parameter) is compiled once and used
        # twice, in the IN and the closeness: compiling them was most of the page's query building (~0.6 ms each).
        groups = [group.values("pk")[:limit].query.sql_with_params() for group in closest]
        # One `id IN (… UNION ALL …)`: PostgreSQL reads the at most 12 rows by their key. An OR of three `IN`s made
        # it scan the whole table (20,000 rows, ~50 ms) to test each row against them.
        matches = RawSQL(" UNION ALL ".join(f"({sql})" for sql, _params in groups),  # noqa: S611
                         [param for _sql, params in groups for param in params])
        closeness = Case(*(When(pk__in=RawSQL(sql, params), then=Value(len(groups) - i))  # noqa: S611
                           for i, (sql, params) in enumerate(groups)))
        return (self.filter(pk__in=matches).annotate(closeness=closeness)
                .order_by(*shown_order(Resource, "-closeness", "-date", "title")))


class Resource(Publishable):
    """An action, presentation or tool of a member or partner, in the Network's uniform format."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, help_text=_("Part of the permanent address."))
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists and search results."))
    is_members_only = models.BooleanField(
        _("members only"), default=False,
        help_text=_("Seen only by logged-in contacts of member organisations (and staff): hidden from visitors "
                    "everywhere, kits' ZIPs included."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ResourceKind.choices, db_index=True)
    mission_areas = models.ManyToManyField(MissionArea, verbose_name=_("mission areas"), blank=True)
    tags = TaggableManager(_("tags"), blank=True, manager=TranslatedTags)
    language = models.CharField(
        _("language of the sheet"), max_length=5, choices=FILE_LANGUAGES, default="en",
        help_text=_("The language the fields below are written in."),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    # Derived codes, as arrays: lists count them with unnest and filter them with @> in SQL (core/listing.py).
    regions = ArrayField(models.CharField(max_length=20), verbose_name=_("regions"), blank=True, default=list,
                         editable=False)
    languages = ArrayField(
        models.CharField(max_length=5), verbose_name=_("available in"), blank=True, default=list, editable=False,
        help_text=_("Languages of the sheet and the files; set when they are saved."),
    )
    organisations = models.ManyToManyField(
        "members.Organisation", verbose_name=_("organisations that made it"), blank=True, related_name="resources",
    )
    project = models.ForeignKey(
        "projects.Project", verbose_name=_("related project"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="resources",
    )
    date = models.DateField(_("date"), help_text=_("When the resource was made or last revised."), db_index=True)
    licence = models.CharField(
        _("licence"), max_length=100, blank=True, default="CC BY-NC-SA 4.0",
        help_text=_("For example CC BY 4.0, or “All rights reserved”."),
    )
    # The uniform sheet: the same sections for every resource.
    context = models.TextField(_("context"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    target_public = models.TextField(_("target public"), blank=True)
    activities = models.TextField(_("activities"), blank=True)
    results = models.TextField(_("results"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    contact = models.TextField(_("contact"), blank=True)

    # Derived: the text that search looks into. The generated PDF sheets are ResourceSheet rows, one per language.
    search_text = models.TextField(blank=True, editable=False)
    # The weighted vector of the texts of every language (titles, summaries, search_text) in each language's text
    # search configuration, one per language of the site, each with a GIN index (migration 0007). Kept with
    # search_text by services.resource_refresh and resources_search_refresh, not by save(): they depend on the
    # resource's files, makers and tags.
    search_vector_en = SearchVectorField(null=True, editable=False)
    search_vector_fr = SearchVectorField(null=True, editable=False)
    search_vector_es = SearchVectorField(null=True, editable=False)
    files_updated_at = models.DateTimeField(_("files updated on"), null=True, blank=True, editable=False)
    # Derived: "filter:value" of every value the list's filters can count it under ("kind:guide", "tag:health"),
    # by services.resource_refresh and resources_search_refresh: the list counts them (toolbox/filters.py FACETS).
    facet_keys = ArrayField(models.CharField(max_length=250), blank=True, default=list, editable=False)

    objects = ResourceQuerySet.as_manager()

    SEARCH_WEIGHTS = RESOURCE_WEIGHTS

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("toolbox resource")
        verbose_name_plural = _("toolbox resources")
        indexes = [
            models.Index(fields=["status", "-date"]),
            # The list's counts read the published rows' keys from this index alone, not the wide table.
            models.Index(fields=["status"], include=["id", "facet_keys", "is_members_only"],
                         name="resource_facet_keys"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        regions = {region_for_country(code) for code in self.countries}
        self.regions = sorted(region for region in regions if region)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("toolbox:resource-detail", self.slug)

    def get_sheet_url(self):
        """The address of the sheet in the page's language (/fr/toolbox/<slug>/sheet/ for the French one)."""
        return slug_url("toolbox:sheet", self.slug)

    def sheet_in(self, language=None):
        """The built sheet in `language` (the page's by default), or None. Uses the prefetched `sheets` if any."""
        language = language or get_language() or settings.LANGUAGE_CODE
        return next((sheet for sheet in self.sheets.all() if sheet.language == language), None)

    SHEET_SECTIONS = ["context", "objectives", "target_public", "activities", "results", "lessons_learned", "contact"]

    def sheet_sections(self):
        """(field name, heading, text) of the uniform sheet's non-empty sections, in the fixed order."""
        return [
            (name, self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.SHEET_SECTIONS
            if getattr(self, name).strip()
        ]

    def structured_data(self, describe):
        """The resource's page as a schema.org DigitalDocument with its downloads (see core/seo.py)."""
        files = list(self.files.all())
        languages = self.languages or [self.language]
        licence = self.licence.strip()
        modified = max(filter(None, [self.updated_at, self.files_updated_at]))
        return {
            "@type": "DigitalDocument",
            "name": self.title,
            "description": self.summary,
            "url": describe.url(self.get_absolute_url()),
            "inLanguage": languages[0] if len(languages) == 1 else languages,
            "license": licence_url(licence) or licence,
            "dateCreated": iso(self.date),
            "dateModified": iso(modified),
            "encodingFormat": sorted({file.content_type for file in files}) or ["application/pdf"],
            "creator": [organisation.structured_reference(describe) for organisation in self.organisations.all()],
            "publisher": describe.network_reference(),
            "keywords": [tag.label for tag in self.tags.all()],
            "isAccessibleForFree": True,
            # The sheet is always there; each file has its own permanent download address.
            "associatedMedia": [
                {"@type": "MediaObject", "name": gettext("PDF sheet"), "contentUrl": describe.url(self.get_sheet_url()),
                 "encodingFormat": "application/pdf", "inLanguage": get_language()},
                *(without_empty({
                    "@type": "MediaObject", "contentUrl": describe.url(file.get_absolute_url()),
                    "encodingFormat": file.content_type, "inLanguage": file.language,
                    "contentSize": f"{file.size} B" if file.size else None,
                }) for file in files),
            ],
        }


class ResourceFile(ChoiceLabels, models.Model):
    """The current file of a resource in one language. Its download URL never changes."""

    resource = models.ForeignKey(Resource, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=5, choices=FILE_LANGUAGES)
    file = models.FileField(
        _("file"), upload_to=resource_file_path, storage=private_storage,
        help_text=_("PDF, JPEG, PNG, WebP, OpenDocument or Office document."),
    )
    original_name = models.CharField(_("uploaded as"), max_length=255, blank=True, editable=False)
    format = models.CharField(_("format"), max_length=5, choices=FileFormat.choices, editable=False, db_index=True)
    content_type = models.CharField(_("content type"), max_length=100, editable=False)
    size = models.PositiveBigIntegerField(_("size"), default=0, editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    # Private: a draft's thumbnail must not be public; served by views.thumbnail, which checks publication.
    thumbnail = models.ImageField(_("thumbnail"), upload_to=thumbnail_path, storage=private_storage, blank=True,
                                  editable=False)
    thumbnail_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    thumbnail_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    text = models.TextField(_("text"), blank=True, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded at"), editable=False)

    class Meta:
        ordering = ["resource", "language"]
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(fields=["resource", "language"], name="one_file_per_resource_language"),
        ]

    def __str__(self):
        return f"{self.resource} ({self.get_language_display()})"

    def save(self, *args, **kwargs):
        replaced = None
        if self.file and not getattr(self.file, "_committed", True):
            from .derive import describe_upload

            replaced = ResourceFile.objects.filter(pk=self.pk).first() if self.pk else None
            describe_upload(self)  # checksum, size, pages, text, thumbnail: once, at upload
        super().save(*args, **kwargs)
        if replaced is not None:
            # Once committed: the replaced file goes unless kept as a previous version; its thumbnail goes.
            delete_file_after_commit(replaced.file, unless_used_by=FILES_IN_USE)
            if replaced.thumbnail.name != self.thumbnail.name:
                delete_file_after_commit(replaced.thumbnail)

    def get_absolute_url(self):
        # The resource's download address followed by the language (toolbox/urls.py): no reverse() per file of a
        # list page (core.urls.slug_url).
        if not SLUG.fullmatch(self.language or ""):
            return reverse("toolbox:download-language", kwargs={"slug": self.resource.slug, "language": self.language})
        return f"{slug_url('toolbox:download', self.resource.slug)}{self.language}/"

    def get_thumbnail_url(self):
        """Served by views.thumbnail (the file is private: a draft's must not be public)."""
        return reverse("toolbox:thumbnail", kwargs={"slug": self.resource.slug, "language": self.language})


class ResourceFileVersion(models.Model):
    """A file that was replaced: kept for staff, never served to the public."""

    resource_file = models.ForeignKey(
        ResourceFile, verbose_name=_("file"), on_delete=models.CASCADE, related_name="versions",
    )
    file = models.FileField(_("file"), upload_to=resource_file_path, storage=private_storage)
    original_name = models.CharField(_("uploaded as"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded at"))
    replaced_at = models.DateTimeField(_("replaced at"), auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at"]
        verbose_name = _("previous version")
        verbose_name_plural = _("previous versions")

    def __str__(self):
        return f"{self.original_name or self.file.name} ({self.uploaded_at:%Y-%m-%d})"


class ResourceSheet(models.Model):
    """The uniform PDF sheet of a resource in one language of the site, generated from its fields: headings and
    labels in that language, the resource's texts as a page in that language shows them. Built again only when
    what it shows changed (`fingerprint`, see sheets.sheet_content); served at /<language>/toolbox/<slug>/sheet/."""

    resource = models.ForeignKey(Resource, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="sheets")
    language = models.CharField(_("language"), max_length=5, choices=FILE_LANGUAGES)
    file = models.FileField(_("PDF sheet"), upload_to=sheet_path, storage=private_storage)
    fingerprint = models.CharField(max_length=64, blank=True)
    size = models.PositiveIntegerField(_("size"), default=0)
    page_count = models.PositiveSmallIntegerField(_("pages"), null=True, blank=True)
    built_at = models.DateTimeField(_("built on"), auto_now=True)

    class Meta:
        ordering = ["resource", "language"]
        verbose_name = _("PDF sheet")
        verbose_name_plural = _("PDF sheets")
        constraints = [
            models.UniqueConstraint(fields=["resource", "language"], name="one_sheet_per_resource_language"),
        ]

    def __str__(self):
        return f"{self.resource} ({self.language})"

    def get_absolute_url(self):
        with translation.override(self.language):
            return self.resource.get_sheet_url()


# Where a stored toolbox file may still be used: a replaced current file lives on as a previous version.
FILES_IN_USE = [(ResourceFile, "file"), (ResourceFileVersion, "file")]

# The "language" under which downloads of the generated PDF sheets are counted (whatever their language).
SHEET = "sheet"


class DownloadCount(models.Model):
    """Downloads of a resource per language and day. No personal data: just a number."""

    resource = models.ForeignKey(
        Resource, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="download_counts",
    )
    language = models.CharField(_("language"), max_length=5, help_text=_("“sheet” for the generated PDF sheet."))
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(fields=["resource", "language", "day"], name="one_count_per_resource_language_day"),
        ]

    def __str__(self):
        return f"{self.resource} · {self.language} · {self.day}: {self.count}"


class DownloadTotal(models.Model):
    """All downloads of a resource, for "most downloaded": one row per resource, kept apart from the resource's
    row so that counting a download never locks or rewrites the resource (services.download_record)."""

    resource = models.OneToOneField(
        Resource, verbose_name=_("resource"), on_delete=models.CASCADE, primary_key=True,
        related_name="download_total",
    )
    count = models.PositiveIntegerField(_("downloads"), default=0, db_index=True)

    class Meta:
        verbose_name = _("download total")
        verbose_name_plural = _("download totals")

    def __str__(self):
        return f"{self.resource}: {self.count}"


class Kit(Searchable, Publishable):
    """An ordered collection of resources made for an event, e.g. the 2015 mobilisation kit."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"))
    event = models.CharField(_("made for"), max_length=200, blank=True, help_text=_("The event it was made for."))
    event_date = models.DateField(_("date of the event"), null=True, blank=True)
    cover = models.ImageField(_("cover image"), upload_to=cover_path, blank=True, validators=[validate_image])
    cover_alt = models.CharField(_("cover description"), max_length=250, blank=True)
    # The cover as cards and the kit's page show it: a WebP copy made on save, like projects' and articles' images.
    cover_thumbnail = models.ImageField(upload_to=cover_path, blank=True, editable=False)
    cover_thumbnail_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_thumbnail_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    resources = models.ManyToManyField(Resource, through="KitItem", verbose_name=_("resources"), related_name="kits")
    is_featured = models.BooleanField(_("featured on the home page"), default=False)

    objects = PublishableQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("title",), "B": ("event", "description")}

    class Meta:
        ordering = ["-event_date", "title"]
        verbose_name = _("kit")
        verbose_name_plural = _("kits")
        indexes = search_indexes("kit")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        old = Kit.objects.filter(pk=self.pk).values_list("cover", "cover_thumbnail").first() if self.pk else None
        if self.cover and not (self.cover_thumbnail and getattr(self.cover, "_committed", True)):
            self.cover_thumbnail = make_thumbnail(self.cover, COVER_THUMBNAIL_SIZE)
            self.cover_thumbnail_width, self.cover_thumbnail_height = (self.cover_thumbnail.width,
                                                                       self.cover_thumbnail.height)
        elif not self.cover:
            self.cover_thumbnail, self.cover_thumbnail_width, self.cover_thumbnail_height = "", None, None
        super().save(*args, **kwargs)
        # A replaced or cleared cover: its files go once committed.
        for field_file, old_name in zip([self.cover, self.cover_thumbnail], old or [], strict=False):
            if old_name and old_name != field_file.name:
                delete_file_after_commit(field_file.field.attr_class(self, field_file.field, old_name))

    def get_absolute_url(self):
        return slug_url("toolbox:kit-detail", self.slug)

    def structured_data(self, describe, items=(), languages=()):
        """The kit's page as a schema.org Collection of the `items` and ZIPs (`languages`) the page shows."""
        return {
            "@type": "Collection",
            "name": self.title,
            "description": plain_text(self.description, 500),
            "url": describe.url(self.get_absolute_url()),
            "image": describe.image(self.cover),
            "dateModified": iso(self.updated_at),
            "publisher": describe.network_reference(),
            "hasPart": [
                {"@type": "DigitalDocument", "name": item.resource.title,
                 "url": describe.url(item.resource.get_absolute_url())}
                for item in items
            ],
            "associatedMedia": [
                {"@type": "MediaObject", "encodingFormat": "application/zip", "inLanguage": language,
                 "contentUrl": describe.url(reverse("toolbox:kit-download", args=[self.slug, language]))}
                for language in languages
            ],
            "inLanguage": shown_language(self, "title"),  # the page's language, or the fallback shown
        }


class KitItem(models.Model):
    kit = models.ForeignKey(Kit, verbose_name=_("kit"), on_delete=models.CASCADE, related_name="items")
    # PROTECT: a resource that a kit uses cannot be deleted by accident.
    resource = models.ForeignKey(
        Resource, verbose_name=_("resource"), on_delete=models.PROTECT, related_name="kit_items"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("kit item")
        verbose_name_plural = _("kit items")
        constraints = [models.UniqueConstraint(fields=["kit", "resource"], name="resource_once_per_kit")]

    def __str__(self):
        return f"{self.kit} · {self.resource}"


class KitArchive(models.Model):
    """The ZIP of a kit in one language, built when the kit or one of its files changes."""

    kit = models.ForeignKey(Kit, on_delete=models.CASCADE, related_name="archives")
    language = models.CharField(max_length=5, choices=FILE_LANGUAGES)
    file = models.FileField(upload_to=archive_path, storage=private_storage)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    fingerprint = models.CharField(max_length=64)
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kit", "language"]
        constraints = [models.UniqueConstraint(fields=["kit", "language"], name="one_archive_per_kit_language")]

    def __str__(self):
        return f"{self.kit} ({self.language})"



class KitDownloadCount(models.Model):
    """Downloads of a kit's ZIP per language and day, like DownloadCount for resources. No personal data."""

    kit = models.ForeignKey(Kit, verbose_name=_("kit"), on_delete=models.CASCADE, related_name="download_counts")
    language = models.CharField(_("language"), max_length=5)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("kit download count")
        verbose_name_plural = _("kit download counts")
        constraints = [
            models.UniqueConstraint(fields=["kit", "language", "day"], name="one_count_per_kit_language_day"),
        ]

    def __str__(self):
        return f"{self.kit} · {self.language} · {self.day}: {self.count}"


# Deleted rows take their stored files with them, once the deletion is committed (a resource's deletion cascades to
# its files, versions and sheets, and each comes here).
@receiver(post_delete, sender=ResourceFile)
def _delete_resource_file_files(sender, instance, **kwargs):
    delete_file_after_commit(instance.file, unless_used_by=FILES_IN_USE)
    delete_file_after_commit(instance.thumbnail)


@receiver(post_delete, sender=ResourceFileVersion)
def _delete_version_file(sender, instance, **kwargs):
    delete_file_after_commit(instance.file, unless_used_by=FILES_IN_USE)


@receiver(post_delete, sender=ResourceSheet)
def _delete_sheet_file(sender, instance, **kwargs):
    delete_file_after_commit(instance.file, unless_used_by=[(ResourceSheet, "file")])


@receiver(post_delete, sender=KitArchive)
def _delete_archive_file(sender, instance, **kwargs):
    delete_file_after_commit(instance.file, unless_used_by=[(KitArchive, "file")])


@receiver(post_delete, sender=Kit)
def _delete_kit_cover(sender, instance, **kwargs):
    delete_file_after_commit(instance.cover)
    delete_file_after_commit(instance.cover_thumbnail)
