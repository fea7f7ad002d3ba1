"""Editing safely in the admin: two editors on one item, two files in one language, and what lists show."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from network_site.models import NetworkPage
from tests.factories import make_page
from tests.network_site.test_admin_forms import read_form

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
