"""What a toolbox file really is, judged by its content and never by its name.

`inspect_file` returns the format and content type of an allowed file, or raises a ValidationError with
a message staff can act on. Allowed: PDF, JPEG/PNG/WebP, OpenDocument and Office Open XML documents.
"""

import zipfile
from dataclasses import dataclass

import pypdfium2 as pdfium
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.validators import validate_image

from .models import FileFormat

CONTENT_TYPES = {
    FileFormat.PDF: "application/pdf",
    FileFormat.JPEG: "image/jpeg",
    FileFormat.PNG: "image/png",
    FileFormat.WEBP: "image/webp",
    FileFormat.ODT: "application/vnd.oasis.opendocument.text",
    FileFormat.ODS: "application/vnd.oasis.opendocument.spreadsheet",
    FileFormat.ODP: "application/vnd.oasis.opendocument.presentation",
    FileFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileFormat.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
EXTENSIONS = {
    FileFormat.PDF: "pdf", FileFormat.JPEG: "jpg", FileFormat.PNG: "png", FileFormat.WEBP: "webp",
    FileFormat.ODT: "odt", FileFormat.ODS: "ods", FileFormat.ODP: "odp",
    FileFormat.DOCX: "docx", FileFormat.XLSX: "xlsx", FileFormat.PPTX: "pptx",
}
OPENDOCUMENT_TYPES = {CONTENT_TYPES[fmt]: fmt for fmt in (FileFormat.ODT, FileFormat.ODS, FileFormat.ODP)}
# The main part that each Office Open XML document must have.
OFFICE_MAIN_PARTS = {
    "word/document.xml": FileFormat.DOCX,
    "xl/workbook.xml": FileFormat.XLSX,
    "ppt/presentation.xml": FileFormat.PPTX,
}
IMAGE_FORMATS = {"JPEG": FileFormat.JPEG, "PNG": FileFormat.PNG, "WEBP": FileFormat.WEBP}
# ZIP bombs: a document whose parts really unpack to more than this is refused, as is a part over BOMB_MIN_SIZE
# compressed over BOMB_RATIO times (real documents: text 5-20 times, pictures about once; zeros a thousand times).
# Members are unpacked as streams of UNPACK_CHUNK bytes, so checking costs little memory whatever the document.
MAX_UNPACKED_SIZE = 200 * 1024 * 1024
BOMB_MIN_SIZE = 10 * 1024 * 1024
BOMB_RATIO = 200
MAX_ARCHIVE_MEMBERS = 10_000
MAX_SMALL_PART = 4 * 1024 * 1024
UNPACK_CHUNK = 1024 * 1024

NOT_ALLOWED = gettext_lazy(
    "This file is not one we can publish. Allowed: PDF, JPEG, PNG or WebP images, OpenDocument "
    "(odt, ods, odp) and Word, Excel or PowerPoint (docx, xlsx, pptx) documents."
)


@dataclass
class FileInfo:
    format: str
    content_type: str
    page_count: int | None = None


def inspect_file(file):
    """Check an uploaded file by its content; return its FileInfo or raise ValidationError."""
    size = file.size
    if not size:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > settings.TOOLBOX_MAX_UPLOAD_SIZE:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(settings.TOOLBOX_MAX_UPLOAD_SIZE)},
            code="too_large",
        )
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        info = _inspect_pdf(file)
    elif head.startswith(b"PK\x03\x04"):
        info = _inspect_zip_document(file)
    elif head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF")):
        info = _inspect_image(file)
    else:
        raise ValidationError(NOT_ALLOWED, code="not_allowed")
    file.seek(0)
    return info


def _inspect_pdf(file):
    try:
        document = pdfium.PdfDocument(file.read())
        page_count = len(document)
        document.close()
    except pdfium.PdfiumError:
        raise ValidationError(_("This PDF is damaged or protected by a password; it cannot be opened."),
                              code="bad_pdf") from None
    if page_count == 0:
        raise ValidationError(_("This PDF has no pages."), code="bad_pdf")
    return FileInfo(FileFormat.PDF, CONTENT_TYPES[FileFormat.PDF], page_count)


def _inspect_image(file):
    try:
        validate_image(file)  # size, pixel bomb and real decoding
    except ValidationError as error:
        if error.code == "not_an_image":
            raise ValidationError(NOT_ALLOWED, code="not_allowed") from None
        raise
    from PIL import Image

    with Image.open(file) as image:
        image_format = IMAGE_FORMATS.get(image.format)
    if image_format is None:
        raise ValidationError(NOT_ALLOWED, code="not_allowed")
    return FileInfo(image_format, CONTENT_TYPES[image_format])


def _inspect_zip_document(file):
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            if len(members) > MAX_ARCHIVE_MEMBERS:
                raise ValidationError(_("This document unpacks to an unreasonable size."), code="zip_bomb")
            _check_unpacked_sizes(archive, members)
            if _has_macros(names):
                raise ValidationError(_("Documents with macros are not accepted."), code="macros")
            if "mimetype" in names:
                mimetype = _read_small(archive, "mimetype").decode("ascii", "replace").strip()
                document_format = OPENDOCUMENT_TYPES.get(mimetype)
            elif "[Content_Types].xml" in names:
                content_types = _read_small(archive, "[Content_Types].xml").decode("utf-8", "replace")
                if "macroEnabled" in content_types or "vbaProject" in content_types:
                    raise ValidationError(_("Documents with macros are not accepted."), code="macros")
                document_format = next((fmt for part, fmt in OFFICE_MAIN_PARTS.items() if part in names), None)
            else:
                document_format = None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, UnicodeError, EOFError):
        raise ValidationError(_("This document is damaged and cannot be opened."), code="bad_zip") from None
    if document_format is None:
        raise ValidationError(NOT_ALLOWED, code="not_allowed")
    return FileInfo(document_format, CONTENT_TYPES[document_format])


def _check_unpacked_sizes(archive, members):
    """Unpack every member as a stream (nothing kept) and count its real bytes, whatever its header declares:
    refuse the document as soon as the whole passes MAX_UNPACKED_SIZE, or a large member is compressed far more
    than real documents are (a part of zeros)."""
    total = 0
    for member in members:
        if member.file_size > MAX_UNPACKED_SIZE:
            raise ValidationError(_("This document unpacks to an unreasonable size."), code="zip_bomb")
        real = 0
        with archive.open(member) as stream:
            while chunk := stream.read(UNPACK_CHUNK):
                real += len(chunk)
                total += len(chunk)
                if total > MAX_UNPACKED_SIZE:
                    raise ValidationError(_("This document unpacks to an unreasonable size."), code="zip_bomb")
        if real > BOMB_MIN_SIZE and real > BOMB_RATIO * max(member.compress_size, 1):
            raise ValidationError(_("This document unpacks to an unreasonable size."), code="zip_bomb")


def _read_small(archive, name):
    """A small member (mimetype, [Content_Types].xml) read whole: refused past MAX_SMALL_PART."""
    with archive.open(name) as stream:
        data = stream.read(MAX_SMALL_PART + 1)
    if len(data) > MAX_SMALL_PART:
        raise ValidationError(_("This document unpacks to an unreasonable size."), code="zip_bomb")
    return data


def _has_macros(names):
    """Macros: vbaProject.bin in Office Open XML; Basic/ or Scripts/ folders in OpenDocument."""
    lowered = [name.lower() for name in names]
    return any(name.endswith("vbaproject.bin") or name.startswith(("basic/", "scripts/")) for name in lowered)
