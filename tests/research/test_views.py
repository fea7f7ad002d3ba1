import datetime
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Status
from research.models import ResearchEntry, ResearchStatus
from research.views import research_for_project
from tests.factories import (
    make_organisation,
    make_project,
    make_research_entry,
    make_resource,
    mission_area,
    pdf_upload,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/research/"
# Choices of the mission area and project filters (once per request); the page of entries, with their mission
# areas, field projects and partner institutions; one statement for every facet's counts and the number of results.
# Whatever the number of entries.
LIST_QUERIES = 7
# The entry; its researchers, mission areas, partner institutions and field projects; its published outputs with
# their files and organisations.
DETAIL_QUERIES = 8


def titles(response):
    """The titles of the entries listed on the page, in order."""
    return [entry.title for entry in response.context["entries"]]


def a_call(deadline_in, **fields):
    """A published call for researchers whose deadline is `deadline_in` (a timedelta) from now."""
    return make_research_entry(research_status=ResearchStatus.CALL_OPEN, deadline=timezone.now() + deadline_in,
                               **fields)


def test_urls_are_named():
    assert reverse("research:entry-list") == LIST_URL
    assert reverse("research:entry-detail", kwargs={"slug": "cleeress-2014"}) == "/research/cleeress-2014/"


# --- The list --------------------------------------------------------------------------------------------------------

def test_the_list_shows_published_entries_only_with_an_introduction(client):
    make_research_entry(title="Health of pupils and teachers")
    draft = make_research_entry(title="Unfinished draft entry", status=Status.DRAFT)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Health of pupils and teachers" in content
    assert "Unfinished draft entry" not in content
    assert draft.get_absolute_url() not in content
    assert "CLEERESS" in content  # the introduction says who the Network does research-action with
    assert content.count("<h1") == 1
    assert "1 research-action entry" in content


def test_the_list_says_so_when_nothing_is_published(client):
    content = client.get(LIST_URL).content.decode()
    assert "No research-action has been published yet." in content
    assert "0 research-action entries" in content


def test_each_item_shows_its_stage_dates_field_projects_and_partners(client):
    make_research_entry(
        title="Teachers' health", research_status=ResearchStatus.ANALYSIS,
        start_date=datetime.date(2015, 3, 1), end_date=datetime.date(2016, 6, 30),
        projects=[make_project(title="SACHA schools in Haiti"),
                  make_project(title="Secret draft project", status=Status.DRAFT)],
        partners=[make_organisation(name="Research cluster", acronym="CLEERESS")],
    )
    content = client.get(LIST_URL).content.decode()
    for text in ["Teachers&#x27; health", "Analysis", "March 2015 to June 2016", "SACHA schools in Haiti", "CLEERESS"]:
        assert text in content
    assert "Secret draft project" not in content


def test_a_scheduled_entry_appears_by_itself_when_its_time_comes(client):
    entry = make_research_entry(title="Barometer of teachers' health",
                                published_at=timezone.now() + datetime.timedelta(days=1))
    assert "Barometer" not in client.get(LIST_URL).content.decode()
    assert client.get(entry.get_absolute_url()).status_code == 404

    ResearchEntry.objects.filter(pk=entry.pk).update(published_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "Barometer" in client.get(LIST_URL).content.decode()
    assert client.get(entry.get_absolute_url()).status_code == 200


def test_a_scheduled_entry_appears_without_anyone_editing_it(client):
    entry = make_research_entry(title="Barometer of teachers' health",
                                published_at=timezone.now() + datetime.timedelta(hours=2))
    assert client.get(entry.get_absolute_url()).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=3)):
        assert "Barometer" in client.get(LIST_URL).content.decode()
        assert client.get(entry.get_absolute_url()).status_code == 200


def test_an_open_call_shows_its_deadline(client):
    call = a_call(datetime.timedelta(days=10), title="Call for researchers")
    content = client.get(LIST_URL).content.decode()
    assert "Call open until" in content
    assert call.deadline.strftime("%Y") in content
    assert "Call closed" not in content
    assert "Call open until" in client.get(call.get_absolute_url()).content.decode()


