from django.db import migrations

# Rebuild the stored search vectors with the site's text search configuration (accents ignored), as
# toolbox.services.resource_refresh now writes them. The GIN index on the column stays as it is.
REBUILD = """
    UPDATE toolbox_resource SET search_vector =
        setweight(to_tsvector('{config}'::regconfig, COALESCE(title, '')), 'A')
        || setweight(to_tsvector('{config}'::regconfig, COALESCE(summary, '')), 'B')
        || setweight(to_tsvector('{config}'::regconfig, COALESCE(search_text, '')), 'C')
    WHERE search_vector IS NOT NULL
"""


def use_portal_search(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REBUILD.format(config="portal_search"))


def use_simple(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REBUILD.format(config="simple"))


class Migration(migrations.Migration):
    dependencies = [
        ("toolbox", "0002_search_index_and_editors"),
        ("network_site", "0003_search_configuration"),
    ]

    operations = [
        migrations.RunPython(use_portal_search, use_simple),
    ]
