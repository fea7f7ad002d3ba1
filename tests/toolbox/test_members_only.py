"""Members-only resources: invisible to visitors on every path (lists, counts, searches, feeds, sitemap, kits and their
ZIPs, downloads, pages that list resources), shown to logged-in members with a "Members only" badge."""

import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import MemberAccount
from core.cache import clear_page_cache
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_project,
    make_research_entry,
    make_resource,
    mission_area,
    pdf_upload,
)
from toolbox.models import Resource, ResourceKind

pytestmark = pytest.mark.django_db

WORD = "Zebulonite"  # in the members-only resource's title, file and sheet, nowhere else
MISSPELT = "Zebulomite"  # finds nothing: "did you mean" may only offer WORD to those who may see it


@pytest.fixture
def site():
    """A members-only survey beside a public action sheet of the same organisation, project, mission area and topic,
    both in a kit, an article, an event and a research-action entry."""
    organisation = make_organisation(name="Union of teachers", slug="union-of-teachers")
    area = mission_area()
    project = make_project(title="Healthy schools project", slug="healthy-schools-project", mission_areas=[area])
    common = {"organisations": [organisation], "mission_areas": [area], "tags": ["health"], "project": project}
    public = make_resource(title="Public action sheet", slug="public-action-sheet", kind=ResourceKind.ACTION_SHEET,
                           files=[("en", pdf_upload(text="public sheet"))], **common)
    secret = make_resource(title=f"{WORD} negotiation survey", slug="members-survey", kind=ResourceKind.SURVEY,
                           summary=f"What members said about {WORD} negotiations.", is_members_only=True,
                           files=[("en", pdf_upload(text=f"{WORD} results"))], **{**common, "tags": ["health", "pay"]})
    kit = make_kit(title="Congress kit", slug="congress-kit", resources=[public, secret])
    article = make_article(title="Congress news", slug="congress-news", resources=[public, secret])
    event = make_event(title="Congress", slug="congress", resources=[public, secret])
    entry = make_research_entry(title="Health research", slug="health-research", projects=[project],
                                outputs=[public, secret])
    return {"organisation": organisation, "project": project, "public": public, "secret": secret, "kit": kit,
            "article": article, "event": event, "entry": entry}


@pytest.fixture
def member():
    """A logged-in contact of a member organisation."""
    user = get_user_model().objects.create_user("member", "member@example.org", "a-long-test-password")
    MemberAccount.objects.create(user=user, organisation=make_organisation(name="Member union"))
    client = Client()
    client.force_login(user)
    return client


def pages_listing_resources(site):
    return [
        "/", "/toolbox/", "/toolbox/?q=survey", "/toolbox/?tag=health", "/toolbox/kits/", "/toolbox/kits/congress-kit/",
        site["public"].get_absolute_url(), site["organisation"].get_absolute_url(), site["project"].get_absolute_url(),
        site["article"].get_absolute_url(), site["entry"].get_absolute_url(), "/news/feed/rss/", "/news/feed/atom/",
        f"/search/?q={WORD}", f"/search/?q={MISSPELT}", f"/toolbox/?q={WORD}", f"/toolbox/?q={MISSPELT}",
        "/fr/toolbox/", f"/fr/search/?q={WORD}",
    ]


