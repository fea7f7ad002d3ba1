import datetime
import io
import threading
import zipfile

import pypdfium2 as pdfium
import pytest
from django.db import connection

from tests.factories import make_kit, make_organisation, make_resource, pdf_upload, png_upload
from toolbox import services
from toolbox.models import DownloadCount, DownloadTotal, KitDownloadCount, ResourceFile

pytestmark = pytest.mark.django_db


def pdf_text_of(data):
    document = pdfium.PdfDocument(data)
    text = " ".join(page.get_textpage().get_text_bounded() for page in document)
    return " ".join(text.split())


def test_facts_are_derived_once_at_upload():
    resource = make_resource(files=[("fr", pdf_upload("guide.pdf", text="Santé des enseignants", pages=3))])
    file = resource.files.get()
    assert file.format == "pdf"
    assert file.content_type == "application/pdf"
    assert file.page_count == 3
    assert file.size == file.file.size
    assert len(file.sha256) == 64
    assert "Santé des enseignants" in file.text
    assert file.thumbnail.name.endswith(".webp")
    assert file.original_name == "guide.pdf"


def test_images_get_a_thumbnail_and_no_page_count():
    resource = make_resource(files=[("en", png_upload("poster.png", size=(1200, 1600)))])
    file = resource.files.get()
    assert (file.format, file.page_count) == ("png", None)
    assert file.thumbnail


def test_two_uploads_with_the_same_name_never_overwrite_each_other():
    first = make_resource(files=[("en", pdf_upload("sheet.pdf", text="first"))]).files.get()
    second = make_resource(files=[("en", pdf_upload("sheet.pdf", text="second"))]).files.get()
    assert first.file.name != second.file.name
    assert "sheet" not in first.file.name  # stored under a generated name
    assert "first" in first.text and "second" in second.text


def test_the_uniform_sheet_is_generated_from_the_fields_and_rebuilt_only_when_they_change():
    organisation = make_organisation(name="Syndicat des Enseignants Romands", acronym="SER")
    resource = make_resource(title="Teachers' health days", context="Why it started.\n\n- a bullet point",
                             organisations=[organisation])
    sheet = resource.sheets.get(language="en")
    text = pdf_text_of(sheet.file.read())
    assert "Teachers' health days" in text
    assert "Syndicat des Enseignants Romands" in text
    assert "a bullet point" in text
    assert sheet.page_count == 1

    services.resource_refresh(resource=resource)
    assert resource.sheets.get(language="en").file.name == sheet.file.name  # nothing changed, not rebuilt

    resource.results = "Four hundred teachers took part."
    resource.save()
    services.resource_refresh(resource=resource)
    rebuilt = resource.sheets.get(language="en")
    assert rebuilt.file.name != sheet.file.name
    assert "Four hundred teachers took part." in pdf_text_of(rebuilt.file.read())


def test_search_text_and_languages_cover_the_files():
    resource = make_resource(language="en", files=[("fr", pdf_upload(text="prévention du stress")),
                                                    ("es", pdf_upload(text="salud docente"))])
    resource.refresh_from_db()
    assert "prévention du stress" in resource.search_text
    assert resource.languages == ["en", "fr", "es"]


def test_languages_cover_the_languages_the_sheet_is_translated_into():
    resource = make_resource(language="en", files=[("de", pdf_upload())])
    resource.title_es, resource.summary_es = "Jornadas de salud", "Cómo un sindicato organizó jornadas de salud."
    resource.title_fr = "Journées de santé"  # a title alone is not a sheet in French
    resource.save()
    services.resource_refresh(resource=resource)
    resource.refresh_from_db()
    assert resource.languages == ["en", "es", "de"]


def test_file_for_language_prefers_the_visitors_then_the_original_language():
    resource = make_resource(language="fr", files=[("fr", pdf_upload()), ("es", pdf_upload())])
    assert services.file_for_language(resource, "es").language == "es"
    assert services.file_for_language(resource, "en").language == "fr"
    other = make_resource(language="en", files=[("ar", pdf_upload()), ("es", pdf_upload()), ("de", pdf_upload())])
    assert services.file_for_language(other, "fr").language == "es"  # then in the Network's order of languages


def test_downloads_are_counted_per_resource_language_and_day():
    resource = make_resource()
    services.download_record(resource=resource, language="fr")
    services.download_record(resource=resource, language="fr")
    services.download_record(resource=resource, language="es")
    counts = {row.language: row.count for row in DownloadCount.objects.filter(resource=resource)}
    assert counts == {"fr": 2, "es": 1}
    assert DownloadTotal.objects.get(resource=resource).count == 3


