from django import forms

from .models import ResourceFile
from .validators import inspect_file


class ResourceFileForm(forms.ModelForm):
    """Checks each upload by its content as soon as staff save, with a message they can act on."""

    class Meta:
        model = ResourceFile
        fields = ["language", "file"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            inspect_file(upload)
        return upload
