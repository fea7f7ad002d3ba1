import datetime
import hashlib
import io
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count
from PIL import Image
from taggit.models import Tag, TaggedItem

from members.models import Organisation
from network_site.models import MissionArea, NetworkPage
from projects.models import Project
from tests.factories import make_organisation, png_upload
from toolbox import services
from toolbox.models import FileFormat, Kit, KitArchive, KitItem, Resource, ResourceFile, ResourceKind

NETWORK_PAGE_SLUGS = ["who-we-are", "our-mission", "governance", "history", "join-us", "legal-notice"]

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def media_files():
    """Every file in the public and the private (toolbox) storage."""
    roots = [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]
    return {(str(root), path.relative_to(root)) for root in roots for path in root.rglob("*") if path.is_file()}


def database_snapshot():
    """Every value the demo writes, including timestamps, relations and tags."""
    return {
        "organisations": list(Organisation.objects.order_by("pk").values()),
        "projects": list(Project.objects.order_by("pk").values()),
        "pages": list(NetworkPage.objects.order_by("pk").values()),
        "mission_areas": list(MissionArea.objects.order_by("pk").values()),
        "partners": list(Project.partner_organisations.through.objects.order_by("pk").values()),
        "project_areas": list(Project.mission_areas.through.objects.order_by("pk").values()),
        "tags": list(Tag.objects.order_by("pk").values()),
        "tagged_items": list(TaggedItem.objects.order_by("pk").values()),
        "resources": list(Resource.objects.order_by("pk").values()),
        "resource_organisations": list(Resource.organisations.through.objects.order_by("pk").values()),
        "resource_areas": list(Resource.mission_areas.through.objects.order_by("pk").values()),
        "resource_files": list(ResourceFile.objects.order_by("pk").values()),
        "kits": list(Kit.objects.order_by("pk").values()),
        "kit_items": list(KitItem.objects.order_by("pk").values()),
        "kit_archives": list(KitArchive.objects.order_by("pk").values()),
    }


def test_demo_fills_the_directory_and_the_projects_with_published_content():
    load_demo()

    assert Organisation.objects.published().count() >= 20
    assert Project.objects.published().count() >= 10
    assert Organisation.objects.published().filter(is_featured=True).exists()
    assert Project.objects.published().filter(is_featured=True).exists()


def test_demo_projects_use_the_existing_mission_areas_and_link_member_organisations():
    areas_before = MissionArea.objects.count()

    load_demo()

    assert MissionArea.objects.count() == areas_before
    burkina = Project.objects.get(slug="teachers-mutual-burkina-faso")
    assert {area.slug for area in burkina.mission_areas.all()} == {"social-protection-for-all"}
    assert burkina.partner_organisations.filter(slug="snea-b").exists()
    assert "Africa" in burkina.tags.names()
    assert Project.objects.get(slug="sacha-haiti").beneficiaries_count == 9460


def test_the_six_network_pages_exist_in_order_and_are_published():
    load_demo()

    pages = NetworkPage.objects.published().filter(slug__in=NETWORK_PAGE_SLUGS)
    assert [page.slug for page in pages] == NETWORK_PAGE_SLUGS
    assert NetworkPage.objects.get(slug="legal-notice").title == "Legal notice and privacy"


def test_every_organisation_has_a_logo_and_a_thumbnail_on_disk():
    load_demo()

    for organisation in Organisation.objects.all():
        assert organisation.logo, organisation.slug
        assert organisation.logo_thumbnail, organisation.slug
        assert Path(organisation.logo.path).is_file()
        assert Path(organisation.logo_thumbnail.path).is_file()


def test_project_pictures_come_with_a_description():
    load_demo()

    with_image = Project.objects.exclude(image="")
    assert with_image.count() >= 5
    for project in with_image:
        assert project.image_alt.startswith("Illustration:"), project.slug
        assert Path(project.image_thumbnail.path).is_file()


def test_running_the_demo_twice_changes_no_row_no_value_and_no_file(monkeypatch):
    load_demo()
    rows, files = database_snapshot(), media_files()
    refreshed = []
    monkeypatch.setattr(services, "resource_refresh", lambda *, resource: refreshed.append(resource.slug))

    output = load_demo()

    assert database_snapshot() == rows
    assert media_files() == files
    assert refreshed == [], "an unchanged resource does not need its sheet and search text rebuilt"
    progress = [line for line in output.splitlines() if ": " in line]
    assert len(progress) == 6
    assert all(line.endswith(("(0 new, 0 updated)", "(0 new)")) for line in progress), output


def test_a_second_run_puts_back_edited_demo_text_but_keeps_an_uploaded_logo():
    load_demo()
    organisation = Organisation.objects.get(slug="csq")
    organisation.description = "<p>Edited.</p>"
    organisation.logo = png_upload("own-logo.png")
    organisation.save()
    own_logo = organisation.logo.name

    output = load_demo()

    organisation.refresh_from_db()
    assert organisation.description != "<p>Edited.</p>"
    assert organisation.logo.name == own_logo
    assert "Organisations: " in output and "1 updated" in output


def test_the_demo_leaves_other_organisations_alone():
    other = make_organisation(name="Not in the demo")

    load_demo()

    other.refresh_from_db()
    assert other.name == "Not in the demo"
    assert not other.logo


