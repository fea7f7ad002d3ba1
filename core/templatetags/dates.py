"""The `date` filter, replacing Django's own everywhere (a template builtin, see TEMPLATES in settings): the same
formats, with the French "1er" on the first day of a month (core/dates.py)."""

from django import template
from django.utils.dateformat import format as plain_format

from ..dates import date_format

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    if value in (None, ""):
        return ""
    try:
        return date_format(value, arg)
    except AttributeError:
        try:
            return plain_format(value, arg)
        except AttributeError:
            return ""

