"""News articles as visitors see them: the list and its filters, the yearly archive, the article page."""

import datetime
import re
from html.parser import HTMLParser
from unittest import mock
from urllib.parse import quote, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Status
from news.models import Article
from news.views import latest_articles_for
from tests.factories import (
    make_article,
    make_kit,
    make_organisation,
    make_project,
    make_resource,
    mission_area,
    pdf_upload,
    png_upload,
)

pytestmark = pytest.mark.django_db

# A <script> that runs code (JSON-LD data blocks do not).
EXECUTABLE_SCRIPT = re.compile(r"<script(?![^>]*\btype=\"application/ld\+json\")", re.IGNORECASE)

LIST_URL = "/news/"
# Page of articles with their tags; the choices of the three filters (tags, mission areas, years) read once; one
# statement for every facet's counts and the number of results. Whatever the number of articles or filters.
LIST_MAX_QUERIES = 6
# The article, its tags, mission areas, members, projects, resources with their files and organisations,
# then previous and next (one query) and the latest news.
DETAIL_MAX_QUERIES = 10
# Is the year empty, its months, previous and next years with news, count and page with tags, the years to browse.
ARCHIVE_MAX_QUERIES = 8


def at(year, month=6, day=15, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


def tomorrow():
    return timezone.now() + datetime.timedelta(days=1)


def titles(response):
    """The titles of the articles listed on the page, in order."""
    return [article.title for article in response.context["articles"]]


class LinkCollector(HTMLParser):
    """Every href and src of a page, and the tags that load something (script, img, iframe...)."""

    def __init__(self):
        super().__init__()
        self.links, self.loaded = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "script" and attrs.get("type") == "application/ld+json":
            return  # structured data: loads and runs nothing
        if tag in {"script", "img", "iframe", "embed", "object", "video", "audio", "source"} or (
            tag == "link" and attrs.get("rel") == "stylesheet"
        ):
            self.loaded.append((tag, attrs.get("src") or attrs.get("href") or attrs.get("data") or ""))


def collect(content):
    parser = LinkCollector()
    parser.feed(content)
    return parser


# --- Addresses ------------------------------------------------------------------------------------------------------

def test_urls_are_named():
    assert reverse("news:article-list") == LIST_URL
    assert reverse("news:article-archive", kwargs={"year": 2015}) == "/news/2015/"
    assert reverse("news:article-detail", kwargs={"slug": "ottawa"}) == "/news/ottawa/"


# --- The list -------------------------------------------------------------------------------------------------------

def test_the_list_shows_published_news_newest_first_and_hides_drafts(client):
    make_article(title="Older news", published_at=at(2014))
    make_article(title="Newer news", published_at=at(2016))
    make_article(title="Unfinished draft", status=Status.DRAFT)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert titles(response) == ["Newer news", "Older news"]
    assert "Unfinished draft" not in content
    assert "2 articles" in content
    assert content.count("<h1") == 1
    assert '<time datetime="2016-06-15T12:00:00+00:00">' in content


def test_a_scheduled_article_stays_out_of_the_list_until_its_time(client):
    make_article(title="Already out")
    scheduled = make_article(title="Assembly report for tomorrow", published_at=tomorrow())
    content = client.get(LIST_URL).content.decode()
    assert "Assembly report for tomorrow" not in content
    assert scheduled.get_absolute_url() not in content
    assert "1 article" in content

    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "Assembly report for tomorrow" in client.get(LIST_URL).content.decode()


def test_the_list_says_so_when_nothing_is_published(client):
    make_article(status=Status.DRAFT)
    content = client.get(LIST_URL).content.decode()
    assert "No news has been published yet." in content
    assert "0 articles" in content


def test_the_list_paginates_by_twelve(client):
    for day in range(1, 15):
        make_article(title=f"Day {day:02d}", published_at=at(2015, 3, day))
    first = client.get(LIST_URL)
    assert titles(first) == [f"Day {day:02d}" for day in range(14, 2, -1)]
    assert 'href="?page=2"' in first.content.decode()
    assert titles(client.get(LIST_URL, {"page": 2})) == ["Day 02", "Day 01"]


def test_the_list_links_to_the_feeds_and_the_yearly_archive(client):
    make_article(published_at=at(2015))
    make_article(published_at=at(2017))
    content = client.get(LIST_URL).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in content
    assert 'href="/news/feed/rss/"' in content
    assert '<link rel="alternate" type="application/atom+xml"' in content
    assert 'href="/news/feed/atom/"' in content
    assert 'href="/news/2015/"' in content
    assert 'href="/news/2017/"' in content
    assert 'href="/news/2016/"' not in content


def test_filtering_by_tag_offers_that_tags_feeds(client):
    make_article(tags=["Mental health"])
    content = client.get(LIST_URL, {"tag": "mental-health"}).content.decode()
    assert 'href="/news/tag/mental-health/feed/rss/"' in content
    assert 'href="/news/tag/mental-health/feed/atom/"' in content
    assert "News about Mental health" in content


def test_a_tag_with_accents_gets_a_plain_slug_usable_in_lists_and_feeds(client):
    make_article(title="Santé des enseignants", tags=["Santé"])
    make_article(title="Other news")
    response = client.get(LIST_URL, {"tag": "sante"})
    assert response.status_code == 200
    assert titles(response) == ["Santé des enseignants"]
    article_page = client.get(Article.objects.get(title="Santé des enseignants").get_absolute_url())
    assert article_page.status_code == 200
    assert "?tag=sante" in article_page.content.decode()
    assert client.get("/news/tag/sante/feed/rss/").status_code == 200


@pytest.mark.parametrize("query, expected", [
    ({"tag": "mental-health"}, {"Stress survey", "Stress at school"}),
    ({"tag": "assemblies"}, {"Ottawa assembly"}),
    ({"mission_area": "healthy-schools"}, {"Stress at school", "Ottawa assembly"}),
    ({"mission_area": "social-protection-for-all"}, {"Stress survey"}),
    ({"year": "2015"}, {"Ottawa assembly", "Stress at school"}),
    ({"year": "2017"}, {"Stress survey"}),
    ({"tag": "mental-health", "year": "2015"}, {"Stress at school"}),
    ({"tag": "mental-health", "mission_area": "healthy-schools", "year": "2015"}, {"Stress at school"}),
    ({"tag": "assemblies", "year": "2017"}, set()),
    ({"tag": "", "mission_area": "", "year": ""}, {"Ottawa assembly", "Stress at school", "Stress survey"}),
])
def test_filters_work_and_combine(client, query, expected):
    make_article(title="Ottawa assembly", tags=["Assemblies"], mission_areas=[mission_area("healthy-schools")],
                 published_at=at(2015, 7, 20))
    make_article(title="Stress at school", tags=["Mental health"], mission_areas=[mission_area("healthy-schools")],
                 published_at=at(2015, 11, 2))
    make_article(title="Stress survey", tags=["Mental health"],
                 mission_areas=[mission_area("social-protection-for-all")], published_at=at(2017, 3, 1))
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_each_filter_value_shows_how_many_articles_it_gives(client):
    make_article(tags=["Assemblies"], mission_areas=[mission_area("healthy-schools")], published_at=at(2015))
    make_article(tags=["Mental health"], mission_areas=[mission_area("healthy-schools")], published_at=at(2015))
    make_article(tags=["Mental health"], published_at=at(2017))
    make_article(tags=["Secret topic"], status=Status.DRAFT, published_at=at(2012))
    make_article(tags=["Future topic"], published_at=tomorrow())
    content = client.get(LIST_URL).content.decode()
    assert ">Mental health (2)</option>" in content
    assert ">Assemblies (1)</option>" in content
    assert ">Healthy schools (2)</option>" in content
    assert ">2015 (2)</option>" in content
    assert ">2017 (1)</option>" in content
    # Topics and years of drafts and scheduled articles are not offered.
    assert "Secret topic" not in content
    assert "Future topic" not in content
    assert ">2012" not in content
    # Counts for the other filters follow the chosen one.
    filtered = client.get(LIST_URL, {"year": "2017"}).content.decode()
    assert ">Mental health (1)</option>" in filtered
    assert "Assemblies" not in filtered


def test_the_filter_form_is_labelled_and_works_without_javascript(client):
    make_article(tags=["Assemblies"])
    content = client.get(LIST_URL).content.decode()
    for name in ["tag", "mission_area", "year"]:
        assert f'<label for="id_{name}">' in content
    assert 'method="get"' in content
    assert "Apply filters" in content
    assert not EXECUTABLE_SCRIPT.search(content)


@pytest.mark.parametrize("query", [
    {"year": "abc"},
    {"year": "99999"},
    {"year": "1066"},
    {"year": "-1"},
    {"tag": "<script>alert(1)</script>"},
    {"tag": "nope"},
    {"mission_area": "nope"},
    {"mission_area": "nope", "year": "abc", "tag": "'\""},
])
def test_unknown_filter_values_give_an_empty_list_with_a_message(client, query):
    make_article(title="Ottawa assembly", tags=["Assemblies"], published_at=at(2015))
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    content = response.content.decode()
    assert titles(response) == []
    assert "Some filter values were not understood" in content
    assert "0 articles" in content
    assert "<script>alert(1)</script>" not in content
    assert "Clear filters" in content


@pytest.mark.parametrize("page", ["0", "zz", "99", "-1", "1.5"])
def test_a_bad_page_number_is_a_404(client, page):
    make_article()
    assert client.get(LIST_URL, {"page": page}).status_code == 404


def test_page_last_works(client):
    make_article(title="Only one")
    assert titles(client.get(LIST_URL, {"page": "last"})) == ["Only one"]


def _make_rich_articles(count):
    areas = [mission_area("healthy-schools"), mission_area("social-protection-for-all")]
    for index in range(count):
        make_article(
            tags=["Mental health", f"Topic {index}"], mission_areas=areas, published_at=at(2015, 1 + index % 12),
            image=png_upload(f"picture-{index}.png") if index < 3 else "", image_alt="A picture",
        )


@pytest.mark.parametrize("query", [
    {},
    {"tag": "mental-health", "mission_area": "healthy-schools", "year": "2015"},
    {"year": "abc"},
])
def test_the_list_runs_the_same_number_of_queries_for_3_or_25_articles(client, django_assert_max_num_queries, query):
    _make_rich_articles(3)
    with django_assert_max_num_queries(LIST_MAX_QUERIES) as few:
        response = client.get(LIST_URL, query)
    expected = 0 if "abc" in query.values() else 3
    assert len(titles(response)) == expected
    _make_rich_articles(22)
    with django_assert_max_num_queries(LIST_MAX_QUERIES) as many:
        response = client.get(LIST_URL, query)
    assert len(titles(response)) == (0 if expected == 0 else 12)
    assert len(many) == len(few)


# --- The yearly archive ---------------------------------------------------------------------------------------------

def test_the_archive_shows_that_years_published_news_only(client):
    make_article(title="Ottawa assembly", published_at=at(2015, 7, 20))
    make_article(title="Stress at school", published_at=at(2015, 11, 2))
    make_article(title="Draft of 2015", published_at=at(2015, 8, 1), status=Status.DRAFT)
    make_article(title="Survey of 2017", published_at=at(2017))
    response = client.get("/news/2015/")
    assert response.status_code == 200
    content = response.content.decode()
    assert titles(response) == ["Stress at school", "Ottawa assembly"]
    assert "Draft of 2015" not in content
    assert "News of 2015" in content
    assert "2 articles" in content
    assert content.count("<h1") == 1
    # Every year with news, to browse; the current one marked.
    assert '<a href="/news/2015/" aria-current="page">2015</a>' in content
    assert '<a href="/news/2017/">2017</a>' in content
    assert 'href="/news/feed/rss/"' in content


@pytest.mark.parametrize("year", ["1066", "2016", "9999", "0"])
def test_a_year_without_news_is_a_404(client, year):
    make_article(published_at=at(2015))
    make_article(published_at=at(2016), status=Status.DRAFT)
    assert client.get(f"/news/{year}/").status_code == 404


def test_a_year_with_only_scheduled_news_is_a_404_until_their_time(client):
    scheduled = make_article(title="Next assembly", published_at=tomorrow())
    year = scheduled.published_at.year
    assert client.get(f"/news/{year}/").status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=tomorrow() + datetime.timedelta(hours=1)):
        response = client.get(f"/news/{year}/")
    assert response.status_code == 200
    assert titles(response) == ["Next assembly"]


