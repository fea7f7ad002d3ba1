"""Smaller copies of uploaded images, made once when the image is saved (never per request)."""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageOps


def make_thumbnail(image_file, max_size):
    """Return a WebP copy of `image_file` that fits in `max_size` (width, height), as a ContentFile."""
    image_file.seek(0)
    with Image.open(image_file) as image:
        image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("LA", "PA", "P") else "RGB")
        image.thumbnail(max_size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, "WEBP", quality=82, method=4)
    stem = Path(image_file.name).stem[:60] or "image"
    return ContentFile(buffer.getvalue(), name=f"{stem}-{max_size[0]}w.webp")
