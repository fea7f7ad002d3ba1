"""MissionArea moves from network_site to core without touching its table (network_site_missionarea, kept by
Meta.db_table): this migration only adds the model to core's state; network_site 0008 removes it from
network_site's. Its content type is renamed too, so the Editors' permissions, the admin's log and the revisions of
mission areas stay attached to it."""

from django.db import migrations, models


def rename_content_type(apps, schema_editor, old="network_site", new="core"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=new, model="missionarea").exists():
        ContentType.objects.filter(app_label=old, model="missionarea").update(app_label=new)
    # A revision names its model in its data: restoring an old one must find the model where it is now.
    Version = apps.get_model("reversion", "Version")
    for version in Version.objects.filter(content_type__app_label=new, content_type__model="missionarea"):
        version.serialized_data = version.serialized_data.replace(f'"{old}.missionarea"', f'"{new}.missionarea"')
        version.save(update_fields=["serialized_data"])


def rename_content_type_back(apps, schema_editor):
    rename_content_type(apps, schema_editor, old="core", new="network_site")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("network_site", "0007_staff_preference"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='MissionArea',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=100, unique=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=100, null=True, unique=True, verbose_name='name')),
                        ('name_fr', models.CharField(max_length=100, null=True, unique=True, verbose_name='name')),
                        ('name_es', models.CharField(max_length=100, null=True, unique=True, verbose_name='name')),
                        ('slug', models.SlugField(max_length=100, unique=True, verbose_name='slug')),
                        ('summary', models.TextField(blank=True, verbose_name='summary')),
                        ('summary_en', models.TextField(blank=True, null=True, verbose_name='summary')),
                        ('summary_fr', models.TextField(blank=True, null=True, verbose_name='summary')),
                        ('summary_es', models.TextField(blank=True, null=True, verbose_name='summary')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                    ],
                    options={
                        'verbose_name': 'mission area',
                        'verbose_name_plural': 'mission areas',
                        'db_table': 'network_site_missionarea',
                        'ordering': ['order', 'name'],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, rename_content_type_back),
    ]
