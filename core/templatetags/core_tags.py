from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.translation import get_language

from .. import languages
from .. import richtext as richtext_module

register = template.Library()


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current page, with … for the gaps (1 2 … 7 8 9 … 40)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.simple_tag
def lang_attribute(obj, field):
    """` lang="fr"` when `obj.<field>` is shown in another language than the page's, else nothing (WCAG 3.1.2)."""
    code = languages.shown_language(obj, field)
    return format_html(' lang="{}"', code) if code != get_language() else ""


@register.simple_tag(name="fallback_note")
def fallback_note_html(obj, *fields):
    """{% fallback_note obj [fields] %}: the note of fallback_note(), its template rendered only when there is one
    (most texts are in the page's language; rendering it for nothing cost ~0.05 ms per list line)."""
    context = fallback_note(obj, *fields)
    if not context["shown_languages"]:
        return "\n"  # what the template writes then (its last line break): the page stays the same
    return render_to_string("includes/_fallback_note.html", context)


def fallback_note(obj, *fields):
    """The context of the note (includes/_fallback_note.html, also on the PDF sheets) when some texts of `obj` are
    not written in the visitor's language and are shown in another one instead: the page is never empty, and the
    visitor knows why the text is in another language. `fields`: only those, for a list entry that shows its title
    and summary (its other texts may not even be read)."""
    current = get_language()
    shown = []
    for field in fields or languages.translated_fields(type(obj)):
        if field.endswith("_alt"):
            continue  # an image's description carries its own `lang`, on the <img>: it is not the page's text
        code = languages.shown_language(obj, field)
        if code != current and code not in shown:
            shown.append(code)
    return {"shown_languages": shown, "current_language": current}


@register.filter
def richtext(value):
    """A rich-text field for visitors: stored HTML as cleaned on save; plain text becomes paragraphs."""
    return richtext_module.render_richtext(value)


@register.filter
def sheet_text(value):
    """A toolbox sheet's text as the PDF lays it out: paragraphs, and "- " lines as a real list."""
    return richtext_module.render_sheet_text(value)
