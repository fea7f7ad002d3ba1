"""The Content-Security-Policy in a real browser: public pages (with their JSON-LD) and the admin's change form work
under it with no violation reported, and the policy really blocks an inline script."""

import pytest

from .pages import ADMIN_PAGES

# Init scripts run before the page's own and are not subject to its policy: they record every violation.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' ' + event.sourceFile
                              + ':' + event.lineNumber);
});
"""

READ_POLICY = "fetch(location.href).then(r => r.headers.get('content-security-policy'))"


def open_watched(browser, url, storage_state=None):
    context = browser.new_context(storage_state=storage_state)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: console.append(f"page error: {error}"))
    response = page.goto(url, wait_until="load")
    assert response.status == 200, url
    return page, console


def violations(page, console):
    return page.evaluate("window.__cspViolations") + [line for line in console if "Content Security Policy" in line]


@pytest.mark.parametrize("page_type", ["home", "resource", "article", "event", "toolbox@fr"])
def test_public_pages_work_under_the_strict_policy(browser, live_site, page_paths, page_type):
    page, console = open_watched(browser, live_site + page_paths[page_type])
    assert "script-src 'none'" in page.evaluate(READ_POLICY)
    # The JSON-LD is in the page, and is data, not a blocked script.
    assert page.locator('script[type="application/ld+json"]').count() >= 1
    page.wait_for_timeout(200)  # violation events are dispatched asynchronously
    assert violations(page, console) == []
    assert [line for line in console if line.startswith(("error", "page error"))] == []
    page.context.close()


def test_the_policy_blocks_an_inline_script_on_a_public_page(browser, live_site, page_paths):
    """The check above can fail: a script slipped into a public page is refused and reported."""
    page, console = open_watched(browser, live_site + page_paths["home"])
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';
                             document.body.append(s); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran") is None
    assert any(line.startswith("script-src") for line in page.evaluate("window.__cspViolations"))
    page.context.close()


@pytest.mark.parametrize("admin_path", ["/admin/", ADMIN_PAGES["admin-list"], "change", "/admin/news/article/add/"])
def test_admin_pages_work_under_their_policy(browser, live_site, staff_storage_state, admin_path):
    if admin_path == "change":
        page, console = open_watched(browser, live_site + ADMIN_PAGES["admin-list"], staff_storage_state)
        admin_path = page.locator("#result_list tbody th a").first.get_attribute("href")
        page.context.close()
    page, console = open_watched(browser, live_site + admin_path, staff_storage_state)
    policy = page.evaluate(READ_POLICY)
    assert "'nonce-" in policy
    if admin_path != "/admin/":
        # The admin's scripts ran (jquery.init.js defines `django`; the forms and lists need it).
        assert page.evaluate("typeof window.django") == "object"
    page.wait_for_timeout(200)
    assert violations(page, console) == []
    assert [line for line in console if line.startswith(("error", "page error"))] == []
    page.context.close()