def test_the_archive_paginates_and_rejects_bad_pages(client):
    for day in range(1, 15):
        make_article(title=f"Day {day:02d}", published_at=at(2015, 3, day))
    assert len(titles(client.get("/news/2015/"))) == 12
    assert titles(client.get("/news/2015/", {"page": 2})) == ["Day 02", "Day 01"]
    for page in ["0", "zz", "3"]:
        assert client.get("/news/2015/", {"page": page}).status_code == 404


def test_the_archive_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    _make_rich_articles(3)
    with django_assert_max_num_queries(ARCHIVE_MAX_QUERIES) as few:
        assert client.get("/news/2015/").status_code == 200
    _make_rich_articles(22)
    with django_assert_max_num_queries(ARCHIVE_MAX_QUERIES) as many:
        assert client.get("/news/2015/").status_code == 200
    assert len(many) == len(few)


# --- The article page -----------------------------------------------------------------------------------------------

def test_the_article_page_shows_the_article(client):
    article = make_article(
        title="General assembly in Ottawa", summary="Members met in Ottawa in July 2015.",
        body="<p>The assembly <strong>adopted</strong> a plan.</p>", published_at=at(2015, 7, 20, 9),
        image=png_upload("assembly.png", size=(1200, 800)), image_alt="Delegates voting with raised cards",
        tags=["Assemblies"], mission_areas=[mission_area("healthy-schools")],
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "<h1>General assembly in Ottawa</h1>", "Members met in Ottawa in July 2015.",
        "<p>The assembly <strong>adopted</strong> a plan.</p>", '<time datetime="2015-07-20T09:00:00+00:00">',
        'alt="Delegates voting with raised cards"', 'width="600" height="400"',
        f'src="{article.image_thumbnail.url}"', f'href="{article.image.url}"',
        'href="/news/?tag=assemblies"', 'href="/news/?mission_area=healthy-schools"', "Healthy schools",
        '<meta name="description" content="Members met in Ottawa in July 2015.">',
        'href="/news/2015/"',
    ]:
        assert text in content, text
    assert article.image_thumbnail.name.endswith(".webp")
    assert content.count("<h1") == 1


