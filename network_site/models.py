from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .richtext import RichTextField


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What visitors may see. Every public view, list, feed and search starts here."""
        return self.filter(status=Status.PUBLISHED)


class Publishable(models.Model):
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
        ordering = ["order", "name"]
        verbose_name = _("mission area")
        verbose_name_plural = _("mission areas")

    def __str__(self):
        return self.name


class NetworkPage(Publishable):
    """A staff-edited page of the "The Network" section (who we are, mission, governance...)."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists and search results.")
    )
    body = RichTextField(_("body"))
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Pages are listed in this order; the first one opens the section."),
    )

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("Network page")
        verbose_name_plural = _("Network pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:page", kwargs={"slug": self.slug})


class StaffPreference(models.Model):
    """What a staff member chose for their own admin: its language (see network_site/admin_language.py)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="staff_preference",
    )
    language = models.CharField(_("language of the admin"), max_length=5, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("staff preference")
        verbose_name_plural = _("staff preferences")

    def __str__(self):
        return f"{self.user} ({self.language})"
