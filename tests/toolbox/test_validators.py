"""Files are judged by their content: what a staff member sees when an upload is refused."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import pdf_bytes, png_upload
from toolbox.models import FileFormat
from toolbox.validators import inspect_file


def upload(name, content):
    return SimpleUploadedFile(name, content)


def zipped(entries, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(*first)
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refused(file):
    with pytest.raises(ValidationError) as error:
        inspect_file(file)
    return " ".join(error.value.messages)


def test_a_real_pdf_is_accepted_with_its_page_count():
    info = inspect_file(upload("guide.pdf", pdf_bytes(pages=4)))
    assert info.format == FileFormat.PDF
    assert info.content_type == "application/pdf"
    assert info.page_count == 4


def test_images_are_accepted_by_content_whatever_their_name():
    info = inspect_file(png_upload(name="poster.jpg"))
    assert info.format == FileFormat.PNG
    assert info.content_type == "image/png"


def test_opendocument_and_office_documents_are_recognised():
    odt = zipped({"content.xml": "<x/>"}, first=("mimetype", "application/vnd.oasis.opendocument.text"))
    docx = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})
    xlsx = zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<w/>"})
    assert inspect_file(upload("a.odt", odt)).format == FileFormat.ODT
    assert inspect_file(upload("a.docx", docx)).format == FileFormat.DOCX
    assert inspect_file(upload("a.xlsx", xlsx)).format == FileFormat.XLSX


def test_an_html_page_renamed_pdf_is_refused():
    assert "not one we can publish" in refused(upload("report.pdf", b"<html><script>alert(1)</script></html>"))


def test_an_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    assert "not one we can publish" in refused(upload("logo.svg", svg))


@pytest.mark.parametrize("content", [b"#!/bin/sh\nrm -rf /\n", b"MZ\x90\x00\x03" + b"\x00" * 100,
                                     b"\x7fELF\x02\x01\x01" + b"\x00" * 100])
def test_scripts_and_executables_are_refused(content):
    assert "not one we can publish" in refused(upload("tool.pdf", content))


def test_an_empty_file_is_refused():
    assert "empty" in refused(upload("empty.pdf", b""))


def test_a_file_over_the_limit_is_refused(settings):
    settings.TOOLBOX_MAX_UPLOAD_SIZE = 1000
    assert "the limit is 1000" in refused(upload("big.pdf", pdf_bytes() + b" " * 2000)).replace("\xa0", " ")


def test_a_decompression_bomb_image_is_refused():
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, "PNG")  # tiny file, 400 million pixels
    assert "too large to process" in refused(upload("bomb.png", buffer.getvalue()))


def test_a_damaged_pdf_is_refused():
    assert "damaged" in refused(upload("broken.pdf", b"%PDF-1.4\n garbage"))


def test_a_zip_that_is_not_a_document_is_refused():
    assert "not one we can publish" in refused(upload("photos.docx", zipped({"a.txt": "hello"})))


def test_office_documents_with_macros_are_refused():
    docm = zipped({"[Content_Types].xml": "<Types>macroEnabled</Types>", "word/document.xml": "<w/>"})
    assert "macros" in refused(upload("letter.docx", docm))


def test_a_gif_is_refused_in_the_toolbox():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    assert "not one we can publish" in refused(upload("anim.gif", buffer.getvalue()))


# --- Small uploads that would take a worker's memory, and macros ---------------------------------------------------

def deflated_document(path, parts):
    """Write an Office document at `path` whose parts are (name, chunk, times): `chunk` repeated `times` times,
    deflated as it is written (the test never holds a part whole). Returns the file's size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, chunk, times in parts:
            with archive.open(name, "w", force_zip64=True) as target:
                for _ in range(times):
                    target.write(chunk)
    return path.stat().st_size


def file_upload(path, name):
    from django.core.files.uploadedfile import TemporaryUploadedFile

    file = TemporaryUploadedFile(name, "application/octet-stream", path.stat().st_size, None)
    with path.open("rb") as source:
        while chunk := source.read(1024 * 1024):
            file.write(chunk)
    file.seek(0)
    return file


DOCX_PARTS = [("[Content_Types].xml", b"<Types/>", 1), ("word/document.xml", b"<w:document/>", 1)]


def test_a_docx_whose_content_types_unpack_to_300_mb_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    size = deflated_document(path, [("[Content_Types].xml", b"<Types>" + b" " * (1024 * 1024 - 7), 300),
                                    ("word/document.xml", b"<w:document/>", 1)])
    assert size < 1024 * 1024  # a small upload
    assert "unreasonable size" in refused(file_upload(path, "report.docx"))


def test_a_docx_with_a_450_mb_part_of_zeros_is_refused(tmp_path):
    path = tmp_path / "zeros.docx"
    deflated_document(path, [*DOCX_PARTS, ("word/media/zeros.bin", b"\0" * 1024 * 1024, 450)])
    assert "unreasonable size" in refused(file_upload(path, "report.docx"))


def test_a_docx_with_a_30_mb_part_of_zeros_is_refused_by_its_compression_ratio(tmp_path):
    path = tmp_path / "zeros.docx"
    deflated_document(path, [*DOCX_PARTS, ("word/media/zeros.bin", b"\0" * 1024 * 1024, 30)])
    assert "unreasonable size" in refused(file_upload(path, "report.docx"))


def test_a_large_real_document_is_still_accepted(tmp_path):
    import os

    path = tmp_path / "photos.docx"
    deflated_document(path, [*DOCX_PARTS, ("word/media/photo.jpg", os.urandom(1024 * 1024), 20)])
    assert inspect_file(file_upload(path, "photos.docx")).format == FileFormat.DOCX


def test_a_docx_hiding_its_macros_behind_a_plain_content_type_is_refused():
    docx = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "word/vbaProject.bin": "VBA"})
    assert "macros" in refused(upload("letter.docx", docx))


@pytest.mark.parametrize("macro", ["Basic/Standard/Module1.xml", "Scripts/python/tool.py"])
def test_an_opendocument_with_basic_or_script_macros_is_refused(macro):
    odt = zipped({"content.xml": "<office:document-content/>", macro: "Sub Main\nEnd Sub"},
                 first=("mimetype", "application/vnd.oasis.opendocument.text"))
    assert "macros" in refused(upload("letter.odt", odt))


def test_a_png_of_6300_by_6300_pixels_is_refused_with_what_to_do():
    buffer = io.BytesIO()
    Image.new("RGB", (6300, 6300), "white").save(buffer, "PNG")
    assert len(buffer.getvalue()) < 1024 * 1024  # about 131 KB
    message = refused(upload("poster.png", buffer.getvalue()))
    assert "6300 × 6300 pixels, too large to process" in message and "at most 5.5 million pixels" in message
