"""The site search: one query over members, projects, toolbox resources and kits, news, events and research-action.

PostgreSQL: full-text search in the `portal_search` configuration (network_site/migrations/0003), which is the
`simple` dictionary after `unaccent`, and every word of the query also matches as the start of a longer word. So
"sante" finds "Santé", "enseignant" finds "enseignants" and "teacher" finds "teachers", whatever the language of
the page or of the content. A language's stemmer (the `french` or `english` configuration) was not used because the
content is mixed: a French toolbox sheet is read from the English site, a Colombian member writes in Spanish, and a
resource has one stored vector for every visitor; a stemmer applied to another language's words mangles them, while
prefixes behave the same in every language and script (a plural typed for a singular written is what they miss).
Common English, French and Spanish words are left out of the query. Each type's texts are weighted title (A),
summary (B), rest (C) in one vector with a GIN index (the migration); results are ranked with ts_rank on the title
and summary, extracts come from ts_headline, and "did you mean" compares the words of the published titles closest
to a misspelt word (trigram indexes, pg_trgm) by trigram similarity.

SQLite (laptops, the demo): every word must appear (LIKE: case is ignored for ASCII letters only, accents are not),
scored title > summary > rest; extracts highlighted in Python; "did you mean" with difflib over the same title words.

Either way: drafts and scheduled items never appear (each type's `published()`), a query is cut to
MAX_QUERY_LENGTH characters and MAX_WORDS words, and only letters and digits reach the database as search terms, so
no query can be a syntax error. One SQL query per type (its count comes with its first results) and one for the
suggestion, whatever the number of rows.
"""

import difflib
import html
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import Case, Count, F, FloatField, Func, Q, TextField, Value, When, Window
from django.db.models.functions import Concat, StrIndex, Substr
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from members.models import Organisation
from news.models import Article, Event
from projects.models import Project
from research.models import ResearchEntry
from toolbox.models import Kit, Resource

from .richtext import RichTextField

SEARCH_CONFIG = "portal_search"
MAX_QUERY_LENGTH = 200  # what the members, projects and toolbox lists accept in their own `q`
MAX_WORDS = 10
RESULTS_PER_GROUP = 5
PREFIX_MIN_LENGTH = 3  # shorter words match whole words only: "un" does not find "union"
SUGGESTION_MIN_LENGTH = 4
TRIGRAM_THRESHOLD = 0.3  # pg_trgm's own default for similarity(); "helth" and "health" score 0.44
CANDIDATE_TITLES = 10  # per typed word and type of content, the closest titles whose words are compared
MAX_SUGGESTED_WORDS = 5
CLOSE_MATCH_CUTOFF = 0.75  # difflib, on SQLite
EXTRACT_LENGTH = 220  # characters around the first match (SQLite; ts_headline counts words)
# What ts_headline puts around matches: private-use characters, removed from queries and never shown, so they can
# be told apart from the text, which is escaped before they become <mark> elements.
MARK_START, MARK_STOP = "\ue000", "\ue001"

# Words so common in English, French or Spanish that requiring them would only lose results ("santé des
# enseignants" needs no "des"). Written without accents: compared after fold().
STOP_WORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "the",
    "to", "with",
    "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les", "leur",
    "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "sur", "un", "une",
    "al", "con", "del", "el", "las", "lo", "los", "para", "por", "su", "sus", "una", "y",
])


# --- Words of a query --------------------------------------------------------------------------------------------

def clean_query(raw):
    """The query as the page shows it: one line without control characters, at most MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    text = "".join(" " if unicodedata.category(char) in {"Cc", "Cs", "Co"} else char for char in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def fold(text):
    """Lower case without accents ("Santé" -> "sante"): how words are compared, like `unaccent` on PostgreSQL."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text):
    """The words of `text`, lower-cased: runs of letters, digits and the accents on them. Nothing else, so
    quotes, brackets, operators and emoji never reach a search expression."""
    words, current = [], []
    for char in text.lower():
        category = unicodedata.category(char)[0]
        if category in "LN" or (category == "M" and current):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def query_words(query):
    """The words to look for: each once, at most MAX_WORDS, common words left out unless there is nothing else."""
    words = list(dict.fromkeys(tokens(query)))
    meaningful = [word for word in words if fold(word) not in STOP_WORDS]
    return (meaningful or words)[:MAX_WORDS]


def text_query(words):
    """A PostgreSQL SearchQuery needing every word, as a prefix when long enough; accents ignored.

    `words` come from query_words(): letters and digits only, so quoting them is enough to make any query valid.
    """
    terms = [f"'{word}':*" if len(word) >= PREFIX_MIN_LENGTH else f"'{word}'" for word in words]
    return SearchQuery(" & ".join(terms), search_type="raw", config=SEARCH_CONFIG)


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


