from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .cache import clear_page_cache
from .models import MissionArea, NetworkPage, Status


@admin.action(description=_("Publish the selected items"))
def publish(modeladmin, request, queryset):
    count = queryset.exclude(status=Status.PUBLISHED).update(status=Status.PUBLISHED)
    clear_page_cache()
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count},
        messages.SUCCESS,
    )


@admin.action(description=_("Unpublish the selected items (back to draft)"))
def unpublish(modeladmin, request, queryset):
    count = queryset.exclude(status=Status.DRAFT).update(status=Status.DRAFT)
    clear_page_cache()
    modeladmin.message_user(
        request, ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count) % {"count": count},
        messages.SUCCESS,
    )


class LabelledAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete, with a label on its empty choice so the page is valid HTML."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value == "":
            option["attrs"]["label"] = "—"
        return option


class ClearsPageCacheMixin:
    """Every add, change or delete made in the admin empties the page cache, so visitors see it at once.
    (The admin logs each of them through these methods; the publish actions clear it themselves.)"""

    def log_addition(self, request, obj, message):
        clear_page_cache()
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        clear_page_cache()
        return super().log_change(request, obj, message)

    def log_deletions(self, request, queryset):
        clear_page_cache()
        return super().log_deletions(request, queryset)


class AccessibleAdminMixin:
    """Mission areas as plain checkboxes (three of them) and valid, labelled autocomplete widgets."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = LabelledAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "mission_areas":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class PublishableAdmin(ClearsPageCacheMixin, AccessibleAdminMixin, admin.ModelAdmin):
    """Shared by every public content type: publish/unpublish actions and a status column."""

    actions = [publish, unpublish]
    list_per_page = 50
    save_on_top = True

    # Once published, the slug (and so every address built on it) no longer changes: links in e-mails,
    # printed kits and other sites keep working. Unpublish first to rename.
    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == Status.PUBLISHED and "slug" not in fields:
            fields.append("slug")
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.status == Status.PUBLISHED:
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        if getattr(obj, "is_scheduled", False):
            when = date_format(timezone.localtime(obj.published_at), "DATETIME_FORMAT")
            return format_html("{} <small>{}</small>", _("Scheduled"), when)
        label = obj.get_status_display()
        return format_html("<strong>{}</strong>", label) if obj.is_published else label


def image_preview(image_field, size=120):
    """An <img> of a stored image for the admin, or a dash."""
    if not image_field:
        return "—"
    return format_html(
        '<img src="{}" alt="" style="max-width:{}px;max-height:{}px;object-fit:contain">', image_field.url, size, size,
    )


@admin.register(MissionArea)
class MissionAreaAdmin(ClearsPageCacheMixin, admin.ModelAdmin):
    list_display = ["name", "order", "slug"]
    list_editable = ["order"]
    list_filter = []
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(NetworkPage)
class NetworkPageAdmin(PublishableAdmin):
    list_display = ["title", "order", "status_badge", "updated_at"]
    list_editable = ["order"]
    list_filter = ["status"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["title", "slug", "summary", "body", "order", "status"]
