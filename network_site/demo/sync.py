"""Write demo rows so that a second run changes nothing.

A row is saved only when it is new or one of its values differs from the demo data, so `updated_at` and the
files in MEDIA_ROOT stay as they are when the demo is loaded again. Generated files are made only for rows
that have none (or whose file has gone from storage): a logo an editor uploaded is kept.
"""

from dataclasses import dataclass

from django.core.files.base import ContentFile


@dataclass
class StepResult:
    """What one step of the loader did, printed as one progress line."""

    label: str
    total: int = 0
    created: int = 0
    updated: int = 0

    def add(self, *, created, changed):
        self.total += 1
        self.created += created
        self.updated += changed and not created

    def __str__(self):
        return f"{self.label}: {self.total} ({self.created} new, {self.updated} updated)"


def sync_object(model, *, slug, fields, files=None):
    """Create or update the `model` row with this slug; return (instance, created, changed).

    `fields` maps field names to values (a model instance for a foreign key). `files` maps file field names
    to (file name, function returning the bytes); the function runs only when the field has no file.
    """
    instance = model.objects.filter(slug=slug).first()
    created = instance is None
    if created:
        instance = model(slug=slug)
    changed = False
    for name, value in fields.items():
        if created or _differs(instance, name, value):
            setattr(instance, name, value)
            changed = True
    for name, (file_name, make_bytes) in (files or {}).items():
        changed |= attach_missing_file(instance, name, file_name, make_bytes)
    if created or changed:
        instance.full_clean()
        instance.save()
    return instance, created, changed


def attach_missing_file(instance, field_name, file_name, make_bytes):
    """Give `instance.<field_name>` a new file unless it already has one in storage; True if it got one."""
    current = getattr(instance, field_name)
    if current and current.storage.exists(current.name):
        return False
    setattr(instance, field_name, ContentFile(make_bytes(), name=file_name))
    return True


def sync_related(instance, field_name, objects):
    """Make a many-to-many field hold exactly `objects`; True if it had to change."""
    manager = getattr(instance, field_name)
    if set(manager.values_list("pk", flat=True)) == {obj.pk for obj in objects}:
        return False
    manager.set(objects)
    return True


def sync_tags(instance, names):
    """Make the object's tags exactly `names` (tags compare without case, as in settings); True if changed."""
    if {name.lower() for name in instance.tags.names()} == {name.lower() for name in names}:
        return False
    instance.tags.set(list(names))
    return True


def _differs(instance, name, value):
    field = instance._meta.get_field(name)
    if field.many_to_one:
        return getattr(instance, field.attname) != (value.pk if value is not None else None)
    # Compare as the database would store them: rich text is sanitised, country lists are joined, and so on.
    return field.get_prep_value(getattr(instance, name)) != field.get_prep_value(value)
