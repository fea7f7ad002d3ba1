"""Every page type at a phone width and a desktop width: it renders cleanly, loads nothing from another host,
does not scroll sideways on a phone, and has no serious or critical accessibility violation (axe-core)."""

import json
from urllib.parse import urlparse

import pytest

from .conftest import DESKTOP, PHONE
from .pages import ADMIN_PAGES, public_page_types

PAGE_TYPES = [*public_page_types(), "admin-login", *ADMIN_PAGES]
# Every page type at both widths in English; in French and Spanish at the phone width, where longer words are
# most likely to break the layout (the desktop layout is the same markup, already checked in English).
CASES = [pytest.param(page_type, width, id=f"{page_type}-{'phone' if width == PHONE else 'desktop'}")
         for page_type in PAGE_TYPES for width in (PHONE, DESKTOP) if "@" not in page_type or width == PHONE]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def open_page(browser, live_site, page_paths, page_type, width, staff_storage_state):
    """Open one page type in a fresh context; return (page, problems seen while loading)."""
    is_admin = page_type in ADMIN_PAGES
    context = browser.new_context(
        viewport={"width": width, "height": 900}, storage_state=staff_storage_state if is_admin else None,
    )
    page = context.new_page()
    problems = []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if host not in LOCAL_HOSTS:
            problems.append(f"request to another host: {route.request.url}")
            return route.abort()
        return route.continue_()

    page.route("**/*", guard)
    expected_404 = page_type.startswith("not-found")
    path = "/admin/login/" if page_type == "admin-login" else page_paths.get(page_type)

    def console_error(message):
        # Chromium logs the 404 of the not-found page itself; that one is expected.
        if message.type == "error" and not (expected_404 and "status of 404" in message.text):
            problems.append(f"console: {message.text}")

    page.on("console", console_error)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url} {request.failure}"))

    def bad_response(response):
        is_the_page = urlparse(response.url).path == path
        if response.status >= 400 and not (expected_404 and is_the_page):
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("response", bad_response)
    if page_type == "admin-change":
        page.goto(live_site + ADMIN_PAGES["admin-list"])
        path = page.locator("#result_list tbody th a").first.get_attribute("href")
    elif page_type in ADMIN_PAGES:
        path = ADMIN_PAGES[page_type]
    response = page.goto(live_site + path, wait_until="load")
    expected = 404 if expected_404 else 200
    assert response.status == expected, f"{path} answered {response.status}"
    return page, problems


def run_axe(page, node_modules):
    # Evaluated by the test driver, not added as a <script>: the pages' Content-Security-Policy (no inline script)
    # would block that, and the policy stays on so that any violation of the page's own shows as a console error.
    page.evaluate((node_modules / "axe-core" / "axe.min.js").read_text() + "\n;undefined")
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


@pytest.mark.parametrize(("page_type", "width"), CASES)
def test_page_renders_cleanly_and_accessibly(
    browser, live_site, page_paths, staff_storage_state, node_modules, artifacts, page_type, width,
):
    page, problems = open_page(browser, live_site, page_paths, page_type, width, staff_storage_state)
    try:
        page.screenshot(path=str(artifacts / f"{page_type}-{width}.png"), full_page=True)
        assert problems == [], "\n".join(problems)
        if width == PHONE:
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{page_type} scrolls sideways by {overflow}px on a phone"
        assert page.locator("h1").count() == 1, "one h1 per page"

        violations = run_axe(page, node_modules)
        blocking = [v for v in violations if v["impact"] in ("serious", "critical")]
        for violation in violations:  # every remaining one is listed in the test output
            targets = ", ".join(json.dumps(node["target"]) for node in violation["nodes"][:5])
            print(f"axe {violation['impact']}: {violation['id']} — {violation['help']} — {targets}")
        assert blocking == [], "\n".join(
            f"{v['impact']}: {v['id']} {v['help']} on {[n['target'] for n in v['nodes'][:5]]}" for v in blocking
        )
    finally:
        page.context.close()


