# The uniform PDF sheet of a resource becomes one per language of the site (ResourceSheet). The sheet each resource
# already has was built in the language it was written in: it becomes that language's ResourceSheet, with no
# fingerprint, so it is built again (and its old file deleted) the first time it is asked for or the resource is
# saved. The old columns go in the next migration (PostgreSQL cannot alter a table in the transaction that wrote
# rows referring to it).

import django.db.models.deletion
from django.db import migrations, models

import toolbox.models

SITE_LANGUAGES = ("en", "fr", "es")


def sheets_to_rows(apps, schema_editor):
    Resource = apps.get_model("toolbox", "Resource")
    ResourceSheet = apps.get_model("toolbox", "ResourceSheet")
    rows = [
        ResourceSheet(
            resource_id=resource["pk"],
            language=resource["language"] if resource["language"] in SITE_LANGUAGES else "en",
            file=resource["sheet"], fingerprint="", size=resource["sheet_size"] or 0,
            page_count=resource["sheet_page_count"],
        )
        for resource in Resource.objects.exclude(sheet="").values("pk", "language", "sheet", "sheet_size",
                                                                   "sheet_page_count").iterator()
    ]
    ResourceSheet.objects.bulk_create(rows, batch_size=500)


def rows_to_sheets(apps, schema_editor):
    Resource = apps.get_model("toolbox", "Resource")
    ResourceSheet = apps.get_model("toolbox", "ResourceSheet")
    for sheet in ResourceSheet.objects.select_related("resource").iterator():
        if sheet.language == sheet.resource.language:
            Resource.objects.filter(pk=sheet.resource_id).update(
                sheet=sheet.file.name, sheet_fingerprint="", sheet_size=sheet.size,
                sheet_page_count=sheet.page_count,
            )


class Migration(migrations.Migration):

    dependencies = [
        ('toolbox', '0004_texts_per_language'),
    ]

    operations = [
        migrations.CreateModel(
            name='ResourceSheet',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(choices=[('en', 'English'), ('fr', 'French'), ('es', 'Spanish'), ('pt', 'Portuguese'), ('de', 'German'), ('ar', 'Arabic')], max_length=5, verbose_name='language')),
                ('file', models.FileField(storage=toolbox.models.private_storage, upload_to=toolbox.models.sheet_path, verbose_name='PDF sheet')),
                ('fingerprint', models.CharField(blank=True, max_length=64)),
                ('size', models.PositiveIntegerField(default=0, verbose_name='size')),
                ('page_count', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='pages')),
                ('built_at', models.DateTimeField(auto_now=True, verbose_name='built on')),
                ('resource', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sheets', to='toolbox.resource', verbose_name='resource')),
            ],
            options={
                'verbose_name': 'PDF sheet',
                'verbose_name_plural': 'PDF sheets',
                'ordering': ['resource', 'language'],
                'constraints': [models.UniqueConstraint(fields=('resource', 'language'), name='one_sheet_per_resource_language')],
            },
        ),
        migrations.RunPython(sheets_to_rows, rows_to_sheets),
    ]
