import json
from contextlib import nullcontext

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.widgets import AdminSplitDateTime, AutocompleteSelect
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import connections, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
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
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.utils import mute_signals
from taggit.managers import TaggableManager

from . import revisions
from .cache import clear_page_cache
from .models import MissionArea, NetworkPage, Status
from .widgets import SearchableSelect, SearchableSelectMultiple, TagSuggestionsWidget


def set_status(request, queryset, status):
    """Publish or unpublish the items of `queryset` that are not `status` yet, each with a revision saying who
    did it (the history shows it, and the status can be compared and restored). Returns how many changed."""
    model = queryset.model
    pks = list(queryset.exclude(status=status).values_list("pk", flat=True))
    model.objects.filter(pk__in=pks).update(status=status)
    if reversion.is_registered(model):
        # Stored like the admin's own change messages: shown in each reader's language ("Changed status.").
        comment = json.dumps([{"changed": {"fields": ["status"]}}])
        for obj in model.objects.filter(pk__in=pks):
            with reversion.create_revision():
                reversion.add_to_revision(obj)
                reversion.set_user(request.user)
                reversion.set_comment(comment)
    return len(pks)


@admin.action(description=_("Publish the selected items"))
def publish(modeladmin, request, queryset):
    count = set_status(request, queryset, Status.PUBLISHED)
    clear_page_cache()
    modeladmin.message_user(
        request, ngettext("%(count)d item published.", "%(count)d items published.", count) % {"count": count},
        messages.SUCCESS,
    )


@admin.action(description=_("Unpublish the selected items (back to draft)"))
def unpublish(modeladmin, request, queryset):
    count = set_status(request, queryset, Status.DRAFT)
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


class RevisionsAdmin(VersionAdmin):
    """Revisions of every save (django-reversion): the History page lists them, each can be compared with what is
    there now (per field and per language, network_site/revisions.py) and restored, and deleted items can be
    recovered ("Recover deleted …" above the list). What a revision keeps is said in network_site/revisions.py.

    `revision_follow` names the related rows saved with the item and restored with it (a kit's "items")."""

    object_history_template = "admin/revisions/object_history.html"
    history_latest_first = True
    revision_follow = ()

    def __init__(self, model, admin_site):
        # Registered here, before VersionAdmin would register the model and every inline with all their fields.
        revisions.register(model, follow=self.revision_follow)
        super().__init__(model, admin_site)

    def get_urls(self):
        return [
            path("<path:object_id>/history/<int:version_id>/compare/", self.admin_site.admin_view(self.compare_view),
                 name=f"{self.opts.app_label}_{self.opts.model_name}_compare"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and "action" in request.POST:
            # An action makes its own revisions, one per item (publish, unpublish, the last state before a
            # deletion): VersionAdmin's one revision around the whole list would merge them, and lose the
            # deleted ones.
            return super(VersionAdmin, self).changelist_view(request, extra_context)
        return super().changelist_view(request, extra_context)

    def delete_model(self, request, obj):
        self.keep_before_deleting(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self.keep_before_deleting(request, queryset)
        super().delete_queryset(request, queryset)

    def keep_before_deleting(self, request, objects):
        """A last revision of each item deleted, so that it can be recovered even if it was never saved since
        revisions began (content loaded or written before)."""
        for obj in objects:
            with reversion.create_revision():
                reversion.add_to_revision(obj)
                reversion.set_user(request.user)
                reversion.set_comment(_("Deleted."))

    def revision_url(self, name, obj, version=None):
        args = [quote(obj.pk)] if version is None else [quote(obj.pk), version.pk]
        return reverse(f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_{name}", args=args)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        action_list = [
            {"revision": version.revision, "version": version,
             "compare_url": self.revision_url("compare", obj, version),
             "url": self.revision_url("revision", obj, version)}
            for version in revisions.versions_of(obj)
        ]
        return super().history_view(request, object_id, {"action_list": action_list, **(extra_context or {})})

    def compare_view(self, request, object_id, version_id):
        """What changed since a revision, field by field and language by language, with a button to restore it."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(revisions.versions_of(obj), pk=version_id)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Changes since the revision of %(date)s") % {
                "date": date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")},
            "subtitle": str(obj), "opts": self.opts, "object": obj, "version": version,
            "rows": revisions.compare(version, obj),
            "restore_url": self.revision_url("revision", obj, version),
            "history_url": self.revision_url("history", obj),
            "has_change_permission": self.has_change_permission(request, obj),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/revisions/compare.html", context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """VersionAdmin's restore and recover pages (the form filled from the revision, saved with "Save"), with
        our own restore (revisions.restore): only this item and its rows, files and derived data untouched."""
        if not connections[version.db].features.uses_savepoints:
            raise ImproperlyConfigured("Revisions need a database with savepoints.")
        # Looking at a revision changes nothing: the restore is rolled back after the form is drawn.
        signals = (mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed)
                   if request.method == "GET" else nullcontext())
        try:
            with transaction.atomic(using=version.db), signals:
                if not revisions.restore(version):
                    raise RevertError(_("This item cannot be brought back."))
                with self.create_revision(request):
                    response = self.changeform_view(request, quote(version.object_id), request.path, extra_context)
                    if request.method == "POST" and response.status_code == 302:
                        reversion.set_comment(_("Restored the revision of %(date)s.") % {
                            "date": date_format(timezone.localtime(version.revision.date_created),
                                                "DATETIME_FORMAT")})
                    elif response.status_code == 200:
                        response.template_name = template_name
                        response.render()
                        raise _KeepNothing(response)
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, str(error))
            return redirect(f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_changelist")
        except _KeepNothing as shown:
            return shown.response
        return response


class _KeepNothing(Exception):
    """Rolls back the restore made only to draw the form of a revision."""

    def __init__(self, response):
        self.response = response


class PublishableAdmin(
    RevisionsAdmin, CSPNonceMediaMixin, ClearsPageCacheMixin, AccessibleAdminMixin, LanguagesAdminMixin,
    TranslationAdmin,
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
class MissionAreaAdmin(RevisionsAdmin, ClearsPageCacheMixin, LanguagesAdminMixin, TranslationAdmin):
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
