"""The admin in English, French and Spanish, following each staff member's choice (saved per user), else their
browser's language; /fr/admin/ and /es/admin/ lead to the admin in that language."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from core.models import Status
from network_site.models import NetworkPage, StaffPreference
from tests.factories import make_page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def editor(django_user_model):
    """A day-to-day editor: staff, in the Editors group made by the migrations, not a superuser."""
    user = django_user_model.objects.create_user("camille", "camille@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def logged_in(user, accept_language="en"):
    client = Client(HTTP_ACCEPT_LANGUAGE=accept_language)
    # force_login: django-axes (the log-in throttle) needs a real request, which Client.login() does not give.
    client.force_login(user)
    return client


def choose(client, language, next_page="/admin/"):
    return client.post("/admin/language/", {"language": language, "next": next_page})


def test_a_french_browser_gets_the_french_admin_when_nothing_was_chosen(editor):
    page = logged_in(editor, "fr-FR,fr;q=0.9,en;q=0.5").get("/admin/").content.decode()
    assert '<html lang="fr"' in page
    assert "Contenus du portail" in page  # our index title
    assert "Pages du Réseau" in page  # a model's name
    assert "Déconnexion" in page  # Django's own admin text


def test_an_english_browser_gets_the_english_admin(editor):
    page = logged_in(editor, "en-GB,en").get("/admin/").content.decode()
    assert '<html lang="en"' in page and "Content of the portal" in page


def test_the_choice_in_the_header_is_saved_and_follows_the_staff_member_to_the_next_login(editor):
    client = logged_in(editor, "en")
    header = client.get("/admin/").content.decode()
    assert 'action="/admin/language/"' in header and 'value="fr"' in header
    response = choose(client, "fr", "/admin/network_site/networkpage/")
    assert response.status_code == 302 and response["Location"] == "/admin/network_site/networkpage/"
    assert StaffPreference.objects.get(user=editor).language == "fr"
    client.post("/admin/logout/")
    # Another day, another computer with an English browser: still French.
    page = logged_in(editor, "en-US,en").get("/admin/").content.decode()
    assert '<html lang="fr"' in page and "Contenus du portail" in page


def test_a_french_editor_works_in_french_list_form_help_texts_and_messages(editor):
    StaffPreference.objects.create(user=editor, language="fr")
    client = logged_in(editor, "en")
    make_page(title="Our mission", title_fr="Notre mission", slug="our-mission", status=Status.DRAFT)

    change_list = client.get("/admin/network_site/networkpage/").content.decode()
    assert "Sélectionnez l’objet Page du Réseau à changer" in change_list or "Page du Réseau" in change_list
    assert "Publier les éléments sélectionnés" in change_list  # our action
    assert "Notre mission" in change_list  # the French title of the page

    form = client.get("/admin/network_site/networkpage/add/").content.decode()
    assert "Une ou deux phrases affichées dans les listes" in form  # a help text
    assert "Enregistrer" in form  # Django's buttons

    response = client.post("/admin/network_site/networkpage/add/", {
        "title_fr": "Gouvernance", "slug": "gouvernance", "order": "2", "status": Status.DRAFT,
        "body_fr": "<p>Le bureau.</p>",
    }, follow=True)
    assert "a été ajouté avec succès" in response.content.decode()

    page = NetworkPage.objects.get(slug="our-mission")
    response = client.post("/admin/network_site/networkpage/", {
        "action": "publish", "_selected_action": [page.pk],
    }, follow=True)
    assert "1 élément publié." in response.content.decode()


def test_an_incomplete_form_answers_in_french(editor):
    StaffPreference.objects.create(user=editor, language="fr")
    response = logged_in(editor).post("/admin/network_site/networkpage/add/", {"slug": "x", "order": "1",
                                                                                 "status": Status.DRAFT})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Renseignez le champ «\u00a0titre\u00a0» dans au moins une langue." in page
    assert "<title>Erreur\xa0: Ajout de Page du Réseau" in page


def test_the_spanish_admin_is_spanish(editor):
    StaffPreference.objects.create(user=editor, language="es")
    page = logged_in(editor, "fr").get("/admin/").content.decode()
    assert '<html lang="es"' in page and "Contenido del portal" in page


def test_a_french_address_of_the_admin_leads_to_the_admin_in_french_and_saves_the_choice(editor):
    client = logged_in(editor, "en")
    response = client.get("/fr/admin/network_site/networkpage/?status__exact=draft")
    assert response.status_code == 302
    assert response["Location"] == "/admin/network_site/networkpage/?status__exact=draft"
    assert StaffPreference.objects.get(user=editor).language == "fr"
    assert '<html lang="fr"' in client.get(response["Location"]).content.decode()
    assert client.get("/es/admin").status_code == 302
    assert StaffPreference.objects.get(user=editor).language == "es"


def test_before_logging_in_the_address_sets_the_language_of_the_login_page():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = client.get("/es/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    login = client.get("/admin/login/").content.decode()
    assert '<html lang="es"' in login
    assert 'action="/admin/language/"' in login  # the chooser is on the login page too


def test_a_choice_made_on_the_login_page_is_kept_for_that_session():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.get("/admin/login/")
    choose(client, "fr", "/admin/login/")
    assert '<html lang="fr"' in client.get("/admin/login/").content.decode()


def test_a_bad_choice_changes_nothing_and_never_leaves_the_admin(editor):
    client = logged_in(editor, "en")
    response = choose(client, "xx", "https://evil.example/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not StaffPreference.objects.filter(user=editor).exists()
    assert client.get("/admin/language/").status_code == 405
    assert client.post("/admin/language/", {}).status_code == 302


def test_public_pages_keep_the_language_of_their_address(editor):
    StaffPreference.objects.create(user=editor, language="fr")
    client = logged_in(editor, "fr")
    make_page(title="Our mission", title_fr="Notre mission", slug="our-mission")
    assert '<html lang="en"' in client.get("/network/our-mission/").content.decode()
