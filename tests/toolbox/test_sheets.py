"""The uniform PDF sheet of a resource, one per language of the site: what a visitor reads in each."""

import io
import zipfile
from xml.etree import ElementTree

import pikepdf
import pypdfium2 as pdfium
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Status
from tests.factories import make_kit, make_organisation, make_resource
from toolbox import services
from toolbox.models import DownloadCount, Resource, ResourceSheet
from toolbox.sheets import sheet_content

pytestmark = pytest.mark.django_db


def pdf_text_of(data):
    document = pdfium.PdfDocument(data)
    text = " ".join(page.get_textpage().get_text_bounded() for page in document)
    document.close()
    return " ".join(text.split())


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def sheet_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return pdf_text_of(content_of(response))


def translated_resource(**fields):
    """A resource written in English and translated into French (not into Spanish)."""
    resource = make_resource(title="Health days for teachers", summary="How a union organised health days.",
                             context="Teachers lacked care.", lessons_learned="Start early.", refresh=False,
                             **fields)
    resource.title_fr = "Journées de santé des enseignants"
    resource.summary_fr = "Comment un syndicat a organisé des journées de santé."
    resource.context_fr = "Les enseignants manquaient de soins."
    resource.lessons_learned_fr = "Commencer tôt."
    resource.save()
    services.resource_refresh(resource=resource)
    return resource


def sheet_names(resource):
    return dict(ResourceSheet.objects.filter(resource=resource).values_list("language", "file"))


def test_the_french_sheet_is_in_french_and_the_english_sheet_in_english(client):
    organisation = make_organisation(name="Syndicat des Enseignants Romands", acronym="SER")
    resource = translated_resource(organisations=[organisation])

    french = sheet_text(client, f"/fr/toolbox/{resource.slug}/sheet/")
    english = sheet_text(client, f"/toolbox/{resource.slug}/sheet/")

    for text in ["Journées de santé des enseignants", "Comment un syndicat a organisé des journées de santé.",
                 "Les enseignants manquaient de soins.", "Commencer tôt.", "FICHE ACTION", "Contexte",
                 "Enseignements tirés", "Réalisée par", "Syndicat des Enseignants Romands", "1er juillet 2015",
                 "Boîte à outils", "Réseau Éducation et Solidarité", f"/fr/toolbox/{resource.slug}/"]:
        assert text in french, text
    assert "Health days for teachers" not in french and "Lessons learned" not in french
    for text in ["Health days for teachers", "Teachers lacked care.", "ACTION SHEET", "Context", "Lessons learned",
                 "Made by", "Toolbox", "Page 1"]:
        assert text in english, text
    assert "Journées de santé" not in english and "Contexte" not in english


def test_a_sheet_in_a_language_the_texts_are_not_written_in_has_its_headings_in_it_and_the_texts_the_page_shows(
    client,
):
    resource = translated_resource()
    spanish = sheet_text(client, f"/es/toolbox/{resource.slug}/sheet/")
    # Spanish headings, labels and footer; the English texts, as the Spanish page shows them.
    for text in ["FICHA DE ACCIÓN", "Contexto", "Lecciones aprendidas", "Licencia", "Fecha", "Página 1",
                 "Caja de herramientas", "Health days for teachers", "Teachers lacked care.", "Start early."]:
        assert text in spanish, text
    assert "Lessons learned" not in spanish and "Journées" not in spanish
    # The same note as the page: the reader knows why the texts are in English.
    assert "Este texto aún no está disponible en español: se muestra en inglés." in " ".join(spanish.split())
    assert "disponible" not in sheet_text(client, f"/fr/toolbox/{resource.slug}/sheet/")


