"""The site search: one query over members, projects, toolbox resources and kits, news, events and research-action.

Texts are written per language (django-modeltranslation: `title_en`, `title_fr`, `title_es`), often in one only: a
French toolbox sheet has no English title. So the search looks into the columns of EVERY language (a French text is
found from the English site and the other way round), and results show each text as the page does (`obj.title`:
the page's language, else the first that has one), with the words found highlighted.

PostgreSQL: full-text search with the stemmer of the PAGE's language, accents ignored: configurations `portal_en`,
`portal_fr`, `portal_es` (network_site/migrations/0006), `unaccent` then the language's stemmer. On the French site
"enseignants" finds "enseignant" and "sante" finds "Santé"; on the Spanish one "docentes" finds "docente". The
page's stemmer rather than each text's: the visitor's words are stemmed as they were meant, a text in another
language is still found (its words go through the same stemmer as the query's), and a query reads one GIN index
per type of content and language, built over the columns of every language. Every word must match, as a prefix
after stemming ('enseign':*), so the start of a word is enough; common English, French and Spanish words are left
out. Texts are weighted title (A), summary (B), rest (C); ranked with ts_rank on the title and summary; titles and
extracts highlighted by ts_headline, so what is marked is what matched. Toolbox resources have stored vectors, one
per language (Resource.search_vector_<language>, toolbox/services.py), as their text includes their files' (PDFs).

SQLite (laptops, the demo): every word must appear in one of the columns (LIKE: case ignored for ASCII letters
only, accents not ignored, no stemming), scored title > summary > rest; extracts highlighted in Python.

"Did you mean", only when nothing was found (every word must match, so otherwise no word is misspelt): each typed
word that no published title word (of any language) starts with, nor on PostgreSQL shares its stem, is replaced by
the closest such word: by trigram similarity among the titles closest to it (pg_trgm indexes), by difflib on SQLite.

Either way: drafts and scheduled items never appear (each type's `published()`), a query is cut to
MAX_QUERY_LENGTH characters and MAX_WORDS words, and only letters and digits reach the database as search terms, so
no query can be a syntax error. One SQL query per type (its count comes with its first results), plus one for the
suggestion when nothing was found, whatever the number of rows.
"""

import difflib
import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, FloatField, Func, OuterRef, Q, TextField, Value, When, Window
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core import languages
from core.languages import columns_of, shown_text, translated_fields
from core.richtext import RichTextField
from core.search import (
    MAX_QUERY_LENGTH,
    PREFIX_MIN_LENGTH,
    SEARCH_CONFIGS,
    clean_query,
    fold,
    like_matches,
    query_words,
    search_document,
    search_language,
    text_query,
    tokens,
)
from members.models import Organisation
from news.models import Article, Event
from projects.models import Project
from research.models import ResearchEntry
from toolbox.models import RESOURCE_WEIGHTS, Kit, Resource, ResourceFile

RESULTS_PER_GROUP = 5
SUGGESTION_MIN_LENGTH = 4
TRIGRAM_THRESHOLD = 0.3  # pg_trgm's own default for similarity(); "helth" and "health" score 0.44
CANDIDATE_TITLES = 10  # per typed word and type of content, the closest titles whose words are compared
MAX_SUGGESTED_WORDS = 5
CLOSE_MATCH_CUTOFF = 0.75  # difflib, on SQLite
EXTRACT_LENGTH = 220  # characters around the first match (SQLite; ts_headline counts words)
# What ts_headline puts around matches: private-use characters, removed from queries and never shown, so they can
# be told apart from the text, which is escaped before they become <mark> elements.
MARK_START, MARK_STOP = "\ue000", "\ue001"


# --- Highlighting ------------------------------------------------------------------------------------------------

