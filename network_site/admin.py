from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime, AutocompleteSelect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from js_asset import Media
from modeltranslation.admin import TranslationAdmin
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from taggit.managers import TaggableManager

from .cache import clear_page_cache
from .models import MissionArea, NetworkPage, Status
from .widgets import SearchableSelect, SearchableSelectMultiple, TagSuggestionsWidget


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
    """Mission areas as plain checkboxes (three of them), valid, labelled autocomplete widgets, and searchable
    choosers for countries (250) and tags (those in use suggested)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, CountryField):
            kwargs["widget"] = SearchableSelectMultiple if db_field.multiple else SearchableSelect
        elif isinstance(db_field, TaggableManager):
            kwargs["widget"] = TagSuggestionsWidget
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, AdminSplitDateTime):
            # The admin writes "Date:" and "Time:" beside the two boxes, in no <label>: name each box.
            date, time = field.widget.widgets
            date.attrs["aria-label"] = f"{capfirst(field.label)} – {gettext('Date:').rstrip(': ')}"
            time.attrs["aria-label"] = f"{capfirst(field.label)} – {gettext('Time:').rstrip(': ')}"
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = LabelledAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "mission_areas":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class TranslatedSearchMixin:
    """The admin search looks in every language of a translated field (modeltranslation would otherwise search
    the staff member's own language only): "title" searches title_en, title_fr and title_es."""

    def get_search_fields(self, request):
        try:
            translated = translator.get_options_for_model(self.model).get_field_names()
        except NotRegistered:
            return super().get_search_fields(request)
        fields = []
        for name in super().get_search_fields(request):
            if name in translated:
                fields.extend(f"{name}_{code}" for code in settings.MODELTRANSLATION_LANGUAGES)
            else:
                fields.append(name)
        return fields


class OneLanguageRequiredForm(forms.ModelForm):
    """A text the model requires (a title, a summary) must be written in at least one language, whichever:
    a Burkinabè union's sheet may exist in French only. (modeltranslation would require English.)"""

    required_translations = ()

    def clean(self):
        cleaned_data = super().clean()
        for name in self.required_translations:
            columns = [f"{name}_{code}" for code in settings.MODELTRANSLATION_LANGUAGES]
            if columns[0] in self.fields and not any(cleaned_data.get(column) for column in columns):
                label = self._meta.model._meta.get_field(name).verbose_name
                self.add_error(columns[0], _("Write the %(field)s in at least one language.") % {"field": label})
        return cleaned_data


class LanguagesAdminMixin(TranslatedSearchMixin):
    """One field per language for each translated text (network_site/translation.py), none of them required
    on its own: OneLanguageRequiredForm asks for at least one."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(db_field, TranslationField):
            field.required = False
        return field

    def one_language_required(self, form):
        required = [name for name in self.trans_opts.get_field_names() if not self.model._meta.get_field(name).blank]
        return type(form.__name__, (OneLanguageRequiredForm, form), {"required_translations": required})

    def get_form(self, request, obj=None, **kwargs):
        return self.one_language_required(super().get_form(request, obj, **kwargs))


class LanguagesInlineMixin(LanguagesAdminMixin):
    """The same for the rows of an inline (photos of an event, researchers of an entry)."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = self.one_language_required(formset.form)
        return formset


class CSPNonceMediaMixin:
    """The rich-text editor's import map is an inline <script>: under the admin's Content-Security-Policy it
    carries the request's nonce (set by the CSP middleware as request.csp_nonce), like every media tag."""

    def render_change_form(self, request, context, *args, **kwargs):
        nonce = getattr(request, "csp_nonce", None)
        if nonce and "media" in context:
            context["media"] = Media.from_media(context["media"], nonce=str(nonce))
        return super().render_change_form(request, context, *args, **kwargs)


class PublishableAdmin(
    CSPNonceMediaMixin, ClearsPageCacheMixin, AccessibleAdminMixin, LanguagesAdminMixin, TranslationAdmin,
):
    """Shared by every public content type: publish/unpublish actions, a status column, and each text in
    English, French and Spanish (one field per language, see network_site/translation.py)."""

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
class MissionAreaAdmin(ClearsPageCacheMixin, LanguagesAdminMixin, TranslationAdmin):
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
