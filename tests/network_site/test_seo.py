"""Found and shared: the sitemap, robots.txt, canonical links, link previews (OpenGraph, Twitter) and JSON-LD."""

import datetime
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import Status
from network_site import sitemaps
from news.models import Photo
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_page,
    make_project,
    make_research_entry,
    make_resource,
    pdf_upload,
    png_upload,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ORIGIN = "http://testserver"
LIST_PAGES = ["/", "/network/", "/members/", "/projects/", "/toolbox/", "/toolbox/kits/", "/research/", "/news/",
              "/news/events/"]
BREAKOUT = "</script><script>alert(1)</script>"


class HeadParser(HTMLParser):
    """The <link>, <meta> and JSON-LD scripts of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.links, self.metas, self.json_ld = [], [], []
        self._in_head = self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag == "link":
            self.links.append(attrs)
        elif self._in_head and tag == "meta":
            self.metas.append(attrs)
        elif self._in_head and tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def canonicals(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    def meta(self, key):
        """The content of every <meta property=key> or <meta name=key>."""
        return [m.get("content") for m in self.metas if key in (m.get("property"), m.get("name"))]

    def one(self, key):
        values = self.meta(key)
        assert len(values) == 1, f"{key}: {values}"
        return values[0]


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def structured_data(client, url):
    """The page's only JSON-LD object, parsed."""
    scripts = head_of(client, url).json_ld
    assert len(scripts) == 1, scripts
    return json.loads(scripts[0])


def parse_xml(client, url, root_tag):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (the site's own output)
    assert root.tag == f"{{{SITEMAP_NS['sm']}}}{root_tag}"
    return root


def section_addresses(client):
    """The section sitemaps listed by the index at /sitemap.xml."""
    index = parse_xml(client, "/sitemap.xml", "sitemapindex")
    return [entry.findtext("sm:loc", namespaces=SITEMAP_NS) for entry in index.findall("sm:sitemap", SITEMAP_NS)]


def sitemap_root(client):
    """All the section sitemaps' <url> entries, gathered under one element."""
    gathered = ET.Element(f"{{{SITEMAP_NS['sm']}}}urlset")
    for address in section_addresses(client):
        gathered.extend(parse_xml(client, address.replace(ORIGIN, ""), "urlset").findall("sm:url", SITEMAP_NS))
    return gathered


def sitemap_entries(client):
    """{absolute address: lastmod} of every section of the sitemap."""
    root = sitemap_root(client)
    return {url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext("sm:lastmod", namespaces=SITEMAP_NS)
            for url in root.findall("sm:url", SITEMAP_NS)}


def one_of_each(**fields):
    """A published item of every kind with a page, keyed by kind."""
    organisation = make_organisation(**fields)
    resource = make_resource(organisations=[organisation])
    return {
        "page": make_page(),
        "organisation": organisation,
        "project": make_project(lead_organisation=organisation),
        "resource": resource,
        "kit": make_kit(resources=[resource]),
        "article": make_article(),
        "event": make_event(),
        "research": make_research_entry(),
    }


def hidden_items():
    """A draft of every kind, and the scheduled ones (published, to appear in an hour)."""
    later = timezone.now() + datetime.timedelta(hours=1)
    return [
        make_page(status=Status.DRAFT),
        make_organisation(status=Status.DRAFT),
        make_project(status=Status.DRAFT),
        make_resource(status=Status.DRAFT, refresh=False),
        make_kit(status=Status.DRAFT),
        make_article(status=Status.DRAFT),
        make_article(published_at=later),
        make_event(status=Status.DRAFT),
        make_event(published_at=later),
        make_research_entry(status=Status.DRAFT),
        make_research_entry(published_at=later),
    ]


LANGUAGE_PREFIXES = ["", "/fr", "/es"]


# --- Sitemap and robots.txt ---------------------------------------------------------------------------------------

def test_the_sitemap_lists_every_published_page_with_its_last_change_and_no_hidden_one(client):
    items = one_of_each()
    hidden = hidden_items()
    entries = sitemap_entries(client)
    for path in LIST_PAGES + [item.get_absolute_url() for item in items.values()]:
        for prefix in LANGUAGE_PREFIXES:
            assert ORIGIN + prefix + path in entries, prefix + path
            age = timezone.now().date() - datetime.date.fromisoformat(entries[ORIGIN + prefix + path])
            assert datetime.timedelta(0) <= age <= datetime.timedelta(days=1), path
    for item in hidden:
        for prefix in LANGUAGE_PREFIXES:
            assert ORIGIN + prefix + item.get_absolute_url() not in entries, item
    assert len(entries) == len(LANGUAGE_PREFIXES) * (len(LIST_PAGES) + len(items))


def test_an_item_written_before_its_publication_is_dated_by_its_publication(client):
    article = make_article(published_at=timezone.now() - datetime.timedelta(days=3))
    type(article).objects.filter(pk=article.pk).update(updated_at=timezone.now() - datetime.timedelta(days=10))
    entries = sitemap_entries(client)
    three_days_ago = (timezone.now() - datetime.timedelta(days=3)).date().isoformat()
    assert entries[ORIGIN + article.get_absolute_url()] == three_days_ago
    # The news list changed when its latest article appeared.
    assert entries[ORIGIN + "/news/"] == three_days_ago


def test_the_network_address_is_left_out_until_a_network_page_is_published(client):
    make_page(status=Status.DRAFT)
    entries = sitemap_entries(client)
    assert ORIGIN + "/network/" not in entries
    assert ORIGIN + "/" in entries
    assert client.get("/network/").status_code == 404


def test_the_sitemap_runs_a_fixed_number_of_queries_whatever_the_number_of_items(client):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    one_of_each()
    few = [queries("/sitemap.xml"), queries("/sitemap-toolbox.xml"), queries("/sitemap-pages.xml")]
    for _ in range(3):
        one_of_each()
    hidden_items()
    many = [queries("/sitemap.xml"), queries("/sitemap-toolbox.xml"), queries("/sitemap-pages.xml")]
    assert few == many
    # The index: every section's number of items and latest change in one UNION; a section: a count and a page
    # (each item listed once per language).
    assert many == [1, 2, 1]


def test_big_sections_are_split_into_files_listed_by_the_index(client, monkeypatch):
    monkeypatch.setattr(sitemaps.ResourceSitemap, "limit", 6)
    for _ in range(5):
        make_resource()
    # 5 resources in 3 languages: 15 addresses, in files of 6 (2 resources).
    toolbox_files = [address for address in section_addresses(client) if "sitemap-toolbox.xml" in address]
    assert len(toolbox_files) == 3
    assert len(parse_xml(client, "/sitemap-toolbox.xml?p=3", "urlset").findall("sm:url", SITEMAP_NS)) == 3


def test_each_page_is_listed_in_each_language_with_its_alternates(client):
    article = make_article()
    path = article.get_absolute_url()
    root = sitemap_root(client)
    expected = {"en": ORIGIN + path, "fr": ORIGIN + "/fr" + path, "es": ORIGIN + "/es" + path,
                "x-default": ORIGIN + path}
    for language in ["en", "fr", "es"]:
        [url] = [url for url in root.findall("sm:url", SITEMAP_NS)
                 if url.findtext("sm:loc", namespaces=SITEMAP_NS) == expected[language]]
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)}
        assert alternates == expected


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()


