"""A held row lock or a stuck query never stalls downloads: they read without locking, and every web
request runs with a lock and a statement timeout so what does wait fails fast with a 503."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection, transaction

from tests.factories import make_kit, make_resource, pdf_upload
from toolbox.models import DownloadTotal, Kit, Resource

ROOT = Path(__file__).resolve().parents[2]


def database_options(**env):
    """The database OPTIONS the settings give in a fresh interpreter with this environment."""
    clean = {k: v for k, v in os.environ.items()
             if k not in {"DB_TIMEOUTS", "DB_LOCK_TIMEOUT", "DB_STATEMENT_TIMEOUT", "PUBLIC_STATEMENT_TIMEOUT"}}
    clean.update(DJANGO_SETTINGS_MODULE="network_site.settings.local", **env)
    code = "import django; django.setup(); from django.conf import settings; print(settings.DATABASES['default']" \
           ".get('OPTIONS', {}).get('options', ''))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True,
                            timeout=60)
    return result.returncode, result.stdout.strip() + result.stderr


def test_web_requests_on_postgresql_have_lock_and_statement_timeouts_but_commands_do_not():
    """Connections start with the public pages' statement timeout; the admin raises its own (test_statement_timeout)."""
    url = "postgres://u:p@db:5432/portal"
    assert database_options(DATABASE_URL=url) == (
        0, "-c lock_timeout=3s -c statement_timeout=2s -c jit=off -c random_page_cost=1.1")
    assert database_options(DATABASE_URL=url, DB_LOCK_TIMEOUT="1s", PUBLIC_STATEMENT_TIMEOUT="500ms") == (
        0, "-c lock_timeout=1s -c statement_timeout=500ms -c jit=off -c random_page_cost=1.1")
    assert database_options(DATABASE_URL=url, DB_TIMEOUTS="off") == (0, "")  # what manage.py sets for commands
    for name in ["DB_LOCK_TIMEOUT", "PUBLIC_STATEMENT_TIMEOUT", "DB_STATEMENT_TIMEOUT"]:
        code, output = database_options(DATABASE_URL=url, **{name: "3 s; DROP"})
        assert code != 0 and f"{name} must be a duration" in output


def test_manage_py_turns_the_timeouts_off_for_commands_but_not_for_runserver():
    clean = {k: v for k, v in os.environ.items() if k != "DB_TIMEOUTS"}
    for command, expected in [("migrate", "off"), ("runserver", "None")]:
        script = (f"import os, sys; sys.argv = ['manage.py', {command!r}]; import manage, django.core.management as m; "
                  "m.execute_from_command_line = lambda argv: None; manage.main(); "
                  "print(os.environ.get('DB_TIMEOUTS'))")
        result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=clean, capture_output=True, text=True,
                                timeout=60)
        assert result.stdout.strip() == expected, result.stderr


class HeldLock:
    """Another connection holding row locks until the block ends, as a long admin save (an UPDATE: FOR NO KEY
    UPDATE) or a sheet or ZIP builder would; no_key=False for FOR UPDATE, as a DELETE would."""

    def __init__(self, queryset, no_key=True):
        self.queryset, self.no_key, self.locked, self.release = queryset, no_key, threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold)

    def _hold(self):
        try:
            with transaction.atomic():
                list(self.queryset.select_for_update(no_key=self.no_key))
                self.locked.set()
                self.release.wait(30)
        finally:
            connection.close()

    def __enter__(self):
        self.thread.start()
        assert self.locked.wait(10)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join()


def timed_get(client, url):
    start = time.monotonic()
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response, time.monotonic() - start


@pytest.mark.django_db(transaction=True)
def test_a_held_lock_on_the_resource_and_the_kit_does_not_slow_downloads_or_the_health_check(client):
    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource, make_resource()])
    with connection.cursor() as cursor:
        cursor.execute("SHOW lock_timeout")
        assert cursor.fetchone()[0] == "3s"
    with HeldLock(Resource.objects.all()), HeldLock(Kit.objects.all()):
        for url in [f"/toolbox/{resource.slug}/download/en/", f"/toolbox/{resource.slug}/sheet/",
                    f"/toolbox/kits/{kit.slug}/download/en/", "/healthz"]:
            response, seconds = timed_get(client, url)
            assert response.status_code == 200, url
            assert seconds < 2, url
    assert DownloadTotal.objects.get(resource=resource).count == 2


@pytest.mark.django_db(transaction=True)
def test_a_download_stuck_behind_a_lock_answers_503_within_seconds_not_minutes(client):
    resource = make_resource(files=[("en", pdf_upload())])
    client.get(f"/toolbox/{resource.slug}/download/en/")  # its total row exists: the next count must update it
    with HeldLock(DownloadTotal.objects.filter(resource=resource), no_key=False):
        response, seconds = timed_get(client, f"/toolbox/{resource.slug}/download/en/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert seconds < 6  # the 3 s lock timeout, not the 30 s the lock is held
        health, health_seconds = timed_get(client, "/healthz")
        assert health.status_code == 200 and health_seconds < 2


@pytest.mark.django_db(transaction=True)
def test_a_download_whose_table_is_locked_by_a_migration_answers_503_within_seconds(client):
    resource = make_resource(files=[("en", pdf_upload())])
    locked, release = threading.Event(), threading.Event()

    def migrate_slowly():  # what an ALTER TABLE holds while a long migration runs on the live site
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("LOCK TABLE toolbox_resourcefile IN ACCESS EXCLUSIVE MODE")
                locked.set()
                release.wait(30)
        finally:
            connection.close()

    thread = threading.Thread(target=migrate_slowly)
    thread.start()
    try:
        assert locked.wait(10)
        response, seconds = timed_get(client, f"/toolbox/{resource.slug}/download/en/")
        assert response.status_code == 503 and seconds < 6
        assert "being prepared" in response.content.decode()
    finally:
        release.set()
        thread.join()
