import functools

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext

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
    """{% fallback_note obj [fields] %}: the note of fallback_note() as HTML, or only a line break when there is none.
    Written here rather than by a template: a French or Spanish home page shows up to 14 of them, and rendering a
    template each cost ~0.2 ms (3 ms of the page)."""
    note = fallback_note(obj, *fields)
    if not note["shown_languages"]:
        return "\n"
    return _fallback_note_html(tuple(note["shown_languages"]), note["current_language"], get_language())


@functools.lru_cache(maxsize=64)
def _fallback_note_html(shown_languages, current_language, active_language):
    # The note says only which languages: a few different notes per page language, each written once per process
    # instead of once per list line that has one (most lines of a French or Spanish list). `active_language` is
    # part of the key because gettext() translates the sentences into it.
    sentences = []
    for code in shown_languages:
        original = escape(get_language_info(code)["name_translated"])
        if not sentences:
            current = escape(get_language_info(current_language)["name_translated"])
            sentences.append(gettext("This text is not yet available in %(language)s: it is shown in %(original)s.")
                             % {"language": current, "original": original})
        else:
            sentences.append(" " + gettext("Some parts are shown in %(original)s.") % {"original": original})
    # The language names are escaped above; the sentences are the site's own translations.
    return mark_safe(f'<p class="fallback-note" role="note">{"".join(sentences)}</p>\n')


def fallback_note(obj, *fields):
    """What the note ({% fallback_note %}, also on the PDF sheets) says when some texts of `obj` are not written in
    the visitor's language and are shown in another one instead: the page is never empty, and the visitor knows why
    the text is in another language. `fields`: only those, for a list entry that shows its title and summary (its
    other texts may not even be read)."""
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