# --- Canonical link, description, OpenGraph and Twitter card on every page ------------------------------------------

DETAIL_KINDS = ["page", "organisation", "project", "resource", "kit", "article", "event", "research"]


@pytest.mark.parametrize("page", LIST_PAGES + DETAIL_KINDS)
def test_every_page_has_one_canonical_link_a_description_and_a_link_preview(client, page):
    items = one_of_each()
    path = items[page].get_absolute_url() if page in items else page
    head = head_of(client, path)
    assert head.canonicals() == [ORIGIN + path]
    assert head.one("description").strip()
    assert head.one("og:title").strip()
    assert head.one("og:description") == " ".join(head.one("description").split())
    assert head.one("og:url") == ORIGIN + path
    assert head.one("og:image").startswith(ORIGIN + "/")
    assert head.one("og:site_name") == "Education and Solidarity Network"
    assert head.one("og:locale") == "en_GB"
    assert head.one("og:type") == ("article" if page == "article" else "website")
    assert head.one("twitter:card") in {"summary", "summary_large_image"}
    assert len(head.json_ld) == 1


def test_the_canonical_link_drops_tracking_parameters_but_keeps_a_later_page(client):
    for _ in range(13):  # two pages of news
        make_article()
    assert head_of(client, "/news/?utm_source=newsletter&page=2").canonicals() == [ORIGIN + "/news/?page=2"]
    assert head_of(client, "/news/?page=1&utm_campaign=x").canonicals() == [ORIGIN + "/news/"]
    assert head_of(client, "/members/?country=CA").canonicals() == [ORIGIN + "/members/"]


