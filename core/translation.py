"""Which texts staff can write in each of the site's languages (django-modeltranslation).

Each app's translation.py lists its own fields, as this one does for mission areas. Each field listed gets one
column per language (`title_en`, `title_fr`, `title_es`); reading `page.title` gives the visitor's language, or the
first language that has a text (MODELTRANSLATION_FALLBACK_LANGUAGES). Slugs are never translated, so an address
stays the same in every language.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import MissionArea


@register(MissionArea)
class MissionAreaTranslation(TranslationOptions):
    fields = ("name", "summary")
