"""Downloads as a browser, a cache and a spreadsheet program see them: the language of each file, answers to
conditional requests, the names of files and of what a kit's ZIP holds, and the ZIP's MANIFEST.csv."""

import codecs
import csv
import io
import zipfile

import pytest

from tests.factories import make_kit, make_resource, pdf_upload
from toolbox.models import DownloadCount

pytestmark = pytest.mark.django_db


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def zip_of(response):
    return zipfile.ZipFile(io.BytesIO(content_of(response)))


@pytest.fixture
def french_kit():
    """A kit of two items, each with an English and a French file, titled in both languages."""
    first = make_resource(title="Teachers' health", title_fr="Santé des enseignants",
                          files=[("en", pdf_upload()), ("fr", pdf_upload(text="fr"))])
    second = make_resource(
        title="Education for all: a guide to organising health days for teachers in every region of the world",
        title_fr="L'éducation pour tous : un guide pour organiser des journées de santé dans chaque région",
        files=[("en", pdf_upload()), ("fr", pdf_upload(text="fr"))],
    )
    kit = make_kit(
        title="Kit 2015", resources=[first, second],
        title_fr="L'éducation de qualité pour tous, la trousse de mobilisation du congrès mondial de 2015",
    )
    return kit


# --- Content-Language -------------------------------------------------------------------------------------------

def test_each_download_says_the_language_of_the_file_whatever_the_address(client, french_kit):
    resource = make_resource(files=[("en", pdf_upload()), ("fr", pdf_upload(text="fr")), ("es", pdf_upload())])
    assert client.get(f"/toolbox/{resource.slug}/download/fr/")["Content-Language"] == "fr"
    assert client.get(f"/toolbox/{resource.slug}/download/es/")["Content-Language"] == "es"
    assert client.get(f"/es/toolbox/{resource.slug}/download/en/")["Content-Language"] == "en"
    assert client.get(f"/fr/toolbox/{resource.slug}/download/")["Content-Language"] == "fr"
    assert client.head(f"/toolbox/{resource.slug}/download/es/")["Content-Language"] == "es"
    assert client.get(f"/es/toolbox/{resource.slug}/sheet/")["Content-Language"] == "es"
    assert client.get(f"/toolbox/kits/{french_kit.slug}/download/fr/")["Content-Language"] == "fr"
    assert client.get(f"/fr/toolbox/kits/{french_kit.slug}/download/en/")["Content-Language"] == "en"


# --- Conditional requests ---------------------------------------------------------------------------------------

def download_urls(resource, kit):
    return [f"/toolbox/{resource.slug}/download/fr/", f"/es/toolbox/{resource.slug}/sheet/",
            f"/toolbox/kits/{kit.slug}/download/fr/"]


def test_a_304_repeats_the_validators_and_cache_headers_of_the_200_and_has_no_content_type(client, french_kit):
    resource = make_resource(files=[("fr", pdf_upload())])
    for url in download_urls(resource, french_kit):
        full = client.get(url)
        content_of(full)
        again = client.get(url, HTTP_IF_NONE_MATCH=full["ETag"])
        assert again.status_code == 304, url
        assert again.content == b""
        assert "Content-Type" not in again, url
        for header in ("ETag", "Cache-Control", "Content-Language"):
            assert again[header] == full[header], (url, header)


def test_a_weak_etag_the_browser_sends_back_is_honoured(client, french_kit):
    resource = make_resource(files=[("fr", pdf_upload())])
    for url in download_urls(resource, french_kit):
        etag = client.get(url)["ETag"]
        assert client.get(url, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304, url
        assert client.get(url, HTTP_IF_NONE_MATCH=f'"older", W/{etag}').status_code == 304, url
        assert client.get(url, HTTP_IF_NONE_MATCH='W/"older"').status_code == 200, url
    assert DownloadCount.objects.get(resource=resource, language="fr").count == 2  # the two 200s of the file


def test_resuming_needs_the_strong_etag(client):
    resource = make_resource(files=[("fr", pdf_upload(pages=3))])
    url = f"/toolbox/{resource.slug}/download/fr/"
    etag = client.get(url, HTTP_RANGE="bytes=0-99")["ETag"]
    assert client.get(url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=etag).status_code == 206
    # A weak validator cannot promise the bytes are the same (RFC 9110, 13.1.5): the whole file again.
    whole = client.get(url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE=f"W/{etag}")
    assert whole.status_code == 200
    assert content_of(whole) == resource.files.get().file.open("rb").read()


# --- Names ------------------------------------------------------------------------------------------------------

def test_zip_and_file_names_are_whole_words_with_apostrophes_as_separators(client, french_kit):
    response = client.get(f"/toolbox/kits/{french_kit.slug}/download/fr/")
    assert response["Content-Disposition"] == (
        'attachment; filename="l-education-de-qualite-pour-tous-la-trousse-de-mobilisation-du-congres-mondial-fr.zip"'
    )
    with zip_of(response) as archive:
        names = archive.namelist()
    assert names == [
        "01-sante-des-enseignants-fr.pdf",
        "02-l-education-pour-tous-un-guide-pour-organiser-des-journees-fr.pdf",
        "MANIFEST.csv",
    ]
    with zip_of(client.get(f"/toolbox/kits/{french_kit.slug}/download/en/")) as archive:
        assert archive.namelist()[:2] == [
            "01-teachers-health-en.pdf", "02-education-for-all-a-guide-to-organising-health-days-for-en.pdf",
        ]
    second = french_kit.items.get(order=2).resource
    assert client.get(f"/fr/toolbox/{second.slug}/sheet/")["Content-Disposition"] == (
        'attachment; filename="l-education-pour-tous-un-guide-pour-organiser-des-journees-de-sante-dans-chaque'
        '-fr-sheet.pdf"'
    )


# --- MANIFEST.csv -----------------------------------------------------------------------------------------------

def manifest_of(client, kit, language):
    with zip_of(client.get(f"/toolbox/kits/{kit.slug}/download/{language}/")) as archive:
        return archive.read("MANIFEST.csv")


def test_the_manifest_opens_in_a_spreadsheet_in_the_zips_language(client, french_kit):
    french = manifest_of(client, french_kit, "fr")
    # A byte order mark: Excel then reads UTF-8 ("Santé", not "SantÃ©").
    assert french.startswith(codecs.BOM_UTF8)
    # French Excel splits columns at ";" (the comma is the decimal separator there).
    rows = list(csv.reader(io.StringIO(french.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Ordre", "Titre", "Fichier", "Langue", "Licence", "SHA-256"]
    assert rows[1][:4] == ["1", "Santé des enseignants", "01-sante-des-enseignants-fr.pdf", "Français"]
    assert len(rows) == 3 and all(len(row) == 6 for row in rows)

    spanish_kit = make_kit(resources=[make_resource(title="Salud", files=[("es", pdf_upload())])])
    spanish = manifest_of(client, spanish_kit, "es")
    assert spanish.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(spanish.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Orden", "Título", "Archivo", "Idioma", "Licencia", "SHA-256"]
    assert rows[1][3] == "Español"

    english = manifest_of(client, french_kit, "en")
    assert english.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(english.decode("utf-8-sig"))))
    assert rows[0] == ["Order", "Title", "File", "Language", "Licence", "SHA-256"]
    assert rows[1][:2] == ["1", "Teachers' health"]
