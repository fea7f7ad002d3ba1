"""Revisions of content: every save and every publication is kept with who did it; staff see what changed since
a revision, field by field and language by language; they can restore it, and recover a deleted item."""

import pytest
from django.utils import translation
from reversion.models import Version

from core.models import Status
from network_site.models import NetworkPage
from tests.factories import make_event, make_kit, make_resource
from toolbox.models import Kit, Resource

pytestmark = pytest.mark.django_db

PAGES = "/admin/network_site/networkpage/"


def page_form(**fields):
    data = {"title_en": "Our mission", "title_fr": "Notre mission", "title_es": "", "slug": "our-mission",
            "summary_en": "", "summary_fr": "", "summary_es": "", "body_en": "<p>Three areas of work.</p>",
            "body_fr": "<p>Trois axes de travail.</p>", "body_es": "", "order": "1", "status": Status.DRAFT}
    data.update(fields)
    return data


@pytest.fixture
def page(staff_client):
    """A page written in the admin, then edited in French: two revisions."""
    assert staff_client.post(f"{PAGES}add/", page_form()).status_code == 302
    page = NetworkPage.objects.get(slug="our-mission")
    response = staff_client.post(f"{PAGES}{page.pk}/change/", page_form(
        title_fr="Notre mission commune", body_fr="<p>Trois grands axes de travail.</p>"))
    assert response.status_code == 302
    return page


def versions(obj):
    return list(Version.objects.get_for_object(obj).order_by("pk"))


def test_every_save_in_the_admin_is_a_revision_with_who_made_it(staff_client, page):
    kept = versions(page)
    assert len(kept) == 2
    assert {version.revision.user.username for version in kept} == {"staff"}
    history = staff_client.get(f"{PAGES}{page.pk}/history/").content.decode()
    assert history.count("What changed since then") == 2
    assert "Changed Title [fr] and Body [fr]." in history or "Changed" in history


def test_the_comparison_shows_only_what_changed_per_field_and_per_language(staff_client, page):
    first = versions(page)[0]
    response = staff_client.get(f"{PAGES}{page.pk}/history/{first.pk}/compare/")
    assert response.status_code == 200
    rows = response.context["rows"]
    assert [(row["label"], row["language"]) for row in rows] == [("Title", "Français"), ("Body", "Français")]
    title = rows[0]
    assert str(title["before"]) == "Notre mission"
    assert str(title["after"]) == "Notre mission<ins> commune</ins>"
    body = rows[1]
    assert str(body["after"]) == "Trois<ins> grands</ins> axes de travail."  # read as text, not HTML
    page_html = response.content.decode()
    assert "<ins> commune</ins>" in page_html
    assert "Three areas of work" not in page_html  # the English body did not change
    # The newest revision is what is there now: nothing to show.
    latest = versions(page)[-1]
    response = staff_client.get(f"{PAGES}{page.pk}/history/{latest.pk}/compare/")
    assert response.context["rows"] == []
    assert "Nothing written has changed since this revision." in response.content.decode()


def test_the_comparison_reads_in_french_for_a_french_editor(staff_client, page):
    staff_client.post("/admin/language/", {"language": "fr", "next": "/admin/"})
    first = versions(page)[0]
    html = staff_client.get(f"{PAGES}{page.pk}/history/{first.pk}/compare/").content.decode()
    assert "Dans cette révision" in html and "Maintenant" in html
    assert "Titre" in html and "Français" in html
    history = staff_client.get(f"{PAGES}{page.pk}/history/").content.decode()
    assert "Ce qui a changé depuis" in history and "Historique" in history
    restore_form = staff_client.get(f"{PAGES}{page.pk}/history/{first.pk}/").content.decode()
    assert "Enregistrer" in restore_form and '<html lang="fr"' in restore_form
    assert "Récupérer" in staff_client.get(PAGES).content.decode()  # "Recover deleted Network pages"


