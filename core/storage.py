"""Stored files follow their rows: removed once the deletion or replacement is committed (never before: a rolled
back transaction keeps its files)."""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def delete_file_after_commit(field_file, *, unless_used_by=()):
    """Delete `field_file`'s stored file once the current transaction commits. `unless_used_by`: (model, field
    name) pairs checked at that moment; a file another row still points to is kept."""
    name, storage = field_file.name, field_file.storage
    if not name:
        return

    def delete():
        if any(model._default_manager.filter(**{field: name}).exists() for model, field in unless_used_by):
            return
        try:
            storage.delete(name)
        except OSError:  # already gone, or the disk refuses: `manage.py check_storage` reports what is left
            logger.warning("Could not delete stored file %s", name, exc_info=True)

    transaction.on_commit(delete)