def headline_html(headline):
    """ts_headline's extract as safe HTML: the text escaped, then its match markers turned into <mark>."""
    text = escape(html.unescape(" ".join((headline or "").split())))
    text = re.sub(f"{MARK_START}(.*?){MARK_STOP}", r"<mark>\1</mark>", text, flags=re.DOTALL)
    return mark_safe(text.replace(MARK_START, "").replace(MARK_STOP, ""))  # escaped above


def plain_text(value, is_html):
    return html.unescape(strip_tags(value or "")) if is_html else (value or "")


# --- What is searched ---------------------------------------------------------------------------------------------

WEIGHT_SCORES = {"A": 3.0, "B": 2.0, "C": 1.0}


class TextArray(Func):
    """ARRAY[column, ...]::text[], an argument of portal_search_document()."""

    template = "ARRAY[%(expressions)s]::text[]"
    output_field = TextField()


class EmptyTextArray(Func):
    template = "'{}'::text[]"
    output_field = TextField()


@dataclass(frozen=True)
class Source:
    """One type of content: its published rows, the fields searched (by weight) and those the extract comes from."""

    key: str
    label: str
    list_url_name: str
    list_takes_query: bool  # whether the list page filters with `?q=` itself
    published: object  # a callable returning the published queryset: called per search, as publication is timely
    title_field: str
    weights: dict  # {"A": fields, "B": fields, "C": fields}
    extract_fields: tuple
    columns: tuple  # what the results template shows

    @property
    def model(self):
        return self.published().model

    def is_html(self, name):
        return isinstance(self.model._meta.get_field(name), RichTextField)

    def searched_fields(self):
        return [name for names in self.weights.values() for name in names]

    def matches(self, query, words, is_postgresql):
        """The published rows matching every word, annotated with a `rank`."""
        queryset = self.published()
        if is_postgresql:
            search_query = text_query(words)
            # Matched on the whole document (with its GIN index); ranked on the title and summary only, which is
            # as good an order and far cheaper than rebuilding every matching body's vector.
            return queryset.alias(document=self.document()).filter(document=search_query).annotate(
                rank=SearchRank(self.document(weights="AB"), search_query)
            )
        every_word = Q()
        for word in words:
            every_word &= reduce(operator.or_, (Q(**{f"{name}__icontains": word}) for name in self.searched_fields()))
        scores = [
            Case(
                *(When(reduce(operator.or_, (Q(**{f"{name}__icontains": word}) for name in names)),
                       then=Value(WEIGHT_SCORES[weight])) for weight, names in self.weights.items()),
                default=Value(0.0), output_field=FloatField(),
            )
            for word in words
        ]
        return queryset.filter(every_word).annotate(rank=reduce(operator.add, scores))

    def document(self, weights="ABC"):
        """The row's weighted search vector (PostgreSQL), built from its texts of `weights`.

        With every weight, exactly the expression network_site/migrations/0003 indexes, so the index is used.
        """
        arrays = [
            TextArray(*self.weights[weight]) if weight in weights and self.weights.get(weight) else EmptyTextArray()
            for weight in "ABC"
        ]
        return Func(*arrays, function="portal_search_document", output_field=SearchVectorField())

    def ordering(self):
        return ["-rank", self.title_field, "pk"]

    def extract_expression(self):
        """The text ts_headline takes the extract from, HTML tags removed (PostgreSQL)."""
        parts = []
        for name in self.extract_fields:
            text = F(name)
            if self.is_html(name):
                text = Func(text, Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace",
                            output_field=TextField())
            parts.extend([text, Value(" \n ")])
        parts = parts[:-1]
        return Concat(*parts, output_field=TextField()) if len(parts) > 1 else parts[0]

    def extract_text(self, obj):
        """The same text, from a loaded row (SQLite)."""
        return " \n ".join(plain_text(getattr(obj, name), self.is_html(name)) for name in self.extract_fields)

    def display_title(self, obj):
        return getattr(obj, self.title_field)


class MemberSource(Source):
    def display_title(self, obj):
        return f"{obj.name} ({obj.acronym})" if obj.acronym and obj.acronym != obj.name else obj.name


class ResourceSource(Source):
    """Toolbox resources: Resource.objects.search(), the toolbox's own search (stored vector, PDF text included)."""

    def matches(self, query, words, is_postgresql):
        return self.published().search(query)

    def ordering(self):
        return ["-rank", "-date", "title", "pk"]

    def extract_expression(self):
        # search_text starts with the title, shown above the extract anyway: the extract is taken after it.
        return Substr("search_text", StrIndex("search_text", Value("\n")) + 1, output_field=TextField())

    def extract_text(self, obj):
        return obj.search_text.partition("\n")[2] or obj.summary  # the same, from a loaded row (SQLite)


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
        published=lambda: Resource.objects.published(), title_field="title",
        weights={"A": ("title",), "B": ("summary",), "C": ("search_text",)}, extract_fields=("summary", "search_text"),
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

    @property
    def url(self):
        return self.object.get_absolute_url()

    @property
    def language(self):
        """The language of a toolbox resource's text, for `lang` on its extract; None for the others."""
        return getattr(self.object, "language", None)


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
    results.groups = [_search_source(source, query, words, is_postgresql) for source in SOURCES]
    results.suggestion = suggest(query, words, is_postgresql)
    return results


