"""Writes of the toolbox that touch several rows or files: sheets, search text, versions, counts, kit ZIPs."""

import csv
import hashlib
import io
import json
import re
import tempfile
import zipfile

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import pgettext

from core.languages import columns_of, language_name
from core.listing import as_facet, facet_keys_store
from core.search import search_vectors

from .filters import FACETS
from .models import (
    FILE_LANGUAGES,
    RESOURCE_WEIGHTS,
    DownloadCount,
    DownloadTotal,
    Kit,
    KitArchive,
    KitDownloadCount,
    Resource,
    ResourceFile,
    ResourceFileVersion,
    ResourceSheet,
)
from .sheets import build_sheet_pdf, sheet_content
from .validators import EXTENSIONS


def network_language_codes():
    return [code for code, _name in settings.LANGUAGES]


_LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(FILE_LANGUAGES)}


def page_language_first(items, language, code=lambda item: item.language):
    """`items` (files, ZIPs, language codes…) with those in `language` (the page's) first, then the others in the
    order of FILE_LANGUAGES: a visitor reading in French sees the French file first."""
    return sorted(items, key=lambda item: (code(item) != language, _LANGUAGE_ORDER.get(code(item), 99), code(item)))


def resource_languages(resource, files=None):
    """The languages a resource can be read in, in the order of FILE_LANGUAGES: the one its sheet was first
    written in, those its title and summary are written in (its sheet in that language is in that language), and
    those of its files."""
    files = resource.files.all() if files is None else files
    present = {resource.language, *(file.language for file in files)}
    present.update(code for code in network_language_codes()
                   if getattr(resource, f"title_{code}", None) and getattr(resource, f"summary_{code}", None))
    return [code for code, _name in FILE_LANGUAGES if code in present]


# --- Resources ------------------------------------------------------------------------------------------------

def _fingerprint(content):
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def sheet_fingerprint(resource, language):
    """A hash of what the resource's sheet in `language` shows (texts, names, headings, layout, language)."""
    return _fingerprint(sheet_content(resource, language))


def built_sheet(resource, language, fingerprint=None):
    """The stored sheet in `language` if it is built and shows what the resource shows now, else None. Reads
    only (for visitors' downloads): never builds, never locks."""
    fingerprint = fingerprint or sheet_fingerprint(resource, language)
    prefetched = getattr(resource, "_prefetched_objects_cache", {}).get("sheets")
    if prefetched is not None:  # a kit's items: no query per item
        sheet = next((sheet for sheet in prefetched if sheet.language == language), None)
    else:
        sheet = ResourceSheet.objects.filter(resource=resource, language=language).first()
    return sheet if sheet is not None and sheet.fingerprint == fingerprint and sheet.file else None


def resource_sheet(*, resource, language):
    """The resource's sheet in `language` (a language of the site), built first when it is missing or something
    it shows changed; untouched otherwise. For writes (staff saving, the kit builder): builders wait for each other
    on the resource's row, so a sheet is never built twice at once. A replaced file is deleted once committed.
    Visitors' downloads use `built_sheet` and never come here."""
    import pypdfium2 as pdfium

    content = sheet_content(resource, language)
    fingerprint = _fingerprint(content)
    sheet = built_sheet(resource, language, fingerprint)
    if sheet is not None:
        return sheet
    with transaction.atomic():
        # NO KEY: a download counted meanwhile (its row's foreign key takes KEY SHARE on the resource) never waits.
        Resource.objects.select_for_update(no_key=True).filter(pk=resource.pk).first()
        sheet = ResourceSheet.objects.filter(resource=resource, language=language).first()
        if sheet is not None and sheet.fingerprint == fingerprint and sheet.file:
            return sheet  # built meanwhile by another request
        pdf = build_sheet_pdf(content)
        document = pdfium.PdfDocument(pdf)
        page_count = len(document)
        document.close()
        sheet = sheet or ResourceSheet(resource=resource, language=language)
        old_name = sheet.file.name
        sheet.file.save(f"{resource.slug}-{language}.pdf", ContentFile(pdf), save=False)
        sheet.fingerprint, sheet.size, sheet.page_count = fingerprint, len(pdf), page_count
        sheet.save()
        if old_name:
            storage = sheet.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))
    getattr(resource, "_prefetched_objects_cache", {}).pop("sheets", None)  # `resource.sheets` reads them again
    return sheet


