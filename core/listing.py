"""Filtered, paginated lists with a count beside each filter value ("Canada (3)").

Each app's list view subclasses `FacetedListView` with a django-filter FilterSet. Counts for a filter
are taken over the results of all the *other* filters, so the numbers say what choosing that value gives.
All the counts of a list, and its number of results, come from one SQL statement (`facet_counts`), whatever the
number of filters and rows.
"""

import functools
import hashlib
import html

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, CharField, Exists, ExpressionWrapper, F, Func, OuterRef, Q, Value
from django.utils.choices import BaseChoiceIterator, normalize_choices
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language
from django_filters.views import FilterView

from .cache import cached


def tags_of(queryset):
    """The tags of the rows of `queryset` (pass a `published()` one), by their name in the visitor's language
    (`label`): a tag used only by drafts stays unknown to visitors, in filter choices and feed addresses alike
    (`Model.tags` alone lists every row's tags)."""
    from taggit.models import TaggedItem

    from .models import translated_tags

    # EXISTS per tag (a few dozen) stops at its first published row: 4 ms on 20,000 resources, where a DISTINCT
    # over every tagged row took 45 ms.
    content_type = ContentType.objects.get_for_model(queryset.model)
    used = TaggedItem.objects.filter(tag=OuterRef("pk"), content_type=content_type,
                                     object_id__in=queryset.order_by().values("pk"))
    return translated_tags().filter(Exists(used)).order_by("label", "pk")


class Column:
    """A facet with one value per row: a field ("kind"), a transform ("date__year"), an expression, or a function
    making the expression at each count (when it depends on the time)."""

    def __init__(self, expression):
        self._expression = F(expression) if isinstance(expression, str) else expression

    @property
    def expression(self):
        return self._expression() if callable(self._expression) else self._expression


class Each(Column):
    """A facet with several values per row: an array column (`ArrayField`) or an expression giving an array."""


class Related:
    """A facet reached through a relation ("tags__slug"), or through several (a project's lead organisation and its
    partners): a row counts once per value however many of the relations lead to it."""

    def __init__(self, *lookups):
        self.lookups = lookups

    def pairs(self, model, pks=None):
        """SQL and parameters of (facet_pk, facet_value) rows for the rows `pks` of `model`, or every row (the
        statement keeps those of the list). Columns are named, not placed: Django does not keep the order of
        values(), which UNION needs."""
        if pks is None:  # the same for every request: made once per language (the ORM took ~2 ms per list page)
            sql, params = _every_pair(model, self.lookups, get_language())
            return sql, list(params)
        return _pairs(model, self.lookups, pks)


@functools.lru_cache(maxsize=64)
def _every_pair(model, lookups, language):
    sql, params = _pairs(model, lookups)
    return sql, tuple(params)


def _pairs(model, lookups, pks=None):
    parts = [link_rows(model, lookup, pks).query.sql_with_params() for lookup in lookups]
    sql = " UNION ALL ".join(f"SELECT facet_pk, facet_value FROM ({part}) AS link"  # noqa: S608 (Django SQL)
                             for part, _ in parts)
    return sql, [param for _, params in parts for param in params]


def link_rows(model, lookup, pks=None):
    """(facet_pk, facet_value) of `lookup` ("tags__slug") for the rows `pks` of `model` (every row if None), read
    from the table that holds the link (a many-to-many table, taggit's tagged items, the other side of a foreign
    key) rather than through the model's own wide table."""
    name, _, rest = lookup.partition("__")
    field = model._meta.get_field(name)
    if field.one_to_many:  # a reverse foreign key (a resource's files): their table names the row
        rows, pk, value = field.related_model._default_manager.all(), field.field.attname, rest
    elif field.many_to_many and not field.auto_created:  # a many-to-many field of the model, taggit's tags too
        through = field.remote_field.through
        links = [link for link in through._meta.fields if link.is_relation]
        target = next(link.name for link in links if link.related_model is field.related_model)
        source = [link.attname for link in links if link.related_model is model]
        if source:
            rows, pk = through._default_manager.all(), source[0]
        else:  # taggit's generic link: the content type and object id
            rows, pk = through._default_manager.filter(content_type__app_label=model._meta.app_label,
                                                       content_type__model=model._meta.model_name), "object_id"
        value = f"{target}__{rest}" if rest else target
    else:  # a foreign key of the model itself (a project's lead organisation)
        rows, pk, value = model._default_manager.all(), "pk", lookup
    if pks is not None:  # here, on the link table's own column (its index), not on the pairs built from it
        rows = rows.filter(**{f"{pk}__in": pks})
    return rows.order_by().annotate(facet_pk=F(pk), facet_value=F(value)).values("facet_pk", "facet_value")


