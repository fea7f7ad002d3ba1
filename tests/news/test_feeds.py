"""The news feeds, read with a real feed parser as a feed reader would."""

import datetime
from unittest import mock

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Status
from tests.factories import make_article, make_project, png_upload

pytestmark = pytest.mark.django_db

FEEDS = {
    "rss": ("/news/feed/rss/", "rss20", "application/rss+xml"),
    "atom": ("/news/feed/atom/", "atom10", "application/atom+xml"),
}
# The 20 articles with their tags (and, per tag, the tag first).
FEED_MAX_QUERIES = 3


def at(year, month=6, day=15, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def entry_titles(feed):
    return [entry.title for entry in feed.entries]


def test_feed_addresses_are_named():
    assert reverse("news:feed-rss") == "/news/feed/rss/"
    assert reverse("news:feed-atom") == "/news/feed/atom/"
    assert reverse("news:tag-feed-rss", kwargs={"tag": "assemblies"}) == "/news/tag/assemblies/feed/rss/"
    assert reverse("news:tag-feed-atom", kwargs={"tag": "assemblies"}) == "/news/tag/assemblies/feed/atom/"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_feed_is_valid_with_absolute_links_titles_dates_and_topics(client, kind):
    path, version, content_type = FEEDS[kind]
    make_article(title="Ottawa general assembly", slug="ottawa-assembly", summary="Members met in Ottawa.",
                 published_at=at(2015, 7, 20, 9), tags=["Assemblies", "Canada"])
    make_article(title="Stress survey", slug="stress-survey", summary="Results of the survey.",
                 published_at=at(2017, 3, 1))
    response, feed = parse(client, path)
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.title == "News of the Education and Solidarity Network"
    assert feed.feed.link == "http://testserver/news/"
    assert entry_titles(feed) == ["Stress survey", "Ottawa general assembly"]
    assert [entry.link for entry in feed.entries] == [
        "http://testserver/news/stress-survey/", "http://testserver/news/ottawa-assembly/",
    ]
    ottawa = feed.entries[1]
    assert ottawa.summary == "Members met in Ottawa."
    assert ottawa.published_parsed[:5] == (2015, 7, 20, 9, 0)
    assert {tag.term for tag in ottawa.tags} == {"Assemblies", "Canada"}
    assert ottawa.author == "Education and Solidarity Network"
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == 2
    assert all(entry_id.startswith("http://testserver/news/") for entry_id in ids)


def test_atom_entries_say_when_they_were_updated(client):
    make_article(published_at=at(2015, 7, 20, 9))
    _, feed = parse(client, FEEDS["atom"][0])
    assert feed.entries[0].updated_parsed
    assert feed.feed.updated_parsed
    assert feed.feed.author == "Education and Solidarity Network"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_feed_has_the_twenty_latest_articles(client, kind):
    for day in range(1, 23):
        make_article(title=f"Day {day:02d}", published_at=at(2015, 3, day))
    _, feed = parse(client, FEEDS[kind][0])
    assert entry_titles(feed) == [f"Day {day:02d}" for day in range(22, 2, -1)]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_drafts_and_scheduled_articles_stay_out_of_the_feeds_until_their_time(client, kind):
    make_article(title="Published news", tags=["Assemblies"])
    make_article(title="Draft news", status=Status.DRAFT, tags=["Assemblies"])
    make_article(title="Scheduled news", published_at=timezone.now() + datetime.timedelta(days=1), tags=["Assemblies"])
    paths = [FEEDS[kind][0], f"/news/tag/assemblies/feed/{kind}/"]
    for path in paths:
        _, feed = parse(client, path)
        assert entry_titles(feed) == ["Published news"], path

    later = timezone.now() + datetime.timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        for path in paths:
            _, feed = parse(client, path)
            assert entry_titles(feed) == ["Scheduled news", "Published news"], path


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_tag_feed_has_only_that_tags_articles(client, kind):
    make_article(title="Ottawa assembly", tags=["Assemblies"], published_at=at(2015, 7, 20))
    make_article(title="Stress survey", tags=["Mental health"], published_at=at(2017))
    make_article(title="Both", tags=["Assemblies", "Mental health"], published_at=at(2016))
    make_project(tags=["Assemblies"])
    _, feed = parse(client, f"/news/tag/assemblies/feed/{kind}/")
    assert feed.version == FEEDS[kind][1]
    assert entry_titles(feed) == ["Both", "Ottawa assembly"]
    assert "Assemblies" in feed.feed.title
    assert feed.feed.link == "http://testserver/news/?tag=assemblies"
    assert all(entry.link.startswith("http://testserver/news/") for entry in feed.entries)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_unknown_tag_feed_is_a_404(client, kind):
    make_article(tags=["Assemblies"])
    assert client.get(f"/news/tag/no-such-tag/feed/{kind}/").status_code == 404


def test_a_feed_with_no_news_yet_is_still_valid(client):
    make_article(status=Status.DRAFT)
    for path, version, _content_type in FEEDS.values():
        _, feed = parse(client, path)
        assert feed.version == version
        assert feed.entries == []


def test_titles_and_summaries_stay_plain_text_in_feed_readers(client):
    make_article(title="Health & safety <b>now</b>", summary="Teachers & nurses <script>alert(1)</script>")
    for path, _version, _content_type in FEEDS.values():
        response, feed = parse(client, path)
        assert b"<script>" not in response.content
        entry = feed.entries[0]
        assert entry.title == "Health & safety <b>now</b>"
        # The summary is HTML for a reader: the words show as typed, nothing becomes a tag.
        assert entry.summary == "Teachers &amp; nurses &lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.mark.parametrize("path", ["/news/feed/rss/", "/news/feed/atom/", "/news/tag/assemblies/feed/rss/"])
def test_feeds_run_a_fixed_number_of_queries(client, django_assert_max_num_queries, path):
    def make_articles(count):
        for _ in range(count):
            make_article(tags=["Assemblies", "Canada", "Ottawa"])

    make_articles(2)
    with django_assert_max_num_queries(FEED_MAX_QUERIES) as few:
        assert client.get(path).status_code == 200
    make_articles(25)
    with django_assert_max_num_queries(FEED_MAX_QUERIES) as many:
        assert client.get(path).status_code == 200
    assert len(many) == len(few)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_tag_only_drafts_carry_has_no_feed(client, kind):
    """A draft's tag name must not leak through its feed's title: the feed is a 404 until an article with that
    tag is published."""
    make_article(tags=["Assemblies"])
    draft = make_article(title="Secret plan", status=Status.DRAFT, tags=["Secret merger"])
    assert client.get(f"/news/tag/secret-merger/feed/{kind}/").status_code == 404
    draft.status = Status.PUBLISHED
    draft.save()
    assert client.get(f"/news/tag/secret-merger/feed/{kind}/").status_code == 200


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_article_picture_comes_with_its_entry_as_an_enclosure_with_its_size_and_type(client, kind):
    """Feed readers show the article's picture: its small WebP copy, at an absolute address, with its length."""
    pictured = make_article(title="Congress in Ottawa", image=png_upload("ottawa.png", size=(1200, 800)),
                            image_alt="Delegates voting")
    make_article(title="Words only")
    path, _version, _type = FEEDS[kind]
    _response, feed = parse(client, path)
    entries = {entry.title: entry for entry in feed.entries}
    (enclosure,) = entries["Congress in Ottawa"].enclosures
    assert enclosure.href == "http://testserver" + pictured.image_thumbnail.url
    assert enclosure.type == "image/webp"
    assert int(enclosure.length) == pictured.image_thumbnail.size > 0
    assert entries["Words only"].enclosures == []


def test_an_article_whose_picture_is_missing_from_storage_is_still_in_the_feed(client):
    article = make_article(title="Lost picture", image=png_upload("lost.png"), image_alt="Gone")
    article.image_thumbnail.storage.delete(article.image_thumbnail.name)
    _response, feed = parse(client, FEEDS["rss"][0])
    (entry,) = feed.entries
    assert entry.title == "Lost picture" and entry.enclosures == []