def _match_pattern(words):
    """A regex over fold()ed text finding the words where a word starts (and ends, for short ones)."""
    alternatives = [
        re.escape(fold(word)) + ("" if len(word) >= PREFIX_MIN_LENGTH else r"(?!\w)")
        for word in sorted(words, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else None


def _matches(text, words):
    """(start, end) of each match of `words` in `text`, in `text`'s own positions (accents and case ignored)."""
    pattern = _match_pattern(words)
    if pattern is None or not text:
        return []
    folded, origin = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            origin.append(index)
    spans = []
    for match in pattern.finditer("".join(folded)):
        if match.end() > match.start():
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return spans


def highlight(text, words, *, length=None):
    """`text` escaped, with the words of the query in <mark>. With `length`: an extract of about that many
    characters, around the first match."""
    text = " ".join((text or "").split())
    spans = _matches(text, words)
    start, end = 0, len(text)
    if length is not None and len(text) > length:
        first_start, first_end = spans[0] if spans else (0, 0)
        start = max(0, first_start - length // 3)
        space = text.find(" ", start, first_start) if start else -1
        start = space + 1 if space != -1 else start  # from the start of a word
        end = min(len(text), start + length)
        space = text.rfind(" ", first_end, end) if end < len(text) else -1
        end = space if space != -1 else end  # to the end of a word
    parts, position = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)  # every piece of text is escaped above


def headline_html(headline, *, unescape=True):
    """ts_headline's text as safe HTML: the text escaped, then its match markers turned into <mark>. Extracts come
    from HTML with its tags removed, so their entities are decoded first (`unescape`); titles are plain text."""
    text = " ".join((headline or "").split())
    text = escape(html.unescape(text) if unescape else text)
    text = re.sub(f"{MARK_START}(.*?){MARK_STOP}", r"<mark>\1</mark>", text, flags=re.DOTALL)
    return mark_safe(text.replace(MARK_START, "").replace(MARK_STOP, ""))  # escaped above


def plain_text(value, is_html):
    return html.unescape(strip_tags(value or "")) if is_html else (value or "")


# --- Columns of every language ------------------------------------------------------------------------------------

# --- What is searched ---------------------------------------------------------------------------------------------

class Coalesced(Func):
    template = "COALESCE(%(expressions)s, '')"
    output_field = TextField()


class SpaceJoined(Func):
    """a || ' ' || b ...: as written in the trigram indexes of network_site/migrations/0006."""

    template = "%(expressions)s"
    arg_joiner = " || ' ' || "
    output_field = TextField()


class Lines(Func):
    """The non-empty texts, one after the other (PostgreSQL)."""

    template = "array_to_string(ARRAY[%(expressions)s]::text[], ' \n ')"
    output_field = TextField()


def all_titles(model, name="title"):
    """SQL: the titles of every language, one after the other (what "did you mean" reads)."""
    columns = columns_of(model, [name])
    if len(columns) == 1:
        return F(columns[0])
    return SpaceJoined(*(Coalesced(F(column)) for column in columns))


def without_tags(expression):
    return Func(expression, Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace",
                output_field=TextField())


@dataclass(frozen=True)
class Source:
    """One type of content: its published rows, the fields searched (by weight) and those the extract comes from."""

    key: str
    label: str
    list_url_name: str
    list_takes_query: bool  # whether the list page filters with `?q=` itself
    published: object  # a callable returning the published queryset: called per search, as publication is timely
    title_field: str
    weights: dict  # {"A": fields, "B": fields, "C": fields}; a translated field stands for its every language
    extract_fields: tuple
    columns: tuple  # what the results template shows

    @property
    def model(self):
        return self.published().model

    def is_html(self, name):
        return isinstance(self.model._meta.get_field(name), RichTextField)

    def matches(self, query, words, language, is_postgresql):
        """The published rows matching every word, annotated with a `rank`."""
        queryset = self.published()
        if not is_postgresql:
            return like_matches(queryset, self.weights, words)
        config = SEARCH_CONFIGS[language]
        search_query = text_query(words, language)
        # Matched on the whole document (with its GIN index); ranked on the title and summary only, which is
        # as good an order and far cheaper than rebuilding every matching body's vector.
        return queryset.alias(document=self.document(config)).filter(document=search_query).annotate(
            rank=SearchRank(self.document(config, only="AB"), search_query)
        )

    def document(self, config, only="ABC"):
        """The row's weighted search vector (PostgreSQL) in `config`, from its texts of every language.

        With every weight, exactly the expression network_site/migrations/0006 indexes, so the index is used.
        """
        return search_document(self.model, self.weights, config, only)

    def ordering(self):
        return ["-rank", self.title_field, "pk"]

    def title_expression(self, language):
        """SQL for the title as display_title() shows it (PostgreSQL, to highlight it with ts_headline)."""
        return shown_text(self.model, self.title_field, language)

    def extract_expression(self, language):
        """The texts ts_headline takes the extract from, as the page shows them, HTML tags removed (PostgreSQL)."""
        texts = []
        for name in self.extract_fields:
            text = shown_text(self.model, name, language)
            texts.append(without_tags(text) if self.is_html(name) else text)
        return Lines(*texts)

    def extract_text(self, obj, words):
        """The same texts, from a loaded row (SQLite)."""
        return " \n ".join(plain_text(getattr(obj, name), self.is_html(name)) for name in self.extract_fields)

    def load_columns(self, is_postgresql):
        """The fields `only()` loads: those shown, and on SQLite those the extract is taken from."""
        return self.columns if is_postgresql else (*self.columns, *self.extract_fields)

    def display_title(self, obj):
        return getattr(obj, self.title_field)


class MemberSource(Source):
    def display_title(self, obj):
        return f"{obj.name} ({obj.acronym})" if obj.acronym and obj.acronym != obj.name else obj.name

    def title_expression(self, language):
        return Case(
            When(Q(acronym="") | Q(acronym=F("name")), then=F("name")),
            default=Concat(F("name"), Value(" ("), F("acronym"), Value(")")),
            output_field=TextField(),
        )


class ResourceSource(Source):
    """Toolbox resources: Resource.objects.search(), the toolbox's own search (stored vectors, PDF text included)."""

    def matches(self, query, words, language, is_postgresql):
        return self.published().search(query)

    def ordering(self):
        return ["-rank", "-date", "title", "pk"]

    def extract_expression(self, language):
        # The summary and sheet in the page's language (else another), then the text of the files, that of the
        # page's language first: where a word was found when it is not in the sheet.
        files = ResourceFile.objects.filter(resource=OuterRef("pk")).order_by(
            Case(When(language=language, then=Value(0)), default=Value(1)), "language"
        ).values("text")
        files_text = Func(ArraySubquery(files), Value(" \n "), function="array_to_string", output_field=TextField())
        return Lines(*(shown_text(self.model, name, language) for name in self.extract_fields), files_text)

    def extract_text(self, obj, words):
        # The sheet as shown, unless the words are only elsewhere: in another language or in a file. search_text
        # has the titles on its first line, then every language's texts and the files' text.
        sheet = super().extract_text(obj, words)
        elsewhere = obj.search_text.partition("\n")[2]
        return elsewhere if not _matches(sheet, words) and _matches(elsewhere, words) else sheet

    def load_columns(self, is_postgresql):
        return self.columns if is_postgresql else (*self.columns, *self.extract_fields, "search_text")


SOURCES = [
    MemberSource(
        key="members", label=_("Members"), list_url_name="members:organisation-list", list_takes_query=True,
        published=lambda: Organisation.objects.published(), title_field="name",
        weights={"A": ("name", "acronym"), "B": ("description",)}, extract_fields=("description",),
        columns=("name", "acronym", "slug", "kind", "country", "city"),
    ),
    Source(
        key="projects", label=_("Projects"), list_url_name="projects:project-list", list_takes_query=True,
        published=lambda: Project.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("summary",), "C": ("context",)}, extract_fields=("summary", "context"),
        columns=("title", "slug", "project_status", "start_date"),
    ),
    ResourceSource(
        key="toolbox", label=_("Toolbox"), list_url_name="toolbox:resource-list", list_takes_query=True,
        published=lambda: Resource.objects.published(), title_field="title", weights=RESOURCE_WEIGHTS,
        extract_fields=("summary", "context", "objectives", "target_public", "activities", "results",
                        "lessons_learned"),
        columns=("title", "slug", "kind", "date", "language"),
    ),
    Source(
        key="kits", label=_("Mobilisation kits"), list_url_name="toolbox:kit-list", list_takes_query=False,
        published=lambda: Kit.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("event", "description")}, extract_fields=("description",),
        columns=("title", "slug", "event", "event_date"),
    ),
    Source(
        key="news", label=_("News"), list_url_name="news:article-list", list_takes_query=False,
        published=lambda: Article.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("summary",), "C": ("body",)}, extract_fields=("summary", "body"),
        columns=("title", "slug", "published_at"),
    ),
    Source(
        key="events", label=_("Events"), list_url_name="news:event-list", list_takes_query=False,
        published=lambda: Event.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("summary", "city", "venue"), "C": ("description", "programme", "outcomes")},
        extract_fields=("summary", "description"),
        columns=("title", "slug", "kind", "start_at", "time_zone", "city", "is_online"),
    ),
    Source(
        key="research", label=_("Research-action"), list_url_name="research:entry-list", list_takes_query=False,
        published=lambda: ResearchEntry.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("summary",), "C": ("research_question", "method")},
        extract_fields=("summary", "research_question"),
        columns=("title", "slug", "research_status", "deadline"),
    ),
]


