from django.views.generic import DetailView

from core.listing import Each, FacetedListView, Related, unnest_text
from core.preview import PreviewMixin

from .filters import ProjectFilter
from .models import Project


class ProjectListView(FacetedListView):
    """All published projects, filtered, with the number of results beside each filter value."""

    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"
    context_object_name = "projects"
    facets = {
        "status": "project_status",
        "mission_area": "mission_areas__slug",
        "region": Each("regions"),
        "country": Each(unnest_text("countries")),
        # Lead or partner: an organisation that is both counts the project once.
        "organisation": Related("lead_organisation__slug", "partner_organisations__slug"),
        "tag": "tags__slug",
    }

    def get_queryset(self):
        return Project.objects.for_listing()

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        # Bound even without parameters: a valid empty form, so the first visit shows counts too
        # (FilterView leaves the form unbound, and FacetedListView counts only for a valid form).
        kwargs["data"] = self.request.GET
        return kwargs


class ProjectDetailView(PreviewMixin, DetailView):
    """One published project in the Network's uniform layout; drafts are a 404. Its research-action, news and
    resources come from those apps' template tags (research_of, articles_of, resources_of)."""

    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return Project.objects.for_detail()
