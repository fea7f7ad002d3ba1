"""Settings for the test suite: same as local, with fast hashing and throw-away media."""

import os
import tempfile
import uuid
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

# Public pages' queries may run as long as the admin's (10 s) here: on a busy machine the suite's own work (flushing
# the tables after a test) can take seconds. The tests of the short public timeout set their own
# (tests/network_site/test_statement_timeout.py); the settings' 2 s default is tested in tests/toolbox/test_timeouts.py.
os.environ.setdefault("PUBLIC_STATEMENT_TIMEOUT", os.environ.get("DB_STATEMENT_TIMEOUT", "10s"))

from .local import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="network-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="network-test-private-"))
# Tests render pages without running collectstatic first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set: run the tests with `make test`, which starts a PostgreSQL server of its own "
        "(network_site/embedded_db.py), or set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/NAME."
    )

STATIC_ROOT = Path(tempfile.mkdtemp(prefix="network-test-static-"))
# Tests see every change at once; tests of the page cache turn it on for themselves.
CACHE_MIDDLEWARE_SECONDS = 0
if REDIS_URL:  # noqa: F405
    # Keys of this run only, so runs side by side on one Redis never see each other's pages.
    CACHES = redis_caches(REDIS_URL, f"test-{uuid.uuid4().hex[:12]}")  # noqa: F405
else:
    CACHES["pages"]["LOCATION"] = tempfile.mkdtemp(prefix="network-test-pages-")  # noqa: F405
WHITENOISE_USE_FINDERS = True
