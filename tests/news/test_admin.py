"""The event form's gallery: many photos added at once, each block editable in a compact layout."""

import pytest
from django.urls import reverse

from core.models import Status
from news.models import Event, EventKind, Photo
from tests.factories import make_event, png_upload

pytestmark = pytest.mark.django_db


def event_data(event, **fields):
    """The change form of `event` as the browser sends it, with no photo row changed."""
    data = {
        "title_en": event.title, "slug": event.slug, "kind": EventKind.OPEN_FORUM, "summary_en": event.summary,
        "start_at_0": "2015-07-21", "start_at_1": "09:00", "end_at_0": "2015-07-21", "end_at_1": "17:00",
        "time_zone": "America/Toronto", "city_en": "Ottawa", "country": "CA",
        "description_en": "<p>Open space.</p>", "status": Status.PUBLISHED,
        "published_at_0": "2015-06-01", "published_at_1": "08:00",
        "photos-TOTAL_FORMS": "0", "photos-INITIAL_FORMS": "0", "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    for index, photo in enumerate(event.photos.all()):
        data.update({
            f"photos-{index}-id": str(photo.pk), f"photos-{index}-event": str(event.pk),
            f"photos-{index}-order": str(photo.order), f"photos-{index}-image_alt_en": photo.image_alt_en,
            f"photos-{index}-caption_en": photo.caption_en or "", f"photos-{index}-credit": photo.credit,
        })
        data["photos-TOTAL_FORMS"] = data["photos-INITIAL_FORMS"] = str(index + 1)
    data.update(fields)
    return data


def change_url(event):
    return reverse("admin:news_event_change", args=[event.pk])


def test_three_photos_chosen_at_once_become_three_photos_in_order_with_the_shared_credit(staff_client):
    event = make_event(photos=1)
    files = [png_upload(f"forum-{n}.png", size=(640, 480), color=(n * 40, 90, 120)) for n in range(3)]
    response = staff_client.post(change_url(event), event_data(
        event, new_photos=files, new_photos_alt="Delegates at the open forum", new_photos_credit="Réseau/Ana Lima",
    ))
    assert response.status_code == 302, response.context["adminform"].form.errors
    photos = list(event.photos.all())
    assert len(photos) == 4
    new = photos[1:]
    assert [photo.order for photo in new] == [1, 2, 3]  # after the photo already there, in the order chosen
    assert {photo.credit for photo in new} == {"Réseau/Ana Lima"}
    assert {photo.image_alt_en for photo in new} == {"Delegates at the open forum"}
    assert all(photo.thumbnail and photo.large and photo.width == 640 for photo in new)
    # Shown on the public gallery, in that order.
    assert [photo.pk for photo in Event.objects.get(pk=event.pk).photos.all()] == [p.pk for p in photos]


def test_one_bad_file_among_the_photos_is_refused_with_its_name_and_nothing_is_added(staff_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    event = make_event()
    stored_before = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    files = [png_upload("good.png"), png_upload("also-good.png")]
    from django.core.files.uploadedfile import SimpleUploadedFile

    files.insert(1, SimpleUploadedFile("notes.png", b"this is not a picture", content_type="image/png"))
    response = staff_client.post(change_url(event), event_data(
        event, title_en="Renamed forum", new_photos=files, new_photos_alt="Delegates",
    ))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["new_photos"]
    assert any("notes.png" in error and "not an image" in error for error in errors)
    assert "notes.png" in response.content.decode()
    assert Photo.objects.filter(event=event).count() == 0
    assert Event.objects.get(pk=event.pk).title == event.title  # the event's own change is not saved either
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == stored_before  # no file left behind


def test_photos_without_a_description_are_refused(staff_client):
    event = make_event()
    response = staff_client.post(change_url(event), event_data(event, new_photos=[png_upload("a.png")]))
    assert response.status_code == 200
    assert "new_photos_alt" in response.context["adminform"].form.errors
    assert not event.photos.exists()


def test_the_form_offers_a_multiple_file_input_and_a_compact_block_per_photo(staff_client):
    event = make_event(photos=2)
    html = staff_client.get(change_url(event)).content.decode()
    assert '<input type="file" name="new_photos" accept="image/jpeg,image/png,image/webp,image/gif" multiple' in html
    assert 'enctype="multipart/form-data"' in html
    # Stacked blocks, not a table with a column per language.
    assert 'id="photos-group"' in html and "inline-related" in html and "tabular" not in html
    for code in ("en", "fr", "es"):
        assert f'name="photos-0-image_alt_{code}"' in html


def test_the_order_numbers_of_existing_photos_reorder_the_gallery(staff_client):
    event = make_event(photos=3)
    first, second, third = event.photos.all()
    data = event_data(event)
    data.update({"photos-0-order": "5", "photos-1-order": "1", "photos-2-order": "3"})
    response = staff_client.post(change_url(event), data)
    assert response.status_code == 302
    assert list(event.photos.all()) == [second, third, first]
