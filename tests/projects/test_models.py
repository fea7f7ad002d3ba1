import datetime

import pytest
from django.core.exceptions import ValidationError

from core.models import Status
from projects.models import Project
from tests.factories import make_organisation, make_project, png_upload

pytestmark = pytest.mark.django_db


def test_regions_are_derived_from_the_countries():
    project = make_project(countries=["CO", "SN", "FR", "CM"])
    project.refresh_from_db()
    assert project.regions == ["africa", "europe", "latin-america"]
    assert [str(label) for label in project.region_labels] == ["Africa", "Europe", "Latin America and Caribbean"]


def test_regions_follow_when_the_countries_change():
    project = make_project(countries=["CA"])
    project.countries = ["JP"]
    project.save()
    project.refresh_from_db()
    assert project.regions == ["asia-pacific"]


def test_an_end_date_before_the_start_date_is_refused():
    project = Project(
        title="Back to front", slug="back-to-front", summary="Dates the wrong way round.",
        start_date=datetime.date(2024, 5, 1), end_date=datetime.date(2023, 5, 1),
    )
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "end_date" in error.value.message_dict


def test_an_image_without_a_description_is_refused():
    project = Project(title="Picture", slug="picture", summary="With an image.", image=png_upload("photo.png"))
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "image_alt" in error.value.message_dict


def test_an_image_gets_a_small_copy_for_lists():
    project = make_project(image=png_upload("photo.png", size=(1600, 1000)), image_alt="Teachers at a workshop")
    assert project.image_thumbnail.name.endswith(".webp")
    assert project.image_thumbnail.width <= 640


def test_country_filter_matches_whole_codes_only():
    cameroon = make_project(countries=["CM", "CI"])
    colombia = make_project(countries=["BR", "CO"])
    assert list(Project.objects.in_country("CO")) == [colombia]
    assert list(Project.objects.in_country("C")) == []
    assert list(Project.objects.in_country("CM")) == [cameroon]


def test_region_filter_matches_whole_regions_only():
    both = make_project(countries=["CA", "MX"])
    assert list(Project.objects.in_region("north-america")) == [both]
    assert list(Project.objects.in_region("america")) == []


def test_involving_finds_lead_and_partner_projects_once_each():
    union = make_organisation()
    led = make_project(lead_organisation=union, partners=[union, make_organisation()])
    partnered = make_project(partners=[make_organisation(), union])
    make_project()
    assert sorted(Project.objects.involving(union), key=lambda p: p.pk) == [led, partnered]
    assert Project.objects.involving(union.slug).count() == 2


def test_drafts_are_not_published():
    make_project(status=Status.DRAFT)
    published = make_project()
    assert list(Project.objects.published()) == [published]
    assert list(Project.objects.for_listing()) == [published]


def test_other_partners_and_funders_are_read_one_per_line():
    project = make_project(other_partners="Ministry of Education\n\n  Local NGO  \n", funders="AFD\nEU")
    assert project.other_partner_list == ["Ministry of Education", "Local NGO"]
    assert project.funder_list == ["AFD", "EU"]
