import datetime
import io
import re
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Status
from tests.factories import (
    make_kit,
    make_organisation,
    make_project,
    make_resource,
    mission_area,
    pdf_bytes,
    pdf_upload,
    png_upload,
)
from toolbox import services
from toolbox.filters import ResourceFilter
from toolbox.models import DownloadCount, DownloadTotal, KitArchive, KitDownloadCount, Resource
from toolbox.views import ResourceListView

pytestmark = pytest.mark.django_db


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


# --- The list ---------------------------------------------------------------------------------------------------

def test_the_list_shows_published_resources_and_hides_drafts(client):
    make_resource(title="Health days for teachers")
    make_resource(title="Unfinished draft sheet", status=Status.DRAFT)
    content = client.get("/toolbox/").content.decode()
    assert "Health days for teachers" in content
    assert "Unfinished draft sheet" not in content
    assert "1 resource" in content


def test_each_download_link_says_what_the_visitor_gets(client):
    make_resource(title="Stress guide", files=[("fr", pdf_upload(pages=4))])
    content = client.get("/toolbox/").content.decode()
    assert "(PDF, 4 pages," in content
    # The language by its own name, as the language switcher shows it, marked as French for screen readers.
    assert ', <span lang="fr">Français</span>)' in content
    french = client.get("/fr/toolbox/").content.decode()
    assert "(PDF, 4 pages," in french and ", Français)" in french  # in its own language: no `lang` needed


