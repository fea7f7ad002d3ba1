"""Writes of the toolbox that touch several rows or files: sheets, search text, versions, counts, kit ZIPs."""

import csv
import hashlib
import io
import json
import tempfile
import zipfile

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from .models import FILE_LANGUAGES, DownloadCount, Kit, KitArchive, Resource, ResourceFile, ResourceFileVersion
from .sheets import LAYOUT_VERSION, build_sheet_pdf
from .validators import EXTENSIONS


def network_language_codes():
    return [code for code, _name in settings.LANGUAGES]


# --- Resources ------------------------------------------------------------------------------------------------

def sheet_fingerprint(resource):
    content = {
        "layout": LAYOUT_VERSION,
        "fields": [resource.title, resource.summary, resource.kind, resource.language, resource.licence,
                   str(resource.date), str(resource.countries), resource.slug],
        "sections": [getattr(resource, name) for name in Resource.SHEET_SECTIONS],
        "organisations": [org.name for org in resource.organisations.all() if org.is_published],
        "areas": [area.name for area in resource.mission_areas.all()],
        "project": resource.project.title if resource.project_id and resource.project.is_published else "",
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def resource_refresh(*, resource):
    """Rebuild what is derived from a resource's content: its PDF sheet (only if the content changed)
    and the text search looks into. Call after the resource and its relations and files are saved."""
    import pypdfium2 as pdfium

    fingerprint = sheet_fingerprint(resource)
    updates = {}
    if fingerprint != resource.sheet_fingerprint or not resource.sheet:
        pdf = build_sheet_pdf(resource)
        old_name = resource.sheet.name
        resource.sheet.save(f"{resource.slug}.pdf", ContentFile(pdf), save=False)
        document = pdfium.PdfDocument(pdf)
        updates.update(sheet=resource.sheet.name, sheet_fingerprint=fingerprint, sheet_size=len(pdf),
                       sheet_page_count=len(document))
        document.close()
        if old_name:
            storage = resource.sheet.storage
            transaction.on_commit(lambda: storage.delete(old_name))

    files = list(resource.files.all())
    parts = [resource.title, resource.summary, *(getattr(resource, name) for name in Resource.SHEET_SECTIONS),
             *(f"{org.name} {org.acronym}" for org in resource.organisations.all() if org.is_published),
             *(tag.name for tag in resource.tags.all()), *(file.text for file in files)]
    updates["search_text"] = "\n".join(part for part in parts if part)
    present = {resource.language, *(file.language for file in files)}
    updates["languages"] = ",".join(code for code, _name in FILE_LANGUAGES if code in present)
    if files:
        updates["files_updated_at"] = max(file.uploaded_at for file in files)
    Resource.objects.filter(pk=resource.pk).update(**updates)
    if connection.vendor == "postgresql":
        # The site search's configuration, accents ignored (imported here: that module imports the models).
        from network_site.search import SEARCH_CONFIG

        Resource.objects.filter(pk=resource.pk).update(
            search_vector=SearchVector("title", weight="A", config=SEARCH_CONFIG)
            + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
            + SearchVector("search_text", weight="C", config=SEARCH_CONFIG)
        )
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
    """The resource's file in `language`, else in its own language, else any; None if it has no file.
    Uses the prefetched `files` when there are."""
    files = {file.language: file for file in resource.files.all()}
    return files.get(language) or files.get(resource.language) or next(iter(files.values()), None)


def download_filename(resource, language, extension):
    name = slugify(resource.title)[:80] or "resource"
    return f"{name}-{language}.{extension}"


def download_record(*, resource, language):
    """Count one download of `resource` in `language` today, atomically: no count is lost when many
    visitors download at once. Stores no personal data."""
    today = timezone.localdate()
    counts = DownloadCount.objects.filter(resource=resource, language=language, day=today)
    with transaction.atomic():
        if not counts.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    DownloadCount.objects.create(resource=resource, language=language, day=today, count=1)
            except IntegrityError:  # another request created today's row first
                counts.update(count=F("count") + 1)
        Resource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)