def test_each_language_has_its_own_file_and_the_sheet_link_of_a_page_is_in_its_language(client):
    resource = translated_resource()
    sheets = sheet_names(resource)
    assert set(sheets) == {"en", "fr", "es"}
    assert len(set(sheets.values())) == 3

    french_page = client.get(f"/fr/toolbox/{resource.slug}/").content.decode()
    assert f'href="/fr/toolbox/{resource.slug}/sheet/"' in french_page
    english_page = client.get(f"/toolbox/{resource.slug}/").content.decode()
    assert f'href="/toolbox/{resource.slug}/sheet/"' in english_page


def test_changing_only_the_french_summary_rebuilds_only_the_french_sheet(client, django_capture_on_commit_callbacks):
    resource = translated_resource()
    resource.summary_es = "Cómo un sindicato organizó jornadas de salud."
    resource.save()
    services.resource_refresh(resource=resource)
    before = sheet_names(resource)
    english_etag = client.get(f"/toolbox/{resource.slug}/sheet/")["ETag"]

    resource.summary_fr = "Un syndicat a organisé trois journées de santé."
    resource.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.resource_refresh(resource=resource)

    after = sheet_names(resource)
    assert after["en"] == before["en"] and after["es"] == before["es"]
    assert after["fr"] != before["fr"]
    storage = ResourceSheet._meta.get_field("file").storage
    assert not storage.exists(before["fr"])  # the replaced French sheet is deleted
    french = sheet_text(client, f"/fr/toolbox/{resource.slug}/sheet/")
    assert "Un syndicat a organisé trois journées de santé." in french
    # The English sheet did not change: a browser that has it is told so.
    assert client.get(f"/toolbox/{resource.slug}/sheet/", HTTP_IF_NONE_MATCH=english_etag).status_code == 304


def test_a_text_shown_in_another_language_rebuilds_the_sheets_that_show_it():
    resource = translated_resource()  # no Spanish text: the Spanish sheet shows the English one
    before = sheet_names(resource)
    resource.context_en = "Teachers had no doctor."
    resource.save()
    services.resource_refresh(resource=resource)
    after = sheet_names(resource)
    assert after["en"] != before["en"] and after["es"] != before["es"]
    assert after["fr"] == before["fr"]  # the French sheet shows the French context


def test_nothing_is_rebuilt_when_nothing_changed():
    resource = translated_resource()
    before = sheet_names(resource)
    services.resource_refresh(resource=resource)
    assert sheet_names(resource) == before
    assert not services.sheets_are_stale(resource)


def test_the_sheet_download_is_named_in_its_language_resumable_and_counted_once(client):
    resource = translated_resource()
    url = f"/fr/toolbox/{resource.slug}/sheet/"
    sheet = resource.sheets.get(language="fr")
    response = client.get(url)
    assert response["Content-Disposition"] == (
        'attachment; filename="journees-de-sante-des-enseignants-fr-sheet.pdf"'
    )
    assert response["ETag"] == f'"{sheet.fingerprint}"'
    data = content_of(response)
    assert len(data) == sheet.size
    part = client.get(url, HTTP_RANGE="bytes=0-99")
    assert part.status_code == 206 and content_of(part) == data[:100]
    rest = client.get(url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=response["ETag"])
    assert content_of(rest) == data[100:]
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert DownloadCount.objects.get(resource=resource, language="sheet").count == 2  # the full one and the resumed


def test_a_sheet_not_built_yet_or_out_of_date_is_drawn_for_the_visitor_without_writing_anything(client):
    """A visitor's download never builds into storage nor locks the resource: a missing or out-of-date sheet is
    drawn for them in memory (up to date), and stored when staff save the resource."""
    resource = make_resource(title="Open forum guide", refresh=False)
    assert not resource.sheets.exists()
    with CaptureQueriesContext(connection) as queries:
        assert "Open forum guide" in sheet_text(client, f"/es/toolbox/{resource.slug}/sheet/")
    assert not resource.sheets.exists()
    assert not any("FOR UPDATE" in query["sql"] or query["sql"].startswith("UPDATE") for query in queries)

    services.resource_refresh(resource=resource)
    sheet = resource.sheets.get(language="es")
    Resource.objects.filter(pk=resource.pk).update(title="Open forum guide, second edition")
    text = sheet_text(client, f"/es/toolbox/{resource.slug}/sheet/")
    assert "second edition" in text  # never the out-of-date file
    assert resource.sheets.get(language="es").file.name == sheet.file.name


