# The sheet columns of Resource, now ResourceSheet rows (migration 0005 moved their files there).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('toolbox', '0005_resource_sheets_per_language'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='resource',
            name='sheet',
        ),
        migrations.RemoveField(
            model_name='resource',
            name='sheet_fingerprint',
        ),
        migrations.RemoveField(
            model_name='resource',
            name='sheet_page_count',
        ),
        migrations.RemoveField(
            model_name='resource',
            name='sheet_size',
        ),
    ]
