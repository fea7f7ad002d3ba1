"""Load realistic demo content: member organisations, projects, the Network pages, the toolbox, events with their
photo galleries, news and research-action, one member account and its submission waiting for review.

Safe to run again: a second run changes no row and writes no file. To add demo content of another kind, write
a step (a function returning a StepResult, or a tuple of them) and add it to STEPS after the steps it depends on.
"""

import re
from functools import partial

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from taggit.models import Tag

from accounts.models import MemberAccount
from core.cache import clear_page_cache
from core.models import MissionArea, Status, TagTranslation
from members.models import Organisation
from network_site.demo import (
    content,
    documents,
    news_content,
    pictures,
    submission_content,
    toolbox_content,
    translations_content,
    translations_network,
    translations_news,
    translations_places,
    translations_projects,
    translations_tags,
)
from network_site.demo.sync import StepResult, attach_missing_file, sync_object, sync_related, sync_tags
from network_site.models import NetworkPage
from news.models import Article, Event, Photo
from projects.models import Project
from research.models import ResearchEntry, Researcher
from submissions.models import Submission, SubmissionEvent, SubmissionFile, SubmissionKind, SubmissionState
from toolbox import services
from toolbox.models import Kit, KitItem, Resource, ResourceFile
from toolbox.validators import inspect_file

ORGANISATION_DEFAULTS = {
    "acronym": "",
    "membership": content.MEMBER,
    "country": "",
    "city": "",
    "founded_year": None,
    "joined_year": None,
    "people_represented": None,
    "is_featured": False,
}
PROJECT_DEFAULTS = {
    "other_partners": "",
    "funders": "",
    "countries": [],
    "start_date": None,
    "end_date": None,
    "beneficiaries_description": "",
    "beneficiaries_count": None,
    "contact": content.CONTACT,
    "is_featured": False,
}
EVENT_DEFAULTS = {
    "is_online": False,
    "venue": "",
    "city": "",
    "country": "",
    "online_url": "",
    "programme": "",
    "outcomes": "",
    "registration_url": "",
}
ARTICLE_DEFAULTS = {"is_featured": False}
RESEARCH_DEFAULTS = {"start_date": None, "end_date": None, "deadline": None}
RESOURCE_DEFAULTS = {
    "countries": [],
    "project": None,
    "licence": toolbox_content.LICENCE,
    **dict.fromkeys(Resource.SHEET_SECTIONS, ""),
}

# French and Spanish (or English) versions of the demo's texts: {model label: {slug: {language: {...}}}}.
TRANSLATIONS = {}
for module in (translations_network, translations_content, translations_projects, translations_news):
    for label, objects in module.TRANSLATIONS.items():
        TRANSLATIONS.setdefault(label, {}).update(objects)


def with_translations(model, slug, fields):
    """`fields` plus the demo's versions of its texts in other languages, as `title_fr`, `summary_es`..."""
    for source in (TRANSLATIONS, translations_places.TRANSLATIONS):  # places: names and cities of organisations
        for language, texts in source.get(model._meta.label, {}).get(slug, {}).items():
            fields.update({f"{name}_{language}": french_spacing(text) if language == "fr" else text
                           for name, text in texts.items()})
    return fields


def translated(name, text):
    """The demo's French and Spanish for the short English `text` of field `name`, as {"name_fr": ..., ...}."""
    return {f"{name}_{language}": french_spacing(other) if language == "fr" else other
            for language, other in translations_news.PHRASES.get(text, {}).items()}


def french_spacing(text):
    """French typography: a non-breaking space before : ; ? ! and inside « », so a line never starts with one."""
    return re.sub(r"« ", "«\u00a0", re.sub(r" ([:;?!»])", "\u00a0\\1", text))


def load_mission_areas():
    """The three mission areas come with the database (a migration); the demo adds their French and Spanish."""
    result = StepResult("Mission areas")
    for slug in TRANSLATIONS["core.MissionArea"]:
        if MissionArea.objects.filter(slug=slug).exists():
            _, created, changed = sync_object(MissionArea, slug=slug, fields=with_translations(MissionArea, slug, {}))
            result.add(created=created, changed=changed)
    return result


