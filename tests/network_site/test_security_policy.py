"""Content-Security-Policy and Permissions-Policy: strict on public pages (no script at all), working on the admin
(scripts from the site or carrying the request's nonce)."""

import re
from unittest import mock

import pytest

from tests.factories import make_article, make_resource

pytestmark = pytest.mark.django_db


def policy(response):
    return dict(
        (directive.split(" ", 1) + [""])[:2] for directive in response["Content-Security-Policy"].split("; ")
    )


@pytest.mark.parametrize("path", ["/", "/fr/", "/toolbox/", "/news/", "/search/?q=x", "/no-such-page/"])
def test_public_pages_have_a_strict_policy(client, path):
    make_article(title="Ottawa assembly", slug="ottawa")
    response = client.get(path)
    directives = policy(response)
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'none'"
    assert directives["style-src"] == "'self'"
    assert directives["img-src"] == "'self' data:"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'self'"
    assert directives["form-action"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()"]:
        assert feature in response["Permissions-Policy"]


def test_public_pages_carry_no_inline_script_but_their_json_ld(client):
    make_resource(title="Health days", slug="health-days")
    make_article(title="Ottawa assembly", slug="ottawa")
    for path in ["/", "/toolbox/health-days/", "/news/ottawa/"]:
        content = client.get(path).content.decode()
        scripts = re.findall(r"<script([^>]*)>", content)
        assert scripts, path  # the JSON-LD is there
        assert all(attributes == ' type="application/ld+json"' for attributes in scripts), (path, scripts)
        assert not re.search(r"\son[a-z]+=", content), path  # no inline event handlers either


def test_a_cached_public_page_keeps_its_policy(client, settings):
    from core.cache import clear_page_cache

    settings.CACHE_MIDDLEWARE_SECONDS = 60
    clear_page_cache()
    try:
        first = client.get("/news/")
        with mock.patch("news.views.ArticleListView.get") as view:
            second = client.get("/news/")
        assert not view.called  # served from the cache
    finally:
        clear_page_cache()
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Permissions-Policy"] == first["Permissions-Policy"]


def test_the_admin_has_a_nonce_policy_and_its_scripts_carry_the_nonce(staff_client):
    make_article(title="Ottawa assembly", slug="ottawa")
    pages = ["/admin/", "/admin/news/article/", "/admin/news/article/add/", "/admin/login/"]
    nonces = set()
    for path in pages:
        response = staff_client.get(path)
        assert response.status_code in (200, 302), path
        if response.status_code != 200:
            continue
        directives = policy(response)
        nonce = re.fullmatch(r"'self' 'nonce-([A-Za-z0-9_-]{20,})'", directives["script-src"]).group(1)
        nonces.add(nonce)
        assert directives["object-src"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "camera=()" in response["Permissions-Policy"]
        # Every inline script in the admin carries this request's nonce; the others load from the site.
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", response.content.decode(), re.S):
            if body.strip():
                assert f'nonce="{nonce}"' in attributes, (path, attributes)
            else:
                assert 'src="/' in attributes, (path, attributes)
    assert len(nonces) >= 3  # a new nonce for every request


def test_media_files_keep_their_own_stricter_policy(client, settings):
    (settings.MEDIA_ROOT / "note.txt").write_text("hello")
    response = client.get("/media/note.txt")
    assert response["Content-Security-Policy"].startswith("default-src 'none'")
