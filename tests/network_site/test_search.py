"""The site search, /search/?q=: every type of content, grouped, counted, highlighted, never a draft, never an error.
Read from the stored search vectors (core/search.py), which stay true when what they are made of changes."""

import datetime
import importlib
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F, Func, TextField, Value
from django.urls import reverse
from django.utils import timezone, translation
from taggit.models import Tag

from core.models import Status
from core.search import SEARCH_CONFIGS, all_titles, clean_query, query_words, sources, stored_matches
from core.suggestions import WordDistance
from members.models import Organisation
from network_site import search as site_search
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_project,
    make_research_entry,
    make_resource,
    pdf_upload,
)
from toolbox.models import Resource

pytestmark = pytest.mark.django_db

GROUP_KEYS = ["members", "projects", "toolbox", "kits", "news", "events", "research"]
LATER = timezone.now() + datetime.timedelta(days=3)


def search(client, query, language="en", **params):
    """The search page of the site in `language` (English has no prefix, the others /fr/ and /es/)."""
    response = client.get("/search/" if language == "en" else f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def written_in(language, make, /, **fields):
    """`make(**fields)` as an editor writing in `language` does it: the texts are in that language's columns only
    (title_fr for French, title_en and title_es empty)."""
    with translation.override(language):
        return make(**fields)


def groups(response):
    return {group.key: group for group in response.context["search"].groups}


def titles(response, key):
    return [str(result.object) for result in groups(response)[key].results]


def make_one_of_each(word):
    """One published item of every type, with `word` somewhere other than its title."""
    return {
        "members": make_organisation(name="Syndicat national", acronym="SN",
                                     description=f"<p>Teachers of the {word} islands.</p>"),
        "projects": make_project(title="Clean water", summary=f"Wells for schools of {word}."),
        "toolbox": make_resource(title="Action days", summary=f"Health days held in {word}."),
        "kits": make_kit(title="Congress kit", description=f"Handed out in {word}."),
        "news": make_article(title="Assembly held", body=f"<p>Delegates met in {word}.</p>"),
        "events": make_event(title="Open forum", summary=f"A forum in {word}."),
        "research": make_research_entry(title="Burnout study", summary=f"Teachers of {word} interviewed."),
    }


def test_one_query_finds_every_type_of_content(client):
    made = make_one_of_each("Zanzibar")
    response = search(client, "zanzibar")
    found = groups(response)
    assert list(found) == GROUP_KEYS
    for key, item in made.items():
        assert found[key].count == 1, key
        assert [result.object.pk for result in found[key].results] == [item.pk], key
    content = response.content.decode()
    assert "7 results for “zanzibar”" in content
    for label in ["Members (1)", "Projects (1)", "Toolbox (1)", "Mobilisation kits (1)", "News (1)", "Events (1)",
                  "Research-action (1)"]:
        assert label in content


def test_members_are_found_by_name_acronym_and_description(client):
    make_organisation(name="Centrale des syndicats du Québec", acronym="CSQ")
    make_organisation(name="Mutuelle générale", description="<p>Insures teachers in Quebec and elsewhere.</p>")
    make_organisation(name="Unrelated union")
    assert titles(search(client, "csq"), "members") == ["Centrale des syndicats du Québec (CSQ)"]
    assert titles(search(client, "centrale"), "members") == ["Centrale des syndicats du Québec (CSQ)"]
    assert titles(search(client, "insures"), "members") == ["Mutuelle générale"]


def test_each_group_counts_all_its_matches_and_shows_the_top_five(client):
    for number in range(7):
        make_resource(title=f"Stress guide {number}")
    make_project(title="Stress at school")
    make_project(title="Stress and pensions")
    response = search(client, "stress")
    found = groups(response)
    assert (found["toolbox"].count, len(found["toolbox"].results)) == (7, 5)
    assert (found["projects"].count, len(found["projects"].results)) == (2, 2)
    assert found["members"].count == 0
    content = response.content.decode()
    assert "Toolbox (7)" in content
    assert "Projects (2)" in content
    assert "The 5 most relevant of 7." in content
    assert "9 results for “stress”" in content


def test_results_are_ranked_by_relevance_within_a_group(client):
    make_resource(title="Teachers' pensions", summary="Mentions burnout once.")
    make_resource(title="Burnout at school", summary="All about burnout.")
    assert titles(search(client, "burnout"), "toolbox")[0] == "Burnout at school"
    make_article(title="Budget news", summary="Burnout mentioned in passing.")
    make_article(title="Burnout: what unions do", summary="A survey.")
    assert titles(search(client, "burnout"), "news")[0] == "Burnout: what unions do"


def test_a_common_word_in_a_big_type_ranks_its_newest_matches_and_counts_them_all(client, monkeypatch):
    """A word found in thousands of resources or articles: the results are the most relevant of the newest matches
    (ranking them all read every match's vector: 1.5 s on the bench), the count is still every match, and the page
    says which were ranked."""
    monkeypatch.setattr(site_search, "RANKED_NEWEST", 3)
    make_resource(title="Burnout, burnout and burnout", summary="Burnout.", date=datetime.date(2001, 1, 1))
    for year in (2020, 2021, 2022):
        make_resource(title=f"Budget {year}", summary="Mentions burnout once.", date=datetime.date(year, 1, 1))
    make_resource(title="Burnout at school", summary="All about burnout.", date=datetime.date(2023, 1, 1))
    response = search(client, "burnout")
    toolbox = groups(response)["toolbox"]
    assert (toolbox.count, toolbox.ranked) == (5, 3)
    # The best of the three newest first; the oldest, however relevant, is not among them.
    assert titles(response, "toolbox") == ["Burnout at school", "Budget 2022", "Budget 2021"]
    assert "The 3 most relevant of the 3 newest (5 in all)." in response.content.decode()
    assert "Toolbox (5)" in response.content.decode()
    # Types of a few hundred rows rank every match.
    for number in range(4):
        make_project(title=f"Burnout plan {number}")
    projects = groups(search(client, "burnout"))["projects"]
    assert (projects.count, projects.ranked) == (4, 4)


def test_a_big_type_counts_up_to_a_thousand_matches_and_says_more_than_beyond(client, monkeypatch):
    """Counting 9,000 matching resources read all 20,000 stored vectors: a big type stops counting past
    COUNTED_AT_MOST, and the page says "more than" rather than a wrong number, in every language."""
    monkeypatch.setattr(site_search, "COUNTED_AT_MOST", 3)
    monkeypatch.setattr(site_search, "RANKED_NEWEST", 2)
    for number in range(4):
        make_resource(title=f"Burnout sheet {number}")
    make_project(title="Burnout plan")
    response = search(client, "burnout")
    toolbox = groups(response)["toolbox"]
    assert (toolbox.count, toolbox.more, len(toolbox.results)) == (3, True, 2)
    content = response.content.decode()
    assert "Toolbox (more than 3)" in content
    assert "The 2 most relevant of the 2 newest (more than 3 in all)." in content
    assert "More than 4 results for “burnout”" in content  # 3 resources or more, and the project
    assert "Projects (1)" in content
    assert "Boîte à outils (plus de 3)" in search(client, "burnout", "fr").content.decode()
    assert "(más de 3)" in search(client, "burnout", "es").content.decode()
    # Up to the limit, the count is exact.
    monkeypatch.setattr(site_search, "COUNTED_AT_MOST", 4)
    toolbox = groups(search(client, "burnout"))["toolbox"]
    assert (toolbox.count, toolbox.more) == (4, False)


def test_each_group_links_to_its_own_list_filtered_when_the_list_can_be(client):
    make_one_of_each("Zanzibar")
    response = search(client, "zanzibar &")
    links = {key: group.url for key, group in groups(response).items()}
    assert links == {
        "members": "/members/?q=zanzibar+%26",
        "projects": "/projects/?q=zanzibar+%26",
        "toolbox": "/toolbox/?q=zanzibar+%26",
        "kits": "/toolbox/kits/",
        "news": "/news/",
        "events": "/news/events/",
        "research": "/research/",
    }
    content = response.content.decode()
    assert 'href="/toolbox/?q=zanzibar+%26"' in content
    assert "Refine this search in Toolbox" in content
    assert "Browse News" in content
    # The toolbox's own search finds what the group found.
    assert client.get(links["toolbox"]).context["paginator"].count == groups(response)["toolbox"].count


def test_matched_words_are_highlighted_in_titles_and_extracts(client):
    make_resource(title="Burnout prevention", summary="A checklist against burnout in schools, by the unions.")
    make_article(title="Assembly", summary="The assembly voted.", body="<p>Delegates discussed <em>burnout</em>.</p>")
    content = search(client, "burnout").content.decode()
    assert "<mark>Burnout</mark> prevention" in content
    assert re.search(r"against <mark>burnout</mark> in schools", content)
    assert re.search(r"discussed <mark>burnout</mark>", content)  # the article's HTML is not shown as text
    assert "&lt;em&gt;" not in content


def test_html_in_content_is_escaped_never_run(client):
    make_resource(title="Tricky <b>title</b>", summary="<script>alert('x')</script> Burnout & stress <img src=x>")
    make_project(title="Other project", summary="Burnout <script>alert(2)</script>")
    content = search(client, "burnout").content.decode()
    assert "<script>alert" not in content
    assert "<img src=x>" not in content
    assert "<b>title</b>" not in content
    assert "Tricky &lt;b&gt;title&lt;/b&gt;" in content
    assert "<mark>Burnout</mark> &amp; stress" in content


def test_drafts_and_scheduled_items_never_appear(client):
    word = "Quokka"
    make_organisation(name=f"{word} draft union", status=Status.DRAFT)
    make_project(title=f"{word} draft project", status=Status.DRAFT)
    make_resource(title=f"{word} draft resource", status=Status.DRAFT)
    make_kit(title=f"{word} draft kit", status=Status.DRAFT)
    make_article(title=f"{word} draft article", status=Status.DRAFT)
    make_article(title=f"{word} scheduled article", published_at=LATER)
    make_event(title=f"{word} draft event", status=Status.DRAFT)
    make_event(title=f"{word} scheduled event", published_at=LATER)
    make_research_entry(title=f"{word} draft research", status=Status.DRAFT)
    make_research_entry(title=f"{word} scheduled research", published_at=LATER)
    response = search(client, word)
    assert response.context["search"].total == 0
    assert all(group.count == 0 for group in groups(response).values())
    content = response.content.decode()
    assert "draft" not in content.lower().replace("quokka", "")
    assert "scheduled" not in content
    # Nor do their titles' words feed "did you mean".
    assert search(client, "quokkka").context["search"].suggestion == ""
    make_resource(title=f"{word} published resource")
    assert search(client, "quokkka").context["search"].suggestion == "quokka"


def test_past_and_upcoming_events_are_both_found(client):
    make_event(title="Forum of 2015 on burnout", start_at=timezone.now() - datetime.timedelta(days=400))
    make_event(title="Next forum on burnout")
    assert sorted(titles(search(client, "burnout"), "events")) == ["Forum of 2015 on burnout", "Next forum on burnout"]


def test_the_text_inside_a_resources_pdf_is_searched(client):
    make_resource(title="Field notes", summary="Notes from the field.",
                  files=[("fr", pdf_upload(text="Prévention de l'épuisement professionnel"))])
    make_resource(title="Other notes", summary="Nothing related.")
    response = search(client, "épuisement")
    assert titles(response, "toolbox") == ["Field notes"]
    extract = str(groups(response)["toolbox"].results[0].extract_html)
    assert "<mark>épuisement</mark>" in extract


def test_an_empty_query_shows_a_friendly_prompt_and_runs_no_query(client, django_assert_num_queries):
    make_resource(title="Anything")
    with django_assert_num_queries(0):
        response = search(client, "")
    content = response.content.decode()
    assert "Type one or more words" in content
    assert response.context["search"].groups == []
    assert 'class="results"' not in content


NASTY_QUERIES = [
    " ",
    "x" * 4000,
    "santé " * 800,
    "\"' ( ) & | ! : * \\ <script>alert(1)</script>",
    "'",
    "\\",
    "a:* & !b | (c <-> d)",
    "))((",
    "!!!",
    "-",
    "OR AND NOT",
    "%_%",
    "health\x00",
    "\x01\x02\x1b[31m",
    "\ue000burnout\ue001",
    "صحة المعلمين",
    "教师健康",
    "😀🎉👩‍🏫",
    "Zażółć gęślą jaźń",
    "हिन्दी शिक्षक",
    "ﬁnance",
    "123 4567",
    "the des los",
]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_any_query_gets_a_page_never_an_error(client, query, language):
    make_resource(title="Health of teachers", summary="صحة المعلمين 教师健康 Zażółć")
    written_in("fr", make_resource, title="La santé des enseignants", summary="Un guide.", language="fr")
    make_project(title="Health at school")
    response = search(client, query, language)
    content = response.content.decode()
    assert "<script>alert(1)" not in content
    shown = response.context["search"].query
    assert len(shown) <= 200
    assert "\x00" not in shown


def test_the_query_is_echoed_escaped_and_cut_to_a_sane_length(client):
    content = search(client, "<script>alert(1)</script>").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<script>alert(1)" not in content
    response = search(client, "y" * 4000)
    assert response.context["search"].query == "y" * 200
    assert 'value="' + "y" * 200 + '"' in response.content.decode()


def test_queries_in_other_scripts_find_content_in_those_scripts(client):
    make_resource(title="صحة المعلمين", summary="دليل")
    make_resource(title="教师健康", summary="指南")
    assert titles(search(client, "صحة"), "toolbox") == ["صحة المعلمين"]
    assert titles(search(client, "教师健康"), "toolbox") == ["教师健康"]


def test_words_in_french_and_accents(client):
    """"enseignant" finds "enseignants" everywhere; accents are ignored."""
    make_resource(title="Santé des enseignants", summary="Un guide pour les syndicats.")
    make_resource(title="Pensions", summary="Rien à voir.")
    make_project(title="Santé à l'école", summary="Des journées de prévention.")
    assert titles(search(client, "enseignant"), "toolbox") == ["Santé des enseignants"]
    # "des" is a common word: not required, so the English page's visitor finds French titles too.
    assert titles(search(client, "santé des enseignants"), "toolbox") == ["Santé des enseignants"]
    assert titles(search(client, "SANTÉ"), "projects") == ["Santé à l'école"]
    unaccented = search(client, "sante")
    assert titles(unaccented, "toolbox") == ["Santé des enseignants"]
    assert titles(unaccented, "projects") == ["Santé à l'école"]
    assert "<mark>Santé</mark> des enseignants" in unaccented.content.decode()
    # The toolbox's own search ignores accents too.
    toolbox = client.get("/toolbox/", {"q": "sante enseignant"})
    assert [resource.title for resource in toolbox.context["object_list"]] == ["Santé des enseignants"]


def test_a_misspelt_word_gets_a_did_you_mean_suggestion(client):
    make_resource(title="Mental health of teachers")
    make_article(title="Health week in Dakar")
    response = search(client, "helth of teachers")
    assert response.context["search"].suggestion == "health of teachers"
    content = response.content.decode()
    assert 'Did you mean <a href="/search/?q=health+of+teachers">health of teachers</a>?' in content
    # A correctly spelt word, or the start of one, gets no suggestion.
    assert search(client, "health").context["search"].suggestion == ""
    assert search(client, "teach").context["search"].suggestion == ""
    # Nor does a word found, even if only in texts, when a title has a word close to it.
    make_project(title="Research week", summary="Les membres du réseau.")
    assert titles(search(client, "réseau"), "projects") == ["Research week"]
    assert search(client, "réseau").context["search"].suggestion == ""
    # Trigram similarity ignores accents and keeps the title's spelling.
    make_resource(title="Santé et sécurité")
    assert search(client, "secruite").context["search"].suggestion == "sécurité"
    assert search(client, "securite").context["search"].suggestion == ""  # found as it is


def test_a_text_written_in_one_language_is_found_from_the_site_in_every_language(client):
    written_in("fr", make_resource, title="La santé des enseignants", summary="Un guide pour les syndicats.",
               language="fr")
    written_in("es", make_project, title="Escuela saludable", summary="Un proyecto con los sindicatos.")
    make_article(title="Teachers' pensions", summary="A reform explained.")
    assert Resource.objects.filter(title_en__isnull=True, title_es__isnull=True).count() == 1  # French only
    for language in ["en", "fr", "es"]:
        assert titles(search(client, "enseignants", language), "toolbox") == ["La santé des enseignants"]
        assert titles(search(client, "saludable", language), "projects") == ["Escuela saludable"]
        assert titles(search(client, "pensions", language), "news") == ["Teachers' pensions"]
        # The toolbox's own search, which the group links to, finds it too.
        toolbox = client.get(groups(search(client, "enseignants", language))["toolbox"].url)
        assert [resource.title for resource in toolbox.context["object_list"]] == ["La santé des enseignants"]
    # "des" is a common word: not required. The example, on the French site.
    response = search(client, "santé des enseignants", "fr")
    assert titles(response, "toolbox") == ["La santé des enseignants"]
    assert '<a href="/fr/toolbox/?q=sant%C3%A9+des+enseignants">' in response.content.decode()
    # Shown on the English site in French, and said to be: screen readers read it as French.
    content = search(client, "enseignants").content.decode()
    assert re.search(r'<h3 lang="fr"><a href="/toolbox/[^"]+">La santé des <mark>enseignants</mark></a></h3>', content)
    assert re.search(r'lang="fr">Un guide pour les syndicats\.</p>', content)


def test_results_show_each_text_in_the_language_of_the_page(client):
    make_resource(title="Health of teachers", title_fr="La santé des enseignants", summary="A guide for unions.",
                  summary_fr="Un guide pour les syndicats.", language="en")
    make_project(title="Clean water", title_es="Agua limpia", summary="Wells for schools.",
                 summary_es="Pozos para las escuelas.")
    english = search(client, "enseignants").content.decode()  # found by its French title
    assert "<mark>Health</mark>" not in english
    assert re.search(r"<h3><a [^>]+>Health of teachers</a></h3>", english)
    assert "A guide for unions." in english
    assert "La santé des enseignants" not in english
    french = search(client, "health", "fr").content.decode()  # found by its English title
    assert re.search(r"<h3><a [^>]+>La santé des enseignants</a></h3>", french)
    assert "Un guide pour les syndicats." in french
    assert "Health of teachers" not in french
    spanish = search(client, "pozos", "es").content.decode()
    assert re.search(r"<h3><a [^>]+>Agua limpia</a></h3>", spanish)
    assert "<mark>Pozos</mark> para las escuelas" in spanish
    # A language with no text of its own shows the first that has one (English), marked as such.
    french = search(client, "wells", "fr").content.decode()
    assert re.search(r'<h3 lang="en"><a [^>]+>Clean water</a></h3>', french)
    assert "<mark>Wells</mark> for schools" in french


def test_french_stemming_on_the_french_site(client):
    written_in("fr", make_resource, title="La santé des enseignants", summary="Un guide pour les syndicats.",
               language="fr")
    written_in("fr", make_resource, title="Guide de l'enseignant", summary="Une formation syndicale.", language="fr")
    written_in("fr", make_resource, title="Retraites", summary="Rien à voir.", language="fr")
    written_in("fr", make_project, title="Formations pour les délégués", summary="Des stages.")
    # The singular finds the plural, the plural the singular: both are the stem "enseign".
    assert sorted(titles(search(client, "enseignant", "fr"), "toolbox")) == [
        "Guide de l'enseignant", "La santé des enseignants"
    ]
    assert sorted(titles(search(client, "enseignants", "fr"), "toolbox")) == [
        "Guide de l'enseignant", "La santé des enseignants"
    ]
    response = search(client, "formation", "fr")
    assert titles(response, "toolbox") == ["Guide de l'enseignant"]
    assert titles(response, "projects") == ["Formations pour les délégués"]
    content = response.content.decode()
    assert "<mark>Formations</mark> pour les délégués" in content  # the whole word found is marked
    assert "<mark>formation</mark> syndicale" in content
    # Accents are ignored, and the start of a word is enough.
    response = search(client, "sante", "fr")
    assert titles(response, "toolbox") == ["La santé des enseignants"]
    assert "La <mark>santé</mark> des enseignants" in response.content.decode()
    assert sorted(titles(search(client, "syndic", "fr"), "toolbox")) == [
        "Guide de l'enseignant", "La santé des enseignants"
    ]
    # The toolbox's own search on the French site stems the same way.
    toolbox = client.get("/fr/toolbox/", {"q": "enseignants formations"})
    assert [resource.title for resource in toolbox.context["object_list"]] == ["Guide de l'enseignant"]
    # A word known through its stem is not a misspelling.
    assert search(client, "enseignants retraittes", "fr").context["search"].suggestion == "enseignants retraites"


def test_spanish_stemming_on_the_spanish_site(client):
    written_in("es", make_resource, title="Salud del docente", summary="Una guía para la escuela rural.",
               language="es")
    written_in("es", make_project, title="Escuela saludable", summary="Con los sindicatos docentes.")
    written_in("es", make_resource, title="Pensiones", summary="Nada que ver.", language="es")
    response = search(client, "docentes", "es")
    assert titles(response, "toolbox") == ["Salud del docente"]
    assert titles(response, "projects") == ["Escuela saludable"]
    assert "Salud del <mark>docente</mark>" in response.content.decode()
    # Did you mean: "docentes" is known through its stem and stays; the misspelt word is corrected.
    assert search(client, "docentes saludabel", "es").context["search"].suggestion == "docentes saludable"
    response = search(client, "escuelas", "es")
    assert titles(response, "toolbox") == ["Salud del docente"]
    assert titles(response, "projects") == ["Escuela saludable"]
    assert "<mark>Escuela</mark> saludable" in response.content.decode()
    assert titles(search(client, "guias", "es"), "toolbox") == ["Salud del docente"]  # accents ignored
    toolbox = client.get("/es/toolbox/", {"q": "docentes escuelas"})
    assert [resource.title for resource in toolbox.context["object_list"]] == ["Salud del docente"]


def test_did_you_mean_knows_the_titles_of_every_language(client):
    written_in("fr", make_resource, title="La santé des enseignants", summary="Un guide.", language="fr")
    make_article(title="Health week in Dakar")
    for language in ["fr", "en", "es"]:
        response = search(client, "sante des enseignnats", language)
        assert response.context["search"].suggestion == "sante des enseignants"
        content = response.content.decode()
        prefix = "" if language == "en" else f"/{language}"
        assert f'<a href="{prefix}/search/?q=sante+des+enseignants">sante des enseignants</a>' in content
        assert titles(search(client, response.context["search"].suggestion, language), "toolbox") == [
            "La santé des enseignants"
        ]
    assert search(client, "enseignants", "fr").context["search"].suggestion == ""


def test_drafts_and_scheduled_items_never_appear_in_any_language(client):
    word = "Quokka"
    written_in("fr", make_resource, title=f"{word} brouillon", summary="Des enseignants.", language="fr",
               status=Status.DRAFT)
    written_in("fr", make_project, title=f"{word} projet brouillon", status=Status.DRAFT)
    written_in("fr", make_article, title=f"{word} article programmé", published_at=LATER)
    written_in("es", make_event, title=f"{word} evento programado", published_at=LATER)
    written_in("es", make_research_entry, title=f"{word} investigación en borrador", status=Status.DRAFT)
    written_in("es", make_kit, title=f"{word} kit borrador", status=Status.DRAFT)
    for language in ["en", "fr", "es"]:
        for query in [word, "quokkas", "enseignant", "brouillon", "programado"]:
            response = search(client, query, language)
            assert response.context["search"].total == 0, (language, query)
            content = response.content.decode().lower()
            for hidden in ["brouillon", "programmé", "programado", "borrador"]:
                assert hidden not in content.replace(query.lower(), ""), (language, query, hidden)
        assert search(client, "quokkka", language).context["search"].suggestion == ""
        assert client.get(f"/{language}/toolbox/" if language != "en" else "/toolbox/",
                          {"q": word}).context["paginator"].count == 0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_number_of_queries_does_not_grow_with_the_data(client, django_assert_num_queries, language):
    make_one_of_each("Zanzibar")
    with django_assert_num_queries(7):  # one per type of content; something was found: no suggestion to look for
        few = search(client, "zanzibar", language)
    with django_assert_num_queries(8):  # and one for the suggestion when nothing was
        search(client, "zanzibarr", language)
    for _number in range(8):
        make_one_of_each("Zanzibar")
    with django_assert_num_queries(7):
        many = search(client, "zanzibar", language)
    with django_assert_num_queries(8):
        suggested = search(client, "zanzibarr", language)
    assert groups(few)["toolbox"].count == 1
    assert groups(many)["toolbox"].count == 9
    assert suggested.context["search"].total == 0


def test_the_page_is_accessible_without_javascript(client):
    make_one_of_each("Zanzibar")
    content = search(client, "zanzibar").content.decode()
    assert content.count("<h1") == 1
    assert content.count('<section class="search-group"') == 7
    assert len(re.findall(r"<h2 id=\"search-[a-z]+-title\">", content)) == 7
    assert content.count('<li class="result search-result">') == 7
    assert '<label for="search-q">' in content
    assert 'id="search-q" name="q"' in content
    assert 'action="/search/" method="get"' in content
    assert "<script src" not in content


def test_every_page_has_a_labelled_search_box_in_its_header(client):
    content = client.get("/").content.decode()
    header = content.split('<header class="site-header">')[1].split("</header>")[0]
    assert '<form class="site-search" role="search" action="/search/" method="get"' in header
    assert '<label class="visually-hidden" for="site-search-q">' in header
    assert 'id="site-search-q" name="q"' in header


def test_query_words_leave_out_symbols_and_common_words():
    assert query_words("Santé des enseignants") == ["santé", "enseignants"]
    assert query_words("the des") == ["the", "des"]  # nothing else to look for
    assert query_words("\"' ( ) & | ! : * \\ <script>") == ["script"]
    assert query_words("😀 !!") == []
    assert len(query_words(" ".join(f"word{number}" for number in range(50)))) == 10
    assert clean_query("  a\x00b\n\tc  ") == "a b c"


def test_stored_vectors_are_what_the_migration_and_rebuild_write():
    """A row saved, the migration that filled the existing rows (network_site/migrations/0009, with 0006's
    expressions) and `manage.py rebuild_search` all write the same vectors: a search finds the same rows however
    they were written."""
    migration = importlib.import_module("network_site.migrations.0006_search_per_language")
    documents = {table: (a, b, c) for table, a, b, c in migration.DOCUMENTS}
    made = make_one_of_each("Zanzibar")
    vectors = [f"search_vector_{language}" for language in SEARCH_CONFIGS]
    for source in sources():
        model, pk = source.model, made[source.key].pk
        table = model._meta.db_table
        saved = model._base_manager.values_list(*vectors).get(pk=pk)
        assert all(saved), source.key
        if table in documents:
            expressions = ", ".join(migration.document_expression(language, *documents[table])
                                    for language in SEARCH_CONFIGS)
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT {expressions} FROM {table} WHERE id = %s", [pk])  # noqa: S608
                assert cursor.fetchone() == saved, source.key
        model._base_manager.update(**dict.fromkeys(vectors))
        source.refresh([pk])
        assert model._base_manager.values_list(*vectors).get(pk=pk) == saved, source.key


def test_searches_read_the_gin_index_of_the_stored_vector():
    """Each search reads the GIN index of the stored vector of the page's language and computes no vector per row;
    "did you mean" reads the titles' trigram indexes. (On the bench's data the planner picks these indexes by
    itself; a test's tables are tiny, so sequential scans are turned off to make it show what it can use.)"""
    migration = importlib.import_module("network_site.migrations.0006_search_per_language")
    make_one_of_each("Health")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    for source in sources():
        for language in SEARCH_CONFIGS:
            plan = stored_matches(source.model._base_manager.order_by(), ["zanzibar"], language).explain()
            index = (f"toolbox_resource_search_vector_{language}_gin" if source.key == "toolbox"
                     else f"{source.model._meta.model_name}_search_{language}")  # core.models.search_indexes()
            assert index in plan, plan
            assert "portal_search_document" not in plan and "to_tsvector" not in plan, plan
    for language in SEARCH_CONFIGS:
        with translation.override(language):
            plan = Resource.objects.search("zanzibar").order_by().explain()
        assert f"toolbox_resource_search_vector_{language}_gin" in plan, plan
    # "Did you mean" reads the titles closest to a word first, from their trigram indexes.
    models = {source.model._meta.db_table: source.model for source in sources()}
    for name, table, _expression in migration.TITLE_INDEXES:
        closest = Func(all_titles(models[table]), function="portal_unaccent", output_field=TextField())
        plan = models[table]._base_manager.order_by(WordDistance(closest, Value("helth")))[:5].explain()
        assert name in plan, plan
    for column in ("name", "acronym"):  # members' names are not translated: 0003's indexes
        closest = Func(F(column), function="portal_unaccent", output_field=TextField())
        plan = Organisation._base_manager.order_by(WordDistance(closest, Value("helth")))[:5].explain()
        assert f"members_organisation_{column}_trgm" in plan, plan


# --- Derived data stays true ---------------------------------------------------------------------------------------

def saved_in_admin(staff_client, obj, **changes):
    """`obj`'s change form in the admin, posted as shown with `changes`; the admin's answer."""
    from tests.core.test_admin_forms import read_form

    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    values = read_form(staff_client.get(url)).values
    values.update({name: [value] for name, value in changes.items()})
    response = staff_client.post(url, values)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def test_renaming_a_member_in_the_admin_finds_its_resources_by_the_new_name(client, staff_client):
    member = make_organisation(name="Union of Ruritania", acronym="UR")
    make_resource(title="Pensions guide", organisations=[member])
    assert titles(search(client, "ruritania"), "toolbox") == ["Pensions guide"]
    saved_in_admin(staff_client, member, name_en="Syndicate of Freedonia", acronym_en="SF")
    assert titles(search(client, "freedonia"), "toolbox") == ["Pensions guide"]
    assert titles(search(client, "freedonia"), "members") == ["Syndicate of Freedonia (SF)"]
    assert search(client, "ruritania").context["search"].total == 0
    assert client.get("/toolbox/", {"q": "freedonia"}).context["paginator"].count == 1


def test_unpublishing_a_member_or_project_stops_its_name_finding_resources(client, staff_client):
    member = make_organisation(name="Union of Ruritania")
    project = make_project(title="Clean water in Freedonia")
    make_resource(title="Pensions guide", organisations=[member], project=project)
    assert titles(search(client, "ruritania"), "toolbox") == ["Pensions guide"]
    assert titles(search(client, "freedonia"), "toolbox") == ["Pensions guide"]
    for obj in (member, project):
        changelist = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_changelist")
        staff_client.post(changelist, {"action": "unpublish", "_selected_action": [obj.pk]})
    assert search(client, "ruritania").context["search"].total == 0
    assert search(client, "freedonia").context["search"].total == 0
    changelist = reverse("admin:projects_project_changelist")
    staff_client.post(changelist, {"action": "publish", "_selected_action": [project.pk]})
    assert titles(search(client, "freedonia"), "toolbox") == ["Pensions guide"]


def test_renaming_a_tag_finds_its_resources_by_the_new_name(client, staff_client):
    resource = make_resource(title="Pensions guide", tags=["ruritania"])
    assert titles(search(client, "ruritania"), "toolbox") == ["Pensions guide"]
    saved_in_admin(staff_client, resource.tags.get(), name="freedonia", slug="freedonia")
    assert titles(search(client, "freedonia"), "toolbox") == ["Pensions guide"]
    assert search(client, "ruritania").context["search"].total == 0


def test_deleting_a_member_or_a_tag_in_the_admin_stops_its_name_finding_resources(client, staff_client):
    member = make_organisation(name="Union of Ruritania")
    make_resource(title="Pensions guide", organisations=[member], tags=["freedonia"])
    assert titles(search(client, "ruritania"), "toolbox") == ["Pensions guide"]
    assert titles(search(client, "freedonia"), "toolbox") == ["Pensions guide"]
    tag = Tag.objects.get(name="freedonia")
    for obj in (member, tag):
        url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_delete", args=[obj.pk])
        assert staff_client.post(url, {"post": "yes"}).status_code == 302
    assert search(client, "ruritania").context["search"].total == 0
    assert search(client, "freedonia").context["search"].total == 0
    assert titles(search(client, "pensions"), "toolbox") == ["Pensions guide"]


def test_rebuild_search_puts_back_vectors_lost_to_a_bulk_change(client):
    made = make_one_of_each("Zanzibar")
    vectors = [f"search_vector_{language}" for language in SEARCH_CONFIGS]
    with connection.cursor() as cursor:  # a bulk change that skipped save() and the services
        for item in made.values():
            cursor.execute(f"UPDATE {item._meta.db_table} SET {', '.join(f'{v} = NULL' for v in vectors)}")  # noqa: S608
        cursor.execute("UPDATE toolbox_resource SET search_text = ''")
    assert search(client, "zanzibar").context["search"].total == 0
    output = io.StringIO()
    call_command("rebuild_search", "--batch-size", "1", stdout=output)
    assert search(client, "zanzibar").context["search"].total == 7
    assert "Toolbox resources" in output.getvalue() and "1/1" in output.getvalue()
    before = {key: item._meta.model._base_manager.values_list(*vectors).get(pk=item.pk) for key, item in made.items()}
    call_command("rebuild_search", stdout=io.StringIO())  # twice: the same
    after = {key: item._meta.model._base_manager.values_list(*vectors).get(pk=item.pk) for key, item in made.items()}
    assert after == before


def test_a_members_or_projects_list_search_finds_what_the_site_search_finds(client):
    make_organisation(name="Syndicat des enseignants", description="<p>Santé au travail.</p>")
    make_project(title="Santé à l'école", summary="Des journées de prévention.")
    for path, key in [("/members/", "members"), ("/projects/", "projects")]:
        for query in ["sante", "enseignants", "prevention"]:
            group = groups(search(client, query))[key]
            assert client.get(path, {"q": query}).context["paginator"].count == group.count, (path, query)


# --- Hyphenated and joined words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_hyphenated_joined_and_separate_words_find_each_other(client, language):
    make_resource(title="Teachers' well-being at school")
    make_article(title="Wellbeing week", body="<p>Talks on burnout.</p>")
    make_project(title="Self-esteem of pupils")
    make_resource(title="Bien-être des enseignants")
    for query in ["wellbeing", "well-being", "well being", "Well-Being"]:
        response = search(client, query, language)
        assert titles(response, "toolbox") == ["Teachers' well-being at school"], (query, language)
        assert titles(response, "news") == ["Wellbeing week"], (query, language)
        assert response.context["search"].suggestion == ""
    for query in ["selfesteem", "self-esteem", "self esteem"]:
        assert titles(search(client, query, language), "projects") == ["Self-esteem of pupils"], (query, language)
    assert titles(search(client, "bienetre", language), "toolbox") == ["Bien-être des enseignants"]
    # Joining is an alternative, never a requirement: the words apart still find what they found.
    assert titles(search(client, "teachers school", language), "toolbox") == ["Teachers' well-being at school"]


def test_every_list_search_finds_hyphenated_words_written_joined(client):
    make_organisation(name="Well-Being Union", acronym="WBU")
    make_project(title="E-learning for teachers")
    make_resource(title="Co-operative health insurance")
    assert [str(member) for member in client.get("/members/", {"q": "wellbeing"}).context["object_list"]] == [
        "Well-Being Union (WBU)"]
    assert [str(project) for project in client.get("/projects/", {"q": "elearning"}).context["object_list"]] == [
        "E-learning for teachers"]
    assert [str(resource) for resource in client.get("/toolbox/", {"q": "cooperative"}).context["object_list"]] == [
        "Co-operative health insurance"]


def test_a_misspelt_joined_word_is_corrected_to_the_hyphenated_title_word(client):
    make_resource(title="Teachers' well-being at school")
    response = search(client, "welbeing")
    assert response.context["search"].suggestion == "well-being"
    assert titles(search(client, response.context["search"].suggestion), "toolbox") == [
        "Teachers' well-being at school"]
