"""The page cache: whole pages for anonymous visitors (never a logged-in user's), plus the facet counts and filter
choices that lists compute. Kept for PAGE_CACHE_SECONDS and emptied whenever staff change content in the admin (or
the demo loader runs), so visitors never wait long for an edit. Scheduled items appear within that delay.
With PAGE_CACHE_SECONDS=0 nothing is stored: every value is computed again (filter choices once per request).

Where it lives (settings CACHES): a folder shared by the gunicorn workers of one server, or, when REDIS_URL is set,
Redis, shared by every app server; there, clearing moves the cache to a new generation (GenerationalRedisCache)."""

from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import patch_cache_control

from core.access import is_logged_in, sees_members_only, user_of

PAGE_CACHE = "pages"

# Filter choices already made during the current request (RequestMemoMiddleware), by cache key.
request_memo = ContextVar("request_memo", default=None)


def clear_page_cache():
    """Forget every cached page and count: call after any change visitors should see."""
    caches[PAGE_CACHE].clear()


def cached_choices(name, make):
    """Choices of a list filter (names of mission areas, organisations, tags), cached per language, and made at
    most once per request: a list builds several filter sets (one per facet count), all offering the same choices."""
    from django.utils.translation import get_language

    key = f"choices:{name}:{get_language()}"
    memo = request_memo.get()
    if memo is None:
        return cached(key, lambda: list(make()))
    if key not in memo:
        memo[key] = cached(key, lambda: list(make()))
    return memo[key]


def cached(key, make):
    """The value stored under `key`, made with `make()` and stored when missing. With the page cache off, just
    `make()`: storing an already-expired entry would only cost a file write (and a listing of the folder)."""
    if settings.CACHE_MIDDLEWARE_SECONDS <= 0:
        return make()
    cache = caches[PAGE_CACHE]
    value = cache.get(key)
    if value is None:
        value = make()
        cache.set(key, value, settings.CACHE_MIDDLEWARE_SECONDS)
    return value


class GenerationalRedisCache(RedisCache):
    """Django's Redis cache, whose clear() forgets this cache's entries only, at once whatever their number.

    Django's own clear() empties the whole Redis database: other caches of the site (counts, log-in throttles) and
    other applications on the same server would lose their keys. Here every key carries the cache's generation, a
    counter kept in Redis beside the entries (one GET per key made), and clear() increments it: entries of older
    generations are never read again and expire on their own (each is stored with a timeout)."""

    @property
    def generation_key(self):
        return f"{self.key_prefix}:generation"

    def make_key(self, key, version=None):
        if version is None:
            version = int(self._cache.get_client(self.generation_key).get(self.generation_key) or 0)
        return super().make_key(key, version)

    def clear(self):
        self._cache.get_client(self.generation_key, write=True).incr(self.generation_key)
        return True


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    """Django's, except that a logged-in user's page (member or staff) is never stored in the page cache, and says
    `Cache-Control: private` so that no shared cache in front keeps it either; `no-store` too when the user sees
    members-only items, which the page may show."""

    def process_response(self, request, response):
        if not is_logged_in(request):
            return super().process_response(request, response)
        patch_cache_control(response, private=True, no_store=sees_members_only(user_of(request)) or None)
        return response


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    """Django's, except that a logged-in user is never answered from the page cache: visitors' pages lack what a
    member sees (members-only resources). Placed after AuthenticationMiddleware, so the user is known here."""

    def process_request(self, request):
        if is_logged_in(request):
            request._cache_update_cache = False  # and UpdateCacheMiddleware stores nothing
            return None
        return super().process_request(request)


class RequestMemoMiddleware:
    """Gives each request an empty memo for `cached_choices`, dropped when the response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            request_memo.reset(token)
