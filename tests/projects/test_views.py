import datetime
import html
import re

import pytest
from django.urls import reverse

from core.models import Status
from projects.models import ProjectStatus
from tests.factories import (
    make_article,
    make_organisation,
    make_project,
    make_research_entry,
    make_resource,
    mission_area,
    png_upload,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/projects/"
# Page and its mission areas; one statement for every facet's counts and the number of results; the choices of
# the filters read from the database once (mission areas, organisations, tags). Whatever the number of projects or
# filters.
LIST_MAX_QUERIES = 6


def titles(response):
    """The titles of the projects listed on the page, in order."""
    return [project.title for project in response.context["projects"]]


def test_urls_are_named():
    assert reverse("projects:project-list") == LIST_URL
    assert reverse("projects:project-detail", kwargs={"slug": "sacha"}) == "/projects/sacha/"


def test_the_list_shows_published_projects_only(client):
    make_project(title="SACHA schools in Haiti")
    draft = make_project(title="Unfinished draft project", status=Status.DRAFT)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "SACHA schools in Haiti" in content
    assert "Unfinished draft project" not in content
    assert draft.get_absolute_url() not in content
    assert content.count("<h1") == 1
    assert "1 project" in content


def test_a_draft_project_page_is_a_404(client):
    draft = make_project(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/projects/no-such-project/").status_code == 404


def test_the_list_says_so_when_nothing_is_published(client):
    content = client.get(LIST_URL).content.decode()
    assert "No project has been published yet." in content
    assert "0 projects" in content


def test_filter_form_has_labels_buttons_and_a_description(client):
    make_project()
    content = client.get(LIST_URL).content.decode()
    for field in ["q", "status", "mission_area", "region", "country", "organisation", "tag"]:
        assert f'<label for="id_{field}">' in content
    assert "Apply filters" in content
    assert '<meta name="description" content="Field projects' in content
    assert "Clear filters" not in content
    assert "Clear filters" in client.get(LIST_URL, {"status": "ongoing"}).content.decode()


def test_status_filter_uses_the_projects_progress_not_its_publication(client):
    make_project(title="Finished", project_status=ProjectStatus.COMPLETED)
    make_project(title="Running", project_status=ProjectStatus.ONGOING)
    assert titles(client.get(LIST_URL, {"status": "completed"})) == ["Finished"]
    assert titles(client.get(LIST_URL, {"status": "ongoing"})) == ["Running"]


def test_mission_area_filter(client):
    make_project(title="School nurses", mission_areas=[mission_area("healthy-schools")])
    make_project(title="Health cover", mission_areas=[mission_area("social-protection-for-all")])
    assert titles(client.get(LIST_URL, {"mission_area": "healthy-schools"})) == ["School nurses"]


def test_region_filter(client):
    make_project(title="Dakar", countries=["SN"])
    make_project(title="Quebec", countries=["CA"])
    make_project(title="Both", countries=["CA", "ML"])
    assert sorted(titles(client.get(LIST_URL, {"region": "africa"}))) == ["Both", "Dakar"]
    assert titles(client.get(LIST_URL, {"region": "north-america"})) == ["Both", "Quebec"]


def test_country_filter_does_not_match_a_neighbouring_code(client):
    make_project(title="Bogota", countries=["CO"])
    make_project(title="Yaounde", countries=["CM", "CG"])
    make_project(title="Costa Rica and Comoros", countries=["CR", "KM"])
    assert titles(client.get(LIST_URL, {"country": "CO"})) == ["Bogota"]
    assert titles(client.get(LIST_URL, {"country": "CG"})) == ["Yaounde"]


def test_organisation_filter_finds_lead_and_partner_projects(client):
    union = make_organisation(name="Syndicat national", slug="syndicat-national")
    make_project(title="Led by the union", lead_organisation=union)
    make_project(title="With the union as partner", partners=[union])
    make_project(title="Without the union", partners=[make_organisation()])
    assert titles(client.get(LIST_URL, {"organisation": "syndicat-national"})) == [
        "Led by the union", "With the union as partner",
    ]


def test_tag_filter(client):
    make_project(title="Burnout survey", tags=["Mental health", "Surveys"])
    make_project(title="Insurance", tags=["Insurance"])
    assert titles(client.get(LIST_URL, {"tag": "mental-health"})) == ["Burnout survey"]


def test_search_finds_words_in_the_summary(client):
    make_project(title="Project A", summary="Training school nurses in rural Haiti.")
    make_project(title="Project B", summary="Health insurance for retired teachers.")
    response = client.get(LIST_URL, {"q": "school nurses"})
    assert titles(response) == ["Project A"]
    assert 'value="school nurses"' in response.content.decode()


def test_status_and_mission_area_combine(client):
    healthy = mission_area("healthy-schools")
    make_project(title="Match", project_status=ProjectStatus.PLANNED, mission_areas=[healthy])
    make_project(title="Wrong status", project_status=ProjectStatus.ONGOING, mission_areas=[healthy])
    make_project(title="Wrong area", project_status=ProjectStatus.PLANNED,
                 mission_areas=[mission_area("room-for-young-people")])
    response = client.get(LIST_URL, {"status": "planned", "mission_area": "healthy-schools"})
    assert titles(response) == ["Match"]


def test_country_and_tag_combine(client):
    make_project(title="Match", countries=["CO", "PE"], tags=["Mental health"])
    make_project(title="Wrong country", countries=["CM"], tags=["Mental health"])
    make_project(title="Wrong tag", countries=["CO"], tags=["Pensions"])
    response = client.get(LIST_URL, {"country": "CO", "tag": "mental-health"})
    assert titles(response) == ["Match"]


def test_counts_are_shown_beside_filter_values(client):
    make_project(countries=["CO"], project_status=ProjectStatus.ONGOING, tags=["Mental health"])
    make_project(countries=["CO", "PE"], project_status=ProjectStatus.ONGOING)
    make_project(countries=["FR"], project_status=ProjectStatus.COMPLETED)
    make_project(countries=["CO"], status=Status.DRAFT)
    content = client.get(LIST_URL).content.decode()
    assert ">Colombia (2)</option>" in content
    assert ">Peru (1)</option>" in content
    assert ">Latin America and Caribbean (2)</option>" in content
    assert ">Ongoing (2)</option>" in content
    assert ">Mental health (1)</option>" in content
    # Values without results are not offered.
    assert "Japan" not in content
    assert "3 projects" in content


def test_counts_follow_the_other_filters_and_keep_the_chosen_value(client):
    make_project(countries=["CO"], project_status=ProjectStatus.ONGOING)
    make_project(countries=["CO"], project_status=ProjectStatus.COMPLETED)
    make_project(countries=["PE"], project_status=ProjectStatus.ONGOING)
    content = client.get(LIST_URL, {"status": "completed", "country": "PE"}).content.decode()
    assert "0 projects" in content
    assert "No project matches these filters." in content
    # Counted over the projects of the other filter; chosen values stay selected even at zero.
    assert '<option value="completed" selected>Completed (0)</option>' in content
    assert '<option value="PE" selected>Peru (0)</option>' in content
    assert ">Colombia (1)</option>" in content
    assert content.count(">All statuses</option>") == 1


@pytest.mark.parametrize("query", [
    {"status": "lost"},
    {"status": "published"},
    {"mission_area": "nope"},
    {"region": "atlantis"},
    {"country": "ZZ"},
    {"country": "co"},
    {"organisation": "<script>alert(1)</script>"},
    {"tag": "x" * 3000},
    {"q": "x" * 3000},
])
def test_unknown_or_malformed_filter_values_give_an_empty_list_not_an_error(client, query):
    make_project(title="Visible project", countries=["CO"], tags=["Mental health"])
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    content = response.content.decode()
    assert titles(response) == []
    assert "Visible project" not in content
    assert "were not understood" in content
    assert 'class="errorlist"' in content
    assert "<script>alert(1)</script>" not in content


def test_a_draft_organisation_is_not_a_filter_value(client):
    hidden = make_organisation(slug="hidden-union", status=Status.DRAFT)
    make_project(title="Visible project", lead_organisation=hidden)
    response = client.get(LIST_URL, {"organisation": "hidden-union"})
    assert response.status_code == 200
    assert titles(response) == []


def test_echoed_values_are_escaped(client):
    make_project()
    response = client.get(LIST_URL, {"q": '"><script>alert(1)</script>', "status": "<b>lost</b>"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<b>lost</b>" not in content
    assert html.escape('"><script>alert(1)</script>') in content


@pytest.mark.parametrize("page", ["abc", "999", "0", "-1"])
def test_a_bad_page_number_is_a_404_not_an_error(client, page):
    make_project()
    assert client.get(LIST_URL, {"page": page}).status_code == 404


def test_the_list_is_paginated_and_pages_keep_the_filters(client):
    for number in range(25):
        make_project(title=f"Project {number:02}", countries=["CO"])
    response = client.get(LIST_URL, {"country": "CO"})
    assert len(titles(response)) == 20
    content = response.content.decode()
    assert "25 projects" in content
    assert 'href="?country=CO&amp;page=2"' in content
    assert len(titles(client.get(LIST_URL, {"country": "CO", "page": 2}))) == 5


def _make_rich_projects(count):
    areas = [mission_area("healthy-schools"), mission_area("social-protection-for-all")]
    for _ in range(count):
        make_project(
            countries=["CO", "SN"], mission_areas=areas, tags=["Mental health", "Surveys"],
            lead_organisation=make_organisation(), partners=[make_organisation(), make_organisation()],
        )


@pytest.mark.parametrize("query", [
    {},
    {"country": "CO", "tag": "surveys", "mission_area": "healthy-schools", "organisation": "", "q": "health"},
])
def test_the_list_runs_the_same_number_of_queries_for_3_or_30_projects(client, django_assert_max_num_queries, query):
    _make_rich_projects(3)
    with django_assert_max_num_queries(LIST_MAX_QUERIES) as few:
        assert len(titles(client.get(LIST_URL, query))) == 3
    _make_rich_projects(27)
    with django_assert_max_num_queries(LIST_MAX_QUERIES) as many:
        assert len(titles(client.get(LIST_URL, query))) == 20
    assert len(many) == len(few)


def test_the_detail_page_shows_the_uniform_sheet(client):
    lead = make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ", slug="csq")
    partner = make_organisation(name="Mutuelle générale", slug="mutuelle-generale")
    hidden = make_organisation(name="Secret draft partner", slug="secret-partner", status=Status.DRAFT)
    project = make_project(
        title="SACHA schools in Haiti", summary="Health workers in schools of Haiti.",
        context="<p>After the earthquake.</p>", lead_organisation=lead, partners=[partner, hidden],
        other_partners="Haitian Ministry of Education\nLocal NGO", funders="AFD\nRegion Ile-de-France",
        countries=["HT"], mission_areas=[mission_area("healthy-schools")], tags=["Mental health"],
        project_status=ProjectStatus.ONGOING, start_date=datetime.date(2021, 9, 1),
        end_date=datetime.date(2025, 6, 30), beneficiaries_description="Teachers and pupils of 40 schools.",
        beneficiaries_count=12500, general_objective="<p>Healthier schools.</p>",
        specific_objectives="<ul><li>Train nurses</li></ul>", activities="<p>Training sessions.</p>",
        results="<p>40 schools reached.</p>", contact="Jean Dupont\njean@example.org",
        image=png_upload("haiti.png"), image_alt="Pupils washing their hands", external_url="https://example.org/sacha",
    )
    response = client.get(project.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "Health workers in schools of Haiti.", "After the earthquake.", "Haitian Ministry of Education", "Local NGO",
        "AFD", "Region Ile-de-France", "Haiti", "Latin America and Caribbean", "Healthy schools", "Mental health",
        "Ongoing", "2021", "2025", "Teachers and pupils of 40 schools.", "12,500", "Healthier schools.",
        "Train nurses", "Training sessions.", "40 schools reached.", "Jean Dupont",
        'href="mailto:jean@example.org"', 'alt="Pupils washing their hands"', 'href="https://example.org/sacha"',
        '<meta name="description" content="Health workers in schools of Haiti.">',
    ]:
        assert text in content, text
    assert f'<a href="{lead.get_absolute_url()}">Centrale des syndicats du Québec (CSQ)</a>' in content
    assert f'<a href="{partner.get_absolute_url()}">Mutuelle générale</a>' in content
    assert "Secret draft partner" not in content
    assert content.count("<h1") == 1


def test_a_draft_lead_organisation_is_not_named_anywhere(client):
    lead = make_organisation(name="Union not yet published", slug="unpublished-union", status=Status.DRAFT)
    project = make_project(lead_organisation=lead, is_featured=True)
    for url in [project.get_absolute_url(), "/projects/", "/"]:
        content = client.get(url).content.decode()
        assert "Union not yet published" not in content
        assert lead.get_absolute_url() not in content


def test_sections_without_content_are_left_out(client):
    project = make_project(summary="Just a summary.")
    content = client.get(project.get_absolute_url()).content.decode()
    for heading in ["Context", "Partners and funders", "Beneficiaries", "Objectives", "Activities", "Results",
                    "Contact", "Countries", "Topics", "Mission areas", "Website"]:
        assert f">{heading}<" not in content, heading
    assert "Key facts" in content


def test_the_detail_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    project = make_project(
        lead_organisation=make_organisation(), partners=[make_organisation() for _ in range(5)],
        mission_areas=[mission_area("healthy-schools"), mission_area("room-for-young-people")],
        tags=["One", "Two", "Three"],
    )
    for _ in range(4):
        make_resource(project=project, organisations=[make_organisation()], refresh=False)
        make_article(projects=[project])
        make_research_entry(projects=[project])
    # The project with its lead, then partners, mission areas, tags, its research-action, its news, and its
    # resources with their organisations and files.
    with django_assert_max_num_queries(9):
        assert client.get(project.get_absolute_url()).status_code == 200


def test_scripts_and_javascript_links_in_rich_text_never_reach_a_visitor(client):
    project = make_project(context='<p>Context</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>')
    content = client.get(project.get_absolute_url()).content.decode()
    assert "<p>Context</p>" in content
    assert "<script>alert(1)</script>" not in content
    assert "javascript:" not in content


def test_a_tag_only_draft_projects_carry_is_not_a_topic_choice(client):
    make_project(title="Public project", tags=["Stress"])
    make_project(title="Secret project", status=Status.DRAFT, tags=["Secret merger"])
    content = client.get(LIST_URL, {"tag": "nope"}).content.decode()
    assert "Stress" in content
    assert "Secret merger" not in content


def test_the_organisation_filter_is_sorted_by_the_names_the_page_shows(client, icu):
    """A–Z in the page's alphabet, an untranslated name sorted by the English one it shows (it was sorted by the
    empty French column, so in the rows' order on disk)."""
    for name, name_fr, slug in [("Zambia Union", "", "zu"), ("Teachers' Mutual", "Mutuelle des enseignants", "tm"),
                                ("Education Union", "", "eu"), ("Youth Fund", "Écoles unies", "yf")]:
        make_project(lead_organisation=make_organisation(name=name, name_fr=name_fr, slug=slug))
    select = re.search(r'<select name="organisation"[^>]*>(.*?)</select>', client.get("/fr/projects/").content.decode(),
                       re.S).group(1)
    assert re.findall(r'<option value="([^"]+)"', select) == ["yf", "eu", "tm", "zu"]
