"""What every app shares: draft/published content, scheduled content and the Network's mission areas."""

import functools

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.managers import _TaggableManager
from taggit.models import Tag

from .search import search_vectors


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What visitors may see. Every public view, list, feed and search starts here."""
        return self.filter(status=Status.PUBLISHED)


@functools.cache
def choice_labels(field, language):
    """A field's value → label map. Labels given lazily stay lazy (translated when shown); keyed by language too, for
    fields whose choices are translated when listed (django-countries)."""
    return dict(make_hashable(field.flatchoices))


class ChoiceLabels:
    """get_FOO_display() without translating every label of the field each call: Django's hashes the field's choices
    (a gettext per lazy label, ~5 per call, 60 calls on a list page); here the map is built once per process."""

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        return force_str(choice_labels(field, get_language()).get(make_hashable(value), value), strings_only=True)


class Publishable(ChoiceLabels, models.Model):
    """Draft/published status and timestamps shared by all public content."""

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True,
        help_text=_("Only published items are visible to the public."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED


class Searchable(models.Model):
    """Content the site search and its list's `?q=` find: a stored vector per language of the site (core/search.py)
    of the texts SEARCH_WEIGHTS names ({"A": title fields, "B": ..., "C": ...}). save() writes them in the same
    INSERT or UPDATE as the row, from its own texts; writes that skip save() (bulk_create, update(), a raw
    restore) are put right by `manage.py rebuild_search`. Each model lists search_indexes() in its Meta."""

    SEARCH_WEIGHTS = {}

    search_vector_en = SearchVectorField(null=True, editable=False)
    search_vector_fr = SearchVectorField(null=True, editable=False)
    search_vector_es = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        vectors = search_vectors(type(self), instance=self)
        self.__dict__.update(vectors)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *vectors}
        try:
            super().save(*args, **kwargs)
        finally:
            for name in vectors:  # SQL, not values: read from the database if ever needed
                self.__dict__.pop(name, None)


def search_indexes(prefix):
    """The GIN index of each stored vector of a Searchable model (names: at most 30 characters)."""
    return [GinIndex(fields=[f"search_vector_{language}"], name=f"{prefix}_search_{language}")
            for language in ("en", "fr", "es")]


class ScheduledQuerySet(PublishableQuerySet):
    def published(self):
        """Published, and its publication time has come: a scheduled item appears by itself, on every path."""
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())


class Scheduled(Publishable):
    """Publishable content with a publication date and time, which may be in the future."""

    published_at = models.DateTimeField(
        _("publication date and time"), default=timezone.now, db_index=True,
        help_text=_("Published items stay hidden until this moment. Set a future time to schedule."),
    )

    objects = ScheduledQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.published_at > timezone.now()


class MissionArea(models.Model):
    """One of the Network's three mission areas (healthy schools, social protection, young people)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        db_table = "network_site_missionarea"  # created by network_site before the model moved here (no copy)
        ordering = ["order", "name"]
        verbose_name = _("mission area")
        verbose_name_plural = _("mission areas")

    def __str__(self):
        return self.name


def other_languages():
    """The site's languages other than the default one, which tags are named in."""
    from django.conf import settings

    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class TagTranslation(models.Model):
    """A topic's name in one of the site's other languages. taggit's tags have a single name, written in the
    site's default language (English); visitors in French or Spanish read this one wherever it exists (filters,
    chips, feeds) and the toolbox search finds resources by it. Edited in the tag admin."""

    tag = models.ForeignKey("taggit.Tag", on_delete=models.CASCADE, related_name="translations", verbose_name=_("tag"))
    language = models.CharField(_("language"), max_length=10, choices=other_languages)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("tag translation")
        verbose_name_plural = _("tag translations")
        constraints = [models.UniqueConstraint(fields=["tag", "language"], name="one_tag_name_per_language")]

    def __str__(self):
        return self.name


def tag_label():
    """SQL for a tag's name in the visitor's language, else its own name (English)."""
    name = TagTranslation.objects.filter(tag=OuterRef("pk"), language=get_language()).values("name")[:1]
    return Coalesce(Subquery(name), "name")


def translated_tags():
    """Every tag with `label`, its name in the visitor's language: for lists of topics (filters, feeds)."""
    return Tag.objects.annotate(label=tag_label())


class TranslatedTags(_TaggableManager):
    """An object's tags (`obj.tags.all()`) each with `label`, its name in the visitor's language, in the same query,
    also when prefetched (`prefetch_related("tags")` reads through get_queryset). For TaggableManager(manager=)."""

    def get_queryset(self, extra_filters=None):
        queryset = super().get_queryset(extra_filters)
        if self.prefetch_cache_name in getattr(self.instance, "_prefetched_objects_cache", {}):
            return queryset  # already read, with their labels
        return queryset.annotate(label=tag_label())
