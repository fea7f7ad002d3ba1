from django import template

from core.access import is_logged_in

register = template.Library()


@register.simple_tag(takes_context=True)
def logged_in(context):
    """Whether someone is logged in, read without touching a visitor's session (so visitors' cached pages do not
    vary on cookies): for the footer's "Members' log-in" / "My account" link."""
    request = context.get("request")
    return request is not None and is_logged_in(request)
