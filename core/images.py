"""Smaller copies of uploaded images, made once when the image is saved (never per request)."""

import io
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageOps


def make_thumbnail(image_file, max_size):
    """Return a WebP copy of `image_file` that fits in `max_size` (width, height), as an ImageFile (its `width`
    and `height` are what pages put on the <img>, stored beside it so no page opens the file to know them).

    Memory: the image is made small first (a JPEG is decoded at 1/2 to 1/8 scale by `thumbnail`'s draft, other
    formats reduced right after decoding), and only the small copy is turned upright and converted, so a large
    picture is never held twice at full size (validate_image caps what is decoded whole)."""
    image_file.seek(0)
    with Image.open(image_file) as image:
        if image.mode in ("P", "PA"):  # palette pixels cannot be averaged: one byte a pixel, cheap to widen first
            image = image.convert("RGBA")
        # Turned upright after shrinking: rotate the box too, for the small copy to fit once turned.
        orientation = image.getexif().get(0x0112, 1)
        box = (max_size[1], max_size[0]) if orientation in (5, 6, 7, 8) else max_size
        image.draft(None, box)  # JPEG: decoded at the smallest scale (1/2…1/8) still at least the box's size
        image.thumbnail(box, Image.Resampling.LANCZOS)
        image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("LA", "PA", "P") else "RGB")
        buffer = io.BytesIO()
        image.save(buffer, "WEBP", quality=82, method=4)
    buffer.seek(0)
    stem = Path(image_file.name).stem[:60] or "image"
    return ImageFile(buffer, name=f"{stem}-{max_size[0]}w.webp")


def stored_size(field_file):
    """(width, height) of a stored image, or (None, None) when there is none or it cannot be read (then pages
    show it without a size)."""
    if not field_file:
        return None, None
    try:
        with field_file.open("rb") as file, Image.open(file) as image:
            return image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None, None
