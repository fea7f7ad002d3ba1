"""The Network pages' texts in each language (see core/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import NetworkPage


@register(NetworkPage)
class NetworkPageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
