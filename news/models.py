import uuid
import zoneinfo
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager

from core.images import make_thumbnail
from core.languages import shown_language
from core.models import MissionArea, Scheduled, ScheduledQuerySet, Searchable, TranslatedTags, search_indexes
from core.richtext import RichTextField
from core.search import vector_fields
from core.seo import iso, without_empty
from core.urls import slug_url
from core.validators import validate_image

from .timezones import country_time_zone

ARTICLE_THUMBNAIL_SIZE = (640, 400)
PHOTO_THUMBNAIL_SIZE = (400, 400)
PHOTO_LARGE_SIZE = (1600, 1600)
TIME_ZONES = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})


def image_path(instance, filename):
    return f"news/{instance._meta.model_name}/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:6]}"


def require_alt_text(instance, image_field="image", alt_field="image_alt"):
    if getattr(instance, image_field) and not getattr(instance, alt_field).strip():
        raise ValidationError({alt_field: _("Describe the image for people who cannot see it.")})


class ArticleQuerySet(ScheduledQuerySet):
    def for_listing(self):
        # The tags into a list (to_attr): prefetched the usual way, each article's tag manager built a queryset with
        # the labels' subquery only to hold them, ~0.7 ms per article, most of a news page's time.
        return self.published().defer("body", *vector_fields()).prefetch_related(
            models.Prefetch("tags", to_attr="listed_tags"),
        ).order_by("-published_at")


class Article(Searchable, Scheduled):
    """A news article. Hidden everywhere until its publication time."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists and feeds."))
    body = RichTextField(_("body"))
    image = models.ImageField(_("main image"), upload_to=image_path, blank=True, validators=[validate_image])
    image_alt = models.CharField(
        _("image description"), max_length=250, blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    image_thumbnail = models.ImageField(upload_to=image_path, blank=True, editable=False)
    image_thumbnail_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_thumbnail_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    tags = TaggableManager(_("tags"), blank=True, manager=TranslatedTags)
    mission_areas = models.ManyToManyField(MissionArea, verbose_name=_("mission areas"), blank=True)
    organisations = models.ManyToManyField(
        "members.Organisation", verbose_name=_("related members"), blank=True, related_name="articles",
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("related projects"), blank=True, related_name="articles",
    )
    resources = models.ManyToManyField(
        "toolbox.Resource", verbose_name=_("attached toolbox resources"), blank=True, related_name="articles",
    )
    kit = models.ForeignKey(
        "toolbox.Kit", verbose_name=_("kit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles",
        help_text=_("The mobilisation kit the article is about: its page links to it, near the top."),
    )
    is_featured = models.BooleanField(_("featured"), default=False)

    objects = ArticleQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("title",), "B": ("summary",), "C": ("body",)}

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        indexes = [models.Index(fields=["status", "-published_at"]), *search_indexes("article")]

    def __str__(self):
        return self.title

    def clean(self):
        require_alt_text(self)

    def save(self, *args, **kwargs):
        if self.image and not (self.image_thumbnail and getattr(self.image, "_committed", True)):
            self.image_thumbnail = make_thumbnail(self.image, ARTICLE_THUMBNAIL_SIZE)
            self.image_thumbnail_width, self.image_thumbnail_height = (self.image_thumbnail.width,
                                                                       self.image_thumbnail.height)
        elif not self.image:
            self.image_thumbnail, self.image_thumbnail_width, self.image_thumbnail_height = "", None, None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("news:article-detail", self.slug)

    def structured_data(self, describe):
        """The article's page as a schema.org NewsArticle, by the Network (see core/seo.py)."""
        return {
            "@type": "NewsArticle",
            "headline": Truncator(self.title).chars(110),
            "description": self.summary,
            "url": describe.url(self.get_absolute_url()),
            "mainEntityOfPage": describe.url(self.get_absolute_url()),
            "image": describe.images(self.image),
            "datePublished": iso(self.published_at),
            "dateModified": iso(max(self.published_at, self.updated_at)),
            "author": describe.network_reference(),
            "publisher": describe.network_reference(),
            "keywords": [tag.label for tag in self.tags.all()],
            "inLanguage": shown_language(self, "title"),  # the page's language, or the fallback shown
        }


class EventKind(models.TextChoices):
    GENERAL_ASSEMBLY = "assembly", _("General assembly")
    OPEN_FORUM = "forum", _("Open forum or workshop")
    WEBINAR = "webinar", _("Webinar")
    CONGRESS = "congress", _("Congress or conference")
    TRAINING = "training", _("Training")


