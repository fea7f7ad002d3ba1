"""Filters of the research-action list: stage, mission area and field project.

Every filter is a ChoiceFilter on a plain string (a code or a slug), so the list view can put a count beside each
value and keep the chosen one selected. An unknown value makes the form invalid, which the list shows as an empty
result with a message.

Calls for researchers are split in two by their deadline, at request time: `status=call` lists only the calls still
open, `status=closed-call` those whose deadline has passed. A visitor looking for a call to answer never gets one
that has closed, and a closed call stays findable (it often becomes fieldwork that others want to follow).
"""

import django_filters
from django.db.models import Case, Count, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import alphabetical, shown_text
from core.models import MissionArea
from projects.models import Project

from .models import ResearchEntry, ResearchStatus

OPEN_CALL = ResearchStatus.CALL_OPEN.value
CLOSED_CALL = "closed-call"


def _with_all(label, choices):
    """`choices` after an "All …" entry with an empty value: the only way to leave a filter unset."""
    return [("", label), *choices]


def stage_choices():
    stages = [
        (OPEN_CALL, _("Call for researchers (open)")),
        (CLOSED_CALL, _("Call for researchers (closed)")),
        *[(value, label) for value, label in ResearchStatus.choices if value != OPEN_CALL],
    ]
    return _with_all(_("All stages"), stages)


def mission_area_choices():
    return _with_all(_("All mission areas"), MissionArea.objects.values_list("slug", "name"))


def project_choices():
    # Only the field projects of published research-action (a few dozen, not the 2,000 projects of the Network):
    # the others would list nothing, and building and rendering them all cost most of the page.
    projects = (Project.objects.published().filter(pk__in=ResearchEntry.objects.published().values("projects"))
                .annotate(shown_title=shown_text(Project, "title"))
                .order_by(alphabetical("shown_title"), "pk").values_list("slug", "shown_title"))
    return _with_all(_("All field projects"), projects)


def stage():
    """An entry's stage as the filter names it: its research status, with a call past its deadline "closed-call"
    (the same split as ResearchEntryQuerySet.closed_calls, at request time)."""
    closed = Q(research_status=OPEN_CALL, deadline__lte=timezone.now())
    return Case(When(closed, then=Value(CLOSED_CALL)), default=F("research_status"))


def count_stages(queryset):
    """{stage: number of entries}, with calls split into open and closed by their deadline, in one query."""
    rows = queryset.order_by().annotate(stage=stage()).values("stage").annotate(n=Count("pk"))
    return {row["stage"]: row["n"] for row in rows}


class ResearchEntryFilter(django_filters.FilterSet):
    # `status` in the address, but the entry's stage: ResearchEntry.status is the draft/published flag.
    status = django_filters.ChoiceFilter(
        label=_("Stage"), method="filter_stage", choices=stage_choices, empty_label=None,
    )
    mission_area = django_filters.ChoiceFilter(
        label=_("Mission area"), field_name="mission_areas__slug", choices=mission_area_choices, empty_label=None,
    )
    project = django_filters.ChoiceFilter(
        label=_("Field project"), field_name="projects__slug", choices=project_choices, empty_label=None,
    )

    # Choices read from the database are made once per request, however many times the list view builds the form
    # (once more per faceted filter).
    shared_choices = {"mission_area": mission_area_choices, "project": project_choices}

    class Meta:
        model = ResearchEntry
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cache = getattr(self.request, "_research_filter_choices", None)
        if cache is None:
            cache = {name: list(make_choices()) for name, make_choices in self.shared_choices.items()}
            if self.request is not None:
                self.request._research_filter_choices = cache
        for name, choices in cache.items():
            self.filters[name].extra["choices"] = choices

    def filter_stage(self, queryset, name, value):
        if value == OPEN_CALL:
            return queryset.open_calls()
        if value == CLOSED_CALL:
            return queryset.closed_calls()
        return queryset.filter(research_status=value)