def test_a_call_closes_by_itself_when_its_deadline_passes(client):
    call = a_call(datetime.timedelta(hours=1), title="Call for researchers")
    assert titles(client.get(LIST_URL, {"status": "call"})) == ["Call for researchers"]
    # Two hours later; nobody has touched the entry.
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)):
        content = client.get(LIST_URL).content.decode()
        assert "Call closed" in content
        assert "Call open until" not in content
        assert titles(client.get(LIST_URL, {"status": "call"})) == []
        assert titles(client.get(LIST_URL, {"status": "closed-call"})) == ["Call for researchers"]
        detail = client.get(call.get_absolute_url()).content.decode()
        assert "Call closed" in detail
        assert "Call for researchers (closed)" in detail


def test_the_open_calls_filter_leaves_out_calls_past_their_deadline(client):
    a_call(datetime.timedelta(days=30), title="Open call")
    a_call(-datetime.timedelta(days=1), title="Closed call")
    make_research_entry(title="In the field", research_status=ResearchStatus.FIELDWORK)
    response = client.get(LIST_URL, {"status": "call"})
    assert titles(response) == ["Open call"]
    assert titles(client.get(LIST_URL, {"status": "closed-call"})) == ["Closed call"]
    assert titles(client.get(LIST_URL, {"status": "fieldwork"})) == ["In the field"]
    content = response.content.decode()
    # The counts tell open and closed calls apart too.
    assert "Call for researchers (open) (1)" in content
    assert "Call for researchers (closed) (1)" in content
    assert "Fieldwork (1)" in content


def test_status_and_mission_area_filters_combine(client):
    healthy = mission_area("healthy-schools")
    protection = mission_area("social-protection-for-all")
    make_research_entry(title="Match", research_status=ResearchStatus.ANALYSIS, mission_areas=[healthy])
    make_research_entry(title="Wrong stage", research_status=ResearchStatus.FIELDWORK, mission_areas=[healthy])
    make_research_entry(title="Wrong area", research_status=ResearchStatus.ANALYSIS, mission_areas=[protection])
    assert titles(client.get(LIST_URL, {"status": "analysis", "mission_area": "healthy-schools"})) == ["Match"]
    assert titles(client.get(LIST_URL, {"mission_area": "healthy-schools"})) == ["Match", "Wrong stage"]


def test_the_project_filter_lists_the_research_with_a_field_project(client):
    sacha = make_project(title="SACHA", slug="sacha")
    make_research_entry(title="With SACHA", projects=[sacha, make_project()])
    make_research_entry(title="Elsewhere", projects=[make_project()])
    response = client.get(LIST_URL, {"project": "sacha"})
    assert titles(response) == ["With SACHA"]
    assert '<option value="sacha" selected>SACHA (1)</option>' in response.content.decode()


def test_only_projects_with_published_research_are_offered(client):
    make_research_entry(projects=[make_project(title="SACHA", slug="sacha")])
    make_project(title="Project without research", slug="no-research")
    make_research_entry(projects=[make_project(title="Project of a draft", slug="of-a-draft")], status=Status.DRAFT)
    content = client.get(LIST_URL).content.decode()
    assert '<option value="sacha">SACHA (1)</option>' in content
    assert "Project without research" not in content
    assert "Project of a draft" not in content
    response = client.get(LIST_URL, {"project": "no-research"})
    assert "Some filter values were not understood" in response.content.decode()


def test_counts_are_shown_beside_the_filter_values(client):
    healthy = mission_area("healthy-schools")
    sacha = make_project(title="SACHA", slug="sacha")
    make_research_entry(research_status=ResearchStatus.ANALYSIS, mission_areas=[healthy], projects=[sacha])
    make_research_entry(research_status=ResearchStatus.ANALYSIS, mission_areas=[healthy])
    make_research_entry(research_status=ResearchStatus.PUBLISHED)
    content = client.get(LIST_URL).content.decode()
    assert "Analysis (2)" in content
    assert "Results published (1)" in content
    assert "Healthy schools (2)" in content
    assert "SACHA (1)" in content
    # Counts follow the other filters: with the "published" stage chosen, no entry is in Healthy schools.
    content = client.get(LIST_URL, {"status": "published"}).content.decode()
    assert "Healthy schools (" not in content
    assert "Analysis (2)" in content


def test_the_filter_form_is_labelled_and_can_be_cleared(client):
    make_research_entry()
    content = client.get(LIST_URL).content.decode()
    for field in ["status", "mission_area", "project"]:
        assert f'<label for="id_{field}">' in content
    assert "Apply filters" in content
    assert "Clear filters" not in content
    assert "Clear filters" in client.get(LIST_URL, {"status": "fieldwork"}).content.decode()


