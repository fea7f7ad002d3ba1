"""What staff see in the admin when they publish, replace and protect toolbox files."""


import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.models import Status
from tests.factories import make_kit, make_resource, pdf_bytes, pdf_upload
from toolbox.models import DownloadCount, Resource, ResourceFileVersion

pytestmark = pytest.mark.django_db

INLINE = "files"


def resource_form(**overrides):
    data = {
        "title_en": "Health days for teachers", "slug": "health-days", "summary_en": "What we did.", "kind": "action",
        "language": "en", "date": "2015-07-20", "status": "published", "licence": "CC BY 4.0",
        "context_en": "Context text", "countries": [], "tags": "",
        f"{INLINE}-TOTAL_FORMS": "1", f"{INLINE}-INITIAL_FORMS": "0", f"{INLINE}-MIN_NUM_FORMS": "0",
        f"{INLINE}-MAX_NUM_FORMS": "1000",
        f"{INLINE}-0-language": "fr",
    }
    data.update(overrides)
    return data


def test_staff_upload_a_file_and_see_what_was_derived(staff_client):
    data = resource_form(**{f"{INLINE}-0-file": pdf_upload("guide.pdf", pages=2)})
    response = staff_client.post("/admin/toolbox/resource/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    resource = Resource.objects.get(slug="health-days")
    resource_file = resource.files.get()
    assert resource_file.page_count == 2
    assert set(resource.sheets.values_list("language", flat=True)) == {"en", "fr", "es"}  # built on save
    change_page = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    assert resource_file.sha256 in change_page
    assert "2 pages" in change_page
    assert "/toolbox/health-days/download/fr/" in change_page
    assert "/fr/toolbox/health-days/sheet/" in change_page


def test_a_file_added_to_a_saved_resource_counts_in_its_languages(staff_client):
    resource = make_resource(slug="health-days", files=[("en", pdf_upload())])
    resource_file = resource.files.get()
    data = resource_form(**{
        f"{INLINE}-TOTAL_FORMS": "2", f"{INLINE}-INITIAL_FORMS": "1",
        f"{INLINE}-0-id": str(resource_file.pk), f"{INLINE}-0-resource": str(resource.pk), f"{INLINE}-0-language": "en",
        f"{INLINE}-1-language": "es", f"{INLINE}-1-file": pdf_upload("guia.pdf"),
    })
    response = staff_client.post(f"/admin/toolbox/resource/{resource.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    resource.refresh_from_db()
    assert resource.languages == ["en", "es"]


@pytest.mark.parametrize("name, content, message", [
    ("report.pdf", b"<html><body>hi</body></html>", "not one we can publish"),
    ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not one we can publish"),
    ("empty.pdf", b"", "The submitted file is empty"),
    ("tool.exe", b"MZ\x90\x00" + b"\x00" * 64, "not one we can publish"),
])
def test_refused_files_get_a_clear_message_and_nothing_is_saved(staff_client, name, content, message):
    data = resource_form(**{f"{INLINE}-0-file": SimpleUploadedFile(name, content)})
    response = staff_client.post("/admin/toolbox/resource/add/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Resource.objects.exists()


def test_a_file_over_the_size_limit_is_refused_in_the_admin(staff_client, settings):
    settings.TOOLBOX_MAX_UPLOAD_SIZE = 500
    data = resource_form(**{f"{INLINE}-0-file": SimpleUploadedFile("big.pdf", pdf_bytes())})
    response = staff_client.post("/admin/toolbox/resource/add/", data)
    assert "the limit is" in response.content.decode()


def test_replacing_a_file_in_the_admin_keeps_the_old_one_as_a_version(staff_client):
    resource = make_resource(slug="guide", files=[("fr", pdf_upload("v1.pdf", text="first"))])
    resource_file = resource.files.get()
    data = resource_form(slug="guide", **{
        f"{INLINE}-INITIAL_FORMS": "1", f"{INLINE}-0-id": str(resource_file.pk),
        f"{INLINE}-0-resource": str(resource.pk), f"{INLINE}-0-file": pdf_upload("v2.pdf", text="second"),
    })
    response = staff_client.post(f"/admin/toolbox/resource/{resource.pk}/change/", data)
    assert response.status_code == 302
    resource_file.refresh_from_db()
    assert resource_file.original_name == "v2.pdf"
    version = ResourceFileVersion.objects.get()
    assert version.original_name == "v1.pdf"
    change_page = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    assert "v1.pdf" in change_page
    old = staff_client.get(f"/admin/toolbox/resourcefileversion/{version.pk}/download/")
    assert old.status_code == 200
    assert b"".join(old.streaming_content) == version.file.open("rb").read()


def test_visitors_cannot_reach_previous_versions(client):
    resource = make_resource(files=[("fr", pdf_upload())])
    version = ResourceFileVersion.objects.create(
        resource_file=resource.files.get(), file=resource.files.get().file.name, size=1, sha256="x",
        uploaded_at=resource.created_at,
    )
    response = client.get(f"/admin/toolbox/resourcefileversion/{version.pk}/download/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_resource_used_by_a_kit_cannot_be_deleted_by_accident(staff_client):
    resource = make_resource(title="Kit item")
    make_kit(resources=[resource])
    response = staff_client.post(f"/admin/toolbox/resource/{resource.pk}/delete/", {"post": "yes"})
    assert "Cannot delete" in response.content.decode() or response.status_code == 403
    assert Resource.objects.filter(pk=resource.pk).exists()


def test_publish_and_unpublish_actions(staff_client):
    draft = make_resource(status=Status.DRAFT)
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    staff_client.post("/admin/toolbox/resource/", {"action": "unpublish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_staff_see_and_export_download_counts(staff_client, client):
    resource = make_resource(title="Counted guide", files=[("en", pdf_upload())])
    client.get(f"/toolbox/{resource.slug}/download/en/")
    assert "Counted guide" in staff_client.get("/admin/toolbox/downloadcount/").content.decode()
    assert "English: 1" in staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    row = DownloadCount.objects.get()
    response = staff_client.post("/admin/toolbox/downloadcount/", {"action": "export_counts_csv",
                                                                  "_selected_action": [row.pk]})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0] == "day,resource,slug,language,downloads"
    assert lines[1].endswith(f",Counted guide,{resource.slug},en,1")


def test_saving_a_kit_in_the_admin_builds_its_zips(staff_client):
    resource = make_resource(files=[("es", pdf_upload())])
    data = {
        "title_en": "Kit 2015", "slug": "kit-2015", "description_en": "For Ottawa.", "event_en": "EI World Congress",
        "event_date": "2015-07-21", "cover_alt": "", "status": "published",
        "items-TOTAL_FORMS": "1", "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "0", "items-MAX_NUM_FORMS": "1000",
        "items-0-order": "1", "items-0-resource": str(resource.pk),
    }
    response = staff_client.post("/admin/toolbox/kit/add/", data)
    assert response.status_code == 302
    change_page = staff_client.get("/admin/toolbox/kit/").content.decode()
    assert "Kit 2015" in change_page
    from toolbox.models import Kit

    assert {archive.language for archive in Kit.objects.get(slug="kit-2015").archives.all()} == {"en", "es"}


@pytest.mark.parametrize("url", ["/admin/toolbox/resource/", "/admin/toolbox/resource/add/", "/admin/toolbox/kit/",
                                 "/admin/toolbox/kit/add/", "/admin/toolbox/resourcefileversion/"])
def test_admin_pages_render(staff_client, url):
    make_resource(files=[("en", pdf_upload())])
    assert staff_client.get(url).status_code == 200




def test_a_published_resources_address_cannot_be_changed_by_accident(staff_client):
    resource = make_resource(slug="guide", files=[("fr", pdf_upload())])
    resource_file = resource.files.get()
    data = resource_form(slug="renamed", **{
        f"{INLINE}-INITIAL_FORMS": "1", f"{INLINE}-0-id": str(resource_file.pk),
        f"{INLINE}-0-resource": str(resource.pk),
    })
    assert staff_client.post(f"/admin/toolbox/resource/{resource.pk}/change/", data).status_code == 302
    resource.refresh_from_db()
    assert resource.slug == "guide"


def test_publishing_a_resource_from_the_list_rebuilds_the_zips_of_its_kits(staff_client, client):
    draft = make_resource(title="Late addition", status=Status.DRAFT, files=[("en", pdf_upload())])
    kit = make_kit(resources=[make_resource(files=[("en", pdf_upload())]), draft])
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [draft.pk]})
    response = client.get(f"/toolbox/kits/{kit.slug}/download/en/")
    assert response.status_code == 200  # ready at once, not "being prepared"
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert any("late-addition" in name for name in archive.namelist())


def _stored_files():
    from django.conf import settings

    return {path for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) for path in root.rglob("*")
            if path.is_file()}


@pytest.mark.parametrize("existing, added", [(False, ["fr", "fr"]), (True, ["fr", "fr"]), (True, ["en"])])
def test_two_files_in_the_same_language_at_once_is_a_form_error_and_stores_nothing(staff_client, existing, added):
    """Files are one per language: two French files added together, or a second English one, are refused on
    the form, and no file is left behind in the media folders."""
    resource = make_resource(slug="health-days", files=[("en", pdf_upload())]) if existing else None
    first = 1 if existing else 0  # the rows of files already stored come first
    data = resource_form(**{f"{INLINE}-TOTAL_FORMS": str(first + len(added)), f"{INLINE}-INITIAL_FORMS": str(first)})
    for index, language in enumerate(added, start=first):
        data.update({f"{INLINE}-{index}-language": language, f"{INLINE}-{index}-file": pdf_upload(f"{index}.pdf")})
    if existing:
        current = resource.files.get()
        data.update({f"{INLINE}-0-id": str(current.pk), f"{INLINE}-0-resource": str(resource.pk),
                     f"{INLINE}-0-language": "en"})
    stored = _stored_files()
    url = f"/admin/toolbox/resource/{resource.pk}/change/" if existing else "/admin/toolbox/resource/add/"
    response = staff_client.post(url, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="errornote"' in content
    assert "One file per language: choose another language for the second file" in content
    assert _stored_files() == stored
    assert Resource.objects.count() == (1 if existing else 0)
