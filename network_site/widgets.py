"""Form widgets of the admin: many files in one input, and searchable choosers for long lists."""

from django import forms

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
