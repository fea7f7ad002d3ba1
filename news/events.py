"""Events: upcoming and past lists, a page per event with its photo gallery, and iCalendar files.

Every path starts from `Event.objects.published()`, so drafts and events scheduled for later stay hidden
everywhere (lists, pages, photos, .ics files, the calendar feed) until their publication time.
"""

import datetime

import icalendar
from django import forms
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.preview import PreviewMixin
from members.models import Organisation
from projects.models import Project
from toolbox.models import Resource

from .models import PHOTO_LARGE_SIZE, PHOTO_THUMBNAIL_SIZE, Event, EventKind

PAST_EVENTS_PER_PAGE = 12
PHOTOS_PER_PAGE = 24
RICH_TEXT_FIELDS = ("description", "programme", "outcomes")
CALENDAR_PRODID = "-//Education and Solidarity Network//Events//EN"


def for_listing(queryset):
    """Events as lists and calendars show them: no long texts, with their number of photos."""
    return queryset.defer(*RICH_TEXT_FIELDS).annotate(photo_count=Count("photos"))


def fitted_size(width, height, box):
    """The size of a copy of a `width` × `height` image made to fit in `box`, as `make_thumbnail` makes it."""
    if not (width and height):
        return None, None
    box_width, box_height = box
    if width <= box_width and height <= box_height:
        return width, height
    scale = min(box_width / width, box_height / height)
    return max(round(width * scale), 1), max(round(height * scale), 1)


def event_location(event):
    """ "Venue, City, Country", "Online", or both for an event held in a place and online."""
    place = ", ".join(part for part in [event.venue, event.city, str(event.country.name or "")] if part)
    if event.is_online:
        online = gettext("Online")
        return f"{place} · {online}" if place else online
    return place


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of event"), required=False, choices=[("", _("All kinds of events")), *EventKind.choices],
    )


class EventListView(ListView):
    """Upcoming events, soonest first, above past events, most recent first and paginated.

    An unknown `?kind=` gives empty lists and a message, never an error page.
    """

    template_name = "news/event_list.html"
    context_object_name = "past_events"
    paginate_by = PAST_EVENTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.form = EventFilterForm(request.GET)
        return super().get(request, *args, **kwargs)

    def filter(self, queryset):
        if not self.form.is_valid():
            return queryset.none()
        kind = self.form.cleaned_data["kind"]
        return queryset.filter(kind=kind) if kind else queryset

    def get_queryset(self):
        return self.filter(for_listing(Event.objects.past()))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Upcoming events head the first page; later pages are the archive of past events.
        if context["page_obj"].number == 1:
            context["upcoming_events"] = self.filter(for_listing(Event.objects.upcoming()))
        calendar_url = self.request.build_absolute_uri(reverse("news:event-calendar"))
        context.update({
            "form": self.form,
            "is_filtered": bool(self.request.GET.get("kind")),
            "calendar_url": calendar_url,
            "calendar_webcal_url": "webcal://" + calendar_url.split("://", 1)[1],
        })
        return context


class EventDetailView(PreviewMixin, DetailView):
    """One published event with its links and its photo gallery, 24 photos per page (`?photos=2`)."""

    template_name = "news/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.published().prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.for_listing(), to_attr="published_organisations"),
            Prefetch("projects", queryset=Project.objects.published().only("title", "slug", "status"),
                     to_attr="published_projects"),
            Prefetch("resources", queryset=Resource.objects.for_listing(), to_attr="published_resources"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.object.photos.all(), PHOTOS_PER_PAGE)
        try:
            photos = paginator.page(self.request.GET.get("photos") or 1)
        except InvalidPage as error:
            raise Http404(_("There is no such page of photos.")) from error
        for photo in photos:
            photo.thumbnail_width, photo.thumbnail_height = fitted_size(photo.width, photo.height,
                                                                        PHOTO_THUMBNAIL_SIZE)
        context["photos"] = photos
        return context


def photo_detail(request, slug, pk):
    """One photo, large, with links to the previous and next ones and back to its page of the gallery."""
    event = get_object_or_404(Event.objects.published().defer(*RICH_TEXT_FIELDS), slug=slug)
    photo = get_object_or_404(event.photos.all(), pk=pk)
    # The gallery's order, as primary keys: position, neighbours and gallery page in one small query.
    order = list(event.photos.values_list("pk", flat=True))
    index = order.index(photo.pk)
    gallery_page = index // PHOTOS_PER_PAGE + 1
    gallery_url = event.get_absolute_url() + (f"?photos={gallery_page}" if gallery_page > 1 else "") + "#gallery"
    photo.large_width, photo.large_height = fitted_size(photo.width, photo.height, PHOTO_LARGE_SIZE)
    return render(request, "news/photo_detail.html", {
        "event": event,
        "photo": photo,
        "number": index + 1,
        "total": len(order),
        "previous_pk": order[index - 1] if index > 0 else None,
        "next_pk": order[index + 1] if index + 1 < len(order) else None,
        "gallery_url": gallery_url,
    })


# --- iCalendar ------------------------------------------------------------------------------------------------------

def make_vevent(event, request):
    """One VEVENT, in the event's own time zone, with absolute links. `event.pk` keeps its UID stable."""
    url = request.build_absolute_uri(event.get_absolute_url())
    description = [event.summary.strip(), url]
    if event.is_online and event.online_url:
        description.insert(1, gettext("Online: %(address)s") % {"address": event.online_url})
    return icalendar.Event.new(
        uid=f"event-{event.pk}@{split_domain_port(request.get_host())[0]}",
        stamp=event.updated_at,
        last_modified=event.updated_at,
        start=event.local_start,
        end=event.local_end,
        summary=event.title,
        description="\n\n".join(description),
        location=event_location(event),
        categories=[str(event.get_kind_display())],
        url=url,
    )


def make_calendar(events, request, name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", CALENDAR_PRODID)
    calendar.add("version", "2.0")
    if name:
        calendar.calendar_name = name
        # How often subscribed calendars should fetch the feed again (RFC 7986, and its older Microsoft name).
        calendar.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "PT12H")
    for event in events:
        calendar.add_component(make_vevent(event, request))
    if events:
        # Time zone definitions covering the years of these events only: small files for slow connections.
        first = min(event.local_start for event in events).year
        last = max(event.local_end for event in events).year
        calendar.add_missing_timezones(first_date=datetime.date(first, 1, 1),
                                       last_date=datetime.date(last + 1, 1, 1))
    return calendar


def calendar_response(calendar, filename):
    return HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8", headers={
        "Content-Disposition": content_disposition_header(as_attachment=True, filename=filename),
    })


def event_ics(request, slug):
    """One published event as an iCalendar file, to add to a calendar."""
    event = get_object_or_404(Event.objects.published().defer("programme", "outcomes"), slug=slug)
    return calendar_response(make_calendar([event], request), filename=f"{event.slug[:80]}.ics")


def upcoming_calendar(request):
    """Every upcoming published event, as a calendar feed to subscribe to."""
    events = list(Event.objects.upcoming().defer(*RICH_TEXT_FIELDS))
    name = gettext("Education and Solidarity Network: events")
    return calendar_response(make_calendar(events, request, name=name), filename="events.ics")
