import importlib

from django.db import migrations

# The site search in the language of the page, over the texts of every language (network_site/search.py explains
# the choice). PostgreSQL only; SQLite searches with LIKE. Replaces what 0003 made for the single `title` columns:
#
# - `portal_en`, `portal_fr`, `portal_es`: copies of the `english`, `french` and `spanish` configurations whose
#   words go through `unaccent` before the language's stemmer ("Santé" and "sante" both become "sant",
#   "enseignants" and "enseignant" both "enseign"). Words with digits are only unaccented, as in `simple`.
# - `portal_search_document(cfg, a, b, c)`: the weighted vector (A, B, C) of a row's texts in configuration
#   `cfg`; for each type of content, one GIN index per configuration on it, over the columns of every language
#   (ARRAY[title_en, title_fr, title_es]...). The expressions below must stay exactly those search.py builds
#   (Source.document), or PostgreSQL cannot use the indexes; tests/network_site/test_search.py checks it. Its high
#   COST tells the planner that computing it row by row is expensive, so it reads an index even for common words.
# - "Did you mean": one trigram index (GiST) per table on the unaccented titles of every language, one after the
#   other. Members' names and acronyms are not translated: their indexes from 0003 stay, as does
#   `portal_unaccent()`.
# Toolbox resources keep stored vectors, one per configuration (toolbox/migrations/0007), built with the function.
LANGUAGES = ("en", "fr", "es")
CONFIGURATIONS = {"en": "english", "fr": "french", "es": "spanish"}
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"
NUMBER_TOKENS = "numword, numhword, hword_numpart"

DOCUMENT_FUNCTION = """
    CREATE OR REPLACE FUNCTION portal_search_document(cfg regconfig, a text[], b text[], c text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
        SELECT setweight(to_tsvector(cfg, array_to_string(a, ' ')), 'A')
            || setweight(to_tsvector(cfg, array_to_string(b, ' ')), 'B')
            || setweight(to_tsvector(cfg, array_to_string(c, ' ')), 'C')
    $$
"""


def each_language(*names):
    return [f"{name}_{language}" for name in names for language in LANGUAGES]


# (table, columns of weight A, B and C): the fields of search.py's SOURCES, those translated in every language.
DOCUMENTS = [
    ("members_organisation", ["name", "acronym"], each_language("description"), []),
    ("projects_project", each_language("title"), each_language("summary"), each_language("context")),
    ("toolbox_kit", each_language("title"), [*each_language("event"), *each_language("description")], []),
    ("news_article", each_language("title"), each_language("summary"), each_language("body")),
    ("news_event", each_language("title"), [*each_language("summary"), "city", "venue"],
     [*each_language("description"), *each_language("programme"), *each_language("outcomes")]),
    ("research_researchentry", each_language("title"), each_language("summary"),
     [*each_language("research_question"), *each_language("method")]),
]
TITLE_TABLES = ["projects_project", "toolbox_resource", "toolbox_kit", "news_article", "news_event",
                "research_researchentry"]


def text_array(columns):
    return f"ARRAY[{', '.join(columns)}]::text[]" if columns else "'{}'::text[]"


def document_expression(language, a, b, c):
    arrays = ", ".join(text_array(columns) for columns in (a, b, c))
    return f"portal_search_document('portal_{language}'::regconfig, {arrays})"


# (index name, table, indexed expression)
DOCUMENT_INDEXES = [
    (f"{table}_search_{language}_gin", table, document_expression(language, a, b, c))
    for table, a, b, c in DOCUMENTS
    for language in LANGUAGES
]
ALL_TITLES = " || ' ' || ".join(f"COALESCE({column}, '')" for column in each_language("title"))
TITLE_INDEXES = [(f"{table}_titles_trgm", table, f"portal_unaccent({ALL_TITLES})") for table in TITLE_TABLES]
# What 0003 made and this replaces (members' name and acronym indexes stay).
OLD_INDEXES = [
    *(f"{table}_search_gin" for table, *_columns in DOCUMENTS),
    *(f"{table}_title_trgm" for table in TITLE_TABLES),
]


def create_search_objects(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'")
        schema = cursor.fetchone()[0]
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        existing = {name for (name,) in cursor.fetchall()}
    for language, configuration in CONFIGURATIONS.items():
        name = f"portal_{language}"
        if name not in existing:
            execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{configuration})")
        execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} "
                f"WITH {schema}.unaccent, pg_catalog.{configuration}_stem")
        execute(f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {NUMBER_TOKENS} "
                f"WITH {schema}.unaccent, pg_catalog.simple")
    for name in OLD_INDEXES:
        execute(f"DROP INDEX IF EXISTS {name}")
    execute("DROP FUNCTION IF EXISTS portal_search_document(text[], text[], text[])")
    execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search")
    execute(DOCUMENT_FUNCTION)
    for name, table, expression in DOCUMENT_INDEXES:
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))")
    for name, table, expression in TITLE_INDEXES:
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gist (({expression}) gist_trgm_ops)")


def drop_search_objects(apps, schema_editor):
    """Back to 0003's objects, on the `title` columns (which still exist)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    for name, _table, _expression in [*DOCUMENT_INDEXES, *TITLE_INDEXES]:
        execute(f"DROP INDEX IF EXISTS {name}")
    execute("DROP FUNCTION IF EXISTS portal_search_document(regconfig, text[], text[], text[])")
    for language in LANGUAGES:
        execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_{language}")
    importlib.import_module("network_site.migrations.0003_search_configuration").create_search_objects(
        apps, schema_editor
    )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM information_schema.columns "
                       "WHERE table_name = 'toolbox_resource' AND column_name = 'search_vector'")
        has_single_vector = cursor.fetchone() is not None
    if has_single_vector:  # toolbox/migrations/0007 was reversed first: refill the vector 0003 searched
        execute("""
            UPDATE toolbox_resource SET search_vector =
                setweight(to_tsvector('portal_search'::regconfig, COALESCE(title, '')), 'A')
                || setweight(to_tsvector('portal_search'::regconfig, COALESCE(summary, '')), 'B')
                || setweight(to_tsvector('portal_search'::regconfig, COALESCE(search_text, '')), 'C')
        """)


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0005_existing_texts_in_their_language"),
        ("members", "0002_texts_per_language"),
        ("projects", "0002_texts_per_language"),
        ("toolbox", "0004_texts_per_language"),
        ("news", "0003_texts_per_language"),
        ("research", "0003_texts_per_language"),
    ]

    operations = [
        migrations.RunPython(create_search_objects, drop_search_objects),
    ]
