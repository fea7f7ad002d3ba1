from django import template

from network_site import dashboard

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_home(context):
    """What needs attention and the downloads at a glance, for the admin index (templates/admin/index.html)."""
    return dashboard.staff_home(context["request"].user)
