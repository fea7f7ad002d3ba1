"""Members in the site search (core/search.py): by name, acronym and description."""

from django.db.models import Case, F, Q, TextField, Value, When
from django.db.models.functions import Coalesce, Concat
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _

from core.languages import shown_text
from core.search import SearchSource, register

from .models import Organisation


class MemberSource(SearchSource):
    """Shown as their page names them: "Name (ACRONYM)"."""

    def display_title(self, obj):
        return str(obj)

    def title_expression(self, language):
        name, acronym = shown_text(Organisation, "name", language), shown_text(Organisation, "acronym", language)
        return Case(
            When(Q(Exact(Coalesce(acronym, Value(""), output_field=TextField()), Value(""))) | Q(Exact(acronym, name)),
                 then=name),
            default=Concat(name, Value(" ("), acronym, Value(")"), output_field=TextField()),
            output_field=TextField(),
        )

    def titles(self):
        # The English names and acronyms (kept in the original columns), each with its trigram index
        # (network_site/migrations/0003).
        published = self.published()
        return [(published, lambda: F("name")), (published.exclude(acronym=""), lambda: F("acronym"))]


register(MemberSource(
    key="members", label=_("Members"), list_url_name="members:organisation-list", list_takes_query=True,
    published=lambda: Organisation.objects.published(), title_field="name", extract_fields=("description",),
    columns=("name", "acronym", "slug", "kind", "country", "city"),
))