@pytest.mark.parametrize("query", [
    {"status": "<script>alert(1)</script>"},
    {"project": "nope"},
    {"mission_area": "x"},
    {"project": "<b>bold</b>", "mission_area": "healthy-schools"},
])
def test_unknown_filter_values_give_an_empty_list_with_a_message(client, query):
    make_research_entry(title="Visible entry", mission_areas=[mission_area()])
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Visible entry" not in content
    assert "Some filter values were not understood" in content
    assert "<script>alert" not in content
    assert "<b>bold" not in content


def test_a_draft_project_is_not_a_filter_value(client):
    draft = make_project(title="Secret project", slug="secret-project", status=Status.DRAFT)
    make_research_entry(title="Entry", projects=[draft])
    response = client.get(LIST_URL, {"project": "secret-project"})
    assert titles(response) == []
    assert "Secret project" not in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "99", "-1", "1.5"])
def test_a_bad_page_is_a_404(client, page):
    make_research_entry()
    assert client.get(LIST_URL, {"page": page}).status_code == 404


def test_the_list_paginates(client):
    for n in range(21):
        make_research_entry(title=f"Entry {n:02}")
    first = client.get(LIST_URL)
    assert len(titles(first)) == 20
    assert 'rel="next"' in first.content.decode()
    assert len(titles(client.get(LIST_URL, {"page": 2}))) == 1


def _entries_with_everything(count):
    partner = make_organisation(acronym="CLEERESS")
    for _n in range(count):
        project = make_project()
        make_research_entry(projects=[project], partners=[partner, make_organisation()],
                            mission_areas=[mission_area()], researchers=[("A. Researcher", "University", "Lead")])
    a_call(datetime.timedelta(days=3), projects=[project], partners=[partner], mission_areas=[mission_area()])


@pytest.mark.parametrize("count", [3, 20])
def test_the_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    _entries_with_everything(count)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(LIST_URL)
    assert len(titles(response)) == min(count + 1, 20)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(LIST_URL, {"status": "call", "mission_area": "healthy-schools", "page": 1})
    assert len(titles(response)) == 1


# --- The detail page -------------------------------------------------------------------------------------------------

def test_drafts_and_scheduled_entries_are_a_404(client):
    draft = make_research_entry(status=Status.DRAFT)
    scheduled = make_research_entry(published_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    assert client.get("/research/no-such-entry/").status_code == 404


def test_the_detail_page_shows_the_whole_entry(client):
    cleeress = make_organisation(name="Cluster for education and research in the social economy",
                                 acronym="CLEERESS", slug="cleeress")
    hidden_partner = make_organisation(name="University not yet listed", status=Status.DRAFT)
    sacha = make_project(title="SACHA schools in Haiti")
    entry = make_research_entry(
        title="Health of pupils and teachers", summary="Researchers join health projects in schools.",
        research_question="<p>How can schools <strong>promote</strong> health?</p><script>alert(1)</script>",
        method="<p>Interviews and <em>focus groups</em>.</p>",
        start_date=datetime.date(2015, 1, 15), end_date=datetime.date(2016, 12, 31),
        researchers=[("Marie Curie", "University of Paris", "Principal investigator"), ("Ada Lovelace", "", "")],
        partners=[cleeress, hidden_partner],
        projects=[sacha, make_project(title="Draft field project", status=Status.DRAFT)],
        mission_areas=[mission_area("healthy-schools")],
    )
    content = client.get(entry.get_absolute_url()).content.decode()
    for text in [
        "<h1>Health of pupils and teachers</h1>", "Researchers join health projects in schools.",
        "How can schools <strong>promote</strong> health?", "Interviews and <em>focus groups</em>.",
        "Marie Curie", "University of Paris", "Principal investigator", "Ada Lovelace",
        f'<a href="{cleeress.get_absolute_url()}">', "CLEERESS", "University not yet listed",
        f'<a href="{sacha.get_absolute_url()}">SACHA schools in Haiti</a>', "/research/?mission_area=healthy-schools",
        "Healthy schools", "15 January 2015", "31 December 2016", "Fieldwork",
    ]:
        assert text in content, text
    assert "<script>alert" not in content
    assert hidden_partner.get_absolute_url() not in content  # named, but its draft page is not linked
    assert "Draft field project" not in content


def test_the_tools_produced_download_for_real(client):
    cleeress = make_organisation(acronym="CLEERESS")
    guide = make_resource(title="Guide to a health-promoting school", organisations=[cleeress],
                          files=[("en", pdf_upload(text="Guide", pages=2)), ("fr", pdf_upload(text="Guide"))])
    draft_tool = make_resource(title="Draft questionnaire", status=Status.DRAFT, files=[("en", pdf_upload())])
    entry = make_research_entry(outputs=[guide, draft_tool], research_status=ResearchStatus.PUBLISHED)
    content = client.get(entry.get_absolute_url()).content.decode()
    assert "Tools produced" in content
    assert f'<a href="{guide.get_absolute_url()}">Guide to a health-promoting school</a>' in content
    assert "Draft questionnaire" not in content
    assert draft_tool.slug not in content
    links = re.findall(r'href="(/toolbox/[^"]+/download/[^"]+)"', content)
    assert sorted(links) == [f"/toolbox/{guide.slug}/download/en/", f"/toolbox/{guide.slug}/download/fr/"]
    for link in links:
        response = client.get(link)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content if response.streaming else [response.content]).startswith(b"%PDF")


