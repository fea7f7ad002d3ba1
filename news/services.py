"""Writes on news content that touch files: photos added to an event's gallery."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from core.validators import validate_image

from .models import Photo


def photos_validate(files):
    """Every file checked like any uploaded image; the errors name the file they are about."""
    errors = []
    for file in files:
        try:
            validate_image(file)
        except ValidationError as error:
            errors.extend(_("%(file)s: %(error)s") % {"file": file.name, "error": message}
                          for message in error.messages)
    if errors:
        raise ValidationError(errors, code="invalid_photo")


def _delete_stored(photo):
    for field in (photo.image, photo.thumbnail, photo.large):
        if field and getattr(field, "_committed", False) and field.name:
            field.storage.delete(field.name)


def event_add_photos(*, event, files, image_alt, caption="", credit=""):
    """Add `files` to `event`'s gallery, in the order given, after the photos it already has, all with the same
    description (in the active language), caption and credit. All or nothing: one bad file and no photo is
    added, and a failure half-way removes the files already stored."""
    files = list(files)
    photos_validate(files)
    if files and not (image_alt or "").strip():
        raise ValidationError({"image_alt": ValidationError(_("Describe what the photos show."), code="required")})
    last = event.photos.aggregate(last=Max("order"))["last"]
    first = 0 if last is None else last + 1
    added = []
    try:
        with transaction.atomic():
            for position, file in enumerate(files):
                photo = Photo(event=event, image=file, image_alt=image_alt, caption=caption, credit=credit,
                              order=first + position)
                photo.full_clean(exclude=["event"])
                added.append(photo)
                photo.save()
    except Exception:
        for photo in added:
            _delete_stored(photo)
        raise
    return added