def resource_sheets_refresh(*, resource):
    """The resource's sheet in each language of the site, each rebuilt only if what it shows changed."""
    return [resource_sheet(resource=resource, language=language) for language in network_language_codes()]


def sheets_are_stale(resource):
    """Whether a sheet of the resource is missing or shows something that changed since it was built."""
    built = dict(ResourceSheet.objects.filter(resource=resource).values_list("language", "fingerprint"))
    return any(built.get(language) != sheet_fingerprint(resource, language) for language in network_language_codes())


def resource_search_text(resource, files):
    """The text the toolbox and site searches look into, in every language: the titles on the first line (the site
    search's extracts start after it), then the summaries and sheet sections of every language, the published
    organisations that made it, the titles of its project if published, its tags in every language and the text of
    its files (PDFs). What comes from other rows is kept true when they change: resources_search_refresh()."""

    def texts(obj, name):
        values = (getattr(obj, column) or "" for column in columns_of(type(obj), [name]))
        return list(dict.fromkeys(value.strip() for value in values if value.strip()))

    project = resource.project
    parts = [" / ".join(texts(resource, "title")),
             *(text for name in ["summary", *Resource.SHEET_SECTIONS] for text in texts(resource, name)),
             *(f"{org.name} {org.acronym}" for org in resource.organisations.all() if org.is_published),
             *(texts(project, "title") if project is not None and project.is_published else []),
             *(name for tag in resource.tags.all() for name in (tag.name, *(t.name for t in tag.translations.all()))),
             *(file.text for file in files)]
    return "\n".join(part for part in parts if part)


def resource_search_vectors():
    """{field: SQL} of a resource's stored search vectors, one per language of the site: its titles (A), summaries
    (B) and search_text (C) of every language, in that language's configuration. For update()."""
    return search_vectors(Resource, RESOURCE_WEIGHTS)


SEARCH_BATCH = 500  # resources in memory at once when their search text is rebuilt


def resources_search_refresh(*, pks):
    """Rewrite the search text and vectors of the resources `pks`: after a member, project or tag they name was
    renamed, published or unpublished, or after bulk changes (`manage.py rebuild_search`). In batches, so that
    thousands of resources never sit in memory at once; the sheets are left to resource_refresh."""
    pks = list(pks)
    for start in range(0, len(pks), SEARCH_BATCH):
        batch = pks[start:start + SEARCH_BATCH]
        resources = list(
            Resource.objects.filter(pk__in=batch).select_related("project")
            .prefetch_related("organisations", "tags__translations",
                              Prefetch("files", queryset=ResourceFile.objects.only("resource_id", "text")))
        )
        for resource in resources:
            resource.search_text = resource_search_text(resource, resource.files.all())
        Resource.objects.bulk_update(resources, ["search_text"])
        Resource.objects.filter(pk__in=batch).update(**resource_search_vectors())
        resource_facet_keys_refresh(pks=batch)


def resource_facet_keys_refresh(*, pks):
    """Rewrite the facet keys of the resources `pks` (what the toolbox list counts) from their fields, links, files
    and tags: after a resource is saved, or a mission area, member or tag it is filed under changed its slug."""
    facets = {name: as_facet(spec, Resource) for name, spec in FACETS.items()}
    facet_keys_store(model=Resource, facets=facets, field="facet_keys", pks=pks)


def resources_naming(lookup):
    """find(pks) for core.services.dependents_register: the pks of the resources `lookup` finds ("tags__in")."""
    def find(pks):
        return list(Resource.objects.filter(**{lookup: pks}).order_by("pk").values_list("pk", flat=True).distinct())
    return find


