"""Anonymous visitors get cached pages; an edit in the admin shows at once; staff previews are never cached.

Every test runs twice: with the page cache in a folder (one server, the default) and in Redis (REDIS_URL: several
app servers share it)."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client, RequestFactory
from django.utils.cache import get_cache_key

from core.cache import cached, clear_page_cache
from core.models import Status
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["folder", "redis"])
def page_cache(request, settings):
    if request.param == "redis":
        request.getfixturevalue("redis_caches")
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    clear_page_cache()
    yield request.param
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
        "name_en": "New name", "kind": "union", "membership": "member", "country": "CA", "status": "published",
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


def test_clearing_the_page_cache_forgets_counts_but_keeps_the_other_cache(page_cache):
    """Facet counts and choices are forgotten with the pages; what the default cache holds (counts, throttles) is not
    the page cache's to clear."""
    caches["default"].set("logins:203.0.113.9", 3)
    assert cached("facets:x", lambda: {"kind": 5}) == {"kind": 5}
    assert cached("facets:x", lambda: {"kind": 6}) == {"kind": 5}
    clear_page_cache()
    assert cached("facets:x", lambda: {"kind": 6}) == {"kind": 6}
    assert caches["default"].get("logins:203.0.113.9") == 3


def test_in_redis_pages_are_shared_and_clearing_them_never_empties_the_server(redis_caches, settings):
    """Two app servers on one Redis: a page one cached is the other's too, and an edit seen by one clears it for both
    by moving to a new generation, without touching any other key (another application's, the default cache's)."""
    client, prefix = redis_caches
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    make_organisation(name="Centrale des syndicats du Québec", slug="csq")
    client.set(f"{prefix}-another-app:visits", 41)

    assert Client().get("/members/csq/").status_code == 200
    assert client.keys(f"{prefix}:pages:*"), "the page is stored in Redis"
    first, second = caches.create_connection("pages"), caches.create_connection("pages")  # one per app server
    first.set("facets:y", "counted on the first server", 60)
    assert second.get("facets:y") == "counted on the first server"
    second.clear()
    assert first.get("facets:y") is None
    assert client.get(f"{prefix}-another-app:visits") == b"41"


def logged_in_member():
    """A client logged in as a contact of a member organisation."""
    from django.contrib.auth import get_user_model

    from accounts.models import MemberAccount

    user = get_user_model().objects.create_user("member", "member@example.org", "a-long-test-password")
    MemberAccount.objects.create(user=user, organisation=make_organisation(name="Member union"))
    member = Client()
    member.force_login(user)
    return member


def test_a_visitors_cached_page_is_never_served_to_a_logged_in_member(page_cache):
    """A visitor caches /toolbox/; right after, a member sees the members-only resource it leaves out."""
    from tests.factories import make_resource

    make_resource(title="Members-only pay survey", is_members_only=True)
    visitor = Client()
    assert "Members-only pay survey" not in visitor.get("/toolbox/").content.decode()
    response = logged_in_member().get("/toolbox/")
    assert "Members-only pay survey" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "max-age" not in response["Cache-Control"]


def test_a_members_page_is_never_served_to_the_next_visitor(page_cache, django_assert_max_num_queries):
    from tests.factories import make_resource

    make_resource(title="Members-only pay survey", is_members_only=True)
    member = logged_in_member()
    assert "Members-only pay survey" in member.get("/toolbox/").content.decode()
    # Nothing stored, not even under the member's cookies: the page cache has not learnt the address.
    assert get_cache_key(RequestFactory().get("/toolbox/"), settings.CACHE_MIDDLEWARE_KEY_PREFIX,
                         cache=caches["pages"]) is None
    visitor = Client()
    assert "Members-only pay survey" not in visitor.get("/toolbox/").content.decode()
    with django_assert_max_num_queries(0):  # visitors still share the cache: the first one stored it
        assert "Members-only pay survey" not in visitor.get("/toolbox/").content.decode()


def test_staff_pages_are_private_and_never_cached(page_cache, staff_client, django_assert_max_num_queries):
    make_organisation(name="Centrale des syndicats du Québec", slug="csq")
    Client().get("/members/csq/")  # a visitor's copy is cached
    response = staff_client.get("/members/csq/")
    assert response["Cache-Control"] == "private, no-store"  # staff see members-only items
    with django_assert_max_num_queries(0):
        cached_copy = Client().get("/members/csq/")
    assert "max-age=60" in cached_copy["Cache-Control"] and "private" not in cached_copy["Cache-Control"]


def test_a_visitor_without_a_session_never_makes_pages_vary_on_cookies(page_cache):
    """Asking whether someone is logged in must not read an absent session: Vary: Cookie would split the cache."""
    from tests.factories import make_resource

    make_resource()
    for url in ["/toolbox/", "/members/", "/"]:
        assert "Cookie" not in Client().get(url).get("Vary", ""), url
