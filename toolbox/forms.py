from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ResourceFile
from .validators import inspect_file


class ResourceFileForm(forms.ModelForm):
    """Checks each upload by its content as soon as staff save, with a message they can act on."""

    class Meta:
        model = ResourceFile
        fields = ["language", "file"]
        # A plain file input: the stored file has no public media URL to show, only its download address.
        widgets = {"file": forms.FileInput}
        help_texts = {"file": _("PDF, JPEG, PNG, WebP, OpenDocument or Office document. Choose a new file to "
                                "replace the current one: its address stays the same and the old one is kept.")}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            inspect_file(upload)
        return upload


class ResourceFileFormSet(forms.BaseInlineFormSet):
    """Two rows in one language (two added at once, or one more beside the stored one) get a message staff can
    act on rather than Django's "duplicate data"."""

    def get_unique_error_message(self, unique_check):
        if "language" in unique_check:
            return _("One file per language: choose another language for the second file, or replace the file "
                     "already there by choosing a new file in its row.")
        return super().get_unique_error_message(unique_check)
