from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.models import Status
from members.models import Organisation
from members.regions import Region, countries_in_region, region_for_country
from tests.factories import make_organisation, png_upload

pytestmark = pytest.mark.django_db


def thumbnail_files():
    folder = Path(settings.MEDIA_ROOT) / "members" / "logos" / "thumbs"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_region_is_derived_from_the_country():
    organisation = make_organisation(country="CA")
    assert organisation.region == Region.NORTH_AMERICA
    organisation.country = "SN"
    organisation.save()
    organisation.refresh_from_db()
    assert organisation.region == Region.AFRICA
    organisation.country = ""
    organisation.save()
    assert organisation.region == ""


@pytest.mark.parametrize(("code", "region"), [
    ("FR", Region.EUROPE), ("co", Region.LATIN_AMERICA), ("LB", Region.MIDDLE_EAST), ("JP", Region.ASIA_PACIFIC),
    ("US", Region.NORTH_AMERICA), ("ZZ", ""), ("", ""), (None, ""),
])
def test_each_country_code_maps_to_one_region_or_none(code, region):
    assert region_for_country(code) == region


def test_every_region_has_countries():
    for region in Region:
        assert countries_in_region(region), region


def test_a_small_logo_copy_is_made_once_when_the_logo_is_uploaded():
    before = thumbnail_files()
    organisation = make_organisation(logo=png_upload("union.png", size=(1200, 600)))
    made = sorted(set(thumbnail_files()) - set(before))
    assert len(made) == 1
    assert organisation.logo_thumbnail.name.endswith(".webp")
    with Image.open(organisation.logo_thumbnail.path) as thumbnail:
        assert thumbnail.size == (240, 120)

    # Saving again, on the same object or one read back from the database, makes no new file.
    organisation.city = "Montreal"
    organisation.save()
    again = Organisation.objects.get(pk=organisation.pk)
    again.name = "Renamed union"
    again.save()
    assert thumbnail_files() == sorted(before + made)
    again.refresh_from_db()
    assert again.logo_thumbnail.name == organisation.logo_thumbnail.name


def test_a_new_logo_gets_a_new_small_copy_and_removing_it_removes_the_copy():
    organisation = make_organisation(logo=png_upload("old.png"))
    old_thumbnail = organisation.logo_thumbnail.name
    organisation.logo = png_upload("new.png", color=(200, 0, 0))
    organisation.save()
    assert organisation.logo_thumbnail.name != old_thumbnail
    assert "new" in organisation.logo_thumbnail.name
    organisation.logo = ""
    organisation.save()
    organisation.refresh_from_db()
    assert not organisation.logo_thumbnail


def test_a_text_file_named_png_is_not_accepted_as_a_logo():
    organisation = make_organisation()
    organisation.logo = SimpleUploadedFile("logo.png", b"not really an image", content_type="image/png")
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "logo" in error.value.message_dict


def test_published_hides_drafts_and_for_listing_too():
    visible = make_organisation(name="Visible")
    make_organisation(name="Hidden", status=Status.DRAFT)
    assert list(Organisation.objects.published()) == [visible]
    assert list(Organisation.objects.for_listing()) == [visible]


def test_search_matches_name_or_acronym_ignoring_case():
    csq = make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ")
    mgen = make_organisation(name="Mutuelle générale de l'Éducation nationale", acronym="MGEN")
    assert list(Organisation.objects.search("csq")) == [csq]
    assert list(Organisation.objects.search("mutuelle")) == [mgen]
    assert set(Organisation.objects.search("  ")) == {csq, mgen}


def test_name_and_address():
    organisation = make_organisation(name="Mutuelle générale", acronym="MGEN", slug="mgen")
    assert str(organisation) == "Mutuelle générale (MGEN)"
    assert str(make_organisation(name="ESN", acronym="ESN")) == "ESN"
    assert organisation.get_absolute_url() == "/members/mgen/"
    assert organisation.display_name == "MGEN"
