import django.contrib.postgres.search
from django.db import migrations

# The toolbox search in the page's language (network_site/search.py): one stored vector per language of the site
# instead of one, each in that language's text search configuration (network_site/migrations/0006) and over the
# texts of every language, with a GIN index (PostgreSQL only: SQLite searches with LIKE and keeps the columns empty).
# toolbox.services.resource_refresh writes them; here they are filled for the existing resources with the same
# expression (search.search_document(Resource, RESOURCE_WEIGHTS, config)).
LANGUAGES = ("en", "fr", "es")
VECTOR = (
    "portal_search_document('portal_{language}'::regconfig, ARRAY[title_en, title_fr, title_es]::text[], "
    "ARRAY[summary_en, summary_fr, summary_es]::text[], ARRAY[search_text]::text[])"
)


def create_indexes_and_fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS toolbox_resource_search_vector_{language}_gin "
                              f"ON toolbox_resource USING gin (search_vector_{language})")
    assignments = ", ".join(f"search_vector_{language} = {VECTOR.format(language=language)}" for language in LANGUAGES)
    schema_editor.execute(f"UPDATE toolbox_resource SET {assignments}")  # noqa: S608 (constants only)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS toolbox_resource_search_vector_{language}_gin")


def recreate_single_index(apps, schema_editor):
    """Backwards: the index of the single vector (0002); network_site 0006, reversed next, refills the vector."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS toolbox_resource_search_vector_gin "
                              "ON toolbox_resource USING gin (search_vector)")


class Migration(migrations.Migration):
    dependencies = [
        ("toolbox", "0006_remove_resource_sheet"),
        ("network_site", "0006_search_per_language"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, recreate_single_index),
        migrations.RemoveField(model_name="resource", name="search_vector"),  # drops its index too
        migrations.AddField(
            model_name="resource",
            name="search_vector_en",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="resource",
            name="search_vector_fr",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="resource",
            name="search_vector_es",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_indexes_and_fill, drop_indexes),
    ]
