"""Member texts in each language (see core/translation.py). An organisation's name and acronym are written in
English, and in French or Spanish where it has an official name there (Education International is
"Internationale de l'Éducation", "IE"); its city in the reader's language ("Bruxelles", "Bruselas"). Left empty,
the English one is shown."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "acronym", "city", "description", "health_social_protection_work")