def test_a_resource_without_files_downloads_its_sheet_in_the_page_language(client):
    resource = translated_resource()
    response = client.get(f"/fr/toolbox/{resource.slug}/download/")
    assert response["Content-Disposition"].endswith('-fr-sheet.pdf"')
    assert "Les enseignants manquaient de soins." in pdf_text_of(content_of(response))


def test_draft_sheets_are_hidden_in_every_language(client):
    draft = make_resource(status=Status.DRAFT)
    for prefix in ["", "/fr", "/es"]:
        assert client.get(f"{prefix}/toolbox/{draft.slug}/sheet/").status_code == 404


def test_the_resource_page_describes_the_sheet_of_its_language(client):
    resource = translated_resource()
    french = client.get(f"/fr/toolbox/{resource.slug}/").content.decode()
    pages = resource.sheets.get(language="fr").page_count
    assert f"(PDF, {pages} page, " in french and "Français)" in french
    # The Spanish sheet shows the English texts: it says so, in English's own name, marked as English.
    spanish = client.get(f"/es/toolbox/{resource.slug}/").content.decode()
    assert '<span lang="en">English</span>)' in spanish


def test_staff_see_the_sheet_of_each_language(staff_client):
    resource = translated_resource()
    page = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    for url in [f"/toolbox/{resource.slug}/sheet/", f"/fr/toolbox/{resource.slug}/sheet/",
                f"/es/toolbox/{resource.slug}/sheet/"]:
        assert f"href='{url}'" in page or f'href="{url}"' in page, url
    assert "Français" in page and "Español" in page


def test_the_french_kit_zip_holds_the_french_sheet_of_a_resource_without_files():
    resource = translated_resource()
    kit = make_kit(resources=[resource])
    archives = {archive.language: archive for archive in kit.archives.all()}
    assert set(archives) == {"en", "fr"}  # written in English and French
    with zipfile.ZipFile(archives["fr"].file.open("rb")) as archive:
        (name,) = [name for name in archive.namelist() if name.endswith(".pdf")]
        text = pdf_text_of(archive.read(name))
        manifest = archive.read("MANIFEST.csv").decode()
    assert name == "01-journees-de-sante-des-enseignants-fr.pdf"
    assert "Les enseignants manquaient de soins." in text and "Contexte" in text
    assert "Journées de santé des enseignants" in manifest and "Français" in manifest


