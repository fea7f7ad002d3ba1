"""Anonymous visitors get cached pages; an edit in the admin shows at once; staff previews are never cached."""

import pytest
from django.test import Client

from core.models import Status
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    from core.cache import clear_page_cache

    settings.CACHE_MIDDLEWARE_SECONDS = 60
    clear_page_cache()
    yield
    clear_page_cache()


def test_a_visitor_gets_the_cached_page_without_touching_the_database(page_cache, django_assert_num_queries):
    make_organisation(name="Centrale des syndicats du Québec", slug="csq")
    visitor = Client()
    assert visitor.get("/members/csq/").status_code == 200
    with django_assert_num_queries(0):
        response = visitor.get("/members/csq/")
    assert response.status_code == 200
    assert "Centrale des syndicats du Québec" in response.content.decode()
    assert "max-age=60" in response["Cache-Control"]


def test_an_edit_in_the_admin_is_seen_by_visitors_at_once(page_cache, staff_client):
    organisation = make_organisation(name="Old name", slug="csq", country="CA")
    visitor = Client()
    assert "Old name" in visitor.get("/members/csq/").content.decode()
    response = staff_client.post(f"/admin/members/organisation/{organisation.pk}/change/", {
        "name": "New name", "kind": "union", "membership": "member", "country": "CA", "status": "published",
        "description": "", "health_social_protection_work": "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "New name" in visitor.get("/members/csq/").content.decode()


def test_publishing_with_the_admin_action_is_seen_at_once(page_cache, staff_client):
    draft = make_organisation(name="Newly published union", status=Status.DRAFT)
    visitor = Client()
    assert "Newly published union" not in visitor.get("/members/").content.decode()
    staff_client.post("/admin/members/organisation/", {"action": "publish", "_selected_action": [draft.pk]})
    assert "Newly published union" in visitor.get("/members/").content.decode()


def test_a_staff_preview_is_never_cached_for_visitors(page_cache, staff_client):
    draft = make_organisation(status=Status.DRAFT)
    assert staff_client.get(draft.get_absolute_url()).status_code == 200
    assert Client().get(draft.get_absolute_url()).status_code == 404


def test_the_health_check_is_never_cached(page_cache, django_assert_num_queries):
    Client().get("/healthz")
    with django_assert_num_queries(1):
        assert Client().get("/healthz").status_code == 200
