"""Dates and times as readers of each language write them.

- French writes the first day of a month as an ordinal: "1er novembre 2026", never "1 novembre". Django's formats
  cannot say it ("j" is always a plain number), so `date_format` adds "er" after the day on the 1st. The `date`
  template filter is replaced by one that calls it (core/templatetags/dates.py, a template builtin), so every
  date on the site, in templates and in Python, goes through here.
- A time is shown in a place's time zone, named as people there say it: "heure de Paris", "hora de Madrid",
  "Toronto time", with the city's name in the reader's language (from CLDR, through Babel).
"""

import functools
import re
import zoneinfo

from babel.dates import get_timezone_location
from django.utils import dateformat, formats
from django.utils.translation import get_language, gettext, pgettext

_DAY = re.compile(r"(?<!\\)j")  # the day of the month, not an escaped "j"
_VOWELS = tuple("AEIOUYÀÂÉÈÊÎÏÔÛÜ")


def date_format(value, format=None, use_l10n=None):
    """Django's `formats.date_format`, with the French "1er" on the first day of a month."""
    fmt = formats.get_format(format or "DATE_FORMAT", use_l10n=use_l10n)
    if getattr(value, "day", None) == 1 and (get_language() or "").startswith("fr"):
        fmt = _DAY.sub(r"j\\e\\r", fmt)
    return dateformat.format(value, fmt)


def zone_city(zone):
    """The city a time zone is named after, in the reader's language ("Europe/Brussels" -> "Bruxelles" in French),
    or "" for UTC and zones named after no city."""
    return _city(str(zone), (get_language() or "en").split("-")[0])


@functools.cache  # a few hundred zones and three languages at most
def _city(name, language):
    if "/" not in name or name.startswith("Etc/"):
        return ""
    try:
        return get_timezone_location(zoneinfo.ZoneInfo(name), locale=language, return_city=True)
    except (LookupError, ValueError, zoneinfo.ZoneInfoNotFoundError):
        return ""


def zone_name(zone):
    """A time zone as people say it, in the reader's language: "heure de Paris", "hora de Madrid", "Paris time";
    "UTC" for UTC."""
    city = zone_city(zone)
    if not city:
        return "UTC"
    if city.startswith(_VOWELS):  # French elides: "heure d’Ottawa"
        return pgettext("time zone named after a city starting with a vowel", "%(city)s time") % {"city": city}
    return gettext("%(city)s time") % {"city": city}
