"""No accepted upload takes a worker over 150 MiB: the checks and thumbnails of the worst files we accept are run
in a fresh process, which reports its peak memory (VmHWM, the peak resident size)."""

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

from django.conf import settings
from PIL import Image

from core.validators import pixel_limit
from tests.factories import pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
LIMIT_KIB = 150 * 1024

# What the admin does with an upload (toolbox/derive.describe_upload), and the largest picture size the site makes
# (news photos), on each file; then the peak memory of the process, in KiB.
SCRIPT = """
import json, sys
import django
django.setup()
from django.core.files import File
from core.images import make_thumbnail
from core.validators import validate_image
from toolbox.derive import pdf_text, sha256_of, thumbnail_for
from toolbox.validators import inspect_file

formats = {}
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        file = File(handle, name=path)
        info = inspect_file(file)
        sha256_of(file)
        if info.format == "pdf":
            pdf_text(file)
        thumbnail_for(file, info.format)
        if info.format in ("jpeg", "png", "webp"):
            validate_image(file)
            make_thumbnail(file, (1600, 1600))
        formats[path] = info.format
# VmHWM: the peak of this program alone. (ru_maxrss also counts the parent's memory at the fork before exec: on
# Linux the high-water mark is carried across execve, so it would report the test runner's size.)
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"formats": formats, "peak_kib": peak}))
"""


def peak_memory(paths):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings.test"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, *map(str, paths)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def worst_images(folder):
    """The largest images accepted: a JPEG at the pixel limit turned by its EXIF orientation, and PNGs and a WebP
    at the limit of what is decoded whole (a palette one with transparency, widened to RGBA)."""
    jpeg_side = int((settings.MAX_IMAGE_PIXELS / 1.6) ** 0.5)
    jpeg = Image.new("RGB", (int(jpeg_side * 1.6), jpeg_side), "steelblue")
    exif = jpeg.getexif()
    exif[0x0112] = 6
    jpeg.save(folder / "photo.jpg", "JPEG", quality=85, exif=exif)
    def four_by_three(image_format):
        side = int((pixel_limit(image_format) / 12) ** 0.5)
        return side * 4, side * 3

    Image.new("RGBA", four_by_three("PNG"), (10, 20, 30, 128)).save(folder / "poster.png", "PNG")
    Image.new("P", four_by_three("PNG"), 3).save(folder / "palette.png", "PNG", transparency=0)
    Image.new("RGBA", four_by_three("WEBP"), (200, 10, 10, 200)).save(folder / "poster.webp", "WEBP", quality=50)
    return [folder / "photo.jpg", folder / "poster.png", folder / "palette.png", folder / "poster.webp"]


def worst_document(folder):
    """An upload near the size limit whose part unpacks to almost the unpacked limit (about seven times smaller
    compressed, as text is): every byte is unpacked and counted."""
    from toolbox.validators import MAX_UNPACKED_SIZE

    rng = random.Random(7)
    chunk = bytes(rng.choice(b"AC") for _ in range(1024 * 1024))
    path = folder / "report.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/data.xml", "w", force_zip64=True) as target:
            for _ in range(MAX_UNPACKED_SIZE // len(chunk) - 2):
                target.write(chunk)
    assert path.stat().st_size <= settings.TOOLBOX_MAX_UPLOAD_SIZE
    return path


def test_the_worst_accepted_uploads_keep_a_worker_under_150_mib(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(pdf_bytes(pages=40))
    paths = [*worst_images(tmp_path), worst_document(tmp_path), pdf]
    result = peak_memory(paths)
    assert sorted(result["formats"].values()) == ["docx", "jpeg", "pdf", "png", "png", "webp"]  # all accepted
    assert result["peak_kib"] < LIMIT_KIB, f"peak {result['peak_kib'] // 1024} MiB"


def test_the_6300_px_png_of_the_report_is_refused_before_it_is_decoded(tmp_path):
    Image.new("RGB", (6300, 6300), "white").save(tmp_path / "big.png", "PNG")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "network_site.settings.test"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "big.png")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert "too large to process" in result.stderr