def options_of(content, name):
    """(value, lang, label) of each option of the select `name` of a page."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', content, re.S).group(1)
    return [(value, lang or "", label.strip())
            for value, lang, label in re.findall(r'<option value="([^"]*)"(?: lang="([^"]*)")?[^>]*>(.*?)</option>',
                                                 select, re.S)]


def test_the_language_filter_names_each_language_in_that_language(client):
    make_resource(language="en")
    make_resource(language="fr", files=[("fr", pdf_upload())])
    make_resource(language="es", files=[("es", pdf_upload()), ("pt", pdf_upload())])
    english = options_of(client.get("/toolbox/").content.decode(), "language")
    assert english == [("", "", "All languages"), ("en", "", "English (1)"), ("fr", "fr", "Français (1)"),
                       ("es", "es", "Español (1)"), ("pt", "pt", "Português (1)")]
    french = options_of(client.get("/fr/toolbox/").content.decode(), "language")
    assert [option[1:] for option in french[1:]] == [("en", "English (1)"), ("", "Français (1)"),
                                                     ("es", "Español (1)"), ("pt", "Português (1)")]
    assert [r.language for r in client.get("/fr/toolbox/?language=fr").context["object_list"]] == ["fr"]


@pytest.mark.parametrize("query, expected", [
    ("kind=guide", {"Guide for unions"}),
    ("language=fr", {"French sheet"}),
    ("format=png", {"Poster of the congress"}),
    ("year=2017", {"Guide for unions"}),
    ("region=africa", {"French sheet"}),
    ("country=BF", {"French sheet"}),
    ("mission_area=room-for-young-people", {"Poster of the congress"}),
    ("tag=mental-health", {"Guide for unions"}),
    ("organisation=unatu", {"Guide for unions"}),
    ("kind=guide&year=2017", {"Guide for unions"}),
    ("kind=guide&language=fr", set()),
])
def test_filters_narrow_the_list_and_combine(client, query, expected):
    unatu = make_organisation(name="Uganda National Teachers' Union", acronym="UNATU", slug="unatu")
    make_resource(title="Guide for unions", kind="guide", date=datetime.date(2017, 2, 1), organisations=[unatu],
                  tags=["Mental health"])
    make_resource(title="French sheet", language="fr", countries=["BF"], files=[("fr", pdf_upload())])
    make_resource(title="Poster of the congress", kind="poster", files=[("en", png_upload())],
                  mission_areas=[mission_area("room-for-young-people")])
    response = client.get(f"/toolbox/?{query}")
    assert response.status_code == 200
    shown = {resource.title for resource in response.context["object_list"]}
    assert shown == expected


def test_filter_values_show_how_many_resources_they_give(client):
    make_resource(kind="guide")
    make_resource(kind="guide")
    make_resource(kind="poster")
    content = client.get("/toolbox/").content.decode()
    assert "Guide (2)" in content
    assert "Poster or leaflet (1)" in content


def test_search_looks_into_titles_summaries_sheets_and_the_text_of_pdfs(client):
    make_resource(title="Wellbeing at work", files=[("en", pdf_upload(text="burnout prevention checklist"))])
    make_resource(title="Other", summary="Nothing related", context="Pension reform in Colombia")
    assert [r.title for r in client.get("/toolbox/?q=burnout").context["object_list"]] == ["Wellbeing at work"]
    assert [r.title for r in client.get("/toolbox/?q=pension").context["object_list"]] == ["Other"]
    assert [r.title for r in client.get("/toolbox/?q=wellbeing").context["object_list"]] == ["Wellbeing at work"]


def test_sorting_by_downloads_title_and_newest(client):
    old = make_resource(title="B old", date=datetime.date(2010, 1, 1))
    new = make_resource(title="A new", date=datetime.date(2020, 1, 1))
    DownloadTotal.objects.create(resource=old, count=50)
    titles = lambda query: [r.title for r in client.get(f"/toolbox/?{query}").context["object_list"]]  # noqa: E731
    assert titles("sort=downloads") == ["B old", "A new"]
    assert titles("sort=title") == ["A new", "B old"]
    assert titles("sort=newest") == ["A new", "B old"]
    assert new.pk


def test_search_results_are_ranked_by_relevance(client):
    make_resource(title="Stress at school", summary="About teachers")
    make_resource(title="Teachers' pensions", summary="Mentions stress once")
    titles = [r.title for r in client.get("/toolbox/?q=stress&sort=relevance").context["object_list"]]
    assert titles[0] == "Stress at school"


@pytest.mark.parametrize("query", [
    "kind=<script>alert(1)</script>", "language=xx", "format=exe", "year=abc", "year=1066", "region=mars",
    "country=ZZ", "organisation=nobody", "tag=" + "x" * 3000, "sort=evil", "q=" + "x" * 5000,
    "mission_area=%00", "q=%22%27%28%29%26%7C%21",
])
def test_bad_filter_values_give_an_empty_list_never_an_error(client, query):
    make_resource(title="Only resource")
    response = client.get(f"/toolbox/?{query}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "999", "-1", "0"])
def test_bad_page_numbers_are_a_404(client, page):
    make_resource()
    assert client.get(f"/toolbox/?page={page}").status_code == 404


def test_the_list_runs_the_same_number_of_queries_whatever_the_number_of_resources(
    client, django_assert_max_num_queries
):
    organisation = make_organisation()

    def queries_for_list():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/toolbox/?kind=action").status_code == 200
        return len(queries)

    for _ in range(3):
        make_resource(organisations=[organisation], tags=["Mental health"], files=[("en", pdf_upload())])
    few = queries_for_list()
    for _ in range(15):
        make_resource(organisations=[organisation], tags=["School health"], files=[("fr", pdf_upload())])
    assert queries_for_list() == few
    # The filter choices (mission areas, organisations, topics), the page of resources with their organisations and
    # files, and one statement for every filter's counts and the number of results (was 25: one count per filter).
    with django_assert_max_num_queries(7):
        client.get("/toolbox/")


def test_with_every_filter_set_each_count_is_what_choosing_that_value_gives(client):
    """ "Burkina Faso (2)" means choosing it gives two results: each filter's counts are over the results of all the
    other filters, also for the several countries, regions and languages of a resource and for its files' formats."""
    union, other = make_organisation(slug="union"), make_organisation(slug="other")
    schools, protection = mission_area("healthy-schools"), mission_area("social-protection-for-all")

    def resource(**fields):
        fields.setdefault("kind", "action")
        fields.setdefault("date", datetime.date(2015, 3, 1))
        fields.setdefault("organisations", [union])
        fields.setdefault("mission_areas", [schools])
        fields.setdefault("tags", ["Mental health"])
        return make_resource(**fields)

    resource(title="Match", language="fr", countries=["BF", "SN"], files=[("fr", pdf_upload()), ("en", pdf_upload())])
    resource(title="Canada", countries=["CA"], files=[("en", pdf_upload())])
    resource(title="Guide", kind="guide", language="fr", countries=["BF"], files=[("fr", pdf_upload())])
    resource(title="Other area", language="fr", countries=["BF"], mission_areas=[protection],
             files=[("fr", pdf_upload())])
    resource(title="Other maker", language="fr", countries=["BF"], organisations=[other, union],
             files=[("fr", png_upload())])
    resource(title="2016", language="fr", countries=["SN"], date=datetime.date(2016, 1, 1), tags=["Pensions"])
    resource(title="Sheet only", language="fr", countries=["BF"])
    every_filter = {"kind": "action", "mission_area": "healthy-schools", "language": "fr", "region": "africa",
                    "country": "BF", "organisation": "union", "format": "pdf", "year": "2015", "tag": "mental-health"}

    response = client.get("/toolbox/", every_filter)
    assert [resource.title for resource in response.context["object_list"]] == ["Match"]
    form = response.context["filter"].form
    for name in ResourceListView.facets:
        shown = {value: int(re.search(r"\((\d+)\)$", label)[1])
                 for value, label in form.fields[name].widget.choices if value}
        expected = {}
        for value, _label in form.fields[name].choices:
            chosen = ResourceFilter({**every_filter, name: value}, queryset=Resource.objects.for_listing())
            if value and chosen.qs.count():
                expected[str(value)] = chosen.qs.count()
        assert shown == expected, name
    country = dict(form.fields["country"].widget.choices)
    assert country["BF"].endswith("(1)") and country["SN"].endswith("(1)")  # several countries each count
    assert {value for value, _label in form.fields["organisation"].widget.choices if value} == {"union"}


