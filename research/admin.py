from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from core.admin import LanguagesInlineMixin, PublishableAdmin

from .models import DEADLINE_ZONE, ResearchEntry, Researcher


class ResearchEntryAdminForm(forms.ModelForm):
    """Staff type a call's deadline as Paris clocks show it, as visitors read it (research/models.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "deadline" in self.fields:
            self.fields["deadline"].help_text = _(
                "For a call for researchers, in Paris time: it shows as closed once this moment has passed.")
        if self.instance.deadline:
            self.initial["deadline"] = self.instance.deadline.astimezone(DEADLINE_ZONE).replace(tzinfo=None)

    def clean_deadline(self):
        # The field read the clock time in the site's zone; keep the clock, use Paris.
        deadline = self.cleaned_data.get("deadline")
        return timezone.make_naive(deadline).replace(tzinfo=DEADLINE_ZONE) if deadline else deadline


class ResearcherInline(LanguagesInlineMixin, TranslationTabularInline):
    model = Researcher
    fields = ["name", "institution", "role", "order"]
    extra = 1


@admin.register(ResearchEntry)
class ResearchEntryAdmin(PublishableAdmin):
    form = ResearchEntryAdminForm
    list_display = ["title", "research_status", "deadline", "start_date", "status_badge"]
    list_filter = ["status", "research_status", "mission_areas"]
    search_fields = ["title", "summary", "researchers__name", "researchers__institution"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["partner_institutions", "projects", "outputs"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ResearcherInline]
    revision_follow = ["researchers"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary"]}),
        (_("Stage and dates"), {
            "description": _(
                "A call for researchers needs a deadline: once it has passed, the site shows the call as closed by "
                "itself. Change the stage when the fieldwork starts."
            ),
            "fields": ["research_status", "deadline", "how_to_apply", ("start_date", "end_date")],
        }),
        (_("Research"), {"fields": ["research_question", "method"]}),
        (_("Partners and field projects"), {"fields": ["partner_institutions", "projects", "mission_areas"]}),
        (_("Tools produced"), {"fields": ["outputs"]}),
        (_("Publication"), {
            "description": _(
                "Visitors see the entry only when its status is “Published” and its publication time has come. "
                "To schedule it, publish it with a time in the future: it appears by itself at that moment."
            ),
            "fields": ["status", "published_at"],
        }),
        (_("More options"), {"classes": ["collapse"], "fields": ["created_at", "updated_at"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Only three mission areas: checkboxes are quicker than any picker.
        if db_field.name == "mission_areas":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)
