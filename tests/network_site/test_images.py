"""Pictures on the site's pages: each has its size, so the page does not move while pictures arrive on a slow
phone connection, and kit covers are served as the other cards' pictures are (a small WebP copy made on save)."""

from html.parser import HTMLParser

import pytest
from django.core.files.storage import default_storage

from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_project,
    make_resource,
    pdf_upload,
    png_upload,
)
from toolbox.models import Kit

pytestmark = pytest.mark.django_db


class Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def images_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = Images()
    parser.feed(response.content.decode())
    return parser.images


def pictured_content():
    organisation = make_organisation(logo=png_upload("logo.png", size=(300, 200)), is_featured=True)
    project = make_project(image=png_upload("project.png", size=(1200, 900)), image_alt="Teachers at a health day",
                           is_featured=True)
    resource = make_resource(files=[("en", pdf_upload())])
    kit = make_kit(resources=[resource], cover=png_upload("cover.png", size=(1600, 1000)), cover_alt="Kit cover",
                   is_featured=True)
    article = make_article(image=png_upload("news.png", size=(1000, 1000)), image_alt="Delegates")
    event = make_event(photos=2)
    return {
        "home": "/",
        "organisation list": "/members/",
        "organisation": organisation.get_absolute_url(),
        "project list": "/projects/",
        "project": project.get_absolute_url(),
        "resource": resource.get_absolute_url(),
        "kit list": "/toolbox/kits/",
        "kit": kit.get_absolute_url(),
        "news": "/news/",
        "article": article.get_absolute_url(),
        "event": event.get_absolute_url(),
        "photo": event.photos.first().get_absolute_url(),
    }


def test_every_picture_on_the_pages_has_its_width_and_height(client):
    pages = pictured_content()
    for name, url in pages.items():
        images = images_of(client, url)
        content_images = [image for image in images if "/static/" not in image["src"]]
        assert content_images, f"{name}: no picture to check"
        for image in images:
            assert image.get("width", "").isdigit() and image.get("height", "").isdigit(), (name, image)


def test_a_picture_has_the_size_of_the_file_it_shows(client):
    """A 1200 × 900 project picture is shown as its 533 × 400 copy, and says so: the browser keeps its place."""
    project = make_project(image=png_upload("project.png", size=(1200, 900)), image_alt="Teachers")
    (image,) = [image for image in images_of(client, project.get_absolute_url()) if "detail-image" in
                image.get("class", "")]
    assert image["src"] == project.image_thumbnail.url and image["src"].endswith(".webp")
    assert (image["width"], image["height"]) == ("533", "400")
    # A PDF's first page (A4, portrait) beside its download: 90 wide, as tall as the page's proportions say.
    resource = make_resource(files=[("en", pdf_upload())])
    (thumb,) = [image for image in images_of(client, resource.get_absolute_url())
                if "download-list__thumb" in image.get("class", "")]
    assert thumb["width"] == "90" and 120 <= int(thumb["height"]) <= 135


def test_a_kit_cover_is_shown_as_a_small_webp_copy_made_when_it_is_saved(client):
    kit = make_kit(cover=png_upload("cover.png", size=(1600, 1000)), cover_alt="Posters of the campaign",
                   is_featured=True)
    assert kit.cover_thumbnail.name.endswith(".webp")
    assert (kit.cover_thumbnail_width, kit.cover_thumbnail_height) == (640, 400)
    for url in ["/", "/toolbox/kits/", kit.get_absolute_url()]:
        (cover,) = [image for image in images_of(client, url) if image.get("alt") == "Posters of the campaign"]
        assert cover["src"] == kit.cover_thumbnail.url, url
        assert (cover["width"], cover["height"]) == ("640", "400"), url


def test_replacing_or_removing_a_kit_cover_replaces_or_removes_its_copy(django_capture_on_commit_callbacks):
    kit = make_kit(cover=png_upload("first.png", size=(800, 800)), cover_alt="First cover")
    first = kit.cover_thumbnail.name
    kit = Kit.objects.get(pk=kit.pk)
    kit.cover = png_upload("second.png", size=(1000, 500))
    with django_capture_on_commit_callbacks(execute=True):
        kit.save()
    assert kit.cover_thumbnail.name != first and not default_storage.exists(first)
    assert (kit.cover_thumbnail_width, kit.cover_thumbnail_height) == (640, 320)
    second = kit.cover_thumbnail.name
    kit.cover = ""
    with django_capture_on_commit_callbacks(execute=True):
        kit.save()
    assert not kit.cover_thumbnail and kit.cover_thumbnail_width is None
    assert not default_storage.exists(second)
