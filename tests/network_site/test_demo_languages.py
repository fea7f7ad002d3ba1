"""French and Spanish readers read French and Spanish: every public page of the demo, in /fr/ and /es/, is read
as a visitor sees it (text, image descriptions, labels, feed entries) and any English sentence or label left
outside proper names fails the test, naming the page and the phrase."""

import io
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from taggit.models import Tag

from core import languages
from core.models import MissionArea
from members.models import Organisation
from network_site.models import NetworkPage
from news.filters import published_tags
from news.models import Article, Event, Photo
from projects.models import Project
from research.models import ResearchEntry, Researcher
from toolbox.models import Kit, Resource

# Words that a French or Spanish text never uses, but almost every English sentence or label does.
ENGLISH_WORDS = {
    "the", "and", "of", "for", "with", "to", "from", "this", "that", "these", "their", "our", "your", "its", "is",
    "are", "was", "were", "be", "been", "has", "have", "will", "which", "who", "what", "how", "about", "by", "at",
    "into", "more", "all", "read", "news", "events", "event", "teachers", "teacher", "health", "school", "schools",
    "network", "members", "member", "young", "people", "workers", "staff", "survey", "well-being", "wellbeing",
    "topics", "topic", "secretariat", "researcher", "researchers", "research", "project", "projects", "resources",
    "toolbox", "search", "insurance", "youth", "governance", "caribbean", "prevention", "generated",
    "day", "meeting", "assembly", "world", "congress", "launch", "call", "online", "webinar", "training",
    "country", "countries", "team", "field", "results", "answers", "analysis",
}

# Proper names written in English in every language (organisations' own names, titles of events and tools), and
# texts the page marks as English on purpose (a link to the English version is named in English).
PROPER_NAMES = [
    "Education and Solidarity Network", "Education International", "National Education Association",
    "NEA Member Benefits", "Uganda National Teachers' Union", "Uganda National Teachers’ Union",
    "National Association of Schoolmasters Union of Women Teachers", "Unite for Quality Education",
    "Open Space Technology", "World Café", "Pro Action Café", "Health F'Actors", "Health F’Actors",
    "Teachers Health Fund", "Latitudes Jeunes", "I-BEST",
    # AIM writes its name in English on the Network's pages.
    "International Association of Mutual Benefit Societies",
]

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SKIPPED_ELEMENTS = {"script", "style", "template", "code", "pre"}
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "content")
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """The texts of a page a reader meets: text nodes, image descriptions, labels and the page's description,
    except scripts and texts the page marks as written in another language (`lang`): the switcher's language
    names, and a toolbox resource written in one language. Demo texts that should be translated are checked in
    the database instead (test_demo_texts_are_written_in_french_and_spanish)."""

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.texts, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped = tag in SKIPPED_ELEMENTS or attrs.get("lang", self.language) != self.language
        if tag == "meta" and attrs.get("name") not in ("description",) and attrs.get("property") not in (
                "og:title", "og:description", "og:image:alt"):
            attrs.pop("content", None)
        if not (skipped or any(self.stack)):
            self.texts += [attrs[name] for name in TEXT_ATTRIBUTES if attrs.get(name)]
        if tag not in VOID_ELEMENTS:
            self.stack.append(skipped)

    def handle_endtag(self, tag):
        if tag not in VOID_ELEMENTS and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and not any(self.stack):
            self.texts.append(data)


def feed_texts(xml, language):
    """The titles, summaries, categories and contents of a feed: what a feed reader shows."""
    texts = []
    for element in ElementTree.fromstring(xml).iter():  # noqa: S314 - the site's own feed
        name = element.tag.rsplit("}", 1)[-1]
        if name in ("title", "description", "summary", "subtitle", "category", "content") and element.text:
            texts += visible_texts(element.text, language) if "<" in element.text else [element.text]
        if name == "category" and element.get("term"):
            texts.append(element.get("term"))
    return texts


def visible_texts(html, language):
    parser = VisibleText(language)
    parser.feed(html)
    return parser.texts


def english_phrases(response, language, names=()):
    """The texts of `response` in which an English word is left once proper names (and `names`) are taken out."""
    body = response.content.decode()
    is_feed = response["Content-Type"].startswith(("application/rss+xml", "application/atom+xml"))
    found = []
    for text in feed_texts(body, language) if is_feed else visible_texts(body, language):
        text = " ".join(text.split())
        without_names = text
        for name in [*names, *PROPER_NAMES]:
            without_names = without_names.replace(name, " ")
        words = {word.lower() for word in WORD.findall(without_names)}
        english = sorted(words & ENGLISH_WORDS)
        if english:
            found.append(f"{text[:160]!r} (English: {', '.join(english)})")
    return found


