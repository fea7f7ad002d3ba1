"""What the members' area (/account/) shows of an organisation: its items, drafts included, and its downloads.
A fixed number of queries whatever the number of items (tests/accounts/test_area.py pins it)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from news.models import Article, Event
from projects.models import Project
from toolbox import statistics
from toolbox.models import NOT_LISTED, Resource

# The plot is an image of its own (views.downloads_svg): pygal's SVG carries a <style>, which the public pages'
# Content-Security-Policy refuses inline.
DOWNLOADS_TITLE = _("Downloads of our resources' files and sheets per day")


def home_context(organisation):
    # The list shows titles and states: not the sheets' texts nor the search columns (several KB a resource).
    resources = Resource.objects.filter(organisations=organisation).defer(*NOT_LISTED)
    projects = Project.objects.involving(organisation)
    articles = Article.objects.filter(organisations=organisation)
    events = Event.objects.filter(organisations=organisation)
    return {
        "organisation": organisation,
        "resources": list(resources.order_by("title")),
        "projects": list(projects.order_by("title")),
        "articles": list(articles.order_by("-published_at")),
        "events": list(events.order_by("-start_at")),
        "downloads": {
            "title": DOWNLOADS_TITLE, "csv_url": reverse("account:downloads-csv"),
            "summary": statistics.summary(statistics.downloads_per_day(organisation=organisation)),
        },
    }
