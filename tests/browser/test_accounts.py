"""A contact of a member organisation, invited by staff: the link from the e-mail, a password chosen, the members'
area at once; log out and log in again. In French on a phone and in English on a desktop, with axe-core on the
set-password, log-in and members' area pages."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, live_manage
from .test_pages import run_axe

PASSWORD = "Solidarity-2026-schools"
WORDS = {
    "fr": {"choose": "Choisissez votre mot de passe", "password": "Nouveau mot de passe",
           "confirm": "Confirmation du nouveau mot de passe", "create": "Créer mon compte",
           "area": "Espace membres", "logout": "Déconnexion", "logged_out": "Vous êtes déconnecté·e",
           "login": "Connexion des membres", "email": "Adresse e-mail", "password_login": "Mot de passe",
           "submit": "Connexion"},
    "en": {"choose": "Choose your password", "password": "New password", "confirm": "New password confirmation",
           "create": "Create my account", "area": "Members' area", "logout": "Log out",
           "logged_out": "You are logged out", "login": "Members' log-in", "email": "E-mail",
           "password_login": "Password", "submit": "Log in"},
}


def invite(language):
    """An invitation to MGEN made on the live site with the service staff's admin form calls; its e-mail (printed
    by the console backend) gives the link."""
    email = f"contact-{uuid.uuid4().hex[:8]}@mgen.example"
    output = live_manage("shell", "-c", (
        "from accounts.services import invitation_create; from members.models import Organisation; "
        f"invitation_create(organisation=Organisation.objects.get(slug='mgen'), email='{email}', "
        f"language='{language}')"
    ))
    return email, re.search(r"http://\S+/account/invitation/\S+/", output).group(0)


def label(text):
    """A field's label as read, with or without the colon Django adds (a no-break space before it in French)."""
    return re.compile(rf"^{re.escape(text)}\s*:?$")


def assert_accessible(page, node_modules):
    blocking = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert blocking == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in blocking]


@pytest.mark.parametrize(("language", "width"), [("fr", PHONE), ("en", DESKTOP)])
def test_an_invited_contact_sets_a_password_and_lands_in_the_members_area(browser, live_site, node_modules,
                                                                         language, width):
    words = WORDS[language]
    email, link = invite(language)
    assert link.startswith(live_site)
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width == PHONE)
    page = context.new_page()
    try:
        page.goto(link)
        expect(page.get_by_role("heading", level=1)).to_have_text(words["choose"])
        expect(page.get_by_text(email)).to_be_visible()
        assert_accessible(page, node_modules)
        page.get_by_label(label(words["password"])).fill(PASSWORD)
        page.get_by_label(label(words["confirm"])).fill(PASSWORD)
        page.get_by_role("button", name=words["create"]).click()

        prefix = "/fr" if language == "fr" else ""
        page.wait_for_url(f"{live_site}{prefix}/account/")
        expect(page.get_by_role("heading", level=1)).to_have_text(words["area"])
        expect(page.locator(".page-header .lead")).to_have_text("MGEN")
        assert_accessible(page, node_modules)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the members' area scrolls sideways by {overflow}px"

        page.get_by_role("button", name=words["logout"]).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(words["logged_out"])

        page.goto(f"{live_site}{prefix}/account/")  # sent to log in, then back
        expect(page.get_by_role("heading", level=1)).to_have_text(words["login"])
        assert_accessible(page, node_modules)
        page.get_by_label(label(words["email"])).fill(email.upper())
        page.get_by_label(label(words["password_login"])).fill(PASSWORD)
        page.get_by_role("button", name=words["submit"]).click()
        page.wait_for_url(f"{live_site}{prefix}/account/")
        expect(page.get_by_role("heading", level=1)).to_have_text(words["area"])
        # The link worked once.
        response = page.goto(link)
        assert response.status == 410
    finally:
        context.close()
