import datetime
import hashlib
import io
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.utils import timezone, translation
from PIL import Image
from taggit.models import Tag, TaggedItem

from core.models import MissionArea
from members.models import Organisation
from network_site.demo import content
from network_site.models import NetworkPage
from news.models import Article, Event, EventKind, Photo
from projects.models import Project
from research.models import ResearchEntry, Researcher, ResearchStatus
from submissions.models import Submission, SubmissionEvent, SubmissionFile
from tests.factories import make_organisation, png_upload
from toolbox import services
from toolbox.models import FileFormat, Kit, KitArchive, KitItem, Resource, ResourceFile, ResourceKind

NETWORK_PAGE_SLUGS = ["who-we-are", "our-mission", "governance", "history", "join-us", "legal-notice"]
TOPICS = {
    "Education personnel", "Youth engagement", "Occupational health", "School health", "Mutual insurance",
    "Mental health", "Social protection", "Governance", "The Network", "Africa", "Latin America and Caribbean",
    "Health prevention and education", "Education for social protection",
}
OPEN_FORUM = "ottawa-open-forum-2015"

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the whole module; the value is the first run's output.

    It is loaded in a transaction that is rolled back after the module's last test, and every test runs in a
    savepoint of it (pytest-django's usual per-test transaction), so what a test changes is undone before the
    next one. Files are only ever added (deletions wait for a commit that never comes), so no test can take away
    a file another one reads.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        output = load_demo()
        yield output
        transaction.set_rollback(True)


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
        "events": list(Event.objects.order_by("pk").values()),
        "photos": list(Photo.objects.order_by("pk").values()),
        "articles": list(Article.objects.order_by("pk").values()),
        "research_entries": list(ResearchEntry.objects.order_by("pk").values()),
        "researchers": list(Researcher.objects.order_by("pk").values()),
        "submissions": list(Submission.objects.order_by("pk").values()),
        "submission_files": list(SubmissionFile.objects.order_by("pk").values()),
        "submission_events": list(SubmissionEvent.objects.order_by("pk").values()),
        **{
            f"{model.__name__}.{field}": list(getattr(model, field).through.objects.order_by("pk").values())
            for model, fields in [
                (Event, ["organisations", "projects", "resources"]),
                (Article, ["organisations", "projects", "resources", "mission_areas"]),
                (ResearchEntry, ["partner_institutions", "projects", "mission_areas", "outputs"]),
            ]
            for field in fields
        },
    }


def test_demo_fills_the_directory_and_the_projects_with_published_content():
    assert Organisation.objects.published().count() >= 20
    assert Project.objects.published().count() >= 10
    assert Organisation.objects.published().filter(is_featured=True).exists()
    assert Project.objects.published().filter(is_featured=True).exists()


def test_demo_projects_use_the_existing_mission_areas_and_link_member_organisations():
    # The three created by the migrations, and no other.
    assert set(MissionArea.objects.values_list("slug", flat=True)) == {
        content.HEALTHY_SCHOOLS, content.SOCIAL_PROTECTION, content.YOUNG_PEOPLE
    }
    burkina = Project.objects.get(slug="teachers-mutual-burkina-faso")
    assert {area.slug for area in burkina.mission_areas.all()} == {"social-protection-for-all"}
    assert burkina.partner_organisations.filter(slug="snea-b").exists()
    assert "Africa" in burkina.tags.names()
    assert Project.objects.get(slug="sacha-haiti").beneficiaries_count == 9460


def test_the_six_network_pages_exist_in_order_and_are_published():
    pages = NetworkPage.objects.published().filter(slug__in=NETWORK_PAGE_SLUGS)
    assert [page.slug for page in pages] == NETWORK_PAGE_SLUGS
    assert NetworkPage.objects.get(slug="legal-notice").title == "Legal notice and privacy"


def test_every_organisation_has_a_logo_and_a_thumbnail_on_disk():
    for organisation in Organisation.objects.all():
        assert organisation.logo, organisation.slug
        assert organisation.logo_thumbnail, organisation.slug
        assert Path(organisation.logo.path).is_file()
        assert Path(organisation.logo_thumbnail.path).is_file()


def test_project_pictures_come_with_a_description():
    with_image = Project.objects.exclude(image="")
    assert with_image.count() >= 5
    for project in with_image:
        assert project.image_alt.startswith("Illustration:"), project.slug
        assert Path(project.image_thumbnail.path).is_file()


