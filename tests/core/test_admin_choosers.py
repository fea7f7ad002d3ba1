"""Choosers instead of long selects: searchable countries and time zones, autocomplete for related content,
suggested tags. Without JavaScript each stays a working plain field."""

import re

import pytest
from django.urls import reverse
from taggit.models import Tag

from core.models import Status
from news.models import Event, EventKind
from news.timezones import country_time_zone
from tests.factories import make_resource

pytestmark = pytest.mark.django_db


def select_tag(html, name):
    match = re.search(rf'<select[^>]*name="{name}"[^>]*>', html)
    assert match, f"no <select name={name}>"
    return match.group(0)


def test_countries_of_a_resource_are_a_searchable_multiple_select(staff_client):
    html = staff_client.get(reverse("admin:toolbox_resource_add")).content.decode()
    tag = select_tag(html, "countries")
    assert "multiple" in tag and "data-chooser" in tag
    # Still every country as a plain option: without JavaScript it is a normal multiple select.
    options = re.search(r'<select[^>]*name="countries".*?</select>', html, re.S).group(0)
    assert options.count("<option") >= 249
    assert "/static/js/admin/choosers.js" in html
    assert "/static/admin/js/vendor/select2/select2.full" in html and "cdn" not in html.lower()


@pytest.mark.parametrize("url", ["admin:projects_project_add", "admin:members_organisation_add",
                                 "admin:news_event_add"])
def test_every_country_field_is_a_chooser(staff_client, url):
    html = staff_client.get(reverse(url)).content.decode()
    name = "countries" if "project" in url else "country"
    assert "data-chooser" in select_tag(html, name)


def test_the_event_time_zone_is_searchable_and_starts_empty(staff_client):
    html = staff_client.get(reverse("admin:news_event_add")).content.decode()
    tag = select_tag(html, "time_zone")
    assert "data-chooser" in tag
    options = re.search(r'<select[^>]*name="time_zone".*?</select>', html, re.S).group(0)
    assert options.count("<option") > 400
    assert re.search(r'<option value="" selected>The country', options)


@pytest.mark.parametrize(("code", "zone"), [
    ("FR", "Europe/Paris"), ("CA", "America/Toronto"), ("BR", "America/Sao_Paulo"), ("US", "America/New_York"),
    ("BF", "Africa/Ouagadougou"), ("ES", "Europe/Madrid"), ("", ""), ("ZZ", ""),
])
def test_a_country_gives_its_main_time_zone(code, zone):
    assert country_time_zone(code) == zone


def event_data(**fields):
    return {
        "title_en": "Forum in Lyon", "slug": "forum-in-lyon", "kind": EventKind.OPEN_FORUM,
        "summary_en": "A day of collective intelligence.",
        "start_at_0": "2026-03-10", "start_at_1": "09:00", "end_at_0": "2026-03-10", "end_at_1": "17:00",
        "time_zone": "", "city_en": "Lyon", "country": "FR", "description_en": "<p>Open space.</p>",
        "status": Status.DRAFT, "published_at_0": "2026-01-10", "published_at_1": "08:00",
        "photos-TOTAL_FORMS": "0", "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0", "photos-MAX_NUM_FORMS": "1000", **fields,
    }


def test_an_event_left_without_a_time_zone_takes_its_countrys(staff_client):
    response = staff_client.post(reverse("admin:news_event_add"), event_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get(slug="forum-in-lyon")
    assert event.time_zone == "Europe/Paris"
    assert event.local_start.hour == 9  # the times typed are read in that zone


def test_a_time_zone_chosen_by_staff_is_kept_and_an_online_event_without_country_is_in_utc(staff_client):
    staff_client.post(reverse("admin:news_event_add"), event_data(time_zone="America/Montreal", country="CA"))
    assert Event.objects.get(slug="forum-in-lyon").time_zone == "America/Montreal"
    staff_client.post(reverse("admin:news_event_add"), event_data(
        slug="webinar", city="", country="", is_online="on", online_url="https://meet.example.org/x"))
    assert Event.objects.get(slug="webinar").time_zone == "UTC"


def test_an_unknown_time_zone_is_a_form_error_not_a_500(staff_client):
    response = staff_client.post(reverse("admin:news_event_add"), event_data(time_zone="Mars/Olympus"))
    assert response.status_code == 200
    assert "time_zone" in response.context["adminform"].form.errors


@pytest.mark.parametrize(("url", "fields"), [
    ("admin:news_article_add", ["organisations", "projects", "resources"]),
    ("admin:news_event_add", ["organisations", "projects", "resources"]),
    ("admin:toolbox_resource_add", ["organisations", "project"]),
    ("admin:projects_project_add", ["lead_organisation", "partner_organisations"]),
    ("admin:research_researchentry_add", ["partner_institutions", "projects", "outputs"]),
    ("admin:toolbox_kit_add", ["items-0-resource"]),
])
def test_related_content_is_chosen_by_autocomplete(staff_client, url, fields):
    html = staff_client.get(reverse(url)).content.decode()
    for name in fields:
        assert "data-ajax--url" in select_tag(html, name), name


def test_tags_in_use_are_suggested_and_new_ones_still_accepted(staff_client):
    make_resource(tags=["School health", "Mutual insurance"])
    html = staff_client.get(reverse("admin:news_article_add")).content.decode()
    box = re.search(r'<input[^>]*name="tags"[^>]*>', html).group(0)
    assert 'type="text"' in box  # without JavaScript: taggit's comma-separated box
    assert "data-tag-suggestions=\"[&quot;Mutual insurance&quot;, &quot;School health&quot;]\"" in box
    # What choosers.js writes back into the box: quoted names, so two-word tags stay one tag.
    response = staff_client.post(reverse("admin:news_article_add"), {
        "title_en": "Tags", "slug": "tags", "summary_en": "s", "body_en": "<p>b</p>", "status": Status.DRAFT,
        "published_at_0": "2026-01-10", "published_at_1": "08:00",
        "tags": '"School health", "Teachers\' wellbeing"',
    })
    assert response.status_code == 302, response.context["adminform"].form.errors
    from news.models import Article

    assert sorted(Article.objects.get(slug="tags").tags.names()) == ["School health", "Teachers' wellbeing"]
    assert Tag.objects.count() == 3


def test_an_event_saved_without_a_zone_outside_the_admin_also_takes_its_countrys():
    from tests.factories import make_event

    assert make_event(country="BF", time_zone="").time_zone == "Africa/Ouagadougou"
    assert make_event(country="", city="", is_online=True, time_zone="").time_zone == "UTC"
