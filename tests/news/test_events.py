"""Events: the lists, an event's page and photo gallery, photo pages, iCalendar files and the calendar feed."""

import datetime
import re
from pathlib import Path

import icalendar
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.models import Status
from news.models import Event, EventKind, Photo
from tests.factories import make_event, make_organisation, make_project, make_resource, pdf_upload, png_upload

pytestmark = pytest.mark.django_db

LIST_URL = "/news/events/"
CALENDAR_URL = "/news/events/calendar.ics"
# Past events counted, their page, the upcoming events (first page only).
LIST_MAX_QUERIES = 3
# The event; its published members, projects and resources (with their organisations and files); photos: count, page.
DETAIL_MAX_QUERIES = 8
# The event, the photo, the order of the gallery.
PHOTO_MAX_QUERIES = 3
CALENDAR_MAX_QUERIES = 1

JULY_21_2015_9AM_TORONTO = datetime.datetime(2015, 7, 21, 13, 0, tzinfo=datetime.UTC)  # EDT is UTC-4


def add_photos(event, count, start=0):
    """`count` small gallery photos (small images keep the tests fast; the thumbnails are made all the same)."""
    return [
        Photo.objects.create(
            event=event, order=start + n, image=png_upload(f"photo-{start + n}.png", size=(48, 36)),
            image_alt=f"Participants at table {start + n + 1}", caption=f"Table {start + n + 1}",
            credit="Network secretariat",
        )
        for n in range(count)
    ]


def in_days(days):
    """A moment `days` from now, to the second as calendars keep it."""
    return (timezone.now() + datetime.timedelta(days=days)).replace(microsecond=0)


def past_event(**fields):
    fields.setdefault("start_at", timezone.now() - datetime.timedelta(days=30))
    return make_event(**fields)


def hidden_event(how, **fields):
    """A draft, or an event published but scheduled to appear in an hour."""
    if how == "draft":
        return make_event(status=Status.DRAFT, **fields)
    return make_event(published_at=timezone.now() + datetime.timedelta(hours=1), **fields)


def titles(events):
    return [event.title for event in events]


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def count_queries(client, url, data=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data or {})
    assert response.status_code == 200
    return len(queries)


# --- Lists --------------------------------------------------------------------------------------------------------

def test_urls_are_named():
    assert reverse("news:event-list") == LIST_URL
    assert reverse("news:event-calendar") == CALENDAR_URL
    assert reverse("news:event-detail", kwargs={"slug": "ottawa"}) == "/news/events/ottawa/"
    assert reverse("news:event-ics", kwargs={"slug": "ottawa"}) == "/news/events/ottawa/event.ics"
    assert reverse("news:photo-detail", kwargs={"slug": "ottawa", "pk": 3}) == "/news/events/ottawa/photos/3/"


def test_an_event_that_ended_yesterday_is_past_and_one_ending_tomorrow_is_upcoming(client):
    now = timezone.now()
    make_event(title="Ended yesterday", start_at=now - datetime.timedelta(days=1, hours=8),
               end_at=now - datetime.timedelta(days=1))
    make_event(title="Ends tomorrow", start_at=now - datetime.timedelta(days=1),
               end_at=now + datetime.timedelta(days=1))
    response = client.get(LIST_URL)
    assert titles(response.context["upcoming_events"]) == ["Ends tomorrow"]
    assert titles(response.context["past_events"]) == ["Ended yesterday"]
    content = response.content.decode()
    upcoming, past = content.split('id="past-title"')
    assert "Ends tomorrow" in upcoming and "Ended yesterday" not in upcoming
    assert "Ended yesterday" in past and "Ends tomorrow" not in past


