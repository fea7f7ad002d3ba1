import functools
import re

import django_filters
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.access import sees_members_only, user_of
from core.cache import cached_choices
from core.languages import language_name, shown_order
from core.listing import Each, FilterSelect, tags_of, unnest_text
from core.models import MissionArea
from members.models import Organisation
from members.regions import Region, country_choices

from .models import FILE_LANGUAGES, FileFormat, Resource, ResourceKind


def in_comma_list(field_name, code):
    """Rows whose comma-separated `field_name` (django-countries' several countries) holds exactly `code` ("CO"
    does not match "COM")."""
    return Q(**{f"{field_name}__regex": rf"(^|,){re.escape(code)}(,|$)"})


def mission_area_choices():
    return cached_choices("mission-areas", lambda: MissionArea.objects.values_list("slug", "name"))


def organisation_choices():
    return cached_choices("organisations", Organisation.objects.filter_choices)


def tag_choices():
    # Only the topics published resources use: a draft's (or a members-only resource's) tags stay unknown to visitors.
    return cached_choices("resource-tags", lambda: tags_of(Resource.objects.published()).values_list("slug", "label"))


def member_tag_choices(user):
    """The topics of the resources a logged-in member sees, members-only ones included: cached apart."""
    return cached_choices("resource-tags:members",
                          lambda: tags_of(Resource.objects.visible_to(user)).values_list("slug", "label"))


def language_choices():
    """Each language by its own name, as the language switcher shows it ("Français", "Español")."""
    return [(code, language_name(code)) for code, _name in FILE_LANGUAGES]


class LanguageSelect(FilterSelect):
    """A select of languages whose options say which language their name is in (`lang`), so that a screen reader
    reads "Français" in French on an English page (WCAG 3.1.2)."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value and str(value) != get_language():
            option["attrs"]["lang"] = str(value)
        return option


def year_choices():
    return [(str(year), str(year)) for year in range(timezone.now().year, 1999, -1)]


# The toolbox list's counts: a filter's name and what it counts. Each resource stores its values as facet keys
# ("kind:guide", services.resource_facet_keys_refresh), which the list counts (core.listing.facet_counts).
FACETS = {
    "kind": "kind",
    "mission_area": "mission_areas__slug",
    "language": Each("languages"),
    "region": Each("regions"),
    "country": Each(unnest_text("countries")),
    "organisation": "organisations__slug",
    "format": "files__format",
    "year": "date__year",
    "tag": "tags__slug",
}


class Sort:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    DOWNLOADS = "downloads"
    TITLE = "title"
    CHOICES = [
        (NEWEST, _("Newest")),
        (RELEVANCE, _("Relevance (with a search)")),
        (DOWNLOADS, _("Most downloaded")),
        (TITLE, _("Title (A–Z)")),
    ]
    # Titles sort as the page shows them (core.languages.shown_order), whatever their language.
    ORDERING = {NEWEST: ["-date", "title"], DOWNLOADS: ["-date"], TITLE: ["title"]}


class ResourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search", max_length=200)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ResourceKind.choices, empty_label=_("All kinds"))
    mission_area = django_filters.ChoiceFilter(
        label=_("Mission area"), field_name="mission_areas__slug", choices=mission_area_choices,
        empty_label=_("All mission areas"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, method="filter_language", empty_label=_("All languages"),
        widget=LanguageSelect,
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=Region.choices, method="filter_region", empty_label=_("All regions"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, method="filter_country", empty_label=_("All countries"),
    )
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation"), field_name="organisations__slug", choices=organisation_choices,
        empty_label=_("All organisations"),
    )
    format = django_filters.ChoiceFilter(
        label=_("File format"), field_name="files__format", choices=FileFormat.choices, distinct=True,
        empty_label=_("All formats"),
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="date", lookup_expr="year", choices=year_choices, empty_label=_("All years"),
    )
    tag = django_filters.ChoiceFilter(
        label=_("Topic"), field_name="tags__slug", choices=tag_choices, empty_label=_("All topics"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=Sort.CHOICES, method="filter_sort", empty_label=None,
    )

    class Meta:
        model = Resource
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = user_of(self.request) if self.request is not None else None
        if user is not None and sees_members_only(user):
            self.filters["tag"].extra["choices"] = functools.partial(member_tag_choices, user)

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_language(self, queryset, name, value):
        return queryset.filter(languages__contains=[value])

    def filter_region(self, queryset, name, value):
        return queryset.filter(regions__contains=[value])

    def filter_country(self, queryset, name, value):
        return queryset.filter(in_comma_list("countries", value))

    def filter_sort(self, queryset, name, value):
        return queryset  # ordering is applied last, in filter_queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        sort = self.form.cleaned_data.get("sort") or ""
        searching = bool((self.form.cleaned_data.get("q") or "").strip())
        if sort == Sort.RELEVANCE or (not sort and searching):
            if searching:
                return queryset.order_by_relevance()
            return queryset.order_by(*shown_order(Resource, *Sort.ORDERING[Sort.NEWEST]))
        ordering = shown_order(Resource, *Sort.ORDERING.get(sort, Sort.ORDERING[Sort.NEWEST]))
        if sort == Sort.DOWNLOADS:  # totals live in their own table; never downloaded (no row) comes last
            ordering.insert(0, F("download_total__count").desc(nulls_last=True))
        return queryset.order_by(*ordering)
