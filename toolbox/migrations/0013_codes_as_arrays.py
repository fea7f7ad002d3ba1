"""A resource's regions and languages become arrays ("africa,europe" → {africa,europe}), so that lists count and
filter them in SQL (unnest, @>) instead of splitting text in Python."""

import django.contrib.postgres.fields
from django.db import migrations, models

TO_ARRAY = """
ALTER TABLE toolbox_resource
    ALTER COLUMN regions TYPE varchar(20)[] USING string_to_array(regions, ','),
    ALTER COLUMN languages TYPE varchar(5)[] USING string_to_array(languages, ',')
"""
TO_TEXT = """
ALTER TABLE toolbox_resource
    ALTER COLUMN regions TYPE varchar(200) USING array_to_string(regions, ','),
    ALTER COLUMN languages TYPE varchar(50) USING array_to_string(languages, ',')
"""


class Migration(migrations.Migration):
    dependencies = [
        ("toolbox", "0012_alter_resource_mission_areas"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # string_to_array('') is an empty array: resources without regions or languages keep none.
            database_operations=[migrations.RunSQL(TO_ARRAY, TO_TEXT)],
            state_operations=[
                migrations.AlterField(
                    model_name="resource",
                    name="regions",
                    field=django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=20), blank=True, default=list, editable=False,
                        size=None, verbose_name="regions",
                    ),
                ),
                migrations.AlterField(
                    model_name="resource",
                    name="languages",
                    field=django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=5), blank=True, default=list, editable=False,
                        help_text="Languages of the sheet and the files; set when they are saved.", size=None,
                        verbose_name="available in",
                    ),
                ),
            ],
        ),
    ]