def test_drafts_and_scheduled_articles_are_a_404_until_their_time(client):
    draft = make_article(status=Status.DRAFT)
    scheduled = make_article(published_at=tomorrow())
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    assert client.get("/news/no-such-article/").status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=tomorrow() + datetime.timedelta(hours=1)):
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        assert client.get(draft.get_absolute_url()).status_code == 404


def test_related_members_projects_and_resources_are_shown_when_published(client):
    union = make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ", slug="csq")
    hidden_union = make_organisation(name="Draft union", slug="draft-union", status=Status.DRAFT)
    project = make_project(title="SACHA schools in Haiti")
    hidden_project = make_project(title="Draft project", status=Status.DRAFT)
    guide = make_resource(title="Stress guide", files=[("fr", pdf_upload(pages=4))], organisations=[union])
    sheet = make_resource(title="Health days sheet", refresh=False)
    hidden_resource = make_resource(title="Draft resource", status=Status.DRAFT, refresh=False)
    article = make_article(organisations=[union, hidden_union], projects=[project, hidden_project],
                           resources=[guide, sheet, hidden_resource])
    content = client.get(article.get_absolute_url()).content.decode()
    assert f'<a href="{union.get_absolute_url()}">Centrale des syndicats du Québec (CSQ)</a>' in content
    assert f'<a href="{project.get_absolute_url()}">SACHA schools in Haiti</a>' in content
    for hidden in [hidden_union, hidden_project, hidden_resource]:
        assert str(hidden) not in content
        assert hidden.get_absolute_url() not in content
    # The toolbox's own download links: the resource's files, or its PDF sheet.
    assert f'href="{guide.files.get().get_absolute_url()}"' in content
    assert "(PDF, 4 pages," in content
    assert f'href="{sheet.get_sheet_url()}"' in content
    assert "Download the sheet" in content


