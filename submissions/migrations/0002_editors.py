from django.db import migrations

from core.editors import grant_editor_permissions


def grant(apps, schema_editor):
    grant_editor_permissions(apps, ["submissions"])


class Migration(migrations.Migration):
    """Editors review what members send (the admin's queue of submissions)."""

    dependencies = [("submissions", "0001_initial"), ("network_site", "0002_mission_areas_and_editors")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
