from django.db import migrations

from core.editors import grant_editor_permissions


def grant_editors(apps, schema_editor):
    # The counts tables added since 0002 (download totals, kit ZIP downloads): editors read them on the staff home.
    grant_editor_permissions(apps, ["toolbox"])


class Migration(migrations.Migration):
    dependencies = [("toolbox", "0010_kit_download_counts"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