def test_sections_without_content_are_left_out(client):
    article = make_article()
    content = client.get(article.get_absolute_url()).content.decode()
    for heading in ["In this article", "Attached resources from the toolbox", "Topics", "Mission areas"]:
        assert f">{heading}<" not in content, heading
    assert "<figure" not in content


def test_latest_news_lists_five_others_and_never_a_hidden_one(client):
    article = make_article(title="This article", published_at=at(2015, 1, 1))
    for day in range(1, 8):
        make_article(title=f"Other {day}", published_at=at(2016, 1, day))
    make_article(title="Draft news", status=Status.DRAFT)
    make_article(title="Scheduled news", published_at=tomorrow())
    response = client.get(article.get_absolute_url())
    assert [other.title for other in response.context["latest_articles"]] == [f"Other {day}" for day in range(7, 2, -1)]
    content = response.content.decode()
    assert "Draft news" not in content
    assert "Scheduled news" not in content


def test_previous_and_next_follow_publication_and_skip_hidden_articles(client):
    first = make_article(title="First", published_at=at(2015, 1, 1))
    make_article(title="Draft in between", published_at=at(2015, 2, 1), status=Status.DRAFT)
    second = make_article(title="Second", published_at=at(2015, 3, 1))
    third = make_article(title="Third", published_at=at(2015, 3, 1))  # same time: the later one comes next
    scheduled = make_article(title="Scheduled", published_at=tomorrow())

    def neighbours(article):
        response = client.get(article.get_absolute_url())
        previous, following = response.context["previous_article"], response.context["next_article"]
        return (previous.title if previous else None, following.title if following else None)

    assert neighbours(first) == (None, "Second")
    assert neighbours(second) == ("First", "Third")
    assert neighbours(third) == ("Second", None)
    content = client.get(second.get_absolute_url()).content.decode()
    assert f'href="{first.get_absolute_url()}" rel="prev"' in content
    assert f'href="{third.get_absolute_url()}" rel="next"' in content
    assert "Draft in between" not in content
    assert scheduled.get_absolute_url() not in client.get(third.get_absolute_url()).content.decode()

    with mock.patch("django.utils.timezone.now", return_value=tomorrow() + datetime.timedelta(hours=1)):
        assert neighbours(third) == ("Second", "Scheduled")


