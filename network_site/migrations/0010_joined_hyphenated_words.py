import importlib

from django.db import migrations

# Hyphenated words are found written joined too: a text saying "well-being" is found by "wellbeing".
# PostgreSQL's parser gives "well-being" whole and its parts ("well", "being"), so "well being" and "well-being"
# already found it, but not "wellbeing". The stored vectors (core/search.py) now also hold each hyphenated word
# without its hyphens: portal_search_document() adds them, from the parser's own hyphenated-word tokens
# (asciihword, hword, numhword: ids 16, 17 and 15 of the default parser). The other way round (a text saying
# "wellbeing" found by "well being") is the query's side: core.search.text_query(). Then every stored vector is
# written again with the same expressions as before (0006, toolbox 0007).
search_per_language = importlib.import_module("network_site.migrations.0006_search_per_language")
toolbox_vectors = importlib.import_module("toolbox.migrations.0007_search_vector_per_language")

JOINED_WORDS_FUNCTION = """
    CREATE OR REPLACE FUNCTION portal_with_joined_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT t || COALESCE(' ' || (
            SELECT string_agg(replace(token, '-', ''), ' ') FROM pg_catalog.ts_parse('default', t)
            WHERE tokid IN (15, 16, 17)
        ), '')
    $$
"""
DOCUMENT_FUNCTION = """
    CREATE OR REPLACE FUNCTION portal_search_document(cfg regconfig, a text[], b text[], c text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
        SELECT setweight(to_tsvector(cfg, {schema}.portal_with_joined_words(array_to_string(a, ' '))), 'A')
            || setweight(to_tsvector(cfg, {schema}.portal_with_joined_words(array_to_string(b, ' '))), 'B')
            || setweight(to_tsvector(cfg, {schema}.portal_with_joined_words(array_to_string(c, ' '))), 'C')
    $$
"""


def rewrite_vectors(schema_editor):
    for table, a, b, c in search_per_language.DOCUMENTS:
        assignments = ", ".join(
            f"search_vector_{language} = {search_per_language.document_expression(language, a, b, c)}"
            for language in search_per_language.LANGUAGES
        )
        schema_editor.execute(f"UPDATE {table} SET {assignments}")  # noqa: S608 (constants only)
    assignments = ", ".join(f"search_vector_{language} = {toolbox_vectors.VECTOR.format(language=language)}"
                            for language in toolbox_vectors.LANGUAGES)
    schema_editor.execute(f"UPDATE toolbox_resource SET {assignments}")  # noqa: S608 (constants only)


def add_joined_words(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        schema = cursor.fetchone()[0]
    schema_editor.execute(JOINED_WORDS_FUNCTION)
    # The schema named: the function must be found whatever the search_path of the session writing a row.
    schema_editor.execute(DOCUMENT_FUNCTION.format(schema=schema_editor.quote_name(schema)))
    rewrite_vectors(schema_editor)


def remove_joined_words(apps, schema_editor):
    schema_editor.execute(search_per_language.DOCUMENT_FUNCTION)
    schema_editor.execute("DROP FUNCTION IF EXISTS portal_with_joined_words(text)")
    rewrite_vectors(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0009_stored_search_vectors"),
    ]

    operations = [
        migrations.RunPython(add_joined_words, remove_joined_words),
    ]