def test_a_page_with_its_own_title_shares_it(client):
    article = make_article(title="Teachers’ health & safety", summary="What the congress decided.")
    head = head_of(client, article.get_absolute_url())
    assert head.one("og:title") == "Teachers’ health & safety"
    assert head.one("description") == head.one("og:description") == "What the congress decided."


def test_a_page_without_an_image_is_shared_with_the_default_image(client):
    head = head_of(client, make_article().get_absolute_url())
    assert head.one("og:image") == ORIGIN + "/static/img/og-default.png"
    assert head.one("twitter:card") == "summary_large_image"


def test_the_default_share_image_is_a_small_1200_by_630_png():
    from pathlib import Path

    from django.contrib.staticfiles import finders
    from PIL import Image

    path = Path(finders.find("img/og-default.png"))
    assert path.stat().st_size < 60_000
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))


@pytest.mark.parametrize("kind", ["article", "project", "kit", "organisation", "event"])
def test_a_page_with_an_image_is_shared_with_it(client, kind):
    if kind == "article":
        item = make_article(image=png_upload("story.png"), image_alt="Teachers at the congress")
        expected, alt = item.image.url, "Teachers at the congress"
    elif kind == "project":
        item = make_project(image=png_upload("school.png"), image_alt="A school in Haiti")
        expected, alt = item.image.url, "A school in Haiti"
    elif kind == "kit":
        item = make_kit(cover=png_upload("cover.png"), cover_alt="The kit's cover")
        expected, alt = item.cover.url, "The kit's cover"
    elif kind == "organisation":
        item = make_organisation(name="Centrale des syndicats du Québec", logo=png_upload("csq.png"))
        expected, alt = item.logo.url, "Centrale des syndicats du Québec logo"
    else:
        item = make_event(photos=2)
        first = Photo.objects.filter(event=item).order_by("order").first()
        expected, alt = first.large.url, first.image_alt
    head = head_of(client, item.get_absolute_url())
    assert head.one("og:image") == ORIGIN + expected
    assert head.one("og:image:alt") == alt
    # A logo is square: the small card suits it; other pictures are wide.
    assert head.one("twitter:card") == ("summary" if kind == "organisation" else "summary_large_image")


# --- Structured data ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/network/", "page"])
def test_the_home_and_network_pages_describe_the_network_as_an_organization(client, path):
    page = make_page()
    data = structured_data(client, page.get_absolute_url() if path == "page" else path)
    assert data["@context"] == "https://schema.org"
    if path == "/":  # the Network beside the site itself
        data = next(node for node in data["@graph"] if node["@type"] == "Organization")
    assert data["@type"] == "Organization"
    assert data["name"] == "Education and Solidarity Network"
    assert data["url"] == ORIGIN + "/"
    assert data["logo"]["url"].startswith(ORIGIN + "/static/")