def test_the_command_reports_its_progress():
    output = load_demo()

    assert f"Organisations: {Organisation.objects.count()} (" in output
    assert f"Projects: {Project.objects.count()} (" in output
    assert "Network pages: 6 (6 new, 0 updated)" in output
    resources = Resource.objects.count()
    assert f"Toolbox resources: {resources} ({resources} new, 0 updated)" in output
    files = ResourceFile.objects.count()
    assert f"Toolbox files: {files} ({files} new)" in output
    assert "Kits: 1 (1 new, 0 updated)" in output


# --- Toolbox -----------------------------------------------------------------------------------------------------

def test_the_toolbox_has_published_resources_of_every_kind_in_the_network_languages():
    load_demo()

    published = Resource.objects.published()
    assert published.count() >= 15
    assert set(published.values_list("kind", flat=True)) == set(ResourceKind.values)
    assert set(published.values_list("language", flat=True)) == {"en", "fr", "es"}
    for resource in published:
        assert resource.summary and resource.context and resource.contact, resource.slug
        assert resource.mission_areas.exists(), resource.slug
        assert resource.tags.exists(), resource.slug
        assert Path(resource.sheet.path).is_file(), resource.slug
        assert resource.sheet_page_count >= 1, resource.slug


def test_toolbox_resources_link_the_demo_organisations_projects_and_mission_areas():
    load_demo()

    burkina = Resource.objects.get(slug="mutuelle-enseignants-burkina-faso")
    assert burkina.language == "fr"
    assert burkina.project.slug == "teachers-mutual-burkina-faso"
    assert burkina.organisations.filter(slug="snea-b").exists()
    assert [area.slug for area in burkina.mission_areas.all()] == ["social-protection-for-all"]
    assert "Africa" in burkina.tags.names()
    assert [country.code for country in burkina.countries] == ["BF"]
    assert burkina.regions
    guide = Resource.objects.get(slug="running-an-open-forum")
    assert guide.kind == ResourceKind.GUIDE
    assert guide.languages == "en,fr,es"


def test_every_demo_file_is_a_real_pdf_or_png_with_its_derived_facts():
    load_demo()

    files = ResourceFile.objects.select_related("resource")
    assert files.count() >= 30
    assert Resource.objects.annotate(files_count=Count("files")).filter(files_count__gte=2).count() >= 5
    assert {file.format for file in files} == {FileFormat.PDF, FileFormat.PNG}
    for resource_file in files:
        with resource_file.file.open("rb") as stored:
            data = stored.read()
        assert resource_file.sha256 == hashlib.sha256(data).hexdigest(), resource_file
        assert resource_file.size == len(data)
        assert Path(resource_file.thumbnail.path).is_file(), resource_file
        if resource_file.format == FileFormat.PDF:
            document = pdfium.PdfDocument(data)
            assert 1 <= resource_file.page_count == len(document) <= 4, resource_file
            document.close()
            assert resource_file.text, "the PDF's text was extracted for search"
        else:
            with Image.open(io.BytesIO(data)) as image:
                assert image.format == "PNG"
                image.verify()


def test_demo_files_in_french_and_spanish_keep_their_accents():
    load_demo()

    french = ResourceFile.objects.get(resource__slug="mutuelle-enseignants-burkina-faso", language="fr")
    spanish = ResourceFile.objects.get(resource__slug="running-an-open-forum", language="es")
    assert "Réseau Éducation et Solidarité" in french.text
    assert "Red Educación y Solidaridad" in spanish.text
    # The file's text feeds the toolbox search.
    assert "Réseau Éducation et Solidarité" in french.resource.search_text


def test_the_mobilisation_kit_gathers_ordered_resources_with_a_zip_per_language():
    load_demo()

    kit = Kit.objects.published().get(slug="mobilisation-kit-2015")
    assert kit.is_featured
    assert kit.event_date == datetime.date(2015, 7, 21)
    assert kit.cover_alt.startswith("Illustration:")
    with Image.open(kit.cover.path) as cover:
        assert (cover.format, cover.size) == ("JPEG", (1200, 750))
    items = list(kit.items.all())
    assert len(items) >= 6
    assert [item.order for item in items] == list(range(1, len(items) + 1))
    archives = {archive.language: archive for archive in kit.archives.all()}
    assert {"en", "fr"} <= set(archives)
    for archive in archives.values():
        with archive.file.open("rb") as stored, zipfile.ZipFile(stored) as contents:
            names = contents.namelist()
        assert "MANIFEST.csv" in names
        assert len(names) == len(items) + 1, archive.language


def test_a_demo_file_deleted_by_an_editor_comes_back_on_the_next_run():
    load_demo()
    ResourceFile.objects.get(resource__slug="filgood-app", language="es").delete()
    Resource.objects.filter(slug="filgood-app").update(languages="en,fr")
    other_files = set(ResourceFile.objects.values_list("pk", "sha256"))

    output = load_demo()

    resource = Resource.objects.get(slug="filgood-app")
    assert resource.files.filter(language="es").exists()
    assert resource.languages == "en,fr,es"
    assert other_files < set(ResourceFile.objects.values_list("pk", "sha256"))
    assert "(1 new)" in output
