from django.db import migrations
from django.db.models import Q

# Texts written before the site had three languages are in their original column (`title`). Each is copied to
# the column of its language (`title_en`, or for a toolbox resource the language it says it is written in),
# where the site now reads it. Only empty columns are filled, so running this twice changes nothing.
FIELDS = {
    ("network_site", "MissionArea"): ["name", "summary"],
    ("network_site", "NetworkPage"): ["title", "summary", "body"],
    ("members", "Organisation"): ["description", "health_social_protection_work"],
    ("projects", "Project"): [
        "title", "summary", "context", "beneficiaries_description", "general_objective", "specific_objectives",
        "activities", "results", "image_alt",
    ],
    ("toolbox", "Resource"): [
        "title", "summary", "context", "objectives", "target_public", "activities", "results", "lessons_learned",
    ],
    ("toolbox", "Kit"): ["title", "description", "event", "cover_alt"],
    ("news", "Article"): ["title", "summary", "body", "image_alt"],
    ("news", "Event"): ["title", "summary", "description", "programme", "outcomes"],
    ("news", "Photo"): ["caption", "image_alt"],
    ("research", "ResearchEntry"): ["title", "summary", "research_question", "method"],
    ("research", "Researcher"): ["role"],
}
LANGUAGES = ("en", "fr", "es")


def copy_to_language_columns(apps, schema_editor):
    for (app_label, model_name), names in FIELDS.items():
        model = apps.get_model(app_label, model_name)
        if model_name == "Resource":
            # A sheet in another language than the site's (Portuguese, Arabic) goes to the default columns.
            groups = [(model.objects.filter(language=language), language) for language in LANGUAGES]
            groups.append((model.objects.exclude(language__in=LANGUAGES), "en"))
        else:
            groups = [(model.objects.all(), "en")]
        for rows, language in groups:
            for name in names:
                column = f"{name}_{language}"
                empty = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
                for row in rows.filter(empty).exclude(**{name: ""}).only("pk", name):
                    model.objects.filter(pk=row.pk).update(**{column: getattr(row, name)})


class Migration(migrations.Migration):
    dependencies = [
        ("network_site", "0004_texts_per_language"),
        ("members", "0002_texts_per_language"),
        ("projects", "0002_texts_per_language"),
        ("toolbox", "0004_texts_per_language"),
        ("news", "0003_texts_per_language"),
        ("research", "0003_texts_per_language"),
    ]

    operations = [
        migrations.RunPython(copy_to_language_columns, migrations.RunPython.noop),
    ]
