"""The Network's uniform PDF sheet of a resource, typeset with Typst from its structured fields (sheet.typ).

One sheet per language of the site: the French sheet has French headings, labels and footer, and the resource's
French texts where they are written (else those a French page shows instead).

The sheet is a tagged PDF/UA-1 file: Typst writes the structure tree (headings, paragraphs, lists in reading
order), the language, the title shown in the window's title bar, and marks the page band, header and footer as
artifacts; with the "ua-1" standard it refuses to write a sheet that breaks those rules. reportlab, used before,
cannot tag a PDF."""

import html
import json
import logging
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core.dates import date_format
from core.templatetags.core_tags import fallback_note_html

# Raise when the layout changes, so every sheet is built again.
LAYOUT_VERSION = "4"

TEMPLATE = Path(__file__).with_name("sheet.typ")
logger = logging.getLogger(__name__)


def text_blocks(text):
    """Plain text to blocks: paragraphs, and bulleted lists for lines starting with "- ", "• " or "* "."""
    blocks = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if line[:2] in ("- ", "• ", "* "):
            if not blocks or blocks[-1]["kind"] != "list":
                blocks.append({"kind": "list", "items": []})
            blocks[-1]["items"].append(line[2:].strip())
        elif line:
            blocks.append({"kind": "paragraph", "text": line})
    return blocks


def fallback_note_text(resource):
    """The note the web page shows when some texts are not written in its language, as plain text."""
    note = fallback_note_html(resource)
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


def build_sheet_pdf(content):
    """Return the bytes of a uniform PDF sheet drawn from `content` (see `sheet_content`)."""
    import typst  # imported here: 5 MiB that only a worker building a sheet needs

    page_before, _marker, page_after = content["page"].partition("%(number)s")
    data = {
        **content,
        "page_before": page_before,
        "page_after": page_after,
        "sections": [{"heading": heading, "blocks": text_blocks(text)} for heading, text in content["sections"]],
    }
    # Typst's own fonts only, so a sheet looks the same on every server, whatever fonts it has.
    arguments = {"format": "pdf", "sys_inputs": {"data": json.dumps(data)}, "ignore_system_fonts": True}
    try:
        return typst.compile(TEMPLATE.read_bytes(), pdf_standards=["ua-1"], **arguments)
    except typst.TypstError as error:
        # PDF/UA-1 refuses a character no font has (Chinese, an emoji): the sheet is still written, tagged as
        # every sheet is, without the PDF/UA claim (nor the title shown in the window, which comes with it).
        logger.warning("Sheet %s is not PDF/UA-1: %s", content["address"], error)
        return typst.compile(TEMPLATE.read_bytes(), **arguments)
