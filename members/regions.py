"""World regions used to group members, derived from the country (ISO 3166 alpha-2).

The split follows the regions Education International works with, so that union officers recognise it.
"""

import functools

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia and Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin-america", _("Latin America and Caribbean")
    MIDDLE_EAST = "middle-east", _("Middle East")
    NORTH_AMERICA = "north-america", _("North America")


_CODES = {
    Region.AFRICA: "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA "
    "MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW",
    Region.ASIA_PACIFIC: "AF AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN JP KG KH KI KP KR KZ LA LK MH MM MN MO "
    "MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UM UZ VN VU WF WS",
    Region.EUROPE: "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT "
    "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK",
    Region.LATIN_AMERICA: "AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM "
    "KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI",
    Region.MIDDLE_EAST: "AE BH IL IQ IR JO KW LB OM PS QA SA SY YE",
    Region.NORTH_AMERICA: "BM CA GL PM US",
}
REGION_BY_COUNTRY = {code: region for region, codes in _CODES.items() for code in codes.split()}


def region_for_country(country_code):
    """The region of an ISO country code, or "" when the code is empty or unknown."""
    return REGION_BY_COUNTRY.get(str(country_code or "").upper(), "")


def countries_in_region(region):
    return sorted(code for code, code_region in REGION_BY_COUNTRY.items() if code_region == region)


@functools.lru_cache(maxsize=16)
def _country_names(language):
    return tuple((country.code, country.name) for country in countries)


@functools.lru_cache(maxsize=16)
def _names_by_code(language):
    return dict(_country_names(language))


def country_name(code):
    """The name of the country `code` in the page's language, as `Country.name` gives it ("" for a code it does not
    know), from the table above: django-countries translates a name on each call (~0.03 ms, and a list shows 20–60)."""
    return _names_by_code(get_language()).get(str(code), "")


def country_choices():
    """(code, name) of every country, named and sorted in the page's language. Translating and sorting the 250
    names took about 8 ms of every list page; they only change with a deployment, so each worker keeps them per
    language."""
    return list(_country_names(get_language()))
