"""What a French or Spanish reader notices at once when it is wrong (issue 13): "1er novembre", a non-breaking space
before a colon, times in the event's own zone named as people say it, a call's deadline in Paris time."""

import datetime
import html
import zoneinfo

import pytest

from research.models import ResearchStatus
from tests.factories import make_article, make_event, make_project, make_research_entry

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def page(client, obj_or_path, language):
    path = obj_or_path if isinstance(obj_or_path, str) else obj_or_path.get_absolute_url()
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(prefix + path)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(("language", "first", "second"), [
    ("fr", "1er novembre 2025", "2 novembre 2025"),
    ("es", "1 de noviembre de 2025", "2 de noviembre de 2025"),
    ("en", "1 November 2025", "2 November 2025"),
])
def test_the_first_of_a_month_is_1er_in_french_only(client, language, first, second):
    first_day = make_article(published_at=datetime.datetime(2025, 11, 1, 10, tzinfo=datetime.UTC))
    second_day = make_article(published_at=datetime.datetime(2025, 11, 2, 10, tzinfo=datetime.UTC))
    assert first in page(client, first_day, language)
    assert second in page(client, second_day, language)
    assert "2er" not in page(client, second_day, language)


def test_the_1er_reaches_dates_written_in_python_too(client):
    event = make_event(start_at=datetime.datetime(2026, 12, 1, 13, tzinfo=datetime.UTC), time_zone="Europe/Paris",
                       city="Paris", country="FR")
    assert "1er décembre 2026, 14:00" in page(client, event, "fr")
    assert "1er décembre 2026, 14:00" in page(client, "/news/events/", "fr")


@pytest.mark.parametrize(("language", "zone", "said"), [
    ("en", "Europe/Paris", "(Paris time)"),
    ("fr", "Europe/Paris", "(heure de Paris)"),
    ("es", "Europe/Paris", "(hora de París)"),
    ("fr", "Europe/Brussels", "(heure de Bruxelles)"),
    ("es", "Europe/Brussels", "(hora de Bruselas)"),
    ("fr", "Africa/Abidjan", "(heure d'Abidjan)"),
    ("fr", "UTC", "(UTC)"),
])
def test_event_times_name_their_zone_as_people_say_it(client, language, zone, said):
    event = make_event(time_zone=zone, city="Somewhere", country="")
    content = page(client, event, language)
    assert said in content
    assert zone == "UTC" or f"({zone})" not in content


def test_a_call_deadline_is_shown_in_paris_time_not_utc(client):
    deadline = datetime.datetime(2099, 2, 15, 23, 59, tzinfo=PARIS)  # 22:59 UTC
    call = make_research_entry(research_status=ResearchStatus.CALL_OPEN, deadline=deadline)
    english = page(client, call, "en")
    assert "15 February 2099, 23:59 (Paris time)" in english
    assert "22:59" not in english and "(UTC)" not in english
    assert "15 février 2099, 23:59 (heure de Paris)" in page(client, call, "fr")
    assert "15 de febrero de 2099, a las 23:59 (hora de París)" in page(client, "/research/", "es")


def test_staff_type_a_call_deadline_in_paris_time(admin_client):
    call = make_research_entry(research_status=ResearchStatus.CALL_OPEN,
                               deadline=datetime.datetime(2099, 2, 15, 23, 59, tzinfo=PARIS))
    form = admin_client.get(f"/admin/research/researchentry/{call.pk}/change/").context["adminform"].form
    assert form.initial["deadline"] == datetime.datetime(2099, 2, 15, 23, 59)
    assert "Paris time" in str(form.fields["deadline"].help_text)


def test_french_puts_a_non_breaking_space_before_colons(client, settings):
    settings.CONTACT_EMAIL = "contact@example.org"
    project = make_project()
    make_research_entry(projects=[project])
    research = page(client, "/research/", "fr")
    assert f"Projets de terrain{NBSP}:" in research
    assert f"Contact{NBSP}: contact@example.org" in research
    assert "Contact: " not in research and "Contact : " not in research
    assert "Contacto: contact@example.org" in page(client, "/research/", "es")
    make_event()
    assert f"Date{NBSP}:" in page(client, "/news/events/", "fr")