def test_upcoming_events_come_soonest_first_and_past_events_most_recent_first(client):
    now = timezone.now()
    for days in (60, 10, 30):
        make_event(title=f"In {days} days", start_at=now + datetime.timedelta(days=days))
        past_event(title=f"{days} days ago", start_at=now - datetime.timedelta(days=days))
    response = client.get(LIST_URL)
    assert titles(response.context["upcoming_events"]) == ["In 10 days", "In 30 days", "In 60 days"]
    assert titles(response.context["past_events"]) == ["10 days ago", "30 days ago", "60 days ago"]


def test_a_list_item_shows_kind_link_times_in_the_event_zone_place_and_photos(client):
    event = past_event(title="Ottawa open forum", start_at=JULY_21_2015_9AM_TORONTO,
                       end_at=JULY_21_2015_9AM_TORONTO + datetime.timedelta(hours=8),
                       venue="Shaw Centre", city="Ottawa", country="CA")
    add_photos(event, 3)
    content = client.get(LIST_URL).content.decode()
    assert f'<a href="/news/events/{event.slug}/">Ottawa open forum</a>' in content
    assert "Open forum or workshop" in content
    assert ('<time datetime="2015-07-21T09:00:00-0400">21 July 2015, 09:00</time>–'
            '<time datetime="2015-07-21T17:00:00-0400">17:00</time>') in content
    assert "(Toronto time)" in content  # the zone as people say it, not its tz database id
    assert "13:00" not in content  # the same instant in UTC, which nobody at the event would recognise
    assert "Shaw Centre, Ottawa, Canada" in content
    assert "3 photos" in content


def test_a_multi_day_event_shows_both_dates_and_an_online_one_says_online(client):
    start = datetime.datetime(2015, 7, 21, 23, 30, tzinfo=datetime.UTC)  # already the 22nd in Tokyo
    past_event(title="Congress", start_at=start, end_at=start + datetime.timedelta(days=2), time_zone="Asia/Tokyo")
    past_event(title="Webinar", kind=EventKind.WEBINAR, is_online=True, city="", country="")
    content = client.get(LIST_URL).content.decode()
    assert ('<time datetime="2015-07-22T08:30:00+0900">22 July 2015, 08:30</time>–'
            '<time datetime="2015-07-24T08:30:00+0900">24 July 2015, 08:30</time>') in content
    assert "(Tokyo time)" in content
    assert re.search(r"Where: </span>Online</p>", content)


def test_an_event_place_names_what_is_known_of_it_and_says_online_after_it(client):
    make_event(title="In a city", venue="", city="Ottawa", country="")
    make_event(title="In a country", venue="", city="", country="CI", is_online=True)
    make_event(title="Hall", venue="Hall <B> & co", city="", country="", is_online=True)
    content = client.get(LIST_URL).content.decode()
    assert "Where: </span>Ottawa</p>" in content
    assert "Where: </span>Côte d&#x27;Ivoire · Online</p>" in content
    assert "Where: </span>Hall &lt;B&gt; &amp; co · Online</p>" in content


def test_past_events_are_paginated_12_a_page_and_upcoming_ones_head_the_first_page(client):
    make_event(title="Next assembly")
    for n in range(14):
        past_event(start_at=timezone.now() - datetime.timedelta(days=n + 1))
    first = client.get(LIST_URL)
    assert len(first.context["past_events"]) == 12
    assert titles(first.context["upcoming_events"]) == ["Next assembly"]
    assert "?page=2" in first.content.decode()
    second = client.get(LIST_URL, {"page": 2})
    assert len(second.context["past_events"]) == 2
    assert "upcoming_events" not in second.context
    assert "See the upcoming events" in second.content.decode()


def test_the_list_filters_by_kind(client):
    make_event(title="Next assembly", kind=EventKind.GENERAL_ASSEMBLY)
    make_event(title="Next webinar", kind=EventKind.WEBINAR)
    past_event(title="Old assembly", kind=EventKind.GENERAL_ASSEMBLY)
    past_event(title="Old forum", kind=EventKind.OPEN_FORUM)
    response = client.get(LIST_URL, {"kind": "assembly"})
    assert titles(response.context["upcoming_events"]) == ["Next assembly"]
    assert titles(response.context["past_events"]) == ["Old assembly"]
    assert '<option value="assembly" selected>General assembly</option>' in response.content.decode()


