"""The site search, /search/?q=: every type of content, grouped, counted, highlighted, never a draft, never an error.

The suite runs on SQLite and on PostgreSQL (CI does both): what only PostgreSQL does (accents ignored, trigram
suggestions) is asserted under `if connection.vendor == "postgresql"`, next to what SQLite does instead.
"""

import datetime
import importlib
import re

import pytest
from django.db import connection
from django.db.models import F, Func, TextField, Value
from django.utils import timezone, translation

from core.models import Status
from core.search import SEARCH_CONFIGS, clean_query, query_words, text_query
from members.models import Organisation
from network_site.search import SOURCES, WordDistance, all_titles, highlight
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
from toolbox import services
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


only_on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and trigram similarity are PostgreSQL's"
)


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
    """"enseignant" finds "enseignants" everywhere; accents are ignored on PostgreSQL only."""
    make_resource(title="Santé des enseignants", summary="Un guide pour les syndicats.")
    make_resource(title="Pensions", summary="Rien à voir.")
    make_project(title="Santé à l'école", summary="Des journées de prévention.")
    assert titles(search(client, "enseignant"), "toolbox") == ["Santé des enseignants"]
    # "des" is a common word: not required, so the English page's visitor finds French titles too.
    assert titles(search(client, "santé des enseignants"), "toolbox") == ["Santé des enseignants"]
    assert titles(search(client, "SANTÉ"), "projects") == ["Santé à l'école"]
    unaccented = search(client, "sante")
    if connection.vendor == "postgresql":
        assert titles(unaccented, "toolbox") == ["Santé des enseignants"]
        assert titles(unaccented, "projects") == ["Santé à l'école"]
        assert "<mark>Santé</mark> des enseignants" in unaccented.content.decode()
        # The toolbox's own search ignores accents too.
        toolbox = client.get("/toolbox/", {"q": "sante enseignant"})
        assert [resource.title for resource in toolbox.context["object_list"]] == ["Santé des enseignants"]
    else:
        # SQLite compares accented letters as they are.
        assert unaccented.context["search"].total == 0


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
    if connection.vendor == "postgresql":
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


@only_on_postgresql
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


@only_on_postgresql
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
        assert titles(search(client, response.context["search"].suggestion, language), "toolbox") == (
            ["La santé des enseignants"] if connection.vendor == "postgresql" else []  # "sante": accents, SQLite
        )
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


def test_highlight_escapes_first_and_marks_words_regardless_of_accents():
    marked = "&lt;b&gt;<mark>Santé</mark>&lt;/b&gt; &amp; <mark>sante</mark>"
    assert highlight("<b>Santé</b> & sante", ["sante"]) == marked
    assert highlight("Teachers and teaching", ["teach"]) == "<mark>Teach</mark>ers and <mark>teach</mark>ing"
    assert highlight("union, un", ["un"]) == "union, <mark>un</mark>"
    extract = highlight("word " * 100 + "burnout " + "word " * 100, ["burnout"], length=80)
    assert extract.startswith("… ") and extract.endswith(" …")
    assert "<mark>burnout</mark>" in extract
    assert len(extract) < 140


def test_the_search_expressions_are_those_the_migration_indexes():
    """PostgreSQL uses an index only for the very expression it indexes: search.py and the migrations must agree."""
    migration = importlib.import_module("network_site.migrations.0006_search_per_language")
    indexed = {name: expression for name, _table, expression in migration.DOCUMENT_INDEXES}
    sources = [source for source in SOURCES if source.key != "toolbox"]  # resources have stored vectors
    for source in sources:
        queryset = source.published()
        table = queryset.model._meta.db_table
        compiler = queryset.query.get_compiler(connection=connection)
        for language, config in SEARCH_CONFIGS.items():
            sql, _params = source.document(config).resolve_expression(queryset.query).as_sql(compiler, connection)
            assert sql.replace(f'"{table}".', "").replace('"', "") == indexed[f"{table}_search_{language}_gin"]
    # The toolbox's stored vectors are filled by its migration with the expression toolbox.services writes.
    toolbox_migration = importlib.import_module("toolbox.migrations.0007_search_vector_per_language")
    queryset = Resource.objects.all()
    compiler = queryset.query.get_compiler(connection=connection)
    for field, vector in services.resource_search_vectors().items():
        sql, _params = vector.resolve_expression(queryset.query).as_sql(compiler, connection)
        language = field.removeprefix("search_vector_")
        assert sql.replace('"toolbox_resource".', "").replace('"', "") == toolbox_migration.VECTOR.format(
            language=language
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")  # the tables are tiny: make the planner show its options
        for source in sources:
            for language, config in SEARCH_CONFIGS.items():
                every_row = source.model._base_manager.alias(document=source.document(config))
                plan = every_row.filter(document=text_query(["health"], language)).explain()
                assert f"{source.model._meta.db_table}_search_{language}_gin" in plan, plan
        for language in SEARCH_CONFIGS:
            with translation.override(language):
                plan = Resource.objects.search("health").order_by().explain()
            assert f"toolbox_resource_search_vector_{language}_gin" in plan, plan
        # "Did you mean" reads the titles closest to a word first, from their trigram indexes.
        models = {source.model._meta.db_table: source.model for source in SOURCES}
        for name, table, _expression in migration.TITLE_INDEXES:
            closest = Func(all_titles(models[table]), function="portal_unaccent", output_field=TextField())
            plan = models[table]._base_manager.order_by(WordDistance(closest, Value("helth")))[:5].explain()
            assert name in plan, plan
        for column in ("name", "acronym"):  # members' names are not translated: 0003's indexes
            closest = Func(F(column), function="portal_unaccent", output_field=TextField())
            plan = Organisation._base_manager.order_by(WordDistance(closest, Value("helth")))[:5].explain()
            assert f"members_organisation_{column}_trgm" in plan, plan