def counts_shown(response, name):
    """{value: n} of a filter's "Label (n)" choices."""
    return {value: int(re.search(r"\((\d+)\)$", label)[1])
            for value, label in response.context["filter"].form.fields[name].widget.choices if value}


def test_the_counts_follow_a_topic_or_mission_area_given_a_new_address(client, staff_client):
    """The counts are read from keys stored with each resource ("tag:pensions"): a topic or mission area whose
    address (slug) changes in the admin keeps counting its resources under the new one."""
    from tests.network_site.test_search import saved_in_admin

    resource = make_resource(tags=["Pensions"], mission_areas=[mission_area("healthy-schools")])
    make_resource(tags=["Burnout"])
    saved_in_admin(staff_client, resource.tags.get(), name="Retirement", slug="retirement")
    saved_in_admin(staff_client, mission_area("healthy-schools"), slug="schools-first")
    response = client.get("/toolbox/")
    assert counts_shown(response, "tag") == {"retirement": 1, "burnout": 1}
    assert counts_shown(response, "mission_area") == {"schools-first": 1}
    chosen = client.get("/toolbox/", {"tag": "retirement", "mission_area": "schools-first"})
    assert chosen.context["paginator"].count == 1
    assert counts_shown(chosen, "tag") == {"retirement": 1}


def test_rebuild_search_puts_back_counts_lost_to_a_bulk_change(client):
    from django.core.management import call_command

    make_resource(kind="guide", files=[("fr", pdf_upload())])
    expected = {name: counts_shown(client.get("/toolbox/"), name) for name in ResourceListView.facets}
    assert expected["kind"] == {"guide": 1} and expected["format"] == {"pdf": 1}
    Resource.objects.update(facet_keys=[])  # a bulk change that skipped the services
    assert counts_shown(client.get("/toolbox/"), "kind") == {}
    call_command("rebuild_search", stdout=io.StringIO())
    assert {name: counts_shown(client.get("/toolbox/"), name) for name in ResourceListView.facets} == expected