@pytest.mark.parametrize("kind", ["party", "<script>", "assembly'--", "x" * 500, "\x00"])
def test_an_unknown_kind_gives_empty_lists_and_a_message_not_an_error(client, kind):
    make_event(title="Next assembly", kind=EventKind.GENERAL_ASSEMBLY)
    past_event(title="Old assembly", kind=EventKind.GENERAL_ASSEMBLY)
    response = client.get(LIST_URL, {"kind": kind})
    assert response.status_code == 200
    assert list(response.context["upcoming_events"]) == []
    assert list(response.context["past_events"]) == []
    content = response.content.decode()
    assert "This kind of event is not known" in content
    assert "<script>" not in content.split("<main", 1)[1]


@pytest.mark.parametrize("page", ["x", "0", "-1", "99", "1.5"])
def test_a_bad_page_of_past_events_is_a_404(client, page):
    past_event()
    assert client.get(LIST_URL, {"page": page}).status_code == 404
    assert client.get(LIST_URL, {"page": page, "kind": "nonsense"}).status_code == 404


def test_the_list_links_to_the_calendar_feed(client):
    content = client.get(LIST_URL).content.decode()
    assert '<link rel="alternate" type="text/calendar"' in content
    assert f'href="{CALENDAR_URL}"' in content
    assert f'href="webcal://testserver{CALENDAR_URL}"' in content


def test_the_list_runs_the_same_number_of_queries_for_3_or_25_events(client, django_assert_max_num_queries):
    def make(count):
        for n in range(count):
            event = make_event() if n % 2 else past_event(organisations=[make_organisation()])
            if n % 3 == 0:
                add_photos(event, 1)

    make(3)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        few = count_queries(client, LIST_URL)
    make(22)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        many = count_queries(client, LIST_URL)
    assert many == few
    assert count_queries(client, LIST_URL, {"kind": "forum", "page": 2}) <= LIST_MAX_QUERIES


# --- Hidden events, on every path ---------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["draft", "scheduled"])
def test_drafts_and_scheduled_events_are_hidden_on_every_path(client, how):
    upcoming = hidden_event(how, title="Secret upcoming forum")
    past = hidden_event(how, title="Secret past forum", start_at=timezone.now() - datetime.timedelta(days=3))
    photo = add_photos(past, 1)[0]
    list_content = client.get(LIST_URL).content.decode()
    assert "Secret upcoming forum" not in list_content and "Secret past forum" not in list_content
    for event in (upcoming, past):
        assert client.get(event.get_absolute_url()).status_code == 404
        assert client.get(reverse("news:event-ics", args=[event.slug])).status_code == 404
    assert client.get(photo.get_absolute_url()).status_code == 404
    assert parse_calendar(client.get(CALENDAR_URL)).walk("VEVENT") == []


def test_a_scheduled_event_appears_by_itself_at_its_publication_time(client, monkeypatch):
    event = hidden_event("scheduled", title="Forum announced at noon")
    photo = add_photos(event, 1)[0]
    assert client.get(event.get_absolute_url()).status_code == 404
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Forum announced at noon" in client.get(LIST_URL).content.decode()
    assert client.get(event.get_absolute_url()).status_code == 200
    assert client.get(photo.get_absolute_url()).status_code == 200
    assert client.get(reverse("news:event-ics", args=[event.slug])).status_code == 200
    summaries = [str(vevent["SUMMARY"]) for vevent in parse_calendar(client.get(CALENDAR_URL)).walk("VEVENT")]
    assert summaries == ["Forum announced at noon"]


# --- An event's page ----------------------------------------------------------------------------------------------

