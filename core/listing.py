"""Filtered, paginated lists with a count beside each filter value ("Canada (3)").

Each app's list view subclasses `FacetedListView` with a django-filter FilterSet. Counts for a filter
are taken over the results of all the *other* filters, so the numbers say what choosing that value gives.
One query per faceted filter, whatever the number of rows.
"""

import hashlib
from collections import Counter
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import get_language
from django_filters.views import FilterView

from .cache import cached


def tags_of(queryset):
    """The tags of the rows of `queryset` (pass a `published()` one), by name: a tag used only by drafts stays
    unknown to visitors, in filter choices and feed addresses alike (`Model.tags` alone lists every row's tags)."""
    from taggit.models import Tag

    content_type = ContentType.objects.get_for_model(queryset.model)
    return Tag.objects.filter(
        taggit_taggeditem_items__content_type=content_type,
        taggit_taggeditem_items__object_id__in=queryset.order_by().values("pk"),
    ).distinct().order_by("name")


def count_by_field(queryset, lookup):
    """{value: number of rows} for a field or relation lookup, in one query."""
    rows = queryset.order_by().values(lookup).annotate(n=Count("pk", distinct=True))
    return {row[lookup]: row["n"] for row in rows if row[lookup] not in (None, "")}


def count_comma_separated(field_name):
    """A counter for fields that hold several comma-separated codes (countries, regions)."""

    def counter(queryset, lookup=None):
        counts = Counter()
        for value in queryset.order_by().values_list(field_name, flat=True):
            counts.update(code for code in str(value or "").split(",") if code)
        return dict(counts)

    return counter


class FacetedListView(FilterView):
    """A FilterView that paginates and labels each filter choice with its number of results.

    `facets` maps a filter name to a model lookup (counted with `count_by_field`) or to a callable
    taking a queryset. Invalid filter values give an empty list with the form's message (strict mode).
    """

    paginate_by = 20
    facets = {}

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        # Always bound, so the first visit (no parameters) is a valid form and shows the counts too.
        kwargs["data"] = self.request.GET
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.filterset.is_valid():
            self.add_facet_counts(self.filterset)
        for name in self.filterset.form.errors:
            # Screen readers announce the message with the field (ids used by includes/_filter_form.html).
            field = self.filterset.form.fields.get(name)
            if field is not None:
                field.widget.attrs.update({"aria-invalid": "true",
                                           "aria-describedby": f"{self.filterset.form[name].auto_id}-errors"})
        context["result_count"] = context["paginator"].count if context.get("paginator") else len(self.object_list)
        context["is_filtered"] = any(value for key, value in self.request.GET.items() if key != "page")
        return context

    def add_facet_counts(self, filterset):
        base_queryset = self.get_queryset()
        for name, lookup in self.facets.items():
            others = filterset.data.copy()
            others.pop(name, None)
            others.pop("page", None)

            def count(others=others, lookup=lookup):
                counts_from = self.filterset_class(others, queryset=base_queryset, request=self.request)
                counts = lookup(counts_from.qs) if callable(lookup) else count_by_field(counts_from.qs, lookup)
                return {str(key): number for key, number in counts.items()}

            # Counts depend only on the other filters' values and, through a search, on the page's language
            # (its stemming): cached in the page cache, cleared on edits.
            model = base_queryset.model._meta.label_lower
            key = f"facets:{get_language()}:{model}:{name}:{urlencode(sorted(others.lists()), doseq=True)}"
            counts = cached(hashlib.sha256(key.encode()).hexdigest(), count)
            field = filterset.form.fields[name]
            # The value in the address (a code or a slug), also for a model choice, whose cleaned value is an instance.
            selected = str(filterset.form[name].value() or "")
            # Only the widget is relabelled: the form is already validated, and assigning `field.choices` would
            # add django-filter's "All ..." entry a second time (or fail outright on a ModelChoiceField).
            field.widget.choices = [
                (str(value), f"{label} ({counts.get(str(value), 0)})" if str(value) else label)
                for value, label in field.choices
                if not str(value) or counts.get(str(value)) or str(value) == selected
            ]