# --- Results ------------------------------------------------------------------------------------------------------

@dataclass
class Result:
    object: object
    title_html: str
    extract_html: str
    language: str | None = None  # that of the title shown, for `lang` when it is not the page's

    @property
    def url(self):
        return self.object.get_absolute_url()


@dataclass
class Group:
    key: str
    label: str
    count: int
    results: list
    url: str
    url_has_query: bool


@dataclass
class SearchResults:
    query: str = ""
    words: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    suggestion: str = ""
    max_length: int = MAX_QUERY_LENGTH

    @property
    def total(self):
        return sum(group.count for group in self.groups)

    @property
    def suggestion_url(self):
        return f"{reverse('search')}?{urlencode({'q': self.suggestion})}" if self.suggestion else ""


def search_site(raw_query):
    """Everything published that matches `raw_query`, grouped by type, with a spelling suggestion."""
    query = clean_query(raw_query)
    words = query_words(query)
    results = SearchResults(query=query, words=words)
    if not words:
        # Nothing to look for (an empty query, or only punctuation or emoji): no query to the database.
        results.groups = [_group(source, query, 0, []) for source in SOURCES] if query else []
        return results
    is_postgresql = connection.vendor == "postgresql"
    language = search_language()
    results.groups = [_search_source(source, query, words, language, is_postgresql) for source in SOURCES]
    # Every word must match: when something is found, each word was found somewhere, and is not misspelt.
    results.suggestion = "" if results.total else suggest(query, words, language, is_postgresql)
    return results