def demo_paths(language):
    """Every public page of the demo in `language`: lists, filtered lists, details, feeds, home and searches."""
    with translation.override(language):
        paths = [reverse(name) for name in (
            "home", "network:index", "members:organisation-list", "projects:project-list", "toolbox:resource-list",
            "toolbox:kit-list", "research:entry-list", "news:article-list", "news:event-list", "news:feed-rss",
            "news:feed-atom",
        )]
        for model in (NetworkPage, Organisation, Project, Resource, Kit, ResearchEntry, Article, Event):
            paths += [obj.get_absolute_url() for obj in model.objects.published().order_by("pk")]
        for tag in published_tags():
            paths += [f"{reverse('news:article-list')}?tag={tag.slug}",
                      reverse("news:tag-feed-rss", args=[tag.slug]), reverse("news:tag-feed-atom", args=[tag.slug])]
        for tag in Resource.tags.all():
            paths += [f"{reverse('toolbox:resource-list')}?tag={tag.slug}"]
        for tag in Project.tags.all():
            paths += [f"{reverse('projects:project-list')}?tag={tag.slug}"]
        words = {"fr": ["santé", "enseignants"], "es": ["salud", "docentes"]}[language]
        for word in words:
            paths += [f"{reverse('search')}?q={word}", f"{reverse('toolbox:resource-list')}?q={word}"]
        years = Article.objects.published().dates("published_at", "year")
        paths += [reverse("news:article-archive", args=[year.year]) for year in years]
    return list(dict.fromkeys(paths))


def single_language_texts(language):
    """The titles and summaries of the toolbox resources written in one language only, not `language`: a resource
    is a document in its own language, marked with `lang` in the page, but a page's <title> and description
    cannot carry one."""
    with translation.override(language):
        column = f"title_{language}"
        resources = Resource.objects.published().filter(Q(**{column: ""}) | Q(**{f"{column}__isnull": True}))
        return [text for resource in resources for text in (resource.title, resource.summary)]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_demo_pages_have_no_english_left_outside_proper_names(demo, client, language):
    paths, names = demo_paths(language), single_language_texts(language)
    assert len(paths) > 100  # every list, detail and feed of the demo, not a handful
    left = []
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        left += [f"{path}: {phrase}" for phrase in english_phrases(response, language, names)]
    assert not left, f"{len(left)} English texts in {language} pages:\n" + "\n".join(left)


def test_the_check_finds_an_english_sentence_and_label_but_not_proper_names(rf):
    """The check itself: an English label or sentence is found, French text and proper names are not."""
    from django.http import HttpResponse

    def phrases(html):
        return english_phrases(HttpResponse(f"<html><body>{html}</body></html>"), "fr")

    assert phrases("<p>Health and social protection for teachers.</p>")
    assert phrases('<a class="badge" href="?tag=x">Occupational health</a>')
    assert phrases('<img src="x.jpg" alt="Teachers at a meeting">')
    assert phrases("<dd>Network secretariat</dd>")
    assert not phrases("<p>La santé des enseignants, avec Education International et la NEA.</p>")
    assert not phrases('<a href="/" lang="en" hreflang="en">English</a><script>var the = 1;</script>')


# What a French or Spanish reader must read in their language (toolbox resources are documents written in the
# languages they have: not listed).
TRANSLATED_DEMO_MODELS = [NetworkPage, MissionArea, Organisation, Project, Kit, ResearchEntry, Researcher, Event,
                          Photo, Article]


@pytest.mark.django_db
def test_demo_texts_are_written_in_french_and_spanish(demo):
    """Every text of the demo's pages, members, projects, research, events, photos and news that exists in English
    exists in French and Spanish too, and so does the name of every topic: nothing is shown in English with the
    "not yet in your language" note. A toolbox sheet has all its texts (its contact too) in each of its languages.
    Names of organisations and cities are proper names: translated only where an official or usual French or
    Spanish name exists (Bruxelles, Internationale de l'Éducation), otherwise shown as written."""
    proper_names = {("Organisation", "name"), ("Organisation", "acronym"), ("Organisation", "city"),
                    ("Event", "city")}
    missing = []
    for model in TRANSLATED_DEMO_MODELS:
        for obj in model._default_manager.all():
            for field in languages.translated_fields(model):
                if (model.__name__, field) in proper_names:
                    continue
                if getattr(obj, f"{field}_en", None):
                    missing += [f"{model.__name__} {obj}: {field}_{code}" for code in ("fr", "es")
                                if not getattr(obj, f"{field}_{code}", None)]
    for resource in Resource.objects.all():  # a sheet is complete in each language it is written in
        fields = [field for field in languages.translated_fields(Resource)
                  if getattr(resource, f"{field}_{resource.language}", None)]
        missing += [f"Resource {resource.slug}: {field}_{code}" for code in ("en", "fr", "es")
                    if getattr(resource, f"title_{code}", None)
                    for field in fields if not getattr(resource, f"{field}_{code}", None)]
    for tag in Tag.objects.prefetch_related("translations"):
        named = {row.language for row in tag.translations.all()}
        missing += [f"tag {tag.name}: {code}" for code in ("fr", "es") if code not in named]
    assert not missing, "\n".join(missing)