def test_the_event_page_shows_everything_about_the_event(client):
    event = make_event(
        title="Open forum on teachers' health", kind=EventKind.OPEN_FORUM, venue="Shaw Centre",
        start_at=timezone.now() + datetime.timedelta(days=10), time_zone="America/Toronto",
        summary="Participants choose the topics.",
        description="<p>An <strong>open space</strong>.</p><script>x()</script>",
        programme="<ul><li>Morning: marketplace of topics</li></ul>", outcomes="<p>Twelve proposals.</p>",
        registration_url="https://example.org/register",
    )
    content = client.get(event.get_absolute_url()).content.decode()
    assert "<h1>Open forum on teachers&#x27; health</h1>" in content
    assert "Open forum or workshop" in content
    assert "(Toronto time)" in content  # the zone as people say it, not its tz database id
    assert "Shaw Centre, Ottawa, Canada" in content
    assert "An <strong>open space</strong>." in content
    assert "<script>x()" not in content
    assert "<li>Morning: marketplace of topics</li>" in content
    assert "Twelve proposals." in content
    assert 'href="https://example.org/register"' in content
    assert f'href="/news/events/{event.slug}/event.ics"' in content
    assert "Add to my calendar" in content


def test_the_event_page_shows_its_times_in_the_event_zone(client):
    event = past_event(start_at=JULY_21_2015_9AM_TORONTO, end_at=JULY_21_2015_9AM_TORONTO + datetime.timedelta(hours=8))
    content = client.get(event.get_absolute_url()).content.decode()
    assert '<time datetime="2015-07-21T09:00:00-0400">21 July 2015, 09:00</time>' in content
    assert "13:00" not in content


def test_a_past_event_has_no_registration_link_and_an_online_one_links_to_its_meeting(client):
    past = past_event(registration_url="https://example.org/closed")
    assert "https://example.org/closed" not in client.get(past.get_absolute_url()).content.decode()
    online = make_event(is_online=True, city="", country="", online_url="https://meet.example.org/forum")
    content = client.get(online.get_absolute_url()).content.decode()
    assert "Online" in content
    assert 'href="https://meet.example.org/forum"' in content


def test_the_event_page_links_only_published_members_projects_and_resources(client):
    member = make_organisation(name="Teachers Union of Canada")
    draft_member = make_organisation(name="Draft union", status=Status.DRAFT)
    project = make_project(title="Health at school in Senegal")
    draft_project = make_project(title="Draft project", status=Status.DRAFT)
    resource = make_resource(title="Open forum guide", files=[("en", pdf_upload("guide.pdf"))])
    draft_resource = make_resource(title="Draft guide", status=Status.DRAFT)
    event = past_event(organisations=[member, draft_member], projects=[project, draft_project],
                       resources=[resource, draft_resource])
    content = client.get(event.get_absolute_url()).content.decode()
    assert f'<a href="{member.get_absolute_url()}">Teachers Union of Canada</a>' in content
    assert f'<a href="{project.get_absolute_url()}">Health at school in Senegal</a>' in content
    assert f'<a href="{resource.get_absolute_url()}">Open forum guide</a>' in content
    assert f'href="{resource.files.get().get_absolute_url()}"' in content  # the toolbox's download link
    for hidden in ("Draft union", "Draft project", "Draft guide"):
        assert hidden not in content


def test_the_gallery_shows_thumbnails_linking_to_photo_pages_with_captions_and_credits(client):
    event = past_event()
    photo = add_photos(event, 2)[0]
    content = client.get(event.get_absolute_url()).content.decode()
    assert (f'<a href="/news/events/{event.slug}/photos/{photo.pk}/"><img src="{photo.thumbnail.url}" '
            f'alt="Participants at table 1" width="48" height="36" loading="lazy"') in content
    assert "Table 1" in content and "Photo: Network secretariat" in content
    assert 'id="gallery"' in content


