"""The "Editors" group: staff who edit content but cannot manage user accounts.

Used by data migrations: every app with content grants the group its permissions in a migration.
"""

EDITORS_GROUP = "Editors"


def grant_editor_permissions(apps, app_labels):
    """Give the Editors group add/change/delete/view on every model of `app_labels` (migration helper)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label__in=app_labels))
