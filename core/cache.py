"""The page cache: whole pages for anonymous visitors, plus the facet counts and filter choices that lists
compute. Kept for PAGE_CACHE_SECONDS and emptied whenever staff change content in the admin (or the demo
loader runs), so visitors never wait long for an edit. Scheduled items appear within that delay."""

from django.conf import settings
from django.core.cache import caches

PAGE_CACHE = "pages"


def clear_page_cache():
    """Forget every cached page and count: call after any change visitors should see."""
    caches[PAGE_CACHE].clear()


def cached_choices(name, make):
    """Choices of a list filter (names of mission areas, organisations, tags), cached per language."""
    from django.utils.translation import get_language

    return cached(f"choices:{name}:{get_language()}", lambda: list(make()))


def cached(key, make):
    """The value stored under `key`, made with `make()` and stored when missing."""
    cache = caches[PAGE_CACHE]
    value = cache.get(key)
    if value is None:
        value = make()
        cache.set(key, value, settings.CACHE_MIDDLEWARE_SECONDS)
    return value
