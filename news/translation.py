"""News and event texts in each language (see core/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Article, Event, Photo


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "summary", "city", "description", "programme", "outcomes")


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("caption", "credit", "image_alt")
