from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.images import make_thumbnail
from core.languages import alphabetical, shown_text
from core.models import Publishable, PublishableQuerySet, Searchable, search_indexes
from core.richtext import RichTextField
from core.search import matching
from core.seo import plain_text, without_empty
from core.urls import slug_url
from core.validators import validate_image

from .regions import Region, region_for_country

LOGO_THUMBNAIL_SIZE = (240, 240)


class OrganisationKind(models.TextChoices):
    EDUCATION_UNION = "union", _("Education union")
    MUTUAL = "mutual", _("Mutual health society")
    COOPERATIVE = "cooperative", _("Cooperative")
    ASSOCIATION = "association", _("Association")
    RESEARCH = "research", _("Research centre or university")
    FOUNDATION = "foundation", _("Foundation")
    OTHER = "other", _("Other")


class Membership(models.TextChoices):
    FOUNDER = "founder", _("Founding member")
    MEMBER = "member", _("Member")
    PARTNER = "partner", _("Partner")


class OrganisationQuerySet(PublishableQuerySet):
    def for_listing(self):
        """Published organisations, A–Z in the page's alphabet."""
        return self.published().order_by(alphabetical(shown_text(Organisation, "name")), "pk").only(
            "name", "acronym", "slug", "kind", "country", "region", "city", "membership", "joined_year",
            "logo_thumbnail", "status",
        )

    def filter_choices(self):
        """(slug, "Name (ACRONYM)") of the published organisations, named and sorted A–Z as the page shows them, for
        the lists' organisation filters. Read in SQL as plain values: 300 organisations made into models, or given
        modeltranslation's fallbacks row by row, took 4–9 ms of a cold list's CPU; this takes 2."""
        rows = (self.published()
                .annotate(shown_name=shown_text(Organisation, "name"),
                          shown_acronym=shown_text(Organisation, "acronym"))
                .order_by(alphabetical("shown_name"), "pk").values_list("slug", "shown_name", "shown_acronym"))
        return [(slug, Organisation.full_name(name, acronym)) for slug, name, acronym in rows]

    def search(self, query):
        """Organisations having every word of `query` in their name, acronym or description, as the site search
        finds them (core/search.py), with a `rank`."""
        return matching(self, query)


class Organisation(Searchable, Publishable):
    """A member or partner organisation of the Network."""

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices, db_index=True)
    membership = models.CharField(
        _("membership"), max_length=10, choices=Membership.choices, default=Membership.MEMBER, db_index=True,
        help_text=_("Founding member, member or partner of the Network."),
    )
    country = CountryField(_("country"), blank=True, db_index=True)
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, blank=True, editable=False, db_index=True,
        help_text=_("Set from the country."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"), upload_to="members/logos/", blank=True, validators=[validate_image],
        help_text=_("JPEG, PNG, WebP or GIF. A small copy for lists is made when you save."),
    )
    logo_thumbnail = models.ImageField(
        _("logo thumbnail"), upload_to="members/logos/thumbs/", blank=True, editable=False
    )
    logo_thumbnail_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_thumbnail_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    description = RichTextField(_("description"))
    health_social_protection_work = RichTextField(
        _("work in health and social protection"),
        help_text=_("What the organisation does for the health and social protection of education staff."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1700), MaxValueValidator(2100)],
    )
    people_represented = models.PositiveIntegerField(
        _("people represented"), null=True, blank=True, help_text=_("Members, insured people or staff it represents."),
    )
    joined_year = models.PositiveSmallIntegerField(
        _("year it joined the Network"), null=True, blank=True, db_index=True,
        validators=[MinValueValidator(2009), MaxValueValidator(2100)],
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)

    objects = OrganisationQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("name", "acronym"), "B": ("description",)}

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        # No index on the name: lists sort by the name shown in the reader's language and alphabet.
        indexes = search_indexes("organisation")

    def __str__(self):
        return self.full_name(self.name, self.acronym)

    def save(self, *args, **kwargs):
        self.region = region_for_country(self.country)
        if self.logo and not self._logo_thumbnail_is_current():
            self.logo_thumbnail = make_thumbnail(self.logo, LOGO_THUMBNAIL_SIZE)
            self.logo_thumbnail_width, self.logo_thumbnail_height = (self.logo_thumbnail.width,
                                                                     self.logo_thumbnail.height)
        elif not self.logo:
            self.logo_thumbnail, self.logo_thumbnail_width, self.logo_thumbnail_height = "", None, None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("members:organisation-detail", self.slug)

    @property
    def display_name(self):
        """The acronym where the Network is used to it, else the name."""
        return self.acronym or self.name

    @staticmethod
    def full_name(name, acronym):
        """The name and its acronym, or the name alone: what __str__ shows, also for rows read as values (filters)."""
        return f"{name} ({acronym})" if acronym and acronym != name else name

    def _logo_thumbnail_is_current(self):
        # A freshly uploaded logo is not yet committed to storage; a stored one already has its copy.
        return bool(self.logo_thumbnail) and getattr(self.logo, "_committed", True)

    def structured_reference(self, describe):
        """The organisation where other content names it (creator, partner, organiser), linked once published."""
        return without_empty({
            "@type": "Organization",
            "name": self.name,
            "alternateName": self.acronym if self.acronym != self.name else "",
            "url": describe.url(self.get_absolute_url()) if self.is_published else "",
        })

    def structured_data(self, describe):
        """The member's page as a schema.org Organization, a member of the Network (see core/seo.py)."""
        address = without_empty({
            "@type": "PostalAddress", "addressLocality": self.city, "addressCountry": self.country.code,
        })
        return {
            **self.structured_reference(describe),
            "url": describe.url(self.get_absolute_url()),
            "sameAs": [self.website] if self.website else [],
            "logo": describe.image(self.logo),
            "description": plain_text(self.description, 500),
            "address": address if len(address) > 1 else None,
            "foundingDate": str(self.founded_year) if self.founded_year else None,
            "email": self.contact_email,
            "memberOf": describe.network_reference(),
        }