def test_restoring_a_revision_brings_the_old_text_back_and_is_itself_a_revision(staff_client, page):
    first = versions(page)[0]
    url = f"{PAGES}{page.pk}/history/{first.pk}/"
    form = staff_client.get(url)
    assert form.status_code == 200
    assert "Notre mission commune" not in form.content.decode()  # the form shows the old text...
    page.refresh_from_db()
    assert page.title_fr == "Notre mission commune"  # ...and looking changed nothing
    response = staff_client.post(url, page_form())
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.title_fr, page.body_fr) == ("Notre mission", "<p>Trois axes de travail.</p>")
    assert len(versions(page)) == 3
    assert "Restored the revision of" in versions(page)[-1].revision.comment


def test_a_deleted_item_can_be_recovered(staff_client, page):
    assert staff_client.post(f"{PAGES}{page.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not NetworkPage.objects.filter(pk=page.pk).exists()
    recover_list = staff_client.get(f"{PAGES}recover/")
    assert "Our mission" in recover_list.content.decode()
    deleted = Version.objects.get_deleted(NetworkPage).get()
    response = staff_client.post(f"{PAGES}recover/{deleted.pk}/", page_form(
        title_fr="Notre mission commune", body_fr="<p>Trois grands axes de travail.</p>"))
    assert response.status_code == 302
    recovered = NetworkPage.objects.get(pk=page.pk)
    assert recovered.title_fr == "Notre mission commune"
    assert f"{PAGES}recover/" in staff_client.get(PAGES).content.decode()  # the link above the list


def test_publishing_from_the_list_is_a_revision_too(staff_client):
    resource = make_resource(status=Status.DRAFT)
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [resource.pk]})
    version = Version.objects.get_for_object(resource).get()
    assert version.revision.user.username == "staff"
    assert version.field_dict["status"] == Status.PUBLISHED
    with translation.override("fr"):
        assert "statut" in version.revision.get_comment().lower()  # the field's name, in the reader's language
    staff_client.post("/admin/toolbox/resource/", {"action": "unpublish", "_selected_action": [resource.pk]})
    published = Version.objects.get_for_object(resource).order_by("pk").first()
    rows = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/history/{published.pk}/compare/").context["rows"]
    assert [(row["label"], str(row["before"]), str(row["after"])) for row in rows] == [
        ("Status", "<del>Published</del>", "<ins>Draft</ins>")]


def test_an_unchanged_resource_with_tags_and_countries_shows_no_change(staff_client):
    resource = make_resource(status=Status.DRAFT, tags=["health"], countries=["FR", "SN"])
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [resource.pk]})
    version = Version.objects.get_for_object(resource).get()
    response = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/history/{version.pk}/compare/")
    assert response.context["rows"] == []
    Resource.objects.filter(pk=resource.pk).update(countries="FR")
    rows = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/history/{version.pk}/compare/").context["rows"]
    assert [(row["label"], str(row["before"]), str(row["after"])) for row in rows] == [
        ("Countries", "France<del>\nSenegal</del>", "France")]


def test_restoring_a_resource_keeps_its_files_and_its_derived_data(staff_client):
    from tests.factories import pdf_upload

    resource = make_resource(title="Health days", files=[("en", pdf_upload())], status=Status.DRAFT)
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [resource.pk]})
    first = Version.objects.get_for_object(resource).get()
    Resource.objects.filter(pk=resource.pk).update(title_en="Health days 2016", languages=["en", "fr"])
    sha = resource.files.get().sha256
    from core.revisions import restore

    restore(first)
    resource.refresh_from_db()
    assert resource.title_en == "Health days"
    assert resource.languages == ["en", "fr"]  # derived data is not rolled back (it is rebuilt on save)
    assert resource.files.get().sha256 == sha  # nor are files


