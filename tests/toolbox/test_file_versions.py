"""A previous version of a toolbox file can be made current again, at the same permanent address: visitors then
download the older file, nothing is lost, and the resource's history says who did it."""

import pytest
from django.contrib.admin.models import LogEntry
from reversion.models import Version

from tests.factories import make_kit, make_resource, pdf_upload
from tests.toolbox.test_admin import INLINE, resource_form
from toolbox import services
from toolbox.models import ResourceFileVersion

pytestmark = pytest.mark.django_db


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.fixture
def replaced(staff_client):
    """A published resource whose English file was replaced in the admin: v2 current, v1 a previous version."""
    resource = make_resource(slug="guide", files=[("en", pdf_upload("v1.pdf", text="first edition"))])
    resource_file = resource.files.get()
    response = staff_client.post(f"/admin/toolbox/resource/{resource.pk}/change/", resource_form(
        slug="guide", **{
            f"{INLINE}-0-language": "en", f"{INLINE}-INITIAL_FORMS": "1", f"{INLINE}-0-id": str(resource_file.pk),
            f"{INLINE}-0-resource": str(resource.pk), f"{INLINE}-0-file": pdf_upload("v2.pdf", text="second"),
        }))
    assert response.status_code == 302
    return resource, ResourceFileVersion.objects.get()


def test_staff_make_the_previous_version_current_and_visitors_download_it_at_the_same_address(
        staff_client, client, replaced):
    resource, version = replaced
    old_bytes = version.file.open("rb").read()
    address = f"/toolbox/{resource.slug}/download/en/"
    assert download(client, address) != old_bytes

    change_page = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    make_current = f"/admin/toolbox/resourcefileversion/{version.pk}/make-current/"
    assert make_current in change_page
    confirmation = staff_client.get(make_current)
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert "v1.pdf" in page and "v2.pdf" in page and address in page
    resource_file = resource.files.get()
    assert resource_file.original_name == "v2.pdf"  # nothing changes before the confirmation

    response = staff_client.post(make_current, follow=True)
    assert "is the current English file again" in response.content.decode()
    assert download(client, address) == old_bytes
    resource_file.refresh_from_db()
    assert (resource_file.original_name, resource_file.sha256) == ("v1.pdf", version.sha256)
    assert resource_file.get_absolute_url() == address
    # Nothing lost: v2 is now a previous version, v1 is still listed.
    assert sorted(ResourceFileVersion.objects.values_list("original_name", flat=True)) == ["v1.pdf", "v2.pdf"]
    assert resource_file.file.name != version.file.name  # a copy: deleting the version never removes the file
    # The history says who did it.
    entry = LogEntry.objects.filter(object_id=str(resource.pk)).latest("action_time")
    assert entry.user.username == "staff" and "is current again" in entry.get_change_message()
    revision = Version.objects.get_for_object(resource).order_by("-pk").first().revision
    assert revision.user.username == "staff" and "v1.pdf" in revision.comment


def test_the_search_text_and_kit_zips_follow_the_restored_file(staff_client, replaced):
    resource, version = replaced
    kit = make_kit(resources=[resource])
    old_zip = kit.archives.get(language="en").sha256
    services.resource_file_restore_version(resource_file=resource.files.get(), version=version,
                                           user=resource_user(staff_client))
    resource.refresh_from_db()
    assert "first edition" in resource.search_text and "second" not in resource.search_text
    assert kit.archives.get(language="en").sha256 != old_zip


def resource_user(staff_client):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="staff")


def test_a_version_of_another_file_is_refused_and_nothing_changes(staff_client, replaced):
    from django.core.exceptions import ValidationError

    resource, version = replaced
    other = make_resource(files=[("en", pdf_upload("other.pdf", text="other"))]).files.get()
    with pytest.raises(ValidationError):
        services.resource_file_restore_version(resource_file=other, version=version, user=resource_user(staff_client))
    other.refresh_from_db()
    assert other.original_name == "other.pdf"
    assert ResourceFileVersion.objects.count() == 1


def test_an_old_file_that_todays_checks_refuse_is_not_made_current(staff_client, replaced):
    resource, version = replaced
    with version.file.open("wb") as stored:  # e.g. a damaged file on disk
        stored.write(b"not a pdf at all")
    version.size = 16
    version.save()
    response = staff_client.post(f"/admin/toolbox/resourcefileversion/{version.pk}/make-current/", follow=True)
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()  # the check's message, shown to the staff member
    assert resource.files.get().original_name == "v2.pdf"
    assert ResourceFileVersion.objects.count() == 1


def test_visitors_and_staff_without_the_right_cannot_make_a_version_current(client, replaced, django_user_model):
    _resource, version = replaced
    url = f"/admin/toolbox/resourcefileversion/{version.pk}/make-current/"
    assert "/admin/login/" in client.post(url)["Location"]
    viewer = django_user_model.objects.create_user("viewer", password="a-long-test-password", is_staff=True)
    client.force_login(viewer)
    assert client.post(url).status_code == 403