XMP = {"dc": "http://purl.org/dc/elements/1.1/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


def structure_of(element):
    """The structure tree under `element` as (type, children) pairs, in reading order."""
    kids = element.get("/K")
    kids = [] if kids is None else kids if isinstance(kids, pikepdf.Array) else [kids]
    return [(str(kid.S), structure_of(kid)) for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def marked_content_of(page):
    """(tags of the page's marked content, MCIDs of its tagged pieces, whether every text and drawing operator is
    inside marked content)."""
    depth, tags, mcids, all_marked = 0, set(), [], True
    for operands, operator in pikepdf.parse_content_stream(page):
        operator = str(operator)
        if operator in ("BDC", "BMC"):
            depth += 1
            tags.add(str(operands[0]))
            if operator == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcids.append(int(operands[1].MCID))
        elif operator == "EMC":
            depth -= 1
        elif operator in ("Tj", "TJ", "'", '"', "f", "f*", "S", "B", "Do") and depth == 0:
            all_marked = False
    return tags, mcids, all_marked


def test_every_sheet_is_a_tagged_pdf_in_its_language_with_its_title_shown(client):
    """Screen readers read the sheet: a structure tree in reading order (the title a first-level heading, each
    section a second-level one, bullets a list), every page's content marked (the page band, header and footer as
    artifacts, the rest tagged), the language of the sheet, and its title in the window rather than a file name."""
    resource = translated_resource()
    resource.context_fr = "Les enseignants manquaient de soins.\n- des visites\n- des bilans"
    resource.save()
    services.resource_refresh(resource=resource)

    titles = {"en": "Health days for teachers", "fr": "Journées de santé des enseignants",
              "es": "Health days for teachers"}
    for language, prefix in [("en", ""), ("fr", "/fr"), ("es", "/es")]:
        pdf = pikepdf.open(io.BytesIO(content_of(client.get(f"{prefix}/toolbox/{resource.slug}/sheet/"))))
        root = pdf.Root
        assert root.Lang == language
        assert root.MarkInfo.Marked is True
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert pdf.docinfo.Title == titles[language]
        xmp = ElementTree.fromstring(root.Metadata.read_bytes())  # noqa: S314 (the sheet the portal just wrote)
        assert xmp.find(".//dc:title//rdf:li", XMP).text == titles[language]

        (document,) = structure_of(root.StructTreeRoot)
        kind, children = document
        assert kind == "/Document"
        types = [child for child, _grandchildren in children]
        assert types[:3] == ["/P", "/H1", "/P"]  # kind, title, summary
        assert types.count("/H1") == 1
        assert types.count("/H2") == len(resource.sheet_sections()) == 2
        lists = [grandchildren for child, grandchildren in children if child == "/L"]
        if language == "fr":  # the facts, then the two bullets of the French context
            assert [len(items) for items in lists] == [len(sheet_content(resource, "fr")["facts"]), 2]

        numbers = list(root.StructTreeRoot.ParentTree.Nums)  # page key, its elements, page key, ...
        parent_tree = dict(zip(numbers[::2], numbers[1::2], strict=True))
        for page in pdf.pages:
            tags, mcids, all_marked = marked_content_of(page)
            assert all_marked, f"{language}: content outside marked content"
            assert "/Artifact" in tags  # the page band, header and footer
            # Each tagged piece of the page belongs to an element of the structure tree.
            elements = parent_tree[int(page.StructParents)]
            assert mcids and sorted(mcids) == list(range(len(elements)))
            assert all("/S" in element for element in elements)


def test_texts_that_look_like_markup_are_printed_as_written(client):
    resource = make_resource(title="Budget: $5 *per* pupil #1 [draft] // notes", summary="A_b_c \\ = done")
    text = sheet_text(client, f"/toolbox/{resource.slug}/sheet/")
    assert "Budget: $5 *per* pupil #1 [draft] // notes" in text
    assert "A_b_c \\ = done" in text


def test_a_sheet_in_arabic_or_with_characters_no_font_has_is_still_a_tagged_sheet(client, caplog):
    """Arabic texts are typeset (a fallback font has them); a Chinese word or an emoji, which no font of the sheet
    has, never breaks the download: the sheet is written, tagged, without the PDF/UA claim."""
    arabic = make_resource(title="التعليم والتضامن", summary="دليل النقابات ✓ ≥ 5", language="ar")
    pdf = pikepdf.open(io.BytesIO(content_of(client.get(f"/toolbox/{arabic.slug}/sheet/"))))
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True  # PDF/UA-1: every character has its glyph
    assert str(pdf.docinfo.Title) == "التعليم والتضامن"

    other = make_resource(title="Health days 健康 😀")
    response = client.get(f"/toolbox/{other.slug}/sheet/")
    assert response.status_code == 200
    pdf = pikepdf.open(io.BytesIO(content_of(response)))
    assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked is True and pdf.Root.Lang == "en"
    assert pdf.docinfo.Title == "Health days 健康 😀"
    assert "is not PDF/UA-1" in caplog.text
