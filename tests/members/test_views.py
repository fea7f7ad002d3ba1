import datetime
import html

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import Status
from members.models import Membership, OrganisationKind
from tests.factories import make_article, make_organisation, make_project, make_resource, png_upload

pytestmark = pytest.mark.django_db

LIST_URL = "/members/"
# The page of organisations, and one statement for the counts of every filter and the number of results.
LIST_MAX_QUERIES = 2
# The organisation, then its published projects.
# The organisation, its projects, its news, its toolbox resources with their organisations and files.
DETAIL_MAX_QUERIES = 6


def names(response):
    """The names of the organisations listed on the page, in order."""
    return [organisation.name for organisation in response.context["organisations"]]


def test_urls_are_named():
    assert reverse("members:organisation-list") == LIST_URL
    assert reverse("members:organisation-detail", kwargs={"slug": "csq"}) == "/members/csq/"


def test_the_directory_lists_published_organisations_only(client):
    make_organisation(name="Centrale des syndicats du Québec", logo=png_upload())
    draft = make_organisation(name="Union still in draft", status=Status.DRAFT)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Centrale des syndicats du Québec" in content
    assert "Union still in draft" not in content
    assert draft.get_absolute_url() not in content
    assert "1 organisation" in content
    assert content.count("<h1") == 1
    # The small copy of the logo, never the uploaded original.
    assert '<img class="result__logo" src="/media/members/logos/thumbs/' in content


