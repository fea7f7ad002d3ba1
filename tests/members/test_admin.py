import io
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from core.models import Status
from members.models import Organisation
from tests.factories import make_organisation, png_upload

pytestmark = pytest.mark.django_db

CHANGELIST_URL = reverse("admin:members_organisation_changelist")
ADD_URL = reverse("admin:members_organisation_add")
THUMBS_DIR = Path(settings.MEDIA_ROOT) / "members" / "logos" / "thumbs"


def form_data(**fields):
    """What staff fill in on the add form, without a logo."""
    data = {
        "name_en": "Syndicat national des enseignants", "slug": "snes", "acronym_en": "SNES", "kind": "union",
        "membership": "member", "status": Status.DRAFT, "country": "SN", "city_en": "Dakar", "website": "",
        "contact_email": "", "description": "<p>A union.</p>", "health_social_protection_work": "",
        "founded_year": "", "people_represented": "", "joined_year": "2012",
    }
    data.update(fields)
    return data


def listed(response):
    return sorted(organisation.name for organisation in response.context["cl"].result_list)


def test_the_changelist_shows_organisations_with_logo_and_status(staff_client):
    make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ", country="CA", logo=png_upload())
    make_organisation(name="Draft union", status=Status.DRAFT)
    response = staff_client.get(CHANGELIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Centrale des syndicats du Québec" in content
    assert "Draft union" in content
    assert "North America" in content
    assert '<img src="/media/members/logos/thumbs/' in content
    assert "max-width:40px" in content
    assert "<strong>Published</strong>" in content


def test_the_changelist_search_finds_name_acronym_and_city(staff_client):
    make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ", city="Montreal")
    make_organisation(name="Mutuelle générale", acronym="MGEN", city="Paris")
    assert listed(staff_client.get(CHANGELIST_URL, {"q": "csq"})) == ["Centrale des syndicats du Québec"]
    assert listed(staff_client.get(CHANGELIST_URL, {"q": "mutuelle"})) == ["Mutuelle générale"]
    assert listed(staff_client.get(CHANGELIST_URL, {"q": "paris"})) == ["Mutuelle générale"]


def test_the_changelist_filters_by_region_and_by_country_in_use(staff_client):
    make_organisation(name="Quebec union", country="CA")
    make_organisation(name="Dakar union", country="SN")
    response = staff_client.get(CHANGELIST_URL, {"region__exact": "africa"})
    assert listed(response) == ["Dakar union"]
    assert listed(staff_client.get(CHANGELIST_URL, {"country": "CA"})) == ["Quebec union"]
    # Only countries that have an organisation are offered.
    content = response.content.decode()
    assert "Canada" in content
    assert "Japan" not in content


def test_the_add_form_renders_with_folded_rarely_used_fields(staff_client):
    response = staff_client.get(ADD_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for text in ["Where", "Logo", "About the organisation", "More options", "Current logo"]:
        assert text in content, text
    assert content.count("<details") == 1
    assert "django-admin-prepopulated-fields-constants" in content


def test_the_change_form_shows_the_current_logo_and_a_view_on_site_link(staff_client):
    organisation = make_organisation(logo=png_upload(), country="FR")
    response = staff_client.get(reverse("admin:members_organisation_change", args=[organisation.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<img src="/media/members/logos/thumbs/' in content
    assert "max-width:240px" in content
    assert "Europe" in content  # the region, read-only
    view_on_site = reverse("admin:view_on_site", args=[ContentType.objects.get_for_model(Organisation).pk,
                                                       organisation.pk])
    assert view_on_site in content
    assert staff_client.get(view_on_site).url.endswith(organisation.get_absolute_url())


def test_staff_add_an_organisation_with_a_logo(staff_client):
    response = staff_client.post(ADD_URL, form_data(logo=png_upload("snes.png", size=(800, 400))))
    assert response.status_code == 302
    organisation = Organisation.objects.get(slug="snes")
    assert organisation.region == "africa"
    assert organisation.logo_thumbnail.name.endswith(".webp")
    thumbnail = organisation.logo_thumbnail.name
    thumbs_before = sorted(THUMBS_DIR.iterdir())

    # Saving the change form again without a new logo keeps the same small copy and makes no new file.
    change_url = reverse("admin:members_organisation_change", args=[organisation.pk])
    response = staff_client.post(change_url, form_data(city_en="Thiès"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.city == "Thiès"
    assert organisation.logo_thumbnail.name == thumbnail
    assert sorted(THUMBS_DIR.iterdir()) == thumbs_before


def _huge_png():
    # 48 million pixels, over the 40 million limit, yet a tiny file: a decompression bomb in miniature.
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, "PNG")
    return SimpleUploadedFile("huge.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.parametrize(("upload", "message"), [
    (lambda: SimpleUploadedFile("logo.png", b"Just some text, not a picture.", content_type="image/png"),
     "Upload a valid image"),
    (lambda: SimpleUploadedFile(
        "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        content_type="image/svg+xml"), "Upload a valid image"),
    (lambda: SimpleUploadedFile(
        "logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>',
        content_type="image/png"), "Upload a valid image"),
    (_huge_png, "too large to process"),
])
def test_a_logo_that_is_not_a_usable_image_is_refused_with_a_message(staff_client, upload, message):
    response = staff_client.post(ADD_URL, form_data(logo=upload()))
    assert response.status_code == 200
    assert "logo" in response.context["adminform"].form.errors
    content = response.content.decode()
    assert message in content
    assert "Please correct the error below." in content
    assert not Organisation.objects.filter(slug="snes").exists()


def test_publish_and_unpublish_actions_change_the_status(staff_client, client):
    first = make_organisation(status=Status.DRAFT)
    second = make_organisation(status=Status.DRAFT)
    other = make_organisation(status=Status.DRAFT)
    response = staff_client.post(CHANGELIST_URL, {"action": "publish", "_selected_action": [first.pk, second.pk]},
                                 follow=True)
    assert "2 items published." in response.content.decode()
    assert set(Organisation.objects.published()) == {first, second}
    assert client.get(first.get_absolute_url()).status_code == 200

    response = staff_client.post(CHANGELIST_URL, {"action": "unpublish", "_selected_action": [first.pk]},
                                 follow=True)
    assert "1 item unpublished." in response.content.decode()
    assert set(Organisation.objects.published()) == {second}
    assert client.get(first.get_absolute_url()).status_code == 404  # visitors; staff still get a preview
    other.refresh_from_db()
    assert other.status == Status.DRAFT


def test_the_admin_is_configured_for_autocomplete_from_projects():
    model_admin = admin.site._registry[Organisation]
    assert model_admin.check() == []
    assert {"name", "acronym"} <= set(model_admin.search_fields)


def test_projects_admin_autocomplete_finds_organisations_by_acronym(staff_client):
    make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ", status=Status.DRAFT)
    make_organisation(name="Mutuelle générale", acronym="MGEN")
    response = staff_client.get(reverse("admin:autocomplete"), {
        "term": "csq", "app_label": "projects", "model_name": "project", "field_name": "lead_organisation",
    })
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Centrale des syndicats du Québec (CSQ)"]
