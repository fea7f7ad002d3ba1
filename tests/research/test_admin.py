import datetime

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from core.models import Status
from research.models import ResearchEntry, ResearchStatus
from tests.factories import make_organisation, make_project, make_research_entry, make_resource, mission_area

pytestmark = pytest.mark.django_db

CHANGELIST_URL = reverse("admin:research_researchentry_changelist")
ADD_URL = reverse("admin:research_researchentry_add")


def form_data(**fields):
    """A valid add form for a research-action entry with one researcher, in draft."""
    data = {
        "title_en": "Health of pupils and teachers", "slug": "health-of-pupils-and-teachers",
        "summary_en": "Researchers join health projects in schools.", "research_question_en": "<p>How?</p>",
        "method_en": "<p>Interviews.</p>", "research_status": ResearchStatus.FIELDWORK,
        "deadline_0": "", "deadline_1": "",
        "start_date": "2015-01-01", "end_date": "2016-01-01", "status": Status.DRAFT,
        "published_at_0": "2015-01-01", "published_at_1": "09:00:00",
        "researchers-TOTAL_FORMS": "1", "researchers-INITIAL_FORMS": "0",
        "researchers-MIN_NUM_FORMS": "0", "researchers-MAX_NUM_FORMS": "1000",
        "researchers-0-name_en": "Marie Curie", "researchers-0-institution": "University of Paris",
        "researchers-0-role_en": "Principal investigator", "researchers-0-order": "1",
    }
    data.update(fields)
    return data


def test_the_changelist_shows_stage_deadline_and_publication_status(staff_client):
    make_research_entry(title="Call of December 2014", research_status=ResearchStatus.CALL_OPEN,
                        deadline=timezone.now() + datetime.timedelta(days=5))
    make_research_entry(title="Tomorrow's entry", published_at=timezone.now() + datetime.timedelta(days=1))
    make_research_entry(title="Draft entry", status=Status.DRAFT)
    response = staff_client.get(CHANGELIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for text in ["Call of December 2014", "Call for researchers", "Tomorrow&#x27;s entry", "Scheduled",
                 "Draft entry", "Publish the selected items"]:
        assert text in content, text


def test_the_changelist_search_and_filters_work(staff_client):
    make_research_entry(title="Barometer", researchers=[("Marie Curie", "University of Paris", "Lead")],
                        mission_areas=[mission_area()])
    make_research_entry(title="Pensions", research_status=ResearchStatus.ANALYSIS)
    result = lambda query: list(  # noqa: E731
        staff_client.get(CHANGELIST_URL, query).context["cl"].result_list.values_list("title", flat=True)
    )
    assert result({"q": "curie"}) == ["Barometer"]
    assert result({"research_status__exact": "analysis"}) == ["Pensions"]
    assert result({"mission_areas__id__exact": mission_area().pk}) == ["Barometer"]


def test_the_add_form_has_the_publication_fieldset_autocomplete_and_researchers(staff_client):
    response = staff_client.get(ADD_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Publication" in content
    assert "publish it with a time in the future: it appears by itself at that moment" in content
    for field in ["partner_institutions", "projects", "outputs"]:
        assert f'data-field-name="{field}"' in content
    assert 'data-ajax--url="/admin/autocomplete/"' in content
    assert content.count('type="checkbox" name="mission_areas"') == 3
    assert 'name="researchers-0-order"' in content
    assert "django-admin-prepopulated-fields-constants" in content


def test_related_items_are_picked_with_autocomplete():
    model_admin = admin.site._registry[ResearchEntry]
    assert set(model_admin.autocomplete_fields) == {"partner_institutions", "projects", "outputs"}
    assert model_admin.check() == []


def test_the_change_form_renders_with_related_items(staff_client):
    entry = make_research_entry(partners=[make_organisation(acronym="CLEERESS")], projects=[make_project()],
                                outputs=[make_resource(title="Guide to a health-promoting school")],
                                researchers=[("Marie Curie", "University of Paris", "Lead")])
    response = staff_client.get(reverse("admin:research_researchentry_change", args=[entry.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Marie Curie" in content
    assert "Guide to a health-promoting school" in content
    assert "CLEERESS" in content


def test_a_call_without_a_deadline_is_refused_with_a_message(staff_client):
    response = staff_client.post(ADD_URL, form_data(research_status=ResearchStatus.CALL_OPEN))
    assert response.status_code == 200
    assert "A call for researchers needs a deadline." in response.content.decode()
    assert not ResearchEntry.objects.exists()


def test_an_end_date_before_the_start_date_is_refused_with_a_message(staff_client):
    response = staff_client.post(ADD_URL, form_data(start_date="2016-01-01", end_date="2015-01-01"))
    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    assert not ResearchEntry.objects.exists()


def test_staff_add_an_entry_with_its_researchers_and_relations(staff_client):
    cleeress = make_organisation(acronym="CLEERESS")
    project = make_project()
    tool = make_resource()
    response = staff_client.post(ADD_URL, form_data(
        research_status=ResearchStatus.CALL_OPEN, deadline_0="2030-01-31", deadline_1="23:59:00",
        partner_institutions=[cleeress.pk], projects=[project.pk], outputs=[tool.pk],
        mission_areas=[mission_area().pk],
    ))
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = ResearchEntry.objects.get(slug="health-of-pupils-and-teachers")
    assert [researcher.name for researcher in entry.researchers.all()] == ["Marie Curie"]
    assert list(entry.partner_institutions.all()) == [cleeress]
    assert list(entry.projects.all()) == [project]
    assert list(entry.outputs.all()) == [tool]
    assert entry.status == Status.DRAFT


def test_the_publish_action_makes_entries_visible(staff_client, client):
    entry = make_research_entry(title="Ready to go", status=Status.DRAFT)
    assert client.get(entry.get_absolute_url()).status_code == 404
    response = staff_client.post(CHANGELIST_URL, {"action": "publish", "_selected_action": [entry.pk]}, follow=True)
    assert response.status_code == 200
    assert "1 item published." in response.content.decode()
    entry.refresh_from_db()
    assert entry.status == Status.PUBLISHED
    staff_client.logout()
    assert staff_client.get(entry.get_absolute_url()).status_code == 200


def test_an_entry_published_for_tomorrow_stays_hidden_until_then(staff_client):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    response = staff_client.post(ADD_URL, form_data(
        status=Status.PUBLISHED,
        published_at_0=tomorrow.strftime("%Y-%m-%d"), published_at_1=tomorrow.strftime("%H:%M:%S"),
    ))
    assert response.status_code == 302
    entry = ResearchEntry.objects.get()
    assert "Scheduled" in staff_client.get(CHANGELIST_URL).content.decode()
    staff_client.logout()
    assert staff_client.get(entry.get_absolute_url()).status_code == 404
    assert "Health of pupils" not in staff_client.get("/research/").content.decode()