# --- Kits ----------------------------------------------------------------------------------------------------

def _kit_items(kit):
    return list(
        kit.items.filter(resource__in=Resource.objects.published())
        .select_related("resource")
        .prefetch_related("resource__files")
    )


def kit_languages(kit, items=None):
    """The Network languages in which at least one item of the kit exists."""
    items = _kit_items(kit) if items is None else items
    present = set()
    for item in items:
        present.add(item.resource.language)
        present.update(file.language for file in item.resource.files.all())
    return [code for code in network_language_codes() if code in present]


def _kit_entries(items, language):
    """(order, resource, language of the file, stored file, sha256, extension) for each item."""
    entries = []
    for position, item in enumerate(items, start=1):
        resource = item.resource
        chosen = file_for_language(resource, language)
        if chosen is not None:
            entries.append((position, resource, chosen.language, chosen.file, chosen.sha256, EXTENSIONS[chosen.format]))
        elif resource.sheet:
            sheet_sha = resource.sheet_fingerprint
            entries.append((position, resource, resource.language, resource.sheet, sheet_sha, "pdf"))
    return entries


def _kit_fingerprint(kit, language, entries):
    content = [kit.slug, kit.title, language] + [
        [position, resource.title, resource.licence, file_language, stored.name, sha]
        for position, resource, file_language, stored, sha, _ext in entries
    ]
    return hashlib.sha256(json.dumps(content).encode()).hexdigest()


def _write_kit_zip(kit, language, entries, destination):
    language_names = dict(FILE_LANGUAGES)
    manifest = io.StringIO()
    writer = csv.writer(manifest)
    writer.writerow(["order", "title", "file", "language", "licence", "sha256"])
    with zipfile.ZipFile(destination, "w") as archive:
        for position, resource, file_language, stored, _sha, extension in entries:
            name = f"{position:02d}-{slugify(resource.title)[:60]}-{file_language}.{extension}"
            digest = hashlib.sha256()
            member = zipfile.ZipInfo(name, date_time=timezone.localtime().timetuple()[:6])
            with stored.open("rb") as source, archive.open(member, "w") as target:
                for chunk in iter(lambda: source.read(1024 * 1024), b""):
                    digest.update(chunk)
                    target.write(chunk)
            writer.writerow([position, resource.title, name, str(language_names.get(file_language, file_language)),
                             resource.licence, digest.hexdigest()])
        archive.writestr("MANIFEST.csv", manifest.getvalue(), compress_type=zipfile.ZIP_DEFLATED)


def kit_build_archives(*, kit):
    """The kit's ZIPs, rebuilt first where the kit or one of its files changed since they were built.

    Cheap when nothing changed (three queries, no file written). Concurrent callers (the admin, visitors'
    downloads) wait for each other on the kit's row, so the same ZIP is never built twice at once."""
    with transaction.atomic():
        Kit.objects.select_for_update().filter(pk=kit.pk).first()
        return _build_changed_archives(kit)


def _build_changed_archives(kit):
    """Build the kit's ZIP in each language whose content changed since the last build; drop the others.
    Returns the KitArchive rows. Old ZIP files are deleted only once the new rows are committed."""
    items = _kit_items(kit)
    languages = kit_languages(kit, items)
    existing = {archive.language: archive for archive in kit.archives.all()}
    archives = []
    for language in languages:
        entries = _kit_entries(items, language)
        fingerprint = _kit_fingerprint(kit, language, entries)
        archive = existing.get(language)
        if archive is not None and archive.fingerprint == fingerprint and archive.file:
            archives.append(archive)
            continue
        with tempfile.TemporaryFile() as temporary:
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
            name, storage = archive.file.name, archive.file.storage
            archive.delete()
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
    return archives


def kits_refresh_for(*, resource):
    """Rebuild the ZIPs of every kit that contains `resource` (after one of its files changed)."""
    for kit in resource.kits.all():
        kit_build_archives(kit=kit)
