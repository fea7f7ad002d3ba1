import re

import pytest
from django.contrib import admin
from django.urls import reverse

from core.models import Status
from projects.models import Project
from tests.factories import make_organisation, make_project, mission_area, png_upload

pytestmark = pytest.mark.django_db

CHANGELIST_URL = reverse("admin:projects_project_changelist")


def test_the_changelist_shows_projects_with_their_lead_and_status(staff_client):
    make_project(title="SACHA schools in Haiti", lead_organisation=make_organisation(name="CSQ union"),
                 image=png_upload("haiti.png"), image_alt="Pupils")
    make_project(title="Draft project", status=Status.DRAFT)
    response = staff_client.get(CHANGELIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "SACHA schools in Haiti" in content
    assert "CSQ union" in content
    assert "Draft project" in content
    assert '<img src="/media/projects/images/thumbs/' in content


def test_the_changelist_search_and_filters_work(staff_client):
    make_project(title="Nurses", summary="Training school nurses.", mission_areas=[mission_area()])
    make_project(title="Pensions", summary="Old-age cover.")
    response = staff_client.get(CHANGELIST_URL, {"q": "nurses"})
    assert list(response.context["cl"].result_list.values_list("title", flat=True)) == ["Nurses"]
    response = staff_client.get(CHANGELIST_URL, {"mission_areas__id__exact": mission_area().pk})
    assert list(response.context["cl"].result_list.values_list("title", flat=True)) == ["Nurses"]


def test_the_add_form_follows_the_uniform_sheet(staff_client):
    response = staff_client.get(reverse("admin:projects_project_add"))
    assert response.status_code == 200
    content = response.content.decode()
    for text in ["Context and partners", "Beneficiaries, objectives, activities and results",
                 "Contact, picture and link", "More options"]:
        assert text in content
    assert 'data-field-name="lead_organisation"' in content
    assert 'data-ajax--url="/admin/autocomplete/"' in content
    assert content.count('type="checkbox" name="mission_areas"') == 3
    countries = re.search(r'<select name="countries"[^>]*>', content).group(0)
    assert "multiple" in countries and "data-chooser" in countries  # searchable
    assert "django-admin-prepopulated-fields-constants" in content
    assert content.count("<details") == 1  # rarely used fields folded away


def test_the_change_form_shows_the_current_image(staff_client):
    project = make_project(image=png_upload("haiti.png"), image_alt="Pupils", partners=[make_organisation()])
    response = staff_client.get(reverse("admin:projects_project_change", args=[project.pk]))
    assert response.status_code == 200
    assert '<img src="/media/projects/images/thumbs/' in response.content.decode()


def test_lead_and_partner_organisations_are_picked_with_autocomplete():
    model_admin = admin.site._registry[Project]
    assert set(model_admin.autocomplete_fields) == {"lead_organisation", "partner_organisations"}
    assert model_admin.check() == []


def test_staff_can_add_a_project_in_the_admin(staff_client):
    lead = make_organisation()
    response = staff_client.post(reverse("admin:projects_project_add"), {
        "title_en": "New project", "slug": "new-project", "summary_en": "A new project.", "status": Status.DRAFT,
        "context": "<p>Why</p>", "lead_organisation": lead.pk, "countries": ["CO", "SN"],
        "mission_areas": [mission_area().pk], "tags": "Mental health, Surveys", "project_status": "planned",
        "start_date": "2025-01-01", "end_date": "2024-01-01",
    })
    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()
    assert not Project.objects.filter(slug="new-project").exists()

    response = staff_client.post(reverse("admin:projects_project_add"), {
        "title_en": "New project", "slug": "new-project", "summary_en": "A new project.", "status": Status.DRAFT,
        "context": "<p>Why</p>", "lead_organisation": lead.pk, "countries": ["CO", "SN"],
        "mission_areas": [mission_area().pk], "tags": "Mental health, Surveys", "project_status": "planned",
        "start_date": "2024-01-01", "end_date": "2025-01-01",
    })
    assert response.status_code == 302
    project = Project.objects.get(slug="new-project")
    assert project.regions == ["africa", "latin-america"]
    assert sorted(project.tags.names()) == ["Mental health", "Surveys"]


def test_the_publish_action_makes_projects_visible(staff_client, client):
    project = make_project(title="Ready to go", status=Status.DRAFT)
    assert client.get(project.get_absolute_url()).status_code == 404
    response = staff_client.post(CHANGELIST_URL, {"action": "publish", "_selected_action": [project.pk]}, follow=True)
    assert response.status_code == 200
    assert "1 item published." in response.content.decode()
    project.refresh_from_db()
    assert project.status == Status.PUBLISHED
    staff_client.logout()
    assert staff_client.get(project.get_absolute_url()).status_code == 200
