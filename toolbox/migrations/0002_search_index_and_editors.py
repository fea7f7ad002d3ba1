from django.db import migrations

from core.editors import grant_editor_permissions


def create_search_index(apps, schema_editor):
    # A GIN index for full-text search exists only on PostgreSQL; SQLite searches with LIKE.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS toolbox_resource_search_vector_gin "
            "ON toolbox_resource USING gin (search_vector)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS toolbox_resource_search_vector_gin")


def grant_editors(apps, schema_editor):
    grant_editor_permissions(apps, ["toolbox"])


class Migration(migrations.Migration):
    dependencies = [
        ("toolbox", "0001_initial"),
        ("network_site", "0002_mission_areas_and_editors"),
    ]

    operations = [
        migrations.RunPython(create_search_index, drop_search_index),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