def test_thumbnail_sizes_are_given_for_large_photos_too(client):
    event = past_event()
    Photo.objects.create(event=event, image=png_upload("wide.png", size=(1200, 600)), image_alt="A wide room")
    content = client.get(event.get_absolute_url()).content.decode()
    assert 'alt="A wide room" width="400" height="200"' in content


def test_a_gallery_of_30_photos_shows_24_then_6(client):
    event = past_event()
    add_photos(event, 30)
    first = client.get(event.get_absolute_url())
    assert len(first.context["photos"]) == 24
    assert first.content.decode().count('loading="lazy"') == 24
    assert "?photos=2#gallery" in first.content.decode()
    second = client.get(event.get_absolute_url(), {"photos": 2})
    assert len(second.context["photos"]) == 6
    assert second.content.decode().count('loading="lazy"') == 6
    assert "Photos 25 to 30 of 30." in second.content.decode()


@pytest.mark.parametrize("photos", ["x", "0", "-1", "3", "2.0", "99999999999999999999"])
def test_a_bad_page_of_photos_is_a_404(client, photos):
    event = past_event()
    add_photos(event, 30)
    assert client.get(event.get_absolute_url(), {"photos": photos}).status_code == 404


def test_an_event_without_photos_has_no_gallery_and_an_empty_photos_value_is_the_first_page(client):
    event = past_event()
    response = client.get(event.get_absolute_url(), {"photos": ""})
    assert response.status_code == 200
    assert 'id="gallery"' not in response.content.decode()


def test_an_unknown_event_is_a_404(client):
    assert client.get("/news/events/no-such-event/").status_code == 404
    assert client.get("/news/events/no-such-event/event.ics").status_code == 404
    assert client.get("/news/events/no-such-event/photos/1/").status_code == 404


def test_the_event_page_runs_the_same_number_of_queries_whatever_it_links(client, django_assert_max_num_queries):
    event = past_event()

    def link(count):
        event.organisations.add(*[make_organisation() for _ in range(count)])
        event.projects.add(*[make_project() for _ in range(count)])
        event.resources.add(*[make_resource(organisations=[make_organisation()], files=[("en", pdf_upload())])
                              for _ in range(count)])
        add_photos(event, count * 6, start=event.photos.count())

    link(1)
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        few = count_queries(client, event.get_absolute_url())
    link(4)
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        many = count_queries(client, event.get_absolute_url(), {"photos": 2})
    assert many == few


# --- Photo pages --------------------------------------------------------------------------------------------------

def test_the_photo_page_shows_the_large_image_its_position_and_neighbours(client, django_assert_max_num_queries):
    event = past_event()
    photos = add_photos(event, 30)
    photo = photos[24]
    with django_assert_max_num_queries(PHOTO_MAX_QUERIES):
        response = client.get(photo.get_absolute_url())
    content = response.content.decode()
    assert "Photo 25 of 30" in content
    assert f'<img src="{photo.large.url}" alt="Participants at table 25" width="48" height="36">' in content
    assert "Table 25" in content and "Photo: Network secretariat" in content
    assert f'href="/news/events/{event.slug}/photos/{photos[23].pk}/" rel="prev"' in content
    assert f'href="/news/events/{event.slug}/photos/{photos[25].pk}/" rel="next"' in content
    assert f'href="/news/events/{event.slug}/?photos=2#gallery">Back to the gallery' in content
    assert f'href="{photo.image.url}"' in content


def test_the_first_photo_has_no_previous_and_the_last_no_next(client):
    event = past_event()
    first, last = add_photos(event, 2)
    content = client.get(first.get_absolute_url()).content.decode()
    assert "Photo 1 of 2" in content
    assert 'rel="prev"' not in content.split("<main", 1)[1]
    assert f'href="/news/events/{event.slug}/#gallery">Back to the gallery' in content
    content = client.get(last.get_absolute_url()).content.decode()
    assert "Photo 2 of 2" in content
    assert 'rel="next"' not in content.split("<main", 1)[1]