def test_the_download_and_sheet_links_of_a_list_are_the_addresses_django_gives(client):
    """Written without a reverse() per link (core.urls.slug_url): the same addresses, in every language."""
    from django.urls import reverse
    from django.utils import translation

    resource = make_resource(files=[("fr", pdf_upload()), ("en", pdf_upload())])
    for language in ["en", "fr", "es"]:
        with translation.override(language):
            assert resource.get_sheet_url() == reverse("toolbox:sheet", kwargs={"slug": resource.slug})
            for file in resource.files.all():
                assert file.get_absolute_url() == reverse("toolbox:download-language", kwargs={
                    "slug": resource.slug, "language": file.language})
                assert file.get_absolute_url().endswith(f"/download/{file.language}/")


# --- A resource -------------------------------------------------------------------------------------------------

def test_a_resource_page_shows_the_uniform_sheet_and_its_downloads(client):
    project = make_project(title="SACHA schools")
    resource = make_resource(
        title="Health days", context="Teachers lacked care.", objectives="Screen 500 teachers.",
        target_public="Teachers of Port-au-Prince", lessons_learned="Start early.", project=project,
        files=[("fr", pdf_upload(pages=2)), ("en", pdf_upload())],
    )
    content = client.get(resource.get_absolute_url()).content.decode()
    for text in ["Health days", "Context", "Teachers lacked care.", "Objectives", "Target public", "Lessons learned",
                 "SACHA schools", "/toolbox/" + resource.slug + "/download/fr/", "PDF, 2 pages", "The uniform sheet"]:
        assert text in content
    assert "Activities" not in content  # empty sections are left out


def downloads_aside(content):
    return re.search(r'<aside class="downloads".*?</aside>', content, re.S).group(0)


def download_languages(html):
    return re.findall(r'href="(?:/fr|/es)?/toolbox/[\w-]+/download/(\w+)/"', html)


@pytest.mark.parametrize("prefix, expected", [
    ("", ["en", "fr", "es", "de"]),
    ("/fr", ["fr", "en", "es", "de"]),
    ("/es", ["es", "en", "fr", "de"]),
])
def test_the_visitors_language_comes_first_in_the_downloads(client, prefix, expected):
    resource = make_resource(language="en", files=[
        ("de", pdf_upload()), ("es", pdf_upload()), ("fr", pdf_upload(pages=2)), ("en", pdf_upload()),
    ])
    page = client.get(prefix + resource.get_absolute_url()).content.decode()
    assert download_languages(downloads_aside(page)) == expected
    listing = client.get(f"{prefix}/toolbox/").content.decode()
    results = re.search(r'<section aria-labelledby="results-title">.*?</section>', listing, re.S).group(0)
    assert download_languages(results) == expected


def test_a_french_visitor_reads_the_languages_in_their_own_names(client):
    resource = make_resource(language="en", files=[("fr", pdf_upload(pages=2)), ("en", pdf_upload())])
    page = client.get("/fr" + resource.get_absolute_url()).content.decode()
    available = re.search(r"<dt>Langues disponibles</dt><dd>(.*?)</dd>", page).group(1)
    assert available == 'Français, <span lang="en">English</span>'
    aside = downloads_aside(page)
    assert aside.index("Français)") < aside.index('<span lang="en">English</span>)')
    english = client.get(resource.get_absolute_url()).content.decode()
    assert re.search(r"<dt>Available in</dt><dd>(.*?)</dd>", english).group(1) == (
        'English, <span lang="fr">Français</span>'
    )


def test_drafts_and_their_files_answer_404_whatever_the_headers(client):
    draft = make_resource(status=Status.DRAFT, files=[("en", pdf_upload())])
    for url in [draft.get_absolute_url(), f"/toolbox/{draft.slug}/download/", f"/toolbox/{draft.slug}/download/en/",
                f"/toolbox/{draft.slug}/sheet/"]:
        assert client.get(url).status_code == 404
        assert client.get(url, HTTP_RANGE="bytes=0-10").status_code == 404
        assert client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 404