def test_running_the_demo_twice_changes_no_row_no_value_and_no_file(monkeypatch):
    rows, files = database_snapshot(), media_files()
    refreshed = []
    monkeypatch.setattr(services, "resource_refresh", lambda *, resource: refreshed.append(resource.slug))

    output = load_demo()

    assert database_snapshot() == rows
    assert media_files() == files
    assert refreshed == [], "an unchanged resource does not need its sheet and search text rebuilt"
    progress = [line for line in output.splitlines() if ": " in line]
    assert len(progress) == 14  # one line per step, "Topic names", "Member accounts" and "Member submissions" included
    assert all(line.endswith(("(0 new, 0 updated)", "(0 new)")) for line in progress), output


def test_a_second_run_puts_back_edited_demo_text_but_keeps_an_uploaded_logo_and_an_edited_gallery():
    organisation = Organisation.objects.get(slug="csq")
    organisation.description = "<p>Edited.</p>"
    organisation.logo = png_upload("own-logo.png")
    organisation.save()
    own_logo = organisation.logo.name
    Article.objects.filter(slug="ottawa-open-forum").update(title="Edited")
    forum = Event.objects.get(slug=OPEN_FORUM)
    kept = forum.photos.first()
    forum.photos.exclude(pk=kept.pk).delete()

    output = load_demo()

    organisation.refresh_from_db()
    assert organisation.description != "<p>Edited.</p>"
    assert organisation.logo.name == own_logo
    assert f"Organisations: {Organisation.objects.count()} (0 new, 1 updated)" in output
    assert Article.objects.get(slug="ottawa-open-forum").title != "Edited"
    assert f"News articles: {Article.objects.count()} (0 new, 1 updated)" in output
    # An event that has photos keeps its gallery as the editors left it.
    assert list(forum.photos.all()) == [kept]
    assert "Event photos: 1 (0 new)" in output


def test_the_demo_leaves_other_organisations_alone():
    other = make_organisation(name="Not in the demo")

    load_demo()

    other.refresh_from_db()
    assert other.name == "Not in the demo"
    assert not other.logo


def test_the_command_reports_its_progress(demo):
    output = demo

    assert f"Organisations: {Organisation.objects.count()} (" in output
    assert f"Projects: {Project.objects.count()} (" in output
    assert "Network pages: 6 (6 new, 0 updated)" in output
    resources = Resource.objects.count()
    assert f"Toolbox resources: {resources} ({resources} new, 0 updated)" in output
    files = ResourceFile.objects.count()
    assert f"Toolbox files: {files} ({files} new)" in output
    assert "Kits: 1 (1 new, 0 updated)" in output
    events, articles, entries = Event.objects.count(), Article.objects.count(), ResearchEntry.objects.count()
    assert f"Events: {events} ({events} new, 0 updated)" in output
    photos = Photo.objects.count()
    assert f"Event photos: {photos} ({photos} new)" in output
    assert f"News articles: {articles} ({articles} new, 0 updated)" in output
    assert f"Research-action: {entries} ({entries} new, 0 updated)" in output
    assert "Member accounts: 1 (1 new, 0 updated)" in output


# --- Toolbox -----------------------------------------------------------------------------------------------------

def test_the_network_pages_state_no_member_figure_that_the_directory_contradicts(client):
    """The home page counts the organisations of the directory; the Network's pages no longer say "about 40
    members" beside it, only the dated fact (37 members in 2018)."""
    import re

    count = Organisation.objects.published().count()
    for language, prefix, said in [("en", "", "organisations today"), ("fr", "/fr", "organisations aujourd"),
                                   ("es", "/es", "organizaciones")]:
        home = client.get(f"{prefix}/").content.decode()
        assert re.search(rf"\b{count}\b[^<]*{said}", home), language
        for slug in ("who-we-are", "history"):
            page = client.get(f"{prefix}/network/{slug}/").content.decode()
            assert not re.search(r"about 40|quarantaine|unos 40|40 (members|membres|miembros)", page), (language, slug)
    history = client.get("/fr/network/history/").content.decode()
    assert "37 membres en 2018" in history


def test_spanish_uses_one_word_per_thing_webinar_and_join(client):
    events = client.get("/es/news/events/?when=upcoming").content.decode() + "".join(
        f"{event.summary_es or ''} {event.title_es or ''}" for event in Event.objects.all())
    assert "Seminario web" in events
    assert "ebinario" not in events
    footer = client.get("/es/").content.decode()
    assert "Únase a la Red" in footer and "Unirse a la Red" not in footer