def resource_refresh(*, resource):
    """Rebuild what is derived from a resource's content: its PDF sheet in each language (each only if what it
    shows changed) and the text search looks into. Call after the resource and its relations and files are saved."""
    resource_sheets_refresh(resource=resource)
    updates = {}

    files = list(resource.files.all())
    updates["search_text"] = resource_search_text(resource, files)
    updates["languages"] = resource_languages(resource, files)
    if files:
        updates["files_updated_at"] = max(file.uploaded_at for file in files)
    Resource.objects.filter(pk=resource.pk).update(**updates)
    # Apart: an UPDATE's expressions see the row as it was, and the vectors are made from the new search_text.
    Resource.objects.filter(pk=resource.pk).update(**resource_search_vectors())
    resource_facet_keys_refresh(pks=[resource.pk])  # from the languages just written
    for field, value in updates.items():
        setattr(resource, field, value)
    return resource


def resource_file_keep_previous(*, resource_file):
    """Before a file is replaced: keep the current one as a previous version, for staff."""
    current = ResourceFile.objects.get(pk=resource_file.pk)
    return ResourceFileVersion.objects.create(
        resource_file=current, file=current.file.name, original_name=current.original_name,
        size=current.size, sha256=current.sha256, uploaded_at=current.uploaded_at,
    )


def file_for_language(resource, language):
    """The resource's file in `language` (the page's when a visitor gives none), else in its own language, else
    the first in the order of FILE_LANGUAGES; None if it has no file. Uses the prefetched `files` when there are."""
    files = page_language_first(resource.files.all(), resource.language)
    return next((file for file in files if file.language == language), files[0] if files else None)


def name_words(title, limit):
    """`title` as words of a file name, at most `limit` characters: "L'éducation pour tous" is
    "l-education-pour-tous" (an apostrophe separates words, as a space does, rather than gluing them into
    "leducation"), and a long title is cut between two words, never inside one."""
    name = slugify(re.sub(r"['’ʼ‘`´]", " ", title))
    if len(name) <= limit:
        return name
    head = name[:limit + 1]  # a hyphen right after the limit means the last word fits whole
    return head.rsplit("-", 1)[0] if "-" in head else name[:limit]


def download_filename(resource, language, extension):
    name = name_words(resource.title, 80) or "resource"
    return f"{name}-{language}.{extension}"


def _count_one(model, **key):
    """Add one to the `count` of `model`'s row with these key columns, creating it at 1: one atomic statement
    (INSERT … ON CONFLICT DO UPDATE), so no count is lost when many visitors download
    at once and no other row is read, locked or rewritten."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = [model._meta.get_field(name).column for name in key]
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = (f"INSERT INTO {table} ({quoted}, count) VALUES ({placeholders}, 1) "  # noqa: S608 - names from models
           f"ON CONFLICT ({quoted}) DO UPDATE SET count = {table}.count + 1")
    with connection.cursor() as cursor:
        cursor.execute(sql, [getattr(value, "pk", value) for value in key.values()])


def download_record(*, resource, language):
    """Count one download of `resource` in `language` today, and in its total ("most downloaded"). Never touches
    the resource's row: a download must not wait for staff editing it. Stores no personal data."""
    with transaction.atomic():
        _count_one(DownloadCount, resource=resource, language=language, day=timezone.localdate())
        _count_one(DownloadTotal, resource=resource)


def kit_download_record(*, kit, language):
    """Count one download of the kit's ZIP in `language` today, as download_record does for resources."""
    _count_one(KitDownloadCount, kit=kit, language=language, day=timezone.localdate())


# --- Kits ----------------------------------------------------------------------------------------------------

def _kit_items(kit):
    return list(
        kit.items.filter(resource__in=Resource.objects.published())
        .select_related("resource__project")
        .prefetch_related("resource__files", "resource__organisations", "resource__mission_areas", "resource__sheets")
    )


def kit_languages(kit, items=None):
    """The Network languages in which at least one item of the kit exists (see `resource_languages`)."""
    items = _kit_items(kit) if items is None else items
    present = set()
    for item in items:
        present.update(resource_languages(item.resource))
    return [code for code in network_language_codes() if code in present]


