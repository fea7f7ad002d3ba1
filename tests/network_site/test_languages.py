"""English, French and Spanish: the interface catalogues, addresses per language, the switcher, the browser's
language offered, content per language with a note where a text is missing, and the admin per language."""

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

from core.models import Status
from news.models import Article
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_page,
    make_project,
    make_research_entry,
    make_resource,
    png_upload,
)
from tests.network_site.test_seo import LIST_PAGES, head_of, one_of_each

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"
LANGUAGES = {"en": "", "fr": "/fr", "es": "/es"}
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None, "gettext_noop": None, "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2), "npgettext_lazy": ((1, "c"), 2, 3),
}
SKIPPED_FOLDERS = {".venv", "tests", "bench", "node_modules", "staticfiles", "var", ".git", "test-artifacts"}


# --- The catalogues -----------------------------------------------------------------------------------------------

def source_files():
    base = Path(settings.BASE_DIR)
    for path in sorted(base.rglob("*")):
        if SKIPPED_FOLDERS.intersection(path.relative_to(base).parts) or not path.is_file():
            continue
        if path.suffix in {".py", ".html", ".txt"} and (path.suffix == ".py" or "templates" in path.parts):
            yield path


def interface_messages():
    """(context, msgid, plural) of every string marked for translation in the code and templates: what
    `makemessages` extracts (templates go through Django's own templatize(), as makemessages does)."""
    found = set()
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            # templatize() keeps the template's indentation, which Python's tokenizer would refuse.
            text = "\n".join(line.lstrip() for line in templatize(text, origin=str(path)).splitlines())
        for _lineno, message, _comments, context in extract(
            "python", io.BytesIO(text.encode()), keywords=KEYWORDS,
        ):
            singular, plural = (message if isinstance(message, tuple) else (message, None))[:2]
            if singular:
                found.add((context, singular, plural))
    return found


