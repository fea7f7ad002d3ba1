"""The whole journey of an action sent by a member: invited by staff, the member sets a password, submits an action
with a French file in steps, staff ask for a change in the admin, the member edits and sends it again, staff
accept, and a visitor finds it in the toolbox. In French on a phone and in English on a desktop, with axe-core on
every page the member sees."""

import json
import re
import subprocess
import uuid

import pytest
from playwright.sync_api import expect

from network_site.demo.documents import document_pdf
from toolbox.models import ResourceKind

from .conftest import DESKTOP, PHONE, live_manage
from .test_pages import run_axe

PASSWORD = "Solidarity-2026-schools"
WORDS = {
    "fr": {"create": "Créer mon compte", "submit_action": "Proposer une action",
           "save_continue": "Enregistrer comme brouillon et continuer", "continue": "Enregistrer et continuer",
           "add_file": "Ajouter le fichier", "to_review": "Passer à la relecture", "send": "Envoyer pour relecture",
           "send_again": "Renvoyer pour relecture", "waiting": "En attente de relecture",
           "make_changes": "Faire les modifications", "requested": "Modifications demandées par l'équipe du Réseau",
           "accepted": "Acceptée", "see": "La voir dans la boîte à outils"},
    "en": {"create": "Create my account",
           "submit_action": "Submit an action", "save_continue": "Save as a draft and continue",
           "continue": "Save and continue", "add_file": "Add the file", "to_review": "Continue to the review",
           "send": "Send for review", "send_again": "Send again for review", "waiting": "Waiting for review",
           "make_changes": "Make the changes", "requested": "Changes requested by the Network's staff",
           "accepted": "Accepted", "see": "See it in the toolbox"},
}


def invite(language):
    """An invitation to MGEN made on the live site as staff make one in the admin; its e-mail (printed by the
    console backend) gives the link."""
    email = f"actions-{uuid.uuid4().hex[:8]}@mgen.example"
    output = live_manage("shell", "-c", (
        "from accounts.services import invitation_create; from members.models import Organisation; "
        f"invitation_create(organisation=Organisation.objects.get(slug='mgen'), email='{email}', "
        f"language='{language}')"
    ))
    return re.search(r"http://\S+/account/invitation/\S+/", output).group(0)


def assert_valid_html(documents, node_modules, folder):
    """The member's pages as served, checked by the Nu Html Checker as test_html_validity checks the public ones."""
    files = []
    for number, (_url, html) in enumerate(documents):
        path = folder / f"{number}.html"
        path.write_text(html)
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(node_modules / "vnu-jar" / "build" / "dist" / "vnu.jar"), "--errors-only",
         "--format", "json", *files], capture_output=True, text=True, timeout=300)
    errors = [m for m in json.loads(result.stderr or "{}").get("messages", []) if m.get("type") == "error"]
    assert errors == [], [(documents[int(m["url"].rsplit("/", 1)[-1].split(".")[0])][0], m.get("lastLine"),
                           m["message"]) for m in errors]


def assert_accessible(page, node_modules, documents=None):
    if documents is not None:
        documents.append((page.url, page.request.get(page.url).text()))
    blocking = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert blocking == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in blocking]
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


def french_pdf(title):
    return document_pdf(language="fr", kind=ResourceKind.ACTION_SHEET, title=title,
                        summary="Une journée de dépistage dans chaque école.",
                        pages=[[("Contexte", "Les enseignants sont fatigués."), ("Activités", "Dépistage.")]])