def _kit_entries(items, language, build=True):
    """(order, resource, language of the file, stored file, sha256, extension) for each item: its file in
    `language` (else its best one), or its sheet in `language` when it has no file. With build=False (a visitor's
    download) a sheet is never built: None when one is missing or out of date."""
    entries = []
    for position, item in enumerate(items, start=1):
        resource = item.resource
        chosen = file_for_language(resource, language)
        if chosen is not None:
            entries.append((position, resource, chosen.language, chosen.file, chosen.sha256, EXTENSIONS[chosen.format]))
        else:
            sheet = resource_sheet(resource=resource, language=language) if build else built_sheet(resource, language)
            if sheet is None:
                return None
            entries.append((position, resource, language, sheet.file, sheet.fingerprint, "pdf"))
    return entries


# Changed when what a ZIP holds is written differently (2: MANIFEST.csv in the ZIP's language, with a BOM), so
# that ZIPs built before are rebuilt.
KIT_ZIP_FORMAT = 2
# Excel opens a .csv with the list separator of the computer's regional settings: ";" wherever the decimal
# separator is a comma, as in France, Belgium, Spain and much of Latin America; "," in English-speaking settings.
MANIFEST_DELIMITERS = {"fr": ";", "es": ";"}


def _kit_fingerprint(kit, language, entries):
    content = [KIT_ZIP_FORMAT, kit.slug, kit.title, language] + [
        [position, resource.title, resource.licence, file_language, stored.name, sha]
        for position, resource, file_language, stored, sha, _ext in entries
    ]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()


def _manifest_header():
    return [pgettext("kit ZIP manifest column", "Order"), pgettext("kit ZIP manifest column", "Title"),
            pgettext("kit ZIP manifest column", "File"), pgettext("kit ZIP manifest column", "Language"),
            pgettext("kit ZIP manifest column", "Licence"), "SHA-256"]


def _write_kit_zip(kit, language, entries, destination):
    """The ZIP of a kit in `language` (called with that language active): each item's file, and MANIFEST.csv
    listing them, headed in that language, in UTF-8 with a byte order mark (without it Excel reads UTF-8 as
    Windows-1252: "SantÃ©") and the separator Excel expects there."""
    manifest = io.StringIO()
    writer = csv.writer(manifest, delimiter=MANIFEST_DELIMITERS.get(language, ","))
    writer.writerow(_manifest_header())
    with zipfile.ZipFile(destination, "w") as archive:
        for position, resource, file_language, stored, _sha, extension in entries:
            name = f"{position:02d}-{name_words(resource.title, 60) or 'resource'}-{file_language}.{extension}"
            digest = hashlib.sha256()
            member = zipfile.ZipInfo(name, date_time=timezone.localtime().timetuple()[:6])
            with stored.open("rb") as source, archive.open(member, "w") as target:
                for chunk in iter(lambda: source.read(1024 * 1024), b""):
                    digest.update(chunk)
                    target.write(chunk)
            writer.writerow([position, resource.title, name, language_name(file_language), resource.licence,
                             digest.hexdigest()])
        archive.writestr("MANIFEST.csv", manifest.getvalue().encode("utf-8-sig"), compress_type=zipfile.ZIP_DEFLATED)


def kit_build_archives(*, kit, wait=True):
    """The kit's ZIPs, rebuilt first where the kit or one of its files changed since they were built.

    Cheap when nothing changed (three queries, no file written). Builders take the kit's row, so the same ZIP is
    never built twice at once; with wait=False (the rebuild a visitor's download asked for) a builder already at
    work is left to finish and None is returned."""
    with transaction.atomic():
        if Kit.objects.select_for_update(no_key=True, skip_locked=not wait).filter(pk=kit.pk).first() is None:
            return None
        return _build_changed_archives(kit)


def kit_current_archive(*, kit, language):
    """The kit's ZIP in `language` if it is built and holds what the kit holds now, else None. Reads only (for
    visitors' downloads): never builds, never locks."""
    items = _kit_items(kit)
    archive = next((archive for archive in kit.archives.all() if archive.language == language), None)
    if archive is None or not archive.file:
        return None
    with translation.override(language):
        entries = _kit_entries(items, language, build=False)
        if entries is None or _kit_fingerprint(kit, language, entries) != archive.fingerprint:
            return None
    return archive


