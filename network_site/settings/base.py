"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from the environment; see `.env.example`.
`local.py` (the default, used by `make run`) and `prod.py` (servers) build on this module.
"""

import os
import re
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the admin, so its admin classes and fields per language are ready when the admin loads.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_countries",
    "django_filters",
    "taggit",
    # Failed log-ins counted per account and per address; staff unlock in the admin (README, "Staff accounts").
    "axes",
    "reversion",  # revisions of every content type (core/revisions.py)
    "django_prose_editor",  # the rich-text editor of the admin (assets shipped in the package, no CDN)
    "core",  # what every app shares; imports none of them
    "network_site",
    "members",
    "projects",
    "toolbox",
    "news",
    "research",
    "accounts",  # member organisations' contacts: invitations, log-in, the members' area (/account/)
    "submissions",  # actions and page changes sent by members, reviewed by staff in the admin
]

MIDDLEWARE = [
    # First: every log line of a request carries its id (network_site/log.py).
    "network_site.middleware.RequestIdMiddleware",
    # A database that does not answer gives a 503 page with Retry-After, not a 500.
    "network_site.middleware.DatabaseUnavailableMiddleware",
    # The admin's queries may run longer than public pages' (settings PUBLIC_STATEMENT_TIMEOUT).
    "network_site.middleware.StaffStatementTimeoutMiddleware",
    # Above the page cache, so cached pages get the policies too.
    "network_site.security.SecurityPolicyMiddleware",
    # Whole pages for anonymous visitors come from the page cache, never a logged-in user's (see core/cache.py).
    "core.cache.PageCacheUpdateMiddleware",
    # Right inside it: the page cache keeps a copy of an English page per language it offers (languages.py).
    "core.languages.BrowserLanguageMiddleware",
    "network_site.middleware.PageGZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address: /fr/... and /es/...; no prefix is English (network_site/urls.py).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in each staff member's language (their saved choice, else their browser's): admin_language.py.
    "network_site.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After AuthenticationMiddleware: a logged-in user is never answered from the page cache.
    "core.cache.PageCacheFetchMiddleware",
    # A page being built computes each filter's choices once, however many filter sets it makes (core/cache.py).
    "core.cache.RequestMemoMiddleware",
    # Last, as django-axes requires: answers a locked-out log-in with its page.
    "axes.middleware.AxesMiddleware",
]
if env_bool("BENCH_COUNT_QUERIES"):
    # The benchmark reads how many SQL queries each request ran from a response header.
    MIDDLEWARE.insert(0, "network_site.middleware.QueryCountHeaderMiddleware")

# The page cache is a folder shared by all gunicorn workers, so clearing it after an edit reaches them all.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(VAR_DIR / "cache" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
}


def redis_caches(url, key_prefix):
    """Both caches in Redis at `url`, their keys starting with `key_prefix`, so other sites and applications can use
    the same server; clearing the page cache never empties the server (core/cache.py)."""
    return {
        name: {
            "BACKEND": "core.cache.GenerationalRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"{key_prefix}:{name}",
            # A Redis that stops answering fails a request within a second instead of holding the worker.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        for name in ["default", "pages"]
    }


# With REDIS_URL (redis://host:6379/0), the caches live in Redis, shared by several app servers.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL, os.environ.get("REDIS_KEY_PREFIX", "portal"))

CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "portal"
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))

ROOT_URLCONF = "network_site.urls"
WSGI_APPLICATION = "network_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "network_site.context_processors.site",
            ],
            # Every template's `date` filter writes the French "1er" (core/dates.py).
            "builtins": ["core.templatetags.dates"],
        },
    },
]

# PostgreSQL, from DATABASE_URL. `make run` and `make test` set it to a server of their own when it is unset
# (network_site/embedded_db.py). Connections are kept open for a while and checked before reuse, so a database
# restart costs no failed request.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.config(
            conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")), conn_health_checks=True
        )
    }
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must be a PostgreSQL address: postgres://USER:PASSWORD@HOST/NAME.")
else:
    # No database: what needs none still runs (compile_translations, collectstatic, check --deploy); anything that
    # needs it fails with a message saying how to get one (network_site/no_database/base.py).
    DATABASES = {"default": {"ENGINE": "network_site.no_database"}}

# PostgreSQL: a query waiting on a row lock, or running too long, fails fast (the page or download answers 503 with
# Retry-After) instead of holding a worker. Public pages get PUBLIC_STATEMENT_TIMEOUT, the connection's own value,
# so an expensive search cannot keep the workers busy; the admin raises it to DB_STATEMENT_TIMEOUT for its requests
# (network_site.middleware.StaffStatementTimeoutMiddleware). Management commands (migrate, load_demo, the bench's
# seeding) set DB_TIMEOUTS=off (manage.py does) so long legitimate work is never cut.
_TIMEOUT = re.compile(r"^\d+(ms|s|min)?$")
DB_LOCK_TIMEOUT = os.environ.get("DB_LOCK_TIMEOUT", "3s")
DB_STATEMENT_TIMEOUT = os.environ.get("DB_STATEMENT_TIMEOUT", "10s")
PUBLIC_STATEMENT_TIMEOUT = os.environ.get("PUBLIC_STATEMENT_TIMEOUT", "2s")
for _name, _value in [("DB_LOCK_TIMEOUT", DB_LOCK_TIMEOUT), ("DB_STATEMENT_TIMEOUT", DB_STATEMENT_TIMEOUT),
                      ("PUBLIC_STATEMENT_TIMEOUT", PUBLIC_STATEMENT_TIMEOUT)]:
    if not _TIMEOUT.match(_value):
        raise ImproperlyConfigured(f"{_name} must be a duration such as 3s, 500ms or 0 (none), not {_value!r}.")
DB_TIMEOUTS = (
    DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and os.environ.get("DB_TIMEOUTS") != "off"
)
if DB_TIMEOUTS:
    # jit=off: the site's statements are short; PostgreSQL's JIT compiler once spent 9 s compiling the toolbox's
    # facet statement (docs/performance.md, "Facet counts"), far past the public pages' timeout.
    # random_page_cost=1.1: the data sits on SSD or in memory, not on the spinning disks PostgreSQL's default (4)
    # assumes; with it the planner finds a common word's matches through the search index instead of reading every
    # row's stored vector (toolbox and site searches 25-35% faster, docs/performance.md).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c lock_timeout={DB_LOCK_TIMEOUT} -c statement_timeout={PUBLIC_STATEMENT_TIMEOUT} -c jit=off"
        " -c random_page_cost=1.1"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Password guessing: after 5 failures an account is locked, and so is the address they came from, each on its own,
# for 15 minutes (a success resets the count). Staff unlock earlier by deleting the "access attempts" in the admin.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "network_site.security.locked_out"
AXES_CLIENT_IP_CALLABLE = "network_site.security.client_ip"
# No banner at every start of the site or of a command (failed and locked log-ins are still logged).
AXES_VERBOSE = False
# Only these addresses (our own nginx, on the same machine) may say who the visitor is, in X-Forwarded-For.
TRUSTED_PROXY_IPS = env_list("TRUSTED_PROXY_IPS", "127.0.0.1,::1")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Members' accounts (accounts app, README "Member accounts"): log in with the e-mail address at /account/login/.
LOGIN_URL = "account:login"
LOGIN_REDIRECT_URL = "account:home"
INVITATION_DAYS = 7  # an invitation's link works this long, once
EMAIL_CHANGE_DAYS = 2  # the link confirming a new e-mail address

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content (see core/translation.py): a text missing in the visitor's language is shown in the first of
# these that has one, with a note saying so ({% fallback_note %}, core/templatetags/core_tags.py).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "fr", "es")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "fr", "es")
FORMAT_MODULE_PATH = ["network_site.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Django serves uploaded files itself (safely, see network_site.views.media) unless a reverse
# proxy or object storage does it; see README "Deploying".
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# Toolbox files, their old versions, sheets and kit ZIPs: never under MEDIA_URL, only served by the
# download views, which check that the resource is published.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    # Hashed names + gzip/brotli copies, served by whitenoise with far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Largest image accepted for logos and pictures, in bytes and in pixels (decompression bombs).
MAX_IMAGE_UPLOAD_SIZE = int(os.environ.get("MAX_IMAGE_UPLOAD_SIZE", 10 * 1024 * 1024))
MAX_IMAGE_PIXELS = 40_000_000  # JPEG: decoded at a reduced scale for thumbnails
# PNG and GIF (WebP: half) are decoded whole, about ten bytes a pixel while a thumbnail is made, on top of a worker's
# own 70 MiB: 5.5 MP keeps a worker under 150 MiB (tests/toolbox/test_upload_memory.py measures it; at 6 MP the worst
# PNG reached 150.4 MiB in a fresh clone once the worker's own code had grown).
MAX_DECODED_IMAGE_PIXELS = 5_500_000

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

COUNTRIES_FIRST_REPEAT = False
TAGGIT_CASE_INSENSITIVE = True
# ASCII tag slugs ("Santé" -> "sante"), so every tag has a usable /news/tag/<slug>/ address.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Who is mailed the errors (each with its request id and traceback): ADMINS="Name <a@example.org>,Other <b@…>".
ADMINS = [(name, address) for name, address in getaddresses(env_list("ADMINS")) if address]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", "portal@localhost")

# Every line says which request it belongs to; errors also go by mail to ADMINS (none when ADMINS is empty).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "network_site.log.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "with_request_id": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "with_request_id"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["request_id", "require_debug_false"],
            "formatter": "with_request_id",
        },
    },
    "root": {"handlers": ["console", "mail_admins"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own handlers replaced by the root's (one line, one mail per error).
        "django": {"handlers": [], "level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True},
        # Requests for other host names are noise, not errors anyone must act on.
        "django.security.DisallowedHost": {"handlers": ["console"], "propagate": False},
    },
}

# The public address of the site, for links printed in generated PDF sheets and feeds.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# Contact details shown in the footer and on the "join us" page.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "contact@education-solidarite.org")

# Largest toolbox file, in bytes (default 50 MB).
TOOLBOX_MAX_UPLOAD_SIZE = int(os.environ.get("TOOLBOX_MAX_UPLOAD_SIZE", 50 * 1024 * 1024))
# What one member organisation may send in 24 hours: new submissions (actions and proposed changes) and bytes of
# files (submissions/limits.py).
SUBMISSIONS_PER_DAY = int(os.environ.get("SUBMISSIONS_PER_DAY", 10))
SUBMISSION_BYTES_PER_DAY = int(os.environ.get("SUBMISSION_BYTES_PER_DAY", 50 * 1024 * 1024))
# Uploads larger than this are streamed to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
