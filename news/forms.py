import zoneinfo

from django import forms
from django.utils import timezone

from .models import Event


class EventAdminForm(forms.ModelForm):
    """Staff type the start and end as clocks show them at the event's place, in its time zone."""

    class Meta:
        model = Event
        fields = ["start_at", "end_at", "time_zone"]  # the admin adds the others from its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("start_at", "end_at"):
                value = getattr(self.instance, name)
                if value:
                    self.initial[name] = value.astimezone(self.instance.zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
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
