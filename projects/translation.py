"""Project texts in each language (see core/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Project


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = (
        "title", "summary", "context", "beneficiaries_description", "general_objective", "specific_objectives",
        "activities", "results", "contact", "image_alt",
    )