def _search_source(source, query, words, language, is_postgresql):
    """One query: the top RESULTS_PER_GROUP rows of `source`, each carrying the number of all matches."""
    matches = source.matches(query, words, language, is_postgresql).only(*source.load_columns(is_postgresql))
    matches = matches.annotate(total=Window(Count("pk")))
    if is_postgresql:
        search_query, config = text_query(words, language), SEARCH_CONFIGS[language]
        matches = matches.annotate(
            title_marked=SearchHeadline(
                source.title_expression(language), search_query, config=config, start_sel=MARK_START,
                stop_sel=MARK_STOP, highlight_all=True,
            ),
            extract=SearchHeadline(
                source.extract_expression(language), search_query, config=config, start_sel=MARK_START,
                stop_sel=MARK_STOP, max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … ",
            ),
        )
    rows = list(matches.order_by(*source.ordering())[:RESULTS_PER_GROUP])
    found = []
    title_translated = source.title_field in translated_fields(source.model)
    for row in rows:
        if is_postgresql:
            title_html = headline_html(row.title_marked, unescape=False) if row.title_marked else ""
            extract_html = headline_html(row.extract)
        else:
            title_html = highlight(source.display_title(row), words)
            extract_html = highlight(source.extract_text(row, words), words, length=EXTRACT_LENGTH)
        # The title's language, for `lang` on the result when it is not the page's (a fallback).
        language_shown = languages.shown_language(row, source.title_field) if title_translated else language
        found.append(Result(
            object=row, title_html=title_html or escape(source.display_title(row)), extract_html=extract_html,
            language=language_shown if language_shown != language else None,
        ))
    return _group(source, query, rows[0].total if rows else 0, found)


def _group(source, query, count, found):
    url = reverse(source.list_url_name)
    if source.list_takes_query:
        url += "?" + urlencode({"q": query})
    return Group(key=source.key, label=source.label, count=count, results=found, url=url,
                 url_has_query=source.list_takes_query)


# --- Did you mean ------------------------------------------------------------------------------------------------

def title_querysets():
    """(published rows, SQL of their title text) of every type: members by name and by acronym, the others by
    their titles of every language."""
    return [
        (Organisation.objects.published(), lambda: F("name")),
        (Organisation.objects.published().exclude(acronym=""), lambda: F("acronym")),
        *((source.published(), lambda model=source.model: all_titles(model))
          for source in SOURCES if source.title_field == "title"),
    ]


