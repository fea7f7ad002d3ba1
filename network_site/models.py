from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import Publishable
from core.richtext import RichTextField
from core.urls import slug_url


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
        return slug_url("network:page", self.slug)


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