def test_french_demo_texts_keep_their_colons_on_the_line_they_end():
    """A non-breaking space before : ; ? ! and inside « », so a French line never starts with one."""
    import re

    texts = [f"{page.body_fr or ''} {page.summary_fr or ''}" for page in NetworkPage.objects.all()]
    texts += [f"{event.title_fr or ''} {event.summary_fr or ''} {event.description_fr or ''}"
              for event in Event.objects.all()]
    assert any("\u00a0:" in text for text in texts)
    assert not [text for text in texts if re.search(r" [:;?!»]|« ", text)]


def test_the_toolbox_has_published_resources_of_every_kind_in_the_network_languages():
    published = Resource.objects.published()
    assert published.count() >= 15
    assert set(published.values_list("kind", flat=True)) == set(ResourceKind.values)
    assert set(published.values_list("language", flat=True)) == {"en", "fr", "es"}
    for resource in published:
        assert resource.summary and resource.context and resource.contact, resource.slug
        assert resource.mission_areas.exists(), resource.slug
        assert resource.tags.exists(), resource.slug
        sheets = {sheet.language: sheet for sheet in resource.sheets.all()}
        assert set(sheets) == {"en", "fr", "es"}, resource.slug
        assert all(Path(sheet.file.path).is_file() and sheet.page_count >= 1 for sheet in sheets.values())


# --- Content in French and Spanish ----------------------------------------------------------------------------------

def test_the_network_pages_the_kit_and_the_mission_areas_read_in_french_and_spanish():
    for language in ["fr", "es"]:
        for model in [NetworkPage, MissionArea, Kit]:
            for item in model.objects.all():
                texts = [getattr(item, f"{name}_{language}") for name in ("title", "name") if hasattr(item, name)]
                assert all(texts), (model.__name__, item.slug, language)
    with translation.override("fr"):
        assert NetworkPage.objects.get(slug="who-we-are").title == "Qui sommes-nous"
    with translation.override("es"):
        assert "movilización" in Kit.objects.get(slug="mobilisation-kit-2015").title.lower()


def test_at_least_five_resources_and_some_news_exist_in_all_three_languages():
    def in_every_language(model):
        return [item.slug for item in model.objects.published() if all(
            getattr(item, f"title_{code}") and getattr(item, f"summary_{code}") for code in ["en", "fr", "es"]
        )]

    assert len(in_every_language(Resource)) >= 5
    assert len(in_every_language(Article)) >= 3


def test_a_french_sheet_is_the_french_text_and_a_search_for_it_finds_french_resources(client):
    resource = Resource.objects.get(slug="running-an-open-forum")
    sheet = resource.sheets.get(language="fr")
    pdf = pdfium.PdfDocument(sheet.file.path)
    text = " ".join(pdf[index].get_textpage().get_text_range() for index in range(len(pdf)))
    assert resource.title_fr.split()[0] in text
    content = client.get("/fr/search/", {"q": "santé des enseignants"}).content.decode()
    assert 'id="search-toolbox"' in content


def test_toolbox_resources_link_the_demo_organisations_projects_and_mission_areas():
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
    assert guide.languages == ["en", "fr", "es"]


def test_every_demo_file_is_a_real_pdf_or_png_with_its_derived_facts():
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
    french = ResourceFile.objects.get(resource__slug="mutuelle-enseignants-burkina-faso", language="fr")
    spanish = ResourceFile.objects.get(resource__slug="running-an-open-forum", language="es")
    assert "Réseau Éducation et Solidarité" in french.text
    assert "Red Educación y Solidaridad" in spanish.text
    # The file's text feeds the toolbox search.
    assert "Réseau Éducation et Solidarité" in french.resource.search_text


def test_the_mobilisation_kit_gathers_ordered_resources_with_a_zip_per_language():
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
    ResourceFile.objects.get(resource__slug="filgood-app", language="es").delete()
    Resource.objects.filter(slug="filgood-app").update(languages=["en", "fr"])
    other_files = set(ResourceFile.objects.values_list("pk", "sha256"))

    output = load_demo()

    resource = Resource.objects.get(slug="filgood-app")
    assert resource.files.filter(language="es").exists()
    assert resource.languages == ["en", "fr", "es"]
    assert other_files < set(ResourceFile.objects.values_list("pk", "sha256"))
    assert "(1 new)" in output


