"""Filters of the members directory: free text, region, country, kind of organisation, membership, and sort order.

Every filter is a ChoiceFilter on a plain code, so the list view can put a count beside each value. An unknown
value makes the form invalid (strict mode), which the directory shows as an empty result with a message.
"""

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from core.languages import alphabetical, shown_text

from .models import Membership, Organisation, OrganisationKind
from .regions import Region, country_choices


class Sort:
    NAME = "name"
    NEWEST = "-joined_year"
    OLDEST = "joined_year"
    CHOICES = [
        (NAME, _("Name (A–Z)")),
        (NEWEST, _("Joined the Network most recently")),
        (OLDEST, _("Joined the Network longest ago")),
    ]
    # Organisations whose joining year is unknown come last either way.
    ORDERING = {
        NAME: ["name"],
        NEWEST: [F("joined_year").desc(nulls_last=True), "name"],
        OLDEST: [F("joined_year").asc(nulls_last=True), "name"],
    }


class OrganisationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", max_length=200,
        widget=forms.SearchInput(attrs={"placeholder": _("Name or acronym")}),
    )
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices, empty_label=_("All regions"))
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, empty_label=_("All countries"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of organisation"), choices=OrganisationKind.choices, empty_label=_("All kinds"),
    )
    membership = django_filters.ChoiceFilter(
        label=_("Membership"), choices=Membership.choices, empty_label=_("Members and partners"),
    )
    sort = django_filters.ChoiceFilter(label=_("Sort by"), choices=Sort.CHOICES, method="filter_sort", empty_label=None)

    class Meta:
        model = Organisation
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_sort(self, queryset, name, value):
        by_name = alphabetical(shown_text(Organisation, "name"))  # the name shown, in the page's alphabet
        return queryset.order_by(*[by_name if field == "name" else field for field in Sort.ORDERING[value]])
