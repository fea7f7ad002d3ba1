"""Editing safely in the admin: two editors on one item, two files in one language, and what lists show."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from network_site.models import NetworkPage
from tests.core.test_admin_forms import read_form
from tests.factories import (
    make_article,
    make_kit,
    make_organisation,
    make_page,
    make_project,
    make_resource,
    pdf_upload,
    png_upload,
)
from toolbox.models import DownloadCount

pytestmark = pytest.mark.django_db


def editor(name):
    user = User.objects.create_superuser(name, f"{name}@example.org", "a-long-test-password", first_name=name.title())
    client = Client()
    client.force_login(user)
    return client


def form_data(page, **changes):
    values = {name: value if len(value) != 1 else value[0] for name, value in read_form(page).values.items()}
    return {**values, **changes, "_save": "Save"}


def test_the_second_editor_saving_the_same_item_is_told_and_overwrites_nothing():
    page = make_page(title="Our mission", body="<p>First text.</p>")
    url = reverse("admin:network_site_networkpage_change", args=[page.pk])
    alice, bruno = editor("alice"), editor("bruno")
    alice_form, bruno_form = alice.get(url), bruno.get(url)
    assert 'name="opened_version"' in bruno_form.content.decode()

    first = alice.post(url, form_data(alice_form, title_en="Our mission (by Alice)"))
    assert first.status_code == 302
    second = bruno.post(url, form_data(bruno_form, title_en="Our mission (by Bruno)"))

    assert second.status_code == 200
    content = second.content.decode()
    assert "This item was changed by someone else since you opened it (by Alice at" in content
    assert "Your changes are not saved yet: copy what you need, reload, and apply them again." in content
    assert 'value="Our mission (by Bruno)"' in content  # what Bruno typed is shown back to him
    assert NetworkPage.objects.get(pk=page.pk).title_en == "Our mission (by Alice)"

    # Once he reloads, his save goes through.
    again = bruno.post(url, form_data(bruno.get(url), title_en="Our mission (by Bruno)"))
    assert again.status_code == 302
    assert NetworkPage.objects.get(pk=page.pk).title_en == "Our mission (by Bruno)"


def test_publishing_from_the_list_counts_as_a_change_for_an_editor_with_the_form_open():
    page = make_page(status="draft")
    url = reverse("admin:network_site_networkpage_change", args=[page.pk])
    alice, bruno = editor("alice"), editor("bruno")
    bruno_form = bruno.get(url)
    alice.post(reverse("admin:network_site_networkpage_changelist"),
               {"action": "publish", "_selected_action": [page.pk]})
    response = bruno.post(url, form_data(bruno_form, title_en="New title"))
    assert response.status_code == 200
    assert "changed by someone else" in response.content.decode()
    assert NetworkPage.objects.get(pk=page.pk).status == "published"


def test_the_slug_lock_is_explained_before_and_after_publication(staff_client):
    draft, published = make_page(status="draft"), make_page(status="published")
    draft_page = staff_client.get(reverse("admin:network_site_networkpage_change", args=[draft.pk])).content.decode()
    assert "It is fixed when the item is first published, so that links to it keep working." in draft_page
    published_page = staff_client.get(
        reverse("admin:network_site_networkpage_change", args=[published.pk])).content.decode()
    assert "Fixed since the item was published" in published_page
    assert 'name="slug"' not in published_page


def test_unpublishing_with_a_mistake_in_the_form_shows_the_mistake(staff_client):
    page = make_page(status="published")
    url = reverse("admin:network_site_networkpage_change", args=[page.pk])
    response = staff_client.post(url, form_data(staff_client.get(url), status="draft", order="many"))
    assert response.status_code == 200
    assert 'class="errornote"' in response.content.decode()
    assert NetworkPage.objects.get(pk=page.pk).status == "published"


# --- What the lists show -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label, make", [
    ("toolbox_kit", lambda: make_kit(title="Kit 2015", cover=png_upload(), cover_alt="Posters")),
    ("news_article", lambda: make_article(title="Kit 2015", image=png_upload(), image_alt="A meeting")),
    ("projects_project", lambda: make_project(title="Kit 2015", image=png_upload(), image_alt="A class")),
    ("members_organisation", lambda: make_organisation(name="Kit 2015", logo=png_upload())),
])
def test_in_the_lists_the_title_is_the_link_and_pictures_are_not_empty_links(staff_client, label, make):
    obj = make()
    content = staff_client.get(reverse(f"admin:{label}_changelist")).content.decode()
    change_url = reverse(f"admin:{label}_change", args=[obj.pk])
    assert f'<a href="{change_url}">Kit 2015</a>' in content
    assert not re.search(r"<a [^>]*>\s*<img [^>]*alt=\"\"[^>]*>\s*</a>", content)


def test_languages_are_named_and_sizes_readable_in_the_toolbox_admin(staff_client):
    resource = make_resource(files=[("en", pdf_upload()), ("fr", pdf_upload())])
    kit = make_kit(resources=[resource])
    listing = staff_client.get(reverse("admin:toolbox_resource_changelist")).content.decode()
    assert re.search(r'<td class="field-available_in">English, <span lang="fr">Français</span>', listing)
    change = staff_client.get(reverse("admin:toolbox_kit_change", args=[kit.pk])).content.decode()
    assert re.search(r">English</a> \(\d+(\.\d)?\s(bytes|KB)\)", change)
    DownloadCount.objects.create(resource=resource, language="fr", day=datetime.date(2024, 1, 1), count=2)
    counts = staff_client.get(reverse("admin:toolbox_downloadcount_changelist")).content.decode()
    assert re.search(r'<a href="\?language=fr"[^>]*><span lang="fr">Français</span></a>', counts)


def test_view_only_toolbox_records_show_sizes_and_language_names(staff_client):
    from toolbox.models import ResourceFileVersion

    resource = make_resource(files=[("en", pdf_upload())], refresh=False)
    version = ResourceFileVersion.objects.create(
        resource_file=resource.files.get(), file=pdf_upload("old.pdf"), original_name="old.pdf", size=123456,
        sha256="0" * 64, uploaded_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    count = DownloadCount.objects.create(resource=resource, language="fr", day=datetime.date(2024, 1, 1), count=2)
    page = staff_client.get(reverse("admin:toolbox_resourcefileversion_change", args=[version.pk])).content.decode()
    assert "120.6\xa0KB" in page
    assert reverse("admin:toolbox_resourcefileversion_download", args=[version.pk]) in page
    listing = staff_client.get(reverse("admin:toolbox_resourcefileversion_changelist")).content.decode()
    assert "120.6\xa0KB" in listing
    page = staff_client.get(reverse("admin:toolbox_downloadcount_change", args=[count.pk])).content.decode()
    assert '<span lang="fr">Français</span>' in page


def test_the_version_field_is_hidden_and_labels_nothing_hidden(staff_client):
    page = make_page()
    content = staff_client.get(reverse("admin:network_site_networkpage_change", args=[page.pk])).content.decode()
    assert re.search(r'<input type="hidden" name="opened_version" value="[^"]+" id="id_opened_version">', content)
    assert 'for="id_opened_version"' not in content


def test_a_tag_too_long_to_store_is_a_form_error(staff_client):
    from news.models import Article

    response = staff_client.post(reverse("admin:news_article_add"), {
        "title_en": "Health days", "slug": "health-days", "summary_en": "Teachers met.", "body_en": "<p>Text.</p>",
        "status": "draft", "published_at_0": "2024-05-01", "published_at_1": "10:00:00",
        "tags": "health, " + "x" * 101, "_save": "Save",
    })
    assert response.status_code == 200
    assert "A tag can have at most 100 characters" in response.content.decode()
    assert not Article.objects.exists()
