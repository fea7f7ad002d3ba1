"""The Network's uniform PDF sheet of a resource, drawn with reportlab from its structured fields.

One sheet per language of the site: the French sheet has French headings, labels and footer, and the resource's
French texts where they are written (else those a French page shows instead)."""

import html
import io
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.templatetags.core_tags import fallback_note

# Raise when the layout changes, so every sheet is built again.
LAYOUT_VERSION = "3"

BRAND = colors.HexColor("#0b5470")
BRAND_DARK = colors.HexColor("#073b4f")
ACCENT = colors.HexColor("#b2400c")
MUTED = colors.HexColor("#4a5565")

_FONTS_DIR = Path(reportlab.__file__).parent / "fonts"
_fonts_registered = False


def _register_fonts():
    # Bitstream Vera ships with reportlab and covers French and Spanish (œ, ñ, «», curly quotes).
    global _fonts_registered
    if not _fonts_registered:
        pdfmetrics.registerFont(TTFont("Vera", _FONTS_DIR / "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("Vera-Bold", _FONTS_DIR / "VeraBd.ttf"))
        pdfmetrics.registerFont(TTFont("Vera-Italic", _FONTS_DIR / "VeraIt.ttf"))
        pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic")
        _fonts_registered = True


def _styles():
    base = ParagraphStyle("body", fontName="Vera", fontSize=10, leading=14, alignment=TA_LEFT)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName="Vera-Bold", fontSize=18, leading=23,
                                textColor=BRAND_DARK, spaceAfter=4),
        "kind": ParagraphStyle("kind", parent=base, fontName="Vera-Bold", fontSize=9, textColor=ACCENT),
        "summary": ParagraphStyle("summary", parent=base, fontSize=11, leading=16, textColor=MUTED, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName="Vera-Bold", fontSize=12, leading=16,
                                  textColor=BRAND, spaceBefore=10, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontName="Vera-Bold", fontSize=9, textColor=MUTED),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
    }


def _text_flowables(text, styles):
    """Plain text to paragraphs; lines starting with "- " or "• " become a bulleted list."""
    flowables, bullets = [], []

    def flush_bullets():
        if bullets:
            flowables.append(ListFlowable(
                [ListItem(Paragraph(escape(item), styles["body"]), leftIndent=12) for item in bullets],
                bulletType="bullet", start="•", leftIndent=12, bulletFontName="Vera",
            ))
            bullets.clear()

    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for line in lines:
            if line[:2] in ("- ", "• ", "* "):
                bullets.append(line[2:].strip())
            else:
                flush_bullets()
                flowables.append(Paragraph(escape(line), styles["body"]))
        flush_bullets()
        flowables.append(Spacer(1, 3))
    return flowables


def fallback_note_text(resource):
    """The note the web page shows when some texts are not written in its language, as plain text."""
    note = render_to_string("includes/_fallback_note.html", fallback_note(resource))
    return " ".join(html.unescape(strip_tags(note)).split())


def sheet_content(resource, language):
    """Everything the sheet in `language` shows, as plain strings: the resource's texts as a page in that language
    shows them (its own text where it is written, else the same fallback as the page), and the sheet's headings,
    labels and footer in that language. The sheet is drawn from this alone, and its fingerprint is a hash of it, so
    a sheet is rebuilt exactly when something it shows changed (a text, a name, a translated heading)."""
    with translation.override(language):
        facts = [
            (_("Made by"), ", ".join(org.name for org in resource.organisations.all() if org.is_published)),
            (_("Project"), resource.project.title if resource.project_id and resource.project.is_published else ""),
            (_("Countries"), ", ".join(str(country.name) for country in resource.countries)),
            (_("Mission areas"), ", ".join(str(area.name) for area in resource.mission_areas.all())),
            (_("Date"), date_format(resource.date, "DATE_FORMAT") if resource.date else ""),
            (_("Licence"), resource.licence),
        ]
        return {
            "layout": LAYOUT_VERSION,
            "language": language,
            "network": _("Education and Solidarity Network"),
            "toolbox": _("Toolbox"),
            "page": _("Page %(number)s"),
            "address": f"{settings.SITE_URL.rstrip('/')}{resource.get_absolute_url()}",
            "kind": str(resource.get_kind_display()),
            "title": resource.title or "",
            "summary": resource.summary or "",
            "note": fallback_note_text(resource),
            "facts": [[str(label), value] for label, value in facts if value],
            "sections": [[str(heading).capitalize(), text] for _name, heading, text in resource.sheet_sections()],
        }


def _facts(rows, styles):
    data = [[Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["small"])]
            for label, value in rows]
    if not data:
        return []
    table = Table(data, colWidths=[35 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6f8")),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#d5dde4")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table, Spacer(1, 8)]


def build_sheet_pdf(content):
    """Return the bytes of a uniform PDF sheet drawn from `content` (see `sheet_content`)."""
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()

    def decorate(canvas, document):
        canvas.saveState()
        canvas.setFillColor(BRAND_DARK)
        canvas.rect(0, A4[1] - 16 * mm, A4[0], 16 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Vera-Bold", 10)
        canvas.drawString(18 * mm, A4[1] - 10 * mm, content["network"])
        canvas.setFont("Vera", 9)
        canvas.drawRightString(A4[0] - 18 * mm, A4[1] - 10 * mm, content["toolbox"])
        canvas.setFillColor(MUTED)
        canvas.setFont("Vera", 8)
        canvas.drawString(18 * mm, 10 * mm, content["address"])
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, content["page"] % {"number": document.page})
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=24 * mm, bottomMargin=18 * mm,
        title=content["title"], author=content["network"], subject=content["summary"][:200],
        lang=content["language"],
    )
    story = [
        Paragraph(escape(content["kind"].upper()), styles["kind"]),
        Paragraph(escape(content["title"]), styles["title"]),
        Paragraph(escape(content["summary"]), styles["summary"]),
        *([Paragraph(escape(content["note"]), styles["small"]), Spacer(1, 6)] if content.get("note") else []),
        *_facts(content["facts"], styles),
    ]
    for heading, text in content["sections"]:
        story.append(Paragraph(escape(heading), styles["heading"]))
        story.extend(_text_flowables(text, styles))
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
