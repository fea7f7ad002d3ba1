"""Filters of the project list: free text, project status, mission area, region, country, organisation, tag.

Every filter is a ChoiceFilter on a plain string (a slug or a code), so that the list view can put a count beside
each value and keep the chosen one selected (it compares the values as strings).
An unknown value makes the form invalid, which the list shows as an empty result with a message.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import tags_of
from core.models import MissionArea
from members.models import Organisation
from members.regions import Region
from members.regions import country_choices as all_country_choices

from .models import Project, ProjectStatus


def _with_all(label, choices):
    """`choices` after an "All …" entry with an empty value: the only way to leave a filter unset."""
    return [("", label), *choices]


def status_choices():
    return _with_all(_("All statuses"), ProjectStatus.choices)


def mission_area_choices():
    return _with_all(_("All mission areas"), MissionArea.objects.values_list("slug", "name"))


def region_choices():
    return _with_all(_("All regions"), Region.choices)


def country_choices():
    # Called per form, so country names come in the visitor's language.
    return _with_all(_("All countries"), all_country_choices())


def organisation_choices():
    # A–Z as the page shows the names: sorting by the model's `name` sorted by the page language's column, empty
    # where a name is not translated (their order then followed the rows' order on disk).
    return _with_all(_("All organisations"), Organisation.objects.filter_choices())


def tag_choices():
    # Only the topics published projects use: a draft's tags stay unknown to visitors.
    return _with_all(_("All topics"), tags_of(Project.objects.published()).values_list("slug", "label"))


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=200,
        widget=forms.SearchInput(attrs={"placeholder": _("Title or words in the description")}),
    )
    # `status` in the address, but the project's progress: Project.status is the draft/published flag.
    status = django_filters.ChoiceFilter(
        label=_("Project status"), field_name="project_status", choices=status_choices, empty_label=None,
    )
    mission_area = django_filters.ChoiceFilter(
        label=_("Mission area"), field_name="mission_areas__slug", choices=mission_area_choices, empty_label=None,
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), method="filter_region", choices=region_choices, empty_label=None,
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), method="filter_country", choices=country_choices, empty_label=None,
    )
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation (lead or partner)"), method="filter_organisation", choices=organisation_choices,
        empty_label=None,
    )
    tag = django_filters.ChoiceFilter(
        label=_("Topic"), field_name="tags__slug", choices=tag_choices, empty_label=None,
    )

    # Choices that cost a query (or a sort of 250 country names) are made once per request, however many
    # times the list view builds the form (once more per faceted filter).
    shared_choices = {
        "mission_area": mission_area_choices, "country": country_choices,
        "organisation": organisation_choices, "tag": tag_choices,
    }

    class Meta:
        model = Project
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cache = getattr(self.request, "_project_filter_choices", None)
        if cache is None:
            cache = {name: list(make_choices()) for name, make_choices in self.shared_choices.items()}
            if self.request is not None:
                self.request._project_filter_choices = cache
        for name, choices in cache.items():
            self.filters[name].extra["choices"] = choices

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_region(self, queryset, name, value):
        return queryset.in_region(value)

    def filter_country(self, queryset, name, value):
        return queryset.in_country(value)

    def filter_organisation(self, queryset, name, value):
        return queryset.involving(value)
