"""Compile the interface translations (locale/<language>/LC_MESSAGES/django.po) to the .mo files Django reads.

Django's own `compilemessages` needs GNU gettext's msgfmt, which a fresh laptop may not have; Babel does the
same in Python. `make run` and `make test` run this, so the .mo files (not kept in git) always match the .po.
Writing the catalogues still uses `makemessages` (GNU gettext), see README "Translations".
"""

import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogue_paths():
    """Every django.po under LOCALE_PATHS."""
    return sorted(path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/django.po to .mo files (only those that changed)."

    def handle(self, *args, **options):
        paths = catalogue_paths()
        if not paths:
            raise CommandError("No translation catalogue found under LOCALE_PATHS.")
        for po_path in paths:
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            with po_path.open("rb") as po_file:
                catalogue = read_po(po_file, abort_invalid=True)
            # Fuzzy entries are guesses left by makemessages: never shown to visitors.
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalogue, use_fuzzy=False)
            self.stdout.write(f"Compiled {os.path.relpath(po_path, settings.BASE_DIR)}")
