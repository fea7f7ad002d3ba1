import html

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from core.listing import FacetedListView
from core.preview import PreviewMixin
from news.models import Article
from projects.models import Project
from toolbox.models import Resource

from .filters import OrganisationFilter
from .models import Organisation


class OrganisationListView(FacetedListView):
    """The directory of published members and partners, with the number of results beside each filter value."""

    filterset_class = OrganisationFilter
    template_name = "members/organisation_list.html"
    context_object_name = "organisations"
    facets = {"region": "region", "country": "country", "kind": "kind", "membership": "membership"}

    def get_queryset(self):
        return Organisation.objects.for_listing()


class OrganisationDetailView(PreviewMixin, DetailView):
    """One published organisation and the published projects it leads or takes part in; drafts are a 404."""

    template_name = "members/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        projects = list(
            Project.objects.published()
            .involving(organisation)
            .only("title", "slug", "summary", "project_status", "start_date", "end_date", "lead_organisation_id")
        )
        # One query for both lists; a project it leads and also partners in is listed once, as led.
        context["led_projects"] = [p for p in projects if p.lead_organisation_id == organisation.pk]
        context["partner_projects"] = [p for p in projects if p.lead_organisation_id != organisation.pk]
        context["resources"] = Resource.objects.for_listing().filter(organisations=organisation)[:10]
        context["articles"] = Article.objects.published().filter(organisations=organisation).defer("body")[:5]
        # Plain text for <meta name="description">: the template escapes it again.
        summary = html.unescape(strip_tags(organisation.description)).strip()
        context["meta_description"] = Truncator(" ".join(summary.split())).chars(200) or _(
            "%(name)s: %(kind)s. %(membership)s of the Education and Solidarity Network."
        ) % {
            "name": organisation.name, "kind": organisation.get_kind_display(),
            "membership": organisation.get_membership_display(),
        }
        return context