def _build_changed_archives(kit):
    """Build the kit's ZIP in each language whose content changed since the last build; drop the others.
    Returns the KitArchive rows. Old ZIP files are deleted only once the new rows are committed."""
    items = _kit_items(kit)
    languages = kit_languages(kit, items)
    existing = {archive.language: archive for archive in KitArchive.objects.filter(kit=kit)}  # fresh: not prefetched
    archives = []
    for language in languages:
        with translation.override(language):  # titles (and file names) in the ZIP's language
            entries = _kit_entries(items, language)
            fingerprint = _kit_fingerprint(kit, language, entries)
        archive = existing.get(language)
        if archive is not None and archive.fingerprint == fingerprint and archive.file:
            archives.append(archive)
            continue
        with tempfile.TemporaryFile() as temporary, translation.override(language):
            _write_kit_zip(kit, language, entries, temporary)
            temporary.seek(0)
            digest = hashlib.sha256()
            for chunk in iter(lambda: temporary.read(1024 * 1024), b""):
                digest.update(chunk)
            size = temporary.tell()
            temporary.seek(0)
            old_name = archive.file.name if archive else ""
            archive = archive or KitArchive(kit=kit, language=language)
            archive.file.save(f"{kit.slug}-{language}.zip", File(temporary), save=False)
        archive.size, archive.sha256, archive.fingerprint = size, digest.hexdigest(), fingerprint
        archive.save()
        if old_name:
            storage = archive.file.storage
            transaction.on_commit(lambda name=old_name, storage=storage: storage.delete(name))
        archives.append(archive)
    for language, archive in existing.items():
        if language not in languages:
            archive.delete()  # its file goes once committed (models: post_delete)
    return archives


def kits_refresh_for(*, resource):
    """Rebuild the ZIPs of every kit that contains `resource` (after one of its files changed)."""
    for kit in resource.kits.all():
        kit_build_archives(kit=kit)


# --- Previous versions of files -------------------------------------------------------------------------------

def resource_file_restore_version(*, resource_file, version, user):
    """Make an earlier version of a file the current one again, at the same permanent address.

    Nothing is lost: the file it replaces becomes a previous version, and the chosen version stays in the list
    (the current file is a copy of it, so deleting either later never removes the other). The copy is checked
    and described as an upload is (format, size, checksum, pages, text, thumbnail); the resource's sheets, search
    text and kit ZIPs are refreshed. Recorded in the resource's history (a revision and a log entry) with `user`.
    Raises ValidationError if today's checks refuse the old file, and then changes nothing."""
    import reversion
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext

    from core.dates import date_format

    with transaction.atomic():
        current = ResourceFile.objects.select_for_update().select_related("resource").get(pk=resource_file.pk)
        if version.resource_file_id != current.pk:
            raise ValidationError(gettext("This version belongs to another file."))
        resource_file_keep_previous(resource_file=current)
        with version.file.open("rb") as stored:
            current.file = File(stored, name=version.original_name or version.file.name.rsplit("/", 1)[-1])
            current.save()  # derives format, size, checksum... from the copy (ResourceFile.save)
        resource = current.resource
        resource_refresh(resource=resource)
        kits_refresh_for(resource=resource)
        message = gettext("%(language)s file: the version uploaded on %(date)s (%(name)s) is current again.") % {
            "language": language_name(current.language), "name": version.original_name,
            "date": date_format(timezone.localtime(version.uploaded_at), "DATETIME_FORMAT"),
        }
        with reversion.create_revision():
            if reversion.is_registered(Resource):
                reversion.add_to_revision(resource)
            reversion.set_user(user)
            reversion.set_comment(message)
        LogEntry.objects.log_actions(user_id=user.pk, queryset=[resource], action_flag=CHANGE,
                                     change_message=message, single_object=True)
    return current