@pytest.mark.parametrize("prefix", ["", "/fr", "/es"])
def test_the_home_page_describes_the_site_and_its_search_in_its_language(client, prefix):
    """Search engines may offer a search box under the site's result: it searches the site in that language."""
    data = structured_data(client, prefix + "/")
    (website,) = [node for node in data["@graph"] if node["@type"] == "WebSite"]
    (network,) = [node for node in data["@graph"] if node["@type"] == "Organization"]
    assert website["url"] == ORIGIN + prefix + "/"
    assert website["inLanguage"] == (prefix.strip("/") or "en")
    assert website["publisher"] == {"@id": network["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == ORIGIN + prefix + "/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    # The template, filled in, is the site search.
    search_url = action["target"]["urlTemplate"].replace("{search_term_string}", "health").removeprefix(ORIGIN)
    assert client.get(search_url).status_code == 200


def test_an_article_or_event_without_a_picture_shows_the_site_picture(client):
    """Search engines show news and events with a picture: without one of their own, the link preview's."""
    default = [ORIGIN + "/static/img/og-default.png"]
    assert structured_data(client, make_article().get_absolute_url())["image"] == default
    assert structured_data(client, make_event().get_absolute_url())["image"] == default


def test_a_member_page_describes_the_member_organisation(client):
    organisation = make_organisation(
        name="Centrale des syndicats du Québec", acronym="CSQ", country="CA", city="Montréal", founded_year=1974,
        website="https://www.lacsq.org/", logo=png_upload("csq.png"), description="<p>Québec &amp; its unions.</p>",
    )
    data = structured_data(client, organisation.get_absolute_url())
    assert data["@type"] == "Organization"
    assert data["name"] == "Centrale des syndicats du Québec"
    assert data["alternateName"] == "CSQ"
    assert data["url"] == ORIGIN + organisation.get_absolute_url()
    assert data["sameAs"] == ["https://www.lacsq.org/"]
    assert data["logo"] == ORIGIN + organisation.logo.url
    assert data["address"] == {"@type": "PostalAddress", "addressLocality": "Montréal", "addressCountry": "CA"}
    assert data["foundingDate"] == "1974"
    assert data["description"] == "Québec & its unions."
    assert data["memberOf"]["name"] == "Education and Solidarity Network"


def test_an_article_is_a_news_article(client):
    published = timezone.now().replace(microsecond=0) - datetime.timedelta(days=2)
    article = make_article(title="General assembly in Ottawa", summary="The members met.", published_at=published,
                           image=png_upload("ottawa.png"), image_alt="Delegates", tags=["health"])
    data = structured_data(client, article.get_absolute_url())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "General assembly in Ottawa"
    assert data["description"] == "The members met."
    assert datetime.datetime.fromisoformat(data["datePublished"]) == published
    assert datetime.datetime.fromisoformat(data["dateModified"]) >= published
    assert data["image"] == [ORIGIN + article.image.url]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Education and Solidarity Network"
    assert data["keywords"] == ["health"]


def test_an_event_gives_its_local_times_place_organiser_and_photos(client):
    union = make_organisation(name="Centrale des syndicats du Québec")
    # 14:00 UTC in January is 09:00 in Toronto (EST, UTC-5).
    start = datetime.datetime(2031, 1, 15, 14, 0, tzinfo=datetime.UTC)
    event = make_event(title="Open forum", start_at=start, end_at=start + datetime.timedelta(hours=8),
                       venue="City hall", city="Ottawa", country="CA", organisations=[union], photos=1)
    data = structured_data(client, event.get_absolute_url())
    assert data["@type"] == "Event"
    assert data["name"] == "Open forum"
    assert data["startDate"] == "2031-01-15T09:00:00-05:00"
    assert data["endDate"] == "2031-01-15T17:00:00-05:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "City hall"
    assert data["location"]["address"]["addressCountry"] == "CA"
    assert data["organizer"] == [{"@type": "Organization", "name": "Centrale des syndicats du Québec",
                                  "url": ORIGIN + union.get_absolute_url()}]
    assert data["image"] == [ORIGIN + event.photos.get().large.url]
    assert data["description"] == event.summary


def test_an_online_event_has_a_virtual_location_and_the_network_as_organiser(client):
    event = make_event(is_online=True, venue="", city="", country="", online_url="https://meet.example.org/forum")
    data = structured_data(client, event.get_absolute_url())
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/forum"}
    assert data["organizer"]["name"] == "Education and Solidarity Network"


def test_a_past_event_gives_no_registration_or_meeting_link(client):
    start = timezone.now() - datetime.timedelta(days=30)
    event = make_event(start_at=start, is_online=True, venue="", city="", country="",
                       online_url="https://meet.example.org/old", registration_url="https://example.org/closed")
    data = structured_data(client, event.get_absolute_url())
    assert "offers" not in data
    assert data["location"] == {"@type": "VirtualLocation", "url": ORIGIN + event.get_absolute_url()}


def test_a_toolbox_resource_is_a_digital_document_with_its_downloads(client):
    union = make_organisation(name="SNES")
    resource = make_resource(title="Health days", language="fr", licence="CC BY-NC-SA 4.0", organisations=[union],
                             files=[("fr", pdf_upload())])
    data = structured_data(client, resource.get_absolute_url())
    assert data["@type"] == "DigitalDocument"
    assert data["name"] == "Health days"
    assert data["description"] == resource.summary
    assert data["inLanguage"] == "fr"
    assert data["license"] == "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    assert datetime.datetime.fromisoformat(data["dateModified"])
    assert data["encodingFormat"] == ["application/pdf"]
    assert data["creator"][0]["name"] == "SNES"
    downloads = {media["contentUrl"]: media for media in data["associatedMedia"]}
    assert downloads[ORIGIN + f"/toolbox/{resource.slug}/download/fr/"]["encodingFormat"] == "application/pdf"
    assert ORIGIN + resource.get_sheet_url() in downloads


def test_a_licence_that_is_not_creative_commons_is_given_as_written(client):
    resource = make_resource(licence="All rights reserved")
    assert structured_data(client, resource.get_absolute_url())["license"] == "All rights reserved"


def test_a_kit_is_a_collection_of_its_published_resources(client):
    first, second = make_resource(title="Poster"), make_resource(title="Leaflet")
    hidden = make_resource(title="Unfinished sheet", status=Status.DRAFT, refresh=False)
    kit = make_kit(title="Mobilisation kit 2015", resources=[first, second, hidden])
    data = structured_data(client, kit.get_absolute_url())
    assert data["@type"] == "Collection"
    assert data["name"] == "Mobilisation kit 2015"
    assert [part["name"] for part in data["hasPart"]] == ["Poster", "Leaflet"]
    assert data["hasPart"][0]["url"] == ORIGIN + first.get_absolute_url()


def test_a_research_entry_is_a_research_project_with_its_people(client):
    draft_partner = make_organisation(name="CLEERESS", status=Status.DRAFT)
    entry = make_research_entry(title="Teachers' wellbeing", partners=[draft_partner],
                                researchers=[("Ana Pérez", "Universidad de Antioquia", "Lead researcher")])
    data = structured_data(client, entry.get_absolute_url())
    assert data["@type"] == "ResearchProject"
    assert data["name"] == "Teachers' wellbeing"
    assert data["description"] == entry.summary
    people = {member["name"]: member for member in data["member"]}
    assert people["Ana Pérez"]["affiliation"]["name"] == "Universidad de Antioquia"
    # A partner still in draft is named, as on the page, but never linked.
    assert "url" not in people["CLEERESS"]


def test_a_project_is_described_with_its_lead_organisation(client):
    lead = make_organisation(name="Mutuelle générale")
    project = make_project(title="SACHA schools", lead_organisation=lead, countries=["HT"])
    data = structured_data(client, project.get_absolute_url())
    assert data["@type"] == "Project"
    assert data["name"] == "SACHA schools"
    assert data["parentOrganization"]["name"] == "Mutuelle générale"


@pytest.mark.parametrize("kind", ["article", "organisation", "event", "resource"])
def test_a_title_with_script_tags_cannot_break_out_of_the_json_ld(client, kind):
    maker = {"article": make_article, "event": make_event, "resource": make_resource}.get(kind)
    item = make_organisation(name=BREAKOUT) if kind == "organisation" else maker(title=BREAKOUT)
    content = client.get(item.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in content
    head = HeadParser()
    head.feed(content)
    data = json.loads(head.json_ld[0])
    assert data.get("headline", data.get("name")) == BREAKOUT
    assert head.one("og:title") == BREAKOUT


@pytest.mark.parametrize("kind", ["project", "kit", "article", "event", "research"])
def test_a_page_gives_the_language_its_text_is_shown_in(client, kind):
    """A French page says French where the text is translated, and English where the English text stands in."""
    maker = {"project": make_project, "kit": make_kit, "article": make_article, "event": make_event,
             "research": make_research_entry}[kind]
    translated, untranslated = maker(title="Health days", title_fr="Journées santé"), maker(title="Health days")
    assert structured_data(client, "/fr" + translated.get_absolute_url())["inLanguage"] == "fr"
    assert structured_data(client, "/fr" + untranslated.get_absolute_url())["inLanguage"] == "en"
    assert structured_data(client, untranslated.get_absolute_url())["inLanguage"] == "en"


def test_a_kit_offers_its_zip_in_each_language_the_page_language_first(client):
    resource = make_resource(files=[("en", pdf_upload()), ("fr", pdf_upload("fiche.pdf"))])
    kit = make_kit(resources=[resource])
    media = structured_data(client, "/fr" + kit.get_absolute_url())["associatedMedia"]
    assert [(item["inLanguage"], item["encodingFormat"]) for item in media] == [
        ("fr", "application/zip"), ("en", "application/zip"),
    ]
    assert media[0]["contentUrl"] == ORIGIN + f"/fr/toolbox/kits/{kit.slug}/download/fr/"


def test_an_event_both_in_a_place_and_online_gives_both_locations(client):
    event = make_event(is_online=True, venue="City hall", online_url="https://meet.example.org/forum",
                       registration_url="https://example.org/register")
    data = structured_data(client, event.get_absolute_url())
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][1]["url"] == "https://meet.example.org/forum"
    assert data["offers"] == {"@type": "Offer", "url": "https://example.org/register"}