def _escaped(text):
    """conditional_escape() without its lazy-string wrapper (a tenth of a select's time): the same HTML."""
    return text if isinstance(text, SafeData) else html.escape(str(text))


def _attributes(attrs):
    """Django's widgets/attrs.html in Python: True writes the name alone, False leaves the attribute out."""
    return format_html_join("", "{}", (
        (format_html(' {}="{}"', name, value) if value is not True else format_html(" {}", name),)
        for name, value in attrs.items() if value is not False and value is not None
    ))


class FilterSelect(forms.Select):
    """A select written in Python: the same HTML as Django's select.html, without rendering a template per option.
    A list's filters offer hundreds of options (organisations, countries, tags); through templates they were a
    fifth of the toolbox list's time on a cold cache (docs/performance.md, "Filter forms")."""

    def render(self, name, value, attrs=None, renderer=None):
        if self._plain():
            return self._render_plain(name, value, attrs)
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], _attributes(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            # Escaped here rather than through format_html per option: a list offers up to a thousand of them.
            parts.extend(f'\n  <option value="{_escaped(option["value"])}"'
                         f'{_attributes(option["attrs"]) if option["attrs"] else ""}>'
                         f'{_escaped(option["label"])}</option>' for option in options)
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # every value above was escaped

    def _plain(self):
        """Options without groups, to which no subclass adds attributes: a filter's usual select."""
        return (type(self).create_option is forms.Select.create_option and not self.allow_multiple_selected
                and not any(isinstance(label, (list, tuple)) for _value, label in self.choices))

    def _render_plain(self, name, value, attrs):
        """render() without Django's dictionary per option (optgroups): a third of the project list's selects."""
        values = self.format_value(value)
        parts = [format_html('<select name="{}"{}>', name, _attributes(self.build_attrs(self.attrs, attrs)))]
        selected = False  # as Django does, only the first option holding the value is selected
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            mark = " selected" if not selected and option_value in values else ""
            selected = selected or bool(mark)
            parts.append(f'\n  <option value="{_escaped(option_value)}"{mark}>{_escaped(label)}</option>')
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # every value above was escaped


class Choices(BaseChoiceIterator):
    """A filter's choices, already in Django's normal form: normalize_choices() takes them as they are, and a form's
    copy shares them. As a plain list they were normalized again each time a field or widget was given them or
    django-filter's field was read, and deep-copied with the form: ~8 ms of the project list's 450 options."""

    def __init__(self, choices):
        self.choices = list(normalize_choices(choices() if callable(choices) else choices))

    def __iter__(self):
        return iter(self.choices)

    def __len__(self):
        return len(self.choices)

    def __deepcopy__(self, memo):
        return self  # never changed in place: new choices are a new Choices


def quick_selects(form):
    """The form's plain selects written by FilterSelect (subclasses keep their own class: they may add attributes
    through create_option, which FilterSelect honours, so they can inherit from it instead)."""
    for field in form.fields.values():
        if type(field.widget) is forms.Select:
            field.widget = FilterSelect(attrs=field.widget.attrs, choices=field.widget.choices)


def as_facet(spec, model):
    """A facet from the short form views use: a lookup string (through a relation or not) or a facet."""
    if not isinstance(spec, str):
        return spec
    field = model._meta.get_field(spec.split("__")[0])
    return Related(spec) if field.is_relation else Column(spec)


def facet_pairs(model, facets, pks=None):
    """SQL and parameters of (facet_pk, facet_key) rows, "name:value" ("kind:guide", "tag:health"), for the rows
    `pks` of `model` (every row if None) and every value `facets` ({name: facet}) gives them: the values
    facet_counts would count, as text. Each part reads only those rows (an outer filter would not reach the parts
    that unnest an array: PostgreSQL does not push a condition below a set-returning function)."""
    parts, params = [], []
    for name, facet in facets.items():
        if isinstance(facet, Related):
            sql, more = facet.pairs(model, pks)
        else:
            rows = model._base_manager.order_by().annotate(facet_pk=F("pk"), facet_value=facet.expression)
            if pks is not None:
                rows = rows.filter(pk__in=pks)
            sql, more = rows.values("facet_pk", "facet_value").query.sql_with_params()
            if isinstance(facet, Each):
                sql = f"SELECT facet_pk, unnest(facet_value) AS facet_value FROM ({sql}) AS each_row"  # noqa: S608
        parts.append(f"SELECT facet_pk, %s || facet_value::text AS facet_key FROM ({sql}) AS p "  # noqa: S608
                     "WHERE facet_value IS NOT NULL AND facet_value::text <> ''")
        params += [f"{name}:", *more]
    return " UNION ALL ".join(parts), params


def facet_keys_store(*, model, facets, field, pks):
    """Write the rows `pks`' facet keys (facet_pairs) into their array column `field`, each key once: what
    facet_counts(keys=field) counts instead of joining every link table. Call when what the facets read changes."""
    pks = list(pks)
    if not pks:
        return
    sql, params = facet_pairs(model, facets, pks)
    table, column, pk = model._meta.db_table, model._meta.get_field(field).column, model._meta.pk.column
    connection = connections[model._default_manager.db]
    quote = connection.ops.quote_name
    # MATERIALIZED: the batch's keys are built once. Inlined (PostgreSQL inlines a CTE used once), the whole batch's
    # pairs were built again for each row the UPDATE writes: 500 × 6,700 rows, 5.7 s instead of 0.15 s per batch.
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH keyed AS MATERIALIZED ("  # noqa: S608
            f"SELECT facet_pk, array_agg(DISTINCT facet_key ORDER BY facet_key) AS facet_keys "
            f"FROM ({sql}) AS pairs GROUP BY facet_pk) "
            f"UPDATE {quote(table)} SET {quote(column)} = COALESCE("
            f"(SELECT facet_keys FROM keyed WHERE keyed.facet_pk = {quote(table)}.{quote(pk)}), '{{}}') "
            f"WHERE {quote(table)}.{quote(pk)} = ANY(%s)",
            [*params, pks],
        )


def facet_counts(base, facets, flags, keys=None):
    """{facet name: {value: number of rows}} and {"": {"": number of results}}, in one statement.

    `base`: the rows matching everything but the faceted filters (the search). `facets`: {name: facet}.
    `flags`: {name: Q} of each faceted filter that is set. Each facet counts its values over the rows where every
    *other* set filter holds; the number of results is over the rows where all of them hold.

    One CTE reads the matching rows once, with each row's own values and one boolean per set filter; then one small
    GROUP BY per facet over it (multi-valued ones unnested, relations joined through their tables), UNION ALL.
    With `keys`, the name of an array column holding each row's facet keys (facet_keys_store), the values are read
    from it instead: one pass unnesting it over the rows where every set filter holds, for the facets not set, and
    one per set filter over the rows where the others hold.
    """
    if keys is not None:
        return _key_counts(base, facets, flags, keys)
    model, connection = base.model, connections[base.db]
    names = list(flags)
    columns = {f"facet_value_{i}": facet.expression for i, facet in enumerate(facets.values())
               if isinstance(facet, Column)}
    booleans = {f"facet_flag_{i}": ExpressionWrapper(flags[name], output_field=BooleanField())
                for i, name in enumerate(names)}
    # Every column has an alias of ours (Django does not keep the order of values()), and only those are read.
    columns = {"facet_pk": F("pk"), **columns, **booleans}
    matching = base.order_by().annotate(**columns).values(*columns)
    counts = {"": {"": 0}, **{name: {} for name in facets}}
    try:
        sql, params = matching.query.sql_with_params()
    except EmptyResultSet:  # a search with nothing to look for (only punctuation): no rows, no statement
        return counts
    statements = [f"WITH matching AS MATERIALIZED ({sql})"]
    flag_of = {name: f"facet_flag_{i}" for i, name in enumerate(names)}

    def where(*conditions, skip=None):
        held = [f"m.{flag}" for name, flag in flag_of.items() if name != skip]
        return " AND ".join([*conditions, *held]) or "TRUE"

    # Only aliases made here and SQL compiled by Django go into the text; every value is a parameter.
    branches = [f"SELECT '' AS facet, '' AS value, count(*) AS n FROM matching m WHERE {where()}"]  # noqa: S608
    # Each facet: its (row, value) pairs, then a count per value (hashed; count(DISTINCT) would sort).
    for i, (name, facet) in enumerate(facets.items()):
        params = [*params, name]
        if isinstance(facet, Each):
            source, value = f"matching m CROSS JOIN unnest(m.facet_value_{i}) AS v(value)", "v.value"
        elif isinstance(facet, Column):
            source, value = "matching m", f"m.facet_value_{i}"
        else:
            pairs_sql, pairs_params = facet.pairs(model)
            source, value = f"matching m JOIN ({pairs_sql}) AS p ON p.facet_pk = m.facet_pk", "p.facet_value"
            params = [*params, *pairs_params]
        condition = where(f"{value} IS NOT NULL", f"{value}::text <> ''", skip=name)
        rows = f"SELECT m.facet_pk, {value}::text AS value FROM {source} WHERE {condition}"  # noqa: S608
        if not isinstance(facet, Each) and isinstance(facet, Column):
            branches.append(f"SELECT %s, value, count(*) FROM ({rows}) AS r GROUP BY 2")  # noqa: S608
        else:  # a row counts once per value, however many links lead to it (DISTINCT, then hashed counts)
            branches.append(f"SELECT %s, value, count(*) FROM (SELECT DISTINCT * FROM ({rows}) AS r) AS d "  # noqa: S608
                            "GROUP BY 2")
    statements.append(" UNION ALL ".join(branches))
    with connection.cursor() as cursor:
        cursor.execute(" ".join(statements), params)
        for name, value, number in cursor.fetchall():
            counts[name][value] = number
    return counts


def _key_counts(base, facets, flags, keys):
    """facet_counts() from each row's stored facet keys (an array column): no link table read, each row unnested
    once per pass (9 GROUP BYs over 19,000 rows became one, docs/performance.md "Issue 12: toolbox")."""
    names = list(flags)
    booleans = {f"facet_flag_{i}": ExpressionWrapper(flags[name], output_field=BooleanField())
                for i, name in enumerate(names)}
    columns = {"facet_pk": F("pk"), "facet_key_list": F(keys), **booleans}
    matching = base.order_by().annotate(**columns).values(*columns)
    counts = {"": {"": 0}, **{name: {} for name in facets}}
    try:
        sql, params = matching.query.sql_with_params()
    except EmptyResultSet:  # a search with nothing to look for (only punctuation): no rows, no statement
        return counts
    flag_of = {name: f"facet_flag_{i}" for i, name in enumerate(names)}

    def where(skip=None):
        return " AND ".join(f"m.{flag}" for name, flag in flag_of.items() if name != skip) or "TRUE"

    # Only aliases made here and SQL compiled by Django go into the text; every value is a parameter. A pass is
    # named by the set filter it leaves out ('' for none) and keeps only that facet's keys.
    branches = [f"SELECT '' AS pass, '' AS facet_key, count(*) AS n FROM matching m WHERE {where()}",  # noqa: S608
                f"SELECT '', facet_key, count(*) FROM (SELECT unnest(m.facet_key_list) AS facet_key FROM matching m "  # noqa: S608
                f"WHERE {where()}) AS k GROUP BY 2"]
    for name in names:
        branches.append(f"SELECT %s, facet_key, count(*) FROM (SELECT unnest(m.facet_key_list) AS facet_key "  # noqa: S608
                        f"FROM matching m WHERE {where(skip=name)}) AS k WHERE starts_with(facet_key, %s) GROUP BY 2")
        params = [*params, name, f"{name}:"]
    statement = f"WITH matching AS MATERIALIZED ({sql}) {' UNION ALL '.join(branches)}"  # noqa: S608
    with connections[base.db].cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    for skipped, key, number in rows:
        name, _, value = key.partition(":")
        if not key:
            counts[""][""] = number
        elif name in counts and skipped == (name if name in flag_of else ""):
            counts[name][value] = number
    return counts


def unnest_text(field_name):
    """The codes of a comma-separated text column ("CM,CO", django-countries' several countries) as an array."""
    return Func(F(field_name), Value(","), function="string_to_array", output_field=ArrayField(CharField()))


class FacetedListView(FilterView):
    """A FilterView that paginates and labels each filter choice with its number of results.

    `facets` maps a filter name to a lookup ("kind", "date__year", "tags__slug") or a facet (`Column`, `Each`,
    `Related`); `facet_keys` names the model's stored facet keys, counted instead of the facets' own columns and
    links. Invalid filter values give an empty list with the form's message (strict mode).
    """

    paginate_by = 20
    facets = {}
    facet_keys = None  # the array column of each row's facet keys, if the model stores them (facet_keys_store)
    counts = None

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        # Always bound, so the first visit (no parameters) is a valid form and shows the counts too.
        kwargs["data"] = self.request.GET
        return kwargs

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        for each in filterset.filters.values():  # before the form is made from them
            if each.extra.get("choices") is not None:
                each.extra["choices"] = Choices(each.extra["choices"])
        return filterset

    def get_context_data(self, **kwargs):
        quick_selects(self.filterset.form)
        if self.filterset.is_valid():
            self.counts = self.facet_counts(self.filterset)
        context = super().get_context_data(**kwargs)
        if self.counts is not None:
            self.label_choices(self.filterset, self.counts)
        for name in self.filterset.form.errors:
            # Screen readers announce the message with the field (ids used by includes/_filter_form.html).
            field = self.filterset.form.fields.get(name)
            if field is not None:
                field.widget.attrs.update({"aria-invalid": "true",
                                           "aria-describedby": f"{self.filterset.form[name].auto_id}-errors"})
        context["result_count"] = context["paginator"].count if context.get("paginator") else len(self.object_list)
        context["is_filtered"] = any(value for key, value in self.request.GET.items() if key != "page")
        return context

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if self.counts is not None:
            paginator.count = self.counts[""][""]  # counted with the facets: no query of its own
        return paginator

    def facet_counts(self, filterset):
        """The counts of every facet and the number of results, from the page cache or one statement."""
        values = {name: value for name, value in filterset.form.cleaned_data.items() if value not in (None, "")}
        model = filterset.queryset.model

        def count():
            base = self.get_queryset()
            for name, value in values.items():
                if name not in self.facets:  # the search (and the sort order): every count is within it
                    base = filterset.filters[name].filter(base, value)
            everything = model._default_manager.all()
            if self.facet_keys:  # the row's stored keys hold the value: no subquery reading the table again
                flags = {name: Q(**{f"{self.facet_keys}__contains": [f"{name}:{filterset.form[name].value()}"]})
                         for name in values if name in self.facets}
            else:
                flags = {name: Q(pk__in=filterset.filters[name].filter(everything, value).order_by().values("pk"))
                         for name, value in values.items() if name in self.facets}
            facets = {name: as_facet(spec, model) for name, spec in self.facets.items()}
            return facet_counts(base, facets, flags, keys=self.facet_keys)

        # Counts depend only on the filters' values, the audience (what it may see) and, through a search, on the
        # page's language (its stemming): cached in the page cache, cleared on edits.
        chosen = "&".join(f"{name}={value}" for name, value in sorted(values.items()))
        key = f"facets:{get_language()}:{self.audience()}:{model._meta.label_lower}:{chosen}"
        return cached(hashlib.sha256(key.encode()).hexdigest(), count)

    def audience(self):
        """Who the list is counted for: a view whose rows depend on the user (members-only resources) returns
        another name for those who see more, so their counts are never shown to visitors, nor visitors' to them."""
        return "public"

    def label_choices(self, filterset, counts):
        for name in self.facets:
            field = filterset.form.fields[name]
            facet = counts[name]
            # The value in the address (a code or a slug), also for a model choice, whose cleaned value is an instance.
            selected = str(filterset.form[name].value() or "")
            # Only the widget is relabelled: the form is already validated, and assigning `field.choices` would
            # add django-filter's "All ..." entry a second time (or fail outright on a ModelChoiceField).
            choices = []
            for value, label in field.choices:
                value = str(value)
                if not value:
                    choices.append((value, label))
                elif facet.get(value) or value == selected:
                    choices.append((value, f"{label} ({facet.get(value, 0)})"))
            field.widget.choices = Choices(choices)
