"""Stored files and rows that do not match: orphans (a file no row points to) and missing files (a row whose file
is gone), in the media folder and the private toolbox folder."""

import datetime

from django.apps import apps
from django.core.files.storage import default_storage, storages
from django.core.management.base import BaseCommand
from django.db import models
from django.utils import timezone

# A file younger than this may belong to an upload whose row is not committed yet: listed, never deleted.
GRACE = datetime.timedelta(hours=1)


def stored_names(storage, folder=""):
    """Every file name in `storage`, walking its folders."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from stored_names(storage, f"{folder}/{sub}" if folder else sub)


def file_fields():
    """(model, field) of every FileField and ImageField of the project."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                yield model, field


class Command(BaseCommand):
    help = ("List files in the media and private folders that no row points to (orphans) and rows whose file is "
            "missing; --delete removes the orphans older than an hour.")

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete the orphan files (older than an hour).")

    def handle(self, *args, delete=False, **options):
        checked = {"default": default_storage, "private": storages["private"]}
        used = {alias: set() for alias in checked}
        missing = []
        for model, field in file_fields():
            alias = next((alias for alias, storage in checked.items()
                          if storage.__class__ is field.storage.__class__
                          and getattr(storage, "location", None) == getattr(field.storage, "location", None)), None)
            if alias is None:
                continue
            names = model._default_manager.exclude(**{field.name: ""}).values_list("pk", field.name)
            for pk, name in names.iterator():
                used[alias].add(name)
                if not field.storage.exists(name):
                    missing.append(f"{model._meta.label} {pk} {field.name}: {name}")

        orphans, deleted = [], 0
        now = timezone.now()
        for alias, storage in checked.items():
            for name in stored_names(storage):
                if name in used[alias]:
                    continue
                orphans.append(f"{alias}: {name}")
                if delete and now - storage.get_modified_time(name) > GRACE:
                    storage.delete(name)
                    deleted += 1

        for line in orphans:
            self.stdout.write(f"orphan file  {line}")
        for line in missing:
            self.stdout.write(f"missing file {line}")
        summary = f"{len(orphans)} orphan file(s), {len(missing)} row(s) with a missing file."
        if delete:
            summary += f" {deleted} orphan file(s) deleted."
        self.stdout.write(summary)