@pytest.mark.django_db(transaction=True)
def test_no_download_is_lost_when_many_happen_at_once():
    resource = make_resource(refresh=False)
    errors = []

    def download_five_times():
        try:
            for _ in range(5):
                services.download_record(resource=resource, language="en")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()  # each thread has its own connection; let the test database go

    threads = [threading.Thread(target=download_five_times) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert DownloadCount.objects.get(resource=resource, language="en").count == 30
    assert DownloadTotal.objects.get(resource=resource).count == 30


@pytest.mark.django_db(transaction=True)
def test_no_kit_download_is_lost_when_many_happen_at_once():
    kit = make_kit(resources=[make_resource(files=[("en", pdf_upload())])])
    errors = []

    def download_five_times():
        try:
            for _ in range(5):
                services.kit_download_record(kit=kit, language="en")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=download_five_times) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert KitDownloadCount.objects.get(kit=kit, language="en").count == 20


def test_a_kit_zip_holds_each_item_in_the_language_with_a_manifest():
    guide = make_resource(title="Health guide", language="en",
                          files=[("en", pdf_upload(text="guide en")), ("fr", pdf_upload(text="guide fr"))])
    poster = make_resource(title="Poster", language="en", files=[("en", png_upload("poster.png"))])
    kit = make_kit(resources=[guide, poster])
    archives = {archive.language: archive for archive in kit.archives.all()}
    assert set(archives) == {"en", "fr"}
    with zipfile.ZipFile(archives["fr"].file.open("rb")) as archive:
        names = archive.namelist()
        manifest = archive.read("MANIFEST.csv").decode()
    assert names[0].startswith("01-health-guide-fr")
    assert names[1].startswith("02-poster-en")  # no French poster: the original is included
    assert "Health guide" in manifest and "Français" in manifest and "CC BY-NC-SA 4.0" in manifest
    assert guide.files.get(language="fr").sha256 in manifest


def test_a_kit_zip_is_built_once_and_again_only_when_a_file_changes():
    resource = make_resource(files=[("en", pdf_upload(text="v1"))])
    kit = make_kit(resources=[resource])
    first = kit.archives.get(language="en")
    assert services.kit_build_archives(kit=kit)[0].file.name == first.file.name

    resource_file = resource.files.get()
    services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload(text="v2")
    resource_file.save()
    services.kits_refresh_for(resource=resource)
    rebuilt = kit.archives.get(language="en")
    assert rebuilt.file.name != first.file.name
    with zipfile.ZipFile(io.BytesIO(rebuilt.file.read())) as archive:
        (name,) = [name for name in archive.namelist() if name.endswith(".pdf")]
        assert "v2" in pdf_text_of(archive.read(name))


def test_replacing_a_file_keeps_the_previous_version():
    resource = make_resource(files=[("en", pdf_upload("old.pdf", text="old"))])
    resource_file = resource.files.get()
    old_name, old_sha = resource_file.file.name, resource_file.sha256
    services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload("new.pdf", text="new")
    resource_file.save()
    resource_file = ResourceFile.objects.get(pk=resource_file.pk)
    version = resource_file.versions.get()
    assert (version.file.name, version.sha256, version.original_name) == (old_name, old_sha, "old.pdf")
    assert version.file.storage.exists(old_name)
    assert resource_file.sha256 != old_sha


def test_a_batch_of_facet_keys_is_each_resource_s_own_and_touches_no_other():
    """rebuild_search and the bench seed write keys 500 resources at a time, each facet's rows read for that batch
    only: every resource of the batch gets all its own keys and no other's; a resource outside is left alone."""
    from tests.factories import mission_area
    from toolbox.models import Resource

    def resource(name, tags=(), **fields):
        return make_resource(slug=name, organisations=[make_organisation(slug=f"union-{name}")],
                             tags=[name.title(), *tags], **fields)

    # Made first, with more links than one each: no link row's id is its resource's id.
    resource("stress", tags=["Violence", "Unions"], mission_areas=[mission_area("healthy-schools")],
             files=[("es", pdf_upload()), ("en", pdf_upload())])
    first = resource("pensions", countries=["BF", "SN"], mission_areas=[mission_area("healthy-schools")],
                     files=[("fr", pdf_upload())])
    second = resource("burnout", kind="guide", countries=["KE"], date=datetime.date(2019, 3, 1))
    Resource.objects.update(facet_keys=["stale:key"])

    services.resource_facet_keys_refresh(pks=[first.pk, second.pk])

    keys = dict(Resource.objects.values_list("slug", "facet_keys"))
    assert keys["pensions"] == sorted([
        "kind:action", "mission_area:healthy-schools", "language:en", "language:fr", "region:africa", "country:BF",
        "country:SN", "organisation:union-pensions", "format:pdf", "year:2015", "tag:pensions"])
    assert keys["burnout"] == sorted([
        "kind:guide", "language:en", "region:africa", "country:KE", "organisation:union-burnout", "year:2019",
        "tag:burnout"])
    assert keys["stress"] == ["stale:key"]
