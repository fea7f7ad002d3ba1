"""The page cache: whole pages for anonymous visitors, plus the facet counts and filter choices that lists
compute. Kept for PAGE_CACHE_SECONDS and emptied whenever staff change content in the admin (or the demo
loader runs), so visitors never wait long for an edit. Scheduled items appear within that delay.

Where it lives (settings CACHES): a folder shared by the gunicorn workers of one server, or, when REDIS_URL is set,
Redis, shared by every app server; there, clearing moves the cache to a new generation (GenerationalRedisCache)."""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

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
