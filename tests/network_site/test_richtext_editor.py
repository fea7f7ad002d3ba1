"""The rich-text editor of the admin and what visitors see of what it writes."""

import re

import nh3
import pytest
from django.template import Context, Template

from core import richtext
from network_site.demo import content, news_content, translations_content, translations_network
from tests.factories import make_article, make_resource

# The allowlist before the editor existed: demo content (and what staff wrote with it) was stored through it.
OLD_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "a", "ul", "ol", "li",
    "blockquote", "abbr", "cite", "code", "hr", "figure", "figcaption", "table", "thead",
    "tbody", "tr", "th", "td", "caption",
}
OLD_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope", "colspan", "rowspan"},
                  "td": {"colspan", "rowspan"}, "*": {"lang"}}


def _html_strings(value, found):
    if isinstance(value, str):
        if "<p>" in value or "<h2>" in value or "<ul>" in value:
            found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _html_strings(item, found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _html_strings(item, found)
    return found


def demo_rich_texts():
    found = []
    for module in (content, news_content, translations_content, translations_network):
        for name, value in vars(module).items():
            if not name.startswith("_"):
                _html_strings(value, found)
    return found


def render(template, **context):
    return Template("{% load core_tags %}" + template).render(Context(context))


def test_the_sanitiser_allows_exactly_what_the_editor_writes():
    assert {"p", "br", "h2", "h3", "strong", "em", "ul", "ol", "li", "a", "blockquote"} == richtext.ALLOWED_TAGS
    assert richtext.ALLOWED_ATTRIBUTES["a"] == {"href", "title"}
    cleaned = richtext.clean_html("<h4>Four</h4><table><tr><td>cell</td></tr></table><p style='color:red'>x</p>")
    assert "<h4" not in cleaned and "<table" not in cleaned and "style" not in cleaned


def test_existing_demo_content_renders_exactly_as_before():
    texts = demo_rich_texts()
    assert len(texts) > 40  # the articles, events, projects, pages and organisations of the demo
    for text in texts:
        stored_before = nh3.clean(text, tags=OLD_TAGS, attributes=OLD_ATTRIBUTES,
                                  url_schemes=richtext.ALLOWED_URL_SCHEMES, link_rel="noopener noreferrer")
        assert richtext.clean_html(text) == stored_before
        assert render("{{ text|richtext }}", text=stored_before) == stored_before


def test_plain_text_with_blank_lines_becomes_paragraphs():
    stored = richtext.clean_html("First paragraph, <strong>bold</strong> & more.\n\nSecond one.")
    html = render("{{ text|richtext }}", text=stored)
    assert html == "<p>First paragraph, <strong>bold</strong> &amp; more.</p>\n\n<p>Second one.</p>"


def test_an_empty_editor_saves_an_empty_text():
    from news.models import Article

    field = Article._meta.get_field("body_fr").formfield()
    assert field.clean("<p></p>") == ""
    assert field.clean('<p><strong>Hi</strong> <span style="x">there</span></p>') == "<p><strong>Hi</strong> there</p>"


def test_sheet_lines_starting_with_a_dash_become_a_real_list():
    html = render("{{ text|sheet_text }}", text="Three steps:\n- Listen\n- Act & share\nThen measure.\n\n• One more")
    assert html == ("<p>Three steps:</p>\n<ul><li>Listen</li><li>Act &amp; share</li></ul>\n<p>Then measure.</p>\n"
                    "<ul><li>One more</li></ul>")


@pytest.mark.django_db
def test_a_resource_page_shows_the_sheets_dash_lines_as_a_list(client):
    resource = make_resource(objectives="Our aims:\n- Healthy schools\n- Safer workplaces")
    response = client.get(resource.get_absolute_url())
    html = response.content.decode()
    assert "<ul><li>Healthy schools</li><li>Safer workplaces</li></ul>" in html
    assert "- Healthy schools" not in html


@pytest.mark.django_db
def test_public_pages_carry_no_script_from_the_editor(client):
    article = make_article(body="<p><strong>Bold</strong></p><ul><li>item</li></ul>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<p><strong>Bold</strong></p><ul><li>item</li></ul>" in html
    assert "<script src" not in html and "prose" not in html.replace('class="prose"', "")
    assert "importmap" not in html


@pytest.mark.django_db
def test_every_language_of_a_body_gets_the_editor_in_the_admin(staff_client):
    html = staff_client.get("/admin/news/article/add/").content.decode()
    for code in ("en", "fr", "es"):
        assert f'name="body_{code}"' in html
    assert html.count("data-django-prose-editor-configurable") == 3
    # The import map carries the request's CSP nonce (network_site/security.py sets it for the admin).
    assert re.search(r'<script type="importmap" nonce="[A-Za-z0-9_-]{20,}">', html)
    assert "/static/django_prose_editor/" in html and "cdn" not in html.lower()
    # Plain-text fields keep a plain box.
    assert 'name="summary_en"' in html


def nonce_middleware(get_response):
    """What the admin's CSP middleware does: a nonce per request, on request.csp_nonce."""

    def middleware(request):
        request.csp_nonce = "n0nce123"
        return get_response(request)

    return middleware


@pytest.mark.django_db
def test_the_editor_scripts_carry_the_csp_nonce_when_the_admin_has_one(staff_client, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.network_site.test_richtext_editor.nonce_middleware"]
    html = staff_client.get("/admin/news/article/add/").content.decode()
    assert '<script type="importmap" nonce="n0nce123">' in html
    assert '<script src="/static/django_prose_editor/editor.js" nonce="n0nce123" type="module">' in html
