"""Password guessing on the staff log-in: after a few failures the account and the address are locked for a while,
with a clear message, and staff can unlock them (django-axes)."""

import pytest
from axes.models import AccessAttempt
from django.test import Client

LOGIN_URL = "/admin/login/"
PASSWORD = "a-long-test-password"

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def colleague(django_user_model):
    return django_user_model.objects.create_superuser("colleague", "colleague@example.org", PASSWORD)


def log_in(username, password, address, **headers):
    """A fresh browser (no cookies) from `address`, trying to log in: the response."""
    client = Client(REMOTE_ADDR=address, **headers)
    return client.post(LOGIN_URL, {"username": username, "password": password, "next": "/admin/"})


def is_logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_right_password_logs_in(editor):
    assert is_logged_in(log_in("editor", PASSWORD, "203.0.113.7"))


def test_fifty_wrong_passwords_then_the_right_one_is_refused(editor):
    for _ in range(50):
        response = log_in("editor", "guess", "203.0.113.7")
        assert response.status_code in (200, 429)
    response = log_in("editor", PASSWORD, "203.0.113.7")
    assert not is_logged_in(response)
    assert response.status_code == 429
    content = response.content.decode()
    assert "Log-in temporarily blocked" in content
    assert "After 5 wrong passwords" in content
    assert "Try again in 15 minutes" in content


def test_the_lock_comes_after_five_failures_not_before(editor):
    for _ in range(4):
        assert log_in("editor", "guess", "203.0.113.7").status_code == 200
    assert is_logged_in(log_in("editor", PASSWORD, "203.0.113.7"))
    # A success starts the count again.
    for _ in range(4):
        log_in("editor", "guess", "203.0.113.7")
    assert is_logged_in(log_in("editor", PASSWORD, "203.0.113.7"))


def test_the_account_and_the_address_are_locked_each_on_its_own(editor, colleague):
    for _ in range(5):
        log_in("editor", "guess", "203.0.113.7")
    # The guessed account is locked wherever the next try comes from...
    assert log_in("editor", PASSWORD, "198.51.100.20").status_code == 429
    # ...and so is the guessing address, for every account.
    assert log_in("colleague", PASSWORD, "203.0.113.7").status_code == 429
    # Another member of staff elsewhere logs in as usual.
    assert is_logged_in(log_in("colleague", PASSWORD, "198.51.100.20"))


def test_only_our_proxy_may_name_the_visitors_address(editor, colleague):
    def from_proxy(username, password, visitor):
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=visitor)
        return client.post(LOGIN_URL, {"username": username, "password": password, "next": "/admin/"})

    for _ in range(5):
        from_proxy("nobody", "guess", "203.0.113.7")
    # Behind our nginx, the visitor's address is locked, not the proxy's (everyone else's).
    assert from_proxy("colleague", PASSWORD, "203.0.113.7").status_code == 429
    assert is_logged_in(from_proxy("colleague", PASSWORD, "198.51.100.20"))
    # A visitor talking to gunicorn directly cannot pick an address to escape the lock.
    client = Client(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.99")
    for _ in range(5):
        client.post(LOGIN_URL, {"username": "nobody", "password": "guess"})
    assert AccessAttempt.objects.filter(ip_address="203.0.113.9").exists()
    assert not AccessAttempt.objects.filter(ip_address="198.51.100.99").exists()


def test_staff_unlock_by_deleting_the_attempts_in_the_admin(editor, staff_client):
    for _ in range(5):
        log_in("editor", "guess", "203.0.113.7")
    assert log_in("editor", PASSWORD, "198.51.100.20").status_code == 429
    listing = staff_client.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    # The list's "Delete selected" action, on the locked account's rows.
    attempts = AccessAttempt.objects.filter(username="editor").values_list("pk", flat=True)
    response = staff_client.post("/admin/axes/accessattempt/", {
        "action": "delete_selected", "_selected_action": [str(pk) for pk in attempts], "post": "yes",
    })
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()
    assert is_logged_in(log_in("editor", PASSWORD, "198.51.100.20"))


def test_the_lock_message_is_in_french_for_a_french_browser(editor):
    for _ in range(6):
        response = log_in("editor", "guess", "203.0.113.7", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 429
    content = response.content.decode()
    assert '<html lang="fr">' in content
    assert "Connexion temporairement bloquée" in content
    assert "Après 5 mots de passe erronés" in content
    assert "Réessayez dans 15 minutes" in content
