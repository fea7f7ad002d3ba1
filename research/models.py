import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.dates import zone_name
from core.languages import shown_language, shown_order
from core.models import MissionArea, Scheduled, ScheduledQuerySet, Searchable, search_indexes
from core.richtext import RichTextField
from core.search import vector_fields
from core.seo import iso, plain_text, without_empty
from core.urls import slug_url

# Calls for researchers are run by the Network's secretariat in Paris: their deadlines are typed and shown in Paris
# time ("23:59, heure de Paris"), not in UTC.
DEADLINE_ZONE = zoneinfo.ZoneInfo("Europe/Paris")


class ResearchStatus(models.TextChoices):
    CALL_OPEN = "call", _("Call for researchers")
    FIELDWORK = "fieldwork", _("Fieldwork")
    ANALYSIS = "analysis", _("Analysis")
    PUBLISHED = "published", _("Results published")


class ResearchEntryQuerySet(ScheduledQuerySet):
    def for_listing(self):
        # Prefetched into a list (to_attr): the manager's own cache makes a queryset per row, 0.1–0.2 ms each.
        return self.published().defer(*vector_fields()).prefetch_related(
            models.Prefetch("mission_areas", to_attr="listed_mission_areas"),
        ).order_by(*shown_order(ResearchEntry, "-start_date", "title"))

    def open_calls(self):
        """Calls for researchers whose deadline has not passed: a call closes by itself at its deadline."""
        return self.filter(research_status=ResearchStatus.CALL_OPEN).filter(
            Q(deadline__isnull=True) | Q(deadline__gt=timezone.now())
        )

    def closed_calls(self):
        return self.filter(research_status=ResearchStatus.CALL_OPEN, deadline__lte=timezone.now())

    def current(self):
        """Entries still in progress (open calls, fieldwork, analysis), for the home page."""
        in_progress = Q(research_status__in=[ResearchStatus.FIELDWORK, ResearchStatus.ANALYSIS])
        open_call = Q(research_status=ResearchStatus.CALL_OPEN) & (
            Q(deadline__isnull=True) | Q(deadline__gt=timezone.now())
        )
        return self.published().filter(in_progress | open_call)


class ResearchEntry(Searchable, Scheduled):
    """A research-action: researchers working with field projects to produce tools others can reuse."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists."))
    research_question = RichTextField(_("research question"))
    method = RichTextField(_("method"))
    research_status = models.CharField(
        _("stage"), max_length=10, choices=ResearchStatus.choices, default=ResearchStatus.FIELDWORK, db_index=True,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    deadline = models.DateTimeField(
        _("deadline for applications"), null=True, blank=True,
        help_text=_("For a call for researchers: it shows as closed once this moment has passed."),
    )
    how_to_apply = models.TextField(
        _("how to apply"), blank=True,
        help_text=_("For a call for researchers: who can apply, what to send and where (an e-mail address or a "
                    "link). Shown on the call's page. Plain text; web and e-mail addresses become links."),
    )
    partner_institutions = models.ManyToManyField(
        "members.Organisation", verbose_name=_("partner institutions"), blank=True, related_name="research_entries",
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("field projects"), blank=True, related_name="research_entries",
    )
    mission_areas = models.ManyToManyField(MissionArea, verbose_name=_("mission areas"), blank=True)
    outputs = models.ManyToManyField(
        "toolbox.Resource", verbose_name=_("tools produced"), blank=True, related_name="research_entries",
        help_text=_("The toolbox resources this research-action produced."),
    )

    objects = ResearchEntryQuerySet.as_manager()

    SEARCH_WEIGHTS = {"A": ("title",), "B": ("summary",), "C": ("research_question", "method")}

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("research-action")
        verbose_name_plural = _("research-action entries")
        indexes = search_indexes("researchentry")

    def __str__(self):
        return self.title

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.research_status == ResearchStatus.CALL_OPEN and not self.deadline:
            raise ValidationError({"deadline": _("A call for researchers needs a deadline.")})

    def get_absolute_url(self):
        return slug_url("research:entry-detail", self.slug)

    @property
    def is_call(self):
        return self.research_status == ResearchStatus.CALL_OPEN

    @property
    def deadline_zone(self):
        return DEADLINE_ZONE

    @property
    def deadline_zone_name(self):
        return zone_name(DEADLINE_ZONE)

    @property
    def is_call_closed(self):
        return self.is_call and self.deadline is not None and self.deadline <= timezone.now()

    def structured_data(self, describe):
        """The entry's page as a schema.org ResearchProject with its researchers and partners (see core/seo.py)."""
        researchers = [
            without_empty({
                "@type": "Person", "name": researcher.name, "jobTitle": researcher.role,
                "affiliation": {"@type": "Organization", "name": researcher.institution}
                if researcher.institution else None,
            })
            for researcher in self.researchers.all()
        ]
        partners = [partner.structured_reference(describe) for partner in self.partner_institutions.all()]
        return {
            "@type": "ResearchProject",
            "name": self.title,
            "description": self.summary,
            "url": describe.url(self.get_absolute_url()),
            "foundingDate": iso(self.start_date),
            "dissolutionDate": iso(self.end_date),
            "member": researchers + partners,
            "parentOrganization": describe.network_reference(),
            # An open call says how to apply, as its page does, until the deadline.
            "potentialAction": without_empty({
                "@type": "ApplyAction", "description": plain_text(self.how_to_apply), "endTime": iso(self.deadline),
                "target": describe.url(self.get_absolute_url()),
            }) if self.is_call and not self.is_call_closed and self.how_to_apply.strip() else None,
            "inLanguage": shown_language(self, "title"),  # the page's language, or the fallback shown
        }


class Researcher(models.Model):
    entry = models.ForeignKey(ResearchEntry, on_delete=models.CASCADE, related_name="researchers")
    name = models.CharField(_("name"), max_length=150)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=150, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("researcher")
        verbose_name_plural = _("researchers")

    def __str__(self):
        return self.name
