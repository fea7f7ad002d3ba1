"""The words of a search, the stored text-search vectors and the registry of what the site search looks into,
shared by the site search (network_site/search.py) and each app's own list search (members, projects, toolbox).

- How a query is cut into words, and how a row's texts of every language become one weighted vector per site
  language (configurations `portal_en`, `portal_fr`, `portal_es`, created by network_site/migrations/0006).
- Hyphenated and joined words find each other ("well-being", "well being", "wellbeing"): the vectors hold each
  hyphenated word joined too (portal_search_document(), network_site/migrations/0010) and a query of several
  words also looks for neighbours joined (joined_words_query()).
- Each searchable model stores those vectors (`search_vector_<language>`, a GIN index each): core.models.Searchable
  writes them with the row; toolbox resources, whose text includes their files and makers, through
  toolbox/services.py. A search reads the stored vector of the page's language (`vector @@ query`, ts_rank on it):
  nothing is computed row by row at query time. `manage.py rebuild_search` rewrites them all after bulk changes.
- Each app registers the search sources of its content types (`register(SearchSource(...))` in its search.py,
  loaded by its AppConfig.ready()); the site search goes through them in the order the apps are installed.
"""

import unicodedata
from dataclasses import dataclass
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db.models import F, Func, TextField, Value
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import get_language

from .languages import columns_of, shown_text
from .richtext import RichTextField

# The text search configuration of each language of the site (network_site/migrations/0006).
SEARCH_CONFIGS = {language: f"portal_{language}" for language in AVAILABLE_LANGUAGES}
MAX_QUERY_LENGTH = 200  # what the members, projects and toolbox lists accept in their own `q`
MAX_WORDS = 10
PREFIX_MIN_LENGTH = 3  # shorter words match whole words only: "un" does not find "union"

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


def search_language():
    """The language of the page, whose stemmer the search uses: always one of the site's (modeltranslation's)."""
    return get_language()


def text_query(words, language=None):
    """A PostgreSQL SearchQuery needing every word, as a prefix when long enough, in the configuration of
    `language` (the page's by default): stemmed, accents ignored. Or else the words with neighbours joined
    (joined_words_query()): "well being" finds "wellbeing".

    `words` come from query_words(): letters and digits only, so quoting them is enough to make any query valid.
    A word the stemmer drops (a common word of that language) is left out by to_tsquery().
    """
    raw = " & ".join(_term(word) for word in words)
    joined = joined_words_query(words)
    if joined:
        raw = f"({raw}) | ({joined})"
    return SearchQuery(raw, search_type="raw", config=SEARCH_CONFIGS[language or search_language()])


def _term(word):
    return f"'{word}':*" if len(word) >= PREFIX_MIN_LENGTH else f"'{word}'"


def joined_words_query(words):
    """The other way to find words written apart: each word, or it joined to the word before or after it, so
    "well being" and "well-being" find "wellbeing" too. (The stored vectors hold each hyphenated word joined as
    well, network_site/migrations/0010: "wellbeing" finds "well-being".) "" for a single word.

    An alternative to the words as typed, not a replacement: a word the stemmer drops as too common ("being")
    leaves only its joined forms here, which the plain query does not need."""
    if len(words) < 2:
        return ""
    clauses = []
    for index, word in enumerate(words):
        forms = [word]
        if index > 0:
            forms.append(words[index - 1] + word)
        if index < len(words) - 1:
            forms.append(word + words[index + 1])
        clauses.append("(" + " | ".join(_term(form) for form in forms) + ")")
    return " & ".join(clauses)


class TextArray(Func):
    """ARRAY[column, ...]::text[], an argument of portal_search_document()."""

    template = "ARRAY[%(expressions)s]::text[]"
    output_field = TextField()


class EmptyTextArray(Func):
    template = "'{}'::text[]"
    output_field = TextField()


class SearchDocument(Func):
    """portal_search_document('portal_fr'::regconfig, a, b, c): the weighted vector of texts of weight A, B and C
    in a language's configuration (network_site/migrations/0006). The configuration is written in the SQL, not
    passed as a parameter, so that the expression is the one an index was built on."""

    function = "portal_search_document"
    template = "%(function)s('%(config)s'::regconfig, %(expressions)s)"
    output_field = SearchVectorField()

    def __init__(self, config, *arrays):
        if config not in SEARCH_CONFIGS.values():
            raise ValueError(f"Unknown text search configuration {config!r}")
        super().__init__(*arrays, config=config)


def search_document(model, weights, config, values=None):
    """The weighted vector of a row's texts of `weights` ({"A": fields, ...}), every language's columns, in
    `config`: from the row's columns, or from `values` ({column: text}, a row being saved) when given."""
    arrays = []
    for weight in "ABC":
        columns = columns_of(model, weights.get(weight, ()))
        texts = [F(column) if values is None else Value(values[column], output_field=TextField())
                 for column in columns]
        arrays.append(TextArray(*texts) if texts else EmptyTextArray())
    return SearchDocument(config, *arrays)


