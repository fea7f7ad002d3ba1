"""The toolbox's own search, /toolbox/?q= (Resource.objects.search()), with texts in three languages.

A resource is often written in one language only; its sheet and files are searched from the site in every
language, with the stemmer of the page's language, accents ignored.
"""

import pytest
from django.utils import translation

from core.models import Status
from tests.factories import make_resource, pdf_upload
from toolbox import services
from toolbox.models import Resource

pytestmark = pytest.mark.django_db

def written_in(language, /, **fields):
    """A resource as an editor writing in `language` makes it: its texts in that language's columns only."""
    with translation.override(language):
        return make_resource(language=language, **fields)


def found(client, query, language="en", **params):
    """The titles the toolbox list shows for `query`, on the site in `language`, as the visitor sees them."""
    path = "/toolbox/" if language == "en" else f"/{language}/toolbox/"
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    with translation.override(language):
        return [resource.title for resource in response.context["object_list"]]


def test_search_text_holds_every_language_the_makers_tags_and_files():
    resource = make_resource(
        title="Health of teachers", title_fr="La santé des enseignants", summary="A guide.",
        summary_fr="Un guide.", context="In schools.", context_es="En las escuelas.", tags=["burnout"],
        files=[("fr", pdf_upload(text="prévention du stress")), ("es", pdf_upload(text="salud docente"))],
    )
    resource.refresh_from_db()
    first_line, _newline, rest = resource.search_text.partition("\n")
    assert first_line == "Health of teachers / La santé des enseignants"  # the titles: not in the extracts
    for text in ["A guide.", "Un guide.", "In schools.", "En las escuelas.", "burnout", "prévention du stress",
                 "salud docente"]:
        assert text in rest
    vectors = Resource.objects.values_list("search_vector_en", "search_vector_fr", "search_vector_es").get()
    assert all(vectors)


def test_a_resource_in_one_language_is_found_from_the_site_in_every_language(client):
    written_in("fr", title="La santé des enseignants", summary="Un guide pour les syndicats.",
               files=[("fr", pdf_upload(text="Prévention de l'épuisement professionnel"))])
    written_in("es", title="Salud docente", summary="Una guía para los sindicatos.")
    make_resource(title="Pensions", summary="Nothing related.")
    for language in ["en", "fr", "es"]:
        assert found(client, "enseignants", language) == ["La santé des enseignants"]
        assert found(client, "épuisement", language) == ["La santé des enseignants"]  # the text of its PDF
        assert found(client, "salud", language) == ["Salud docente"]
        assert found(client, "pensions", language) == ["Pensions"]
    # The example: a visitor on the French site.
    assert found(client, "santé des enseignants", "fr") == ["La santé des enseignants"]
    assert found(client, "sante des enseignants", "fr") == ["La santé des enseignants"]  # accents ignored


def test_relevance_weighs_the_title_in_any_language_above_the_rest(client):
    make_resource(title="Pensions", summary="Mentions burnout once.")
    written_in("fr", title="Le burnout des enseignants", summary="Un guide.")
    make_resource(title="Health", summary="Nothing related.", context="Burnout, in the sheet.")
    for language in ["en", "fr"]:
        assert found(client, "burnout", language, sort="relevance") == [
            "Le burnout des enseignants", "Pensions", "Health"
        ]


def test_the_search_never_shows_drafts_in_any_language(client):
    written_in("fr", title="Brouillon sur les enseignants", summary="Pas encore publié.", status=Status.DRAFT)
    written_in("fr", title="La santé des enseignants", summary="Publié.")
    for language in ["en", "fr", "es"]:
        assert found(client, "enseignants", language) == ["La santé des enseignants"]
        assert found(client, "brouillon", language) == []


def test_the_stemming_of_the_page_language(client):
    written_in("fr", title="Guide de l'enseignant", summary="Une formation syndicale.")
    written_in("es", title="Salud del docente", summary="Para la escuela rural.")
    assert found(client, "enseignants formations", "fr") == ["Guide de l'enseignant"]
    assert found(client, "docentes escuelas", "es") == ["Salud del docente"]


def test_the_stored_vectors_follow_a_new_translation(client):
    resource = written_in("fr", title="La santé des enseignants", summary="Un guide.")
    assert found(client, "docentes", "es") == []
    Resource.objects.filter(pk=resource.pk).update(title_es="La salud de los docentes")
    services.resource_refresh(resource=Resource.objects.get(pk=resource.pk))
    assert found(client, "docentes", "es") == ["La salud de los docentes"]
    assert found(client, "docente", "es") == ["La salud de los docentes"]
    assert found(client, "enseignant", "es") == ["La salud de los docentes"]  # the French title still counts


def test_a_search_finding_nothing_offers_did_you_mean_keeping_the_other_filters(client):
    make_resource(title="Mental health of teachers", kind="action")
    response = client.get("/toolbox/", {"q": "mentl helth", "kind": "action", "page": "1"})
    assert list(response.context["object_list"]) == []
    content = response.content.decode()
    assert 'Did you mean <a href="/toolbox/?q=mental+health&amp;kind=action">mental health</a>?' in content
    assert found(client, "mental health", kind="action") == ["Mental health of teachers"]
    # In French, from the titles of every language.
    french = client.get("/fr/toolbox/", {"q": "helth"}).content.decode()
    assert 'Vouliez-vous dire <a href="/fr/toolbox/?q=health">health</a>' in french


def test_no_suggestion_when_something_is_found_or_no_title_comes_close(client):
    make_resource(title="Mental health of teachers")
    make_resource(title="Quokka survey", status=Status.DRAFT)
    assert "Did you mean" not in client.get("/toolbox/", {"q": "health"}).content.decode()
    # A correctly spelt word that only another filter excludes is not "corrected".
    assert "Did you mean" not in client.get("/toolbox/", {"q": "health", "kind": "survey"}).content.decode()
    # Drafts' titles are not offered.
    assert "Did you mean" not in client.get("/toolbox/", {"q": "quokkka"}).content.decode()
    assert "Did you mean" not in client.get("/toolbox/", {"q": "zzzzqqq"}).content.decode()