def sitemap_pages(client):
    index = client.get("/sitemap.xml").content.decode()
    return [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", index)]


def test_the_field_defaults_to_public():
    assert make_resource().is_members_only is False


def test_a_visitor_never_sees_a_members_only_resource_on_any_page(client, site):
    urls = [*pages_listing_resources(site), site["event"].get_absolute_url(), *sitemap_pages(client)]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode().lower()
        # A search page repeats the words searched for: there the title and address must be absent.
        assert "negotiation survey" not in text and "members-survey" not in text, url
        if f"q={WORD}" not in url:
            assert WORD.lower() not in text, url  # not even as "did you mean"
    # The public one is there, so the pages do list resources.
    assert "Public action sheet" in client.get("/toolbox/").content.decode()
    assert "Public action sheet" in client.get(site["organisation"].get_absolute_url()).content.decode()


def test_a_visitor_gets_404_for_the_page_and_every_download(client, site):
    slug = site["secret"].slug
    for url in [f"/toolbox/{slug}/", f"/toolbox/{slug}/download/", f"/toolbox/{slug}/download/en/",
                f"/toolbox/{slug}/sheet/", f"/fr/toolbox/{slug}/sheet/", f"/toolbox/{slug}/thumbnail/en/"]:
        assert client.get(url).status_code == 404, url


def test_visitors_counts_leave_members_only_resources_out(client, site):
    """The filters offer only what a visitor can find, with numbers that count only that."""
    page = client.get("/toolbox/")
    text = page.content.decode()
    assert page.context["result_count"] == 1
    assert "Survey or report" not in text  # the only survey is members-only: the kind is not offered
    assert 'value="pay"' not in text  # nor its own topic
    assert "Health (1)" in text or "health (1)" in text
    kits = client.get("/toolbox/kits/").content.decode()
    assert "1 resource" in kits and "2 resources" not in kits


def test_a_kit_zip_and_its_manifest_hold_public_resources_only(client, site):
    archive = site["kit"].archives.get(language="en")
    with zipfile.ZipFile(io.BytesIO(archive.file.read())) as built:
        names = built.namelist()
        manifest = built.read("MANIFEST.csv").decode()
    assert WORD.lower() not in " ".join(names).lower() and WORD not in manifest
    assert "Public action sheet" in manifest
    response = client.get("/toolbox/kits/congress-kit/download/en/")
    assert response.status_code == 200
    assert WORD.encode() not in b"".join(response.streaming_content)


def test_a_member_sees_it_in_the_toolbox_its_search_and_its_page_with_a_badge(member, site):
    listing = member.get("/toolbox/")
    assert WORD in listing.content.decode() and "Members only" in listing.content.decode()
    assert listing.context["result_count"] == 2
    assert "Survey or report (1)" in listing.content.decode()
    found = member.get(f"/toolbox/?q={WORD}").content.decode()
    assert f"{WORD} negotiation survey" in found and "Members only" in found
    assert member.get("/toolbox/?tag=pay").context["result_count"] == 1  # its own topic is offered to members
    suggestion = member.get(f"/toolbox/?q={MISSPELT}").content.decode()
    assert WORD.lower() in suggestion.lower()
    page = member.get("/toolbox/members-survey/")
    assert page.status_code == 200
    assert "Members only" in page.content.decode()
    assert "DigitalDocument" not in page.content.decode()  # no structured data describing it to search engines
    french = member.get("/fr/toolbox/members-survey/").content.decode()
    assert "Réservé aux membres" in french


def test_a_member_downloads_its_file_and_sheet(member, site):
    download = member.get("/toolbox/members-survey/download/en/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert member.get("/toolbox/members-survey/sheet/").status_code == 200
    thumbnail = member.get("/toolbox/members-survey/thumbnail/en/")
    assert thumbnail.status_code == 200 and "private" in thumbnail["Cache-Control"]


def test_staff_see_members_only_resources_too(staff_client, site):
    assert WORD in staff_client.get("/toolbox/").content.decode()
    assert staff_client.get("/toolbox/members-survey/").status_code == 200


def test_a_logged_in_user_without_a_member_account_sees_no_more_than_a_visitor(site):
    user = get_user_model().objects.create_user("someone", "someone@example.org", "a-long-test-password")
    someone = Client()
    someone.force_login(user)
    assert WORD not in someone.get("/toolbox/").content.decode()
    assert someone.get("/toolbox/members-survey/").status_code == 404


def test_published_means_public_and_visible_to_adds_members_only_for_members(site):
    assert list(Resource.objects.published().order_by("slug").values_list("slug", flat=True)) == ["public-action-sheet"]
    member = get_user_model().objects.create_user("m2", "m2@example.org", "a-long-test-password")
    MemberAccount.objects.create(user=member, organisation=site["organisation"])
    assert Resource.objects.visible_to(member).count() == 2
    assert Resource.objects.visible_to(AnonymousUser()).count() == 1


def test_counts_cached_for_visitors_are_never_shown_to_members_nor_the_reverse(client, member, site, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    clear_page_cache()
    try:
        assert client.get("/toolbox/?tag=health").context["result_count"] == 1
        assert member.get("/toolbox/?tag=health").context["result_count"] == 2
        assert "Survey or report" not in client.get("/toolbox/?kind=action").content.decode()
        assert "Survey or report (1)" in member.get("/toolbox/?kind=action").content.decode()
        assert "Survey or report" not in client.get("/toolbox/?kind=action").content.decode()
    finally:
        clear_page_cache()


def test_staff_make_a_kits_resource_members_only_in_the_admin_and_its_zip_drops_it(staff_client, client):
    """The field sits on the form, the list says who sees each resource and filters on it, and the kits' ZIPs are
    rebuilt at once without the resource."""
    from tests.toolbox.test_admin import INLINE, resource_form

    resource = make_resource(title="Health days for teachers", slug="health-days", files=[("en", pdf_upload())])
    kit = make_kit(resources=[make_resource(files=[("en", pdf_upload())]), resource])
    resource_file = resource.files.get()
    assert "is_members_only" in staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    data = resource_form(is_members_only="on", **{
        f"{INLINE}-INITIAL_FORMS": "1", f"{INLINE}-0-id": str(resource_file.pk),
        f"{INLINE}-0-resource": str(resource.pk), f"{INLINE}-0-language": "en",
    })
    response = staff_client.post(f"/admin/toolbox/resource/{resource.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    resource.refresh_from_db()
    assert resource.is_members_only
    changelist = staff_client.get("/admin/toolbox/resource/?is_members_only__exact=1").content.decode()
    assert "Health days for teachers" in changelist and "<strong>Members only</strong>" in changelist
    assert staff_client.get("/admin/toolbox/resource/?is_members_only__exact=1").context["cl"].result_count == 1
    response = client.get(f"/toolbox/kits/{kit.slug}/download/en/")
    assert response.status_code == 200  # ready at once, not "being prepared"
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert not any("health-days" in name for name in archive.namelist())
        assert len(archive.namelist()) == 2  # the public resource and MANIFEST.csv


def test_a_members_toolbox_list_runs_the_same_number_of_queries_whatever_the_number_of_resources(
    member, django_assert_max_num_queries
):
    organisation = make_organisation()

    def queries_for_list():
        with CaptureQueriesContext(connection) as queries:
            assert member.get("/toolbox/?kind=survey").status_code == 200
        return len(queries)

    for _ in range(3):
        make_resource(organisations=[organisation], tags=["pay"], is_members_only=True, kind=ResourceKind.SURVEY,
                      files=[("en", pdf_upload())])
    few = queries_for_list()
    for _ in range(12):
        make_resource(organisations=[organisation], tags=["pay"], is_members_only=True, kind=ResourceKind.SURVEY,
                      files=[("fr", pdf_upload())])
    assert queries_for_list() == few
    # A visitor's 7 (test_views), plus the session, the user and their member account.
    with django_assert_max_num_queries(10):
        member.get("/toolbox/")
