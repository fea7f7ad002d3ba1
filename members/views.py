import html

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from core.listing import FacetedListView
from core.preview import PreviewMixin

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
    """One published organisation (and, through the higher apps' tags, its projects, news and resources); drafts are
    a 404."""

    template_name = "members/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        # Its projects, news and resources come from those apps' template tags (projects_of, articles_of,
        # resources_of): members is below them and imports none of them.

        # Plain text for <meta name="description">: the template escapes it again.
        summary = html.unescape(strip_tags(organisation.description)).strip()
        context["meta_description"] = Truncator(" ".join(summary.split())).chars(200) or _(
            "%(name)s: %(kind)s. %(membership)s of the Education and Solidarity Network."
        ) % {
            "name": organisation.name, "kind": organisation.get_kind_display(),
            "membership": organisation.get_membership_display(),
        }
        return context