def test_related_resources_share_a_project_organisation_or_mission_area(client):
    organisation = make_organisation()
    resource = make_resource(organisations=[organisation])
    make_resource(title="Same organisation", organisations=[organisation])
    make_resource(title="Unrelated one")
    content = client.get(resource.get_absolute_url()).content.decode()
    assert "Same organisation" in content
    assert "Unrelated one" not in content


# --- Downloads --------------------------------------------------------------------------------------------------

def test_the_default_download_is_the_file_in_the_page_language(client):
    resource = make_resource(language="en", files=[("en", pdf_upload(text="english")),
                                                   ("fr", pdf_upload(text="french"))])
    resource.title_fr = "Journées de santé"
    resource.save()
    french = client.get(f"/fr/toolbox/{resource.slug}/download/")
    assert french["Content-Disposition"] == 'attachment; filename="journees-de-sante-fr.pdf"'
    # The English file, even from the French page, is named after the English title.
    english = client.get(f"/fr/toolbox/{resource.slug}/download/en/")["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="action-sheet-\d+-en.pdf"', english)
    assert content_of(french) == resource.files.get(language="fr").file.open("rb").read()
    assert client.get(f"/toolbox/{resource.slug}/download/")["Content-Disposition"].endswith('-en.pdf"')
    assert DownloadCount.objects.get(resource=resource, language="fr").count == 1


def test_a_download_is_an_attachment_with_safe_headers_and_is_counted(client):
    resource = make_resource(title="Santé des enseignants", files=[("fr", pdf_upload(pages=2))])
    resource_file = resource.files.get()
    response = client.get(f"/toolbox/{resource.slug}/download/fr/")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="sante-des-enseignants-fr.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("default-src 'none'")
    assert response["ETag"] == f'"{resource_file.sha256}"'
    assert response["Accept-Ranges"] == "bytes"
    assert content_of(response) == resource_file.file.open("rb").read()
    assert DownloadCount.objects.get(resource=resource, language="fr").count == 1
    assert DownloadTotal.objects.get(resource=resource).count == 1


def test_the_permanent_address_serves_the_best_language(client):
    resource = make_resource(language="fr", files=[("fr", pdf_upload(text="fr")), ("es", pdf_upload(text="es"))])
    response = client.get(f"/toolbox/{resource.slug}/download/")
    assert response["Content-Disposition"].endswith('-fr.pdf"')  # no English file: the original language
    assert client.get(f"/es/toolbox/{resource.slug}/download/")["Content-Disposition"].endswith('-es.pdf"')
    assert client.get(f"/toolbox/{resource.slug}/download/de/").status_code == 404
    assert client.get(f"/toolbox/{resource.slug}/download/<b>/").status_code == 404


def test_a_broken_download_can_be_resumed_and_is_not_counted_twice(client):
    resource = make_resource(files=[("en", pdf_upload(pages=3))])
    data = resource.files.get().file.open("rb").read()
    url = f"/toolbox/{resource.slug}/download/en/"
    first_part = client.get(url, HTTP_RANGE="bytes=0-99")
    assert first_part.status_code == 206
    assert first_part["Content-Range"] == f"bytes 0-99/{len(data)}"
    rest = client.get(url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=first_part["ETag"])
    assert rest.status_code == 206
    assert content_of(first_part) + content_of(rest) == data
    assert DownloadCount.objects.get(resource=resource).count == 1


def test_a_range_past_the_end_is_refused_and_an_unchanged_file_is_not_sent_again(client):
    resource = make_resource(files=[("en", pdf_upload())])
    url = f"/toolbox/{resource.slug}/download/en/"
    size = resource.files.get().size
    assert client.get(url, HTTP_RANGE=f"bytes={size + 10}-").status_code == 416
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.head(url).status_code == 200
    assert DownloadCount.objects.get(resource=resource).count == 1


def test_a_replaced_file_is_served_at_the_same_address_and_shows_updated_on(client):
    resource = make_resource(files=[("en", pdf_upload(text="first edition"))])
    url = f"/toolbox/{resource.slug}/download/en/"
    before = content_of(client.get(url))
    resource_file = resource.files.get()
    services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload(text="second edition")
    resource_file.save()
    after = content_of(client.get(url))
    assert after != before
    assert after == resource.files.get().file.open("rb").read()
    assert "Updated on" in client.get(resource.get_absolute_url()).content.decode()


def test_the_uniform_sheet_downloads_as_a_pdf(client):
    resource = make_resource(title="Open forum guide")
    response = client.get(f"/toolbox/{resource.slug}/sheet/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="open-forum-guide-en-sheet.pdf"'
    assert content_of(response).startswith(b"%PDF-")
    assert DownloadCount.objects.get(resource=resource, language="sheet").count == 1


# --- Kits -------------------------------------------------------------------------------------------------------

def test_the_kit_list_counts_only_the_published_resources_of_each_kit(client, django_assert_max_num_queries):
    published = [make_resource(refresh=False) for _ in range(3)]
    draft = make_resource(status=Status.DRAFT, refresh=False)
    make_kit(title="Congress kit", resources=[*published, draft])
    make_kit(title="Kit of drafts", resources=[draft])
    make_kit(title="Unpublished kit", resources=published, status=Status.DRAFT)
    with django_assert_max_num_queries(2):
        content = client.get("/toolbox/kits/").content.decode()
    congress, drafts = content.split("Congress kit", 1)[1].split("Kit of drafts")
    assert "3 resources" in congress
    assert "0 resources" in drafts
    assert "Unpublished kit" not in content


def test_a_kit_lists_its_items_in_order_and_offers_a_zip_per_language(client):
    first = make_resource(title="First item", files=[("en", pdf_upload()), ("es", pdf_upload())])
    second = make_resource(title="Second item", files=[("en", pdf_upload())])
    draft = make_resource(title="Draft item", status=Status.DRAFT)
    kit = make_kit(title="Mobilisation kit 2015", resources=[second, first, draft])
    content = client.get(kit.get_absolute_url()).content.decode()
    assert content.index("Second item") < content.index("First item")
    assert "Draft item" not in content
    assert f"/toolbox/kits/{kit.slug}/download/en/" in content
    assert f"/toolbox/kits/{kit.slug}/download/es/" in content
    assert "Mobilisation kit 2015" in client.get("/toolbox/kits/").content.decode()


def test_a_kit_offers_the_zip_in_the_visitors_language_first_by_its_own_name(client):
    kit = make_kit(resources=[make_resource(files=[("en", pdf_upload()), ("es", pdf_upload())])])
    zips = lambda prefix: re.findall(  # noqa: E731
        r'/toolbox/kits/[\w-]+/download/(\w+)/" hreflang="\w+" download>(.*?)</a>',
        client.get(prefix + kit.get_absolute_url()).content.decode(),
    )
    assert zips("") == [("en", "ZIP, English"), ("es", 'ZIP, <span lang="es">Español</span>')]
    assert zips("/es") == [("es", "ZIP, Español"), ("en", 'ZIP, <span lang="en">English</span>')]


def test_the_kit_zip_downloads_with_its_manifest(client):
    kit = make_kit(resources=[make_resource(title="Guide", files=[("en", pdf_upload())])])
    response = client.get(f"/toolbox/kits/{kit.slug}/download/en/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(content_of(response))) as archive:
        assert "MANIFEST.csv" in archive.namelist()
    assert client.get(f"/toolbox/kits/{kit.slug}/download/ar/").status_code == 404


def test_draft_kits_are_hidden(client):
    kit = make_kit(status=Status.DRAFT, resources=[make_resource()])
    assert client.get(kit.get_absolute_url()).status_code == 404
    assert client.get(f"/toolbox/kits/{kit.slug}/download/en/").status_code == 404
    assert kit.title not in client.get("/toolbox/kits/").content.decode()


def test_the_kit_page_runs_the_same_number_of_queries_whatever_its_size(client):
    def queries_for(kit):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(kit.get_absolute_url()).status_code == 200
        return len(queries)

    small = make_kit(resources=[make_resource(organisations=[make_organisation()]) for _ in range(2)])
    large = make_kit(resources=[make_resource(organisations=[make_organisation()]) for _ in range(12)])
    assert queries_for(small) == queries_for(large)


def test_an_unchanged_kit_zip_is_served_with_the_same_number_of_queries_whatever_its_size(client):
    def queries_for(kit):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/toolbox/kits/{kit.slug}/download/en/").status_code == 200
        return len(queries)

    # Resources without files: the ZIP holds their sheets, which are checked, not rebuilt.
    small = make_kit(resources=[make_resource(organisations=[make_organisation()]) for _ in range(2)])
    large = make_kit(resources=[make_resource(organisations=[make_organisation()]) for _ in range(8)])
    assert queries_for(small) == queries_for(large)


def test_pdf_bytes_helper_makes_real_pdfs():
    assert pdf_bytes().startswith(b"%PDF-")


def test_member_and_project_pages_list_their_published_resources(client):
    organisation = make_organisation(slug="ser", name="Syndicat des Enseignants Romands")
    project = make_project(slug="sacha", title="SACHA")
    make_resource(title="SER presentation", organisations=[organisation], project=project)
    make_resource(title="Hidden draft", organisations=[organisation], project=project, status=Status.DRAFT)
    member_page = client.get("/members/ser/").content.decode()
    project_page = client.get("/projects/sacha/").content.decode()
    for page in (member_page, project_page):
        assert "In the toolbox" in page
        assert "SER presentation" in page
        assert "Hidden draft" not in page
    assert "/toolbox/?organisation=ser" in member_page


def test_related_resources_put_the_closest_first(client):
    organisation = make_organisation()
    project = make_project()
    resource = make_resource(organisations=[organisation], project=project,
                             mission_areas=[mission_area("healthy-schools")])
    make_resource(title="Same area only", date=datetime.date(2024, 1, 1),
                  mission_areas=[mission_area("healthy-schools")])
    make_resource(title="Same organisation", date=datetime.date(2012, 1, 1), organisations=[organisation])
    make_resource(title="Same project", date=datetime.date(2010, 1, 1), project=project)
    titles = [r.title for r in client.get(resource.get_absolute_url()).context["related_resources"]]
    assert titles == ["Same project", "Same organisation", "Same area only"]


def test_downloads_are_never_recompressed_but_pages_are(client):
    resource = make_resource(files=[("en", pdf_upload(pages=3))])
    data = resource.files.get().file.open("rb").read()
    url = f"/toolbox/{resource.slug}/download/en/"
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_RANGE="bytes=0-99")
    assert "Content-Encoding" not in response
    assert content_of(response) == data[:100]
    assert client.get("/toolbox/", HTTP_ACCEPT_ENCODING="gzip")["Content-Encoding"] == "gzip"


# --- Hardening: downloads never lock or build, absurd ranges ---------------------------------------------------------

def writes_or_locks(queries):
    return [query["sql"] for query in queries
            if "FOR UPDATE" in query["sql"] or query["sql"].startswith(("UPDATE", "DELETE"))]


def test_downloads_never_lock_or_rewrite_a_row_and_kit_zips_are_counted(client):
    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource, make_resource()])
    for url in [f"/toolbox/{resource.slug}/download/en/", f"/toolbox/{resource.slug}/sheet/",
                f"/toolbox/kits/{kit.slug}/download/en/"]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert writes_or_locks(queries) == [], url
    assert KitDownloadCount.objects.get(kit=kit, language="en").count == 1
    client.get(f"/toolbox/kits/{kit.slug}/download/en/", HTTP_RANGE="bytes=10-")  # a resumed one: not again
    assert KitDownloadCount.objects.get(kit=kit, language="en").count == 1
    assert DownloadTotal.objects.get(resource=resource).count == 2  # its file and its sheet


