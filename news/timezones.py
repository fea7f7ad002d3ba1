"""The time zone an event most likely follows, from its country (tz database's zone.tab, shipped by tzdata)."""

import functools
from importlib import resources

# zone.tab lists a country's zones from east to west; where that puts a small zone first, the zone of the
# capital and most people is named here.
MAIN_ZONES = {
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "UZ": "Asia/Tashkent",
}


@functools.cache
def _zones_by_country():
    zones = {}
    for line in (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coordinates, zone = line.split("\t")[:3]
        zones.setdefault(code, zone)  # the first row of a country is its most populous zone
    return zones | MAIN_ZONES


def country_time_zone(country_code):
    """The main time zone of a country ("FR" -> "Europe/Paris"), or "" for no or an unknown country."""
    return _zones_by_country().get(str(country_code or "").upper(), "")
