"""The submissions' part of the members' area home page (accounts/home.html), kept here so that accounts, a lower
layer, never imports submissions."""

from django import template

from submissions.models import Submission

register = template.Library()


@register.inclusion_tag("submissions/_area_block.html")
def my_submissions(organisation, limit=5):
    """Our latest submissions and their state, with the links to send something new."""
    return {"submissions": list(Submission.objects.of(organisation).for_listing()[:limit])}