def test_a_kit_revision_keeps_its_list_of_resources(staff_client):
    first_resource, second_resource = make_resource(title="Poster"), make_resource(title="Leaflet")
    kit = make_kit(resources=[first_resource], title="Congress kit")
    staff_client.post("/admin/toolbox/kit/", {"action": "unpublish", "_selected_action": [kit.pk]})
    before = Version.objects.get_for_object(kit).get()
    kit.items.create(resource=second_resource, order=2)
    response = staff_client.get(f"/admin/toolbox/kit/{kit.pk}/history/{before.pk}/compare/")
    rows = {row["label"]: row for row in response.context["rows"]}
    assert "Leaflet" in str(rows["Kit items"]["after"]) and "Leaflet" not in str(rows["Kit items"]["before"])
    from core.revisions import restore

    restore(before)
    assert [item.resource.title for item in Kit.objects.get(pk=kit.pk).items.all()] == ["Poster"]


def test_an_event_revision_restores_photo_captions_never_the_photos_themselves(staff_client):
    event = make_event(photos=2)
    staff_client.post("/admin/news/event/", {"action": "unpublish", "_selected_action": [event.pk]})
    before = Version.objects.get_for_object(event).get()
    first, second = event.photos.order_by("order")
    image = first.image.name
    first.caption_en = "Table one, afternoon"
    first.save()
    second.delete()
    from core.revisions import restore

    restore(before)
    first.refresh_from_db()
    assert first.caption_en == "Table 1" and first.image.name == image
    assert event.photos.count() == 1  # a deleted photo's image is not kept by a revision: it stays deleted


def one_of_each():
    from core.models import MissionArea
    from tests.factories import make_article, make_organisation, make_page, make_project, make_research_entry

    return [MissionArea.objects.first(), make_page(), make_organisation(), make_project(), make_resource(),
            make_kit(resources=[make_resource()]), make_article(), make_event(photos=1),
            make_research_entry(researchers=[("Ada Lovelace", "University", "Lead")])]


def test_every_content_type_has_its_history_comparison_restore_and_recover_pages(staff_client):
    import reversion

    for obj in one_of_each():
        with reversion.create_revision():
            reversion.add_to_revision(obj)
        version = Version.objects.get_for_object(obj).get()
        base = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/"
        for url in [f"{base}{obj.pk}/history/", f"{base}{obj.pk}/history/{version.pk}/compare/",
                    f"{base}{obj.pk}/history/{version.pk}/", f"{base}recover/"]:
            response = staff_client.get(url)
            assert response.status_code == 200, url


def test_an_item_written_before_revisions_began_can_still_be_recovered_once_deleted(staff_client):
    from tests.factories import make_page

    old = make_page(title="Governance", slug="governance")
    assert not Version.objects.get_for_object(old).exists()
    staff_client.post(f"{PAGES}{old.pk}/delete/", {"post": "yes"})
    history = make_page(title="History")
    response = staff_client.post(PAGES, {"action": "delete_selected", "_selected_action": [history.pk], "post": "yes"})
    assert response.status_code == 302
    assert not NetworkPage.objects.filter(pk=history.pk).exists()
    deleted = {version.object_repr: version for version in Version.objects.get_deleted(NetworkPage)}
    assert set(deleted) == {"Governance", "History"}
    assert deleted["Governance"].revision.user.username == "staff"
    response = staff_client.post(f"{PAGES}recover/{deleted['Governance'].pk}/", page_form(
        title_en="Governance", title_fr="", body_en="<p>Who decides.</p>", body_fr="", slug="governance"))
    assert response.status_code == 302
    assert NetworkPage.objects.get(slug="governance").title_en == "Governance"


def test_items_published_together_each_get_their_own_revision(staff_client):
    """Restoring one of them later must not touch the other."""
    first, second = make_resource(status=Status.DRAFT), make_resource(status=Status.DRAFT)
    staff_client.post("/admin/toolbox/resource/", {"action": "publish", "_selected_action": [first.pk, second.pk]})
    revisions = {Version.objects.get_for_object(obj).get().revision_id for obj in (first, second)}
    assert len(revisions) == 2
