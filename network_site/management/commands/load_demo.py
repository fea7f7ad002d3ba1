"""Load realistic demo content: member organisations, projects, the Network pages and the toolbox.

Safe to run again: a second run changes no row and writes no file. To add demo content of another kind, write
a step (a function returning a StepResult, or a tuple of them) and add it to STEPS after the steps it depends on.
"""

from functools import partial

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from members.models import Organisation
from network_site.demo import content, documents, pictures, toolbox_content
from network_site.demo.sync import StepResult, attach_missing_file, sync_object, sync_related, sync_tags
from network_site.models import MissionArea, NetworkPage, Status
from projects.models import Project
from toolbox import services
from toolbox.models import Kit, KitItem, Resource, ResourceFile

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
RESOURCE_DEFAULTS = {
    "countries": [],
    "project": None,
    "licence": toolbox_content.LICENCE,
    **dict.fromkeys(Resource.SHEET_SECTIONS, ""),
}


def load_organisations():
    result = StepResult("Organisations")
    for data in content.ORGANISATIONS:
        fields = {**ORGANISATION_DEFAULTS, **data, "status": Status.PUBLISHED}
        slug = fields.pop("slug")
        letters = fields.pop("monogram", "") or pictures.monogram_text(fields["acronym"], fields["name"])
        logo = (f"{slug}.png", partial(pictures.monogram_png, letters, key=slug))
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
            files["image"] = (f"{slug}.jpg", partial(pictures.illustration_jpeg, motif, key=slug))
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
    # The sheet shows the names of the organisations, mission areas and project, which other steps may change.
    return not resource.sheet or resource.sheet_fingerprint != services.sheet_fingerprint(resource)


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


def _lookup(objects_by_slug, slug, what):
    try:
        return objects_by_slug[slug]
    except KeyError:
        raise CommandError(f"Demo data refers to a {what} that does not exist: {slug!r}.") from None


# Run in this order: projects refer to organisations; resources to both; kits to resources.
STEPS = [load_organisations, load_projects, load_network_pages, load_toolbox_resources, load_kits]


class Command(BaseCommand):
    help = (
        "Create or update the demo content (organisations, projects, Network pages, toolbox resources and kits). "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for step in STEPS:
                results = step()
                for result in results if isinstance(results, tuple) else (results,):
                    self.stdout.write(str(result))
        self.stdout.write(self.style.SUCCESS("Demo content is up to date."))
