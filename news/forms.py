import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.widgets import MultipleImageField

from .models import Event
from .services import photos_validate
from .timezones import country_time_zone


class EventAdminForm(forms.ModelForm):
    """Staff type the start and end as clocks show them at the event's place, in its time zone."""

    new_photos = MultipleImageField(
        label=_("Add photos"),
        help_text=_("Choose several pictures at once (JPEG, PNG, WebP or GIF). They are added after the gallery's "
                    "photos, in the order chosen; edit each one below after saving."),
    )
    new_photos_alt = forms.CharField(
        label=_("What these photos show"), max_length=250, required=False,
        help_text=_("A description for people who cannot see them, given to each new photo in your language; "
                    "refine it per photo below."),
    )
    new_photos_credit = forms.CharField(label=_("Credit for these photos"), max_length=150, required=False)

    class Meta:
        model = Event
        fields = ["start_at", "end_at", "time_zone"]  # the admin adds the others from its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left empty, the zone follows the country (Event.save): staff rarely need to pick among 600.
        if "time_zone" in self.fields:
            field = self.fields["time_zone"]
            field.required = False
            field.choices = [("", _("The country's main time zone")), *[c for c in field.choices if c[0]]]
            field.help_text = _("Leave it empty for the main time zone of the event's country (UTC when online).")
            if not self.instance.pk:
                self.initial["time_zone"] = ""
        if self.instance.pk:
            for name in ("start_at", "end_at"):
                value = getattr(self.instance, name)
                if value:
                    self.initial[name] = value.astimezone(self.instance.zone).replace(tzinfo=None)

    def clean_new_photos(self):
        photos = self.cleaned_data["new_photos"]
        photos_validate(photos)  # one bad file refuses the whole save: nothing is half-added
        return photos

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("time_zone") and "time_zone" in self.fields:
            cleaned_data["time_zone"] = country_time_zone(cleaned_data.get("country")) or "UTC"
        if cleaned_data.get("new_photos") and not cleaned_data.get("new_photos_alt", "").strip():
            self.add_error("new_photos_alt", ValidationError(_("Describe what the photos show."), code="required"))
        try:
            zone = zoneinfo.ZoneInfo(cleaned_data.get("time_zone") or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return cleaned_data
        for name in ("start_at", "end_at"):
            value = cleaned_data.get(name)
            if value:
                # The field read the clock time in the site's zone; keep the clock, use the event's zone.
                cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        return cleaned_data
