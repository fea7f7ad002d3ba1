from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager

from core.images import make_thumbnail
from core.languages import shown_language
from core.models import MissionArea, Publishable, PublishableQuerySet, Searchable, TranslatedTags, search_indexes
from core.richtext import RichTextField
from core.search import matching
from core.seo import iso
from core.urls import slug_url
from core.validators import validate_image
from members.models import Organisation
from members.regions import Region, region_for_country

IMAGE_THUMBNAIL_SIZE = (640, 400)


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectQuerySet(PublishableQuerySet):
    def for_listing(self):
        return (
            self.published()
            .select_related("lead_organisation")
            # Into a list (to_attr): the manager's own cache makes a queryset per row, 0.1–0.2 ms each.
            .prefetch_related(models.Prefetch("mission_areas", to_attr="listed_mission_areas"))
            # What a line of the list shows (projects_tags.project_list_item): a project row has some 60 columns.
            .only(
                "title", "slug", "summary", "image_thumbnail", "image_thumbnail_width", "image_thumbnail_height",
                "project_status", "start_date", "end_date", "countries",
                "lead_organisation__name", "lead_organisation__acronym", "lead_organisation__slug",
                "lead_organisation__status",
            )
        )

    def for_detail(self):
        """Published projects with everything their page shows. Partner organisations still in draft are left out."""
        return (
            self.published()
            .select_related("lead_organisation")
            .prefetch_related(
                models.Prefetch(
                    "partner_organisations",
                    queryset=Organisation.objects.published().only("name", "acronym", "slug", "status"),
                    to_attr="published_partners",
                ),
                "mission_areas",
                "tags",
            )
        )

    def search(self, query):
        """Projects having every word of `query` in their title, summary or context, in any language, as the site
        search finds them (core/search.py), with a `rank`."""
        return matching(self, query)

    def involving(self, organisation):
        """Projects an organisation (an instance, or its slug) leads or takes part in.

        A subquery rather than a join and DISTINCT: each project comes once, and the result can still be
        filtered further and counted column by column (DISTINCT would merge projects with equal values).
        """
        key, value = ("slug", organisation) if isinstance(organisation, str) else ("pk", organisation.pk)
        partner_of = self.model.partner_organisations.through.objects.filter(**{f"organisation__{key}": value})
        return self.filter(
            models.Q(**{f"lead_organisation__{key}": value}) | models.Q(pk__in=partner_of.values("project_id"))
        )

    def in_country(self, code):
        """Projects working in the country `code` (ISO 3166 alpha-2)."""
        return self._having_code("countries", code)

    def in_region(self, region):
        """Projects working in at least one country of `region` (a members.regions.Region value)."""
        return self.filter(regions__contains=[region])

    def _having_code(self, field_name, code):
        # django-countries stores several countries comma-separated ("CM,CO"): wrapping the column in commas
        # matches whole codes only.
        alias = f"{field_name}_wrapped"
        wrapped = Concat(Value(","), field_name, Value(","), output_field=models.CharField())
        return self.alias(**{alias: wrapped}).filter(**{f"{alias}__contains": f",{code},"})


class Project(Searchable, Publishable):
    """A field project of the Network, in the uniform layout the Network uses for every project."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists and search results."))
    context = RichTextField(_("context"))
    lead_organisation = models.ForeignKey(
        "members.Organisation", verbose_name=_("lead organisation"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="led_projects",
    )
    partner_organisations = models.ManyToManyField(
        "members.Organisation", verbose_name=_("partner organisations"), blank=True,
        related_name="partner_projects",
    )
    other_partners = models.TextField(
        _("other partners"), blank=True, help_text=_("Partners that are not in the members directory, one per line."),
    )
    funders = models.TextField(_("funders"), blank=True, help_text=_("One per line."))
    countries = CountryField(_("countries"), multiple=True, blank=True)
    regions = ArrayField(
        models.CharField(max_length=20), verbose_name=_("regions"), blank=True, default=list, editable=False,
        help_text=_("Set from the countries; used to filter by region."),
    )
    mission_areas = models.ManyToManyField(MissionArea, verbose_name=_("mission areas"), blank=True)
    tags = TaggableManager(_("tags"), blank=True, manager=TranslatedTags)
    project_status = models.CharField(
        _("project status"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING,
        db_index=True,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    beneficiaries_description = models.TextField(_("beneficiaries"), blank=True)
    beneficiaries_count = models.PositiveIntegerField(_("number of beneficiaries"), null=True, blank=True)
    general_objective = RichTextField(_("general objective"))
    specific_objectives = RichTextField(_("specific objectives"))
    activities = RichTextField(_("activities"))
    results = RichTextField(_("results"))
    contact = models.TextField(_("contact"), blank=True)
    image = models.ImageField(
        _("image"), upload_to="projects/images/", blank=True, validators=[validate_image],
    )
    image_alt = models.CharField(
        _("image description"), max_length=250, blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    image_thumbnail = models.ImageField(
        _("image thumbnail"), upload_to="projects/images/thumbs/", blank=True, editable=False
    )
    image_thumbnail_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_thumbnail_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    external_url = models.URLField(_("external link"), blank=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)

    objects = ProjectQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("title",), "B": ("summary",), "C": ("context",)}

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            *search_indexes("project"),
            # The home page's featured projects, a handful among thousands: found without reading the whole table
            # (2,200 projects on the bench data: 1,118 pages read, 2.7 ms, for every cold home page).
            models.Index(fields=["-start_date"], condition=Q(is_featured=True), name="project_featured_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    def save(self, *args, **kwargs):
        regions = {region_for_country(code) for code in self.countries}
        self.regions = sorted(region for region in regions if region)
        if self.image and not (self.image_thumbnail and getattr(self.image, "_committed", True)):
            self.image_thumbnail = make_thumbnail(self.image, IMAGE_THUMBNAIL_SIZE)
            self.image_thumbnail_width, self.image_thumbnail_height = (self.image_thumbnail.width,
                                                                       self.image_thumbnail.height)
        elif not self.image:
            self.image_thumbnail, self.image_thumbnail_width, self.image_thumbnail_height = "", None, None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("projects:project-detail", self.slug)

    @property
    def other_partner_list(self):
        return [line.strip() for line in self.other_partners.splitlines() if line.strip()]

    @property
    def funder_list(self):
        return [line.strip() for line in self.funders.splitlines() if line.strip()]

    @property
    def region_labels(self):
        labels = dict(Region.choices)
        return [labels[code] for code in self.regions if code in labels]

    def structured_data(self, describe):
        """The project's page as a schema.org Project; the partners are those the page shows (see core/seo.py)."""
        partners = getattr(self, "published_partners", [])
        lead = self.lead_organisation
        return {
            "@type": "Project",
            "name": self.title,
            "description": self.summary,
            "url": describe.url(self.get_absolute_url()),
            "image": describe.image(self.image),
            "foundingDate": iso(self.start_date),
            "dissolutionDate": iso(self.end_date),
            "areaServed": [{"@type": "Country", "name": str(country.name)} for country in self.countries],
            "parentOrganization": lead.structured_reference(describe) if lead and lead.is_published else None,
            "member": [partner.structured_reference(describe) for partner in partners],
            "sameAs": [self.external_url] if self.external_url else [],
            "inLanguage": shown_language(self, "title"),  # the page's language, or the fallback shown
        }
