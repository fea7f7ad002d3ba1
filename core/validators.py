"""Checks on uploaded images: by content, not by name."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

ALLOWED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def pixel_limit(image_format):
    """The most pixels accepted in an image of this format. JPEGs are decoded at a reduced scale for thumbnails
    (images.make_thumbnail), other formats whole: a lower limit keeps a worker's memory small whatever the file's
    compressed size; WebP's decoder holds about twice as many copies as PNG's."""
    if image_format == "JPEG":
        return settings.MAX_IMAGE_PIXELS
    if image_format == "WEBP":
        return settings.MAX_DECODED_IMAGE_PIXELS // 2
    return settings.MAX_DECODED_IMAGE_PIXELS


def millions(pixels):
    """5_500_000 -> "5.5" ("5,5" in French): a pixel limit as people say it, rounded down to a tenth."""
    tenths = pixels // 100_000
    return number_format(tenths / 10, decimal_pos=0 if tenths % 10 == 0 else 1)


def validate_image(file):
    """Accept only real JPEG, PNG, WebP or GIF images of reasonable size (no SVG, no bombs)."""
    if file.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if file.size > settings.MAX_IMAGE_UPLOAD_SIZE:
        raise ValidationError(
            _("The image is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(settings.MAX_IMAGE_UPLOAD_SIZE)},
            code="too_large",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            if width * height > pixel_limit(image_format):
                raise ValidationError(
                    _("The image is %(width)s × %(height)s pixels, too large to process. Save it with at most "
                      "%(millions)s million pixels, or as a JPEG.")
                    % {"width": width, "height": height, "millions": millions(pixel_limit(image_format))},
                    code="too_many_pixels",
                )
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(
            _("The image has too many pixels, too large to process."), code="too_many_pixels"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image we can use. Upload a JPEG, PNG, WebP or GIF picture."),
            code="not_an_image",
        ) from None
    finally:
        file.seek(position)
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG, WebP or GIF (this one is %(format)s).") % {"format": image_format},
            code="bad_format",
        )
