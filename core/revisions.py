"""Revisions of content (django-reversion): what a revision keeps, how it is brought back, and the comparison
staff read between a revision and what is there now.

A revision keeps what staff write: texts in each language, choices, dates, links to other content, and the rows
edited with it (a kit's items, an event's photo captions, a research entry's researchers). It does not keep
uploaded files and images (a toolbox file has its own previous versions, see toolbox/services.py), nor data
derived from the rest (search text, counts, regions, thumbnails), which is rebuilt on save. So restoring a
revision brings back words and links, never a file that may no longer exist, and never an old count.
"""

import difflib
import html
import re

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.formats import localize
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.fields import TranslationField
from reversion.models import Version
from reversion.revisions import _get_options

from .languages import language_name, translated_fields
from .richtext import RichTextField

# Kept in revisions although staff do not type them: a row cannot be saved without them (a restore writes the row
# as it is, without Django filling in these times).
ALWAYS_KEPT = {"created_at", "updated_at"}


def holds_files(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]


def unversioned_fields(model):
    """Names of the fields a revision of `model` leaves out: the language-less copy modeltranslation keeps of each
    translated field (its value depends on the language active when read; the per-language columns are kept),
    uploaded files and images, derived data (fields staff cannot edit) and tags."""
    names = set(translated_fields(model))
    for field in model._meta.local_fields:
        if field.primary_key or field.name in ALWAYS_KEPT:
            continue
        if not field.editable or isinstance(field, models.FileField):
            names.add(field.name)
    for field in model._meta.local_many_to_many:
        # Links through a model of their own (tags, a kit's resources) are not serialised by Django; a kit's
        # items are followed as rows instead.
        if not field.remote_field.through._meta.auto_created:
            names.add(field.name)
    return sorted(names)


def register(model, follow=()):
    """Put `model` (and the related rows it `follow`s, e.g. a kit's "items") under revision control, once."""
    for name in follow:
        related = model._meta.get_field(name).related_model
        if not reversion.is_registered(related):
            reversion.register(related, exclude=unversioned_fields(related))
    if not reversion.is_registered(model):
        reversion.register(model, exclude=unversioned_fields(model), follow=tuple(follow))


# --- Restoring ----------------------------------------------------------------------------------------------------

def _followed_versions(version):
    """The versions, in the same revision, of the rows `version`'s object follows (its kit items...)."""
    model = version._model
    found = []
    for name in _get_options(model).follow:
        field = model._meta.get_field(name)
        related = field.related_model
        content_type = ContentType.objects.get_for_model(related)
        for other in version.revision.version_set.filter(content_type=content_type):
            if str(getattr(other._object_version.object, field.field.attname)) == str(version.object_id):
                found.append(other)
    return found


def _restore_one(version):
    """Write `version` back: its kept fields on the row as it is now (or on a re-created row when it was deleted);
    unversioned fields keep their current value. Returns False when the row cannot come back (it was deleted and
    needs a file that a revision does not keep)."""
    model = version._model
    deserialized = version._object_version
    obj = deserialized.object
    current = model._default_manager.filter(pk=obj.pk).first()
    # The language-less copies of translated fields are not copied: writing one would write the active
    # language's column (modeltranslation); they are derived again from the columns on save.
    translated = set(translated_fields(model))
    unversioned = [field for field in model._meta.concrete_fields
                   if field.name in unversioned_fields(model) and field.name not in translated]
    if current is None:
        if any(not field.blank for field in holds_files(model)):
            return False  # e.g. a gallery photo: its image is not in the revision
    else:
        for field in unversioned:
            setattr(obj, field.attname, getattr(current, field.attname))
    deserialized.save()
    return True


def restore(version):
    """Bring the object of `version`, and the rows it follows, back to what they were in that revision. Only
    this object: other objects saved in the same revision (several items published at once) are left as they are.
    Rows added since the revision are removed unless they hold an uploaded file (a photo stays)."""
    if not _restore_one(version):
        return False
    followed = _followed_versions(version)
    model = version._model
    obj = model._default_manager.get(pk=version._object_version.object.pk)
    kept = {(other._model, str(other.object_id)) for other in followed}
    for name in _get_options(model).follow:
        related_rows = getattr(obj, model._meta.get_field(name).get_accessor_name()).all()
        for row in related_rows:
            has_file = any(getattr(row, field.attname) for field in holds_files(type(row)))
            if (type(row), str(row.pk)) not in kept and not has_file:
                row.delete()
    for other in followed:
        _restore_one(other)
    return True


# --- Comparing ----------------------------------------------------------------------------------------------------

TOKENS = re.compile(r"(\s+)")