def test_the_photo_order_follows_the_order_field_not_the_upload_order(client):
    event = past_event()
    late, early = add_photos(event, 1, start=5) + add_photos(event, 1, start=1)
    content = client.get(early.get_absolute_url()).content.decode()
    assert "Photo 1 of 2" in content
    assert f'/photos/{late.pk}/" rel="next"' in content


def test_a_photo_is_only_found_under_its_own_event(client):
    event, other = past_event(), past_event()
    photo = add_photos(event, 1)[0]
    assert client.get(reverse("news:photo-detail", args=[other.slug, photo.pk])).status_code == 404
    assert client.get(reverse("news:photo-detail", args=[event.slug, photo.pk + 1000])).status_code == 404
    assert client.get(f"/news/events/{event.slug}/photos/99999999999999999999999/").status_code == 404


def test_thumbnails_are_made_once_at_upload(client):
    event = past_event()
    photo = add_photos(event, 1)[0]
    photo_dir = Path(settings.MEDIA_ROOT) / "news" / "photo"
    assert Path(photo.thumbnail.path).is_file() and Path(photo.large.path).is_file()
    assert (photo.width, photo.height) == (48, 36)
    files_before = sorted(photo_dir.iterdir())
    stored = Photo.objects.get(pk=photo.pk)
    stored.caption = "A new caption"
    stored.save()
    photo.refresh_from_db()
    assert photo.thumbnail.name == stored.thumbnail.name and photo.large.name == stored.large.name
    assert sorted(photo_dir.iterdir()) == files_before
    client.get(event.get_absolute_url())  # showing the gallery makes nothing either
    assert sorted(photo_dir.iterdir()) == files_before


# --- iCalendar ----------------------------------------------------------------------------------------------------

def test_an_event_downloads_as_an_icalendar_file(client):
    event = make_event(
        title="General assembly 2030", kind=EventKind.GENERAL_ASSEMBLY, summary="Members elect the board.",
        start_at=datetime.datetime(2030, 7, 21, 13, 0, tzinfo=datetime.UTC), venue="Shaw Centre",
    )
    event.end_at = event.start_at + datetime.timedelta(hours=8)
    event.save()
    response = client.get(reverse("news:event-ics", args=[event.slug]))
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = parse_calendar(response)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "General assembly 2030"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start.tzinfo is not None and start == event.start_at and end == event.end_at
    assert (start.hour, vevent["DTSTART"].params["TZID"]) == (9, "America/Toronto")
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Toronto"]
    assert str(vevent["LOCATION"]) == "Shaw Centre, Ottawa, Canada"
    url = f"http://testserver/news/events/{event.slug}/"
    assert str(vevent["URL"]) == url
    assert str(vevent["DESCRIPTION"]) == f"Members elect the board.\n\n{url}"
    assert str(vevent["UID"]) == f"event-{event.pk}@testserver"
    assert "DTSTAMP" in vevent
    again = parse_calendar(client.get(reverse("news:event-ics", args=[event.slug])))
    assert str(again.walk("VEVENT")[0]["UID"]) == str(vevent["UID"])  # stable: a second download updates the first


def test_an_online_event_in_utc_is_located_online(client):
    event = make_event(is_online=True, city="", country="", time_zone="UTC", start_at=in_days(5))
    [vevent] = parse_calendar(client.get(reverse("news:event-ics", args=[event.slug]))).walk("VEVENT")
    assert str(vevent["LOCATION"]) == "Online"
    assert vevent.decoded("DTSTART") == event.start_at


