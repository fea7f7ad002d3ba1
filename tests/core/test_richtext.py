import pytest

from core.richtext import clean_html
from tests.factories import make_page


def test_scripts_event_handlers_and_javascript_links_are_removed():
    dirty = (
        '<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(1)">bad</a>'
        '<a href="https://ei-ie.org">good</a><img src=x onerror=alert(1)><iframe src="https://evil"></iframe></p>'
    )
    cleaned = clean_html(dirty)
    assert "<script" not in cleaned
    assert "alert" not in cleaned
    assert "javascript:" not in cleaned
    assert "onclick" not in cleaned
    assert "<iframe" not in cleaned
    assert "<img" not in cleaned
    assert '<a href="https://ei-ie.org" rel="noopener noreferrer">good</a>' in cleaned


def test_ordinary_formatting_is_kept():
    html = "<h2>Title</h2><p><strong>Bold</strong> and <em>italic</em></p><ul><li>One</li></ul>"
    assert clean_html(html) == html


@pytest.mark.django_db
def test_an_editors_script_never_reaches_a_visitor(client):
    page = make_page(slug="governance", body='<p>Board</p><script>alert("x")</script><a href="javascript:x()">y</a>')
    page.refresh_from_db()
    assert "<script" not in page.body
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "<p>Board</p>" in content
    assert 'alert("x")' not in content
    assert "javascript:x()" not in content


@pytest.mark.django_db
def test_bulk_updates_are_sanitised_too():
    from network_site.models import NetworkPage

    page = make_page()
    NetworkPage.objects.filter(pk=page.pk).update(body="<p>ok</p><script>bad()</script>")
    page.refresh_from_db()
    assert page.body == "<p>ok</p>"
