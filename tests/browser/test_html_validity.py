"""Every page type is valid HTML according to the Nu Html Checker (vnu-jar), run with the machine's Java."""

import json
import subprocess

from .conftest import STAFF_PASSWORD, STAFF_USER
from .pages import ADMIN_PAGES, fetch


def staff_cookie(browser, live_site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", STAFF_USER)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in context.cookies())
    context.close()
    return cookies


def test_every_page_type_is_valid_html(browser, live_site, page_paths, node_modules, tmp_path):
    cookie = staff_cookie(browser, live_site)
    documents = {name: fetch(live_site + path) for name, path in page_paths.items()}
    documents["admin-login"] = fetch(live_site + "/admin/login/")
    documents["admin-list"] = fetch(live_site + ADMIN_PAGES["admin-list"], cookie=cookie)
    change_path = documents["admin-list"].split('<th class="field-title"><a href="', 1)[1].split('"', 1)[0]
    documents["admin-change"] = fetch(live_site + change_path, cookie=cookie)
    documents["admin-home"] = fetch(live_site + "/admin/", cookie=cookie)  # the staff home, its SVG plots included
    files = []
    for name, html in documents.items():
        assert "<html" in html, f"{name} returned no page"
        path = tmp_path / f"{name}.html"
        path.write_text(html)
        files.append(str(path))

    result = subprocess.run(
        ["java", "-jar", str(node_modules / "vnu-jar" / "build" / "dist" / "vnu.jar"), "--errors-only",
         "--format", "json", *files],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    errors = [m for m in messages if m.get("type") == "error"]
    for error in errors:
        print(f"{error['url'].rsplit('/', 1)[-1]}:{error.get('lastLine')}: {error['message']}")
    assert errors == [], f"{len(errors)} HTML errors (listed above)"
