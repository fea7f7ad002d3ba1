"""Member texts in each language (see core/translation.py). Names and acronyms stay as each
organisation writes them: they are proper names."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description", "health_social_protection_work")
