"""Stored files follow their rows: named by what they are, private while a draft, gone with their row, and
`manage.py check_storage` reports (and removes) what does not match."""

import io
import os
import time

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from core.models import Status
from tests.factories import make_kit, make_resource, pdf_bytes, pdf_upload, png_upload
from toolbox import services
from toolbox.models import Kit, Resource, ResourceFileVersion, private_storage

pytestmark = pytest.mark.django_db


def exists(field_file):
    return field_file.storage.exists(field_file.name)


def test_a_file_is_stored_under_the_extension_of_what_it_really_is():
    resource = make_resource(files=[("en", SimpleUploadedFile("poly.html", pdf_bytes())),
                                    ("fr", SimpleUploadedFile("photo.exe", png_upload().read()))])
    assert resource.files.get(language="en").file.name.endswith(".pdf")
    assert resource.files.get(language="fr").file.name.endswith(".png")
    assert resource.files.get(language="en").original_name == "poly.html"  # kept for staff, never on disk


def test_a_previous_version_downloads_under_the_name_of_what_it_is(staff_client):
    resource = make_resource(title="Health guide", files=[("en", SimpleUploadedFile("fdp.exe", pdf_bytes()))])
    resource_file = resource.files.get()
    version = services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload("second.pdf")
    resource_file.save()
    response = staff_client.get(f"/admin/toolbox/resourcefileversion/{version.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="health-guide-en-') and disposition.endswith('.pdf"')
    assert "exe" not in disposition


def test_thumbnails_are_private_and_a_drafts_is_seen_by_staff_only(client, staff_client):
    draft = make_resource(status=Status.DRAFT, files=[("en", pdf_upload())])
    thumbnail = draft.files.get().thumbnail
    assert thumbnail.name and exists(thumbnail)
    assert not default_storage.exists(thumbnail.name)  # nothing under /media/
    url = f"/toolbox/{draft.slug}/thumbnail/en/"
    assert client.get(url).status_code == 404
    staff = staff_client.get(url)
    assert staff.status_code == 200 and staff["Content-Type"] == "image/webp"
    assert staff["Cache-Control"] == "private, no-store"

    Resource.objects.filter(pk=draft.pk).update(status=Status.PUBLISHED)
    published = client.get(url)
    assert published.status_code == 200
    assert published["Cache-Control"] == "public, max-age=3600"
    assert url in client.get(draft.get_absolute_url()).content.decode()
    assert client.get(f"/toolbox/{draft.slug}/thumbnail/fr/").status_code == 404


def test_deleting_a_resource_deletes_its_files_versions_thumbnails_and_sheets_after_commit(
        django_capture_on_commit_callbacks):
    resource = make_resource(files=[("en", pdf_upload())])
    resource_file = resource.files.get()
    first = resource_file.file.name
    version = services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload(text="second")
    with django_capture_on_commit_callbacks(execute=True):
        resource_file.save()
    assert private_storage().exists(first)  # kept: it is the previous version
    sheets = [sheet.file for sheet in resource.sheets.all()]
    stored = [resource_file.file, resource_file.thumbnail, version.file, *sheets]
    assert all(exists(field_file) for field_file in stored)
    with django_capture_on_commit_callbacks(execute=True):
        resource.delete()
    assert [field_file.name for field_file in stored if exists(field_file)] == []


def test_a_replaced_file_without_a_previous_version_is_deleted(django_capture_on_commit_callbacks):
    resource = make_resource(files=[("en", pdf_upload())])
    resource_file = resource.files.get()
    old_file, old_thumbnail = resource_file.file.name, resource_file.thumbnail.name
    resource_file.file = pdf_upload(text="second")
    with django_capture_on_commit_callbacks(execute=True):
        resource_file.save()
    assert not private_storage().exists(old_file) and not private_storage().exists(old_thumbnail)
    assert exists(resource_file.file)


def test_a_deleted_version_takes_its_file(django_capture_on_commit_callbacks):
    resource = make_resource(files=[("en", pdf_upload())])
    resource_file = resource.files.get()
    version = services.resource_file_keep_previous(resource_file=resource_file)
    resource_file.file = pdf_upload(text="second")
    resource_file.save()
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFileVersion.objects.get(pk=version.pk).delete()
    assert not exists(version.file)
    assert exists(resource_file.file)


def test_a_kits_replaced_cover_and_its_zips_are_deleted(django_capture_on_commit_callbacks):
    kit = make_kit(resources=[make_resource(files=[("en", pdf_upload())])], cover=png_upload("cover.png"))
    old_cover = kit.cover.name
    kit.cover = png_upload("new-cover.png")
    with django_capture_on_commit_callbacks(execute=True):
        kit.save()
    assert not default_storage.exists(old_cover) and default_storage.exists(kit.cover.name)
    archives = [archive.file for archive in kit.archives.all()]
    assert archives and all(exists(archive) for archive in archives)
    with django_capture_on_commit_callbacks(execute=True):
        Kit.objects.get(pk=kit.pk).delete()
    assert not default_storage.exists(kit.cover.name)
    assert not any(exists(archive) for archive in archives)


def test_files_are_kept_when_the_deletion_is_rolled_back():
    from django.db import transaction

    resource = make_resource(files=[("en", pdf_upload())])
    stored = resource.files.get().file
    with pytest.raises(RuntimeError), transaction.atomic():
        resource.files.get().delete()
        raise RuntimeError("the admin's save failed")
    assert exists(stored)


def test_check_storage_lists_orphans_and_missing_files_and_deletes_old_orphans():
    resource = make_resource(files=[("en", pdf_upload())])
    private = private_storage()
    old_orphan = private.save("toolbox/files/forgotten.pdf", io.BytesIO(b"%PDF-1.4 old"))
    long_ago = time.time() - 3 * 3600
    os.utime(private.path(old_orphan), (long_ago, long_ago))
    young_orphan = default_storage.save("news/images/just-uploaded.jpg", io.BytesIO(b"jpeg"))
    missing = resource.files.get()
    private.delete(missing.file.name)

    out = io.StringIO()
    call_command("check_storage", stdout=out)
    report = out.getvalue()
    assert f"orphan file  private: {old_orphan}" in report
    assert f"orphan file  default: {young_orphan}" in report
    assert f"missing file toolbox.ResourceFile {missing.pk} file: {missing.file.name}" in report
    assert private.exists(old_orphan)  # listing deletes nothing

    out = io.StringIO()
    call_command("check_storage", "--delete", stdout=out)
    assert "1 orphan file(s) deleted." in out.getvalue()
    assert not private.exists(old_orphan)
    assert default_storage.exists(young_orphan)  # may be an upload whose row is not committed yet


def test_a_thumbnail_the_browser_has_already_is_answered_304_with_the_same_cache_headers(client):
    resource = make_resource(status=Status.PUBLISHED, files=[("en", pdf_upload())])
    url = f"/toolbox/{resource.slug}/thumbnail/en/"
    first = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and not again.content
    assert again["ETag"] == first["ETag"] and again["Cache-Control"] == first["Cache-Control"]
    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200
