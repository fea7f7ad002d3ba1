"""Members log in with their e-mail address, log out, reset and change their password and change their address;
nothing tells a stranger whether an address has an account, and guessing is throttled like the staff log-in."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from accounts.models import PasswordResetRequest

from .conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db
LOGIN = "/account/login/"
NEW_PASSWORD = "Another-long-password-77"


def log_in(email, password, address="203.0.113.7", path=LOGIN):
    return Client(REMOTE_ADDR=address).post(path, {"username": email, "password": password})


def link_in(message):
    return urlsplit(re.search(r"http://\S+", message.body).group(0)).path


def test_the_log_in_page_asks_for_the_e_mail_in_each_language(client):
    for prefix, label in [("", "E-mail"), ("/fr", "Adresse e-mail"), ("/es", "Correo electrónico")]:
        content = client.get(f"{prefix}{LOGIN}").content.decode()
        assert f'<label for="id_username">{label}' in content
        assert 'type="email"' in content and 'autocomplete="email"' in content


def test_a_member_logs_in_with_the_address_in_any_case_and_lands_in_the_area(member):
    response = log_in("Contact@Union.EXAMPLE", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/account/"


def test_a_french_member_lands_in_the_french_area(member):
    client = Client()
    client.post(f"/fr{LOGIN}?next=/fr/account/", {"username": "contact@union.example", "password": PASSWORD})
    assert client.get("/fr/account/").status_code == 200


def test_the_area_sends_visitors_to_the_log_in_page_of_their_language(client):
    response = client.get("/fr/account/")
    assert response.status_code == 302 and response["Location"] == "/fr/account/login/?next=/fr/account/"


def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(member):
    wrong_password = log_in("contact@union.example", "guess")
    unknown = log_in("nobody@union.example", PASSWORD, address="198.51.100.1")
    assert wrong_password.status_code == unknown.status_code == 200
    message = "This e-mail address and password do not match an active account. Check both and try again."
    assert message in wrong_password.content.decode() and message in unknown.content.decode()


def test_the_member_log_in_locks_after_the_failure_limit(member):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in("contact@union.example", "guess").status_code == 200
    assert log_in("contact@union.example", "guess").status_code == 429
    locked = log_in("contact@union.example", PASSWORD)
    assert locked.status_code == 429
    assert "Log-in temporarily blocked" in locked.content.decode()
    # From elsewhere too: the account itself is locked.
    assert log_in("contact@union.example", PASSWORD, address="198.51.100.2").status_code == 429


def test_log_out_is_a_post_and_shows_a_page(member_client):
    assert member_client.get("/account/logout/").status_code == 405
    response = member_client.post("/fr/account/logout/")
    assert response.status_code == 200
    assert "Vous êtes déconnecté" in response.content.decode()
    assert member_client.get("/account/").status_code == 302


def test_a_member_cannot_reach_the_admin(member_client):
    for path in ["/admin/", "/admin/members/organisation/", "/admin/accounts/invitation/", "/admin/auth/user/"]:
        response = member_client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), path
    login_page = member_client.get("/admin/login/").content.decode()
    assert "not authorized to access this page" in login_page


def test_staff_still_log_in_to_the_admin(django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    response = Client().post("/admin/login/", {"username": "editor", "password": PASSWORD, "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"


# Password reset


def ask_reset(email, address="203.0.113.7", prefix=""):
    return Client(REMOTE_ADDR=address).post(f"{prefix}/account/password/reset/", {"email": email})


def test_reset_says_the_same_whether_or_not_the_address_has_an_account(member):
    known = ask_reset("contact@union.example")
    unknown = ask_reset("nobody@union.example")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/account/password/reset/sent/"
    assert [message.to for message in mail.outbox] == [["contact@union.example"]]


def test_staff_accounts_get_no_reset_email_from_the_members_page(django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    assert ask_reset("editor@example.org").status_code == 302
    assert mail.outbox == []


def test_the_reset_link_sets_a_new_password(member):
    ask_reset("contact@union.example", prefix="/es")
    [message] = mail.outbox
    assert message.subject == "Elija una nueva contraseña para el espacio de miembros"
    client = Client()
    form_page = client.get(link_in(message), follow=True)
    assert form_page.status_code == 200
    response = client.post(form_page.redirect_chain[-1][0],
                           {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    # Used once.
    assert "Este enlace ya no funciona" in Client().get(link_in(message), follow=True).content.decode()


def test_reset_emails_are_limited_per_address_and_per_visitor_with_the_same_page(member):
    for n in range(5):
        response = ask_reset("contact@union.example", address=f"198.51.100.{n}")
        assert response["Location"] == "/account/password/reset/sent/"
    assert len(mail.outbox) == 3
    mail.outbox.clear()
    for n in range(12):
        response = ask_reset(f"someone{n}@union.example", address="203.0.113.50")
        assert response["Location"] == "/account/password/reset/sent/"
    assert PasswordResetRequest.objects.filter(ip_address="203.0.113.50").count() == 10
    make_member("late@union.example")
    ask_reset("late@union.example", address="203.0.113.50")
    assert mail.outbox == []  # this visitor has asked too often
    ask_reset("late@union.example", address="203.0.113.51")
    assert len(mail.outbox) == 1


def test_the_reset_done_page_does_not_say_whether_the_address_exists(client):
    content = client.get("/account/password/reset/sent/").content.decode()
    assert "If this address has a member account" in content


# Password and e-mail change


def test_a_member_changes_the_password(member_client, member):
    response = member_client.post("/account/password/", {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/account/password/changed/"
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert member_client.get("/account/").status_code == 200  # still logged in


def test_a_wrong_current_password_changes_nothing(member_client, member):
    response = member_client.post("/account/password/", {
        "old_password": "guess", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()


def test_changing_the_address_needs_the_password_and_the_link_sent_to_the_new_address(member_client, member):
    wrong = member_client.post("/account/email/", {"new_email": "new@union.example", "password": "guess"})
    assert "This is not your current password." in wrong.content.decode()
    assert mail.outbox == []
    response = member_client.post("/account/email/", {"new_email": "New@Union.example", "password": PASSWORD})
    assert "We sent a link to new@union.example" in response.content.decode()
    [message] = mail.outbox
    assert message.to == ["new@union.example"]
    member.refresh_from_db()
    assert member.email == "contact@union.example", "nothing changes before the link is opened"
    confirm = Client()  # the link works in another browser too
    page = confirm.get(link_in(message))
    assert page.status_code == 200 and "new@union.example" in page.content.decode()
    member.refresh_from_db()
    assert member.email == "contact@union.example", "opening the link only asks to confirm"
    done = confirm.post(link_in(message))
    assert "You now log in with new@union.example." in done.content.decode()
    member.refresh_from_db()
    assert member.email == member.username == "new@union.example"
    notice = mail.outbox[1]
    assert notice.to == ["contact@union.example"] and "new@union.example" in notice.body
    assert log_in("new@union.example", PASSWORD).status_code == 302
    # The link works once: the address it changes from is gone.
    assert confirm.post(link_in(message)).status_code == 410


def test_a_tampered_or_taken_address_link_changes_nothing(member_client, member):
    assert Client().get("/account/email/confirm/not-signed/").status_code == 410
    member_client.post("/account/email/", {"new_email": "taken@union.example", "password": PASSWORD})
    make_member("taken@union.example")
    response = Client().post(link_in(mail.outbox[0]))
    assert response.status_code == 410
    assert "Another account already uses this e-mail address" in response.content.decode()
    member.refresh_from_db()
    assert member.email == "contact@union.example"