# --- News, events and research-action ----------------------------------------------------------------------------

def test_the_news_has_published_articles_tagged_with_the_networks_topics():
    published = Article.objects.published()
    assert published.count() >= 12
    assert published.filter(is_featured=True).count() == 3
    for article in published:
        tags = set(article.tags.names())
        assert tags and tags <= TOPICS, article.slug
        assert article.summary and article.body.startswith("<p>"), article.slug
    with_image = published.exclude(image="")
    assert with_image.count() >= 3
    for article in with_image:
        assert article.image_alt.startswith("Illustration:"), article.slug
        assert Path(article.image_thumbnail.path).is_file(), article.slug


def test_articles_link_the_toolbox_members_and_projects_at_the_dates_of_the_facts():
    kit_article = Article.objects.get(slug="mobilisation-kit-7th-world-congress")
    kit = Kit.objects.get(slug="mobilisation-kit-2015")
    assert kit_article.kit == kit  # its page links to the kit (tests/news/test_articles.py)
    assert set(kit_article.resources.all()) == set(kit.resources.all())
    assert kit_article.organisations.filter(slug="education-international").exists()
    results = Article.objects.get(slug="i-best-2023-results")
    assert results.published_at.astimezone(ZoneInfo("Europe/Paris")).date() == datetime.date(2023, 10, 10)
    assert {"i-best-2021-results", "i-best-2023-results"} <= set(results.resources.values_list("slug", flat=True))
    assert results.projects.filter(slug="i-best-barometer").exists()
    call = Article.objects.get(slug="call-for-researchers-health-in-schools")
    assert call.published_at.date() == datetime.date(2014, 12, 9)
    assert call.organisations.filter(slug="cleeress").exists()
    assert set(Article.objects.get(slug="new-members-2020-syeco-ser").organisations.values_list("slug", flat=True)) == {
        "syeco", "ser"
    }


def test_events_past_and_upcoming_are_stored_in_utc_with_their_local_time_zone():
    assert Event.objects.published().count() >= 8
    assert Event.objects.upcoming().exists()
    assert {EventKind.GENERAL_ASSEMBLY, EventKind.OPEN_FORUM, EventKind.CONGRESS, EventKind.WEBINAR} <= set(
        Event.objects.values_list("kind", flat=True)
    )
    forum = Event.objects.published().get(slug=OPEN_FORUM)
    assert forum.kind == EventKind.OPEN_FORUM
    assert forum.time_zone == "America/Toronto"
    assert forum.start_at == datetime.datetime(2015, 7, 20, 13, 0, tzinfo=datetime.UTC)
    assert forum.local_start.hour == 9 and forum.local_start.date() == datetime.date(2015, 7, 20)
    assert (forum.city, forum.country.code) == ("Ottawa", "CA")
    assemblies = {
        event.local_start.date(): event for event in Event.objects.filter(kind=EventKind.GENERAL_ASSEMBLY)
    }
    for day in ["2016-07-05", "2017-06-30", "2018-07-09", "2019-07-20", "2021-07-13"]:
        assert datetime.date.fromisoformat(day) in assemblies, day
    assert assemblies[datetime.date(2021, 7, 13)].is_online
    for event in Event.objects.all():
        assert event.published_at < event.start_at, event.slug
        assert event.is_online or event.city, event.slug
        assert event.published_at <= timezone.now(), event.slug


def test_the_world_congress_links_resources_of_the_mobilisation_kit_and_education_international():
    congress = Event.objects.get(slug="ei-7th-world-congress-ottawa-2015")
    assert congress.kind == EventKind.CONGRESS
    assert (congress.local_start.date(), congress.local_end.date()) == (
        datetime.date(2015, 7, 21), datetime.date(2015, 7, 26)
    )
    kit_resources = set(Kit.objects.get(slug="mobilisation-kit-2015").resources.all())
    assert congress.resources.count() >= 3
    assert set(congress.resources.all()) <= kit_resources
    assert congress.organisations.filter(slug="education-international").exists()


