from django.db import migrations

from core.editors import grant_editor_permissions


def grant_editors(apps, schema_editor):
    grant_editor_permissions(apps, ["research"])


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0001_initial"),
        ("network_site", "0002_mission_areas_and_editors"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
