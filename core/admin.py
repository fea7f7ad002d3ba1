"""The admin pieces every content type shares (publishing, languages, revisions, edit conflicts, choosers), and
the mission areas' admin."""

import json
from contextlib import nullcontext

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.contrib.admin.widgets import AdminSplitDateTime, AutocompleteSelect, AutocompleteSelectMultiple
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from js_asset import Media
from modeltranslation.admin import TranslationAdmin
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.utils import mute_signals
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.managers import TaggableManager
from taggit.models import Tag
from taggit.utils import parse_tags

from core.dates import date_format

from . import revisions
from .admin_filters import MissingLanguageFilter, key_translations
from .cache import clear_page_cache
from .models import MissionArea, Status, TagTranslation
from .services import dependents_refresh, dependents_refreshed_after_delete
from .widgets import SearchableSelect, SearchableSelectMultiple, TagSuggestionsWidget


def set_status(request, queryset, status):
    """Publish or unpublish the items of `queryset` that are not `status` yet, each with a revision saying who
    did it (the history shows it, and the status can be compared and restored). Returns how many changed."""
    model = queryset.model
    pks = list(queryset.exclude(status=status).values_list("pk", flat=True))
    # updated_at moves too: an editor with the item's form open is told (EditConflictMixin).
    model.objects.filter(pk__in=pks).update(status=status, updated_at=timezone.now())
    dependents_refresh(model=model, pks=pks, changed=["status"])  # e.g. the search text naming a member
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


class TolerantAutocompleteMixin:
    """A form sent back with an id that is not a number (or no longer exists) is shown again with its error:
    Django's autocomplete would look the raw value up in the database and answer 500."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field.model._meta
        target = remote.get_field(getattr(self.field.remote_field, "field_name", None) or remote.pk.name)
        return super().optgroups(name, [item for item in value if self._fits(target, item, self.db)], attr)

    @staticmethod
    def _fits(target, item, db=None):
        """Whether `item` is a value the column could hold (a number in range for an integer id)."""
        try:
            item = target.to_python(item)
        except ValidationError:
            return False
        if isinstance(item, int):  # an id beyond the column's range would make the database raise
            low, high = connections[db or DEFAULT_DB_ALIAS].ops.integer_field_range(target.get_internal_type())
            return (low is None or item >= low) and (high is None or item <= high)
        return True


class LabelledAutocompleteSelect(TolerantAutocompleteMixin, AutocompleteSelect):
    """Django's autocomplete, with a label on its empty choice so the page is valid HTML."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value == "":
            option["attrs"]["label"] = "—"
        return option


class TolerantAutocompleteSelectMultiple(TolerantAutocompleteMixin, AutocompleteSelectMultiple):
    pass


class TolerantModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """An id too large for the database is an invalid choice, not a 500."""

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        target = self.queryset.model._meta.get_field(key) if key != "pk" else self.queryset.model._meta.pk
        for item in value:
            if not TolerantAutocompleteMixin._fits(target, item, self.queryset.db):
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice",
                                      params={"value": item})
        return super()._check_values(value)


class TagLengthValidator:
    def __init__(self, max_length):
        self.max_length = max_length

    def __call__(self, value):
        names = parse_tags(value) if isinstance(value, str) else value  # taggit validates the text as typed
        too_long = [name for name in names if len(name) > self.max_length]
        if too_long:
            raise ValidationError(
                _("A tag can have at most %(max)d characters: shorten “%(tag)s…”."),
                params={"max": self.max_length, "tag": too_long[0][:30]}, code="max_length",
            )


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
        if isinstance(db_field, TaggableManager) and field is not None:
            # taggit does not check the length of each tag: PostgreSQL would refuse the row (a 500).
            field.validators.append(TagLengthValidator(db_field.related_model._meta.get_field("name").max_length))
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = LabelledAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "mission_areas":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        elif db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        kwargs.setdefault("form_class", TolerantModelMultipleChoiceField)
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


class TranslatedErrorsForm(forms.ModelForm):
    """A model's clean() names the field it is about ("image_alt"), but the admin form has one field per
    language ("image_alt_en", "image_alt_fr"...): Django would answer 500 ("has no field named") and lose what
    was typed. Such an error goes on the field of the staff member's language (or the first one shown), and an
    error about a field the form does not show goes at the top of the form."""

    def _update_errors(self, errors):
        if hasattr(errors, "error_dict"):
            placed = {}
            for name, messages in errors.error_dict.items():
                placed.setdefault(self._error_target(name), []).extend(messages)
            errors = ValidationError(placed)
        super()._update_errors(errors)

    def _error_target(self, name):
        if name == NON_FIELD_ERRORS or name in self.fields:
            return name
        codes = [(get_language() or "").split("-")[0], *settings.MODELTRANSLATION_LANGUAGES]
        return next((f"{name}_{code}" for code in codes if f"{name}_{code}" in self.fields), NON_FIELD_ERRORS)


class OneLanguageRequiredForm(TranslatedErrorsForm):
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
    """One field per language for each translated text (each app's translation.py, see core/translation.py), none
    of them required on its own: OneLanguageRequiredForm asks for at least one."""

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


def version_of(obj):
    """What changes whenever the object is saved: its updated_at (every content type has one)."""
    stamp = getattr(obj, "updated_at", None)
    return stamp.isoformat() if stamp else ""


class VersionInput(forms.HiddenInput):
    """A hidden input the admin's (hidden) row labels without `for`: a label may not point at a hidden input."""

    def id_for_label(self, id_):
        return None


