"""manage.py rebuild_search: rewrite every stored search vector and the toolbox's search text and facet keys (what
its list counts) from the rows.

Saving through the admin or the services keeps them true; this is for what skips them: bulk imports, raw SQL, a
restored backup, a change of text search configuration. Every type of content the site search registers
(core/search.py), in batches by primary key (each committed on its own, never the whole table in memory), and
idempotent: it writes what a save would, so running it twice changes nothing the second time.

The progress bar is Django's own output (one line redrawn on a terminal, a line per batch otherwise): a few lines
of code rather than a new dependency.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from core.search import sources

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Rebuild every stored search vector and search text (after bulk changes)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500, help="rows rewritten per transaction (500)")

    def handle(self, *args, batch_size, **options):
        batch_size = max(1, batch_size)
        for source in sources():
            rows = source.model._base_manager.order_by("pk")  # drafts too: they are searched once published
            total, done, last = rows.count(), 0, None
            self.progress(source.model._meta.verbose_name_plural, done, total)
            while True:
                pks = list((rows if last is None else rows.filter(pk__gt=last)).values_list("pk", flat=True)[
                    :batch_size])
                if not pks:
                    break
                with transaction.atomic():
                    source.refresh(pks)
                done, last = done + len(pks), pks[-1]
                self.progress(source.model._meta.verbose_name_plural, done, total)
            if self.stdout.isatty():
                self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Search vectors rebuilt."))

    def progress(self, label, done, total):
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        line = f"{str(label).capitalize():<28} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}"
        self.stdout.write(line, ending="\r" if self.stdout.isatty() else "\n")
        self.stdout.flush()