# --- A–Z in each language's alphabet --------------------------------------------------------------------------------

NAMES = ["Zambia Teachers", "Éducation Solidarité", "Ñandutí Docentes", "Nueva Escuela", "Escuela Oriental"]


@pytest.mark.parametrize("query", ["", "?sort=name"])
def test_members_sort_a_to_z_in_the_reader_alphabet(client, icu, query):
    from tests.factories import make_organisation

    for name in NAMES:
        make_organisation(name=name)

    def order(language):
        content = page(client, f"/members/{query}", language)
        return sorted(NAMES, key=content.index)

    # Byte order would put "Éducation" and "Ñandutí" after "Zambia".
    assert order("fr") == ["Éducation Solidarité", "Escuela Oriental", "Ñandutí Docentes", "Nueva Escuela",
                           "Zambia Teachers"]
    # Spanish: Ñ is a letter of its own, after N.
    assert order("es") == ["Éducation Solidarité", "Escuela Oriental", "Nueva Escuela", "Ñandutí Docentes",
                           "Zambia Teachers"]


def test_toolbox_title_sort_follows_the_alphabet(client, icu):
    from tests.factories import make_resource

    for title in ["Zèbre", "Été en santé", "Ñoño", "Nube"]:
        make_resource(title=title)
    content = page(client, "/toolbox/?sort=title", "es")
    assert sorted(["Zèbre", "Été en santé", "Ñoño", "Nube"], key=content.index) == [
        "Été en santé", "Nube", "Ñoño", "Zèbre"]


def test_the_members_admin_lists_names_a_to_z(admin_client, icu):
    from tests.factories import make_organisation

    for name in ["Zambia Teachers", "Éducation Solidarité"]:
        make_organisation(name=name)
    content = admin_client.get("/admin/members/organisation/").content.decode()
    assert content.index("Éducation Solidarité") < content.index("Zambia Teachers")


# --- Names of organisations and cities in the reader's language -----------------------------------------------------

def test_an_organisation_with_an_official_french_and_spanish_name_is_shown_by_it(client):
    from tests.factories import make_organisation

    ei = make_organisation(name="Education International", acronym="EI", slug="education-international",
                           city="Brussels", country="BE", name_fr="Internationale de l'Éducation", acronym_fr="IE",
                           city_fr="Bruxelles", name_es="Internacional de la Educación", acronym_es="IE",
                           city_es="Bruselas")
    french = page(client, ei, "fr")
    assert "<h1>Internationale de l'Éducation <span class=\"members-acronym\">(IE)</span></h1>" in french
    assert "<dd>IE</dd>" in french and "<dd>Bruxelles</dd>" in french
    assert "Education International" not in french and "Brussels" not in french
    spanish = page(client, ei, "es")
    assert "<h1>Internacional de la Educación <span" in spanish and "<dd>Bruselas</dd>" in spanish
    assert "<h1>Education International <span" in page(client, ei, "en")
    assert ei.get_absolute_url() == "/members/education-international/"  # the address stays the same
    assert "Internationale de l'Éducation" in page(client, "/members/", "fr")


def test_an_organisation_without_a_french_name_keeps_its_own(client):
    from tests.factories import make_organisation

    nea = make_organisation(name="National Education Association", acronym="NEA", city="Washington", country="US")
    assert "National Education Association" in page(client, nea, "fr")


def test_an_event_place_reads_bruxelles_belgique_in_french(client):
    event = make_event(city="Brussels", city_fr="Bruxelles", city_es="Bruselas", country="BE",
                       time_zone="Europe/Brussels", venue="")
    assert "Bruxelles, Belgique" in page(client, "/news/events/", "fr")
    assert "Bruselas, Bélgica" in page(client, event, "es")
    assert "Brussels, Belgium" in page(client, event, "en")
