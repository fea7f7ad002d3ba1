"""The members' area: my organisation's page, resources, projects and news, drafts included, and the downloads
of our resources; never another organisation's."""

import csv
import io

import pytest
from django.test import Client
from django.utils import timezone

from core.models import Status
from submissions.models import Submission
from tests.factories import make_article, make_event, make_organisation, make_project, make_resource
from toolbox.models import DownloadCount

from .conftest import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def ours(member):
    return member.member_account.organisation


@pytest.fixture
def theirs():
    return make_organisation(name="Other Mutual", acronym="OTM", status=Status.DRAFT)


def count_downloads(resource, count, day=None):
    DownloadCount.objects.create(resource=resource, language="en", day=day or timezone.localdate(), count=count)


def test_the_area_lists_our_items_with_their_status_and_nothing_of_others(member_client, ours, theirs):
    make_resource(title="Our published sheet", organisations=[ours], refresh=False)
    make_resource(title="Our draft sheet", organisations=[ours], status=Status.DRAFT, refresh=False)
    make_resource(title="Our members' sheet", organisations=[ours], is_members_only=True, refresh=False)
    make_resource(title="Their sheet", organisations=[theirs], refresh=False)
    make_project(title="Project we lead", lead_organisation=ours)
    make_project(title="Project we join", lead_organisation=theirs, partners=[ours])
    make_project(title="Their project", lead_organisation=theirs)
    make_article(title="News about us", organisations=[ours])
    make_event(title="Event with us", organisations=[ours])
    make_article(title="News about them", organisations=[theirs])
    content = member_client.get("/account/").content.decode()
    for title in ["Our published sheet", "Our draft sheet", "Project we lead", "Project we join", "News about us",
                  "Event with us"]:
        assert title in content
    for title in ["Their sheet", "Their project", "News about them", "Other Mutual"]:
        assert title not in content
    assert 'Our draft sheet <span class="badge">Draft</span>' in content
    members_badge = '<span class="badge badge--members">Members only</span>'
    assert f'Our members&#x27; sheet</a> <span class="badge">Published</span> {members_badge}' in content
    assert f'<a href="{ours.get_absolute_url()}">Our public page</a>' in content
    assert "{% block submissions %}" not in content


def test_the_area_tells_a_member_whose_page_is_a_draft(theirs):
    client = Client()
    client.force_login(make_member("draft@other.example", theirs))
    content = client.get("/account/").content.decode()
    assert "Our page is not public yet" in content
    assert theirs.get_absolute_url() not in content


def test_the_area_is_in_every_language(member_client):
    assert "Espace membres" in member_client.get("/fr/account/").content.decode()
    assert "Espacio de miembros" in member_client.get("/es/account/").content.decode()


def test_staff_without_a_member_account_get_a_404(staff_client):
    assert staff_client.get("/account/").status_code == 404
    assert staff_client.get("/account/downloads.csv").status_code == 404


@pytest.mark.parametrize("items", [1, 6])
def test_the_area_runs_a_fixed_number_of_queries(member_client, ours, items, django_assert_num_queries):
    for n in range(items):
        resource = make_resource(organisations=[ours], refresh=False)
        count_downloads(resource, n + 1)
        make_project(lead_organisation=ours)
        make_article(organisations=[ours])
        make_event(organisations=[ours])
        Submission.objects.create(organisation=ours, kind="action", language="en", title=f"Action {n}",
                                  project=make_project(lead_organisation=ours))
    # Session, user, member account, organisation; resources, projects, articles, events; downloads; submissions.
    with django_assert_num_queries(10):
        response = member_client.get("/account/")
    assert response.status_code == 200


def test_the_downloads_are_ours_only_as_a_plot_and_a_csv(member_client, ours, theirs):
    count_downloads(make_resource(organisations=[ours], refresh=False), 4)
    count_downloads(make_resource(organisations=[ours, theirs], refresh=False), 3)
    count_downloads(make_resource(organisations=[theirs], refresh=False), 100)
    content = member_client.get("/account/").content.decode()
    assert "7 downloads in the last 90 days" in content
    assert 'href="/account/downloads.csv"' in content
    response = member_client.get("/account/downloads.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["day", "downloads"]
    assert rows[-1] == [timezone.localdate().isoformat(), "7"]
    assert sum(int(count) for _day, count in rows[1:]) == 7
    svg = member_client.get("/account/downloads.svg")
    assert svg["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert b"<script" not in svg.content and b"7 downloads in the last 90 days" in svg.content


def test_member_a_cannot_reach_member_bs_data(member_client, ours, theirs):
    """The area's addresses carry no id: each shows the logged-in member's organisation. Ids or slugs of another
    organisation in an address lead nowhere."""
    count_downloads(make_resource(organisations=[theirs], refresh=False), 100)
    nothing = "No download in the last 90 days."
    assert nothing in member_client.get(f"/account/?organisation={theirs.pk}").content.decode()
    assert nothing in member_client.get(f"/account/downloads.svg?organisation={theirs.pk}").content.decode()
    csv_rows = member_client.get(f"/account/downloads.csv?organisation={theirs.pk}").content.decode().splitlines()
    assert all(row.endswith(",0") for row in csv_rows[1:])
    for path in [f"/account/{theirs.pk}/", f"/account/{theirs.slug}/", f"/account/{theirs.pk}/downloads.csv",
                 f"/fr/account/{theirs.slug}/downloads.csv"]:
        assert member_client.get(path).status_code == 404, path


def test_visitors_are_sent_to_log_in_from_every_area_address(client):
    for path in ["/account/", "/account/downloads.csv", "/account/downloads.svg", "/account/password/",
                 "/account/email/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/account/login/?next="), path


def test_the_footer_offers_the_members_log_in_to_visitors_and_the_area_to_members(client, member_client):
    assert '<a href="/fr/account/login/">Connexion des membres</a>' in client.get("/fr/").content.decode()
    assert '<a href="/account/">My account</a>' in member_client.get("/").content.decode()


def test_the_area_pages_are_never_cached(member_client, client):
    assert "no-store" in member_client.get("/account/")["Cache-Control"]
    assert "no-store" in client.get("/account/login/")["Cache-Control"]
