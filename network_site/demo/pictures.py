"""Pictures drawn with Pillow for the demo: monogram logos and abstract illustrations.

Nothing is fetched from the network. The same key always gives the same picture, so the demo looks the
same on every machine.
"""

import hashlib
import io
import random
import re

from PIL import Image, ImageDraw, ImageFont

# Dark enough for white letters (contrast above 4.5:1).
MONOGRAM_COLOURS = ["#0b5470", "#073b4f", "#b2400c", "#2f6b3a", "#5b3f8c", "#8a1c3b", "#1f5f8b", "#6b4e16"]
PALETTE = {"blue": "#0b5470", "dark": "#073b4f", "rust": "#b2400c", "yellow": "#ffbf47"}

ILLUSTRATION_ALT = {
    "circles": "Illustration: abstract pattern of overlapping circles in the Network's blue, rust and yellow.",
    "bands": "Illustration: abstract diagonal bands in the Network's blue, rust and yellow.",
    "sunrise": "Illustration: abstract yellow sun rising over blue and rust hills.",
}


def _seed(key):
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


def monogram_text(acronym, name):
    """The letters shown on a monogram: a short acronym as it is, else the initials of the words."""
    if acronym and len(acronym) <= 6:
        return acronym.upper()
    words = [word for word in re.split(r"[\s\-/'’()]+", acronym or name) if word and word[0].isupper()]
    return "".join(word[0] for word in words[:3]).upper() or (acronym or name)[:2].upper()


def _fitting_font(text, max_width, max_height):
    """The default font at the largest size (up to 200px) at which `text` fits in the box."""
    probe = 100
    left, top, right, bottom = ImageFont.load_default(size=probe).getbbox(text)
    scale = min(max_width / max(right - left, 1), max_height / max(bottom - top, 1))
    return ImageFont.load_default(size=max(20, min(200, int(probe * scale))))


def monogram_png(text, *, key, size=400):
    """A size×size PNG: `text` in white on a coloured circle or rounded square chosen from `key`."""
    seed = _seed(key)
    colour = MONOGRAM_COLOURS[seed % len(MONOGRAM_COLOURS)]
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    box = (size // 50, size // 50, size - size // 50, size - size // 50)
    if (seed >> 8) % 2:
        draw.ellipse(box, fill=colour)
        font = _fitting_font(text, max_width=size * 0.6, max_height=size * 0.34)
    else:
        draw.rounded_rectangle(box, radius=size // 6, fill=colour)
        font = _fitting_font(text, max_width=size * 0.72, max_height=size * 0.4)
    stroke = max(1, int(font.size) // 40)
    draw.text(
        (size / 2, size / 2), text, font=font, fill="white", anchor="mm", stroke_width=stroke, stroke_fill="white"
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def illustration_jpeg(motif, *, key, size=(1200, 750)):
    """A JPEG of abstract shapes in the site palette; `motif` is one of ILLUSTRATION_ALT's keys."""
    # Not security-sensitive: the generator only places shapes, and must repeat itself for a given key.
    rng = random.Random(_seed(key))  # noqa: S311
    width, height = size
    image = Image.new("RGB", size, PALETTE["dark"])
    draw = ImageDraw.Draw(image, "RGBA")  # RGBA fills blend with what is already drawn
    colours = [PALETTE["blue"], PALETTE["rust"], PALETTE["yellow"]]
    if motif == "circles":
        for _ in range(14):
            radius = rng.randint(height // 10, height // 3)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(rng.choice(colours), 170))
    elif motif == "bands":
        step = width // 7
        for index, start in enumerate(range(-height, width + step, step)):
            colour = colours[index % len(colours)]
            band = rng.randint(step // 3, step - 10)
            draw.polygon(
                [(start, height), (start + band, height), (start + band + height, 0), (start + height, 0)],
                fill=_rgba(colour, 200),
            )
    elif motif == "sunrise":
        sun = rng.randint(height // 5, height // 3)
        centre_x = rng.randint(width // 3, 2 * width // 3)
        draw.ellipse((centre_x - sun, height // 2 - sun, centre_x + sun, height // 2 + sun), fill=PALETTE["yellow"])
        for index in range(4):
            hill_height = height // 2 + index * height // 10
            x = rng.randint(-width // 2, width // 2)
            draw.ellipse(
                (x, hill_height, x + width * 1.4, hill_height + height),
                fill=_rgba(colours[index % 2], 230),
            )
    else:
        raise ValueError(f"Unknown illustration motif: {motif!r}")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def _rgba(hex_colour, alpha):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) + (alpha,)
