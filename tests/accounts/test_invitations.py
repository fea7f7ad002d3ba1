"""Staff invite a contact of a member organisation; the e-mail's one-time link lets them choose a password, and
they land in the members' area."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from accounts import services
from accounts.models import Invitation, MemberAccount
from tests.factories import make_organisation

from .conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Solidarity-2026-schools"


def link_in(message):
    return re.search(r"http://\S+/account/invitation/\S+/", message.body).group(0)


def path_of(link):
    return urlsplit(link).path


@pytest.fixture
def organisation():
    return make_organisation(name="Mutual Health of Teachers", acronym="MHT")


def invite(organisation, email="new.contact@mht.example", language="en"):
    return services.invitation_create(organisation=organisation, email=email, language=language)


def test_the_invitation_email_holds_a_one_time_link_in_the_invitations_language(organisation):
    invite(organisation, "Nouveau.Contact@MHT.example", "fr")
    [message] = mail.outbox
    assert message.to == ["nouveau.contact@mht.example"]
    assert message.subject == "Votre compte dans l’espace membres du Réseau (MHT)"
    assert "/fr/account/invitation/" in link_in(message)
    assert "7 jours" in message.body


def test_only_the_tokens_hash_is_kept(organisation):
    invitation = invite(organisation)
    stored = Invitation.objects.get()
    assert stored.token_sha256 != invitation.token
    assert invitation.token not in str(Invitation.objects.values().get())
    assert invitation.token in link_in(mail.outbox[0])


def test_opening_the_link_shows_the_address_and_a_password_form(client, organisation):
    invite(organisation)
    response = client.get(path_of(link_in(mail.outbox[0])))
    assert response.status_code == 200
    content = response.content.decode()
    assert "new.contact@mht.example" in content
    assert 'name="new_password1"' in content and 'name="new_password2"' in content
    assert "Choose your password" in content


def test_choosing_a_password_creates_the_account_logs_in_and_lands_in_the_members_area(client, organisation):
    invite(organisation)
    path = path_of(link_in(mail.outbox[0]))
    response = client.post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/account/"
    user = get_user_model().objects.get(email="new.contact@mht.example")
    assert user.username == "new.contact@mht.example" and user.check_password(NEW_PASSWORD)
    assert not user.is_staff
    assert MemberAccount.objects.get(user=user).organisation == organisation
    invitation = Invitation.objects.get()
    assert invitation.accepted_at is not None and invitation.user == user
    area = client.get("/account/")
    assert area.status_code == 200 and "MHT" in area.content.decode()
    # The link works once.
    again = client.get(path)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_the_password_validators_apply(client, organisation):
    invite(organisation)
    path = path_of(link_in(mail.outbox[0]))
    response = client.post(path, {"new_password1": "12345678", "new_password2": "12345678"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "This password is too common." in content
    assert 'aria-invalid="true"' in content
    assert not get_user_model().objects.exists()


def test_a_french_invitation_page_is_in_french(client, organisation):
    invite(organisation, language="fr")
    response = client.get(path_of(link_in(mail.outbox[0])))
    assert "Choisissez votre mot de passe" in response.content.decode()


def test_an_unknown_link_is_a_clear_404(client):
    response = client.get("/account/invitation/not-a-real-token/")
    assert response.status_code == 404
    assert "This invitation link does not work" in response.content.decode()
    assert client.post("/es/account/invitation/x/", {"new_password1": "a"}).status_code == 404


def test_an_expired_link_is_a_clear_410(client, organisation):
    invite(organisation)
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    path = path_of(link_in(mail.outbox[0]))
    response = client.post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 410
    assert "This invitation has expired." in response.content.decode()
    assert not get_user_model().objects.exists()


def test_an_address_that_got_an_account_meanwhile_is_not_given_a_second_one(client, organisation):
    invite(organisation)
    make_member("new.contact@mht.example")
    response = client.get(path_of(link_in(mail.outbox[0])))
    assert response.status_code == 410
    assert "This e-mail address already has an account." in response.content.decode()
    assert get_user_model().objects.count() == 1


def test_sending_again_gives_a_new_link_and_the_old_one_dies(client, organisation):
    invitation = invite(organisation)
    old_path = path_of(link_in(mail.outbox[0]))
    services.invitation_send(invitation=Invitation.objects.get(pk=invitation.pk))
    new_path = path_of(link_in(mail.outbox[1]))
    assert new_path != old_path
    assert client.get(old_path).status_code == 404
    assert client.get(new_path).status_code == 200


# The admin


def test_staff_invite_from_the_admin_and_the_email_is_sent(staff_client, organisation):
    response = staff_client.post("/admin/accounts/invitation/add/", {
        "organisation": organisation.pk, "email": "Someone@MHT.example", "language": "es",
    }, follow=True)
    assert response.status_code == 200
    assert "The invitation was sent to someone@mht.example." in response.content.decode()
    [message] = mail.outbox
    assert message.to == ["someone@mht.example"]
    assert "/es/account/invitation/" in message.body
    invitation = Invitation.objects.get()
    assert invitation.invited_by.username == "staff"
    assert invitation.expires_at > timezone.now() + datetime.timedelta(days=6)


def test_the_admin_refuses_an_address_with_an_account_or_a_waiting_invitation(staff_client, organisation):
    make_member("taken@mht.example")
    invite(organisation, "waiting@mht.example")
    for email, message in [("taken@mht.example", "This address already has an account"),
                           ("waiting@mht.example", "This address already has a waiting invitation")]:
        response = staff_client.post("/admin/accounts/invitation/add/", {
            "organisation": organisation.pk, "email": email, "language": "en"})
        assert response.status_code == 200
        assert message in response.content.decode()
    assert Invitation.objects.count() == 1 and len(mail.outbox) == 1


def test_the_list_shows_each_status_and_filters_by_it(staff_client, organisation):
    invite(organisation, "waiting@mht.example")
    invite(organisation, "expired@mht.example")
    Invitation.objects.filter(email="expired@mht.example").update(expires_at=timezone.now())
    accepted = invite(organisation, "accepted@mht.example")
    services.invitation_accept(invitation=accepted, password=PASSWORD)
    content = staff_client.get("/admin/accounts/invitation/").content.decode()
    for status in ("Waiting", "Expired", "Accepted"):
        assert f"<td class=\"field-status_display\">{status}</td>" in content
    waiting = staff_client.get("/admin/accounts/invitation/?status=waiting").content.decode()
    assert "waiting@mht.example" in waiting and "expired@mht.example" not in waiting
    assert "accepted@mht.example" not in waiting


def test_send_again_from_the_list_skips_accepted_invitations(staff_client, organisation):
    waiting = invite(organisation, "waiting@mht.example")
    accepted = invite(organisation, "accepted@mht.example")
    services.invitation_accept(invitation=accepted, password=PASSWORD)
    mail.outbox.clear()
    response = staff_client.post("/admin/accounts/invitation/", {
        "action": "send_again", "_selected_action": [waiting.pk, accepted.pk]}, follow=True)
    content = response.content.decode()
    assert "1 invitation sent again." in content
    assert "1 invitation was already accepted and was not sent." in content
    assert [message.to for message in mail.outbox] == [["waiting@mht.example"]]


def test_the_organisation_page_in_the_admin_offers_to_invite_its_contact(staff_client):
    organisation = make_organisation(contact_email="office@union.example")
    content = staff_client.get(f"/admin/members/organisation/{organisation.pk}/change/").content.decode()
    link = f"/admin/accounts/invitation/add/?organisation={organisation.pk}&amp;email=office%40union.example"
    assert link in content
    form = staff_client.get(link.replace("&amp;", "&")).content.decode()
    assert 'value="office@union.example"' in form
    assert f'<option value="{organisation.pk}" selected>' in form


def test_the_invitation_admin_works_in_french(staff_client, organisation):
    staff_client.post("/admin/language/", {"language": "fr", "next": "/admin/"})
    invite(organisation)
    content = staff_client.get("/admin/accounts/invitation/").content.decode()
    assert "En attente" in content
    assert "Renvoyer (un nouveau lien\u00a0; l’ancien ne fonctionne plus)" in content


def test_member_accounts_are_listed_and_deactivated_in_the_admin(staff_client, member, client):
    content = staff_client.get("/admin/accounts/memberaccount/").content.decode()
    assert "contact@union.example" in content and "UOT" in content
    staff_client.post("/admin/accounts/memberaccount/", {
        "action": "deactivate", "_selected_action": [member.member_account.pk]})
    member.refresh_from_db()
    assert not member.is_active
    response = client.post("/account/login/", {"username": "contact@union.example", "password": PASSWORD})
    assert response.status_code == 200  # refused, with the same message as a wrong password
    assert "do not match an active account" in response.content.decode()


def test_an_invitations_page_in_the_admin_shows_it_without_editing(staff_client, organisation, member):
    invitation = invite(organisation)
    content = staff_client.get(f"/admin/accounts/invitation/{invitation.pk}/change/").content.decode()
    assert "new.contact@mht.example" in content and "Waiting" in content
    assert 'name="email"' not in content
    account_page = staff_client.get(f"/admin/accounts/memberaccount/{member.member_account.pk}/change/")
    assert account_page.status_code == 200 and "contact@union.example" in account_page.content.decode()
    assert staff_client.get("/admin/accounts/memberaccount/add/").status_code == 403
