import re
from unittest import mock

import pytest
from django.db.utils import OperationalError

from core.models import Status
from tests.factories import make_organisation, make_page, make_project

pytestmark = pytest.mark.django_db


def test_home_presents_the_network_its_missions_and_roles(client):
    response = client.get("/")
    assert response.status_code == 200
    content = response.content.decode()
    for text in ["Healthy schools", "Social protection for all", "Room for young people",
                 "Generating knowledge", "Sharing experiences and good practices",
                 "Raising awareness, training and supporting"]:
        assert text in content
    assert content.count("<h1") == 1


def test_home_features_published_members_and_projects_only(client):
    make_organisation(name="Centrale des syndicats du Québec", is_featured=True)
    make_organisation(name="Hidden draft union", is_featured=True, status=Status.DRAFT)
    make_project(title="SACHA schools in Haiti", is_featured=True)
    make_project(title="Unfinished draft project", is_featured=True, status=Status.DRAFT)
    content = client.get("/").content.decode()
    assert "Centrale des syndicats du Québec" in content
    assert "SACHA schools in Haiti" in content
    assert "Hidden draft union" not in content
    assert "Unfinished draft project" not in content


def test_home_shows_no_empty_featured_blocks(client):
    content = client.get("/").content.decode()
    assert "Some of our members" not in content
    assert "Projects in the field" not in content


def test_navigation_marks_the_current_tab(client):
    make_page(slug="who-we-are", title="Who we are", order=1)
    content = client.get("/network/").content.decode()
    assert 'href="/network/" aria-current="page"' in content
    assert 'href="/members/" aria-current' not in content


def test_the_network_section_opens_its_first_page_and_lists_the_others(client):
    make_page(slug="history", title="Our history", order=4, body="<p>Paris, May 2009.</p>")
    make_page(slug="who-we-are", title="Who we are", order=1, body="<p>A network of unions.</p>")
    make_page(slug="secret-plans", title="Secret plans", order=2, status=Status.DRAFT)
    response = client.get("/network/")
    content = response.content.decode()
    assert "A network of unions." in content
    assert "Our history" in content
    assert "Secret plans" not in content
    assert client.get("/network/history/").status_code == 200
    assert client.get("/network/secret-plans/").status_code == 404


def test_the_network_section_is_a_404_when_nothing_is_published(client):
    assert client.get("/network/").status_code == 404


def test_health_check_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_health_check_answers_503_and_says_nothing_secret_when_the_database_is_down(client):
    with mock.patch("network_site.views.connection.cursor", side_effect=OperationalError("password=hunter2")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert b"hunter2" not in response.content


def test_robots_txt_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()


def test_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".ico")


def test_unknown_page_gets_the_sites_own_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "We cannot find this page" in content
    assert 'class="site-header"' in content


def test_the_error_page_renders_in_the_sites_look_with_the_database_down(client):
    """A database that stops answering mid-query is a 503 ("come back"), not a 500 (issue 11)."""
    client.raise_request_exception = False
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")):
        response = client.get("/")
    assert response.status_code == 503
    content = response.content.decode()
    assert "The site is busy or under maintenance" in content
    assert "site.css" in content


def test_uploaded_media_is_served_safely_and_never_as_html(client, settings):
    (settings.MEDIA_ROOT / "members").mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "members" / "evil.html").write_text("<script>alert(1)</script>")
    response = client.get("/media/members/evil.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_uploaded_images_are_shown_inline(client, settings):
    from tests.factories import png_upload

    (settings.MEDIA_ROOT / "img").mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "img" / "logo.png").write_bytes(png_upload().read())
    response = client.get("/media/img/logo.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/media/../network_site/settings/base.py", "/media/nothing-here.png"])
def test_media_outside_the_folder_or_missing_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_editors_group_can_edit_content_but_not_users():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"change_organisation", "add_project", "change_networkpage", "delete_project"} <= codenames
    assert not codenames & {"add_user", "change_user", "delete_user", "change_group"}


