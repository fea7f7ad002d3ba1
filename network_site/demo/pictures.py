"""Pictures drawn with Pillow for the demo: monogram logos and abstract illustrations.

Nothing is fetched from the network. The same key always gives the same picture, so the demo looks the
same on every machine.
"""

import hashlib
import io
import math
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


# Scenes of a collaborative workshop, drawn as abstract shapes for the demo's event galleries. Each description
# says what the picture shows, and that it is an illustration rather than a photograph.
GALLERY_SCENES = {
    "round-tables": (
        "Illustration: round tables seen from above, each with a paper tablecloth and ringed by coloured dots "
        "standing for participants."
    ),
    "sticky-notes": "Illustration: a wall covered with columns of yellow, orange and white sticky notes.",
    "agenda-wall": (
        "Illustration: a wall grid of time slots and rooms, filled with cards, with coloured dots standing for "
        "participants in front of it."
    ),
    "opening-circle": (
        "Illustration: coloured dots standing for participants seated in a large circle around sheets of paper "
        "laid on the floor."
    ),
    "plenary": "Illustration: rows of coloured dots standing for an audience, facing a large screen.",
    "small-groups": (
        "Illustration: small groups of coloured dots gathered around flip charts, one dot in each group "
        "highlighted in yellow."
    ),
}
GALLERY_PHOTO_SIZE = (1600, 1067)
PAPER = "#f3e9d2"
GUEST_COLOURS = [PALETTE["rust"], PAPER, "#4f9dbb"]
PEOPLE_COLOURS = [*GUEST_COLOURS, PALETTE["yellow"]]


def gallery_photo_jpeg(scene, *, key, size=GALLERY_PHOTO_SIZE):
    """A JPEG "photo" of a workshop scene (one of GALLERY_SCENES's keys), drawn in the site palette."""
    # Not security-sensitive: the generator only places shapes, and must repeat itself for a given key.
    rng = random.Random(_seed(key))  # noqa: S311
    width, height = size
    image = Image.new("RGB", size, PALETTE["dark"])
    draw = ImageDraw.Draw(image, "RGBA")
    unit = height // 40
    if scene == "round-tables":
        _floor(draw, rng, size)
        columns, rows = rng.choice([(3, 2), (4, 2)])
        for row in range(rows):
            for column in range(columns):
                x = (column + 0.5 + rng.uniform(-0.12, 0.12)) * width / columns
                y = (row + 0.5 + rng.uniform(-0.1, 0.1)) * height / rows
                radius = min(width / columns, height / rows) * rng.uniform(0.24, 0.28)
                _round_table(draw, rng, x, y, radius, unit)
    elif scene == "sticky-notes":
        draw.rectangle((0, 0, width, height), fill=PALETTE["blue"])
        columns = rng.randint(5, 7)
        column_width = width / columns
        for column in range(columns):
            draw.rectangle(
                (column * column_width + unit, unit * 2, column * column_width + column_width - unit, unit * 5),
                fill=_rgba(PAPER, 235),
            )
            y = unit * 7
            while y < height - unit * 8:
                note = unit * rng.randint(5, 7)
                x = column * column_width + rng.uniform(unit, column_width - note - unit)
                colour = rng.choice([PALETTE["yellow"], PALETTE["yellow"], PALETTE["rust"], PAPER])
                _note(draw, rng, x, y, note, colour, unit)
                y += note + unit * rng.uniform(0.8, 2)
    elif scene == "agenda-wall":
        _floor(draw, rng, size)
        wall = (width * 0.08, height * 0.06, width * 0.92, height * 0.62)
        draw.rectangle(wall, fill=PALETTE["blue"])
        columns, rows = 5, 4
        cell_w, cell_h = (wall[2] - wall[0]) / columns, (wall[3] - wall[1]) / rows
        for row in range(rows):
            for column in range(columns):
                x, y = wall[0] + column * cell_w, wall[1] + row * cell_h
                draw.rectangle((x, y, x + cell_w, y + cell_h), outline=_rgba(PAPER, 120), width=2)
                if rng.random() < 0.75:
                    colour = rng.choice([PALETTE["yellow"], PAPER, PALETTE["rust"]])
                    _note(draw, rng, x + cell_w * 0.15, y + cell_h * 0.15, cell_h * 0.7, colour, unit, wide=1.6)
        for _ in range(rng.randint(14, 22)):
            x, y = rng.uniform(width * 0.05, width * 0.95), rng.uniform(height * 0.7, height * 0.95)
            _person(draw, rng, x, y, unit * rng.uniform(1.8, 2.4))
    elif scene == "opening-circle":
        _floor(draw, rng, size)
        centre_x, centre_y = width / 2, height / 2
        ring_x, ring_y = width * 0.4, height * 0.4
        for _ in range(rng.randint(5, 8)):
            x = centre_x + rng.uniform(-ring_x / 3, ring_x / 3)
            y = centre_y + rng.uniform(-ring_y / 3, ring_y / 3)
            _note(draw, rng, x, y, unit * 4, rng.choice([PAPER, PALETTE["yellow"]]), unit, wide=1.4)
        count = rng.randint(34, 44)
        for index in range(count):
            angle = 2 * math.pi * index / count + rng.uniform(-0.03, 0.03)
            x, y = centre_x + ring_x * math.cos(angle), centre_y + ring_y * math.sin(angle)
            _person(draw, rng, x, y, unit * 1.7)
    elif scene == "plenary":
        draw.rectangle((0, 0, width, height), fill=PALETTE["dark"])
        screen = (width * 0.25, height * 0.05, width * 0.75, height * 0.38)
        draw.rectangle(screen, fill=PAPER)
        for index in range(3):  # a slide: a title bar and a few lines
            top = screen[1] + (screen[3] - screen[1]) * (0.2 + index * 0.22)
            bar = rng.uniform(0.5, 0.8) if index else 0.9
            draw.rectangle(
                (screen[0] + unit * 3, top, screen[0] + (screen[2] - screen[0]) * bar, top + unit * 1.5),
                fill=PALETTE["blue"] if index else PALETTE["rust"],
            )
        for row in range(6):
            y = height * 0.5 + row * height * 0.085
            seats = 12 + row * 2
            spread = width * (0.6 + row * 0.06)
            for seat in range(seats):
                if rng.random() < 0.85:
                    x = width / 2 - spread / 2 + (seat + 0.5) * spread / seats
                    _person(draw, rng, x, y, unit * (1.3 + row * 0.15))
    elif scene == "small-groups":
        _floor(draw, rng, size)
        unit = unit * 0.8
        for column in range(3):
            for row in range(2):
                # (x, y): the foot of the group's flip chart; its members stand in an arc below it.
                x = (column + 0.5 + rng.uniform(-0.06, 0.06)) * width / 3
                y = height * (0.27 + row * 0.48) + rng.uniform(-unit, unit)
                _flip_chart(draw, rng, x, y, unit)
                members = rng.randint(4, 6)
                for index in range(members):
                    angle = math.pi * (0.1 + 0.8 * index / (members - 1))
                    # The group's host is the only yellow dot.
                    colour = PALETTE["yellow"] if index == members // 2 else rng.choice(GUEST_COLOURS)
                    _person(draw, rng, x + unit * 9 * math.cos(angle), y + unit * 2 + unit * 5 * math.sin(angle),
                            unit * 2, colour=colour)
    else:
        raise ValueError(f"Unknown gallery scene: {scene!r}")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def _floor(draw, rng, size):
    """Wide planks in two close shades of the dark blue, like a floor seen from above."""
    width, height = size
    plank = height // rng.randint(9, 12)
    for index, y in enumerate(range(0, height, plank)):
        draw.rectangle((0, y, width, y + plank - 2), fill=_rgba(PALETTE["blue"], 60 if index % 2 else 35))