def load_organisations():
    result = StepResult("Organisations")
    for data in content.ORGANISATIONS:
        fields = {**ORGANISATION_DEFAULTS, **data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        letters = fields.pop("monogram", "") or pictures.monogram_text(fields["acronym"], fields["name"])
        logo = (f"{slug}.png", partial(pictures.monogram_png, letters, key=slug))
        fields = with_translations(Organisation, slug, fields)
        _, created, changed = sync_object(Organisation, slug=slug, fields=fields, files={"logo": logo})
        result.add(created=created, changed=changed)
    return result


def load_projects():
    result = StepResult("Projects")
    organisations = Organisation.objects.in_bulk(field_name="slug")
    mission_areas = MissionArea.objects.in_bulk(field_name="slug")
    for data in content.PROJECTS:
        fields = {**PROJECT_DEFAULTS, **data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        lead = fields.pop("lead", None)
        fields["lead_organisation"] = _lookup(organisations, lead, "organisation") if lead else None
        partners = [_lookup(organisations, key, "organisation") for key in fields.pop("partners", [])]
        areas = [_lookup(mission_areas, key, "mission area") for key in fields.pop("mission_areas")]
        tags = fields.pop("tags")
        files = {}
        motif = fields.pop("illustration", None)
        if motif:
            # Only projects with a generated picture get its description: an editor's own image keeps theirs.
            fields["image_alt"] = pictures.ILLUSTRATION_ALT[motif]
            fields.update(translated("image_alt", fields["image_alt"]))
            files["image"] = (f"{slug}.jpg", partial(pictures.illustration_jpeg, motif, key=slug))
        if fields["contact"] == content.CONTACT:
            fields.update({f"contact_{code}": text for code, text in toolbox_content.CONTACTS.items() if code != "en"})
        fields = with_translations(Project, slug, fields)
        project, created, changed = sync_object(Project, slug=slug, fields=fields, files=files)
        changed |= sync_related(project, "partner_organisations", partners)
        changed |= sync_related(project, "mission_areas", areas)
        changed |= sync_tags(project, tags)
        result.add(created=created, changed=changed)
    return result


def load_network_pages():
    result = StepResult("Network pages")
    for data in content.NETWORK_PAGES:
        fields = {**data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        fields = with_translations(NetworkPage, slug, fields)
        _, created, changed = sync_object(NetworkPage, slug=slug, fields=fields)
        result.add(created=created, changed=changed)
    return result


class FileCount(StepResult):
    """Demo files are only ever added, never rewritten: the progress line counts the new ones."""

    def __str__(self):
        return f"{self.label}: {self.total} ({self.created} new)"


def load_toolbox_resources():
    """Resources with their generated files. A resource's sheet and search text are rebuilt only when the
    resource, its relations or its files changed, so a second run leaves every row as it was."""
    result, files_result = StepResult("Toolbox resources"), FileCount("Toolbox files")
    organisations = Organisation.objects.in_bulk(field_name="slug")
    mission_areas = MissionArea.objects.in_bulk(field_name="slug")
    projects = Project.objects.in_bulk(field_name="slug")
    for data in toolbox_content.RESOURCES:
        fields = {
            **RESOURCE_DEFAULTS,
            "contact": toolbox_content.CONTACTS[data["language"]],
            **data,
            "status": Status.PUBLISHED,
        }
        slug = fields.pop("slug")
        file_languages = list(fields.pop("files"))
        fields.pop("booklet", None)
        makers = [_lookup(organisations, key, "organisation") for key in fields.pop("organisations", [])]
        areas = [_lookup(mission_areas, key, "mission area") for key in fields.pop("mission_areas")]
        tags = fields.pop("tags")
        if fields["project"]:
            fields["project"] = _lookup(projects, fields["project"], "project")
        # The sheet's texts go to the columns of the language they are written in (title_fr for a French sheet).
        with translation.override(data["language"]):
            fields = with_translations(Resource, slug, fields)
            if fields["contact"] == toolbox_content.CONTACTS[data["language"]]:
                # The Network's secretariat, named in every language the sheet is written in.
                fields.update({f"contact_{code}": toolbox_content.CONTACTS[code]
                               for code in TRANSLATIONS["toolbox.Resource"].get(slug, {})})
            resource, created, changed = sync_object(Resource, slug=slug, fields=fields)
        changed |= sync_related(resource, "organisations", makers)
        changed |= sync_related(resource, "mission_areas", areas)
        changed |= sync_tags(resource, tags)
        new_files = 0
        existing = {resource_file.language: resource_file for resource_file in resource.files.all()}
        for language in file_languages:
            file_name, make_bytes = documents.resource_file(data, language)
            added = _attach_resource_file(resource, existing.get(language), language, file_name, make_bytes)
            files_result.add(created=added, changed=False)
            new_files += added
        if created or changed or new_files or _sheet_is_stale(resource):
            services.resource_refresh(resource=resource)
        result.add(created=created, changed=changed)
    return result, files_result


def _attach_resource_file(resource, resource_file, language, file_name, make_bytes):
    """Give `resource` a generated file in `language` unless it has one in storage (a file an editor uploaded
    is kept); True if it got one. ResourceFile.save() derives the checksum, pages, text and thumbnail."""
    if resource_file is None:
        ResourceFile.objects.create(resource=resource, language=language, file=ContentFile(make_bytes(), file_name))
        return True
    if attach_missing_file(resource_file, "file", file_name, make_bytes):
        resource_file.save()
        return True
    return False


def _sheet_is_stale(resource):
    # The sheets show the names of the organisations, mission areas and project, which other steps may change.
    return services.sheets_are_stale(resource)


def load_kits():
    """Kits with their generated cover and ordered resources; their ZIPs are rebuilt only if their content
    changed (kit_build_archives compares fingerprints)."""
    result = StepResult("Kits")
    resources = Resource.objects.in_bulk(field_name="slug")
    for data in toolbox_content.KITS:
        fields = {**data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        items = [_lookup(resources, key, "toolbox resource") for key in fields.pop("resources")]
        motif = fields.pop("illustration")
        fields["cover_alt"] = pictures.ILLUSTRATION_ALT[motif]
        cover = (f"{slug}.jpg", partial(pictures.illustration_jpeg, motif, key=slug))
        fields = with_translations(Kit, slug, fields)
        kit, created, changed = sync_object(Kit, slug=slug, fields=fields, files={"cover": cover})
        changed |= _sync_kit_items(kit, items)
        services.kit_build_archives(kit=kit)
        result.add(created=created, changed=changed)
    return result


def _sync_kit_items(kit, resources):
    """Make the kit hold exactly `resources`, in this order; True if it had to change."""
    wanted = {resource.pk: order for order, resource in enumerate(resources, start=1)}
    current = {item.resource_id: item for item in kit.items.all()}
    changed = False
    for resource_id, item in current.items():
        if resource_id not in wanted:
            item.delete()
            changed = True
    for resource_id, order in wanted.items():
        item = current.get(resource_id)
        if item is None:
            KitItem.objects.create(kit=kit, resource_id=resource_id, order=order)
            changed = True
        elif item.order != order:
            item.order = order
            item.save(update_fields=["order"])
            changed = True
    return changed


class Links:
    """The rows that demo news, events and research-action refer to by slug, read once per step."""

    # What each many-to-many field of the demo data refers to.
    FIELDS = {
        "organisations": "organisation",
        "partner_institutions": "organisation",
        "projects": "project",
        "resources": "toolbox resource",
        "outputs": "toolbox resource",
        "mission_areas": "mission area",
    }

    def __init__(self):
        self.rows = {
            "organisation": Organisation.objects.in_bulk(field_name="slug"),
            "project": Project.objects.in_bulk(field_name="slug"),
            "toolbox resource": Resource.objects.in_bulk(field_name="slug"),
            "mission area": MissionArea.objects.in_bulk(field_name="slug"),
            "kit": Kit.objects.in_bulk(field_name="slug"),
        }

    def get(self, what, slugs):
        return [_lookup(self.rows[what], slug, what) for slug in slugs]

    def pop_related(self, fields, names):
        """Take the slug lists of the many-to-many fields `names` out of `fields` (an article's "kit" slug becomes
        its row in `fields`, and every resource of it is attached after the listed ones); return {field: [rows]}."""
        related = {name: self.get(self.FIELDS[name], fields.pop(name, [])) for name in names}
        kit = fields.pop("kit", None)
        if kit:
            fields["kit"] = kit = self.get("kit", [kit])[0]
            items = kit.items.select_related("resource")
            related["resources"] += [item.resource for item in items if item.resource not in related["resources"]]
        return related


def _sync_all_related(instance, related):
    changed = False
    for field_name, objects in related.items():
        changed |= sync_related(instance, field_name, objects)
    return changed


def load_events():
    """Events, then the generated gallery of those that have one. Times are stored in UTC (Django does that with
    aware datetimes); each event keeps the name of its zone to show them as the local clock did."""
    result, photos_result = StepResult("Events"), FileCount("Event photos")
    links = Links()
    events = {}
    for data in news_content.EVENTS:
        fields = {**EVENT_DEFAULTS, **data, "status": Status.PUBLISHED}
        fields["time_zone"] = fields["start_at"].tzinfo.key
        slug = fields.pop("slug")
        related = links.pop_related(fields, names=("organisations", "projects", "resources"))
        fields = with_translations(Event, slug, fields)
        event, created, changed = sync_object(Event, slug=slug, fields=fields)
        changed |= _sync_all_related(event, related)
        events[slug] = event
        result.add(created=created, changed=changed)
    for slug, photos in news_content.EVENT_GALLERIES.items():
        _load_gallery(_lookup(events, slug, "event"), photos, photos_result)
    return result, photos_result


def _load_gallery(event, photos, result):
    """Generated photos for an event with none: once an event has photos (the demo's or an editor's), its gallery
    is left alone. Photo.save() makes the thumbnail and large copies."""
    existing = event.photos.count()
    if existing:
        result.total += existing
        return
    for order, (scene, caption) in enumerate(photos, start=1):
        image = pictures.gallery_photo_jpeg(scene, key=f"{event.slug}-{order}")
        texts = {"image_alt": pictures.GALLERY_SCENES[scene], "caption": caption, "credit": news_content.PHOTO_CREDIT}
        for name, text in list(texts.items()):
            texts.update(translated(name, text))
        photo = Photo(event=event, image=ContentFile(image, name=f"{event.slug}-{order:02d}.jpg"), order=order, **texts)
        photo.full_clean()
        photo.save()
        result.add(created=True, changed=False)


def load_articles():
    result = StepResult("News articles")
    links = Links()
    for data in news_content.ARTICLES:
        fields = {**ARTICLE_DEFAULTS, **data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        tags = fields.pop("tags")
        related = links.pop_related(fields, names=("organisations", "projects", "resources", "mission_areas"))
        files = {}
        motif, scene = fields.pop("illustration", None), fields.pop("scene", None)
        # Only articles with a generated picture get its description: an editor's own image keeps theirs.
        if motif:
            fields["image_alt"] = pictures.ILLUSTRATION_ALT[motif]
            files["image"] = (f"{slug}.jpg", partial(pictures.illustration_jpeg, motif, key=f"article-{slug}"))
        elif scene:
            fields["image_alt"] = pictures.GALLERY_SCENES[scene]
            files["image"] = (f"{slug}.jpg", partial(pictures.gallery_photo_jpeg, scene, key=f"article-{slug}"))
        if "image_alt" in fields:
            fields.update(translated("image_alt", fields["image_alt"]))
        fields = with_translations(Article, slug, fields)
        article, created, changed = sync_object(Article, slug=slug, fields=fields, files=files)
        changed |= _sync_all_related(article, related)
        changed |= sync_tags(article, tags)
        result.add(created=created, changed=changed)
    return result


def load_research_action():
    result = StepResult("Research-action")
    links = Links()
    for data in news_content.RESEARCH_ENTRIES:
        fields = {**RESEARCH_DEFAULTS, **data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        researchers = fields.pop("researchers", [])
        related = links.pop_related(fields, names=("partner_institutions", "projects", "outputs", "mission_areas"))
        fields = with_translations(ResearchEntry, slug, fields)
        entry, created, changed = sync_object(ResearchEntry, slug=slug, fields=fields)
        changed |= _sync_all_related(entry, related)
        changed |= _sync_researchers(entry, researchers)
        result.add(created=created, changed=changed)
    return result


def _sync_researchers(entry, researchers):
    """Make the entry's researchers exactly these (name, institution, role), in order, with the French and Spanish
    of their name and role; True if it had to change."""
    columns = ["institution", "order", *(f"{name}_{code}" for name in ("name", "role") for code in ("en", "fr", "es"))]
    wanted = [
        dict.fromkeys(columns, "")
        | {"institution": institution, "order": order, "name_en": name, "role_en": role}
        | translated("name", name) | translated("role", role)
        for order, (name, institution, role) in enumerate(researchers, 1)
    ]
    current = [{name: value or "" for name, value in row.items()}
               for row in entry.researchers.order_by("order", "pk").values(*columns)]
    if current == wanted:
        return False
    entry.researchers.all().delete()
    Researcher.objects.bulk_create(
        Researcher(entry=entry, name=fields["name_en"], role=fields["role_en"], **fields) for fields in wanted
    )
    return True


def load_tag_translations():
    """The French and Spanish names of the demo's topics, once the steps before have made the tags."""
    result = StepResult("Topic names")
    for tag in Tag.objects.filter(name__in=translations_tags.TAG_NAMES):
        for language, name in translations_tags.TAG_NAMES[tag.name].items():
            translation_row, created = TagTranslation.objects.get_or_create(
                tag=tag, language=language, defaults={"name": name})
            changed = translation_row.name != name
            if changed:
                translation_row.name = name
                translation_row.save(update_fields=["name"])
            result.add(created=created, changed=changed)
    if result.created or result.updated:
        # The resources' search text holds their topics' names in every language.
        services.resources_search_refresh(pks=Resource.objects.values_list("pk", flat=True))
    return result


# The demo member account, for MGEN (README, "Member accounts"; `make run` prints it).
DEMO_MEMBER_EMAIL = "member@example.org"
DEMO_MEMBER_PASSWORD = "member-demo-2026"  # noqa: S105 (printed by `make run`: a demo, never a real account)
DEMO_MEMBER_ORGANISATION = "mgen"


def load_member_account():
    """One contact of a demo organisation who can log in to the members' area. Its password is set again only if
    it was changed, so a second run changes nothing."""
    result = StepResult("Member accounts")
    organisation = Organisation.objects.filter(slug=DEMO_MEMBER_ORGANISATION).first()
    if organisation is None:
        raise CommandError(f"Demo data refers to an organisation that does not exist: {DEMO_MEMBER_ORGANISATION!r}.")
    user, created = User.objects.get_or_create(username=DEMO_MEMBER_EMAIL, defaults={"email": DEMO_MEMBER_EMAIL})
    changed = False
    if created or not user.check_password(DEMO_MEMBER_PASSWORD) or not user.is_active or user.is_staff:
        user.set_password(DEMO_MEMBER_PASSWORD)
        user.email, user.is_active, user.is_staff, user.is_superuser = DEMO_MEMBER_EMAIL, True, False, False
        user.save()
        changed = True
    account, account_created = MemberAccount.objects.get_or_create(user=user, defaults={"organisation": organisation})
    if account.organisation_id != organisation.pk:
        account.organisation = organisation
        account.save(update_fields=["organisation"])
        changed = True
    result.add(created=created or account_created, changed=changed)
    return result


def load_member_submission():
    """The demo member's action waiting for review, with its French PDF (network_site/demo/submission_content.py).
    Made once: staff may review it in the demo, and a second run leaves it as they left it."""
    result = StepResult("Member submissions")
    user = User.objects.select_related("member_account__organisation").get(username=DEMO_MEMBER_EMAIL)
    if Submission.objects.filter(created_by=user, title=submission_content.TITLE).exists():
        result.add(created=False, changed=False)
        return result
    areas = list(MissionArea.objects.filter(slug__in=submission_content.MISSION_AREAS).values_list("pk", flat=True))
    project = Project.objects.filter(slug=submission_content.PROJECT).first()
    submission = Submission.objects.create(
        organisation=user.member_account.organisation, created_by=user, kind=SubmissionKind.ACTION, language="fr",
        title=submission_content.TITLE, proposal=submission_content.proposal(areas, project and project.pk),
        project=project, state=SubmissionState.SUBMITTED, submitted_at=timezone.now())
    file_name, make_bytes = submission_content.pdf()
    content = make_bytes()
    info = inspect_file(ContentFile(content, file_name))
    sent = SubmissionFile.objects.create(submission=submission, language="fr", file=ContentFile(content, file_name),
                                         original_name=file_name, size=len(content), format=info.format,
                                         content_type=info.content_type)
    for action, size in [(SubmissionEvent.Action.CREATED, 0), (SubmissionEvent.Action.FILE_ADDED, sent.size),
                         (SubmissionEvent.Action.SUBMITTED, 0)]:
        SubmissionEvent.objects.create(submission=submission, actor=user, action=action, bytes=size,
                                       message=file_name if size else "")
    result.add(created=True, changed=False)
    return result


def _lookup(objects_by_slug, slug, what):
    try:
        return objects_by_slug[slug]
    except KeyError:
        raise CommandError(f"Demo data refers to a {what} that does not exist: {slug!r}.") from None


# Run in this order: projects refer to organisations; resources to both; kits to resources; events, news and
# research-action to all of them; the member account to an organisation; its submission to the account.
STEPS = [
    load_mission_areas,
    load_organisations,
    load_projects,
    load_network_pages,
    load_toolbox_resources,
    load_kits,
    load_events,
    load_articles,
    load_research_action,
    load_tag_translations,
    load_member_account,
    load_member_submission,
]


class Command(BaseCommand):
    help = (
        "Create or update the demo content (organisations, projects, Network pages, toolbox resources and kits, "
        "events with their galleries, news and research-action, one member account and its submission waiting for "
        "review). Safe to run again."
    )

    def handle(self, *args, **options):
        # Texts without a language suffix are English, the site's default (the resources say their own).
        with transaction.atomic(), translation.override("en"):
            for step in STEPS:
                results = step()
                for result in results if isinstance(results, tuple) else (results,):
                    self.stdout.write(str(result))
        clear_page_cache()  # visitors see the demo content at once
        self.stdout.write(self.style.SUCCESS("Demo content is up to date."))
