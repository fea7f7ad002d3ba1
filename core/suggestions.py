""""Did you mean", shared by the site search (network_site/search.py) and the toolbox's own search.

Only asked for when nothing was found (every word must match, so otherwise no word is misspelt): each typed word
that no published title word (of any language) starts with nor shares its stem is replaced by the closest such
word, by trigram similarity among the titles closest to it (pg_trgm indexes). A hyphenated title word is a word
too, compared without its hyphens: "welbeing" gives "well-being", and "wellbeing" is known from it.
Each caller says which titles: the site search those of every type of content, the toolbox its resources'.
"""

from django.db import connection
from django.db.models import FloatField, Func, TextField, Value

from .search import PREFIX_MIN_LENGTH, SEARCH_CONFIGS, fold, tokens

SUGGESTION_MIN_LENGTH = 4
TRIGRAM_THRESHOLD = 0.3  # pg_trgm's own default for similarity(); "helth" and "health" score 0.44
CANDIDATE_TITLES = 10  # per typed word and type of content, the closest titles whose words are compared
MAX_SUGGESTED_WORDS = 5


class WordDistance(Func):
    """`text <->> word` (pg_trgm): 1 - word_similarity(word, text), the distance from `word` to the closest stretch
    of `text`. Ordering by it reads the titles' GiST trigram indexes closest first."""

    template = "(%(expressions)s)"
    arg_joiner = " <->> "
    output_field = FloatField()


def unaccented(expression):
    return Func(expression, function="portal_unaccent", output_field=TextField())


def title_candidates(typed, title_querysets):
    """(typed word, titles) for the published rows whose titles are closest to each typed word, in
    one UNION. `title_querysets`: [(published rows, a callable giving SQL of their title text)]."""
    parts = []
    for word in typed:
        for queryset, title in title_querysets:
            # rewrite(False): modeltranslation's values_list() would select its columns in any order.
            parts.append(
                queryset.rewrite(False).annotate(typed=Value(word, output_field=TextField()), title_text=title())
                .order_by(WordDistance(unaccented(title()), Value(word)))
                .values_list("typed", "title_text")[:CANDIDATE_TITLES]
            )
    first, *others = parts
    return first.union(*others)


def suggested_query(query, words, language, title_querysets):
    """The query with each misspelt word replaced by the closest word of a title of `title_querysets`, or "" if no
    word is misspelt. A word is known when a title word starts with it (as the search matches prefixes) or has its
    stem; a word that no title comes close to is left as it is."""
    typed = list(dict.fromkeys(
        fold(word) for word in words if len(word) >= SUGGESTION_MIN_LENGTH and not word.isdigit()
    ))
    typed = [word for word in typed if word.isalnum()][:MAX_SUGGESTED_WORDS]
    if not typed:
        return ""
    corrections = _corrections(typed, language, title_querysets)
    if not corrections:
        return ""
    return " ".join(corrections.get(fold(word), word) for word in tokens(query))


def _corrections(typed, language, title_querysets):
    """{typed word: closest title word} by trigram similarity, among the words of the closest titles."""
    candidates_sql, params = title_candidates(typed, title_querysets).query.get_compiler(
        connection=connection
    ).as_sql()
    # `candidates_sql` is Django's own SQL, with %s placeholders for `params`: no text of the query is in it. The
    # typed words are letters and digits (suggested_query()), so quote_literal() makes each a valid tsquery.
    # The words of a title: split at anything but letters and digits, and its hyphenated words whole (split at
    # anything but letters, digits and hyphens), compared without their hyphens (`bare`).
    statement = f"""
        WITH candidates(typed, title) AS ({candidates_sql}),
        vocabulary AS (
            SELECT typed, word, portal_unaccent(word) AS bare
            FROM candidates, regexp_split_to_table(lower(title), '[^[:alnum:]]+') AS word
            WHERE char_length(word) >= %s
            UNION
            SELECT typed, word, replace(portal_unaccent(word), '-', '') AS bare
            FROM candidates, regexp_split_to_table(lower(title), '[^[:alnum:]-]+') AS compound,
                trim(both '-' from compound) AS word
            WHERE strpos(word, '-') > 0
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