def text_diff(before, after):
    """(before, after) as HTML: the words removed marked <del>, those added <ins>, line breaks kept."""
    old, new = TOKENS.split(before), TOKENS.split(after)
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same = escape("".join(old[i1:i2]))
            old_html.append(same)
            new_html.append(same)
            continue
        if i2 > i1:
            old_html.append(format_html("<del>{}</del>", "".join(old[i1:i2])))
        if j2 > j1:
            new_html.append(format_html("<ins>{}</ins>", "".join(new[j1:j2])))
    return mark_safe("".join(old_html)), mark_safe("".join(new_html))  # noqa: S308 (every piece escaped above)


def readable_text(field, value):
    if value in (None, ""):
        return ""
    if isinstance(field, RichTextField) or (isinstance(field, TranslationField)
                                            and isinstance(field.translated_field, RichTextField)):
        # Rich text compared as the words a reader sees, one paragraph per line.
        text = re.sub(r"</(p|li|h\d|blockquote)>|<br\s*/?>", "\n", str(value))
        return html.unescape(strip_tags(text)).strip()
    return str(value)


def display(field, value):
    """A value as staff read it: a choice's label, a date in their format, names of linked items."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if field.is_relation and field.many_to_many:
        related = field.related_model._default_manager.filter(pk__in=list(value))
        return "\n".join(sorted(str(item) for item in related))
    if field.is_relation:
        item = field.related_model._default_manager.filter(pk=value).first()
        return str(item) if item is not None else _("(deleted)")
    if isinstance(value, (list, tuple)):  # several countries
        return "\n".join(str(getattr(item, "name", item)) for item in value)
    if field.flatchoices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, str):
        return readable_text(field, value)
    return str(localize(value))


def _value(obj, field, m2m=None):
    if field.many_to_many:
        if m2m is not None:
            return sorted(int(pk) if str(pk).isdigit() else pk for pk in m2m.get(field.name, []))
        return sorted(obj.pk for obj in getattr(obj, field.name).all())
    value = getattr(obj, field.attname)
    if hasattr(value, "__iter__") and not isinstance(value, (str, bytes, dict)):
        return list(value)  # several countries (django-countries gives a lazy list)
    return value


def compare(version, obj):
    """What changed between `version` and `obj` now: a list of rows {label, language, before, after} (HTML with
    the changes marked), in the order of the form, only where something differs. A text written per language
    gives one row per language that changed."""
    model = type(obj)
    deserialized = version._object_version
    old = deserialized.object
    m2m = deserialized.m2m_data or {}
    rows = []
    for name in _get_options(model).fields:
        field = model._meta.get_field(name)
        if field.primary_key or field.name in ALWAYS_KEPT:
            continue
        before = _value(old, field, m2m if field.many_to_many else None)
        after = _value(obj, field)
        if before == after:
            continue
        if isinstance(field, TranslationField):
            label, language = field.translated_field.verbose_name, language_name(field.language)
        else:
            label, language = field.verbose_name, ""
        old_text, new_text = display(field, before), display(field, after)
        if old_text == new_text:
            continue
        old_html, new_html = text_diff(old_text, new_text)
        rows.append({"label": capfirst(label), "language": language, "before": old_html, "after": new_html})
    rows.extend(_compare_followed(version, obj))
    return rows


def _compare_followed(version, obj):
    """One row per followed relation that changed (a kit's items, an event's photos): each row as staff read it."""
    model = type(obj)
    rows = []
    followed = _followed_versions(version)
    for name in _get_options(model).follow:
        field = model._meta.get_field(name)
        related = field.related_model
        old_rows = [other._object_version.object for other in followed if other._model is related]
        new_rows = list(getattr(obj, field.get_accessor_name()).all())
        before = "\n".join(_describe_row(row) for row in _ordered(old_rows))
        after = "\n".join(_describe_row(row) for row in _ordered(new_rows))
        if before != after:
            old_html, new_html = text_diff(before, after)
            rows.append({"label": capfirst(related._meta.verbose_name_plural), "language": "",
                         "before": old_html, "after": new_html})
    return rows


def _ordered(rows):
    return sorted(rows, key=lambda row: (getattr(row, "order", 0) or 0, row.pk or 0))


def _describe_row(row):
    """A followed row on one line: its own text, then its texts in each language where they differ."""
    parts = [str(row)]
    for name in translated_fields(type(row)):
        for code in settings.MODELTRANSLATION_LANGUAGES:
            value = getattr(row, f"{name}_{code}", "")
            if value and value not in parts:
                parts.append(_("%(language)s: %(text)s") % {"language": language_name(code), "text": value})
    return " · ".join(part for part in parts if part)


def versions_of(obj):
    """The revisions of `obj`, newest first."""
    return Version.objects.get_for_object(obj).select_related("revision__user").order_by("-revision__date_created",
                                                                                        "-pk")