# --- Stored vectors ----------------------------------------------------------------------------------------------

def vector_field(language):
    return f"search_vector_{language}"


def vector_fields():
    """The stored vectors of every language: what lists and pages defer (a few KB per row that only a search
    reads, in SQL)."""
    return [vector_field(language) for language in SEARCH_CONFIGS]


def search_vectors(model, weights=None, instance=None):
    """{field: SQL} of a row's stored vectors, one per language of the site, for update() (from the row's own
    columns) or, with `instance`, for the INSERT or UPDATE that saves it (from its values)."""
    weights = model.SEARCH_WEIGHTS if weights is None else weights
    values = None
    if instance is not None:
        values = {column: getattr(instance, column) for names in weights.values()
                  for column in columns_of(model, names)}
    return {vector_field(language): search_document(model, weights, config, values)
            for language, config in SEARCH_CONFIGS.items()}


def stored_matches(queryset, words, language=None):
    """The rows of `queryset` whose stored vector in `language` (the page's by default) has every word, with their
    `rank` (ts_rank on the same vector): one GIN index read, nothing computed per row."""
    language = language or search_language()
    search_query, vector = text_query(words, language), vector_field(language)
    return queryset.filter(**{vector: search_query}).annotate(rank=SearchRank(F(vector), search_query))


def matching(queryset, query):
    """A list's `?q=` search (members, projects, toolbox): the rows of `queryset` having every word of `query`,
    as the site search finds them, with a `rank`. An empty query filters nothing; one with nothing to look for
    (only punctuation or symbols) finds nothing."""
    query = clean_query(query)
    if not query:
        return queryset
    words = query_words(query)
    if not words:
        return queryset.none()
    return stored_matches(queryset, words)


# --- What the site search looks into ------------------------------------------------------------------------------

class Coalesced(Func):
    template = "COALESCE(%(expressions)s, '')"
    output_field = TextField()


class SpaceJoined(Func):
    """a || ' ' || b ...: as written in the trigram indexes of network_site/migrations/0006."""

    template = "%(expressions)s"
    arg_joiner = " || ' ' || "
    output_field = TextField()


def all_titles(model, name="title"):
    """SQL: the titles of every language, one after the other (what "did you mean" reads, through the trigram
    index on them)."""
    columns = columns_of(model, [name])
    if len(columns) == 1:
        return F(columns[0])
    return SpaceJoined(*(Coalesced(F(column)) for column in columns))


class Lines(Func):
    """The non-empty texts, one after the other."""

    template = "array_to_string(ARRAY[%(expressions)s]::text[], ' \n ')"
    output_field = TextField()


def without_tags(expression):
    return Func(expression, Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace",
                output_field=TextField())


@dataclass(frozen=True)
class SearchSource:
    """One type of content as the site search shows it: its published rows (searched on their stored vectors,
    of the texts the model's SEARCH_WEIGHTS name), the list it links to, the fields a result's extract comes from
    and those the results template shows."""

    key: str
    label: str
    list_url_name: str
    list_takes_query: bool  # whether the list page filters with `?q=` itself
    published: object  # a callable returning the published queryset: called per search, as publication is timely
    title_field: str
    extract_fields: tuple
    columns: tuple  # what the results template shows
    # For types with thousands of rows: the order, read from an index, in which at most RANKED_NEWEST matches are
    # ranked when a common word matches more (network_site/search.py). Empty: every match is ranked.
    newest: tuple = ()

    @cached_property  # published() builds a filtered queryset: once per process, not per use (40 per search)
    def model(self):
        return self.published().model

    def is_html(self, name):
        return isinstance(self.model._meta.get_field(name), RichTextField)

    def matches(self, words, language):
        """The published rows matching every word, annotated with a `rank`."""
        return stored_matches(self.published(), words, language)

    def ordering(self):
        return ["-rank", self.title_field, "pk"]

    def title_expression(self, language):
        """SQL for the title as display_title() shows it (to highlight it with ts_headline)."""
        return shown_text(self.model, self.title_field, language)

    def extract_expression(self, language):
        """The texts ts_headline takes the extract from, as the page shows them, HTML tags removed."""
        texts = []
        for name in self.extract_fields:
            text = shown_text(self.model, name, language)
            texts.append(without_tags(text) if self.is_html(name) else text)
        return Lines(*texts)

    def display_title(self, obj):
        return getattr(obj, self.title_field)

    def titles(self):
        """[(published rows, a callable giving SQL of their title text)]: the words "did you mean" offers."""
        return [(self.published(), lambda: all_titles(self.model, self.title_field))]

    def refresh(self, pks):
        """Rewrite the stored search data of the rows `pks` from their columns (`manage.py rebuild_search`)."""
        self.model._base_manager.filter(pk__in=pks).update(**search_vectors(self.model))


_SOURCES = {}


def register(source):
    """Add a type of content to the site search (again under the same key: replaced, in its place)."""
    _SOURCES[source.key] = source


def sources():
    """The registered sources, in the order their apps registered them (INSTALLED_APPS)."""
    return list(_SOURCES.values())