def test_share_links_load_nothing_from_other_hosts(client):
    article = make_article(title="Health & safety: what's new?", slug="health-and-safety",
                           image=png_upload(), image_alt="A poster")
    content = client.get(article.get_absolute_url()).content.decode()
    page = collect(content)
    absolute = quote("http://testserver/news/health-and-safety/", safe="")
    shares = [link for link in page.links if link.startswith(("mailto:", "https://", "http://"))
              and urlsplit(link).hostname not in (None, "testserver")]
    hosts = {urlsplit(link).hostname for link in shares}
    assert hosts == {"www.linkedin.com", "www.facebook.com", "twitter.com", "wa.me"}
    for link in shares:
        assert absolute in link, link
    mailto = [link for link in page.links if link.startswith("mailto:?")]
    assert mailto == [f"mailto:?subject={quote(article.title, safe='')}&body={quote(article.title, safe='')}"
                      f"%20{absolute}"]
    # Nothing on the page is fetched from elsewhere: no script at all, images and styles from this site only.
    assert not EXECUTABLE_SCRIPT.search(content)
    assert "<iframe" not in content
    for tag, source in page.loaded:
        assert tag in {"img", "link"}, tag
        assert urlsplit(source).hostname in (None, "testserver"), source
    assert "Share on LinkedIn" in content
    assert "Send by e-mail" in content


def test_a_script_saved_in_the_body_is_never_rendered(client):
    article = make_article(body='<p>Hello</p><script>alert("x")</script><a href="javascript:alert(1)">x</a>'
                                '<img src="https://tracker.example/pixel.gif" onerror="alert(1)">')
    content = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Hello</p>" in content
    assert not EXECUTABLE_SCRIPT.search(content)
    assert "javascript:" not in content
    assert "tracker.example" not in content
    assert "onerror" not in content


def test_an_article_about_a_kit_links_to_it_right_after_its_summary_unless_the_kit_is_a_draft(client):
    kit = make_kit(title="Ottawa kit", title_fr="Kit d’Ottawa")
    article = make_article(summary="The congress kit.", body="<p>Long story.</p>", kit=kit)
    content = client.get("/fr" + article.get_absolute_url()).content.decode()
    link = f'<a href="/fr{kit.get_absolute_url()}">Kit d’Ottawa</a>'
    assert link in content
    # Before the body: on a phone, the kit is on the first screen, not after the whole story.
    assert content.index("The congress kit.") < content.index(link) < content.index("Long story.")
    assert "Le kit à télécharger\u00a0:" in content

    kit.status = Status.DRAFT
    kit.save()
    content = client.get(article.get_absolute_url()).content.decode()
    assert "Ottawa kit" not in content and "The kit to download" not in content


