"""A project's regions become an array ("africa,europe" → {africa,europe}), so that the list counts and filters
them in SQL (unnest, @>) instead of splitting text in Python."""

import django.contrib.postgres.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_alter_project_mission_areas"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # string_to_array('') is an empty array: projects without countries keep no region.
            database_operations=[migrations.RunSQL(
                "ALTER TABLE projects_project ALTER COLUMN regions TYPE varchar(20)[] "
                "USING string_to_array(regions, ',')",
                "ALTER TABLE projects_project ALTER COLUMN regions TYPE varchar(200) "
                "USING array_to_string(regions, ',')",
            )],
            state_operations=[
                migrations.AlterField(
                    model_name="project",
                    name="regions",
                    field=django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=20), blank=True, default=list, editable=False,
                        help_text="Set from the countries; used to filter by region.", size=None,
                        verbose_name="regions",
                    ),
                ),
            ],
        ),
    ]
