"""Values lists compute (facet counts, filter choices): stored in the page cache when it is on, never written when it
is off, and filter choices made once per request."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from core.cache import PAGE_CACHE, RequestMemoMiddleware, cached, cached_choices, clear_page_cache


@pytest.fixture
def empty_cache():
    clear_page_cache()
    yield caches[PAGE_CACHE]
    clear_page_cache()


def counter():
    calls = []

    def make():
        calls.append(1)
        return [("slug", "Name")]

    return calls, make


def test_with_the_page_cache_off_nothing_is_written(settings, empty_cache):
    settings.CACHE_MIDDLEWARE_SECONDS = 0
    calls, make = counter()
    assert cached("some-counts", make) == [("slug", "Name")]
    assert cached("some-counts", make) == [("slug", "Name")]
    assert len(calls) == 2
    assert empty_cache.get("some-counts") is None


def test_with_the_page_cache_on_a_value_is_made_once(settings, empty_cache):
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    calls, make = counter()
    cached("some-counts", make)
    assert cached("some-counts", make) == [("slug", "Name")]
    assert len(calls) == 1


def test_filter_choices_are_made_once_per_request_with_the_page_cache_off(settings, empty_cache):
    settings.CACHE_MIDDLEWARE_SECONDS = 0
    calls, make = counter()

    def view(request):
        # A list builds several filter sets (one per facet count), each asking for the choices.
        return [cached_choices("tags", make) for _ in range(5)]

    middleware = RequestMemoMiddleware(view)
    assert middleware(RequestFactory().get("/toolbox/")) == [[("slug", "Name")]] * 5
    assert len(calls) == 1
    middleware(RequestFactory().get("/toolbox/"))  # the next request sees new choices (an edit since)
    assert len(calls) == 2
    assert cached_choices("tags", make) == [("slug", "Name")]  # outside a request: made again, no error
    assert len(calls) == 3
