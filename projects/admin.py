from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import PublishableAdmin, image_preview

from .models import Project


@admin.register(Project)
class ProjectAdmin(PublishableAdmin):
    list_display = ["thumbnail", "title", "lead_organisation", "project_status", "start_date", "status_badge",
                    "is_featured"]
    list_display_links = ["title"]  # the picture beside it is decorative (alt="")
    list_filter = ["status", "project_status", "mission_areas", "is_featured"]
    list_select_related = ["lead_organisation"]
    search_fields = ["title", "summary"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_organisation", "partner_organisations"]
    readonly_fields = ["current_image", "regions", "created_at", "updated_at"]
    # The fields in the order of the Network's uniform project sheet.
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "status"]}),
        (_("Context and partners"), {
            "fields": ["context", "lead_organisation", "partner_organisations", "other_partners", "funders"],
        }),
        (_("Where, what and when"), {
            "fields": ["countries", "mission_areas", "tags", "project_status", ("start_date", "end_date")],
        }),
        (_("Beneficiaries, objectives, activities and results"), {
            "fields": ["beneficiaries_description", "beneficiaries_count", "general_objective", "specific_objectives",
                       "activities", "results"],
        }),
        (_("Contact, picture and link"), {
            "fields": ["contact", "image", "current_image", "image_alt", "external_url"],
        }),
        (_("More options"), {
            "classes": ["collapse"],
            "fields": ["is_featured", "regions", "created_at", "updated_at"],
        }),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Countries: a searchable chooser (core.admin.AccessibleAdminMixin).
        if db_field.name == "external_url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Only three mission areas: checkboxes are quicker than any picker.
        if db_field.name == "mission_areas":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return image_preview(obj.image_thumbnail, 60)

    @admin.display(description=_("current image"))
    def current_image(self, obj):
        return image_preview(obj.image_thumbnail or obj.image, 240)