def _search_source(source, query, words, is_postgresql):
    """One query: the top RESULTS_PER_GROUP rows of `source`, each carrying the number of all matches."""
    columns = source.columns if is_postgresql else (*source.columns, *source.extract_fields)
    matches = source.matches(query, words, is_postgresql).only(*columns).annotate(total=Window(Count("pk")))
    if is_postgresql:
        matches = matches.annotate(extract=SearchHeadline(
            source.extract_expression(), text_query(words), config=SEARCH_CONFIG, start_sel=MARK_START,
            stop_sel=MARK_STOP, max_words=35, min_words=15, max_fragments=2, fragment_delimiter=" … ",
        ))
    rows = list(matches.order_by(*source.ordering())[:RESULTS_PER_GROUP])
    found = [
        Result(
            object=row,
            title_html=highlight(source.display_title(row), words),
            extract_html=headline_html(row.extract) if is_postgresql
            else highlight(source.extract_text(row), words, length=EXTRACT_LENGTH),
        )
        for row in rows
    ]
    return _group(source, query, rows[0].total if rows else 0, found)


def _group(source, query, count, found):
    url = reverse(source.list_url_name)
    if source.list_takes_query:
        url += "?" + urlencode({"q": query})
    return Group(key=source.key, label=source.label, count=count, results=found, url=url,
                 url_has_query=source.list_takes_query)


# --- Did you mean ------------------------------------------------------------------------------------------------

def title_querysets():
    """(published rows, title column) of every type; members by name and by acronym."""
    return [
        (Organisation.objects.published(), "name"),
        (Organisation.objects.published().exclude(acronym=""), "acronym"),
        *((source.published(), "title") for source in SOURCES if source.title_field == "title"),
    ]


class WordDistance(Func):
    """`text <->> word` (pg_trgm): 1 - word_similarity(word, text), the distance from `word` to the closest stretch
    of `text`. Ordering by it reads the titles' GiST trigram indexes closest first."""

    template = "(%(expressions)s)"
    arg_joiner = " <->> "
    output_field = FloatField()


def title_candidates(typed):
    """PostgreSQL: (typed word, title) for the published titles closest to each typed word, in one UNION."""
    parts = []
    for word in typed:
        for queryset, column in title_querysets():
            bare = Func(F(column), function="portal_unaccent", output_field=TextField())
            parts.append(
                queryset.annotate(typed=Value(word, output_field=TextField()))
                .order_by(WordDistance(bare, Value(word)))
                .values_list("typed", column)[:CANDIDATE_TITLES]
            )
    first, *others = parts
    return first.union(*others)


def suggest(query, words, is_postgresql):
    """The query with each misspelt word replaced by the closest word of a published title, or "" if no word is
    misspelt. A word is known when a title word starts with it (as the search matches prefixes); a word that no
    title comes close to is left as it is."""
    typed = list(dict.fromkeys(
        fold(word) for word in words if len(word) >= SUGGESTION_MIN_LENGTH and not word.isdigit()
    ))[:MAX_SUGGESTED_WORDS]
    if not typed:
        return ""
    corrections = _corrections_postgresql(typed) if is_postgresql else _corrections_python(typed)
    if not corrections:
        return ""
    return " ".join(corrections.get(fold(word), word) for word in tokens(query))


def _corrections_postgresql(typed):
    """{typed word: closest title word} by trigram similarity, among the words of the closest titles."""
    candidates_sql, params = title_candidates(typed).query.get_compiler(connection=connection).as_sql()
    # `candidates_sql` is Django's own SQL, with %s placeholders for `params`: no text of the query is in it.
    statement = f"""
        WITH candidates(typed, title) AS ({candidates_sql}),
        vocabulary AS (
            SELECT DISTINCT typed, word, portal_unaccent(word) AS bare
            FROM candidates, regexp_split_to_table(lower(title), '[^[:alnum:]]+') AS word
            WHERE char_length(word) >= %s
        )
        SELECT DISTINCT ON (typed) typed, word, starts_with(bare, typed)
        FROM vocabulary
        WHERE starts_with(bare, typed) OR similarity(bare, typed) >= %s
        ORDER BY typed, starts_with(bare, typed) DESC, similarity(bare, typed) DESC, word
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, PREFIX_MIN_LENGTH, TRIGRAM_THRESHOLD])
        rows = cursor.fetchall()
    return {word: closest for word, closest, is_known in rows if not is_known}


def title_words_queryset():
    """SQLite: every published title, in one query (a UNION)."""
    first, *others = [queryset.order_by().values_list(column) for queryset, column in title_querysets()]
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