def test_a_draft_organisation_page_is_a_404(client):
    draft = make_organisation(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/members/no-such-union/").status_code == 404


def test_the_directory_says_so_when_nothing_is_published(client):
    content = client.get(LIST_URL).content.decode()
    assert "No organisation has been published yet." in content
    assert "0 organisations" in content


def test_the_filter_form_works_without_javascript_and_labels_every_field(client):
    make_organisation(country="CA")
    content = client.get(LIST_URL).content.decode()
    assert '<form class="filters" method="get" role="search"' in content  # a plain GET form, submitted to this page
    for field in ["q", "region", "country", "kind", "membership", "sort"]:
        assert f'<label for="id_{field}">' in content, field
    assert '<button class="button" type="submit">Apply filters</button>' in content
    assert '<meta name="description" content="Directory of the education unions' in content
    assert "Clear filters" not in content
    assert "Clear filters" in client.get(LIST_URL, {"region": "north-america"}).content.decode()


def test_region_filter(client):
    make_organisation(name="Quebec union", country="CA")
    make_organisation(name="Senegal union", country="SN")
    make_organisation(name="Unknown country")
    assert names(client.get(LIST_URL, {"region": "north-america"})) == ["Quebec union"]
    assert names(client.get(LIST_URL, {"region": "africa"})) == ["Senegal union"]


def test_country_filter(client):
    make_organisation(name="Bogota union", country="CO")
    make_organisation(name="Yaounde union", country="CM")
    assert names(client.get(LIST_URL, {"country": "CO"})) == ["Bogota union"]


def test_kind_and_membership_filters(client):
    make_organisation(name="Mutual", kind=OrganisationKind.MUTUAL, membership=Membership.FOUNDER)
    make_organisation(name="Union", kind=OrganisationKind.EDUCATION_UNION, membership=Membership.MEMBER)
    make_organisation(name="University", kind=OrganisationKind.RESEARCH, membership=Membership.PARTNER)
    assert names(client.get(LIST_URL, {"kind": "mutual"})) == ["Mutual"]
    assert names(client.get(LIST_URL, {"membership": "partner"})) == ["University"]
    assert names(client.get(LIST_URL, {"membership": "founder"})) == ["Mutual"]


def test_region_and_kind_combine(client):
    make_organisation(name="Match", country="FR", kind=OrganisationKind.MUTUAL)
    make_organisation(name="Wrong region", country="CA", kind=OrganisationKind.MUTUAL)
    make_organisation(name="Wrong kind", country="BE", kind=OrganisationKind.EDUCATION_UNION)
    assert names(client.get(LIST_URL, {"region": "europe", "kind": "mutual"})) == ["Match"]


def test_search_finds_an_organisation_by_its_acronym(client):
    make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ")
    make_organisation(name="Mutuelle générale", acronym="MGEN")
    response = client.get(LIST_URL, {"q": "csq"})
    assert names(response) == ["Centrale des syndicats du Québec"]
    assert 'value="csq"' in response.content.decode()
    assert names(client.get(LIST_URL, {"q": "mutuelle"})) == ["Mutuelle générale"]


def test_sorting_by_joining_year(client):
    make_organisation(name="A early", joined_year=2009)
    make_organisation(name="B late", joined_year=2021)
    make_organisation(name="C unknown")
    make_organisation(name="D middle", joined_year=2015)
    assert names(client.get(LIST_URL)) == ["A early", "B late", "C unknown", "D middle"]
    assert names(client.get(LIST_URL, {"sort": "-joined_year"})) == ["B late", "D middle", "A early", "C unknown"]
    response = client.get(LIST_URL, {"sort": "joined_year"})
    assert names(response) == ["A early", "D middle", "B late", "C unknown"]
    assert '<option value="joined_year" selected>' in response.content.decode()


def test_counts_are_shown_beside_filter_values(client):
    make_organisation(country="CA", kind=OrganisationKind.MUTUAL)
    make_organisation(country="CA", kind=OrganisationKind.EDUCATION_UNION)
    make_organisation(country="CA", membership=Membership.PARTNER)
    make_organisation(country="FR")
    make_organisation(country="CA", status=Status.DRAFT)
    content = client.get(LIST_URL).content.decode()
    assert ">Canada (3)</option>" in content
    assert ">France (1)</option>" in content
    assert ">North America (3)</option>" in content
    assert ">Europe (1)</option>" in content
    assert ">Education union (3)</option>" in content
    assert ">Mutual health society (1)</option>" in content
    assert ">Member (3)</option>" in content
    assert ">Partner (1)</option>" in content
    # Values without any organisation are not offered, and "All ..." comes once.
    assert "Japan" not in content
    assert content.count(">All countries</option>") == 1
    assert "4 organisations" in content


def test_counts_follow_the_other_filters_and_keep_the_chosen_value(client):
    make_organisation(country="CA", kind=OrganisationKind.MUTUAL)
    make_organisation(country="FR", kind=OrganisationKind.EDUCATION_UNION)
    content = client.get(LIST_URL, {"country": "FR", "kind": "mutual"}).content.decode()
    assert "0 organisations" in content
    assert "No organisation matches these filters." in content
    assert '<option value="FR" selected>France (0)</option>' in content
    assert '<option value="mutual" selected>Mutual health society (0)</option>' in content
    assert ">Canada (1)</option>" in content


@pytest.mark.parametrize("query", [
    {"region": "mars"},
    {"country": "ZZ"},
    {"country": "ca"},
    {"kind": "<script>alert(1)</script>"},
    {"membership": "published"},
    {"sort": "evil"},
    {"sort": "status"},
    {"q": "x" * 5000},
])
def test_unknown_or_malformed_values_give_an_empty_list_not_an_error(client, query):
    make_organisation(name="Visible union", country="CA")
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    content = response.content.decode()
    assert names(response) == []
    assert "Visible union" not in content
    assert "were not understood" in content
    assert 'class="errorlist"' in content
    assert "<script>alert(1)</script>" not in content


def test_echoed_values_are_escaped(client):
    make_organisation()
    response = client.get(LIST_URL, {"q": '"><script>alert(1)</script>', "kind": "<b>union</b>"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<b>union</b>" not in content
    assert html.escape('"><script>alert(1)</script>') in content


@pytest.mark.parametrize("page", ["abc", "999", "0", "-1"])
def test_a_bad_page_number_is_a_404_not_an_error(client, page):
    make_organisation()
    assert client.get(LIST_URL, {"page": page}).status_code == 404


def test_the_directory_is_paginated_and_pages_keep_the_filters(client):
    for number in range(25):
        make_organisation(name=f"Union {number:02}", country="CA")
    response = client.get(LIST_URL, {"country": "CA"})
    assert len(names(response)) == 20
    content = response.content.decode()
    assert "25 organisations" in content
    assert 'href="?country=CA&amp;page=2"' in content
    assert names(client.get(LIST_URL, {"country": "CA", "page": 2})) == [f"Union {n}" for n in range(20, 25)]


def _make_organisations(count):
    kinds = [OrganisationKind.EDUCATION_UNION, OrganisationKind.MUTUAL, OrganisationKind.RESEARCH]
    memberships = list(Membership)
    for number in range(count):
        make_organisation(country=["FR", "BE", "SN", "CA"][number % 4], kind=kinds[number % 3],
                          membership=memberships[number % 3], joined_year=2010 + number % 10, logo=png_upload())


@pytest.mark.parametrize("query", [{}, {"region": "europe", "kind": "union", "q": "union", "sort": "-joined_year"}])
def test_the_directory_runs_the_same_number_of_queries_for_3_or_30_organisations(
    client, django_assert_max_num_queries, query,
):
    _make_organisations(3)
    with django_assert_max_num_queries(LIST_MAX_QUERIES), CaptureQueriesContext(connection) as few:
        assert names(client.get(LIST_URL, query))
    _make_organisations(27)
    with django_assert_max_num_queries(LIST_MAX_QUERIES), CaptureQueriesContext(connection) as many:
        assert names(client.get(LIST_URL, query))
    assert len(many) == len(few)


def test_the_page_of_an_organisation_shows_everything_about_it(client):
    organisation = make_organisation(
        name="Centrale des syndicats du Québec", acronym="CSQ", slug="csq", kind=OrganisationKind.EDUCATION_UNION,
        membership=Membership.FOUNDER, country="CA", city="Montreal", website="https://www.lacsq.org/",
        logo=png_upload("csq.png"), description="<p>Quebec's largest union &amp; education federation.</p>",
        health_social_protection_work="<p>Group insurance for <strong>retired teachers</strong>.</p>",
        founded_year=1946, people_represented=200000, joined_year=2009, contact_email="info@lacsq.org",
    )
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "Centrale des syndicats du Québec", "CSQ", "Education union", "Founding member", "Canada", "North America",
        "Montreal", 'href="https://www.lacsq.org/"', "<p>Quebec's largest union &amp; education federation.</p>",
        "<p>Group insurance for <strong>retired teachers</strong>.</p>", "1946", "200,000", "2009",
        'href="mailto:info@lacsq.org"', 'alt="Centrale des syndicats du Québec logo"',
        # The 300 × 200 logo as its small WebP copy, with its size (the page does not move when it arrives).
        f'src="{organisation.logo_thumbnail.url}" width="240" height="160"',
        '<meta name="description" content="Quebec&#x27;s largest union &amp; education federation.">',
    ]:
        assert text in content, text
    assert content.count("<h1") == 1


def test_an_organisation_page_without_optional_details_leaves_them_out(client):
    organisation = make_organisation(name="Small union")
    content = client.get(organisation.get_absolute_url()).content.decode()
    for heading in ["Acronym", "Country", "Region", "City", "Website", "Founded", "People represented",
                    "Joined the Network", "Contact e-mail", "Work in health and social protection"]:
        assert f">{heading}<" not in content, heading
    assert "No project of this organisation has been published yet." in content
    assert "<img" not in content.split("<main", 1)[1].split("</main>")[0]
    assert '<meta name="description" content="Small union: Education union. Member of the' in content


def test_the_page_of_an_organisation_lists_the_projects_it_leads_or_takes_part_in(
    client, django_assert_max_num_queries,
):
    organisation = make_organisation()
    led = make_project(title="Project it leads", lead_organisation=organisation, partners=[organisation])
    partner = make_project(title="Project with it as partner", partners=[organisation, make_organisation()])
    make_project(title="Draft project it leads", lead_organisation=organisation, status=Status.DRAFT)
    make_project(title="Draft project with it as partner", partners=[organisation], status=Status.DRAFT)
    make_project(title="Someone else's project", lead_organisation=make_organisation())
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        response = client.get(organisation.get_absolute_url())
    content = response.content.decode()
    assert [project.title for project in response.context["led_projects"]] == ["Project it leads"]
    assert [project.title for project in response.context["partner_projects"]] == ["Project with it as partner"]
    assert f'<a href="{led.get_absolute_url()}">Project it leads</a>' in content
    assert f'<a href="{partner.get_absolute_url()}">Project with it as partner</a>' in content
    assert content.count("Project it leads<") == 1
    assert "Draft project" not in content
    assert "Someone else" not in content


def test_each_project_of_an_organisation_shows_its_status_years_and_summary_with_its_own_language(client):
    organisation = make_organisation()
    project = make_project(
        title_en="", title_fr="Santé & <école>", lead_organisation=organisation, project_status="completed",
        start_date=datetime.date(2019, 3, 1), end_date=datetime.date(2021, 6, 30), summary=" ".join(["word"] * 45),
    )
    make_project(title="Same year", lead_organisation=organisation, project_status="ongoing",
                 start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2020, 12, 1), summary="Short.")
    content = client.get(organisation.get_absolute_url()).content.decode()
    assert (
        f'<li class="result">\n  <div>\n    <h4 lang="fr"><a href="{project.get_absolute_url()}">'
        "Santé &amp; &lt;école&gt;</a></h4>\n"
        '    <p class="card__meta">Completed · 2019–2021</p>\n'
        f'    <p>{" ".join(["word"] * 40)} …</p>\n  </div>\n</li>\n'
    ) in content
    assert '<p class="card__meta">Ongoing · 2020</p>\n    <p>Short.</p>' in content


def test_the_page_of_an_organisation_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    organisation = make_organisation()
    for _ in range(5):
        make_project(lead_organisation=organisation, partners=[make_organisation()])
        make_project(partners=[organisation, make_organisation()])
        make_resource(organisations=[organisation, make_organisation()], refresh=False)
        make_article(organisations=[organisation])
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        response = client.get(organisation.get_absolute_url())
    assert len(response.context["led_projects"]) == len(response.context["partner_projects"]) == 5


def test_the_members_tab_is_marked_as_current(client):
    organisation = make_organisation()
    for url in [LIST_URL, organisation.get_absolute_url()]:
        assert f'<a href="{LIST_URL}" aria-current="page">' in client.get(url).content.decode()
