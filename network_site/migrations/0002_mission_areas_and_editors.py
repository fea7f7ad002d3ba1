from django.db import migrations

from core.editors import grant_editor_permissions

MISSION_AREAS = [
    ("healthy-schools", "Healthy schools",
     "Schools where pupils and staff can learn and work in good health: prevention, health education and "
     "working conditions."),
    ("social-protection-for-all", "Social protection for all",
     "Health cover, sickness and old-age protection for education staff and their families, in every country."),
    ("room-for-young-people", "Room for young people",
     "Young teachers and young people taking their place in unions, mutual societies and the Network's projects."),
]


def create_mission_areas_and_editors(apps, schema_editor):
    MissionArea = apps.get_model("network_site", "MissionArea")
    for order, (slug, name, summary) in enumerate(MISSION_AREAS, start=1):
        MissionArea.objects.get_or_create(slug=slug, defaults={"name": name, "summary": summary, "order": order})
    grant_editor_permissions(apps, ["network_site", "members", "projects", "taggit"])


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0001_initial"),
        ("members", "0001_initial"),
        ("projects", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_mission_areas_and_editors, migrations.RunPython.noop)]