@pytest.mark.parametrize(("language", "width"), [("fr", PHONE), ("en", DESKTOP)])
def test_a_member_submits_an_action_staff_ask_for_a_change_then_accept_and_it_is_public(
        browser, live_site, node_modules, staff_storage_state, artifacts, tmp_path, language, width):
    words = WORDS[language]
    prefix = "/fr" if language == "fr" else ""
    title = f"Journées santé {uuid.uuid4().hex[:6]}"
    link = invite(language)
    member = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width == PHONE)
    staff = browser.new_context(storage_state=staff_storage_state, viewport={"width": 1280, "height": 900})
    visitor = browser.new_context(viewport={"width": width, "height": 800})
    documents = []
    try:
        # Invitation and first log-in.
        page = member.new_page()
        page.goto(link)
        page.locator("#id_new_password1").fill(PASSWORD)
        page.locator("#id_new_password2").fill(PASSWORD)
        page.get_by_role("button", name=words["create"]).click()
        page.wait_for_url(f"{live_site}{prefix}/account/")

        # Step 1: what and where.
        page.get_by_role("link", name=words["submit_action"]).first.click()
        page.wait_for_url(f"{live_site}{prefix}/account/submissions/action/")
        assert_accessible(page, node_modules, documents)
        page.get_by_role("button", name=words["save_continue"]).click()  # empty: the errors, nothing lost
        expect(page.locator("#form-errors")).to_be_visible()
        assert_accessible(page, node_modules)
        page.screenshot(path=str(artifacts / f"submission-errors-{language}-{width}.png"), full_page=True)
        page.locator("#id_title").fill(title)
        page.locator("#id_summary").fill("Une journée de dépistage dans chaque école.")
        page.locator("input[name=mission_areas]").first.check()
        page.locator("#id_countries").select_option(["SN", "FR"])
        page.locator("#id_date").fill("2026-05-04")
        page.get_by_role("button", name=words["save_continue"]).click()

        # Step 2: the sheet.
        page.wait_for_url(re.compile(r".*/account/submissions/\d+/sheet/$"))
        submission_url = page.url.rsplit("sheet/", 1)[0]
        assert_accessible(page, node_modules, documents)
        page.locator("#id_context").fill("Les enseignants sont fatigués.")
        page.locator("#id_activities").fill("Dépistage dans chaque école.")
        page.get_by_role("button", name=words["continue"]).click()

        # Step 3: a French file.
        page.wait_for_url(submission_url + "files/")
        assert_accessible(page, node_modules, documents)
        page.locator("#id_language").select_option("fr")
        page.locator("#id_file").set_input_files(files=[{"name": "journees-sante.pdf", "mimeType": "application/pdf",
                                                         "buffer": french_pdf(title)}])
        page.get_by_role("button", name=words["add_file"]).click()
        expect(page.get_by_role("link", name="journees-sante.pdf")).to_be_visible()

        # Step 4: review and send.
        page.get_by_role("link", name=words["to_review"]).click()
        expect(page.get_by_text("Les enseignants sont fatigués.")).to_be_visible()
        assert_accessible(page, node_modules, documents)
        page.screenshot(path=str(artifacts / f"submission-review-{language}-{width}.png"), full_page=True)
        page.get_by_role("button", name=words["send"]).click()
        page.wait_for_url(submission_url)
        expect(page.locator(".page-header .lead")).to_contain_text(words["waiting"])
        assert_accessible(page, node_modules, documents)

        # Staff ask for a change.
        admin = staff.new_page()
        admin.goto(f"{live_site}/admin/submissions/submission/")
        admin.get_by_role("link", name=title).click()
        expect(admin.locator(".revisions-diff")).to_contain_text("Les enseignants sont fatigués.")
        admin.locator("#review-message").fill("Ajoutez les résultats, s'il vous plaît.")
        admin.get_by_role("button", name="Request changes").click()
        expect(admin.locator(".messagelist")).to_contain_text("Sent back to")

        # The member reads the message, edits the sheet and sends it again.
        page.goto(submission_url)
        expect(page.locator(".staff-message")).to_contain_text(words["requested"])
        expect(page.locator(".staff-message")).to_contain_text("Ajoutez les résultats, s'il vous plaît.")
        assert_accessible(page, node_modules, documents)
        page.get_by_role("link", name=words["make_changes"]).click()
        page.get_by_role("button", name=words["continue"]).click()  # step 1 unchanged
        page.wait_for_url(submission_url + "sheet/")
        page.locator("#id_results").fill("300 enseignants dépistés.")
        page.get_by_role("button", name=words["continue"]).click()
        page.get_by_role("link", name=words["to_review"]).click()
        expect(page.get_by_text("300 enseignants dépistés.")).to_be_visible()
        page.get_by_role("button", name=words["send_again"]).click()
        page.wait_for_url(submission_url)
        expect(page.locator(".page-header .lead")).to_contain_text(words["waiting"])

        # Nothing is public yet.
        public = visitor.new_page()
        public.goto(f"{live_site}{prefix}/toolbox/?q={title.split()[-1]}")
        expect(public.get_by_role("link", name=title)).to_have_count(0)

        # Staff accept: the resource is published with its file.
        admin.goto(f"{live_site}/admin/submissions/submission/")
        admin.get_by_role("link", name=title).click()
        expect(admin.locator(".revisions-diff")).to_contain_text("300 enseignants dépistés.")
        admin.screenshot(path=str(artifacts / f"submission-admin-{language}.png"), full_page=True)
        admin.get_by_role("button", name="Accept and publish").click()
        expect(admin.locator(".messagelist")).to_contain_text("Accepted and published")

        page.goto(submission_url)
        expect(page.locator(".page-header .lead")).to_contain_text(words["accepted"])
        expect(page.get_by_role("link", name=words["see"])).to_be_visible()
        page.goto(f"{live_site}{prefix}/account/submissions/")
        expect(page.get_by_role("link", name=title)).to_be_visible()
        assert_accessible(page, node_modules, documents)
        page.goto(f"{live_site}{prefix}/account/")
        expect(page.locator("#area-submissions")).to_be_visible()
        assert_accessible(page, node_modules, documents)
        assert_valid_html(documents, node_modules, tmp_path)

        # A visitor finds it in the toolbox, with its French file (a new visit: the browser kept the earlier
        # answer for the page cache's minute, as any visitor's would).
        visitor.close()
        visitor = browser.new_context(viewport={"width": width, "height": 800})
        public = visitor.new_page()
        public.goto(f"{live_site}{prefix}/toolbox/?q={title.split()[-1]}")
        public.get_by_role("link", name=title).first.click()
        expect(public.get_by_role("heading", level=1)).to_have_text(title)
        expect(public.get_by_text("300 enseignants dépistés.")).to_be_visible()
        response = public.request.get(public.url + "download/fr/")
        assert response.status == 200 and response.body().startswith(b"%PDF-")
    finally:
        member.close()
        staff.close()
        visitor.close()
