"""Facts derived once from an uploaded file: checksum, size, pages, text and a first-page thumbnail."""

import hashlib
import io

import pypdfium2 as pdfium
from django.core.files.images import ImageFile

from core.images import make_thumbnail

from .models import FileFormat

THUMBNAIL_SIZE = (360, 480)
MAX_TEXT_LENGTH = 200_000  # enough for search; a 300-page report is not stored whole


def sha256_of(file, chunk_size=1024 * 1024):
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in iter(lambda: file.read(chunk_size), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def pdf_text(file):
    """The text of a PDF's pages, for search."""
    file.seek(0)
    document = pdfium.PdfDocument(file)
    try:
        parts, length = [], 0
        for page in document:
            text_page = page.get_textpage()
            text = text_page.get_text_bounded()
            text_page.close()
            page.close()
            parts.append(text)
            length += len(text)
            if length > MAX_TEXT_LENGTH:
                break
        return " ".join(" ".join(parts).split())[:MAX_TEXT_LENGTH]
    finally:
        document.close()
        file.seek(0)


def pdf_thumbnail(file):
    """A WebP picture of the first page of a PDF."""
    file.seek(0)
    document = pdfium.PdfDocument(file)
    try:
        page = document[0]
        width, height = page.get_size()
        scale = min(THUMBNAIL_SIZE[0] / width, THUMBNAIL_SIZE[1] / height) if width and height else 1
        image = page.render(scale=max(scale, 0.1)).to_pil()
        page.close()
    finally:
        document.close()
        file.seek(0)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "WEBP", quality=80)
    buffer.seek(0)
    return ImageFile(buffer, name="thumbnail.webp")


def thumbnail_for(file, file_format):
    """A thumbnail for a PDF or an image; None for office documents."""
    if file_format == FileFormat.PDF:
        return pdf_thumbnail(file)
    if file_format in (FileFormat.JPEG, FileFormat.PNG, FileFormat.WEBP):
        return make_thumbnail(file, THUMBNAIL_SIZE)
    return None


def describe_upload(resource_file):
    """Fill a ResourceFile's derived fields from its newly uploaded file (which must pass inspect_file)."""
    from django.utils import timezone

    from .validators import EXTENSIONS, inspect_file

    upload = resource_file.file
    info = inspect_file(upload)
    resource_file.original_name = (upload.name or "")[-255:]
    # Stored under the extension of what the file is, never of what it was called ("poly.html" that is a PDF).
    upload.name = f"upload.{EXTENSIONS[info.format]}"
    resource_file.format = info.format
    resource_file.content_type = info.content_type
    resource_file.page_count = info.page_count
    resource_file.size = upload.size
    resource_file.sha256 = sha256_of(upload)
    resource_file.text = pdf_text(upload) if info.format == FileFormat.PDF else ""
    thumbnail = thumbnail_for(upload, info.format)
    if thumbnail is not None:
        resource_file.thumbnail_width, resource_file.thumbnail_height = thumbnail.width, thumbnail.height
        resource_file.thumbnail.save(thumbnail.name, thumbnail, save=False)
    else:
        resource_file.thumbnail, resource_file.thumbnail_width, resource_file.thumbnail_height = "", None, None
    resource_file.uploaded_at = timezone.now()
