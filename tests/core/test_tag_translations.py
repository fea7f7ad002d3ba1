"""Topics (tags) read in the visitor's language: filters, chips, feeds and search; named per language in the admin."""

import re

import pytest
from taggit.models import Tag

from core.models import TagTranslation
from tests.factories import make_article, make_project, make_resource
from tests.network_site.test_search import saved_in_admin, search, titles

pytestmark = pytest.mark.django_db


def named(tag_name, **names):
    tag = Tag.objects.get(name=tag_name)
    for language, name in names.items():
        TagTranslation.objects.create(tag=tag, language=language, name=name)
    return tag


def options(content, name):
    """The options of a filter as shown, without their counts ("Afrique (1)")."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', content, re.S).group(1)
    return re.findall(r"<option[^>]*>([^<]*?)(?: \(\d+\))?</option>", select)


def test_french_and_spanish_readers_see_topics_in_their_language_in_filters_and_chips(client):
    resource = make_resource(title="Pensions guide", tags=["Occupational health", "Africa"])
    project = make_project(title="Clean water", tags=["Occupational health"])
    article = make_article(title="Health days", tags=["Occupational health"])
    named("Occupational health", fr="Santé au travail", es="Salud laboral")
    named("Africa", fr="Afrique")  # no Spanish yet: the English name stays

    french = client.get("/fr/toolbox/").content.decode()
    assert options(french, "tag")[1:] == ["Afrique", "Santé au travail"]  # sorted as French readers read them
    spanish = client.get("/es/toolbox/").content.decode()
    assert options(spanish, "tag")[1:] == ["Africa", "Salud laboral"]
    assert options(client.get("/toolbox/").content.decode(), "tag")[1:] == ["Africa", "Occupational health"]

    chip = '?tag=occupational-health">Santé au travail</a>'
    assert chip in client.get("/fr" + resource.get_absolute_url()).content.decode()
    assert chip in client.get("/fr" + project.get_absolute_url()).content.decode()
    assert chip in client.get("/fr" + article.get_absolute_url()).content.decode()
    assert chip in client.get("/fr/news/").content.decode()
    assert "Salud laboral" in options(client.get("/es/projects/").content.decode(), "tag")
    assert "Salud laboral" in options(client.get("/es/news/").content.decode(), "tag")
    assert '>Occupational health</a>' in client.get(article.get_absolute_url()).content.decode()


def test_a_topics_feed_and_its_entries_name_the_topic_in_the_readers_language(client):
    make_article(title="Health days", tags=["Occupational health"])
    named("Occupational health", fr="Santé au travail", es="Salud laboral")
    rss = client.get("/fr/news/tag/occupational-health/feed/rss/").content.decode()
    assert "<category>Santé au travail</category>" in rss
    assert "Santé au travail</title>" in rss
    atom = client.get("/es/news/tag/occupational-health/feed/atom/").content.decode()
    assert 'term="Salud laboral"' in atom
    assert "<category>Occupational health</category>" in client.get("/news/feed/rss/").content.decode()
    assert "Noticias sobre Salud laboral" in client.get("/es/news/", {"tag": "occupational-health"}).content.decode()


def test_staff_name_a_topic_in_french_in_the_tag_admin_and_search_finds_its_resources_by_that_name(
        client, staff_client):
    make_resource(title="Pensions guide", tags=["ruritania"])
    tag = Tag.objects.get(name="ruritania")
    assert search(client, "freedonie", "fr").context["search"].total == 0
    form = staff_client.get(f"/admin/taggit/tag/{tag.pk}/change/").content.decode()
    assert 'name="translations-0-name"' in form  # the names in the other languages, under the tag's own
    saved_in_admin(staff_client, tag, **{"translations-0-language": "fr", "translations-0-name": "Freedonie"})
    assert tag.translations.get().name == "Freedonie"
    assert titles(search(client, "freedonie", "fr"), "toolbox") == ["Pensions guide"]
    assert client.get("/fr/toolbox/", {"q": "freedonie"}).context["paginator"].count == 1
    assert options(client.get("/fr/toolbox/").content.decode(), "tag")[1:] == ["Freedonie"]
