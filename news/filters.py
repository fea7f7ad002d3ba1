"""Filters of the news list: topic (tag), mission area and year of publication.

Like the project list, every filter is a ChoiceFilter on a plain string (a slug or a year), so the list view can put
a count beside each value. An unknown value makes the form invalid, which the list shows as an empty result with a
message, never an error page.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.listing import tags_of
from core.models import MissionArea

from .models import Article


def published_years():
    """The years that have published news, newest first, in one query."""
    return [day.year for day in Article.objects.published().dates("published_at", "year", order="DESC")]


def published_tags():
    """The tags of published articles: the only topics visitors may learn about (filters, tag feeds)."""
    return tags_of(Article.objects.published())


def tag_choices():
    return [("", _("All topics")), *published_tags().values_list("slug", "label")]


def mission_area_choices():
    return [("", _("All mission areas")), *MissionArea.objects.values_list("slug", "name")]


def year_choices():
    # Only years with published news: a year with only scheduled articles stays unknown until their time.
    return [("", _("All years")), *((str(year), str(year)) for year in published_years())]


class ArticleFilter(django_filters.FilterSet):
    tag = django_filters.ChoiceFilter(label=_("Topic"), field_name="tags__slug", choices=tag_choices, empty_label=None)
    mission_area = django_filters.ChoiceFilter(
        label=_("Mission area"), field_name="mission_areas__slug", choices=mission_area_choices, empty_label=None,
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="published_at", lookup_expr="year", choices=year_choices, empty_label=None,
    )

    # Choices that cost a query are read once per request, however many times the list view builds the form
    # (once more per faceted filter).
    shared_choices = {"tag": tag_choices, "mission_area": mission_area_choices, "year": year_choices}

    class Meta:
        model = Article
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in self.choices_for(self.request).items():
            self.filters[name].extra["choices"] = choices

    @classmethod
    def choices_for(cls, request):
        """{filter name: choices}, made on the first call for `request` and kept on it."""
        cache = getattr(request, "_news_filter_choices", None)
        if cache is None:
            cache = {name: list(make_choices()) for name, make_choices in cls.shared_choices.items()}
            if request is not None:
                request._news_filter_choices = cache
        return cache
