"""Admin list filters shared by the content types."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from .richtext import RichTextField


def key_translations(model):
    """The translated texts a page of `model` is made of: those the model requires (title, summary) and its main
    rich text (body, description), which may be left empty in the form but not in a finished translation."""
    try:
        names = translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return []
    fields = [model._meta.get_field(name) for name in names]
    body = next((field.name for field in fields if isinstance(field, RichTextField)), None)
    return [field.name for field in fields if not field.blank or field.name == body]


def missing_language_q(model, language):
    """Items of `model` with one of their required texts empty in `language`."""
    condition = Q(pk__in=[])
    for name in key_translations(model):
        column = f"{name}_{language}"
        condition |= Q(**{column: ""}) | Q(**{f"{column}__isnull": True})
    return condition


class MissingLanguageFilter(admin.SimpleListFilter):
    """Items still to translate: one of their key texts (title, summary, body...) is empty in that language.
    Linked from the staff home page."""

    title = _("missing a language")
    parameter_name = "missing_language"

    def lookups(self, request, model_admin):
        return [(code, name) for code, name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() in dict(settings.LANGUAGES):
            return queryset.filter(missing_language_q(queryset.model, self.value()))
        return queryset