class EventQuerySet(ScheduledQuerySet):
    def upcoming(self):
        """Published events that have not ended yet, soonest first."""
        return self.published().filter(end_at__gte=timezone.now()).order_by("start_at")

    def past(self):
        return self.published().filter(end_at__lt=timezone.now()).order_by("-start_at")


class Event(Searchable, Scheduled):
    """A general assembly, open forum, webinar, congress or training, with its photo gallery."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=EventKind.choices, db_index=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists and calendars."))
    start_at = models.DateTimeField(_("starts at"), db_index=True)
    end_at = models.DateTimeField(_("ends at"), db_index=True)
    time_zone = models.CharField(
        _("time zone of the event"), max_length=64, default="UTC", choices=[(name, name) for name in TIME_ZONES],
        help_text=_("Times are shown to visitors in the event's own time zone, e.g. America/Toronto."),
    )
    is_online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online meeting address"), blank=True)
    description = RichTextField(_("description"))
    programme = RichTextField(_("programme"))
    outcomes = RichTextField(_("outcomes"))
    registration_url = models.URLField(_("registration link"), blank=True)
    organisations = models.ManyToManyField(
        "members.Organisation", verbose_name=_("related members"), blank=True, related_name="events",
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("related projects"), blank=True, related_name="events",
    )
    resources = models.ManyToManyField(
        "toolbox.Resource", verbose_name=_("related toolbox resources"), blank=True, related_name="events",
    )

    objects = EventQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("title",), "B": ("summary", "city", "venue"), "C": ("description", "programme", "outcomes")}

    class Meta:
        ordering = ["-start_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = search_indexes("event")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_at and self.end_at and self.end_at < self.start_at:
            raise ValidationError({"end_at": _("The end cannot be before the start.")})
        if not self.is_online and not (self.city or self.venue):
            raise ValidationError({"city": _("Give the place of the event, or tick “online”.")})

    def save(self, *args, **kwargs):
        if not self.time_zone:
            self.time_zone = country_time_zone(self.country) or "UTC"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("news:event-detail", self.slug)

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def local_start(self):
        return self.start_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end_at.astimezone(self.zone)

    @property
    def is_upcoming(self):
        return self.end_at >= timezone.now()

    def structured_data(self, describe, photos=()):
        """The event's page as a schema.org Event, with the first `photos` of its gallery (see core/seo.py)."""
        place = without_empty({
            "@type": "Place",
            "name": self.venue or self.city,
            "address": without_empty({
                "@type": "PostalAddress", "addressLocality": self.city, "addressCountry": self.country.code,
            }),
        })
        # The meeting link only while the page shows it (upcoming events).
        virtual = {"@type": "VirtualLocation", "url": self.online_url if self.is_upcoming and self.online_url
                   else describe.url(self.get_absolute_url())}
        has_place = bool(self.venue or self.city)
        if self.is_online and has_place:
            mode, location = "MixedEventAttendanceMode", [place, virtual]
        elif self.is_online:
            mode, location = "OnlineEventAttendanceMode", virtual
        else:
            mode, location = "OfflineEventAttendanceMode", place
        organisations = getattr(self, "published_organisations", [])
        return {
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": describe.url(self.get_absolute_url()),
            "startDate": iso(self.local_start),
            "endDate": iso(self.local_end),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": location,
            "image": describe.images(*[photo.large or photo.image for photo in list(photos)[:3]]),
            "organizer": [organisation.structured_reference(describe) for organisation in organisations]
            or describe.network_reference(),
            # Registration, like the page's button, only while it can still be used.
            "offers": {"@type": "Offer", "url": self.registration_url}
            if self.is_upcoming and self.registration_url else None,
            "inLanguage": shown_language(self, "title"),  # the page's language, or the fallback shown
        }


class Photo(models.Model):
    """A picture of an event's gallery, with its smaller copies made once at upload."""

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("image"), upload_to=image_path, validators=[validate_image])
    image_alt = models.CharField(_("description"), max_length=250, help_text=_("What the photo shows."))
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=150, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    thumbnail = models.ImageField(upload_to=image_path, blank=True, editable=False)
    large = models.ImageField(upload_to=image_path, blank=True, editable=False)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.image_alt

    def save(self, *args, **kwargs):
        if self.image and not (self.thumbnail and getattr(self.image, "_committed", True)):
            self.thumbnail = make_thumbnail(self.image, PHOTO_THUMBNAIL_SIZE)
            self.large = make_thumbnail(self.image, PHOTO_LARGE_SIZE)
            self.width, self.height = self.image.width, self.image.height
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:photo-detail", kwargs={"slug": self.event.slug, "pk": self.pk})
