from django.db.models import Prefetch
from django.views.generic import DetailView

from core.languages import shown_order
from core.listing import Column, FacetedListView
from core.preview import PreviewMixin
from members.models import Organisation
from projects.models import Project
from toolbox.models import Resource

from .filters import ResearchEntryFilter, stage
from .models import ResearchEntry


def _published_projects():
    return Prefetch(
        "projects", queryset=Project.objects.published().only("title", "slug").order_by(*shown_order(Project, "title")),
        to_attr="published_projects",
    )


def _partner_institutions(to_attr=None):
    # All partners are named (CLEERESS may be listed before its member page is ready); only published ones link.
    return Prefetch(
        "partner_institutions", queryset=Organisation.objects.only("name", "acronym", "slug", "status"),
        to_attr=to_attr,
    )


def research_for_project(project):
    """The published research-action entries working with `project`, newest first, for the project's page."""
    return ResearchEntry.objects.published().filter(projects=project).order_by(
        *shown_order(ResearchEntry, "-start_date", "title"))


class ResearchEntryListView(FacetedListView):
    """Published research-action entries, filtered by stage, mission area and field project, with counts.

    The stage filter (`status` in the address) splits calls for researchers by their deadline, at request time:
    `status=call` lists open calls only, `status=closed-call` the calls whose deadline has passed (see
    research/filters.py). Nobody has to change a call's stage when its deadline passes.
    """

    filterset_class = ResearchEntryFilter
    template_name = "research/researchentry_list.html"
    context_object_name = "entries"
    facets = {
        "status": Column(stage),
        "mission_area": "mission_areas__slug",
        "project": "projects__slug",
    }

    def get_queryset(self):
        return ResearchEntry.objects.for_listing().prefetch_related(
            _published_projects(), _partner_institutions(to_attr="listed_partners"))


class ResearchEntryDetailView(PreviewMixin, DetailView):
    """One published research-action entry with its people, partners, field projects and the tools it produced.

    Drafts and entries scheduled for later are a 404. Outputs still in draft in the toolbox are left out.
    """

    template_name = "research/researchentry_detail.html"
    context_object_name = "entry"

    def get_queryset(self):
        return ResearchEntry.objects.published().prefetch_related(
            "researchers",
            "mission_areas",
            _partner_institutions(),
            _published_projects(),
            Prefetch("outputs", to_attr="published_outputs",
                     queryset=Resource.objects.for_listing().order_by(*shown_order(Resource, "-date", "title"))),
        )
