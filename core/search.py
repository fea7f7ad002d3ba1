"""The words of a search and the weighted text-search vectors, shared by the site search (network_site/search.py)
and each app's own search (the toolbox's): how a query is cut into words, and how a row's texts of every language
become one vector per site language (configurations `portal_en`, `portal_fr`, `portal_es`, created by
network_site/migrations/0006)."""

import operator
import unicodedata
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import Case, FloatField, Func, Q, TextField, Value, When
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import get_language

from .languages import columns_of

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
    `language` (the page's by default): stemmed, accents ignored.

    `words` come from query_words(): letters and digits only, so quoting them is enough to make any query valid.
    A word the stemmer drops (a common word of that language) is left out by to_tsquery().
    """
    terms = [f"'{word}':*" if len(word) >= PREFIX_MIN_LENGTH else f"'{word}'" for word in words]
    return SearchQuery(" & ".join(terms), search_type="raw", config=SEARCH_CONFIGS[language or search_language()])


WEIGHT_SCORES = {"A": 3.0, "B": 2.0, "C": 1.0}


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


def search_document(model, weights, config, only="ABC"):
    """The weighted vector of a row's texts of `weights` ({"A": fields, ...}), every language's columns, in
    `config`; with the weights in `only` (the others left empty)."""
    arrays = []
    for weight in "ABC":
        columns = columns_of(model, weights.get(weight, ())) if weight in only else []
        arrays.append(TextArray(*columns) if columns else EmptyTextArray())
    return SearchDocument(config, *arrays)


def like_matches(queryset, weights, words):
    """SQLite: the rows of `queryset` having every word in one of the columns of `weights`, with a `rank` adding
    up, for each word, the score of the heaviest weight it appears in."""
    columns = {weight: columns_of(queryset.model, names) for weight, names in weights.items() if names}

    def anywhere(word, names):
        return reduce(operator.or_, (Q(**{f"{name}__icontains": word}) for name in names))

    every_column = [name for names in columns.values() for name in names]
    every_word = reduce(operator.and_, (anywhere(word, every_column) for word in words))
    scores = [
        Case(
            *(When(anywhere(word, names), then=Value(WEIGHT_SCORES[weight])) for weight, names in columns.items()),
            default=Value(0.0), output_field=FloatField(),
        )
        for word in words
    ]
    return queryset.filter(every_word).annotate(rank=reduce(operator.add, scores))
