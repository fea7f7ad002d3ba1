from django.core.management.base import BaseCommand

from core.cache import clear_page_cache


class Command(BaseCommand):
    help = "Empty the page cache (cached pages, facet counts and filter choices)."

    def handle(self, *args, **options):
        clear_page_cache()
        self.stdout.write("Page cache cleared.")
