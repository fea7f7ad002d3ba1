"""Toolbox texts in each language (see core/translation.py). A resource's uniform sheet is written per
language; its `language` says which one it was first written in."""

from modeltranslation.translator import TranslationOptions, register

from .models import Kit, Resource


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = (
        "title", "summary", "context", "objectives", "target_public", "activities", "results", "lessons_learned",
        "contact",
    )


@register(Kit)
class KitTranslation(TranslationOptions):
    fields = ("title", "description", "event", "cover_alt")
