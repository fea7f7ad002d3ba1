"""What a visitor notices on a phone (375 × 667 px, the smallest common screen): a header that leaves room for the
page, filters folded away, what a resource or kit is and how to download it on the first screen, and the French
kit reached from the home page in a few taps, in each of the site's languages."""

import zipfile

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE
from .test_pages import run_axe

SCREEN = {"width": PHONE, "height": 667}
KIT_ZIPS = 'a[href*="/toolbox/kits/"][href*="/download/"]'
LANGUAGES = ["fr", "es", "en"]
PREFIX = {"en": "", "fr": "/fr", "es": "/es"}
# What the visitor reads, in each language.
WORDS = {
    "en": {"menu": "Menu", "see_kit": "See and download the kit", "find": "Find a resource", "toolbox": "Toolbox",
           "in_use": "(filters in use)"},
    "fr": {"menu": "Menu", "see_kit": "Voir et télécharger le kit", "find": "Trouver une ressource",
           "toolbox": "Boîte à outils", "in_use": "(filtres appliqués)"},
    "es": {"menu": "Menú", "see_kit": "Ver y descargar el kit", "find": "Buscar un recurso",
           "toolbox": "Caja de herramientas", "in_use": "(filtros aplicados)"},
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=SCREEN, is_mobile=True, has_touch=True, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


class Journey:
    """A visitor's taps and scrolling: before each tap they scroll just enough to see the whole element."""

    def __init__(self, page):
        self.page, self.taps, self.scrolled = page, 0, 0

    def tap(self, locator):
        top, bottom = locator.evaluate("e => { const r = e.getBoundingClientRect(); "
                                       "return [Math.floor(r.top + scrollY), Math.ceil(r.bottom + scrollY)]; }")
        current = self.page.evaluate("window.scrollY")
        target = min(top, max(current, bottom - SCREEN["height"] + 1))
        self.page.evaluate("y => window.scrollTo(0, y)", target)
        self.scrolled += abs(target - current)
        expect(locator).to_be_in_viewport(ratio=1)
        self.taps += 1
        locator.tap()

    @property
    def screens(self):
        return self.scrolled / SCREEN["height"]


def bottom_on_screen(locator):
    """How far down the first screen the element ends (px), the page not scrolled."""
    return locator.evaluate("e => e.getBoundingClientRect().bottom + window.scrollY")


def accessibility_node(page, role, name):
    """The node a screen reader gets for (Chromium's role, name), or None."""
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    for node in nodes:
        if node.get("role", {}).get("value") == role and node.get("name", {}).get("value") == name:
            return {prop["name"]: prop["value"].get("value") for prop in node.get("properties", [])}
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_french_kit_is_at_most_three_taps_and_three_screens_from_the_home_page(phone, live_site, language,
                                                                                     tmp_path):
    journey = Journey(phone)
    phone.goto(f"{live_site}{PREFIX[language]}/")
    journey.tap(phone.get_by_role("link", name=WORDS[language]["see_kit"]))
    phone.wait_for_url("**/toolbox/kits/*/")
    assert phone.evaluate("window.scrollY") == 0
    french_zip = phone.locator(KIT_ZIPS + '[href$="/download/fr/"]')
    expect(french_zip).to_contain_text("Français")
    with phone.expect_download() as download_info:
        journey.tap(french_zip)
    print(f"{language}: {journey.taps} taps, {journey.screens:.2f} screens of scrolling")
    assert journey.taps <= 3
    assert journey.screens <= 3
    target = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert "MANIFEST.csv" in names and any(name.endswith(".pdf") for name in names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phone_header_is_one_compact_row_whose_menu_unfolds_the_tabs_languages_and_search(phone, live_site,
                                                                                              language):
    phone.goto(f"{live_site}{PREFIX[language]}/toolbox/")
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= 90, f"the header takes {header['height']}px"
    tabs = phone.get_by_role("navigation", name={"en": "Main", "fr": "Menu principal", "es": "Principal"}[language])
    expect(tabs).to_be_hidden()
    menu = phone.locator("summary.site-menu__button")
    assert accessibility_node(phone, "DisclosureTriangle", WORDS[language]["menu"]) == {
        "focusable": True, "expanded": False,
    }, "a screen reader hears a collapsed Menu button"
    menu.tap()
    expect(tabs.get_by_role("link", name=WORDS[language]["toolbox"])).to_be_in_viewport()
    expect(tabs.locator('[aria-current="page"]')).to_have_text(WORDS[language]["toolbox"])
    expect(phone.get_by_role("searchbox")).to_be_in_viewport()
    assert accessibility_node(phone, "DisclosureTriangle", WORDS[language]["menu"])["expanded"] is True
    other = "es" if language != "es" else "fr"
    phone.locator(f'.language-switcher a[lang="{other}"]').tap()
    phone.wait_for_url(f"{live_site}/{other}/toolbox/")


def test_the_phone_menu_opens_with_the_keyboard_with_visible_focus(phone, live_site):
    phone.goto(live_site + "/fr/")
    for _ in range(4):  # the skip link, the language offered to the browser if any, the site's name, the menu
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    focused = phone.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        return {text: e.innerText.trim(), tag: e.tagName, outline: s.outlineStyle !== 'none',
                shadow: s.boxShadow}; }""")
    assert focused["tag"] == "SUMMARY" and focused["text"].startswith("Menu")
    assert focused["outline"] and focused["shadow"] != "none", "focus on the menu button is visible"
    phone.keyboard.press("Enter")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.getAttribute('href')") == "/fr/network/"
    expect(phone.get_by_role("link", name="Le Réseau", exact=True)).to_be_in_viewport()


def test_the_desktop_header_shows_the_tabs_languages_and_search_without_a_menu_button(browser, live_site):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900})
    page = context.new_page()
    page.goto(live_site + "/es/")
    expect(page.locator("summary.site-menu__button")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Principal").get_by_role("link", name="Noticias")).to_be_in_viewport()
    expect(page.get_by_role("navigation", name="Idioma").get_by_role("link", name="English")).to_be_in_viewport()
    expect(page.get_by_role("searchbox")).to_be_in_viewport()
    assert page.locator(".site-header").bounding_box()["height"] <= 130  # two rows, as before the phone menu
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_toolbox_result_is_on_the_first_screen_and_the_filters_unfold_on_a_tap(phone, live_site,
                                                                                          language):
    phone.goto(f"{live_site}{PREFIX[language]}/toolbox/")
    first_title = phone.locator(".results > li h3 a").first
    assert bottom_on_screen(first_title) <= SCREEN["height"]
    kind = phone.locator("#id_kind")
    expect(kind).to_be_hidden()
    fold = phone.locator("summary.filters-fold__button")
    expect(fold).to_have_text(WORDS[language]["find"])
    fold.tap()
    expect(kind).to_be_visible()
    kind.select_option(index=1)
    with phone.expect_navigation():
        phone.locator(".filters button[type=submit]").tap()
    # Filtered: the filters fold away again, say they are in use, and the results still come first.
    expect(kind).to_be_hidden()
    expect(fold).to_contain_text(WORDS[language]["in_use"])
    assert bottom_on_screen(phone.locator(".results > li h3 a").first) <= SCREEN["height"]


def test_a_filter_value_not_understood_opens_the_filters_with_the_message(phone, live_site):
    phone.goto(live_site + "/fr/toolbox/?kind=nothing-like-this")
    alert = phone.locator(".filters__errors[role=alert]")
    expect(alert).to_be_visible()
    expect(phone.locator("#id_kind")).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_resource_page_shows_what_it_is_and_its_download_on_the_first_screen(phone, live_site, page_paths,
                                                                               language):
    phone.goto(f"{live_site}{PREFIX[language]}{page_paths['resource']}")
    assert bottom_on_screen(phone.locator("h1")) < bottom_on_screen(phone.locator(".page-header .lead"))
    assert bottom_on_screen(phone.locator(".page-header .lead")) <= SCREEN["height"]
    assert bottom_on_screen(phone.locator(".download-list .button").first) <= SCREEN["height"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_kit_page_shows_its_zips_on_the_first_screen_before_its_resources(phone, live_site, page_paths, language):
    phone.goto(f"{live_site}{PREFIX[language]}{page_paths['kit']}")
    zips = phone.locator(KIT_ZIPS)
    assert zips.count() >= 2
    assert bottom_on_screen(zips.last) <= SCREEN["height"]
    assert bottom_on_screen(zips.last) < bottom_on_screen(phone.locator(".results > li").first)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_404_text_keeps_a_margin_from_the_edges_of_the_screen(phone, live_site, language):
    response = phone.goto(f"{live_site}{PREFIX[language]}/this-page-does-not-exist/")
    assert response.status == 404
    for element in phone.locator(".error-page h1, .error-page p, .error-page li").all():
        box = element.bounding_box()
        assert box["x"] >= 12 and box["x"] + box["width"] <= SCREEN["width"] - 12, element.inner_text()


def test_the_unfolded_menu_and_filters_have_no_accessibility_violation(phone, live_site, node_modules):
    phone.goto(live_site + "/es/toolbox/")
    phone.locator("summary.site-menu__button").tap()
    phone.locator("summary.filters-fold__button").tap()
    blocking = [v for v in run_axe(phone, node_modules) if v["impact"] in ("serious", "critical")]
    assert blocking == [], [(v["id"], [n["target"] for n in v["nodes"][:5]]) for v in blocking]
