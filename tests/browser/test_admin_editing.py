"""A staff member's daily editing in a real browser: the rich-text editor, the photo gallery, the choosers."""

import re

import pytest
from PIL import Image

from .conftest import DESKTOP
from .test_pages import run_axe

CSP_WORDS = ("Content Security Policy", "Content-Security-Policy", "Refused to")


@pytest.fixture
def admin_page(browser, live_site, staff_storage_state):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 800}, storage_state=staff_storage_state)
    page = context.new_page()
    page.console_problems = []
    page.on("console", lambda message: message.type == "error" and page.console_problems.append(message.text))
    page.on("pageerror", lambda error: page.console_problems.append(str(error)))
    yield page
    context.close()


def photos(tmp_path, count):
    paths = []
    for n in range(count):
        path = tmp_path / f"assembly-{n + 1}.jpg"
        Image.new("RGB", (900, 600), (40 * n, 110, 150)).save(path, "JPEG")
        paths.append(str(path))
    return paths


def first_event_with_photos(page, live_site):
    page.goto(f"{live_site}/admin/news/event/")
    links = page.locator("#result_list tbody th a, #result_list tbody td.field-title a")
    for index in range(links.count()):
        page.goto(f"{live_site}/admin/news/event/")
        page.locator("#result_list tbody th a, #result_list tbody td.field-title a").nth(index).click()
        page.wait_for_url("**/change/**")  # else, on a busy machine, the photos are looked for on the list
        if page.locator("#photos-group .inline-related:not(.empty-form)").count():
            return page.url
    raise AssertionError("no demo event with photos")


def test_the_event_form_fits_a_laptop_and_takes_three_photos_at_once(admin_page, live_site, tmp_path,
                                                                     node_modules):
    page = admin_page
    url = first_event_with_photos(page, live_site)
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= DESKTOP, f"the event form is {overflow}px wide in a {DESKTOP}px window"
    blocks = page.locator("#photos-group .inline-related:not(.empty-form)")
    before = blocks.count()

    page.set_input_files('input[name="new_photos"]', photos(tmp_path, 3))
    page.fill('input[name="new_photos_alt"]', "Delegates voting at the general assembly")
    page.fill('input[name="new_photos_credit"]', "Network secretariat")
    page.click('input[name="_continue"]')
    page.wait_for_url(url)
    assert page.locator(".messagelist .success").count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()
    assert blocks.count() == before + 3
    orders = [int(value) for value in page.locator('#photos-group input[name$="-order"]').evaluate_all(
        "inputs => inputs.filter(i => !i.name.includes('__prefix__')).map(i => i.value)")]
    assert orders[-3:] == sorted(orders[-3:]) and len(set(orders[-3:])) == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP
    # The searchable choosers are there (select2 took over the country and the time zone).
    assert page.locator("#id_country + .select2-container").count() == 1
    assert page.locator("#id_time_zone + .select2-container").count() == 1
    violations = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    assert not [p for p in page.console_problems if any(word in p for word in CSP_WORDS)], page.console_problems


def admin_csp(route):
    """The admin's Content-Security-Policy. Where the server does not send one yet, the same policy is added here,
    with the nonce the server gives the editor's inline import map (request.csp_nonce, see core/admin.py)."""
    response = route.fetch()
    headers, body = dict(response.headers), response.text()
    if "content-security-policy" not in headers:
        headers["content-security-policy"] = "script-src 'self' 'nonce-t3st'; style-src 'self' 'unsafe-inline'"
        body = body.replace('<script type="importmap">', '<script type="importmap" nonce="t3st">')
    route.fulfill(response=response, headers=headers, body=body)


def test_the_rich_text_editor_loads_under_the_admin_csp_and_saves_bold_text_and_a_list(admin_page, live_site):
    page = admin_page
    page.route(re.compile(r".*/admin/news/article/.*"), admin_csp)
    page.goto(f"{live_site}/admin/news/article/add/")
    editor = page.locator(".field-body_en .prose-editor [contenteditable=\"true\"]")
    editor.wait_for(state="visible")
    assert page.locator(".prose-editor").count() == 3  # English, French and Spanish bodies
    page.fill("#id_title_en", "Editor journey")
    page.fill("#id_summary_en", "Typed in the rich-text editor.")
    editor.click()
    page.keyboard.press("Control+b")
    page.keyboard.type("Health matters")
    page.keyboard.press("Control+b")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+Shift+8")  # bullet list
    page.keyboard.type("First point")
    page.keyboard.press("Enter")
    page.keyboard.type("Second point")
    page.fill("#id_published_at_0", "2026-01-10")
    page.fill("#id_published_at_1", "08:00")
    page.click('input[name="_continue"]')
    page.wait_for_selector(".messagelist .success")
    stored = page.locator("#id_body_en").input_value()
    assert "<strong>Health matters</strong>" in stored
    assert re.search(r"<ul><li><p>First point</p></li><li><p>Second point</p></li></ul>", stored), stored
    assert not [p for p in page.console_problems if any(word in p for word in CSP_WORDS)], page.console_problems
    # The policy was in force all along: an inline script without the nonce does not run.
    page.evaluate("""() => { const script = document.createElement('script');
                             script.textContent = 'window.inlineRan = true'; document.head.append(script); }""")
    assert page.evaluate("window.inlineRan === undefined")


def test_public_pages_with_rich_text_and_sheets_stay_free_of_javascript(browser, live_site, page_paths):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 800})
    page = context.new_page()
    for page_type in ("home", "article", "event", "project", "member", "research-entry", "resource", "network"):
        path = page_paths[page_type]
        page.goto(live_site + path)
        assert page.locator("script[src]").count() == 0, path
        assert page.locator('script[type="importmap"], script[type="module"]').count() == 0, path
    context.close()
