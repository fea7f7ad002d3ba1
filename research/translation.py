"""Research-action texts in each language (see core/translation.py). A researcher's institution is a proper
name; their role is translated, and so is their name, which may describe a team ("Field team, CEMEA-Haïti")
rather than name a person."""

from modeltranslation.translator import TranslationOptions, register

from .models import ResearchEntry, Researcher


@register(ResearchEntry)
class ResearchEntryTranslation(TranslationOptions):
    fields = ("title", "summary", "research_question", "method", "how_to_apply")


@register(Researcher)
class ResearcherTranslation(TranslationOptions):
    fields = ("name", "role")