def test_the_article_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    def rich_article(size):
        organisations = [make_organisation() for _ in range(size)]
        resources = [make_resource(organisations=organisations[:2], refresh=False) for _ in range(size)]
        return make_article(
            tags=[f"Topic {n}" for n in range(size)],
            mission_areas=[mission_area("healthy-schools"), mission_area("social-protection-for-all")],
            organisations=organisations, projects=[make_project() for _ in range(size)], resources=resources,
            image=png_upload(), image_alt="A picture", published_at=at(2015, 1, size),
        )

    small, large = rich_article(1), rich_article(6)
    for day in range(10):
        make_article(published_at=at(2014, 1, day + 1))
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES) as few:
        assert client.get(small.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES) as many:
        assert client.get(large.get_absolute_url()).status_code == 200
    assert len(many) == len(few)


# --- Scheduled and draft articles on every path at once -------------------------------------------------------------

def test_a_scheduled_article_appears_everywhere_by_itself_once_its_time_has_come(client):
    """Staff schedule an article for tomorrow: hidden on every page until then, shown everywhere afterwards."""
    today = at(2015, 7, 20)
    with mock.patch("django.utils.timezone.now", return_value=today):
        earlier = make_article(title="Earlier news", tags=["Assemblies"], published_at=at(2015, 7, 18))
        scheduled = make_article(title="Tomorrow's news", tags=["Assemblies"], published_at=at(2015, 7, 21))
    paths = [LIST_URL, f"{LIST_URL}?tag=assemblies", "/news/2015/", earlier.get_absolute_url(), "/news/feed/rss/",
             "/news/feed/atom/", "/news/tag/assemblies/feed/rss/", "/news/tag/assemblies/feed/atom/"]

    with mock.patch("django.utils.timezone.now", return_value=today):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            assert "Tomorrow" not in response.content.decode(), path
        assert client.get(scheduled.get_absolute_url()).status_code == 404

    with mock.patch("django.utils.timezone.now", return_value=at(2015, 7, 22)):
        for path in paths:
            assert "Tomorrow" in client.get(path).content.decode(), path
        assert client.get(scheduled.get_absolute_url()).status_code == 200


# --- News of a member or a project ----------------------------------------------------------------------------------

def test_latest_articles_for_a_member_or_a_project_are_published_ones_newest_first():
    union, other_union = make_organisation(), make_organisation()
    project = make_project()
    make_article(title="Old", organisations=[union], published_at=at(2014))
    make_article(title="New", organisations=[union], projects=[project], published_at=at(2016))
    make_article(title="Other union", organisations=[other_union])
    make_article(title="Draft", organisations=[union], projects=[project], status=Status.DRAFT)
    make_article(title="Scheduled", organisations=[union], projects=[project], published_at=tomorrow())

    assert [article.title for article in latest_articles_for(organisation=union)] == ["New", "Old"]
    assert [article.title for article in latest_articles_for(organisation=union.pk, limit=1)] == ["New"]
    assert [article.title for article in latest_articles_for(project=project)] == ["New"]
    assert [article.title for article in latest_articles_for(organisation=union, project=project)] == ["New"]
    assert list(latest_articles_for(organisation=make_organisation())) == []


def test_latest_articles_for_brings_the_tags_with_the_articles(django_assert_num_queries):
    union = make_organisation()
    for _ in range(4):
        make_article(organisations=[union], tags=["One", "Two"])
    with django_assert_num_queries(2):
        assert all(len(article.listed_tags) == 2 for article in latest_articles_for(organisation=union))


def test_the_news_tab_is_marked_current(client):
    content = client.get(LIST_URL).content.decode()
    assert re.search(r'<a href="/news/" aria-current="page">', content)


@pytest.mark.parametrize("query", [{"year": "abc"}, {}])
def test_a_tag_only_drafts_carry_is_never_offered_as_a_topic(client, query):
    """The filter's topics come from published news only, also when a bad value leaves the form invalid (the
    choices are then shown without counts)."""
    make_article(title="Ottawa assembly", tags=["Assemblies"], published_at=at(2015))
    make_article(title="Secret plan", status=Status.DRAFT, tags=["Secret merger"])
    make_article(title="Later", published_at=timezone.now() + datetime.timedelta(days=1), tags=["Scheduled topic"])
    content = client.get(LIST_URL, query).content.decode()
    assert "Assemblies" in content
    assert "Secret merger" not in content
    assert "Scheduled topic" not in content