def test_the_ottawa_open_forum_has_a_gallery_of_generated_photos_with_their_copies_on_disk():
    photos = list(Event.objects.get(slug=OPEN_FORUM).photos.all())
    assert len(photos) >= 12
    assert [photo.order for photo in photos] == list(range(1, len(photos) + 1))
    for photo in photos:
        assert photo.image_alt.startswith("Illustration:"), photo.pk
        assert photo.caption and photo.credit == "Illustration generated for the demo"
        assert (photo.width, photo.height) == (1600, 1067)
        for copy in (photo.image, photo.thumbnail, photo.large):
            assert Path(copy.path).is_file(), copy.name
    with Image.open(photos[0].image.path) as image:
        assert (image.format, image.size) == ("JPEG", (1600, 1067))
    with Image.open(photos[0].thumbnail.path) as thumbnail:
        assert max(thumbnail.size) <= 400


def test_research_action_has_a_closed_call_and_entries_whose_outputs_are_toolbox_resources():
    entries = ResearchEntry.objects.published()
    assert entries.count() >= 3
    call = entries.get(slug="call-for-researchers-health-in-schools-2014")
    assert call.is_call and call.is_call_closed
    assert ResearchEntry.objects.closed_calls().filter(pk=call.pk).exists()
    assert call.published_at.date() == datetime.date(2014, 12, 9)
    assert ResearchEntry.objects.current().exists(), "the home page has research-action in progress to show"
    barometer = entries.get(slug="i-best-teachers-well-being")
    assert barometer.research_status == ResearchStatus.PUBLISHED
    outputs = set(barometer.outputs.values_list("slug", flat=True))
    assert {"i-best-2021-results", "i-best-2023-results"} <= outputs
    assert all(output.files.exists() for output in barometer.outputs.all()), "each tool can be downloaded"
    survey = entries.get(slug="occupational-health-education-staff-2014-2015")
    assert list(survey.outputs.values_list("slug", flat=True)) == ["occupational-health-survey-2014-2015-sheet"]
    sacha = entries.get(slug="health-at-school-sacha-haiti")
    assert sacha.projects.filter(slug="sacha-haiti").exists()
    for entry in entries:
        assert entry.partner_institutions.filter(slug="cleeress").exists(), entry.slug
        assert entry.mission_areas.exists(), entry.slug


def test_researchers_are_named_by_role_and_institution_not_as_invented_people():
    researchers = Researcher.objects.all()
    assert researchers.count() >= 3
    for researcher in researchers:
        # "Researcher, CLEERESS cluster", "Field team, CEMEA-Haïti"...: a role, then where it sits.
        assert ", " in researcher.name, researcher.name
        assert researcher.institution and researcher.role, researcher.name


def test_the_demo_call_says_how_to_apply_in_english_french_and_spanish(client):
    call = ResearchEntry.objects.get(slug="call-for-researchers-health-in-schools-2014")
    assert "contact@education-solidarite.org" in call.how_to_apply_en
    assert "Envoyez une note de projet" in call.how_to_apply_fr
    assert "Envíen una nota de proyecto" in call.how_to_apply_es
    page = client.get(f"/fr{call.get_absolute_url()}").content.decode()
    assert "Envoyez une note de projet" in page


def test_the_demo_member_of_mgen_logs_in_to_the_members_area(client):
    """The account `make run` prints: member@example.org for MGEN, not staff (a second run changes nothing: see
    test_running_the_demo_twice_changes_no_row_no_value_and_no_file)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="member@example.org")
    assert user.member_account.organisation.slug == "mgen"
    assert not user.is_staff and user.is_active
    response = client.post("/account/login/", {"username": "member@example.org", "password": "member-demo-2026"})
    assert response.status_code == 302 and response["Location"] == "/account/"
    content = client.get("/account/").content.decode()
    assert "MGEN" in content and "Our toolbox resources" in content


def test_the_demo_member_has_an_action_waiting_for_review_with_a_french_pdf(client):
    """Staff find it first in the admin's queue; the member sees it in their area."""
    submission = Submission.objects.get(created_by__username="member@example.org")
    assert submission.state == "submitted" and submission.language == "fr" and submission.kind == "action"
    assert submission.organisation.slug == "mgen" and submission.project.slug == "twinning-mgen-mugef-ci"
    sent = submission.files.get()
    with sent.file.open("rb") as stored:
        document = pdfium.PdfDocument(stored.read())
        text = document[0].get_textpage().get_text_range()
    assert sent.language == "fr" and sent.format == "pdf" and "prévention du stress" in text
    assert [event.action for event in submission.events.all()] == ["created", "file_added", "submitted"]
    client.post("/account/login/", {"username": "member@example.org", "password": "member-demo-2026"})
    area = client.get("/fr/account/").content.decode()
    assert "Mes propositions" in area and "Ateliers de prévention du stress au travail" in area
