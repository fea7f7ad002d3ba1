"""Research-action texts in each language (see core/translation.py). Researchers' names and
institutions are proper names; their role is translated."""

from modeltranslation.translator import TranslationOptions, register

from .models import ResearchEntry, Researcher


@register(ResearchEntry)
class ResearchEntryTranslation(TranslationOptions):
    fields = ("title", "summary", "research_question", "method", "how_to_apply")


@register(Researcher)
class ResearcherTranslation(TranslationOptions):
    fields = ("role",)
