import importlib

from django.db import migrations

# Members, projects, kits, articles, events and research-action now store their search vectors, one per language of
# the site, each with a GIN index (core.models.Searchable, added by each app's migration of the same name), as toolbox
# resources do. Here: the vectors of the existing rows are filled with the very expressions 0006 indexed (what
# Searchable.save() and `manage.py rebuild_search` write), then 0006's expression indexes are dropped: nothing
# computes a vector at query time any more.
search_per_language = importlib.import_module("network_site.migrations.0006_search_per_language")


def fill_vectors_and_drop_expression_indexes(apps, schema_editor):
    for table, a, b, c in search_per_language.DOCUMENTS:
        assignments = ", ".join(
            f"search_vector_{language} = {search_per_language.document_expression(language, a, b, c)}"
            for language in search_per_language.LANGUAGES
        )
        schema_editor.execute(f"UPDATE {table} SET {assignments}")  # noqa: S608 (constants only)
    for name, _table, _expression in search_per_language.DOCUMENT_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def recreate_expression_indexes(apps, schema_editor):
    for name, table, expression in search_per_language.DOCUMENT_INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))")


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0008_delete_missionarea"),
        ("members", "0003_stored_search_vectors"),
        ("projects", "0005_stored_search_vectors"),
        ("news", "0005_stored_search_vectors"),
        ("research", "0006_stored_search_vectors"),
        ("toolbox", "0014_stored_search_vectors"),
    ]

    operations = [
        migrations.RunPython(fill_vectors_and_drop_expression_indexes, recreate_expression_indexes),
    ]
