from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from core.admin import LanguagesInlineMixin, PublishableAdmin, image_preview
from core.widgets import SearchableSelect

from .forms import EventAdminForm
from .models import Article, Event, Photo
from .services import event_add_photos


@admin.register(Article)
class ArticleAdmin(PublishableAdmin):
    list_display = ["thumbnail_preview", "title", "published_at", "status_badge", "is_featured"]
    list_display_links = ["title"]  # the picture beside it is decorative (alt="")
    list_filter = ["status", "is_featured", "mission_areas", "published_at"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "published_at"
    autocomplete_fields = ["organisations", "projects", "resources", "kit"]
    readonly_fields = ["thumbnail_preview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (_("Image"), {"fields": ["image", "thumbnail_preview", "image_alt"]}),
        (_("Publication"), {
            "fields": ["status", "published_at", "is_featured"],
            "description": _("A published article with a future date and time stays hidden until then."),
        }),
        (_("Topics and links"), {
            "fields": ["tags", "mission_areas", "organisations", "projects", "resources", "kit"],
        }),
    ]

    @admin.display(description=_("image"))
    def thumbnail_preview(self, obj):
        return image_preview(obj.image_thumbnail, 80)


class PhotoInline(LanguagesInlineMixin, TranslationStackedInline):
    """One compact block per photo: its texts per language side by side, wrapping in a narrow window (a table
    with a column per language was twice as wide as a laptop screen). Many photos are added at once above."""

    model = Photo
    extra = 0
    fields = [("preview", "image"), ("order", "credit"), "image_alt", "caption"]
    readonly_fields = ["preview"]
    ordering = ["order", "pk"]

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return image_preview(obj.thumbnail, 90)


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    form = EventAdminForm
    list_display = ["title", "kind", "start_at", "city", "country", "is_online", "status_badge"]
    list_filter = ["status", "kind", "is_online", "start_at"]
    search_fields = ["title", "summary", "city", "venue"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_at"
    autocomplete_fields = ["organisations", "projects", "resources"]
    inlines = [PhotoInline]
    revision_follow = ["photos"]  # captions, credits and order of the gallery (not the images themselves)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "time_zone":
            kwargs["widget"] = SearchableSelect  # 600 zones: found by typing "Paris" or "Toronto"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary"]}),
        (_("When"), {"fields": ["start_at", "end_at", "time_zone"],
                     "description": _("Enter the times as they are at the event's place, in its time zone.")}),
        (_("Where"), {"fields": ["is_online", "online_url", "venue", "city", "country"]}),
        (_("Content"), {"fields": ["description", "programme", "outcomes", "registration_url"]}),
        (_("Publication"), {"fields": ["status", "published_at"]}),
        (_("Links"), {"fields": ["organisations", "projects", "resources"], "classes": ["collapse"]}),
        (_("Gallery"), {"fields": ["new_photos", ("new_photos_alt", "new_photos_credit")]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        photos = form.cleaned_data.get("new_photos")
        if photos:
            event_add_photos(event=form.instance, files=photos, image_alt=form.cleaned_data["new_photos_alt"],
                             credit=form.cleaned_data["new_photos_credit"])
