"""The staff home (the admin index) in a real browser at 1280 px: what needs attention and the download plots,
readable without JavaScript, with their CSV, and no serious or critical accessibility violation (axe-core)."""

import csv
import io
import json
import re
import urllib.request

from .conftest import DESKTOP
from .test_pages import run_axe


def test_staff_home_shows_attention_and_download_plots_accessibly(
    browser, live_site, page_paths, staff_storage_state, node_modules, artifacts,
):
    # One visitor download, so the plot and the top resources have something to show.
    with urllib.request.urlopen(f"{live_site}{page_paths['resource']}sheet/", timeout=30) as response:  # noqa: S310
        assert response.status == 200
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900}, storage_state=staff_storage_state,
                                  java_script_enabled=False)
    page = context.new_page()
    try:
        response = page.goto(f"{live_site}/admin/", wait_until="load")
        assert response.status == 200
        page.screenshot(path=str(artifacts / f"admin-home-{DESKTOP}.png"), full_page=True)
        assert page.get_by_role("heading", name="Needs attention").is_visible()
        assert page.get_by_role("heading", name="Downloads at a glance").is_visible()
        plots = page.locator("figure.downloads-plot")
        assert plots.count() == 2
        first = plots.first.locator("svg")
        assert first.is_visible() and first.bounding_box()["width"] > 400  # drawn, JavaScript off
        assert plots.first.locator("script").count() == 0
        assert re.search(r"\d+ downloads? in the last 90 days", plots.first.inner_text())
        assert page.locator("#top-resources li").count() >= 1
        # The CSV beside the plot, fetched with the staff member's session.
        csv_response = page.request.get(live_site + plots.first.get_by_role("link").get_attribute("href"))
        rows = list(csv.reader(io.StringIO(csv_response.text())))
        assert rows[0] == ["day", "downloads"] and len(rows) == 91 and int(rows[-1][1]) >= 1
        # axe runs with JavaScript on (it is a script); the page itself is the same.
        context_js = browser.new_context(viewport={"width": DESKTOP, "height": 900},
                                         storage_state=staff_storage_state)
        page_js = context_js.new_page()
        try:
            page_js.goto(f"{live_site}/admin/", wait_until="load")
            violations = run_axe(page_js, node_modules)
        finally:
            context_js.close()
        for violation in violations:
            targets = ", ".join(json.dumps(node["target"]) for node in violation["nodes"][:5])
            print(f"axe {violation['impact']}: {violation['id']} — {violation['help']} — {targets}")
        blocking = [v for v in violations if v["impact"] in ("serious", "critical")]
        assert blocking == [], [(v["id"], [n["target"] for n in v["nodes"][:5]]) for v in blocking]
    finally:
        context.close()