def test_an_out_of_date_kit_zip_answers_503_and_is_built_once_the_answer_is_sent(client):
    resource = make_resource(title="Guide", files=[("en", pdf_upload(text="v1"))])
    kit = make_kit(resources=[resource])
    first = kit.archives.get(language="en")
    resource_file = resource.files.get()
    resource_file.file = pdf_upload(text="v2")  # changed without the services: the ZIP is out of date
    resource_file.save()
    url = f"/toolbox/kits/{kit.slug}/download/en/"
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert "being prepared" in response.content.decode()
    assert not KitDownloadCount.objects.exists()
    # Built after the answer was sent (the test client closes the response as a server does).
    assert kit.archives.get(language="en").file.name != first.file.name
    assert client.get(url).status_code == 200


def test_the_unavailable_page_is_translated(client):
    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource])
    KitArchive.objects.filter(kit=kit).update(fingerprint="")
    response = client.get(f"/fr/toolbox/kits/{kit.slug}/download/en/")
    assert response.status_code == 503
    assert "Ce téléchargement est en préparation" in response.content.decode()


def test_a_stuck_database_makes_a_download_answer_503_with_retry_after(client):
    from unittest import mock

    from django.db.utils import OperationalError

    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource])
    for url in [f"/toolbox/{resource.slug}/download/en/", f"/toolbox/{resource.slug}/sheet/",
                f"/toolbox/kits/{kit.slug}/download/en/"]:
        with mock.patch("django.db.backends.utils.CursorWrapper.execute",
                        side_effect=OperationalError("canceling statement due to lock timeout")):
            response = client.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "30"


