from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from core.admin import PublishableAdmin, image_preview
from core.languages import alphabetical, shown_text

from .models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(PublishableAdmin):
    list_display = ["logo_preview", "name", "acronym", "kind", "membership", "country", "region", "joined_year",
                    "status_badge", "is_featured"]
    list_display_links = ["name"]  # the picture beside it is decorative (alt="")
    # CountryFilter lists only the countries in use, not all 250.
    list_filter = ["status", "membership", "kind", "region", "is_featured", ("country", CountryFilter)]
    # Also what the projects admin's autocomplete searches (lead and partner organisations).
    search_fields = ["name", "acronym", "city"]
    prepopulated_fields = {"slug": ["name"]}

    def get_ordering(self, request):
        return [alphabetical(shown_text(Organisation, "name"))]  # A–Z in the staff member's alphabet
    readonly_fields = ["current_logo", "region", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "acronym", "slug", "kind", "membership", "status"]}),
        (_("Where"), {"fields": ["country", "city", "website", "contact_email"]}),
        (_("Logo"), {"fields": ["logo", "current_logo"]}),
        (_("About the organisation"), {
            "fields": ["description", "health_social_protection_work", "founded_year", "people_represented",
                       "joined_year"],
        }),
        (_("More options"), {
            "classes": ["collapse"],
            "fields": ["is_featured", "region", "created_at", "updated_at"],
        }),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "website":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("logo"))
    def logo_preview(self, obj):
        return image_preview(obj.logo_thumbnail, 40)

    @admin.display(description=_("current logo"))
    def current_logo(self, obj):
        return image_preview(obj.logo_thumbnail or obj.logo, 240)