class WordDistance(Func):
    """`text <->> word` (pg_trgm): 1 - word_similarity(word, text), the distance from `word` to the closest stretch
    of `text`. Ordering by it reads the titles' GiST trigram indexes closest first."""

    template = "(%(expressions)s)"
    arg_joiner = " <->> "
    output_field = FloatField()


def unaccented(expression):
    return Func(expression, function="portal_unaccent", output_field=TextField())


def title_candidates(typed):
    """PostgreSQL: (typed word, titles) for the published rows whose titles are closest to each typed word, in
    one UNION."""
    parts = []
    for word in typed:
        for queryset, title in title_querysets():
            # rewrite(False): modeltranslation's values_list() would select its columns in any order.
            parts.append(
                queryset.rewrite(False).annotate(typed=Value(word, output_field=TextField()), title_text=title())
                .order_by(WordDistance(unaccented(title()), Value(word)))
                .values_list("typed", "title_text")[:CANDIDATE_TITLES]
            )
    first, *others = parts
    return first.union(*others)


def suggest(query, words, language, is_postgresql):
    """The query with each misspelt word replaced by the closest word of a published title, or "" if no word is
    misspelt. A word is known when a title word starts with it (as the search matches prefixes) or, on
    PostgreSQL, has its stem; a word that no title comes close to is left as it is."""
    typed = list(dict.fromkeys(
        fold(word) for word in words if len(word) >= SUGGESTION_MIN_LENGTH and not word.isdigit()
    ))
    typed = [word for word in typed if word.isalnum()][:MAX_SUGGESTED_WORDS]
    if not typed:
        return ""
    corrections = _corrections_postgresql(typed, language) if is_postgresql else _corrections_python(typed)
    if not corrections:
        return ""
    return " ".join(corrections.get(fold(word), word) for word in tokens(query))


def _corrections_postgresql(typed, language):
    """{typed word: closest title word} by trigram similarity, among the words of the closest titles."""
    candidates_sql, params = title_candidates(typed).query.get_compiler(connection=connection).as_sql()
    # `candidates_sql` is Django's own SQL, with %s placeholders for `params`: no text of the query is in it. The
    # typed words are letters and digits (suggest()), so quote_literal() makes each a valid tsquery.
    statement = f"""
        WITH candidates(typed, title) AS ({candidates_sql}),
        vocabulary AS (
            SELECT DISTINCT typed, word, portal_unaccent(word) AS bare
            FROM candidates, regexp_split_to_table(lower(title), '[^[:alnum:]]+') AS word
            WHERE char_length(word) >= %s
        ),
        judged AS (
            SELECT typed, word, bare, starts_with(bare, typed) OR to_tsvector(%s::regconfig, word)
                @@ to_tsquery(%s::regconfig, quote_literal(typed) || ':*') AS known
            FROM vocabulary
        )
        SELECT DISTINCT ON (typed) typed, word, known
        FROM judged
        WHERE known OR similarity(bare, typed) >= %s
        ORDER BY typed, known DESC, similarity(bare, typed) DESC, word
    """  # noqa: S608
    config = SEARCH_CONFIGS[language]
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, PREFIX_MIN_LENGTH, config, config, TRIGRAM_THRESHOLD])
        rows = cursor.fetchall()
    return {word: closest for word, closest, is_known in rows if not is_known}


def title_words_queryset():
    """SQLite: the titles of every published row, in one query (a UNION)."""
    first, *others = [
        queryset.rewrite(False).order_by().annotate(title_text=title()).values_list("title_text")
        for queryset, title in title_querysets()
    ]
    return first.union(*others)


def _corrections_python(typed):
    """The same with difflib, over the words of every published title (SQLite: laptops and the demo)."""
    vocabulary = {}
    for (title,) in title_words_queryset():
        for word in tokens(title or ""):
            if len(word) >= PREFIX_MIN_LENGTH:
                vocabulary.setdefault(fold(word), word)
    corrections = {}
    for word in typed:
        if any(known.startswith(word) for known in vocabulary):
            continue
        close = difflib.get_close_matches(word, list(vocabulary), n=1, cutoff=CLOSE_MATCH_CUTOFF)
        if close:
            corrections[word] = vocabulary[close[0]]
    return corrections
