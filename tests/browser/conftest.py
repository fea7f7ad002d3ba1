"""The site as visitors get it: demo content served by gunicorn on loopback, driven by Debian's Chromium.

These tests run when /usr/bin/chromium is installed and are skipped otherwise, saying so. CI sets
REQUIRE_BROWSER_TESTS=1, which turns that skip into a failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROWSER_DIR = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
STAFF_USER, STAFF_PASSWORD = "browser-staff", "browser-staff-password-2026"
PHONE, DESKTOP = 375, 1280
LIVE_ENV = {}  # the live site's environment once it runs: see live_manage


def live_manage(*args):
    """Run manage.py against the live site's database and files (e.g. `shell -c` to add content); its output."""
    result = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], cwd=ROOT, env=LIVE_ENV, check=True,
                            timeout=120, capture_output=True, text=True)
    return result.stdout


def _missing_tools():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    if not shutil.which("java"):
        missing.append("Java (for the Nu Html Checker; apt-get install default-jre-headless)")
    if not shutil.which("npm") and not (BROWSER_DIR / "node_modules").exists():
        missing.append("npm (for axe-core and vnu-jar)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package")
    return missing


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "tests/browser" in str(item.fspath)]
    missing = _missing_tools()
    if not browser_items or not missing:
        return
    reason = "Browser tests skipped: missing " + ", ".join(missing)
    if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
        raise pytest.UsageError(reason + " (REQUIRE_BROWSER_TESTS=1 makes this a failure)")
    print(f"\n*** {reason} ***")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _node_modules():
    if not (BROWSER_DIR / "node_modules" / "axe-core").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=BROWSER_DIR, check=True, timeout=600)
    return BROWSER_DIR / "node_modules"


@pytest.fixture(scope="session")
def node_modules():
    return _node_modules()


def _fresh_database_url():
    """A new empty database for the served site, on the tests' PostgreSQL server (DATABASE_URL); and what drops it."""
    import psycopg2

    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    name = f"{urllib.parse.unquote(url.path[1:])}_browser_{os.getpid()}"
    admin = psycopg2.connect(url._replace(path="/postgres").geturl())
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return url._replace(path=f"/{name}").geturl(), drop


@pytest.fixture(scope="session")
def live_site():
    """Base URL of the portal with demo content, served by gunicorn with production-like local settings."""
    work = Path(tempfile.mkdtemp(prefix="portal-browser-"))
    port = _free_port()
    database_url, drop_database = _fresh_database_url()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}},
        "DJANGO_SETTINGS_MODULE": "network_site.settings.local",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "STATIC_ROOT": str(work / "static"),
        "SECRET_KEY": "browser-tests-" + "k" * 50,
        "SITE_URL": f"http://127.0.0.1:{port}",
    }
    LIVE_ENV.update(env)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, timeout=600, capture_output=True)
    subprocess.run(
        manage + ["shell", "-c", "from django.contrib.auth.models import User; "
                  f"User.objects.create_superuser('{STAFF_USER}', 'staff@example.org', '{STAFF_PASSWORD}')"],
        cwd=ROOT, env=env, check=True, timeout=120, capture_output=True,
    )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "network_site.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)
        drop_database()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def staff_storage_state(browser, live_site, tmp_path_factory):
    """Cookies of a logged-in staff member, for the admin pages."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", STAFF_USER)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_site}/admin/")
    path = tmp_path_factory.mktemp("state") / "staff.json"
    context.storage_state(path=str(path))
    context.close()
    return str(path)


@pytest.fixture(scope="session")
def artifacts():
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def page_paths(live_site):
    """{page type: path} of every public page type on the live site."""
    from .pages import resolve_pages

    return resolve_pages(live_site)
