from django.db import migrations


def forget_stale_content_type(apps, schema_editor):
    """On a new database, migrations run between core 0001 and this one may have made network_site's content type
    for mission areas again (with permissions): core's is the one used now."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label="core", model="missionarea").exists():
        ContentType.objects.filter(app_label="network_site", model="missionarea").delete()


class Migration(migrations.Migration):

    dependencies = [
        ('network_site', '0007_staff_preference'),
        ('news', '0004_alter_article_mission_areas'),
        ('projects', '0003_alter_project_mission_areas'),
        ('research', '0005_alter_researchentry_mission_areas'),
        ('toolbox', '0012_alter_resource_mission_areas'),
    ]

    # MissionArea now lives in core, on the same table (core 0001): forget it here, keep the table.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="MissionArea")],
            database_operations=[],
        ),
        migrations.RunPython(forget_stale_content_type, migrations.RunPython.noop),
    ]