class VersionCheckForm(forms.ModelForm):
    """Carries the version of the object the editor opened; refuses to save over a newer one."""

    opened_version = forms.CharField(widget=VersionInput, required=False, label="")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_version"].initial = version_of(self.instance)

    def clean(self):
        cleaned_data = super().clean()
        opened = cleaned_data.get("opened_version")
        rows = self._meta.model._default_manager.filter(pk=self.instance.pk)
        if transaction.get_connection(rows.db).in_atomic_block:  # the admin saves in a transaction
            rows = rows.select_for_update()  # two saves at the same moment: the second waits, then sees the first
        current = rows.first()
        if opened and current is not None and version_of(current) != opened:
            self.add_error(None, self.conflict_message(current))
        return cleaned_data

    def conflict_message(self, current):
        when = date_format(timezone.localtime(current.updated_at), "DATETIME_FORMAT")
        entry = (LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(current),
                                         object_id=str(current.pk)).select_related("user").order_by("-action_time")
                 .first())
        who = (entry.user.get_full_name() or entry.user.get_username()) if entry else _("another staff member")
        return _("This item was changed by someone else since you opened it (by %(who)s at %(when)s). Your changes "
                 "are not saved yet: copy what you need, reload, and apply them again.") % {"who": who, "when": when}


class EditConflictMixin:
    """Two editors on the same item: the second save does not silently overwrite the first. The change form
    carries the version it was opened at (a hidden field); saving after someone else did shows the form again,
    with what this editor typed and a message saying so."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and hasattr(obj, "updated_at"):
            base = kwargs.get("form", self.form)
            kwargs["form"] = type(base.__name__, (VersionCheckForm, base), {})
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if (obj is None or not hasattr(obj, "updated_at") or not self.has_change_permission(request, obj)
                or "opened_version" in flatten_fieldsets(fieldsets)):
            return fieldsets
        (name, options), *others = fieldsets
        return [(name, {**options, "fields": [*options["fields"], "opened_version"]}), *others]


SLUG_HELP = _("The end of the item's web address, made from the title. It is fixed when the item is first "
              "published, so that links to it keep working.")
SLUG_LOCKED_HELP = _("Fixed since the item was published, so that links to it keep working. To change it, "
                     "unpublish the item first: its old address will then stop working.")


def slug_locked(obj):
    """Whether the item is published as stored: a form sent back with "draft" and an error must not change which
    fields the page shows (the prepopulated slug of a draft is not in a published item's form)."""
    if obj is None or obj.pk is None:
        return False
    if "_stored_status" not in obj.__dict__:
        obj._stored_status = type(obj)._default_manager.filter(pk=obj.pk).values_list("status", flat=True).first()
    return obj._stored_status == Status.PUBLISHED


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
    there now (per field and per language, core/revisions.py) and restored, and deleted items can be
    recovered ("Recover deleted …" above the list). What a revision keeps is said in core/revisions.py.

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
        with dependents_refreshed_after_delete(model=self.model, pks=[obj.pk]):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self.keep_before_deleting(request, queryset)
        with dependents_refreshed_after_delete(model=self.model, pks=queryset.values_list("pk", flat=True)):
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
    EditConflictMixin, RevisionsAdmin, CSPNonceMediaMixin, ClearsPageCacheMixin, AccessibleAdminMixin,
    LanguagesAdminMixin, TranslationAdmin,
):
    """Shared by every public content type: publish/unpublish actions, a status column, and each text in
    English, French and Spanish (one field per language, see core/translation.py)."""

    actions = [publish, unpublish]
    list_per_page = 50
    save_on_top = True

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if key_translations(self.model):
            filters.append(MissingLanguageFilter)
        return filters

    # Once published, the slug (and so every address built on it) no longer changes: links in e-mails,
    # printed kits and other sites keep working. Unpublish first to rename.
    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if slug_locked(obj) and "slug" not in fields:
            fields.append("slug")
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if slug_locked(obj):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The lock explained where staff look: under the slug, editable or not.
        note = SLUG_LOCKED_HELP if slug_locked(obj) else SLUG_HELP
        kwargs["help_texts"] = {"slug": note, **kwargs.get("help_texts", {})}
        return super().get_form(request, obj, change=change, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:  # a new row has nothing derived from it yet
            dependents_refresh(model=self.model, pks=[form.instance.pk], changed=form.changed_data)

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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:  # a new slug: the lists' stored counts of what is filed under it
            dependents_refresh(model=MissionArea, pks=[form.instance.pk], changed=form.changed_data)


admin.site.unregister(Tag)


class TagTranslationInline(admin.TabularInline):
    model = TagTranslation
    extra = 2  # one row per other language of the site (French, Spanish)
    verbose_name = _("name in another language")
    verbose_name_plural = _("names in the other languages")


@admin.register(Tag)
class TagAdmin(TaggitTagAdmin):
    """taggit's tag admin with the tag's names in the site's other languages, keeping true what is derived from tag
    names (a resource's search text) when a tag is renamed, translated or merged."""

    inlines = [TagTranslationInline, *TaggitTagAdmin.inlines]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        translated = any(formset.has_changed() for formset in formsets)
        if change and (translated or form.changed_data):
            dependents_refresh(model=Tag, pks=[form.instance.pk], changed=None if translated else form.changed_data)

    def delete_model(self, request, obj):
        with dependents_refreshed_after_delete(model=Tag, pks=[obj.pk]):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with dependents_refreshed_after_delete(model=Tag, pks=queryset.values_list("pk", flat=True)):
            super().delete_queryset(request, queryset)

    def merge_tags_view(self, request):
        response = super().merge_tags_view(request)
        if request.method == "POST":  # the merged tags' items now carry the tag named in the form
            merged = Tag.objects.filter(name=request.POST.get("new_tag_name", ""))
            dependents_refresh(model=Tag, pks=merged.values_list("pk", flat=True))
        return response