@pytest.mark.parametrize("header", [
    "bytes=0-" + "9" * 5000, "bytes=" + "1" * 5000 + "-", "bytes=-" + "9" * 5000, "bytes=0-99999999999999999999",
])
def test_absurd_ranges_are_ignored_on_every_kind_of_download(client, header):
    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource])
    for url in [f"/toolbox/{resource.slug}/download/en/", f"/toolbox/{resource.slug}/sheet/",
                f"/toolbox/kits/{kit.slug}/download/en/"]:
        response = client.get(url, HTTP_RANGE=header)
        assert response.status_code == 200, url  # the whole file, as for any range we do not understand
        assert content_of(response)


def test_a_range_of_many_digits_within_reason_still_works(client):
    resource = make_resource(files=[("en", pdf_upload())])
    response = client.get(f"/toolbox/{resource.slug}/download/en/", HTTP_RANGE="bytes=0-000000000000000009")
    assert response.status_code == 206
    assert response["Content-Range"].startswith("bytes 0-9/")


def test_a_tag_only_draft_resources_carry_is_not_a_topic_choice(client):
    make_resource(title="Public guide", tags=["Stress"])
    make_resource(title="Secret guide", status=Status.DRAFT, tags=["Secret merger"])
    content = client.get("/toolbox/", {"year": "abc", "tag": "nope"}).content.decode()
    assert "Stress" in content
    assert "Secret merger" not in content


def test_the_organisation_filter_names_each_member_as_its_page_does(client, icu):
    """In the page's language where written, else the English name (and acronym), sorted in the page's alphabet."""
    make_resource(organisations=[make_organisation(name="Teachers' Mutual", name_fr="Mutuelle des enseignants",
                                                   acronym="TM", acronym_fr="MDE", slug="tm")])
    make_resource(organisations=[make_organisation(name="Education Union", acronym="EU", slug="eu")])
    make_resource(organisations=[make_organisation(name="Zambia Union", name_fr="Écoles unies", slug="zu")])
    french = options_of(client.get("/fr/toolbox/").content.decode(), "organisation")
    assert [(value, label) for value, _lang, label in french if value] == [
        ("zu", "Écoles unies (1)"), ("eu", "Education Union (EU) (1)"), ("tm", "Mutuelle des enseignants (MDE) (1)")]
    english = options_of(client.get("/toolbox/").content.decode(), "organisation")
    assert [value for value, _lang, _label in english if value] == ["eu", "tm", "zu"]
