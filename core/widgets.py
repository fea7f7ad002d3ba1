"""Form widgets of the admin: many files in one input, and searchable choosers for long lists."""

import json

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import SELECT2_TRANSLATIONS
from django.utils.translation import get_language
from taggit.forms import TagWidget
from taggit.models import Tag
from taggit.utils import parse_tags

IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif"


class MultipleFileInput(forms.ClearableFileInput):
    """<input type="file" multiple>: pick many photos at once."""

    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several uploaded files, each checked like a single one; cleaned to a list (empty when none)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": IMAGE_TYPES}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleImageField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


def _chooser_media():
    """Django admin's own jQuery and select2 (no CDN), then choosers.js which turns the selects into search
    boxes. In the same order as the admin's autocomplete widgets, so the files are loaded once."""
    extra = "" if settings.DEBUG else ".min"
    language = SELECT2_TRANSLATIONS.get(get_language())
    i18n = [f"admin/js/vendor/select2/i18n/{language}.js"] if language else []
    return forms.Media(
        js=[f"admin/js/vendor/jquery/jquery{extra}.js", f"admin/js/vendor/select2/select2.full{extra}.js", *i18n,
            "admin/js/jquery.init.js", "js/admin/choosers.js"],
        css={"screen": [f"admin/css/vendor/select2/select2{extra}.css", "admin/css/autocomplete.css"]},
    )


class ChooserMixin:
    """A long <select> that becomes searchable where JavaScript runs, and stays a plain select where not."""

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        # Not the class "admin-autocomplete": Django's autocomplete.js would take the select over as an empty
        # server-side search. The theme alone gives it the admin's look.
        attrs.setdefault("class", "admin-chooser")
        attrs.update({"data-chooser": "", "data-theme": "admin-autocomplete", "data-width": "min(100%, 32em)"})
        return attrs

    @property
    def media(self):
        return _chooser_media()


class SearchableSelect(ChooserMixin, forms.Select):
    """One choice out of hundreds (a country, a time zone), found by typing."""


class SearchableSelectMultiple(ChooserMixin, forms.SelectMultiple):
    """Several choices out of hundreds (countries), found by typing, without Ctrl-click."""


class TagSuggestionsWidget(TagWidget):
    """taggit's comma-separated text box (what works without JavaScript), which choosers.js turns into a box
    that suggests the tags already in use and still accepts new ones."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = parse_tags(self.format_value(value) or "")
        existing = list(Tag.objects.order_by("name").values_list("name", flat=True))
        context["widget"]["attrs"].update({
            "data-tag-suggestions": json.dumps(existing),
            "data-tags-chosen": json.dumps(chosen),
        })
        return context

    @property
    def media(self):
        return _chooser_media()
