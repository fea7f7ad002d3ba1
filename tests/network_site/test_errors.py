"""When something breaks: a database that does not answer gives a 503 page that says to come back, and any other
error is logged with the request's id and mailed to the administrators."""

import io
import logging
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.db.utils import OperationalError
from django.test import Client
from django.urls import path

from network_site.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise ZeroDivisionError("a bug in a view")


def slow_query_view(request):
    # What psycopg2 raises when statement_timeout or lock_timeout fires, as Django passes it on.
    raise OperationalError("canceling statement due to statement timeout")


handler500 = "network_site.views.server_error"
urlpatterns = [path("broken/", broken_view), path("slow/", slow_query_view), *site_urlpatterns]


@pytest.fixture
def raising_client():
    return Client(raise_request_exception=False)


def test_pages_answer_503_with_retry_after_when_the_database_is_unreachable(client):
    """Pages not in the page cache (cached ones are still served)."""
    refused = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')
    with mock.patch.object(connection, "ensure_connection", side_effect=refused):
        for path_ in ["/", "/news/", "/fr/toolbox/"]:
            response = client.get(path_)
            assert response.status_code == 503, path_
            assert response["Retry-After"] == "30"
            content = response.content.decode()
            assert "The site is busy or under maintenance" in content or "maintenance" in content
            assert "<h1>" in content and "Traceback" not in content
    with mock.patch.object(connection, "ensure_connection", side_effect=refused):
        french = client.get("/fr/news/")
    assert french.status_code == 503
    assert '<html lang="fr">' in french.content.decode()
    assert "Le site est occupé ou en maintenance" in french.content.decode()


@pytest.mark.urls(__name__)
def test_a_statement_or_lock_timeout_is_a_503_too(raising_client):
    response = raising_client.get("/slow/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_every_response_says_its_request_id(client):
    response = client.get("/healthz")
    assert len(response["X-Request-ID"]) == 32
    assert client.get("/healthz")["X-Request-ID"] != response["X-Request-ID"]
    # The proxy's id is kept, a strange one is not.
    assert client.get("/healthz", HTTP_X_REQUEST_ID="0123456789abcdef")["X-Request-ID"] == "0123456789abcdef"
    assert client.get("/healthz", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


@pytest.mark.urls(__name__)
def test_an_error_is_logged_with_its_request_id_and_mailed_to_the_admins(raising_client, settings):
    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    console = next(handler for handler in logging.getLogger().handlers if handler.get_name() == "console")
    stream = io.StringIO()
    old_stream = console.setStream(stream)
    try:
        response = raising_client.get("/broken/", HTTP_X_REQUEST_ID="req-4242-abcd")
    finally:
        console.setStream(old_stream)
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-4242-abcd"
    assert "We have been told about it" in response.content.decode()
    log = stream.getvalue()
    assert "ERROR [req-4242-abcd] django.request: Internal Server Error: /broken/" in log
    assert "ZeroDivisionError" in log
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["webmaster@example.org"]
    assert "/broken/" in message.subject
    assert "[req-4242-abcd]" in message.body
    assert "ZeroDivisionError" in message.body and "a bug in a view" in message.body


@pytest.mark.urls(__name__)
def test_the_error_page_claims_nobody_was_told_when_nobody_is(raising_client, settings):
    settings.ADMINS = []
    response = raising_client.get("/broken/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "We have been told" not in content
    assert "Please try again in a few minutes" in content
    assert mail.outbox == []


def test_admins_come_from_the_environment(monkeypatch):
    import importlib

    from network_site.settings import base

    monkeypatch.setenv("ADMINS", "Web Master <webmaster@example.org>, ops@example.org")
    try:
        assert importlib.reload(base).ADMINS == [("Web Master", "webmaster@example.org"), ("", "ops@example.org")]
    finally:
        monkeypatch.delenv("ADMINS")
        importlib.reload(base)


def test_an_outage_is_logged_once_per_request_as_a_warning_and_mails_nobody(client, settings):
    """Hundreds of visitors during an outage must not send hundreds of mails: /healthz tells the monitoring."""
    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    refused = OperationalError("Connection refused")
    with mock.patch.object(connection, "ensure_connection", side_effect=refused):
        assert client.get("/news/").status_code == 503
    assert mail.outbox == []


def test_a_database_error_outside_a_view_is_a_503_too(client):
    """E.g. a staff member's session read from the database by its middleware, before any view runs."""
    client.raise_request_exception = False
    with mock.patch("django.contrib.sessions.middleware.SessionMiddleware.process_request",
                    side_effect=OperationalError("Connection refused")):
        response = client.get("/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "The site is busy or under maintenance" in response.content.decode()
