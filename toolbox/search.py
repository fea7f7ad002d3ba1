"""Toolbox resources and kits in the site search (core/search.py), and keeping the resources' search text true
when the members, projects and tags it names change (core/services.py)."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Case, Func, OuterRef, TextField, Value, When
from django.utils.translation import gettext_lazy as _

from core.languages import shown_text
from core.search import Lines, SearchSource, register
from core.services import dependents_register

from . import services
from .models import Kit, Resource, ResourceFile


class ResourceSource(SearchSource):
    """Resources are found as the toolbox's own search finds them (Resource.objects.search()): their stored vectors
    hold their files' text (PDFs), makers, project and tags too."""

    def ordering(self):
        return ["-rank", "-date", "title", "pk"]

    def extract_expression(self, language):
        # The summary and sheet in the page's language (else another), then the text of the files, that of the
        # page's language first: where a word was found when it is not in the sheet.
        files = ResourceFile.objects.filter(resource=OuterRef("pk")).order_by(
            Case(When(language=language, then=Value(0)), default=Value(1)), "language"
        ).values("text")
        files_text = Func(ArraySubquery(files), Value(" \n "), function="array_to_string", output_field=TextField())
        return Lines(*(shown_text(self.model, name, language) for name in self.extract_fields), files_text)

    def refresh(self, pks):
        services.resources_search_refresh(pks=pks)


register(ResourceSource(
    key="toolbox", label=_("Toolbox"), list_url_name="toolbox:resource-list", list_takes_query=True,
    published=lambda: Resource.objects.published(), title_field="title",
    extract_fields=("summary", "context", "objectives", "target_public", "activities", "results", "lessons_learned"),
    columns=("title", "slug", "kind", "date", "language"), newest=("-date", "-pk"),
))
register(SearchSource(
    key="kits", label=_("Mobilisation kits"), list_url_name="toolbox:kit-list", list_takes_query=False,
    published=lambda: Kit.objects.published(), title_field="title", extract_fields=("description",),
    columns=("title", "slug", "event", "event_date"),
))

# A resource's search text names its published makers, its published project and its tags; its facet keys
# (the toolbox list's counts) hold their slugs and its mission areas'.
for model, fields, lookup in [("members.Organisation", ["name", "acronym", "status", "slug"], "organisations__in"),
                              ("projects.Project", ["title", "status"], "project__in"),
                              ("taggit.Tag", ["name", "slug"], "tags__in")]:
    dependents_register(model=model, fields=fields, find=services.resources_naming(lookup),
                        rewrite=lambda pks: services.resources_search_refresh(pks=pks))
dependents_register(model="core.MissionArea", fields=["slug"], find=services.resources_naming("mission_areas__in"),
                    rewrite=lambda pks: services.resource_facet_keys_refresh(pks=pks))
