"""What a visitor does with the keyboard alone, with filters and pages, and with downloads."""

import zipfile
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import DESKTOP, PHONE


@pytest.fixture
def page(browser, live_site):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def focused(page):
    return page.evaluate("""() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {tag: el.tagName, text: (el.innerText || el.value || '').trim(), href: el.getAttribute('href'),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                shadow: style.boxShadow !== 'none'};
    }""")


def tab_until(page, predicate, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if predicate(element):
            return element
    raise AssertionError("never reached the element with Tab")


def test_the_skip_link_and_the_tabs_work_with_the_keyboard_and_focus_is_visible(page, live_site):
    page.goto(live_site + "/")
    page.keyboard.press("Tab")
    skip = focused(page)
    assert skip["href"] == "#main" and (skip["outline"] or skip["shadow"])
    members_tab = tab_until(page, lambda element: element["href"] == "/members/")
    assert members_tab["outline"] or members_tab["shadow"], "focus must be visible on the tabs"
    page.keyboard.press("Enter")
    page.wait_for_url(live_site + "/members/")
    assert page.locator('nav a[aria-current="page"]').inner_text() == "Members"


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_toolbox_filters_work_with_the_keyboard_alone(browser, live_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_site + "/toolbox/")
    if width == PHONE:  # the filters are folded away behind one control
        fold = tab_until(page, lambda element: element["tag"] == "SUMMARY" and element["text"] == "Find a resource")
        assert fold["outline"] or fold["shadow"], "focus must be visible on the filters' control"
        page.keyboard.press("Enter")
    tab_until(page, lambda element: element["tag"] == "SELECT" and "kinds" in element["text"].lower())
    page.keyboard.press("ArrowDown")  # the first kind that has resources
    chosen = page.evaluate("document.activeElement.value")
    assert chosen, "the arrow key chose a kind"
    tab_until(page, lambda element: element["tag"] == "BUTTON")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    kind = parse_qs(urlparse(page.url).query).get("kind")
    assert kind and kind[0], page.url
    results = page.locator(".results > li").count()
    assert results >= 1
    assert str(results) in page.locator("#results-title").inner_text() or results == 20
    context.close()


def test_pagination_leads_to_the_next_page(page, live_site):
    page.goto(live_site + "/members/")
    next_link = page.locator('.pagination a[rel="next"]')
    assert next_link.count() == 1, "the demo has more members than one page"
    first_page_first = page.locator(".results h2 a, .results h3 a").first.inner_text()
    next_link.click()
    page.wait_for_url("**page=2*")
    assert page.locator('.pagination [aria-current="page"]').inner_text().endswith("2")
    assert page.locator(".results h2 a, .results h3 a").first.inner_text() != first_page_first


def test_a_toolbox_download_arrives_in_the_download_folder(page, live_site, tmp_path):
    page.goto(live_site + "/toolbox/")
    link = page.locator(".download-links a").first
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert target.suffix in {".pdf", ".png"}
    assert target.stat().st_size > 1000
    if target.suffix == ".pdf":
        assert target.read_bytes().startswith(b"%PDF-")


def test_the_whole_kit_arrives_as_a_zip(page, live_site, tmp_path):
    page.goto(live_site + "/toolbox/kits/")
    page.locator(".card h2 a").first.click()
    with page.expect_download() as download_info:
        page.locator('a[href^="/toolbox/kits/"][href$="/download/en/"]').first.click()
    target = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(target)
    assert target.suffix == ".zip"
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert "MANIFEST.csv" in names and len(names) > 2


def test_the_language_switcher_keeps_the_page_and_its_filters_with_the_keyboard(page, live_site):
    page.goto(live_site + "/toolbox/?language=fr")
    french = tab_until(page, lambda element: element["text"] == "Français")
    assert french["outline"] or french["shadow"], "focus must be visible on the switcher"
    page.keyboard.press("Enter")
    page.wait_for_url(live_site + "/fr/toolbox/?language=fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator('nav a[aria-current="page"]').inner_text() == "Boîte à outils"
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Español").click()
    page.wait_for_url(live_site + "/es/toolbox/?language=fr")
    assert page.locator('nav a[aria-current="page"]').inner_text() == "Caja de herramientas"


def test_a_french_reader_finds_the_french_resources_with_the_header_search(browser, live_site):
    context = browser.new_context(viewport={"width": PHONE, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.goto(live_site + "/")
    # The browser's language is offered, not forced: the page stays in English with a link to French.
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Lire cette page en français").click()
    page.wait_for_url(live_site + "/fr/")
    page.locator("summary", has_text="Menu").click()  # on a phone, the search is in the menu
    page.get_by_role("searchbox").fill("santé des enseignants")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/search/?q=*")
    toolbox = page.locator("#search-toolbox")
    assert toolbox.count() == 1
    assert toolbox.locator("li").count() >= 1
    assert "mark" in toolbox.inner_html()
    context.close()
