from django.db import migrations

# What the site search (network_site/search.py) needs on PostgreSQL. Nothing on SQLite, which searches with LIKE.
#
# - `portal_search`, a text search configuration: the `simple` dictionary after `unaccent`, so "sante" finds
#   "Santé" and the same words are indexed whatever the language (search.py explains the choice).
# - `portal_search_document(a, b, c)`: the weighted vector of a row's texts of weight A, B and C, and a GIN index
#   on it for each type of content. The expressions below must stay exactly those search.py builds
#   (Source.document_sql), or PostgreSQL cannot use the indexes; tests/network_site/test_search.py checks it.
#   Its high COST tells the planner that computing it row by row is expensive, so it reads the index even when a
#   common word matches most rows (a sequential scan rebuilding every body's vector is ten times slower).
# - `portal_unaccent(text)`: unaccent() declared immutable (as it is with a fixed dictionary) so that titles can
#   have a trigram index (GiST: it can give the closest titles first), which "did you mean" uses to find the
#   titles closest to a misspelt word.
#
# unaccent and pg_trgm are "trusted" extensions (PostgreSQL 13+): the owner of the database may create them.
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart"

# The configuration is named with its schema: since PostgreSQL 17, CREATE INDEX runs the functions of an index
# with search_path = pg_catalog, where an unqualified 'portal_search' does not exist.
DOCUMENT_FUNCTION = """
    CREATE OR REPLACE FUNCTION portal_search_document(a text[], b text[], c text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
        SELECT setweight(to_tsvector('{here}.portal_search'::regconfig, array_to_string(a, ' ')), 'A')
            || setweight(to_tsvector('{here}.portal_search'::regconfig, array_to_string(b, ' ')), 'B')
            || setweight(to_tsvector('{here}.portal_search'::regconfig, array_to_string(c, ' ')), 'C')
    $$
"""

UNACCENT_FUNCTION = """
    CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, $1)
    $$
"""

# (index name, table, indexed expression)
DOCUMENT_INDEXES = [
    ("members_organisation_search_gin", "members_organisation",
     "portal_search_document(ARRAY[name, acronym]::text[], ARRAY[description]::text[], '{}'::text[])"),
    ("projects_project_search_gin", "projects_project",
     "portal_search_document(ARRAY[title]::text[], ARRAY[summary]::text[], ARRAY[context]::text[])"),
    ("toolbox_kit_search_gin", "toolbox_kit",
     "portal_search_document(ARRAY[title]::text[], ARRAY[event, description]::text[], '{}'::text[])"),
    ("news_article_search_gin", "news_article",
     "portal_search_document(ARRAY[title]::text[], ARRAY[summary]::text[], ARRAY[body]::text[])"),
    ("news_event_search_gin", "news_event",
     "portal_search_document(ARRAY[title]::text[], ARRAY[summary, city, venue]::text[], "
     "ARRAY[description, programme, outcomes]::text[])"),
    ("research_researchentry_search_gin", "research_researchentry",
     "portal_search_document(ARRAY[title]::text[], ARRAY[summary]::text[], "
     "ARRAY[research_question, method]::text[])"),
]
TITLE_INDEXES = [
    ("members_organisation_name_trgm", "members_organisation", "name"),
    ("members_organisation_acronym_trgm", "members_organisation", "acronym"),
    ("projects_project_title_trgm", "projects_project", "title"),
    ("toolbox_resource_title_trgm", "toolbox_resource", "title"),
    ("toolbox_kit_title_trgm", "toolbox_kit", "title"),
    ("news_article_title_trgm", "news_article", "title"),
    ("news_event_title_trgm", "news_event", "title"),
    ("research_researchentry_title_trgm", "research_researchentry", "title"),
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
        cursor.execute("SELECT current_schema()")
        here = cursor.fetchone()[0]
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_search'")
        configuration_exists = cursor.fetchone() is not None
    if not configuration_exists:
        execute("CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = simple)")
    execute(f"ALTER TEXT SEARCH CONFIGURATION portal_search ALTER MAPPING FOR {WORD_TOKENS} "
            f"WITH {schema}.unaccent, simple")
    execute(DOCUMENT_FUNCTION.format(here=here))
    execute(UNACCENT_FUNCTION.format(schema=schema))
    for name, table, expression in DOCUMENT_INDEXES:
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))")
    for name, table, column in TITLE_INDEXES:
        execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gist (portal_unaccent({column}) gist_trgm_ops)")


def drop_search_objects(apps, schema_editor):
    # The extensions stay: other objects of the database may use them.
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _expression in [*DOCUMENT_INDEXES, *TITLE_INDEXES]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    schema_editor.execute("DROP FUNCTION IF EXISTS portal_unaccent(text)")
    schema_editor.execute("DROP FUNCTION IF EXISTS portal_search_document(text[], text[], text[])")
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search")


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0002_mission_areas_and_editors"),
        ("members", "0001_initial"),
        ("projects", "0001_initial"),
        ("toolbox", "0002_search_index_and_editors"),
        ("news", "0002_editors"),
        ("research", "0002_editors"),
    ]

    operations = [
        migrations.RunPython(create_search_objects, drop_search_objects),
    ]