def _person(draw, rng, x, y, radius, colour=None):
    colour = colour or rng.choice(PEOPLE_COLOURS)
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=_rgba(colour, 240))


def _round_table(draw, rng, x, y, radius, unit):
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=PALETTE["blue"])
    inner = radius * 0.82
    draw.ellipse((x - inner, y - inner, x + inner, y + inner), fill=_rgba(PAPER, 230))
    for _ in range(rng.randint(4, 8)):  # doodles on the paper tablecloth
        start_x, start_y = x + rng.uniform(-inner, inner) * 0.6, y + rng.uniform(-inner, inner) * 0.6
        end_x, end_y = start_x + rng.uniform(-inner, inner) * 0.4, start_y + rng.uniform(-inner, inner) * 0.2
        draw.line((start_x, start_y, end_x, end_y), fill=_rgba(rng.choice([PALETTE["rust"], PALETTE["blue"]]), 200),
                  width=max(2, int(unit // 3)))
    seats = rng.randint(5, 8)
    offset = rng.uniform(0, 2 * math.pi)
    for seat in range(seats):
        angle = offset + 2 * math.pi * seat / seats
        distance = radius + unit * 2.2
        _person(draw, rng, x + distance * math.cos(angle), y + distance * math.sin(angle), unit * 1.9)


def _note(draw, rng, x, y, side, colour, unit, wide=1.0):
    """A sticky note or card, slightly shadowed, with a few scribbled lines."""
    note_width = side * wide
    draw.rectangle((x + unit * 0.4, y + unit * 0.4, x + note_width + unit * 0.4, y + side + unit * 0.4),
                   fill=(0, 0, 0, 60))
    draw.rectangle((x, y, x + note_width, y + side), fill=colour)
    ink = _rgba(PALETTE["dark"], 170)
    for line in range(rng.randint(1, 3)):
        line_y = y + side * (0.3 + line * 0.2)
        draw.line((x + side * 0.12, line_y, x + note_width * rng.uniform(0.5, 0.88), line_y), fill=ink,
                  width=max(2, int(unit // 4)))


def _flip_chart(draw, rng, x, y, unit):
    board_width, board_height = unit * 9, unit * 11
    draw.rectangle((x - board_width / 2, y - board_height, x + board_width / 2, y), fill=PAPER)
    for line in range(rng.randint(2, 4)):
        line_y = y - board_height + unit * (2 + line * 2)
        draw.line((x - board_width / 2 + unit, line_y, x + rng.uniform(0, board_width / 2 - unit), line_y),
                  fill=_rgba(rng.choice([PALETTE["rust"], PALETTE["blue"]]), 220), width=max(2, int(unit // 3)))