def test_an_entry_without_published_tools_says_they_are_to_come(client):
    entry = make_research_entry(outputs=[make_resource(status=Status.DRAFT)])
    content = client.get(entry.get_absolute_url()).content.decode()
    assert "the tools it produces will appear here" in content
    assert "download-links" not in content


@pytest.mark.parametrize("count", [1, 6])
def test_the_detail_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    partners = [make_organisation() for _n in range(count)]
    outputs = [make_resource(organisations=partners[:2], files=[("en", pdf_upload()), ("fr", pdf_upload())])
               for _n in range(count)]
    entry = make_research_entry(
        projects=[make_project() for _n in range(count)], partners=partners, outputs=outputs,
        mission_areas=[mission_area()], researchers=[(f"Researcher {n}", "University", "Role") for n in range(count)],
    )
    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(entry.get_absolute_url())
    assert response.content.decode().count("download-links__what") == 2 * count


# --- For the project page -------------------------------------------------------------------------------------------

def test_research_for_project_gives_the_published_entries_linked_to_it():
    project = make_project()
    newer = make_research_entry(title="Newer", projects=[project], start_date=datetime.date(2016, 1, 1))
    older = make_research_entry(title="Older", projects=[project], start_date=datetime.date(2014, 12, 9))
    make_research_entry(title="Draft", projects=[project], status=Status.DRAFT)
    make_research_entry(title="Scheduled", projects=[project], published_at=timezone.now() + datetime.timedelta(days=1))
    make_research_entry(title="Another project", projects=[make_project()])
    assert list(research_for_project(project)) == [newer, older]


def test_an_open_call_says_how_to_apply_on_its_page_and_in_its_structured_data(client):
    from tests.network_site.test_seo import structured_data

    call = a_call(datetime.timedelta(days=10), title="Call for researchers",
                  how_to_apply="Send a two-page note to calls@example.org or apply at https://example.org/apply.",
                  how_to_apply_fr="Envoyez une note de deux pages à calls@example.org.")
    content = client.get(call.get_absolute_url()).content.decode()
    assert '<h2 id="apply-title">How to apply</h2>' in content
    assert '<a href="mailto:calls@example.org">calls@example.org</a>' in content
    assert '<a href="https://example.org/apply."' not in content  # the full stop is not part of the link
    assert "Envoyez une note" in client.get(f"/fr{call.get_absolute_url()}").content.decode()
    action = structured_data(client, call.get_absolute_url())["potentialAction"]
    assert action["@type"] == "ApplyAction"
    assert action["description"].startswith("Send a two-page note to calls@example.org")
    assert action["endTime"] == call.deadline.replace(microsecond=0).isoformat()


def test_a_closed_call_says_applications_are_no_longer_accepted(client):
    from tests.network_site.test_seo import structured_data

    call = a_call(-datetime.timedelta(days=1), title="Call for researchers", how_to_apply="Write to us.")
    content = client.get(call.get_absolute_url()).content.decode()
    assert "This call is closed: applications are no longer accepted." in content
    assert "potentialAction" not in structured_data(client, call.get_absolute_url())

