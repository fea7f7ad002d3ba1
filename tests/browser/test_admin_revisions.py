"""A French-speaking editor in a real browser: chooses French in the admin's header, edits a page, reads what
changed in its history and restores the earlier revision; the pages are accessible (axe-core)."""

from .conftest import DESKTOP
from .test_pages import run_axe


def assert_accessible(page, node_modules):
    blocking = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert blocking == [], [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in blocking]


def test_a_french_editor_compares_and_restores_a_revision(browser, live_site, staff_storage_state, node_modules):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900}, storage_state=staff_storage_state)
    page = context.new_page()
    try:
        page.goto(f"{live_site}/admin/")
        page.select_option("#admin-language", "fr")
        page.click("form.admin-language button")
        page.wait_for_selector('html[lang="fr"]')
        assert page.locator("#admin-language option[selected]").get_attribute("value") == "fr"

        page.goto(f"{live_site}/admin/network_site/networkpage/")
        page.locator("#result_list tbody th a").first.click()
        title_fr = page.input_value("#id_title_fr")
        page.click("input[name=_continue]")  # saved as it is: the revision to come back to
        page.fill("#id_title_fr", title_fr + " (révisé)")
        page.click("input[name=_continue]")
        assert "a été modifié avec succès" in page.locator(".messagelist").inner_text()

        page.click("a.historylink")
        assert_accessible(page, node_modules)
        links = page.locator("#change-history tbody a")
        assert links.count() == 2
        links.last.click()  # the oldest: before the edit
        table = page.locator(".revisions-diff").inner_text()
        assert "Français" in table and "(révisé)" in page.locator(".revisions-diff ins").first.inner_text()
        assert_accessible(page, node_modules)

        page.click("text=Restaurer cette révision…")
        assert page.input_value("#id_title_fr") == title_fr
        page.click("input[name=_save]")
        page.wait_for_selector(".messagelist")
        page.goto(page.url)  # the list: the page has its earlier title again
        assert title_fr + " (révisé)" not in page.content()
    finally:
        # Back to English for the other tests that share this staff member.
        page.goto(f"{live_site}/admin/")
        page.select_option("#admin-language", "en")
        page.click("form.admin-language button")
        context.close()