def test_the_calendar_feed_lists_every_upcoming_published_event(client, django_assert_max_num_queries):
    toronto = make_event(title="Ottawa forum", start_at=in_days(3))
    paris = make_event(title="Paris training", time_zone="Europe/Paris", city="Paris", country="FR",
                       start_at=in_days(40))
    past_event(title="Old forum")
    hidden_event("draft", title="Draft forum")
    hidden_event("scheduled", title="Scheduled forum")
    with django_assert_max_num_queries(CALENDAR_MAX_QUERIES):
        response = client.get(CALENDAR_URL)
    calendar = parse_calendar(response)
    assert str(calendar["X-WR-CALNAME"]) == "Education and Solidarity Network: events"
    assert calendar.decoded("REFRESH-INTERVAL") == datetime.timedelta(hours=12)
    vevents = {str(vevent["SUMMARY"]): vevent for vevent in calendar.walk("VEVENT")}
    assert set(vevents) == {"Ottawa forum", "Paris training"}
    for event in (toronto, paris):
        vevent = vevents[event.title]
        assert vevent.decoded("DTSTART") == event.start_at
        assert vevent["DTSTART"].params["TZID"] == event.time_zone
        assert str(vevent["URL"]) == f"http://testserver{event.get_absolute_url()}"
        assert str(vevent["UID"]) == f"event-{event.pk}@testserver"
    assert str(vevents["Paris training"]["LOCATION"]) == "Paris, France"
    assert {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")} == {"America/Toronto", "Europe/Paris"}


def test_the_calendar_feed_runs_one_query_for_3_or_25_events(client, django_assert_max_num_queries):
    for _ in range(3):
        make_event()
    with django_assert_max_num_queries(CALENDAR_MAX_QUERIES):
        few = count_queries(client, CALENDAR_URL)
    for _ in range(22):
        make_event()
    with django_assert_max_num_queries(CALENDAR_MAX_QUERIES):
        many = count_queries(client, CALENDAR_URL)
    assert many == few
    assert len(parse_calendar(client.get(CALENDAR_URL)).walk("VEVENT")) == 25


def test_an_empty_calendar_feed_is_still_a_valid_calendar(client):
    calendar = parse_calendar(client.get(CALENDAR_URL))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


# --- Admin --------------------------------------------------------------------------------------------------------

def test_the_admin_change_form_shows_the_photo_inline(staff_client):
    event = past_event()
    photo = add_photos(event, 1)[0]
    response = staff_client.get(reverse("admin:news_event_change", args=[event.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="photos-TOTAL_FORMS"' in content
    assert f'<img src="{photo.thumbnail.url}"' in content


def test_staff_type_times_in_the_event_zone_and_they_are_stored_in_utc(staff_client):
    data = {
        "title_en": "Ottawa open forum", "slug": "ottawa-open-forum", "kind": EventKind.OPEN_FORUM,
        "summary_en": "A day of collective intelligence.",
        "start_at_0": "2015-07-21", "start_at_1": "09:00", "end_at_0": "2015-07-21", "end_at_1": "17:00",
        "time_zone": "America/Toronto", "city_en": "Ottawa", "country": "CA",
        "description_en": "<p>Open space.</p>", "status": Status.PUBLISHED,
        "published_at_0": "2015-06-01", "published_at_1": "08:00",
        "photos-TOTAL_FORMS": "1", "photos-INITIAL_FORMS": "0", "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
        "photos-0-order": "1", "photos-0-image": png_upload("forum.png", size=(800, 600)),
        "photos-0-image_alt_en": "Participants around a table", "photos-0-caption_en": "", "photos-0-credit": "",
    }
    response = staff_client.post(reverse("admin:news_event_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    event = Event.objects.get(slug="ottawa-open-forum")
    assert event.start_at == datetime.datetime(2015, 7, 21, 13, 0, tzinfo=datetime.UTC)
    assert event.end_at == datetime.datetime(2015, 7, 21, 21, 0, tzinfo=datetime.UTC)
    photo = event.photos.get()
    assert photo.thumbnail and photo.large and (photo.width, photo.height) == (800, 600)
    # Opened again, the form shows the clock at the event's place, not UTC.
    content = staff_client.get(reverse("admin:news_event_change", args=[event.pk])).content.decode()
    assert 'name="start_at_1" value="09:00:00"' in content