def catalogue(language):
    with open(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po_file:
        return read_po(po_file)


def test_the_extraction_sees_the_interface():
    """The check below is only as good as what it extracts: templates and Python, plurals and contexts."""
    msgids = {msgid for _context, msgid, _plural in interface_messages()}
    assert {"Skip to content", "Toolbox", "Read this page in %(language)s", "Members"} <= msgids
    assert len(msgids) > 500


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_interface_string_is_translated(language):
    entries = catalogue(language)
    missing, fuzzy = [], []
    for context, msgid, _plural in sorted(interface_messages(), key=str):
        message = entries.get(msgid, context=context)
        if message is None or not all(message.string if isinstance(message.string, tuple) else [message.string]):
            missing.append(msgid)
        elif message.fuzzy:
            fuzzy.append(msgid)
    assert missing == [], f"untranslated in {language}: {missing}"
    assert fuzzy == [], f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_translations_keep_their_placeholders(language):
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
    for message in catalogue(language):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = sorted(placeholder.findall(ids[-1]))
        for string in strings:
            # A singular may leave out the count ("Une photo" for "%(count)s photo").
            assert set(placeholder.findall(string)) <= set(expected) | set(placeholder.findall(ids[0])), message.id


# --- Every page in every language ---------------------------------------------------------------------------------

class TextParser(HTMLParser):
    """The text a visitor reads or hears on a page (text, alt, aria-label, placeholder, title), leaving out what
    is marked as being in another language (`lang`) and scripts."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.page_language = None
        self.stack = []  # (tag, in another language or a script)
        self.texts = []

    def _elsewhere(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.page_language = attrs.get("lang")
        other = self._elsewhere() or tag in {"script", "style"} or (
            attrs.get("lang") not in (None, self.page_language)
        )
        if not other:
            self.texts.extend(attrs[name] for name in ("alt", "aria-label", "placeholder", "title") if attrs.get(name))
        if tag not in self.VOID:
            self.stack.append((tag, other))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self._elsewhere() and data.strip():
            self.texts.append(" ".join(data.split()))


def english_interface_strings(language):
    """English interface texts whose translation differs: seeing one on a `language` page means it was missed."""
    strings = []
    for message in catalogue(language):
        if not message.id or isinstance(message.id, tuple) or "%" in message.id or "{" in message.id:
            continue
        if message.string and message.string != message.id and len(message.id) > 3:
            strings.append(message.id)
    return strings


def page_paths():
    """Every page type, with content texts that are not interface words ("Action sheet" is both a kind of
    resource and the factories' default title)."""
    organisation = make_organisation(name="Zebra Union", description="<p>Kilo lima.</p>")
    resource = make_resource(title="Bravo health guide", summary="Charlie delta.", organisations=[organisation])
    items = [
        make_page(title="Echo", summary="Foxtrot golf.", body="<p>Hotel india.</p>"),
        organisation,
        make_project(title="Juliet health", summary="Mike november.", lead_organisation=organisation),
        resource,
        make_kit(title="Oscar kit", description="Papa quebec.", resources=[resource]),
        make_article(title="Romeo health", summary="Sierra tango.", body="<p>Uniform victor.</p>"),
        make_event(title="Whiskey forum", summary="X-ray yankee."),
        make_research_entry(title="Zulu health", summary="Alpha bravo."),
    ]
    return LIST_PAGES + ["/search/?q=health"] + [item.get_absolute_url() for item in items]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_page_type_is_in_the_visitors_language_with_no_english_interface_left(client, language):
    english = english_interface_strings(language)
    single = {text for text in english if " " not in text}
    phrases = [text for text in english if " " in text]
    for path in page_paths():
        response = client.get(LANGUAGES[language] + path)
        assert response.status_code == 200, path
        parser = TextParser()
        parser.feed(response.content.decode())
        assert parser.page_language == language, path
        leftovers = {text for text in parser.texts if text in single}
        joined = " | ".join(parser.texts)
        leftovers |= {phrase for phrase in phrases if phrase in joined}
        assert not leftovers, f"{language}{path}: {sorted(leftovers)}"


def test_the_interface_reads_in_each_language(client):
    make_page()
    expected = {"en": "Toolbox", "fr": "Boîte à outils", "es": "Caja de herramientas"}
    for language, prefix in LANGUAGES.items():
        content = client.get(prefix + "/").content.decode()
        assert f'<html lang="{language}">' in content
        assert f">{expected[language]}</a>" in content


def test_english_has_no_prefix_and_the_prefixed_english_address_does_not_exist(client):
    assert client.get("/toolbox/").status_code == 200
    assert client.get("/en/toolbox/").status_code == 404
    assert client.get("/de/toolbox/").status_code == 404


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_links_to_itself_in_every_language(client, language):
    items = one_of_each()
    for path in ["/", "/toolbox/", items["article"].get_absolute_url(), items["resource"].get_absolute_url()]:
        head = head_of(client, LANGUAGES[language] + path)
        alternates = {link["hreflang"]: link["href"] for link in head.links if link.get("rel") == "alternate"
                      and link.get("hreflang")}
        assert alternates == {
            "en": ORIGIN + path, "fr": ORIGIN + "/fr" + path, "es": ORIGIN + "/es" + path,
            "x-default": ORIGIN + path,
        }
        assert head.canonicals() == [ORIGIN + LANGUAGES[language] + path]
        assert head.one("og:locale") == {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}[language]
        for script in head.json_ld:
            json.loads(script)


def switcher_links(content):
    nav = re.search(r'<nav class="language-switcher"[^>]*>(.*?)</nav>', content, re.DOTALL).group(1)
    return re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang="\w+"( aria-current="true")?>([^<]+)</a>', nav)


def test_the_switcher_leads_to_the_same_page_in_the_other_language_filters_kept(client):
    article = make_article()
    content = client.get("/fr" + article.get_absolute_url()).content.decode()
    assert switcher_links(content) == [
        (article.get_absolute_url(), "en", "", "English"),
        ("/fr" + article.get_absolute_url(), "fr", ' aria-current="true"', "Français"),
        ("/es" + article.get_absolute_url(), "es", "", "Español"),
    ]
    content = client.get("/es/toolbox/?kind=action&amp;page=1".replace("&amp;", "&")).content.decode()
    urls = [url for url, *_rest in switcher_links(content)]
    assert urls == ["/toolbox/?kind=action&amp;page=1", "/fr/toolbox/?kind=action&amp;page=1",
                    "/es/toolbox/?kind=action&amp;page=1"]
    for url in urls:
        assert client.get(url.replace("&amp;", "&")).status_code == 200


# --- The browser's language: offered, not forced ------------------------------------------------------------------

def test_a_french_browser_is_offered_french_on_an_english_page_but_stays_on_it(client):
    make_page()
    response = client.get("/toolbox/", headers={"accept-language": "fr-CA,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert '<p class="language-offer" lang="fr"><a href="/fr/toolbox/" hreflang="fr">Lire cette page en' in content
    assert "Accept-Language" in response["Vary"]


def test_nothing_is_offered_to_an_english_browser_or_on_a_page_the_visitor_chose(client):
    for path, accept in [("/toolbox/", "en-GB,en;q=0.9"), ("/toolbox/", "de-DE"), ("/fr/toolbox/", "es"),
                         ("/es/toolbox/", "fr")]:
        content = client.get(path, headers={"accept-language": accept}).content.decode()
        assert "language-offer" not in content, (path, accept)


def test_the_page_cache_keeps_one_copy_per_offered_language(client, settings):
    """A cached English page must not show a French visitor's offer to an English one, and the other way."""
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    from core.cache import clear_page_cache

    clear_page_cache()
    try:
        make_page()
        french = client.get("/network/", headers={"accept-language": "fr"}).content.decode()
        english = client.get("/network/", headers={"accept-language": "en-US,en"}).content.decode()
        spanish = client.get("/network/", headers={"accept-language": "es-CO,es;q=0.9"}).content.decode()
        assert "Lire cette page en" in french
        assert "language-offer" not in english
        assert "Leer esta página en" in spanish
    finally:
        clear_page_cache()


# --- Content in each language, with a note where a text is missing --------------------------------------------------

def test_a_text_written_in_french_is_shown_on_the_french_page_without_a_note(client):
    article = make_article(title="Health days", summary="Teachers met.", body="<p>Full story.</p>")
    Article.objects.filter(pk=article.pk).update(
        title_fr="Journées santé", summary_fr="Les enseignants se sont réunis.", body_fr="<p>Le récit.</p>",
    )
    content = client.get("/fr" + article.get_absolute_url()).content.decode()
    assert "<h1>Journées santé</h1>" in content
    assert "Les enseignants se sont réunis." in content
    assert "fallback-note" not in content
    assert "<h1>Health days</h1>" in client.get(article.get_absolute_url()).content.decode()


def test_a_missing_translation_shows_the_original_with_a_note_never_an_empty_page(client):
    article = make_article(title="Health days", summary="Teachers met.", body="<p>Full story.</p>")
    content = client.get("/es" + article.get_absolute_url()).content.decode()
    assert '<h1 lang="en">Health days</h1>' in content
    assert '<div class="prose" lang="en"><p>Full story.</p></div>' in content
    note = re.search(r'<p class="fallback-note" role="note">(.*?)</p>', content).group(1)
    assert note == "Este texto aún no está disponible en español: se muestra en inglés."
    assert "fallback-note" not in client.get(article.get_absolute_url()).content.decode()


def test_a_sheet_written_only_in_french_is_shown_in_french_everywhere_with_the_note(client):
    resource = make_resource(language="fr", title="La santé des enseignants", summary="Une enquête.")
    assert resource.title_fr == "La santé des enseignants" and not resource.title_en
    english = client.get(resource.get_absolute_url()).content.decode()
    assert '<h1 lang="fr">La santé des enseignants</h1>' in english
    assert "This text is not yet available in English: it is shown in French." in english
    french = client.get("/fr" + resource.get_absolute_url()).content.decode()
    assert "<h1>La santé des enseignants</h1>" in french
    assert "fallback-note" not in french


@pytest.mark.parametrize("make, list_path", [
    (make_project, "/es/projects/"), (make_article, "/es/news/"), (make_event, "/es/news/events/"),
    (make_research_entry, "/es/research/"), (make_resource, "/es/toolbox/"),
])
def test_a_list_entry_not_yet_in_the_readers_language_carries_the_note_and_a_translated_one_does_not(
        client, make, list_path):
    make(title="Only in English", summary="An English summary.")
    translated = make(title="In English too", summary="Another summary.")
    type(translated).objects.filter(pk=translated.pk).update(title_es="También en español", summary_es="Un resumen.")
    content = client.get(list_path).content.decode()
    entries = {title: entry for entry in re.findall(r'<li class="result[^"]*">(.*?)</li>\n', content, re.S)
               for title in ("Only in English", "También en español") if title in entry}
    note = "Este texto aún no está disponible en español: se muestra en inglés."
    assert note in entries["Only in English"]
    assert "fallback-note" not in entries["También en español"]


# --- The admin per language ---------------------------------------------------------------------------------------

def page_form(**fields):
    return {"slug": "our-mission", "order": "1", "status": Status.PUBLISHED, **fields}


def test_staff_write_each_text_in_each_language(staff_client):
    form = staff_client.get("/admin/network_site/networkpage/add/").content.decode()
    for name in ["title_en", "title_fr", "title_es", "body_en", "body_fr", "body_es"]:
        assert f'name="{name}"' in form
    response = staff_client.post("/admin/network_site/networkpage/add/", page_form(
        title_en="Our mission", title_fr="Notre mission", title_es="Nuestra misión",
        body_en="<p>Three areas.</p>", body_fr="<p>Trois axes.</p>", body_es="",
    ))
    assert response.status_code == 302
    from network_site.models import NetworkPage

    page = NetworkPage.objects.get(slug="our-mission")
    with translation.override("fr"):
        assert (page.title, page.body) == ("Notre mission", "<p>Trois axes.</p>")
    with translation.override("es"):
        assert (page.title, page.body) == ("Nuestra misión", "<p>Three areas.</p>")


def test_a_text_may_be_written_in_french_only_but_not_in_no_language(staff_client):
    response = staff_client.post("/admin/network_site/networkpage/add/", page_form(title_fr="Notre mission"))
    assert response.status_code == 302
    response = staff_client.post("/admin/network_site/networkpage/add/", page_form(slug="other"))
    assert response.status_code == 200
    assert "Write the title in at least one language." in response.content.decode()


def test_the_admin_search_finds_a_text_in_any_language(staff_client):
    make_page(title="Our mission", slug="our-mission")
    from network_site.models import NetworkPage

    NetworkPage.objects.filter(slug="our-mission").update(title_es="Nuestra misión")
    assert "Our mission" in staff_client.get("/admin/network_site/networkpage/?q=misión").content.decode()
    assert "Our mission" not in staff_client.get("/admin/network_site/networkpage/?q=visión").content.decode()


# --- Sorting, searching and safety across languages ----------------------------------------------------------------

def test_a_list_sorted_by_title_sorts_by_the_title_the_visitor_reads(client):
    from toolbox.models import Resource

    for title in ["Delta", "Alpha", "Charlie"]:
        make_resource(title=title)
    bravo = make_resource(title="Zulu")
    Resource.objects.filter(pk=bravo.pk).update(title_fr="Bravo")
    content = client.get("/fr/toolbox/", {"sort": "title"}).content.decode()
    positions = [content.index(f">{title}</a>") for title in ["Alpha", "Bravo", "Charlie", "Delta"]]
    assert positions == sorted(positions)


def test_a_list_search_finds_a_text_written_in_another_language(client):
    project = make_project(title="Clean water in schools", summary="Wells and taps.")
    content = client.get("/fr/projects/", {"q": "water"}).content.decode()
    assert project.get_absolute_url() in content


def test_an_address_starting_with_two_slashes_never_links_to_another_site(client):
    content = client.get("//evil.example/toolbox/").content.decode()
    assert "evil.example/" not in content.replace("/evil.example/", "")
    assert 'href="//' not in content and "http://evil.example" not in content


def test_robots_txt_keeps_search_results_out_in_every_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert {"Disallow: /search/", "Disallow: /fr/search/", "Disallow: /es/search/"} <= set(lines)


def test_a_sheet_written_in_portuguese_is_marked_as_portuguese(client):
    resource = make_resource(language="pt", title="Saúde dos professores", summary="Um inquérito.")
    content = client.get("/fr" + resource.get_absolute_url()).content.decode()
    assert '<h1 lang="pt">Saúde dos professores</h1>' in content
    assert "il est affiché en portugais" in content


def test_the_note_also_covers_a_section_left_in_another_language(client):
    from news.models import Event

    event = make_event(title="Forum", summary="A day.", programme="<p>Morning: open space.</p>")
    Event.objects.filter(pk=event.pk).update(title_fr="Forum", summary_fr="Une journée.")
    content = client.get("/fr" + event.get_absolute_url()).content.decode()
    assert "il est affiché en anglais" in content
    assert '<div class="prose" lang="en"><p>Morning: open space.</p></div>' in content


def test_the_deployment_check_warns_when_a_catalogue_is_not_compiled(tmp_path, settings):
    from network_site.checks import translations_compiled

    (tmp_path / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "fr" / "LC_MESSAGES" / "django.po").write_text('msgid ""\nmsgstr ""\n')
    settings.LOCALE_PATHS = [tmp_path]
    assert [warning.id for warning in translations_compiled(None)] == ["network_site.W001"]
    from django.core.management import call_command

    call_command("compile_translations", verbosity=0)
    assert translations_compiled(None) == []


def test_an_image_description_left_in_english_is_marked_on_the_image_not_announced_as_the_page_text(client):
    article = make_article(title="Health days", summary="Teachers met.", body="<p>Story.</p>",
                           image=png_upload("photo.png", size=(800, 500)), image_alt="Teachers around a table")
    Article.objects.filter(pk=article.pk).update(
        title_fr="Journées santé", summary_fr="Réunion.", body_fr="<p>Récit.</p>",
    )
    content = client.get("/fr" + article.get_absolute_url()).content.decode()
    assert "fallback-note" not in content
    assert 'alt="Teachers around a table" lang="en"' in content