def test_home_features_the_mobilisation_kit_and_the_latest_resources(client):
    from tests.factories import make_kit, make_resource

    resource = make_resource(title="Open forum guide")
    make_resource(title="Draft poster", status=Status.DRAFT)
    make_kit(title="Mobilisation kit 2015", is_featured=True, resources=[resource])
    content = client.get("/").content.decode()
    assert "Mobilisation kit 2015" in content
    assert "Open forum guide" in content
    assert "Draft poster" not in content


def test_home_shows_no_toolbox_block_when_the_toolbox_is_empty(client):
    assert "From the toolbox" not in client.get("/").content.decode()


def test_home_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    from tests.factories import make_article, make_event, make_research_entry, make_resource

    for _ in range(6):
        make_organisation(is_featured=True)
        make_project(is_featured=True)
        make_resource()
        make_article()
        make_event()
        make_research_entry()
    # One query per block, none per card: the view reads only the columns the cards show, and a card showing
    # another one would read it once per card.
    for path in ["/", "/fr/"]:
        with django_assert_max_num_queries(10):
            assert client.get(path).status_code == 200


def test_home_shows_latest_news_next_events_and_current_research_but_nothing_scheduled(client):
    import datetime

    from django.utils import timezone

    from research.models import ResearchStatus
    from tests.factories import make_article, make_event, make_research_entry

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    make_article(title="New members join")
    make_article(title="Scheduled announcement", published_at=tomorrow)
    make_event(title="Webinar on mental health")
    make_event(title="Ottawa assembly", start_at=timezone.now() - datetime.timedelta(days=400))
    make_research_entry(title="Health at school study")
    make_research_entry(title="Old call", research_status=ResearchStatus.CALL_OPEN,
                        deadline=timezone.now() - datetime.timedelta(days=1))
    content = client.get("/").content.decode()
    assert "New members join" in content
    assert "Webinar on mental health" in content
    assert "Health at school study" in content
    assert "Scheduled announcement" not in content
    assert "Ottawa assembly" not in content  # past events are not "next"
    assert "Old call" not in content  # a call past its deadline is not current


def test_member_and_project_pages_show_their_news_and_research(client):
    import datetime

    from django.utils import timezone

    from tests.factories import make_article, make_research_entry

    organisation = make_organisation(slug="unatu", name="UNATU")
    project = make_project(slug="sacha", title="SACHA")
    make_article(title="UNATU joins the survey", organisations=[organisation], projects=[project])
    make_article(title="Not yet", organisations=[organisation], projects=[project],
                 published_at=timezone.now() + datetime.timedelta(days=1))
    make_research_entry(title="Research with SACHA", projects=[project])
    member_page = client.get("/members/unatu/").content.decode()
    project_page = client.get("/projects/sacha/").content.decode()
    assert "UNATU joins the survey" in member_page and "UNATU joins the survey" in project_page
    assert "Not yet" not in member_page and "Not yet" not in project_page
    assert "Research with SACHA" in project_page


def test_latest_news_on_the_home_page_is_the_newest_three_with_featured_ones_marked(client):
    import datetime

    from django.utils import timezone

    from tests.factories import make_article

    now = timezone.now()
    make_article(title="Old featured story", is_featured=True, published_at=now - datetime.timedelta(days=300))
    make_article(title="Featured congress report", is_featured=True, published_at=now - datetime.timedelta(days=2))
    for days, title in [(1, "News of yesterday"), (3, "News of three days ago"), (4, "News of four days ago")]:
        make_article(title=title, published_at=now - datetime.timedelta(days=days))
    content = client.get("/").content.decode()
    section = content.split('id="news-title"', 1)[1].split("</section>", 1)[0]
    shown = re.findall(r"<h3[^>]*><a [^>]*>([^<]+)</a></h3>", section)
    assert shown == ["News of yesterday", "Featured congress report", "News of three days ago"]
    assert section.count('<span class="badge badge--featured">Featured</span>') == 1
    featured_item = section.split('class="result result--featured"', 1)[1].split("</li>", 1)[0]
    assert "Featured congress report" in featured_item
